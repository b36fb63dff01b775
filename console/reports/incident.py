"""Incident reports: gather from the store, render to PDF.

Contract: ``gather_report(store, incident_id, site) -> ReportData`` is
``console.reports.incident_data.gather_report`` (Qt-free; raises
``UnknownIncidentError``) with the response intervals of
``models.stats.incident.incident_intervals``: the one implementation the
wallboard, ``stats`` and drill scoring share (call answering and
processing of the first call, alarm handling, every unit's turnout and
travel, total response; one the definitions exclude, e.g. an ALI call's
answering, is shown as not timed with the reason, never guessed), titled
in the language installed (``interval_label``). It reads
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

from PySide6.QtCore import QCoreApplication

from console.reports import incident_data
from console.reports.incident_data import (
    MISSING,
    Interval,
    ReportData,
    TimelineEntry,
    UnitMark,
    UnknownIncidentError,
)
from widgets.bidi import shown_isolated, shown_ltr

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
    "interval_label",
    "shared_intervals",
    "write_report",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def interval_label(interval: Any) -> str:
    """An interval's row title in the language installed: "Turnout HE11", "Call answering
    (C000001) (ALI: no ring start, not timed)" (``models.stats.incident`` writes English)."""
    key, label = interval.key, interval.label
    named = {
        "alarm_handling": _tr("Alarm handling"),
        "total_response": _tr("Total response"),
    }
    with_unit = {"turnout": _tr("Turnout {unit}"), "travel": _tr("Travel {unit}")}
    with_call = {
        "answering": _tr("Call answering ({call})"),
        "processing": _tr("Call processing ({call})"),
    }
    if key in named:
        text = named[key]
    elif key in with_unit and interval.unit:
        text = with_unit[key].format(unit=shown_ltr(interval.unit))
    elif key in with_call and label.endswith(")") and "(" in label:
        text = with_call[key].format(call=shown_ltr(label[label.rindex("(") + 1 : -1]))
    else:
        text = shown_isolated(label)
    if interval.note is None:
        return text
    return _tr("{label} ({note})").format(label=text, note=_note_text(interval.note))


def _note_text(note: str) -> str:
    """Why an interval was not timed (``models.stats.incident`` notes), translated."""
    notes = {
        "abandoned before it was answered": _tr("abandoned before it was answered"),
        "answered after the first dispatch": _tr("answered after the first dispatch"),
        "no incident": _tr("no incident"),
        "stood down before it got there": _tr("stood down before it got there"),
        "on scene without en route": _tr("on scene without en route"),
        "its dispatch is not in the log": _tr("its dispatch is not in the log"),
    }
    if note in notes:
        return notes[note]
    suffix = ": no ring start, not timed"
    if note.endswith(suffix):
        return _tr("{via}: no ring start, not timed").format(
            via=shown_ltr(note.removesuffix(suffix))
        )
    return shown_isolated(note)


def shared_intervals(events: list[Any], incident_id: str) -> tuple[Interval, ...]:
    """The report's rows from ``models.stats.incident.incident_intervals``, titled in the
    language installed."""
    from models.stats.incident import incident_intervals

    return tuple(
        Interval(interval_label(i), i.start, i.end) for i in incident_intervals(events, incident_id)
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
