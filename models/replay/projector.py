"""Replay projector: the console's picture at any past moment, rebuilt from the log.

Contract:
- ``ReplayProjector(store, *, checkpoint_every=2_500, chunk_size=5_000,
  position_of=None, radar=None, trail_points=10, max_track_age_s=60)``
  reads a store (open it with ``open_store_readonly``; nothing is written).
  ``position_of`` turns a ``frame.decoded`` event into a unit position (the
  console passes ``console.reports.event_text.position_update``); ``radar`` is a
  factory for a ``RadarFeed`` (see ``models.replay.checkpoint``) or None for
  no tracks.
- ``state_at(time) -> ReplayState``: the picture after the longest prefix of
  the log (in seq order) whose events were all received at or before
  ``time``. Before the first event it is empty with a ``note``. Built by
  applying events with the live state classes (``DispatchState``,
  ``CallState``, ``AlertState``), never with a copy of their rules.
  ``state_at_seq(seq)`` is the same for a sequence number.
- Seeking: the first call makes one forward pass over the log (chunks of
  ``chunk_size`` read by seq range), keeping a checkpoint (a pickled
  snapshot of the picture, see ``Checkpoint``) every ``checkpoint_every``
  events and an index of receive times by seq (16 bytes per event). A seek
  then starts from the nearest checkpoint at or before the target (or from
  the previous seek's picture when that is nearer) and applies at most
  ``checkpoint_every`` events. Every call first extends the pass to the
  log's current end, so a live store can be replayed. Checkpoints live in
  memory only (``checkpoint_bytes``); the default interval keeps the p99
  seek under 200 ms on a 1M-event store (tests/benchmarks/bench_replay_seek.py).
- ``next_time(time)`` / ``previous_time(time)`` / ``step(time, +1|-1)``: the
  receive time of the next / previous event (None past either end), such
  that ``state_at`` of the result shows exactly one event more / fewer
  (events received at the same instant move together).
- Not thread-safe: one owner thread (it runs SQL, so not the GUI thread).
"""

from __future__ import annotations

import logging
import time as _time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from models.alerts.events import ALERT_KINDS
from models.calls.events import CALL_KINDS
from models.calls.state import CallRecord, CallState
from models.dispatch.events import DISPATCH_KINDS
from models.replay.checkpoint import (
    FRAME_DECODED,
    LINK_STATE,
    Checkpoint,
    Picture,
    PositionOf,
    RadarFeed,
)
from models.replay.state import ReplayCall, ReplayLink, ReplayState, ReplayTrack, ReplayUnit
from models.store.engine import Store
from models.store.events import StoredEvent
from models.store.replay_queries import read_events

_LOGGER = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DECODE = frozenset((*DISPATCH_KINDS, *CALL_KINDS, *ALERT_KINDS, FRAME_DECODED, LINK_STATE))
BEFORE_FIRST = "before the first event: nothing had happened yet"


def _micros(when: datetime) -> int:
    if when.tzinfo is None:
        raise ValueError(f"naive time {when!r}: give a timezone (e.g. Z or +02:00)")
    # Exact: under 2**53 microseconds, the float error is far below one microsecond.
    return round(when.timestamp() * 1_000_000)


