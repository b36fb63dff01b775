"""Sensor service: committed radar, zone-alarm and CAP frames -> tracks and alerts.

Contract (Qt-free; runs on the console's loop, and in the headless recorder):
- ``on_committed(events)`` takes committed events in order. Decoded radar
  frames (NMEA TTM/TLL/OSD from a link bound to a sensor, ASTERIX CAT048 /
  CAT010 matched to a sensor by SAC/SIC or the link's sensor) become track
  positions in ``self.tracks`` (a ``TrackStore``); zone alarms and CAP alerts
  go to the ``AlertEngine``. Alerts the engine raises are appended right away
  (source ``system``), so tracks and alerts derive only from stored frames.
- Per batch, not per event: the frames are read in order, then every polar
  report of the batch goes through one geodesic call and every report into
  the track store through one ``update_many`` (each report keeps its own
  frame's receive time; a track reported twice keeps both, in order), then
  the alert engine and the radars' health judge see the frames in order,
  each with its own frame's reports (runs of frames from one link and peer
  that name distinct tracks in one engine call: zone tests cost ~50 us a
  call). The picture and the appended events are the same as feeding the
  events one at a time (a radar storm of 2,500 frames a second costs a
  handful of calls per commit, not several per frame).
- Radar-relative bearings (TTM with reference R) use the sensor's heading,
  updated by the platform's OSD sentences.
- ``alert_links``: the links whose frames this process raises alerts for
  (None: all); frames of other processes' links only move tracks.
- ``age_out(now)`` drops tracks not seen for ``max_track_age_s`` and tells
  the engine to forget them, and judges the radars' health.
- Radar health: the radars' own service messages (ASTERIX CAT034: north
  markers, status) go to a ``HealthDetector``; each change of a radar's
  health (ok, degraded, down: no north marker for 2.5 rotations) is appended
  as a ``sensor.health`` event by the process that owns the radar's link, and
  every process draws ``self.health`` (a ``HealthPicture``) from those
  committed events. Intervals are measured on ``clock`` (monotonic).
- Two threads (a console under a radar storm): ``on_committed`` is
  ``apply(prepare(events))``. ``prepare(events)`` may run on another thread
  than the owner (e.g. a log follower's; one at a time, in commit order): it
  parses the frames and writes the track store, and returns what only the
  owner thread may do (``PreparedFrames``: the alert engine, the radars'
  service messages and health) or None when there is nothing (frames of
  links this process does not raise alerts for only move tracks: the engine
  is not asked about them at all). ``apply(work)`` runs on the owner thread
  (the engine's, the GUI's), in commit order; it also takes a plain list of
  events (then it is ``on_committed``). ``self.tracks`` is the track store
  behind one lock (``SharedTracks``): every call on it, from any thread, is
  whole; ``frames_used`` grows only after a batch's tracks are written.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

from models.alerts.engine import AlertEngine
from models.alerts.events import is_sensor_event
from models.alerts.tracks import TrackStore
from models.sensors.config import Sensor, sensor_by_source
from models.sensors.geometry import cartesian_to_latlon, knots_to_mps, nm_to_m, polar_to_latlon
from models.sensors.health import SENSOR_HEALTH, HealthDetector, HealthPicture
from models.store import NewEvent

_LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_TRACK_AGE_S = 60.0
_NO_FLOATS = np.empty(0)
# What on_committed does after the batch's tracks are written, in the events' order.
_TRACKS = "tracks"  # positions of one frame: the alert engine looks at them
_ALERT = "alert"  # a zone alarm or a CAP alert
_SERVICE = "service"  # a radar's service message (CAT034): its health
_HEALTH = "health"  # a committed sensor.health event


def _grouped(steps: list[tuple[Any, ...]], keys: list[str]) -> list[tuple[Any, ...]]:
    """The steps with runs of track frames merged for the alert engine.

    Consecutive frames of one link and peer whose reports name distinct tracks
    become one step: the engine looks at every report once either way, in the
    same order, and none of them is a second report of a track in the run, so
    the alerts (and their numbers) are those of one call per frame. A merged
    step carries each report's frame receive time; a single frame's is None.
    """
    out: list[tuple[Any, ...]] = []
    run: list[tuple[Any, ...]] = []
    seen: set[str] = set()

    def close() -> None:
        if len(run) == 1:
            out.append((*run[0], None))
        elif run:
            first, last = run[0][1], run[-1][2]
            times = [step[5] for step in run for _row in range(step[1], step[2])]
            out.append((_TRACKS, first, last, run[0][3], run[0][4], run[-1][5], times))
        run.clear()
        seen.clear()

    for step in steps:
        if step[0] is not _TRACKS:
            close()
            out.append(step)
            continue
        named = keys[step[1] : step[2]]
        fresh = set(named)
        if run and (step[3:5] != run[0][3:5] or len(fresh) < len(named) or seen & fresh):
            close()
        run.append(step)
        seen |= fresh
        if len(fresh) < len(named):  # a frame naming a track twice stays on its own
            close()
    close()
    return out


class _Batch:
    """One commit's track reports, as columns; polar rows carry the sensor's position in
    ``lat``/``lon`` until ``SensorService._write_tracks`` turns them into WGS84."""

    COLUMNS = ("sensor", "number", "lat", "lon", "polar", "range_m", "azimuth", "speed",
               "course", "label", "times")  # fmt: skip
    __slots__ = (*COLUMNS, "time")

    def __init__(self) -> None:
        self.sensor: list[str] = []
        self.number: list[int] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.polar: list[bool] = []
        self.range_m: list[float] = []
        self.azimuth: list[float] = []
        self.speed: list[float] = []
        self.course: list[float] = []
        self.label: list[str | None] = []
        self.times: list[float] = []  # each report's frame's receive time, epoch seconds
        self.time = 0.0  # epoch seconds of the event being read

    @property
    def rows(self) -> int:
        return len(self.number)

    def mark(self) -> int:
        return len(self.number)

    def rewind(self, mark: int) -> None:
        for name in self.COLUMNS:
            del getattr(self, name)[mark:]

    def add(self, sensor: str, number: int, lat: float, lon: float, speed: float,
            course: float, label: str | None) -> None:  # fmt: skip
        self._add(sensor, number, lat, lon, False, math.nan, math.nan, speed, course, label)

    def add_polar(
        self, sensor: str, number: int, lat0: float, lon0: float, range_m: float,
        azimuth: float, speed: float, course: float, label: str | None,
    ) -> None:  # fmt: skip
        self._add(sensor, number, lat0, lon0, True, range_m, azimuth, speed, course, label)

    def _add(self, sensor: str, number: int, lat: float, lon: float, polar: bool,
             range_m: float, azimuth: float, speed: float, course: float,
             label: str | None) -> None:  # fmt: skip
        self.sensor.append(sensor)
        self.number.append(number)
        self.lat.append(lat)
        self.lon.append(lon)
        self.polar.append(polar)
        self.range_m.append(range_m)
        self.azimuth.append(azimuth)
        self.speed.append(speed)
        self.course.append(course)
        self.label.append(label)
        self.times.append(self.time)


class SharedTracks:
    """A ``TrackStore`` written on one thread and drawn on another: every call under one lock.

    Methods are the store's own (``snapshot``, ``update_many``, ``age_out``,
    ``positions_of``, ...); what they return is a copy or read-only, so it is
    safe to keep after the lock is released.
    """

    __slots__ = ("lock", "store")

    def __init__(self, store: TrackStore, lock: threading.Lock) -> None:
        self.store = store
        self.lock = lock

    def __len__(self) -> int:
        with self.lock:
            return len(self.store)

    def __contains__(self, key: object) -> bool:
        with self.lock:
            return key in self.store

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedTracks:
        """A copy (a replay checkpoint) has its own store and its own lock."""
        import copy

        with self.lock:
            store = copy.deepcopy(self.store, memo)
        return SharedTracks(store, threading.Lock())

    def __getattr__(self, name: str) -> Any:
        if name in SharedTracks.__slots__:  # not set yet (a copy being made)
            raise AttributeError(name)
        attribute = getattr(self.store, name)
        if not callable(attribute):
            return attribute
        lock = self.lock

        def locked(*args: Any, **kwargs: Any) -> Any:
            with lock:
                return attribute(*args, **kwargs)

        return locked


class PreparedFrames:
    """What ``SensorService.prepare`` left for the owner thread: the steps in the events'
    order, with the batch's track keys and positions the track steps point into."""

    __slots__ = ("keys", "labels", "lat", "lon", "steps")

    def __init__(
        self,
        steps: list[tuple[Any, ...]],
        lat: np.ndarray,
        lon: np.ndarray,
        keys: list[str],
        labels: list[str | None],
    ) -> None:
        self.steps = steps
        self.lat = lat
        self.lon = lon
        self.keys = keys
        self.labels = labels


