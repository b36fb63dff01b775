"""Incident report rendering: ``ReportData`` -> a PDF file, with Qt.

Contract: ``render_map_snapshot(data, site, size) -> QImage`` draws the site,
the incident and its units' last known positions on an offscreen
``MapWidget`` and grabs it (a null image without a site).
``write_report_pdf(data, out, map_image=None) -> None`` lays out a header
(incident, type, priority, place, created/closed, disposition, calls,
alerts), the map snapshot, the response intervals and the timeline table
with ``QTextDocument`` and prints it with ``QPdfWriter`` (A4, 300 dpi).
Needs a ``QApplication`` (the map is a widget); runs on the GUI thread.
Raises ``OSError`` when the file cannot be written.
"""

from __future__ import annotations

import html
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from console.reports.incident_data import MISSING, ReportData
from models.geo import LocalProjection
from widgets.views import IncidentView, StationView, UnitView

if TYPE_CHECKING:
    from console.config.site import Site

_LOGGER = logging.getLogger(__name__)

MAP_SIZE = QSize(1200, 800)
MAP_URL = QUrl("report://map.png")
# The map paints on a display timer; a snapshot waits at most this long for it.
PAINT_TIMEOUT_S = 5.0
_MIN_VIEW_M = 1500.0
ATTRIBUTION = "© OpenStreetMap contributors"


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def _esc(text: object) -> str:
    return html.escape(str(text)) if text is not None else MISSING


def render_map_snapshot(data: ReportData, site: Site | None, size: QSize = MAP_SIZE) -> QImage:
    """The incident and its units on the site map, as an image."""
    if site is None:
        return QImage()
    from widgets.map_widget import MapWidget  # deferred: pyqtgraph is heavy

    widget = MapWidget()
    # Rendered for the PDF only: never flash a window on a control-room screen.
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(size)
    try:
        projection = LocalProjection(site.center_lat, site.center_lon)
        stations = [
            StationView(s.station_id, s.name, s.discipline, s.lat, s.lon) for s in site.stations
        ]
        widget.set_site(projection, site.roads, stations, ATTRIBUTION)
        widget.set_units(
            [
                UnitView(
                    call_sign=u.call_sign,
                    unit_type=u.unit_type,
                    discipline=u.discipline,
                    station_id=None,
                    status=u.status,
                    lat=u.lat,
                    lon=u.lon,
                    fix_time=u.fix_time,
                    incident_id=data.incident_id,
                )
                for u in data.units
            ]
        )
        # Drawn as open whatever its state: the report is about where it was.
        widget.set_incidents(
            [
                IncidentView(
                    incident_id=data.incident_id,
                    type_code=data.type_code,
                    type_name=data.type_name,
                    discipline=data.discipline,
                    priority=data.priority,
                    lat=data.lat,
                    lon=data.lon,
                    location=data.location,
                    created=data.created,
                    status="open",
                    units=tuple(u.call_sign for u in data.units),
                )
            ]
        )
        widget.show()
        _frame_view(widget, projection, data)
        painted = widget.frames_painted
        deadline = time.monotonic() + PAINT_TIMEOUT_S
        while widget.frames_painted <= painted and time.monotonic() < deadline:
            QApplication.processEvents()
        if widget.frames_painted <= painted:
            _LOGGER.warning("the report map did not paint within %.0f s", PAINT_TIMEOUT_S)
        return widget.grab().toImage()
    finally:
        widget.close()
        widget.deleteLater()


def _frame_view(widget: object, projection: LocalProjection, data: ReportData) -> None:
    """Centre on the incident, zoomed out just enough to show its units."""
    x0, y0 = projection.forward(data.lat, data.lon)
    reach = _MIN_VIEW_M / 2
    for unit in data.units:
        if unit.lat is not None and unit.lon is not None:
            x, y = projection.forward(unit.lat, unit.lon)
            reach = max(reach, abs(x - x0) * 1.2, abs(y - y0) * 1.2)
    widget.center_on(data.lat, data.lon)  # type: ignore[attr-defined]
    view = widget.view_rect()  # type: ignore[attr-defined]
    shortest = min(view.width(), view.height())
    if shortest > 0:
        widget.zoom_by(2 * reach / shortest)  # type: ignore[attr-defined]
    widget.center_on(data.lat, data.lon)  # type: ignore[attr-defined]


def report_html(data: ReportData, with_map: bool) -> str:
    """The report as the rich-text subset ``QTextDocument`` understands."""
    rows = [
        (_tr("Type"), f"{data.type_name} ({data.type_code})"),
        (_tr("Priority"), f"P{data.priority}"),
        (_tr("Location"), data.location or f"{data.lat:.5f}, {data.lon:.5f}"),
        (_tr("Coordinates"), f"{data.lat:.5f}, {data.lon:.5f}"),
        (_tr("Created"), f"{data.local(data.created)} ({_tr('by')} {data.created_by})"),
        (_tr("Closed"), data.local(data.closed)),
        (_tr("Disposition"), data.disposition or MISSING),
        (_tr("Calls"), ", ".join(data.calls) or MISSING),
        (_tr("Alerts"), ", ".join(data.alerts) or MISSING),
        (_tr("Units"), ", ".join(u.call_sign for u in data.units) or MISSING),
    ]
    parts = [
        f"<h1>{_esc(_tr('Incident report'))} {_esc(data.incident_id)}</h1>",
        f"<p>{_esc(data.site_name)} — {_esc(_tr('times in'))} {_esc(data.timezone)} — "
        f"{_esc(_tr('generated'))} {_esc(data.local(data.generated))}</p>",
        '<table cellpadding="3">',
        *(f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows),
        "</table>",
    ]
    if with_map:
        parts.append(f'<p><img src="{MAP_URL.toString()}" width="640"></p>')
    parts.append(f"<h2>{_esc(_tr('Response intervals'))}</h2>")
    parts.append('<table border="1" cellspacing="0" cellpadding="3">')
    for interval in data.intervals:
        parts.append(
            f"<tr><td>{_esc(_tr(interval.label))}</td><td>{_esc(interval.text)}</td>"
            f"<td>{_esc(data.local(interval.start))}</td>"
            f"<td>{_esc(data.local(interval.end))}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h2>{_esc(_tr('Timeline'))}</h2>")
    parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
    parts.append(
        f"<tr><th>{_esc(_tr('Time'))}</th><th>{_esc(_tr('Who'))}</th>"
        f"<th>{_esc(_tr('Event'))}</th></tr>"
    )
    for entry in data.timeline:
        parts.append(
            f"<tr><td>{_esc(entry.local_time)}</td><td>{_esc(entry.who)}</td>"
            f"<td>{_esc(entry.text)}</td></tr>"
        )
    parts.append("</table>")
    return "\n".join(parts)


def write_report_pdf(data: ReportData, out: str | Path, map_image: QImage | None = None) -> None:
    """Write the report to ``out`` as PDF; ``OSError`` when it cannot be written."""
    path = Path(out)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Incident report {data.incident_id}")
    writer.setCreator("dispatch-console")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 9pt; } h1 { font-size: 16pt; }")
    with_map = map_image is not None and not map_image.isNull()
    if with_map:
        document.addResource(QTextDocument.ResourceType.ImageResource, MAP_URL, map_image)
    document.setHtml(report_html(data, with_map))
    document.print_(writer)
    # QPdfWriter reports no error; an unwritable path leaves no file behind.
    del writer
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
