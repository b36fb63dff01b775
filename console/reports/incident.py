"""Incident reports: gather from the store, render to PDF.

Contract: ``write_report(store, incident_id, site, out) -> ReportData``
gathers the report (``console.reports.incident_data.gather_report``, Qt-free; raises
``UnknownIncidentError``), draws the map snapshot and writes the PDF
(``console.reports.incident_pdf``; needs a ``QApplication``; ``OSError`` when the file
cannot be written). The GUI can call the two halves separately: gathering
off the GUI thread, rendering on it.
"""

from __future__ import annotations

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

__all__ = [
    "MISSING",
    "Interval",
    "ReportData",
    "TimelineEntry",
    "UnitMark",
    "UnknownIncidentError",
    "gather_report",
    "write_report",
]


def write_report(store: Store, incident_id: str, site: Site | None, out: str | Path) -> ReportData:
    from console.reports.incident_pdf import render_map_snapshot, write_report_pdf  # deferred: Qt

    data = gather_report(store, incident_id, site)
    write_report_pdf(data, out, render_map_snapshot(data, site))
    return data
