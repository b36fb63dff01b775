"""The wallboard's picture of the room, kept up to date event by event (Qt-free, SQL-free).

Contract: ``WallboardProjection(units=(), zone=UTC, targets=None, weeks=4)``
takes the site's units as ``(call_sign, discipline, station)`` tuples, the
site's time zone and the targets (``StatsTargets``). ``apply(event)`` takes
every committed ``StoredEvent`` in log order (the live session's committed
batches, or replay's events up to its cursor; any kind; events at or below
the last seq seen are ignored, unknown kinds cost one set look-up), and
feeds the intervals to the one ``IntervalTracker``, so the wallboard, the
reports and drill scoring measure alike. ``snapshot(now) -> WallboardSnapshot``
(plain frozen data, cheap: call it once a second) says, as at ``now``:

- calls waiting (ringing: offered, neither answered, abandoned nor
  released) and the longest ring;
- answering over the last hour (calls answered in it whose source gives a
  ring start): count, shares within 15 s and 20 s (the targets') and how
  many had no ring start;
- incidents open (created, not closed, or sent a unit after closing) by priority;
- units by status per discipline and per station (a unit never reported
  is "available");
- links down (last ``link.state`` "down") and sensors down or degraded
  (last ``sensor.health``); alerts open (raised, not promoted, linked,
  dismissed or cancelled) and how many of them are unacknowledged;
- calls per 15 minutes today (local day) and the average of the same
  weekday over the last ``weeks`` weeks that the events fed cover;
- today's answer times (seconds, ring-start calls) for a histogram, in the order
  answered (``today``: the local day; within a day the tuple only grows).

``WALLBOARD_KINDS`` are the kinds it reads: a session may hand it only those.
Memory stays bounded in a console that runs for months: records older than
``weeks`` weeks (and ended) are dropped once an hour of event time.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from models.stats.definitions import StatsTargets
from models.stats.tracker import IntervalTracker, epoch_s


def _epoch(when: datetime) -> float:
    """``epoch_s``, in one C call for the aware datetimes the log holds (same value)."""
    return when.timestamp() if when.tzinfo is not None else epoch_s(when)


SLOTS_PER_DAY = 96  # quarters of an hour
HOUR_S = 3600.0
WALLBOARD_KINDS = frozenset(
    (
        "call.offered", "call.answered", "call.abandoned", "call.attached", "call.released",
        "incident.created", "incident.closed", "incident.reopened", "unit.assigned",
        "unit.status", "alert.raised",
        "alert.acknowledged", "alert.promoted", "alert.linked", "alert.dismissed",
        "alert.cancelled", "link.state", "sensor.health",
    )
)  # fmt: skip
# Each kind's group (one dict look-up per event); the tracker reads every kind of the
# call, incident, unit and alert groups but call.released and alert.cancelled.
_UNIT, _CALL, _INCIDENT, _ALERT, _HEALTH = range(5)
_GROUP = {
    kind: {"unit": _UNIT, "call": _CALL, "incident": _INCIDENT, "alert": _ALERT}.get(
        kind.split(".")[0], _HEALTH
    )
    for kind in WALLBOARD_KINDS
}
_ALERT_ENDED = frozenset(("alert.promoted", "alert.linked", "alert.dismissed", "alert.cancelled"))


@dataclass(frozen=True, slots=True)
class WallboardSnapshot:
    at: datetime
    calls_waiting: int
    longest_ring_s: float | None
    answered_hour: int
    within_15: float | None  # share of the last hour's answered calls within answer_s
    within_20: float | None
    no_ring_start_hour: int
    answer_target_s: float
    answer_95_s: float
    answer_pct: float
    incidents_open: dict[int, int]  # priority -> count
    units_by_discipline: dict[str, dict[str, int]]  # discipline -> status -> count
    units_by_station: dict[str, dict[str, int]]
    links_down: tuple[str, ...]
    sensors_down: tuple[str, ...]  # "R1 (down)", "R2 (degraded)"
    alerts_open: int
    alerts_unacknowledged: int
    calls_today: tuple[int, ...]  # per 15 minutes, SLOTS_PER_DAY values
    calls_weekday_avg: tuple[float, ...] | None  # same weekday average, or None without history
    answer_times_today: tuple[float, ...]
    today: date | None = None  # the local day of ``at`` (today's lists only grow within it)


@dataclass
class _Alert:
    acknowledged: bool = False


@dataclass
class _State:
    ringing: dict[str, float] = field(default_factory=dict)  # call -> offered
    open_incidents: dict[str, int] = field(default_factory=dict)  # id -> priority
    unit_status: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    sensors: dict[str, str] = field(default_factory=dict)
    alerts: dict[str, _Alert] = field(default_factory=dict)


class WallboardProjection:
    def __init__(
        self,
        units: Iterable[tuple[str, str, str]] = (),
        zone: tzinfo = UTC,
        targets: StatsTargets | None = None,
        weeks: int = 4,
        history: Iterable[Any] = (),
    ) -> None:
        self.units = {u[0]: (u[1], u[2]) for u in units}
        self.zone = zone
        self.targets = targets or StatsTargets()
        self.weeks = weeks
        self.tracker = IntervalTracker()
        self.state = _State()
        self.last_seq = 0
        # (answered epoch s, answering seconds or None when no ring start), in order
        self._answered: deque[tuple[float, float | None]] = deque()
        self._answered_max = -math.inf  # the latest answer time in _answered (or later)
        self._hour = [0, 0, 0, 0]  # running counts over _answered: see _hour_counts
        self._per_slot: dict[date, list[int]] = {}
        self._answers_by_day: dict[date, list[float]] = {}
        self._local_cache: dict[int, tuple[date, int]] = {}
        self._pruned_at = 0.0
        for event in history:
            self.apply(event)

    # -- feeding ---------------------------------------------------------------

    def apply(self, event: Any) -> None:
        seq = event.seq
        if seq <= self.last_seq:
            return
        self.last_seq = seq
        kind = event.kind
        group = _GROUP.get(kind)
        if group is None:
            return
        p = event.payload
        if not isinstance(p, dict):
            p = {}
        tracker = self.tracker
        s = self.state
        # The payload read once, the time computed once; the tracker takes the fields it
        # reads for the kind (apply_fields, as the SQL fast path), this projection the same.
        if group == _UNIT:
            unit, incident_id = p.get("unit"), p.get("incident_id")
            status = p.get("status")
            tracker.apply_unit(seq, _epoch(event.rx_time), kind, unit, status, incident_id)
            if not isinstance(unit, str):
                return
            if kind == "unit.status":
                if isinstance(status, str):
                    s.unit_status[unit] = status
            else:
                s.unit_status.setdefault(unit, "available")
            if isinstance(incident_id, str) and incident_id not in s.open_incidents:
                record = tracker.incident(incident_id)
                if record is not None and record.reopened:  # sent a unit after closing
                    s.open_incidents[incident_id] = record.priority or 0
        elif group == _CALL:
            call_id = p.get("call_id")
            t = _epoch(event.rx_time)
            if kind != "call.released":
                tracker.apply_fields(seq, t, kind, event.source, call_id, p.get("incident_id"),
                                     None, None, p.get("via"), None, None, None)  # fmt: skip
            if not isinstance(call_id, str):
                return
            if kind == "call.offered":
                s.ringing.setdefault(call_id, t)
                day, slot = self._local(t)
                counts = self._per_slot.get(day)
                if counts is None:
                    counts = self._per_slot[day] = [0] * SLOTS_PER_DAY
                counts[slot] += 1
            elif kind == "call.answered":
                if s.ringing.pop(call_id, None) is not None:
                    call = tracker.call(call_id)
                    if call is not None and call.answered is not None:
                        value, _why = tracker.answering(call)
                        self._answered_add(call.answered, value)
                        if value is not None and not math.isinf(value):
                            day = self._local(call.answered)[0]
                            self._answers_by_day.setdefault(day, []).append(value)
            elif kind in ("call.abandoned", "call.released"):
                s.ringing.pop(call_id, None)
        elif group == _INCIDENT:
            incident_id, priority = p.get("incident_id"), p.get("priority")
            priority = priority if type(priority) is int else None
            tracker.apply_fields(seq, _epoch(event.rx_time), kind, event.source,
                                 p.get("call_id"), incident_id, None, None, None, p.get("type"),
                                 priority, None)  # fmt: skip
            if kind in ("incident.created", "incident.reopened") and isinstance(incident_id, str):
                s.open_incidents[incident_id] = priority if priority is not None else 0
            elif kind == "incident.closed":
                s.open_incidents.pop(incident_id, None)
        elif group == _ALERT:
            alert_id = p.get("alert_id")
            if kind != "alert.cancelled":
                tracker.apply_fields(seq, _epoch(event.rx_time), kind, event.source, None,
                                     p.get("incident_id"), None, None, None, None, None,
                                     alert_id, p.get("origin"))  # fmt: skip
            if not isinstance(alert_id, str):
                return
            if kind == "alert.raised":
                s.alerts.setdefault(alert_id, _Alert())
            elif kind == "alert.acknowledged":
                alert = s.alerts.get(alert_id)
                if alert is not None:
                    alert.acknowledged = True
            elif kind in _ALERT_ENDED:
                s.alerts.pop(alert_id, None)
        elif kind == "link.state":
            if isinstance(p.get("link"), str):
                s.links[p["link"]] = str(p.get("state"))
        elif kind == "sensor.health":
            if isinstance(p.get("sensor"), str):
                s.sensors[p["sensor"]] = str(p.get("state"))

    def _answered_add(self, answered: float, value: float | None) -> None:
        self._answered.append((answered, value))
        self._answered_max = max(self._answered_max, answered)
        self._hour_counts(value, 1)

    def _hour_counts(self, value: float | None, sign: int) -> None:
        """The last hour's running counts: timed, within 15 s, within 20 s, no ring start."""
        counts = self._hour
        if value is None:
            counts[3] += sign
            return
        counts[0] += sign
        if value <= self.targets.answer_s:
            counts[1] += sign
        if value <= self.targets.answer_95_s:
            counts[2] += sign

    def _local(self, t: float) -> tuple[date, int]:
        minute = int(t // 60)
        got = self._local_cache.get(minute)
        if got is None:
            if len(self._local_cache) > 10_000:
                self._local_cache.clear()
            local = datetime.fromtimestamp(minute * 60, UTC).astimezone(self.zone)
            got = (local.date(), (local.hour * 60 + local.minute) // 15)
            self._local_cache[minute] = got
        return got

    # -- reading ---------------------------------------------------------------

    def snapshot(self, now: datetime) -> WallboardSnapshot:
        t = epoch_s(now)
        s, targets = self.state, self.targets
        answered = self._answered
        while answered and answered[0][0] <= t - HOUR_S:
            self._hour_counts(answered.popleft()[1], -1)
        if not answered:
            self._answered_max = -math.inf
        if self._answered_max <= t:  # every answer kept is at or before now: the running counts
            n, in_15, in_20, no_ring = self._hour
        else:  # replay looking before some answers fed: count those out
            values = [v for a, v in answered if a <= t and v is not None]
            no_ring = sum(1 for a, v in answered if a <= t and v is None)
            n = len(values)
            in_15 = sum(1 for v in values if v <= targets.answer_s)
            in_20 = sum(1 for v in values if v <= targets.answer_95_s)
        within_15 = in_15 / n if n else None
        within_20 = in_20 / n if n else None
        ringing = [o for o in s.ringing.values() if o <= t]
        incidents: dict[int, int] = {}
        for priority in s.open_incidents.values():
            incidents[priority] = incidents.get(priority, 0) + 1
        by_discipline: dict[str, dict[str, int]] = {}
        by_station: dict[str, dict[str, int]] = {}
        for call_sign, (discipline, station) in self.units.items():
            status = s.unit_status.get(call_sign, "available")
            d = by_discipline.setdefault(discipline, {})
            d[status] = d.get(status, 0) + 1
            st = by_station.setdefault(station, {})
            st[status] = st.get(status, 0) + 1
        today, _slot = self._local(t)
        weekday_avg = self._weekday_average(today)
        self._prune(t)
        return WallboardSnapshot(
            at=now,
            calls_waiting=len(ringing),
            longest_ring_s=max(0.0, t - min(ringing)) if ringing else None,
            answered_hour=n,
            within_15=within_15,
            within_20=within_20,
            no_ring_start_hour=no_ring,
            answer_target_s=targets.answer_s,
            answer_95_s=targets.answer_95_s,
            answer_pct=targets.percentile,
            incidents_open=dict(sorted(incidents.items())),
            units_by_discipline=by_discipline,
            units_by_station=by_station,
            links_down=tuple(sorted(k for k, v in s.links.items() if v == "down")),
            sensors_down=tuple(
                sorted(f"{k} ({v})" for k, v in s.sensors.items() if v in ("down", "degraded"))
            ),
            alerts_open=len(s.alerts),
            alerts_unacknowledged=sum(1 for a in s.alerts.values() if not a.acknowledged),
            calls_today=tuple(self._per_slot.get(today, [0] * SLOTS_PER_DAY)),
            calls_weekday_avg=weekday_avg,
            answer_times_today=tuple(self._answers_by_day.get(today, ())),
            today=today,
        )

    def _weekday_average(self, today: date) -> tuple[float, ...] | None:
        days = [today - timedelta(weeks=k) for k in range(1, self.weeks + 1)]
        rows = [self._per_slot[d] for d in days if d in self._per_slot]
        if not rows:
            return None
        return tuple(sum(col) / len(rows) for col in zip(*rows, strict=True))

    def _prune(self, t: float) -> None:
        if t - self._pruned_at < HOUR_S:
            return
        self._pruned_at = t
        horizon = t - (self.weeks * 7 + 1) * 86_400.0
        oldest = datetime.fromtimestamp(horizon, UTC).astimezone(self.zone).date()
        for table in (self._per_slot, self._answers_by_day):
            for day in [d for d in table if d < oldest]:
                del table[day]
        tracker = self.tracker
        for call_id in [
            c.call_id for c in tracker.calls.values()
            if c.offered < horizon and (c.answered is not None or c.abandoned is not None)
        ]:  # fmt: skip
            del tracker.calls[call_id]
        for iid in [
            i.incident_id for i in tracker.incidents.values()
            if i.created < horizon and i.closed is not None
        ]:  # fmt: skip
            del tracker.incidents[iid]
        for key in [k for k, r in tracker.responses.items() if r.dispatched < horizon and r.ended]:
            del tracker.responses[key]
        for alert_id in [a.alert_id for a in tracker.alerts.values() if a.raised < horizon]:
            del tracker.alerts[alert_id]
