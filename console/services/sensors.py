"""Sensor service: committed radar, zone-alarm and CAP frames -> tracks and alerts.

Contract (Qt-free; runs on the console's loop, and in the headless recorder):
- ``on_committed(events)`` takes committed events in order. Decoded radar
  frames (NMEA TTM/TLL/OSD from a link bound to a sensor, ASTERIX CAT048 /
  CAT010 matched to a sensor by SAC/SIC or the link's sensor) become track
  positions in ``self.tracks`` (a ``TrackStore``); zone alarms and CAP alerts
  go to the ``AlertEngine``. Alerts the engine raises are appended right away
  (source ``system``), so tracks and alerts derive only from stored frames.
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
"""

from __future__ import annotations

import logging
import math
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
        self.tracks = tracks if tracks is not None else TrackStore()
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
        for event in events:
            if not is_sensor_event(event):
                continue
            if event.kind == SENSOR_HEALTH:
                self.health.apply(event.payload or {}, event.rx_time)
                continue
            message = event.payload["message"]
            link = event.source.removeprefix("link:")
            peer = str(event.payload.get("peer", ""))
            protocol = message.get("protocol")
            self._raising = self._alert_links is None or link in self._alert_links
            try:
                if protocol == "nmea":
                    self._on_arpa(message, link, peer, event.rx_time)
                elif protocol == "asterix":
                    self._on_asterix(message, link, peer, event.rx_time)
                elif protocol == "zone-alarm":
                    self._append(self.engine.on_zone_alarm(message, link, peer, event.rx_time),
                                 event.rx_time)  # fmt: skip
                else:
                    self._append(self.engine.on_cap(message, link, peer), event.rx_time)
            except (KeyError, TypeError, ValueError) as exc:
                # The frame is stored; one odd payload must not stop the picture.
                _LOGGER.warning("frame %s not used for tracks/alerts: %s", event.seq, exc)
                continue
            self.frames_used += 1

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

    def _on_arpa(self, m: dict[str, Any], link: str, peer: str, rx_time: datetime) -> None:
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
            lat, lon = float(m["lat"]), float(m["lon"])
            speed = course = None
        else:  # TTM: range and bearing from the radar
            if sensor is None or m.get("range_m") is None or m.get("bearing_deg") is None:
                return
            heading = self._headings.get(sensor_id, sensor.heading_deg)
            relative = m.get("bearing_ref") == "R"
            lat, lon = polar_to_latlon(
                sensor.lat, sensor.lon, float(m["range_m"]), float(m["bearing_deg"]),
                heading, relative=relative,
            )  # fmt: skip
            speed = m.get("speed_mps")
            course = m.get("course_deg")
            if course is not None and m.get("course_ref") == "R":
                course = (float(course) + heading) % 360.0
        self._positions(
            [sensor_id], [int(m["target_number"])], [float(lat)], [float(lon)],
            [math.nan if speed is None else float(speed)],
            [math.nan if course is None else float(course)],
            [m.get("name")], link, peer, rx_time,
        )  # fmt: skip

    def _on_asterix(self, m: dict[str, Any], link: str, peer: str, rx_time: datetime) -> None:
        fallback = self._sensor_for_link(link)
        rows: dict[str, list[Any]] = {k: [] for k in ("s", "n", "lat", "lon", "v", "c", "l")}
        for r in m.get("records", ()):
            if r.get("kind") == "cat034":
                self._on_radar_service(r, fallback, link)
                continue
            if r.get("track_number") is None:
                continue
            sensor = sensor_by_source(self.site.sensors, r.get("sac"), r.get("sic")) or fallback
            if r.get("lat") is not None and r.get("lon") is not None:
                lat, lon = float(r["lat"]), float(r["lon"])
            elif sensor is None:
                continue
            elif r.get("rho_nm") is not None and r.get("theta_deg") is not None:
                lat, lon = polar_to_latlon(
                    sensor.lat, sensor.lon, nm_to_m(float(r["rho_nm"])), float(r["theta_deg"])
                )
            elif r.get("x_m") is not None and r.get("y_m") is not None:
                lat, lon = cartesian_to_latlon(sensor.lat, sensor.lon, r["x_m"], r["y_m"])
            else:
                continue
            sensor_id = sensor.sensor_id if sensor else f"{r.get('sac')}-{r.get('sic')}"
            rows["s"].append(sensor_id)
            rows["n"].append(int(r["track_number"]))
            rows["lat"].append(float(lat))
            rows["lon"].append(float(lon))
            speed = r.get("speed_kt")
            rows["v"].append(math.nan if speed is None else knots_to_mps(float(speed)))
            heading = r.get("heading_deg")
            rows["c"].append(math.nan if heading is None else float(heading))
            rows["l"].append(r.get("callsign"))
        if rows["n"]:
            self._positions(
                rows["s"], rows["n"], rows["lat"], rows["lon"], rows["v"], rows["c"],
                rows["l"], link, peer, rx_time,
            )  # fmt: skip

    def _positions(
        self,
        sensors: list[str],
        numbers: list[int],
        lat: list[float],
        lon: list[float],
        speed: list[float],
        course: list[float],
        labels: list[str | None],
        link: str,
        peer: str,
        rx_time: datetime,
    ) -> None:
        keys = self.tracks.update_many(
            sensors, numbers, np.asarray(lat), np.asarray(lon), rx_time,
            speed_mps=np.asarray(speed), course_deg=np.asarray(course), labels=labels,
        )  # fmt: skip
        records = self.engine.on_track_positions(
            keys, lat, lon, rx_time, link=link, peer=peer, labels=labels
        )
        self._append(records, rx_time)

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
