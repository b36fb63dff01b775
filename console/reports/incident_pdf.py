"""Incident report rendering: ``ReportData`` -> a PDF file, with Qt.

Contract: ``render_map_snapshot(data, site, size) -> QImage`` draws the site,
the incident and its units' last known positions on an offscreen
``MapWidget`` and renders it at ``MAP_DPR`` times its size (a null image
without a site). ``size`` is the map's size in CSS pixels before the
enlargement ``MAP_ENLARGE``: the default fills the report's text column, so
the map never runs wider than the text, and its labels print at about 8.5 pt
(the widget's own label size, enlarged), its scale bar and its attribution
whole inside the image; the attribution is printed under the map again.
``write_report_pdf(data, out, map_image=None, *, exercise=None) -> None``
lays out a header table (incident, type, priority, place, created/closed,
disposition, calls, alerts, units; the field names are row headers), the map
snapshot, the response intervals (columns Interval, Duration, From, To) and
the timeline (Time, Who, Event) with ``QTextDocument``, and paints it page by
page with ``QPdfWriter`` (A4, 15 mm margins, 300 dpi): every table has a
header row, repeated on each page a table continues on; every page has a
running head (report and incident id) and a footer ("page n of N"). With
``exercise`` (a drill's title, "" when unknown) every page also carries an
orange "EXERCISE" band in its head and "EXERCISE" in its footer, and the
first page says it is a drill report, so no page of a drill's report can
pass for a real incident's. In Hebrew and Arabic (``widgets.bidi.right_to_left``)
the tables run right to left (their first column on the right) and each
left-to-right value is kept whole on one line. Needs a ``QApplication`` (the map is a widget);
runs on the GUI thread. Raises ``OSError`` when the file cannot be written.
"""

from __future__ import annotations

import html
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget

from console.reports.incident_data import MISSING, ReportData
from models.geo import LocalProjection
from widgets.bidi import right_to_left
from widgets.bidi import shown_isolated as iso
from widgets.bidi import shown_ltr as ltr
from widgets.views import IncidentView, StationView, UnitView

if TYPE_CHECKING:
    from console.config.site import Site

_LOGGER = logging.getLogger(__name__)

RESOLUTION_DPI = 300
CSS_DPI = 96.0  # the document is laid out in CSS pixels and scaled onto the page
PAGE_MARGIN_MM = 15.0
HEAD_MM = 10.0
FOOT_MM = 8.0
#: The text column in CSS pixels: A4's 210 mm less both margins.
COLUMN_PX = round((210.0 - 2 * PAGE_MARGIN_MM) / 25.4 * CSS_DPI)
MAP_HEIGHT_PX = round(COLUMN_PX * 0.62)
#: The map widget is laid out this much smaller than it prints, so its labels
#: (the console's own, about 7.5 pt on screen) print at about 8.5 pt.
MAP_ENLARGE = 1.1
#: Rendered at this many image pixels per CSS pixel: sharp at 300 dpi.
MAP_DPR = 3.0
MAP_SIZE = QSize(round(COLUMN_PX / MAP_ENLARGE), round(MAP_HEIGHT_PX / MAP_ENLARGE))
MAP_URL = QUrl("report://map.png")
EXERCISE_FILL = "#ff7a00"  # the drill banner's orange
# The map paints on a display timer; a snapshot waits at most this long for it.
PAINT_TIMEOUT_S = 5.0
_MIN_VIEW_M = 1500.0
ATTRIBUTION = "© OpenStreetMap contributors"


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def _esc(text: object) -> str:
    return html.escape(_unbroken_values(str(text))) if text is not None else MISSING


_LTR_VALUE = re.compile("\u2066[^\u2066\u2068\u2069]*\u2069")


def _unbroken_values(text: str) -> str:
    """Each left-to-right value (an LRI ... PDI isolate: coordinates, "± 150 m", a call
    sign) kept together: Qt's layout resolves direction line by line, so a value wrapped
    at one of its spaces inside a right-to-left line comes out scrambled ("(%" for "%)").
    Its spaces become FIGURE SPACE (no break, and unlike NO-BREAK SPACE not a number
    separator to the bidi algorithm, which scrambles "(90 %)" too)."""
    return _LTR_VALUE.sub(lambda m: m.group(0).replace(" ", "\u2007"), text)


def _row(cells: list[str]) -> str:
    """A table row's cells, first cell on the reader's side (right in Hebrew and Arabic:
    Qt's rich text does not mirror tables)."""
    return "".join(reversed(cells) if right_to_left() else cells)


