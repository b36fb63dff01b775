"""Incident report content gathered from the event log, without Qt.

Contract: ``gather_report(store, incident_id, site) -> ReportData`` reads the
dispatch, call and alert events of the log (never frames) and returns plain
frozen data: the incident (type name from the site's catalogue in the
console's language, priority,
place, created/closed, disposition; a reopened incident that was not closed
again has neither), every event about it in log order
(``TimelineEntry``: UTC and local time, who, what: the event log's own
sentence, ``console.reports.event_text.summarize``, in the language
installed, with the incident type's catalogue name and the caller
positions' nearest streets; one implementation for both), and the response
intervals (``Interval``; a missing end shows ``MISSING``). About the
incident means: its own ``incident.*`` events; the calls it was created from
or that were attached to it (all their ``call.*`` events, every location and
rebid with source and uncertainty); ``unit.assigned`` to it; every
``unit.status`` of a unit while it is committed to it (including the one
that releases the unit); the alerts promoted or linked to it (all their
``alert.*`` events). ``UnknownIncidentError`` (a ``LookupError``) when the
log has no ``incident.created`` for ``incident_id``. ``site`` may be None:
then the embedded catalogue and UTC are used. Unit marks for the map come
from the store's ``unit_positions`` projection (the last known positions).
Call it off the GUI thread: it runs SQL.

Places: the report shows what the dispatcher saw. ``lat``/``lon`` and
``location`` are the location in force at the end (after any
``incident.location``), ``location`` being what was typed; ``place`` says what
the log recorded about it ("✓ Mariankatu 12 (address, 0 m)", "UNVERIFIED
forced point, near ...", with the places-index build), ``places_build`` the
build(s) that resolved it. Caller locations in the timeline are named by
their nearest street from the site's places index as it is now (opened in
this thread; ``names_build`` says which build; none when the site has no
index).
"""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from console.reports.durations import duration_text
from console.reports.event_text import place_summary, summarize
from models.alerts import events as alert_ev
from models.calls import events as call_ev
from models.dispatch import events as ev
from models.dispatch.catalogue import Catalogue, CatalogueError, default_catalogue
from widgets.bidi import shown_ltr
from widgets.catalogue_labels import incident_type_label

if TYPE_CHECKING:
    from console.config.site import Site
    from models.store import Store, StoredEvent

_LOGGER = logging.getLogger(__name__)

#: Shown for an interval or time that the log does not have.
MISSING = "—"
#: Upper bound of events read for one report (the console reads as many at start).
HISTORY_LIMIT = 2_000_000
_KINDS = ("incident.*", "unit.assigned", "unit.status", "call.*", "alert.*")
_UNIT_RELEASING = ("available", "available on radio", "out of service")


class UnknownIncidentError(LookupError):
    """The log has no ``incident.created`` for this incident id."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    seq: int
    time: datetime  # UTC, the event's receive/commit time
    local_time: str  # "2026-03-01 23:00:05" in the site's time zone
    who: str  # the operator's name, "system" or "link <name>"
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Interval:
    label: str  # "Incident created → first unit dispatched"
    start: datetime | None
    end: datetime | None

    @property
    def seconds(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).total_seconds()

    @property
    def text(self) -> str:
        seconds = self.seconds
        if seconds is None:
            return MISSING
        if seconds < 0:
            return shown_ltr(f"-{duration_text(-seconds)}")
        return duration_text(seconds)


@dataclass(frozen=True, slots=True)
class UnitMark:
    """A unit of the incident with its last known position (None when unknown)."""

    call_sign: str
    unit_type: str
    discipline: str
    status: str  # its last status in the timeline
    lat: float | None
    lon: float | None
    fix_time: datetime | None


@dataclass(frozen=True, slots=True)
class ReportData:
    incident_id: str
    type_code: str
    type_name: str
    discipline: str
    priority: int
    lat: float
    lon: float
    location: str | None
    created: datetime
    created_by: str
    closed: datetime | None
    disposition: str | None
    timezone: str
    site_name: str
    calls: tuple[str, ...]
    alerts: tuple[str, ...]
    units: tuple[UnitMark, ...]
    timeline: tuple[TimelineEntry, ...]
    intervals: tuple[Interval, ...]
    generated: datetime
    place: str | None = None  # what the log recorded about the place in force
    places_build: str | None = None  # the places-index build(s) that resolved it
    names_build: str | None = None  # the build that named caller locations in the timeline

    def local(self, when: datetime | None) -> str:
        """A UTC time as local text in the report's zone, ``MISSING`` for None."""
        return local_text(when, zoneinfo.ZoneInfo(self.timezone))


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def local_text(when: datetime | None, zone: tzinfo) -> str:
    if when is None:
        return MISSING
    if when.tzinfo is None:  # SQLite hands back naive UTC
        when = when.replace(tzinfo=UTC)
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def who_of(source: str) -> str:
    """Who wrote an event: the operator's name, "system" or "link <name>" (translated)."""
    if source.startswith("operator:"):
        return source.removeprefix("operator:")
    if source.startswith("link:"):
        return _tr("link {link}").format(link=shown_ltr(source.removeprefix("link:")))
    if source == "system":
        return _tr("system")
    return source


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class _Namer:
    """Names positions from the site's places index, opened lazily in this thread."""

    def __init__(self, site: Site | None) -> None:
        self.site = site
        self.index: Any = None
        self.tried = False
        self.build_id: str | None = None

    def __call__(self, lat: float, lon: float) -> str | None:
        if not self.tried:
            self.tried = True
            path = getattr(self.site, "places_file", None) if self.site is not None else None
            if path:
                try:
                    from models.places.index import PlacesIndex

                    self.index = PlacesIndex.open(path, site_places=self.site.places or None)
                    self.build_id = self.index.build_id
                except Exception as exc:  # a report must never fail for a name
                    _LOGGER.warning("places index not used for the report: %s", exc)
        if self.index is None:
            return None
        name = self.index.reverse(lat, lon)
        if name is None:
            return None
        return name.label if name.label.endswith(" m") else f"{name.label}, {name.distance_m:.0f} m"

    def close(self) -> None:
        if self.index is not None:
            self.index.close()


