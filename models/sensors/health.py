"""Radar health from the radar's own service messages (ASTERIX CAT034).

A turning radar sends a north marker once per antenna rotation; a radar (or
its link) that stops sending it is down, whatever its last tracks said. The
detector turns the service messages into health changes; the changes are
stored as ``sensor.health`` events, and every position draws the health
from those events (one log, so replay shows what was).

Contract (Qt-free):

* ``HealthDetector.on_service(sensor_id, record, link, now_s)`` takes one
  decoded CAT034 record (``RadarServiceMessage.to_payload()``) of a known
  sensor; ``now_s`` is a monotonic clock reading (intervals are measured on
  it, never on the wall clock, so an NTP step neither raises nor hides an
  outage). ``check(now_s)`` returns the sensors whose health changed since
  the last check, as ``(sensor_id, link, payload)`` with the payload of a
  ``sensor.health`` event: ``sensor``, ``link`` (the one its messages came
  on), ``state`` (``ok``, ``degraded`` or ``down``), ``reason`` (a sentence)
  and ``warnings``.
* ``ok``: north markers arrive and the radar states no problem; ``degraded``:
  the radar says NOGO or states warnings (overload, monitoring disconnected,
  invalid time source, ...); ``down``: no north marker for
  ``MISSED_ROTATIONS`` rotation periods (the period the radar states, else
  ``DEFAULT_ROTATION_S``). A sensor never heard from has no health.
* ``HealthPicture.apply(payload, rx_time)`` keeps the newest health per
  sensor from committed ``sensor.health`` events: ``get(sensor_id)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

SENSOR_HEALTH = "sensor.health"
OK = "ok"
DEGRADED = "degraded"
DOWN = "down"
NORTH_MARKER = 1
DEFAULT_ROTATION_S = 12.0
MISSED_ROTATIONS = 2.5
MIN_SILENCE_S = 5.0  # a fast antenna still gets a few seconds before it counts as down


@dataclass(slots=True)
class _Radar:
    link: str
    first_s: float  # first service message: the silence is counted from here until a marker
    rotation_s: float = DEFAULT_ROTATION_S
    last_north_s: float | None = None
    warnings: tuple[str, ...] = ()
    nogo: bool = False
    reported: tuple[str, str] | None = None  # (state, reason) last returned by check


@dataclass(slots=True)
class HealthDetector:
    _radars: dict[str, _Radar] = field(default_factory=dict)

    def on_service(self, sensor_id: str, record: dict[str, Any], link: str, now_s: float) -> None:
        radar = self._radars.setdefault(sensor_id, _Radar(link, now_s))
        radar.link = link
        period = record.get("rotation_period_s")
        if isinstance(period, int | float) and 0 < period < 3600:
            radar.rotation_s = float(period)
        if record.get("message_type") == NORTH_MARKER:
            radar.last_north_s = now_s
        if "warnings" in record or "nogo" in record:  # only records with a status say so
            radar.warnings = tuple(str(w) for w in record.get("warnings") or ())
            radar.nogo = bool(record.get("nogo"))

    def check(self, now_s: float) -> list[tuple[str, str, dict[str, Any]]]:
        changes = []
        for sensor_id, radar in self._radars.items():
            state, reason = self._judge(radar, now_s)
            if radar.reported is not None and radar.reported[0] == state:
                continue
            radar.reported = (state, reason)
            payload = {
                "sensor": sensor_id,
                "link": radar.link,
                "state": state,
                "reason": reason,
                "warnings": list(radar.warnings),
            }
            changes.append((sensor_id, radar.link, payload))
        return changes

    @staticmethod
    def _judge(radar: _Radar, now_s: float) -> tuple[str, str]:
        limit = max(MIN_SILENCE_S, MISSED_ROTATIONS * radar.rotation_s)
        last = radar.first_s if radar.last_north_s is None else radar.last_north_s
        if now_s - last > limit:
            return DOWN, (
                f"no north marker for {now_s - last:.0f} s (rotation {radar.rotation_s:g} s)"
            )
        if radar.nogo:
            return DEGRADED, "the radar says NOGO: its data must not be used"
        if radar.warnings:
            return DEGRADED, "; ".join(radar.warnings)
        return OK, "north markers arriving"


@dataclass(frozen=True, slots=True)
class SensorHealth:
    state: str
    reason: str
    since: datetime
    link: str | None = None


@dataclass(slots=True)
class HealthPicture:
    _health: dict[str, SensorHealth] = field(default_factory=dict)
    changes: int = 0  # bumped on every applied event, so a view can tell it must redraw

    def apply(self, payload: dict[str, Any], rx_time: datetime) -> None:
        sensor = payload.get("sensor")
        state = payload.get("state")
        if not isinstance(sensor, str) or state not in (OK, DEGRADED, DOWN):
            return
        link = payload.get("link")
        self._health[sensor] = SensorHealth(
            state,
            str(payload.get("reason") or ""),
            rx_time,
            link if isinstance(link, str) else None,
        )
        self.changes += 1

    def get(self, sensor_id: str) -> SensorHealth | None:
        return self._health.get(sensor_id)

    def on_link(self, link: str) -> dict[str, SensorHealth]:
        """The sensors whose health was last judged from ``link``'s messages."""
        return {s: h for s, h in self._health.items() if h.link == link}