def render_map_snapshot(data: ReportData, site: Site | None, size: QSize = MAP_SIZE) -> QImage:
    """The incident and its units on the site map, as an image of ``MAP_DPR`` x ``size``."""
    if site is None:
        return QImage()
    from console.reports.map_names import read_map_names, show_map_names
    from widgets.i18n import installed_language
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
        # Streets named as on the console's map, in the report's language.
        show_map_names(widget, read_map_names(site, installed_language()), wait=True)
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
        painted = widget.frames_painted
        _frame_view(widget, projection, data)  # centring it paints a frame at once
        # Drawn once the view is framed, and nothing more waits to be (its display
        # timer stops when a tick finds nothing to draw: labels placed, names shown).
        deadline = time.monotonic() + PAINT_TIMEOUT_S

        def settled() -> bool:
            return widget.frames_painted > painted and not widget.frame_clock().isActive()

        while not settled() and time.monotonic() < deadline:
            QApplication.processEvents()
        if not settled():
            _LOGGER.warning("the report map did not settle within %.0f s", PAINT_TIMEOUT_S)
        image = QImage(
            round(size.width() * MAP_DPR),
            round(size.height() * MAP_DPR),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(MAP_DPR)
        image.fill(Qt.GlobalColor.white)
        _print_quality(widget)
        # Rendered, not grabbed: the scene is drawn again at the image's pixel
        # ratio, so roads and labels are sharp on paper instead of upscaled.
        widget.render(image)
        return image
    finally:
        widget.close()
        widget.deleteLater()


def _print_quality(widget: QWidget) -> None:
    """Let this one-off snapshot map draw every item afresh, antialiased, for paper.

    On screen the map caches road pixmaps at screen resolution; rendered at
    ``MAP_DPR`` those caches would be scaled up into staircases.
    """
    for view in widget.findChildren(QGraphicsView):
        view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene = view.scene()
        if scene is not None:
            for item in scene.items():
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)


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


def report_html(data: ReportData, with_map: bool, exercise: str | None = None) -> str:
    """The report as the rich-text subset ``QTextDocument`` understands."""
    coordinates = ltr(f"{data.lat:.5f}, {data.lon:.5f}")
    created = f"{ltr(data.local(data.created))} ({_tr('by')} {iso(data.created_by)})"
    rows = [
        (_tr("Type"), f"{iso(data.type_name)} ({ltr(data.type_code)})"),
        (_tr("Priority"), ltr(f"P{data.priority}")),
        (_tr("Location"), iso(data.location) if data.location else coordinates),
        (_tr("Coordinates"), coordinates),
        (_tr("Created"), created),
        (_tr("Closed"), ltr(data.local(data.closed))),
        (_tr("Disposition"), iso(data.disposition) if data.disposition else MISSING),
        (_tr("Calls"), ltr(", ".join(data.calls)) or MISSING),
        (_tr("Alerts"), ltr(", ".join(data.alerts)) or MISSING),
        (_tr("Units"), ltr(", ".join(u.call_sign for u in data.units)) or MISSING),
    ]
    parts = []
    if exercise is not None:
        what = _tr("EXERCISE — drill report, not a real incident")
        if exercise:
            what = f"{what}: {exercise}"
        parts.append(
            f'<table width="100%" cellpadding="6" bgcolor="{EXERCISE_FILL}"><tr>'
            f'<td align="center"><b>{_esc(what)}</b></td></tr></table>'
        )
    parts += [
        f"<h1>{_esc(_tr('Incident report'))} {_esc(ltr(data.incident_id))}</h1>",
        f"<p>{_lead()}{_esc(iso(data.site_name))} — {_esc(_tr('times in'))} "
        f"{_esc(ltr(data.timezone))} — "
        f"{_esc(_tr('generated'))} {_esc(ltr(data.local(data.generated)))}</p>",
        f'<table cellpadding="3" align="{_start()}">',
        *(
            "<tr>"
            + _row([f'<th align="{_start()}">{_esc(k)}</th>', f"<td>{_lead()}{_esc(v)}</td>"])
            + "</tr>"
            for k, v in rows
        ),
        "</table>",
    ]
    if with_map:
        parts.append(
            f'<p><img src="{MAP_URL.toString()}" width="{COLUMN_PX}" height="{MAP_HEIGHT_PX}">'
            f"<br><small>{_esc(_tr('Map data'))} {_esc(ATTRIBUTION)} (ODbL)</small></p>"
        )
    parts.append(f"<h2>{_esc(_tr('Response intervals'))}</h2>")
    parts.append(
        _table(
            (_tr("Interval"), _tr("Duration"), _tr("From"), _tr("To")),
            [
                (
                    _tr(i.label),
                    i.text,
                    ltr(data.local(i.start)),
                    ltr(data.local(i.end)),
                )
                for i in data.intervals
            ],
        )
    )
    parts.append(f"<h2>{_esc(_tr('Timeline'))}</h2>")
    parts.append(
        _table(
            (_tr("Time"), _tr("Who"), _tr("Event")),
            [(ltr(e.local_time), iso(e.who), e.text) for e in data.timeline],
        )
    )
    return "\n".join(parts)


