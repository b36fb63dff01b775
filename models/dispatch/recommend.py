"""Which units to send: rank free units by driving time and fill a response plan.

Contract: ``recommend(graph, plan_slots, units, incident_lat, incident_lon,
now, *, stale_after_s=120, max_snap_m=500) -> Recommendation``.

- ``plan_slots`` are the catalogue's slots (``unit_type``, ``count``,
  ``substitutes``); ``units`` are ``UnitRecord`` plain records.
- A unit is considered only in a status of ``ASSIGNABLE``. Its origin is its
  last AVL fix when that is at most ``stale_after_s`` old, else its station
  (else a stale fix, said so). One reverse Dijkstra from the incident gives
  every ETA (``models.routing.times_to``), read for all units at once; unit
  snaps are remembered per position on the graph
  (``snap_points_cached``), since units at stations do not move.
- Slots are filled in plan order with the fastest unused unit of the slot's
  type; when too few are free, the slot's substitutes are tried in order and
  ``shortfall`` says so. No unit is used twice.
- Every candidate carries a ``reason`` a dispatcher reads: why chosen (ETA,
  route length, fix age or "from station: no fix") or why passed over
  ("busy: en route", "slower: +45 s than E12", "unreachable: ...",
  "already recommended for engine"); units of types the plan does not use
  are listed in ``others`` ("wrong type").
- ``routes`` hold the chosen units' routes as lat/lon polylines.

Raises ``models.routing.RoutingError`` (``OutsideNetworkError``,
``UnreachableError``) when the incident itself cannot be reached. Returns its
own plain dataclasses (``to_view`` mirrors ``widgets.views``'s shapes) because
models must not import widgets; the console converts. Qt-free and SQL-free.

Why the bookkeeping is terse: on Monaco with 200 units the Dijkstra takes
~0.1 ms, so the per-unit Python (statuses, reasons, candidates) is most of
a query; candidates that do not change between queries (busy, wrong type)
are built once and reused (they are frozen), durations are formatted once
per whole second.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import Any, Protocol

from models.dispatch.status import ASSIGNABLE, UnitStatus
from models.routing.graph import RoadGraph
from models.routing.snap import DEFAULT_MAX_SNAP_M, snap_points_cached
from models.routing.travel import times_to

DEFAULT_STALE_AFTER_S = 120.0


class SlotLike(Protocol):
    unit_type: str
    count: int
    substitutes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitRecord:
    call_sign: str
    unit_type: str
    status: str  # a UnitStatus value
    lat: float | None = None  # last AVL fix; None: none known
    lon: float | None = None
    fix_time: datetime | None = None  # aware UTC
    station_lat: float | None = None
    station_lon: float | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """Same fields, in the same order, as ``widgets.views.CandidateView``."""

    call_sign: str
    unit_type: str
    eta_s: float | None
    route_m: float | None  # computed for recommended units only
    fix_age_s: float | None  # None: ETA from the station (no fix or a stale one)
    reason: str
    recommended: bool
    # The reason as data, for a console that words it in its own language:
    # ("chosen", substitute_for | None, eta_s, route_m | None, origin),
    # ("slower", extra_s, than_call_sign, eta_s, origin), ("not_needed", eta_s, origin),
    # ("already", slot_unit_type), ("unreachable", error | None), ("unplaced",),
    # ("busy", status), ("busy_unknown", status), ("wrong_type", unit_type); an origin is
    # ("fix", age_s), ("station", age_s | None) or ("stale", age_s).
    why: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class SlotChoice:
    unit_type: str
    count: int
    candidates: tuple[Candidate, ...]  # recommended first, then ranked best first


@dataclass(frozen=True, slots=True)
class UnitRoute:
    call_sign: str
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    eta_s: float
    length_m: float


@dataclass(frozen=True, slots=True)
class RecommendationData:
    """Shaped like ``widgets.views.RecommendationView``, with this module's candidates."""

    incident_id: str
    slots: tuple[tuple[str, int, tuple[Candidate, ...]], ...]
    shortfall: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Recommendation:
    incident_lat: float
    incident_lon: float
    incident_offset_m: float  # from the given point to the road it snapped to
    slots: tuple[SlotChoice, ...]
    shortfall: tuple[str, ...]
    routes: tuple[UnitRoute, ...]
    others: tuple[Candidate, ...] = ()  # units of types the plan does not use

    def chosen(self) -> tuple[Candidate, ...]:
        return tuple(c for s in self.slots for c in s.candidates if c.recommended)

    def to_view(self, incident_id: str) -> RecommendationData:
        return RecommendationData(
            incident_id=incident_id,
            slots=tuple((s.unit_type, s.count, s.candidates) for s in self.slots),
            shortfall=self.shortfall,
        )