def _catalogue(site: Site | None) -> Catalogue:
    if site is None:
        return default_catalogue()
    from console.config.site import site_catalogue

    try:
        return site_catalogue(site)
    except CatalogueError as exc:  # a broken site catalogue must not stop a report
        _LOGGER.warning("site catalogue unusable, using the embedded one: %s", exc)
        return default_catalogue()


class _Collector:
    """Two passes over the history: who belongs to the incident, then what happened."""

    def __init__(self, incident_id: str, history: list[StoredEvent]) -> None:
        self.incident_id = incident_id
        self.history = history
        self.created: StoredEvent | None = None
        self.calls: list[str] = []
        self.alerts: list[str] = []

    def find_members(self) -> None:
        iid = self.incident_id
        for event in self.history:
            p = event.payload or {}
            if p.get("incident_id") != iid:
                continue
            if event.kind == ev.INCIDENT_CREATED and self.created is None:
                self.created = event
                if p.get("call_id"):
                    _add(self.calls, p["call_id"])
            elif event.kind == call_ev.CALL_ATTACHED:
                _add(self.calls, p.get("call_id"))
            elif event.kind in (alert_ev.ALERT_PROMOTED, alert_ev.ALERT_LINKED):
                _add(self.alerts, p.get("alert_id"))

    def about_incident(self) -> list[StoredEvent]:
        iid = self.incident_id
        calls, alerts = set(self.calls), set(self.alerts)
        committed: dict[str, str | None] = {}
        selected: list[StoredEvent] = []
        for event in self.history:
            p = event.payload or {}
            kind = event.kind
            if kind == ev.UNIT_STATUS:
                unit = p.get("unit")
                was = committed.get(unit) if isinstance(unit, str) else None
                if p.get("incident_id") == iid or was == iid:
                    selected.append(event)
                if isinstance(unit, str):
                    committed[unit] = p.get("incident_id")
            elif kind == ev.UNIT_ASSIGNED:
                if p.get("incident_id") == iid:
                    selected.append(event)
                    committed[str(p.get("unit"))] = iid
            elif kind.startswith("incident."):
                if p.get("incident_id") == iid:
                    selected.append(event)
            elif kind.startswith("call."):
                if p.get("call_id") in calls:
                    selected.append(event)
            elif kind.startswith("alert.") and p.get("alert_id") in alerts:
                selected.append(event)
        return selected


def _add(items: list[str], value: Any) -> None:
    if isinstance(value, str) and value not in items:
        items.append(value)


def _first(events: list[StoredEvent], kind: str, **match: Any) -> datetime | None:
    for event in events:
        p = event.payload or {}
        if event.kind == kind and all(p.get(k) == v for k, v in match.items()):
            return _aware(event.rx_time)
    return None


def response_intervals(events: list[StoredEvent], incident_id: str) -> tuple[Interval, ...]:
    """Call offered/answered → created → first dispatched → first on scene."""
    offered = _first(events, call_ev.CALL_OFFERED)
    answered = _first(events, call_ev.CALL_ANSWERED)
    created = _first(events, ev.INCIDENT_CREATED)
    dispatched = _first(events, ev.UNIT_STATUS, status="dispatched", incident_id=incident_id)
    if dispatched is None:
        dispatched = _first(events, ev.UNIT_ASSIGNED)
    on_scene = _first(events, ev.UNIT_STATUS, status="on scene", incident_id=incident_id)
    return (
        Interval("Call offered → answered", offered, answered),
        Interval("Call answered → incident created", answered, created),
        Interval("Incident created → first unit dispatched", created, dispatched),
        Interval("First unit dispatched → first unit on scene", dispatched, on_scene),
        Interval("Incident created → first unit on scene", created, on_scene),
        Interval("Call offered → first unit on scene", offered, on_scene),
    )


