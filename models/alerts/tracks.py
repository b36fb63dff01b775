"""Live radar tracks in memory: current state and a short trail per track, in numpy arrays.

Contract (Qt-free, SQL-free, not thread-safe: one owner thread):

- ``TrackStore(trail_length=60)``. A track is keyed ``"<sensor>/<track
  number>"`` (``track_key``). ``update(sensor, track_number, lat, lon, time,
  speed_mps=None, course_deg=None, label=None)`` adds or moves one track;
  ``update_many(sensor, track_numbers, lat, lon, time, ...)`` does the same
  for arrays (``sensor`` one id or one per track; ``time`` one value or one
  per track) and returns the keys in input order. A track named twice in one
  batch takes its reports in input order. Times are aware datetimes or
  epoch seconds. A missing speed or course is NaN (unknown, not the previous
  value); a missing label keeps the previous one.
- Each track keeps its last ``trail_length`` positions in one preallocated
  ring buffer row (``(capacity, trail_length)`` arrays that double when
  full): an update writes array cells, never appends to Python lists.
- ``age_out(now, max_age_s)`` drops tracks last updated more than
  ``max_age_s`` before ``now`` and returns their keys.
- ``snapshot()`` returns a ``TrackSnapshot`` of plain numpy arrays for a
  renderer: ``ids``, ``lat``, ``lon``, ``speed``, ``course``, ``time``,
  ``labels`` (one per track, in a stable order: insertion, with removals
  compacted) and the trails as one ``trail_lat``/``trail_lon`` array each,
  every track's points oldest -> newest, tracks separated by one NaN (for
  pyqtgraph's ``connect="finite"``). Built with one index gather per array
  (the separators index a spare all-NaN row), no Python loop over tracks.
  Every array is a fresh copy except ``ids``, which is shared read-only
  until the set of keys changes.
- ``positions_of(keys)`` -> ``(lat, lon)`` arrays, NaN for unknown keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

__all__ = ["TrackSnapshot", "TrackStore", "track_key"]

_NAN = float("nan")


def track_key(sensor: str, track_number: int | str) -> str:
    return f"{sensor}/{track_number}"


def _seconds(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], datetime):
        return np.array([v.timestamp() for v in value])
    return value


@dataclass(frozen=True, slots=True)
class TrackSnapshot:
    ids: np.ndarray  # object array of keys
    lat: np.ndarray
    lon: np.ndarray
    speed: np.ndarray  # m/s, NaN when unknown
    course: np.ndarray  # degrees true, NaN when unknown
    time: np.ndarray  # epoch seconds of the last update
    labels: np.ndarray  # object array: str or None
    trail_lat: np.ndarray  # every trail oldest -> newest, NaN between tracks
    trail_lon: np.ndarray


class TrackStore:
    def __init__(self, trail_length: int = 60, capacity: int = 256) -> None:
        if trail_length < 1:
            raise ValueError("trail_length must be at least 1")
        self.trail_length = int(trail_length)
        self._n = 0
        self._slot: dict[str, int] = {}
        self._keys: list[str] = []
        self._numbers: dict[str, dict[Any, int]] = {}  # sensor -> track number -> slot
        self._ids: np.ndarray | None = None  # the keys as an array, until they change
        self._allocate(max(int(capacity), 1))

    def _allocate(self, capacity: int) -> None:
        n, length = self._n, self.trail_length
        old = getattr(self, "_lat", None)

        def grow(name: str, fill: Any, shape: tuple[int, ...], dtype: Any) -> None:
            fresh = np.full(shape, fill, dtype=dtype)
            if old is not None:
                fresh[:n] = getattr(self, name)[:n]
            setattr(self, name, fresh)

        for name in ("_lat", "_lon", "_speed", "_course", "_time"):
            grow(name, _NAN, (capacity,), np.float64)
        grow("_labels", None, (capacity,), object)
        # One spare row past the capacity stays NaN: the snapshot's separators point at it.
        grow("_trail_lat", _NAN, (capacity + 1, length), np.float64)
        grow("_trail_lon", _NAN, (capacity + 1, length), np.float64)
        grow("_head", 0, (capacity,), np.intp)
        grow("_count", 0, (capacity,), np.intp)
        self._capacity = capacity

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        return self._n

    def __contains__(self, key: object) -> bool:
        return key in self._slot

    def keys(self) -> list[str]:
        return list(self._keys)

    def positions_of(self, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        slots = np.fromiter((self._slot.get(k, -1) for k in keys), dtype=np.intp, count=len(keys))
        known = slots >= 0
        lat = np.full(len(keys), _NAN)
        lon = np.full(len(keys), _NAN)
        lat[known] = self._lat[slots[known]]
        lon[known] = self._lon[slots[known]]
        return lat, lon

    def trail_of(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """One track's trail, oldest -> newest (empty arrays for an unknown key)."""
        slot = self._slot.get(key)
        if slot is None:
            return np.empty(0), np.empty(0)
        count = int(self._count[slot])
        order = (self._head[slot] - count + np.arange(count)) % self.trail_length
        return self._trail_lat[slot, order], self._trail_lon[slot, order]

    def snapshot(self) -> TrackSnapshot:
        n, length = self._n, self.trail_length
        count = self._count[:n]
        # Flat indices of every trail cell, oldest first, then one cell of the
        # spare NaN row as the separator: a single gather per array.
        index = ((self._head[:n] - count) % length)[:, None] + np.arange(length + 1)[None, :]
        index[index >= length] -= length
        index += (np.arange(n) * length)[:, None]
        index[:, length] = self._capacity * length
        if n and int(count.min()) < length:
            # Short trails: drop their unfilled cells, keep each row's separator.
            column = np.arange(length + 1)[None, :]
            flat = index[(column < count[:, None]) | (column == length)]
        else:
            flat = index.reshape(-1)
        flat = flat[:-1]  # no separator after the last track
        if self._ids is None:
            self._ids = np.array(self._keys, dtype=object)
            self._ids.flags.writeable = False  # shared by snapshots until the keys change
        return TrackSnapshot(
            ids=self._ids,
            lat=self._lat[:n].copy(),
            lon=self._lon[:n].copy(),
            speed=self._speed[:n].copy(),
            course=self._course[:n].copy(),
            time=self._time[:n].copy(),
            labels=self._labels[:n].copy(),
            trail_lat=self._trail_lat.reshape(-1)[flat],
            trail_lon=self._trail_lon.reshape(-1)[flat],
        )

    # -- writing -------------------------------------------------------------

    def update(
        self,
        sensor: str,
        track_number: int | str,
        lat: float,
        lon: float,
        time: datetime | float,
        speed_mps: float | None = None,
        course_deg: float | None = None,
        label: str | None = None,
    ) -> str:
        key = track_key(sensor, track_number)
        slot = self._slot_for(key)
        length = self.trail_length
        self._lat[slot] = lat
        self._lon[slot] = lon
        self._time[slot] = _seconds(time)
        self._speed[slot] = _NAN if speed_mps is None else speed_mps
        self._course[slot] = _NAN if course_deg is None else course_deg
        if label is not None:
            self._labels[slot] = label
        head = self._head[slot]
        self._trail_lat[slot, head] = lat
        self._trail_lon[slot, head] = lon
        self._head[slot] = (head + 1) % length
        self._count[slot] = min(self._count[slot] + 1, length)
        return key

    def update_many(
        self,
        sensor: str | Sequence[str],
        track_numbers: Sequence[int | str] | np.ndarray,
        lat: Any,
        lon: Any,
        time: Any,
        speed_mps: Any = None,
        course_deg: Any = None,
        labels: Sequence[str | None] | None = None,
    ) -> list[str]:
        """Add or move many tracks at once; the keys in input order (see module doc)."""
        numbers = track_numbers.tolist() if isinstance(track_numbers, np.ndarray) else track_numbers
        if isinstance(sensor, str):
            # Slots by number without formatting a key per report: the hot path.
            table = self._numbers.setdefault(sensor, {})
            found = [table.get(number) for number in numbers]
            if None in found:
                for i, slot in enumerate(found):
                    if slot is None:
                        found[i] = table[numbers[i]] = self._slot_for(f"{sensor}/{numbers[i]}")
            slots = np.array(found, dtype=np.intp)
        else:
            # One table per sensor as above: a batch of several radars' reports.
            tables = self._numbers
            found = []
            for s, number in zip(sensor, numbers, strict=True):
                table = tables.get(s)
                if table is None:
                    table = tables[s] = {}
                slot = table.get(number)
                if slot is None:
                    slot = table[number] = self._slot_for(f"{s}/{number}")
                found.append(slot)
            slots = np.array(found, dtype=np.intp)
        self._write_slots(slots, lat, lon, time, speed_mps, course_deg, labels)
        names = self._keys
        return [names[slot] for slot in slots.tolist()]

    def update_keys(
        self,
        keys: Sequence[str],
        lat: Any,
        lon: Any,
        time: Any,
        speed_mps: Any = None,
        course_deg: Any = None,
        labels: Sequence[str | None] | None = None,
    ) -> None:
        """``update_many`` for callers that already hold the keys."""
        slots = np.fromiter(map(self._slot_for, keys), dtype=np.intp, count=len(keys))
        self._write_slots(slots, lat, lon, time, speed_mps, course_deg, labels)

    def _write_slots(
        self,
        slots: np.ndarray,
        lat: Any,
        lon: Any,
        time: Any,
        speed_mps: Any,
        course_deg: Any,
        labels: Sequence[str | None] | None,
    ) -> None:
        size = len(slots)
        if size == 0:
            return

        def column(value: Any) -> np.ndarray:
            if value is None:
                return np.full(size, _NAN)
            return np.broadcast_to(np.asarray(value, dtype=float), (size,))

        values = [column(v) for v in (lat, lon, _seconds(time), speed_mps, course_deg)]
        label_array = None
        if labels is not None:
            label_array = np.empty(size, dtype=object)
            label_array[:] = list(labels)
        rank = _occurrence_rank(slots)
        top = int(rank.max())
        if top == 0:
            self._write(slots, values, label_array)
            return
        for r in range(top + 1):  # a track named twice: its reports in input order
            pick = rank == r
            self._write(
                slots[pick],
                [v[pick] for v in values],
                None if label_array is None else label_array[pick],
            )

    def _write(
        self, slots: np.ndarray, values: list[np.ndarray], labels: np.ndarray | None
    ) -> None:
        lat, lon, seconds, speed, course = values
        self._lat[slots] = lat
        self._lon[slots] = lon
        self._time[slots] = seconds
        self._speed[slots] = speed
        self._course[slots] = course
        if labels is not None:
            named = np.not_equal(labels, None)
            self._labels[slots[named]] = labels[named]
        head = self._head[slots]
        self._trail_lat[slots, head] = lat
        self._trail_lon[slots, head] = lon
        self._head[slots] = (head + 1) % self.trail_length
        self._count[slots] = np.minimum(self._count[slots] + 1, self.trail_length)

    def _slot_for(self, key: str) -> int:
        slot = self._slot.get(key)
        if slot is not None:
            return slot
        if self._n == self._capacity:
            self._allocate(self._capacity * 2)
        slot = self._n
        self._n += 1
        self._slot[key] = slot
        self._keys.append(key)
        self._ids = None
        self._head[slot] = 0
        self._count[slot] = 0
        self._labels[slot] = None
        return slot

    def age_out(self, now: datetime | float, max_age_s: float) -> list[str]:
        """Drop tracks not updated within ``max_age_s`` of ``now``; their keys."""
        n = self._n
        stale = self._time[:n] < float(_seconds(now)) - max_age_s
        if not stale.any():
            return []
        gone = [self._keys[i] for i in np.flatnonzero(stale)]
        keep = np.flatnonzero(~stale)
        kept = len(keep)
        for name in (
            "_lat",
            "_lon",
            "_speed",
            "_course",
            "_time",
            "_labels",
            "_trail_lat",
            "_trail_lon",
            "_head",
            "_count",
        ):
            array = getattr(self, name)
            array[:kept] = array[keep]
        self._labels[kept:n] = None
        self._keys = [self._keys[i] for i in keep]
        self._slot = {key: i for i, key in enumerate(self._keys)}
        self._numbers = {}  # refilled from the keys on the next updates
        self._ids = None
        self._n = kept
        return gone


def _occurrence_rank(slots: np.ndarray) -> np.ndarray:
    """For each entry, how many earlier entries name the same slot (0 for the first)."""
    order = np.argsort(slots, kind="stable")
    ordered = slots[order]
    starts = np.ones(len(slots), dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    positions = np.arange(len(slots))
    first = np.maximum.accumulate(np.where(starts, positions, 0))
    rank = np.empty(len(slots), dtype=np.intp)
    rank[order] = positions - first
    return rank