class SensorService:
    def __init__(
        self,
        site: Any,
        writer: Any,
        engine: AlertEngine,
        tracks: TrackStore | None = None,
        *,
        max_track_age_s: float = DEFAULT_MAX_TRACK_AGE_S,
        alert_links: Collection[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.site = site
        # Alerts are raised by the process that received the frame (None: all
        # links are ours); the others only draw the tracks, or alerts would double.
        self._alert_links = None if alert_links is None else frozenset(alert_links)
        self._raising = True
        self.writer = writer
        self.engine = engine
        self.tracks = SharedTracks(tracks if tracks is not None else TrackStore(), threading.Lock())
        self.max_track_age_s = max_track_age_s
        self.sensors: dict[str, Sensor] = {s.sensor_id: s for s in site.sensors}
        self._link_sensor = {spec.name: spec.sensor for spec in site.links if spec.sensor}
        self._headings: dict[str, float] = {}
        self.frames_used = 0
        self._clock = clock
        self._detector = HealthDetector()
        self.health = HealthPicture()

    # -- committed frames ---------------------------------------------------------

    def on_committed(self, events: Sequence[Any]) -> None:
        """One commit's events, in order: parsed one by one, the radar geometry and the
        track store written once for the whole batch, then the alert engine and the
        health judge fed in the events' order (see the module doc)."""
        self.apply(self.prepare(events))

    def prepare(self, events: Sequence[Any]) -> PreparedFrames | None:
        """Any one thread, batches in commit order: the frames parsed and the tracks
        written; the owner thread's part of the batch, or None when there is none."""
        batch = _Batch()
        used = 0
        steps: list[tuple[Any, ...]] = []
        for event in events:
            if not is_sensor_event(event):
                continue
            if event.kind == SENSOR_HEALTH:
                steps.append((_HEALTH, event.payload or {}, event.rx_time))
                continue
            message = event.payload["message"]
            link = event.source.removeprefix("link:")
            peer = str(event.payload.get("peer", ""))
            protocol = message.get("protocol")
            mark = batch.mark()
            marked_steps = len(steps)
            batch.time = event.rx_time.timestamp()
            try:
                if protocol == "nmea":
                    self._on_arpa(message, link, batch)
                elif protocol == "asterix":
                    self._on_asterix(message, link, batch, steps)
                else:  # a zone alarm or a CAP alert
                    steps.append((_ALERT, protocol, message, link, peer, event.rx_time))
            except (KeyError, TypeError, ValueError) as exc:
                # The frame is stored; one odd payload must not stop the picture.
                batch.rewind(mark)
                del steps[marked_steps:]
                _LOGGER.warning("frame %s not used for tracks/alerts: %s", event.seq, exc)
                continue
            if batch.rows > mark and self._raises_for(link):
                steps.append((_TRACKS, mark, batch.rows, link, peer, event.rx_time))
            used += 1
        lat, lon, keys, labels = self._write_tracks(batch)
        self.frames_used += used  # after the tracks are in: a snapshot now shows them
        if not steps:
            return None
        return PreparedFrames(steps, lat, lon, keys, labels)

    def _raises_for(self, link: str) -> bool:
        return self._alert_links is None or link in self._alert_links

    def apply(self, work: PreparedFrames | Sequence[Any] | None) -> None:
        """The owner thread, in commit order: the alert engine and the radars' health on
        a prepared batch (``prepare``); a plain list of events is ``on_committed``."""
        if work is None:
            return
        if not isinstance(work, PreparedFrames):
            self.on_committed(work)
            return
        keys, lat, lon, labels = work.keys, work.lat, work.lon, work.labels
        for step in _grouped(work.steps, keys):
            kind = step[0]
            if kind is _TRACKS:
                self._track_alerts(step, keys, lat, lon, labels)
            elif kind is _ALERT:
                _kind, protocol, message, link, peer, rx_time = step
                self._raising = self._raises_for(link)
                try:
                    if protocol == "zone-alarm":
                        records = self.engine.on_zone_alarm(message, link, peer, rx_time)
                    else:
                        records = self.engine.on_cap(message, link, peer)
                except (KeyError, TypeError, ValueError) as exc:
                    _LOGGER.warning("alert frame from %s not used: %s", link, exc)
                    continue
                self._append(records, rx_time)
            elif kind is _SERVICE:
                _kind, record, fallback, link = step
                self._on_radar_service(record, fallback, link)
            else:
                _kind, payload, rx_time = step
                self.health.apply(payload, rx_time)

    def _track_alerts(
        self,
        step: tuple[Any, ...],
        keys: list[str],
        lat: np.ndarray,
        lon: np.ndarray,
        labels: list[str | None],
    ) -> None:
        """The alert engine on one group of frames (``_grouped``): each alert it raises
        is appended with the receive time of the frame whose report raised it."""
        _kind, first, last, link, peer, rx_time, times = step
        self._raising = self._raises_for(link)
        records = self.engine.on_track_positions(
            keys[first:last], lat[first:last], lon[first:last], rx_time,
            link=link, peer=peer, labels=labels[first:last],
        )  # fmt: skip
        if not records:
            return
        if times is None:
            self._append(records, rx_time)
            return
        row_of = {key: row for row, key in enumerate(keys[first:last])}  # distinct keys
        for record in records:
            row = row_of.get(str(record[1].get("track")))
            self._append([record], rx_time if row is None else times[row])

    def _write_tracks(
        self, batch: _Batch
    ) -> tuple[np.ndarray, np.ndarray, list[str], list[str | None]]:
        """The batch's positions in WGS84 (one geodesic call for every polar report) into
        the track store (one ``update_many``); the keys and positions in batch order."""
        n = batch.rows
        if n == 0:
            return _NO_FLOATS, _NO_FLOATS, [], []
        lat = np.asarray(batch.lat, dtype=float)
        lon = np.asarray(batch.lon, dtype=float)
        polar = np.asarray(batch.polar, dtype=bool)
        if polar.any():
            # Rows from a sensor: lat/lon hold the sensor, range and azimuth the report.
            plat, plon = polar_to_latlon(
                lat[polar], lon[polar],
                np.asarray(batch.range_m, dtype=float)[polar],
                np.asarray(batch.azimuth, dtype=float)[polar],
            )  # fmt: skip
            lat[polar] = plat
            lon[polar] = plon
        keys = self.tracks.update_many(
            batch.sensor, batch.number, lat, lon, np.asarray(batch.times, dtype=float),
            speed_mps=np.asarray(batch.speed, dtype=float),
            course_deg=np.asarray(batch.course, dtype=float), labels=batch.label,
        )  # fmt: skip
        return lat, lon, keys, batch.label

    def _append(self, records: list[tuple[str, dict[str, Any]]], rx_time: datetime) -> None:
        if not self._raising:
            return
        for kind, payload in records:
            self.writer.submit(
                NewEvent(source="system", kind=kind, rx_time=rx_time, payload=payload)
            )

    def _sensor_for_link(self, link: str) -> Sensor | None:
        sensor_id = self._link_sensor.get(link)
        return self.sensors.get(sensor_id) if sensor_id else None

    def _on_arpa(self, m: dict[str, Any], link: str, batch: _Batch) -> None:
        sensor = self._sensor_for_link(link)
        sensor_id = sensor.sensor_id if sensor else link
        kind = m["kind"]
        if kind == "OSD":
            if m.get("heading_valid") and m.get("heading_deg") is not None:
                self._headings[sensor_id] = float(m["heading_deg"])
            return
        if kind == "TLL":
            if m.get("lat") is None or m.get("lon") is None:
                return
            batch.add(sensor_id, int(m["target_number"]), float(m["lat"]), float(m["lon"]),
                      math.nan, math.nan, m.get("name"))  # fmt: skip
            return
        # TTM: range and bearing from the radar
        if sensor is None or m.get("range_m") is None or m.get("bearing_deg") is None:
            return
        heading = self._headings.get(sensor_id, sensor.heading_deg)
        azimuth = float(m["bearing_deg"])
        if m.get("bearing_ref") == "R":
            azimuth += heading
        speed = m.get("speed_mps")
        course = m.get("course_deg")
        if course is not None and m.get("course_ref") == "R":
            course = (float(course) + heading) % 360.0
        batch.add_polar(
            sensor_id, int(m["target_number"]), sensor.lat, sensor.lon, float(m["range_m"]),
            azimuth,
            math.nan if speed is None else float(speed),
            math.nan if course is None else float(course), m.get("name"),
        )  # fmt: skip

    def _on_asterix(
        self, m: dict[str, Any], link: str, batch: _Batch, steps: list[tuple[Any, ...]]
    ) -> None:
        fallback = self._sensor_for_link(link)
        for r in m.get("records", ()):
            if r.get("kind") == "cat034":
                steps.append((_SERVICE, r, fallback, link))
                continue
            if r.get("track_number") is None:
                continue
            sensor = sensor_by_source(self.site.sensors, r.get("sac"), r.get("sic")) or fallback
            sensor_id = sensor.sensor_id if sensor else f"{r.get('sac')}-{r.get('sic')}"
            number = int(r["track_number"])
            speed = r.get("speed_kt")
            speed_mps = math.nan if speed is None else knots_to_mps(float(speed))
            heading = r.get("heading_deg")
            course = math.nan if heading is None else float(heading)
            label = r.get("callsign")
            if r.get("lat") is not None and r.get("lon") is not None:
                batch.add(sensor_id, number, float(r["lat"]), float(r["lon"]), speed_mps, course,
                          label)  # fmt: skip
            elif sensor is None:
                continue
            elif r.get("rho_nm") is not None and r.get("theta_deg") is not None:
                batch.add_polar(
                    sensor_id, number, sensor.lat, sensor.lon, nm_to_m(float(r["rho_nm"])),
                    float(r["theta_deg"]), speed_mps, course, label,
                )  # fmt: skip
            elif r.get("x_m") is not None and r.get("y_m") is not None:
                lat, lon = cartesian_to_latlon(sensor.lat, sensor.lon, r["x_m"], r["y_m"])
                batch.add(sensor_id, number, float(lat), float(lon), speed_mps, course, label)

    def _on_radar_service(self, r: dict[str, Any], fallback: Sensor | None, link: str) -> None:
        sensor = sensor_by_source(self.site.sensors, r.get("sac"), r.get("sic")) or fallback
        if sensor is None:
            return  # a radar the site does not know: stored, not judged
        self._detector.on_service(sensor.sensor_id, r, link, self._clock())
        self._check_health()

    def _check_health(self) -> None:
        for _sensor_id, link, payload in self._detector.check(self._clock()):
            if self._alert_links is None or link in self._alert_links:
                self.writer.submit(NewEvent("system", SENSOR_HEALTH, datetime.now(UTC), payload))

    # -- ageing --------------------------------------------------------------------

    def age_out(self, now: datetime) -> list[str]:
        removed = self.tracks.age_out(now, self.max_track_age_s)
        if removed:
            self.engine.forget(removed)
        self._check_health()
        return removed