def _unit_marks(store: Store, events: list[StoredEvent], site: Site | None) -> tuple[UnitMark, ...]:
    last_status: dict[str, str] = {}
    for event in events:
        p = event.payload or {}
        if event.kind == ev.UNIT_ASSIGNED:
            last_status.setdefault(str(p.get("unit")), "assigned")
        elif event.kind == ev.UNIT_STATUS:
            last_status[str(p.get("unit"))] = str(p.get("status"))
    if not last_status:
        return ()
    positions = store.unit_positions()
    marks = []
    for call_sign, status in last_status.items():
        unit_type, discipline = "", ""
        if site is not None:
            try:
                unit = site.unit(call_sign)
                unit_type, discipline = unit.unit_type, unit.discipline
            except KeyError:
                pass
        row = positions.get(call_sign)
        marks.append(
            UnitMark(
                call_sign=call_sign,
                unit_type=unit_type,
                discipline=discipline,
                status=status,
                lat=row.lat if row else None,
                lon=row.lon if row else None,
                fix_time=_aware(row.fix_time or row.rx_time) if row else None,
            )
        )
    return tuple(marks)


def gather_report(store: Store, incident_id: str, site: Site | None) -> ReportData:
    """Everything an incident report shows; see the module docstring."""
    history = list(reversed(store.latest_events(HISTORY_LIMIT, kinds=_KINDS)))
    collector = _Collector(incident_id, history)
    collector.find_members()
    created = collector.created
    if created is None:
        raise UnknownIncidentError(f"no incident {incident_id!r} in the store")
    events = collector.about_incident()
    catalogue = _catalogue(site)
    type_names = {t.code: t.name for t in catalogue.incident_types()}

    def type_name(code: str) -> str:  # the catalogue's name, in the console's language
        return incident_type_label(type_names.get(code, code))

    zone: tzinfo = site.tzinfo if site is not None else UTC
    p = created.payload or {}
    type_code = str(p.get("type"))
    try:
        itype = catalogue.incident_type(type_code)
        shown_type, discipline = incident_type_label(itype.name), itype.discipline
    except CatalogueError:
        shown_type, discipline = type_code, ""
    # The newest closing or reopening is in force: a reopened incident is open again.
    closing = (ev.INCIDENT_CLOSED, ev.INCIDENT_REOPENED)
    last = next((e for e in reversed(events) if e.kind in closing), None)
    closed = last if last is not None and last.kind == ev.INCIDENT_CLOSED else None
    moved = next((e for e in reversed(events) if e.kind == ev.INCIDENT_LOCATION), None)
    in_force: dict[str, Any] = dict(p) if moved is None else dict(moved.payload or {})
    namer = _Namer(site)
    try:
        timeline = tuple(
            TimelineEntry(
                seq=e.seq,
                time=_aware(e.rx_time),
                local_time=local_text(e.rx_time, zone),
                who=who_of(e.source),
                kind=e.kind,
                text=summarize(e, type_name=type_name, namer=namer),
            )
            for e in events
        )
    finally:
        namer.close()
    builds = sorted(
        {
            str(part["build_id"])
            for part in (in_force.get("place"), in_force.get("reverse"))
            if isinstance(part, dict) and part.get("build_id")
        }
    )
    return ReportData(
        incident_id=incident_id,
        type_code=type_code,
        type_name=shown_type,
        discipline=discipline,
        priority=int(p.get("priority") or 0),
        lat=float(in_force.get("lat") or p.get("lat") or 0.0),
        lon=float(in_force.get("lon") or p.get("lon") or 0.0),
        location=in_force.get("location"),
        created=_aware(created.rx_time),
        created_by=who_of(created.source),
        closed=_aware(closed.rx_time) if closed else None,
        disposition=(closed.payload or {}).get("disposition") if closed else None,
        timezone=site.timezone if site is not None else "UTC",
        site_name=site.name if site is not None else "",
        calls=tuple(collector.calls),
        alerts=tuple(collector.alerts),
        units=_unit_marks(store, events, site),
        timeline=timeline,
        intervals=response_intervals(events, incident_id),
        generated=datetime.now(UTC),
        place=place_summary(in_force) or None,
        places_build=", ".join(builds) or None,
        names_build=namer.build_id,
    )