_DURATIONS: dict[int, str] = {}
_WRONG_TYPE: dict[str, str] = {}
_STATUSES: dict[str, UnitStatus] = {s.value: s for s in UnitStatus}
_RANK = attrgetter("rank")
_BUSY: dict[UnitStatus, str] = {s: f"busy: {s.value}" for s in UnitStatus}
# Frozen candidates cost ~1.5 us each to build; most units are busy or of other types.
_FIXED: dict[tuple[str, str, str], Candidate] = {}


def format_duration(seconds: float) -> str:
    whole = round(seconds)
    text = _DURATIONS.get(whole)
    if text is None:
        text = _format_duration(whole)
        if len(_DURATIONS) < 100_000:  # a day's worth of seconds, and then some
            _DURATIONS[whole] = text
    return text


def _format_duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def format_distance(metres: float) -> str:
    return f"{metres:.0f} m" if metres < 1000 else f"{metres / 1000:.1f} km"


@dataclass(slots=True)
class _Eval:
    """An assignable unit (busy ones go straight to a fixed ``Candidate``)."""

    unit: UnitRecord
    origin: str  # sentence part: where the ETA is measured from
    fix_age_s: float | None
    origin_why: tuple[Any, ...] = ()  # the origin as data (see Candidate.why)
    eta_s: float = math.inf
    unreachable: str | None = None
    unreachable_why: tuple[Any, ...] = ()
    row: int = -1  # row in the snap batch
    # Sort key: the ETA when reachable, else after every reachable unit.
    rank: float = sys.float_info.max


def _evaluate(unit: UnitRecord, now: datetime, stale_after_s: float) -> tuple[_Eval, tuple | None]:
    """An assignable unit's origin: a fresh fix, else its station, else a stale fix."""
    age = None
    if unit.lat is not None and unit.lon is not None and unit.fix_time is not None:
        age = (now - unit.fix_time).total_seconds()
    if age is not None and age <= stale_after_s:
        age = max(age, 0.0)
        origin = f"from AVL fix {format_duration(age)} old"
        return _Eval(unit, origin, age, ("fix", age)), (unit.lat, unit.lon)
    if unit.station_lat is not None and unit.station_lon is not None:
        why = "no fix" if age is None else f"fix {format_duration(age)} old"
        ev = _Eval(unit, f"from station: {why}", None, ("station", age))
        return ev, (unit.station_lat, unit.station_lon)
    if age is not None:
        # No station to fall back on: a stale fix is still the best guess there is.
        origin = f"from stale fix {format_duration(age)} old"
        return _Eval(unit, origin, age, ("stale", age)), (unit.lat, unit.lon)
    ev = _Eval(unit, "", None)
    ev.unreachable = "unreachable: no position and no station"
    ev.unreachable_why = ("unplaced",)
    return ev, None


def _busy(unit: UnitRecord) -> Candidate | None:
    """The candidate of a unit that cannot be sent now; None when it is assignable."""
    status = _STATUSES.get(unit.status)
    if status is None:
        reason = f"busy: unknown status {unit.status!r}"
        return _fixed_candidate(
            unit.call_sign, unit.unit_type, reason, ("busy_unknown", unit.status)
        )
    if status in ASSIGNABLE:
        return None
    return _fixed_candidate(unit.call_sign, unit.unit_type, _BUSY[status], ("busy", status))


def _wrong_type(unit: UnitRecord) -> Candidate:
    reason = _WRONG_TYPE.get(unit.unit_type)
    if reason is None:
        reason = _WRONG_TYPE[unit.unit_type] = f"wrong type: the plan needs no {unit.unit_type}"
    return _fixed_candidate(unit.call_sign, unit.unit_type, reason, ("wrong_type", unit.unit_type))