def _from_micros(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


class ReplayProjector:
    def __init__(
        self,
        store: Store,
        *,
        checkpoint_every: int = 2_500,
        chunk_size: int = 5_000,
        position_of: PositionOf | None = None,
        radar: Callable[[], RadarFeed] | None = None,
        trail_points: int = 10,
        max_track_age_s: float = 60.0,
    ) -> None:
        if checkpoint_every < 1 or chunk_size < 1:
            raise ValueError("checkpoint_every and chunk_size must be at least 1")
        self.store = store
        self.checkpoint_every = checkpoint_every
        self.chunk_size = chunk_size
        self.trail_points = trail_points
        self.max_track_age_s = max_track_age_s
        self._position_of = position_of
        self._head = Picture(radar=None if radar is None else radar())
        self._shared: dict[int, object] = {}  # frozen records the checkpoints refer to
        self._checkpoints: list[Checkpoint] = [self._head.checkpoint(self._shared)]
        self._checkpoint_seqs: list[int] = [0]
        self._since_checkpoint = 0
        self._seqs = array("q")
        self._times = array("q")  # running maximum of rx_time, microseconds since the epoch
        self._cursor: Picture | None = None
        self.build_seconds = 0.0  # time spent in forward passes (diagnostics, benchmark)

    # -- the forward pass --------------------------------------------------------

    @property
    def checkpoints(self) -> int:
        return len(self._checkpoints)

    @property
    def checkpoint_bytes(self) -> int:
        """Memory held by the checkpoints' pickled states (radar feeds not counted)."""
        return sum(len(c.blob) + len(c.latest) for c in self._checkpoints)

    @property
    def indexed_seq(self) -> int:
        return self._head.seq

    def refresh(self) -> int:
        """Extend the forward pass to the log's end; return the last seq indexed."""
        last = self.store.last_seq()
        if last <= self._head.seq:
            return self._head.seq
        started = _time.perf_counter()
        head, seqs, times = self._head, self._seqs, self._times
        latest = times[-1] if times else -(2**62)
        while head.seq < last:
            limit = min(self.chunk_size, self.checkpoint_every - self._since_checkpoint)
            chunk = read_events(self.store, head.seq, last, limit, _DECODE)
            if not chunk:
                break
            for event in chunk:
                micros = round(event.rx_time.timestamp() * 1_000_000)
                if micros > latest:
                    latest = micros
                seqs.append(event.seq)
                times.append(latest)
            head.apply_chunk(chunk, self._position_of)
            self._since_checkpoint += len(chunk)
            if self._since_checkpoint >= self.checkpoint_every:
                self._checkpoints.append(head.checkpoint(self._shared))
                self._checkpoint_seqs.append(head.seq)
                self._since_checkpoint = 0
        self.build_seconds += _time.perf_counter() - started
        _LOGGER.debug("replay indexed to seq %d (%d checkpoints)", head.seq, self.checkpoints)
        return head.seq

    # -- seeking -------------------------------------------------------------------

    def seq_at(self, when: datetime) -> int:
        """The last seq of the longest log prefix received at or before ``when`` (0: none)."""
        self.refresh()
        index = bisect_right(self._times, _micros(when))
        return self._seqs[index - 1] if index else 0

    def state_at(self, when: datetime) -> ReplayState:
        seq = self.seq_at(when)
        return self._view(self._picture_at(seq), when.astimezone(UTC))

    def state_at_seq(self, seq: int) -> ReplayState:
        self.refresh()
        index = bisect_right(self._seqs, seq)
        seq = self._seqs[index - 1] if index else 0
        when = _from_micros(self._times[index - 1]) if index else _EPOCH
        return self._view(self._picture_at(seq), when)

    def _picture_at(self, seq: int) -> Picture:
        index = bisect_right(self._checkpoint_seqs, seq) - 1
        checkpoint = self._checkpoints[index]
        cursor = self._cursor
        if cursor is not None and checkpoint.seq <= cursor.seq <= seq:
            picture = cursor  # playing forward: carry on from the previous seek
        else:
            picture = checkpoint.restore()
        while picture.seq < seq:
            chunk = read_events(self.store, picture.seq, seq, self.chunk_size, _DECODE)
            if not chunk:
                break
            picture.apply_chunk(chunk, self._position_of)
        self._cursor = picture
        return picture

    # -- stepping --------------------------------------------------------------------

    def event_times_s(self) -> list[float]:
        """Receive time of every indexed event, epoch seconds, in seq order (for a timeline)."""
        self.refresh()
        return [t / 1_000_000 for t in self._times]

    def first_time(self) -> datetime | None:
        self.refresh()
        return _from_micros(self._times[0]) if self._times else None

    def last_time(self) -> datetime | None:
        self.refresh()
        return _from_micros(self._times[-1]) if self._times else None

    def next_time(self, when: datetime) -> datetime | None:
        self.refresh()
        index = bisect_right(self._times, _micros(when))
        return _from_micros(self._times[index]) if index < len(self._times) else None

    def previous_time(self, when: datetime) -> datetime | None:
        self.refresh()
        index = bisect_left(self._times, _micros(when))
        return _from_micros(self._times[index - 1]) if index > 0 else None

    def step(self, when: datetime, direction: int) -> datetime | None:
        if direction not in (1, -1):
            raise ValueError("direction must be +1 or -1")
        return self.next_time(when) if direction > 0 else self.previous_time(when)

    # -- the plain-data view -----------------------------------------------------------

    def _view(self, picture: Picture, when: datetime) -> ReplayState:
        dispatch = picture.dispatch
        units = []
        for call_sign in sorted(set(dispatch.units) | set(picture.positions)):
            unit = dispatch.unit(call_sign)
            p = picture.positions.get(call_sign)
            units.append(
                ReplayUnit(
                    call_sign=call_sign,
                    status=str(unit.status.value),
                    status_since=unit.since,
                    incident_id=unit.incident_id,
                    lat=None if p is None else p.lat,
                    lon=None if p is None else p.lon,
                    fix_time=None if p is None else getattr(p, "fix_time", None) or p.rx_time,
                    speed_mps=None if p is None else p.speed_mps,
                    course_deg=None if p is None else p.course_deg,
                )
            )
        incidents = dispatch.open_incidents()  # in the log's order, as the live console
        return ReplayState(
            time=when,
            seq=picture.seq,
            units=units,
            incidents=incidents,
            committed={i.incident_id: dispatch.committed_units(i.incident_id) for i in incidents},
            alerts=picture.alerts.active_alerts(),
            calls=[_call(c) for c in picture.calls.active_calls()],
            links=[_link(name, e) for name, e in sorted(picture.links.items())],
            tracks=self._tracks(picture, when),
            note=BEFORE_FIRST if picture.seq == 0 else None,
        )

    def _tracks(self, picture: Picture, when: datetime) -> list[ReplayTrack]:
        if picture.radar is None:
            return []
        tracks = picture.radar.tracks
        snap = tracks.snapshot()
        oldest = when.timestamp() - self.max_track_age_s
        out = []
        for i, key in enumerate(snap.ids):
            seen = float(snap.time[i])
            if seen < oldest:
                continue  # the live console had aged it out by then
            lat, lon = tracks.trail_of(key)
            trail = tuple(
                (float(a), float(b))
                for a, b in zip(lat[-self.trail_points :], lon[-self.trail_points :], strict=True)
            )
            out.append(
                ReplayTrack(
                    key=str(key),
                    lat=float(snap.lat[i]),
                    lon=float(snap.lon[i]),
                    time=datetime.fromtimestamp(seen, UTC),
                    label=snap.labels[i],
                    trail=trail,
                )
            )
        return out


def _call(call: CallRecord) -> ReplayCall:
    record = CallState.location_in_force(call)
    location = {} if record is None else record.location
    return ReplayCall(
        call_id=call.call_id,
        number=call.number,
        state=call.state,
        via=call.via,
        offered=call.offered,
        incident_id=call.incident_id,
        lat=location.get("lat"),
        lon=location.get("lon"),
        radius_m=location.get("radius_m"),
        location_source=None if record is None else record.source,
        verified=bool(record is not None and record.verified),
    )


def _link(name: str, event: StoredEvent) -> ReplayLink:
    payload = event.payload or {}
    return ReplayLink(
        link=name,
        state=payload.get("state"),
        endpoint=payload.get("endpoint"),
        error=payload.get("error"),
        time=event.rx_time,
    )
