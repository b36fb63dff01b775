"""Incident reports: gather from the store, render to PDF.

Contract: ``write_report(store, incident_id, site, out) -> ReportData``
gathers the report (``console.reports.incident_data.gather_report``, Qt-free; raises
``UnknownIncidentError``), draws the map snapshot and writes the PDF
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
from pathlib import Path
from typing import TYPE_CHECKING

from console.reports.incident_data import (
    MISSING,
    Interval,
    ReportData,
    TimelineEntry,
    UnitMark,
    UnknownIncidentError,
    gather_report,
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
    "write_report",
]


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