def _fixed_candidate(
    call_sign: str, unit_type: str, reason: str, why: tuple[Any, ...]
) -> Candidate:
    """A candidate without ETA (busy, wrong type): the same object from query to query."""
    key = (call_sign, unit_type, reason)
    found = _FIXED.get(key)
    if found is None:
        if len(_FIXED) >= 20_000:
            _FIXED.clear()
        found = _FIXED[key] = Candidate(call_sign, unit_type, None, None, None, reason, False, why)
    return found


def recommend(
    graph: RoadGraph,
    plan_slots: Sequence[SlotLike],
    units: Iterable[UnitRecord],
    incident_lat: float,
    incident_lon: float,
    now: datetime,
    *,
    stale_after_s: float = DEFAULT_STALE_AFTER_S,
    max_snap_m: float = DEFAULT_MAX_SNAP_M,
) -> Recommendation:
    times = times_to(graph, incident_lat, incident_lon, max_snap_m=max_snap_m)
    wanted = {s.unit_type for s in plan_slots} | {t for s in plan_slots for t in s.substitutes}
    evals: dict[str, _Eval | Candidate] = {}  # busy units: their final candidate
    located: list[_Eval] = []  # in snap batch order
    others: list[Candidate] = []
    lats: list[float] = []
    lons: list[float] = []
    for unit in units:
        if unit.unit_type not in wanted:
            others.append(_wrong_type(unit))
            continue
        busy = _busy(unit)
        if busy is not None:
            evals[unit.call_sign] = busy
            continue
        ev, where = _evaluate(unit, now, stale_after_s)
        if where is not None:
            ev.row = len(lats)
            lats.append(float(where[0]))  # type: ignore[arg-type]
            lons.append(float(where[1]))  # type: ignore[arg-type]
            located.append(ev)
        evals[unit.call_sign] = ev
    snaps = None
    if lats:
        # Units at stations and parked units do not move: their snaps are remembered.
        snaps = snap_points_cached(graph, lats, lons, max_snap_m)
        etas = times.eta_s(snaps).tolist()
        for ev, eta, error in zip(located, etas, snaps.error, strict=True):
            if error is not None:
                ev.unreachable = f"unreachable: {error}"
                ev.unreachable_why = ("unreachable", error)
            elif eta == math.inf:
                ev.unreachable = "unreachable: no road route to the incident"
                ev.unreachable_why = ("unreachable", None)
            else:
                ev.eta_s = ev.rank = eta

    by_type: dict[str, list[_Eval]] = {}
    busy_by_type: dict[str, list[Candidate]] = {}  # ranked after every assignable unit
    for entry in evals.values():
        if isinstance(entry, Candidate):
            busy_by_type.setdefault(entry.unit_type, []).append(entry)
            continue
        group = by_type.get(entry.unit.unit_type)
        if group is None:
            by_type[entry.unit.unit_type] = [entry]
        else:
            group.append(entry)
    for group in by_type.values():
        group.sort(key=_RANK)  # stable: equal ranks keep the input order

    used: dict[str, str] = {}  # call sign -> slot type it was recommended for
    picks: list[tuple[SlotLike, list[_Eval], list[str]]] = []
    shortfall: list[str] = []
    for slot in plan_slots:
        chosen = _take(by_type.get(slot.unit_type, []), slot.count, used, slot.unit_type)
        used_types: list[str] = []
        missing = slot.count - len(chosen)
        if missing:
            for sub in slot.substitutes:
                extra = _take(by_type.get(sub, []), missing, used, slot.unit_type)
                if extra:
                    used_types.append(sub)
                    calls = ", ".join(e.unit.call_sign for e in extra)
                    shortfall.append(
                        f"{_count(missing, slot.unit_type)} short; substituted {sub} {calls}"
                    )
                chosen += extra
                missing -= len(extra)
                if not missing:
                    break
            if missing:
                subs = f" or {' / '.join(slot.substitutes)}" if slot.substitutes else ""
                shortfall.append(f"{_count(missing, slot.unit_type)}{subs} not available")
        picks.append((slot, chosen, used_types))

    routes: list[UnitRoute] = []
    route_m: dict[str, float] = {}
    for _, chosen, _ in picks:
        for ev in chosen:
            route = times.route(snaps, ev.row, lats[ev.row], lons[ev.row])  # type: ignore[arg-type]
            if route is not None:
                route_m[ev.unit.call_sign] = route.length_m
                routes.append(
                    UnitRoute(ev.unit.call_sign, route.lat, route.lon, ev.eta_s, route.length_m)
                )
    slots = tuple(
        _slot_choice(slot, chosen, used_types, by_type, busy_by_type, used, route_m)
        for slot, chosen, used_types in picks
    )
    return Recommendation(
        incident_lat=float(incident_lat),
        incident_lon=float(incident_lon),
        incident_offset_m=times.target.offset_m,
        slots=slots,
        shortfall=tuple(shortfall),
        routes=tuple(routes),
        others=tuple(others),
    )


