"""Incident reports: gather from the store, render to PDF.

Contract: ``gather_report(store, incident_id, site) -> ReportData`` is
``console.reports.incident_data.gather_report`` (Qt-free; raises
``UnknownIncidentError``) with the response intervals of
``models.stats.incident.incident_intervals``: the one implementation the
wallboard, ``stats`` and drill scoring share (call answering and
processing of the first call, alarm handling, every unit's turnout and
travel, total response; one the definitions exclude, e.g. an ALI call's
answering, is shown as not timed with the reason, never guessed). It reads
the incident's own events once more, narrowly
(``models.stats.reader.incident_stat_events``).
``write_report(store, incident_id, site, out) -> ReportData``
gathers the report (``gather_report`` above), draws the map snapshot and writes the PDF
(``console.reports.incident_pdf``; needs a ``QApplication``; ``OSError`` when the file
cannot be written). The GUI can call the two halves separately: gathering
off the GUI thread, rendering on it. A drill store's report is marked
EXERCISE on every page.

``exercise_title(store) -> str | None`` says whether a store holds a drill:
None for a live store (or one that predates store purposes), else the
drill's scenario title from its ``drill.started`` event ("" when the drill
never started). It reads one ``store_info`` row and, on a drill store, the
first events only: cheap on a live store of any size. Runs SQL: call it off
the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.reports import incident_data
from console.reports.incident_data import (
    MISSING,
    Interval,
    ReportData,
    TimelineEntry,
    UnitMark,
    UnknownIncidentError,
)

if TYPE_CHECKING:
    from console.config.site import Site
    from models.store import Store

_LOGGER = logging.getLogger(__name__)

#: How many of a drill store's first events are searched for ``drill.started``.
_DRILL_HEAD_EVENTS = 200

__all__ = [
    "MISSING",
    "Interval",
    "ReportData",
    "TimelineEntry",
    "UnitMark",
    "UnknownIncidentError",
    "exercise_title",
    "gather_report",
    "shared_intervals",
    "write_report",
]


def shared_intervals(events: list[Any], incident_id: str) -> tuple[Interval, ...]:
    """The report's rows from ``models.stats.incident.incident_intervals``."""
    from models.stats.incident import incident_intervals

    return tuple(
        Interval(i.label if i.note is None else f"{i.label} ({i.note})", i.start, i.end)
        for i in incident_intervals(events, incident_id)
    )


def gather_report(store: Store, incident_id: str, site: Site | None) -> ReportData:
    """``incident_data.gather_report`` with the shared intervals (module docstring)."""
    from models.stats.reader import incident_stat_events

    data = incident_data.gather_report(store, incident_id, site)
    events = incident_stat_events(
        store, incident_id, data.calls, data.alerts, [u.call_sign for u in data.units]
    )
    return replace(data, intervals=shared_intervals(events, incident_id))


def exercise_title(store: Store) -> str | None:
    """None for a live store; a drill store's scenario title ("" if unknown)."""
    from sqlalchemy.exc import SQLAlchemyError

    from models.drills.events import DRILL_STARTED
    from models.store import queries

    try:
        with store.engine.connect() as conn:
            purpose = queries.store_info(conn, "purpose")
    except SQLAlchemyError as exc:  # a store from before purposes were recorded
        _LOGGER.info("store %s has no purpose recorded: %s", store.where, exc)
        return None
    if purpose != "drill":
        return None
    for event in store.events_since(0, _DRILL_HEAD_EVENTS):
        if event.kind == DRILL_STARTED:
            return str((event.payload or {}).get("title") or "")
    return ""


def write_report(store: Store, incident_id: str, site: Site | None, out: str | Path) -> ReportData:
    from console.reports.incident_pdf import render_map_snapshot, write_report_pdf  # deferred: Qt

    data = gather_report(store, incident_id, site)
    exercise = exercise_title(store)
    write_report_pdf(data, out, render_map_snapshot(data, site), exercise=exercise)
    return data