def _start() -> str:
    """Where a line starts for the reader."""
    return "right" if right_to_left() else "left"


def _lead() -> str:
    """RIGHT-TO-LEFT MARK before a cell's text in Hebrew and Arabic: a cell that opens
    with a value (a time, a call sign) is still laid out right to left."""
    return "\u200f" if right_to_left() else ""


def _table(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    """A full-width table whose header row repeats on every page it runs onto."""
    head = _row([f'<th align="{_start()}" bgcolor="#e4e4e4">{_esc(h)}</th>' for h in header])
    body = "".join(
        "<tr>" + _row([f"<td>{_lead()}{_esc(cell)}</td>" for cell in row]) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def write_report_pdf(
    data: ReportData,
    out: str | Path,
    map_image: QImage | None = None,
    *,
    exercise: str | None = None,
) -> None:
    """Write the report to ``out`` as PDF; ``OSError`` when it cannot be written.

    ``exercise``: None for a live store's incident, else the drill's title
    ("" when unknown): every page is then marked EXERCISE.
    """
    path = Path(out)
    writer = QPdfWriter(str(path))
    title = _tr("Incident report {incident}").format(incident=data.incident_id)
    if exercise is not None:
        title = f"{_tr('EXERCISE')} — {title}"
    writer.setTitle(title)
    writer.setCreator("dispatch-console")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setUseDesignMetrics(True)  # laid out at 96 dpi, printed at 300: no hinting drift
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(
        "body { font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; }"
    )
    with_map = map_image is not None and not map_image.isNull()
    if with_map:
        document.addResource(QTextDocument.ResourceType.ImageResource, MAP_URL, map_image)
    document.setHtml(report_html(data, with_map, exercise))
    _paint_pages(writer, document, title, exercise)
    # QPdfWriter reports no error; an unwritable path leaves no file behind.
    del writer
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")


def _paint_pages(
    writer: QPdfWriter, document: QTextDocument, title: str, exercise: str | None
) -> None:
    scale = RESOLUTION_DPI / CSS_DPI
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    head = _mm(HEAD_MM)
    foot = _mm(FOOT_MM)
    body = QSizeF(area.width() / scale, (area.height() - head - foot) / scale)
    document.setPageSize(body)
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            clip = QRectF(0.0, page * body.height(), body.width(), body.height())
            painter.save()
            painter.translate(0.0, head)
            painter.scale(scale, scale)
            painter.translate(0.0, -clip.top())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
            _paint_head_and_foot(painter, area.width(), area.height(), title, exercise,
                                 page + 1, pages)  # fmt: skip
    finally:
        painter.end()


def _paint_head_and_foot(
    painter: QPainter,
    width: float,
    height: float,
    title: str,
    exercise: str | None,
    page: int,
    pages: int,
) -> None:
    font = QFont()
    font.setPointSizeF(8.0)
    painter.setFont(font)
    head = _mm(HEAD_MM)
    band = QRectF(0.0, 0.0, width, head - _mm(2.0))
    if exercise is not None:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(11.0)
        painter.fillRect(band, QColor(EXERCISE_FILL))
        painter.setFont(bold)
        painter.setPen(QColor("black"))
        text = _tr("EXERCISE — DRILL — NOT A REAL INCIDENT")
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(font)
    else:
        painter.setPen(QColor("#404040"))
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
    foot = QRectF(0.0, height - _mm(FOOT_MM) + _mm(2.0), width, _mm(FOOT_MM) - _mm(2.0))
    painter.setPen(QColor("#404040"))
    painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
    painter.drawText(
        foot,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        _tr("page {page} of {pages}").format(page=page, pages=pages),
    )


def _mm(value: float) -> float:
    """Millimetres in device pixels at the report's resolution."""
    return value / 25.4 * RESOLUTION_DPI