def _count(n: int, unit_type: str) -> str:
    return f"{n} {unit_type}"


def _take(pool: list[_Eval], count: int, used: dict[str, str], slot_type: str) -> list[_Eval]:
    out: list[_Eval] = []
    for ev in pool:
        if len(out) == count:
            break
        if ev.unreachable is None and ev.unit.call_sign not in used:
            used[ev.unit.call_sign] = slot_type
            out.append(ev)
    return out


def _slot_choice(
    slot: SlotLike,
    chosen: list[_Eval],
    used_types: list[str],
    by_type: dict[str, list[_Eval]],
    busy_by_type: dict[str, list[Candidate]],
    used: dict[str, str],
    route_m: dict[str, float],
) -> SlotChoice:
    chosen_calls = {e.unit.call_sign for e in chosen}
    slowest = chosen[-1] if chosen else None
    out: list[Candidate] = []
    for ev in chosen:
        sub = ev.unit.unit_type != slot.unit_type
        length = route_m.get(ev.unit.call_sign)
        parts = [f"substitute for {slot.unit_type}"] if sub else []
        parts.append(f"ETA {format_duration(ev.eta_s)}")
        if length is not None:
            parts.append(format_distance(length))
        parts.append(ev.origin)
        why = ("chosen", slot.unit_type if sub else None, ev.eta_s, length, ev.origin_why)
        out.append(_candidate(ev, ", ".join(parts), True, length, why))
    # The passed-over list is every unit of the slot's types: one pass, no helper calls.
    if slowest is not None:
        than, slow_eta = f" than {slowest.unit.call_sign} (ETA ", slowest.eta_s
    for unit_type in [slot.unit_type, *used_types]:
        for ev in by_type.get(unit_type, ()):
            unit = ev.unit
            call = unit.call_sign
            if call in chosen_calls:
                continue
            eta: float | None = ev.eta_s
            if ev.unreachable is not None:
                reason, why = ev.unreachable, ev.unreachable_why
            elif call in used:
                reason = f"already recommended for {used[call]}"
                why = ("already", used[call])
            elif slowest is not None:
                extra_s = max(eta - slow_eta, 0.0)  # type: ignore[operator]
                extra = format_duration(extra_s)
                reason = f"slower: +{extra}{than}{format_duration(eta)}, {ev.origin})"  # type: ignore[arg-type]
                why = ("slower", extra_s, slowest.unit.call_sign, eta, ev.origin_why)
            else:
                reason = f"not needed (ETA {format_duration(eta)}, {ev.origin})"  # type: ignore[arg-type]
                why = ("not_needed", eta, ev.origin_why)
            if eta == math.inf:
                eta = None
            out.append(Candidate(call, unit.unit_type, eta, None, ev.fix_age_s, reason, False, why))
        out.extend(busy_by_type.get(unit_type, ()))
    return SlotChoice(slot.unit_type, slot.count, tuple(out))


def _candidate(
    ev: _Eval, reason: str, recommended: bool, length: float | None, why: tuple[Any, ...]
) -> Candidate:
    eta = ev.eta_s if math.isfinite(ev.eta_s) else None
    return Candidate(
        ev.unit.call_sign, ev.unit.unit_type, eta, length, ev.fix_age_s, reason, recommended, why
    )
