"""Every text of the console reaches WCAG 2.x AA contrast (4.5:1) in every theme.

The live main window (on a store holding a realistic shift: a call, an
incident with a unit, an alert), the replay window of that store, and the
console's dialogs are walked in each theme: day, night, day+drill and
night+drill. For every visible, enabled widget that shows text (labels,
buttons, check boxes, line and text edits, combo boxes, tab bars, dock
titles, group box titles, menu bars, table and tree cells, headers) the
foreground is the colour the widget paints its text with (its palette after
style sheets are applied, or the model's ForegroundRole for a cell) and the
background is sampled from the window as actually rendered (the most
frequent colour under the text's rectangle), so a label that shows its
parent's tinted background through is judged on that tint. A failure names
the theme, the widget's path, its text and the ratio.

Set ``DISPATCH_CONTRAST_GRABS`` to a folder to keep every rendered window
as a PNG. Disabled widgets are exempt (WCAG 1.4.3 exempts inactive user-interface
components). A custom-painted widget (the map, the unit tiles, the timeline's
plot) is judged on the texts it names itself: a method
``contrast_samples() -> [(text, QColor ink, QRect in widget coordinates)]``
is walked like any label, the background again sampled from the rendering.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QStyle,
    QStyleOptionDockWidget,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from widgets.themes import AA_TEXT, THEMES, apply_theme, contrast_ratio, mark_drill

pytestmark = pytest.mark.timeout(300)

VARIANTS: tuple[tuple[str, bool], ...] = (
    ("day", False),
    ("night", False),
    ("day", True),
    ("night", True),
)
_MIN_AREA = 12  # px²: smaller rectangles show no text worth judging
_MAX_ROWS = 40  # cells per view judged (the visible ones, top first)
GRABS_VAR = "DISPATCH_CONTRAST_GRABS"  # a folder: every rendered window is saved there


@dataclass(frozen=True, slots=True)
class TextSample:
    where: str  # the widget's path and what it shows
    foreground: QColor
    rect: QRect  # in the top-level window's coordinates


@dataclass(frozen=True, slots=True)
class Failure:
    where: str
    ratio: float
    foreground: str
    background: str

    def __str__(self) -> str:
        return f"{self.where}: {self.ratio:.2f}:1 ({self.foreground} on {self.background})"


# -- the walk ----------------------------------------------------------------------------


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    kind = type(widget).__name__
    return f"{kind}#{name}" if name else kind


def _path(widget: QWidget, top: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        if current.objectName() or isinstance(current, QDockWidget) or current is widget:
            parts.append(_name(current))
        current = current.parentWidget()
    parts.append(_name(top))
    return "/".join(reversed(parts))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _colour(widget: QWidget, role: QPalette.ColorRole) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, role)


def _in_top(widget: QWidget, top: QWidget, rect: QRect) -> QRect:
    """``rect`` (widget coordinates) in ``top``'s, clipped to what of ``widget`` is visible."""
    visible = widget.visibleRegion().boundingRect()
    clipped = rect.intersected(visible)
    if clipped.isEmpty():
        return QRect()
    return QRect(widget.mapTo(top, clipped.topLeft()), clipped.size())


def _cell_foreground(view: QAbstractItemView, index: QModelIndex) -> QColor:
    data = index.data(Qt.ItemDataRole.ForegroundRole)
    if isinstance(data, QBrush):
        return data.color()
    if isinstance(data, QColor):
        return data
    selected = view.selectionModel() is not None and view.selectionModel().isSelected(index)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return _colour(view, role)


def _view_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    area = view.viewport().rect()
    if isinstance(view, QTreeView):
        index = view.indexAt(QPoint(2, 2))
        count = 0
        while index.isValid() and count < _MAX_ROWS:
            if not view.visualRect(index).intersects(area):
                break
            yield index.siblingAtColumn(0)
            index = view.indexBelow(index)
            count += 1
        return
    for row in range(min(model.rowCount(), 1000)):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        if rect.top() > area.bottom():
            break
        if rect.bottom() >= area.top():
            yield index


def _view_samples(view: QAbstractItemView, top: QWidget, where: str) -> Iterator[TextSample]:
    model = view.model()
    viewport = view.viewport()
    for first in _view_rows(view):
        if isinstance(view, QListView):
            columns = [view.modelColumn()]
        else:
            columns = list(range(model.columnCount(first.parent())))
        for column in columns:
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            if isinstance(view, QTreeView) and view.isColumnHidden(column):
                continue
            index = first.siblingAtColumn(column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or str(text).strip() == "":
                continue
            rect = view.visualRect(index).intersected(viewport.rect())
            yield TextSample(
                f"{where} cell({index.row()},{column}) {_short(str(text))}",
                _cell_foreground(view, index),
                _in_top(viewport, top, rect),
            )


def _header_samples(header: QHeaderView, top: QWidget, where: str) -> Iterator[TextSample]:
    model = header.model()
    if model is None:
        return
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or str(text).strip() == "":
            continue
        position = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        if header.orientation() == Qt.Orientation.Horizontal:
            rect = QRect(position, 0, size, header.height())
        else:
            rect = QRect(0, position, header.width(), size)
        data = model.headerData(logical, header.orientation(), Qt.ItemDataRole.ForegroundRole)
        colour = data.color() if isinstance(data, QBrush) else None
        if isinstance(data, QColor):
            colour = data
        foreground = colour or _colour(header, QPalette.ColorRole.ButtonText)
        rect = rect.intersected(header.viewport().rect())
        yield TextSample(
            f"{where} section {_short(str(text))}",
            foreground,
            _in_top(header.viewport(), top, rect),
        )


def _dock_title(dock: QDockWidget, top: QWidget, where: str) -> Iterator[TextSample]:
    if dock.titleBarWidget() is not None or not dock.windowTitle():
        return
    option = QStyleOptionDockWidget()
    option.initFrom(dock)
    option.rect = QRect(0, 0, dock.width(), dock.fontMetrics().height() + 6)
    rect = dock.style().subElementRect(QStyle.SubElement.SE_DockWidgetTitleBarText, option, dock)
    if rect.isEmpty():
        rect = option.rect
    yield TextSample(
        f"{where} title {_short(dock.windowTitle())}",
        _colour(dock, QPalette.ColorRole.WindowText),
        _in_top(dock, top, rect),
    )


def text_samples(top: QWidget) -> Iterator[TextSample]:
    """Every text ``top`` shows now, with the colour it is painted in and where."""
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not top:
            continue
        where = _path(widget, top)
        whole = widget.rect()
        if isinstance(widget, QLabel):
            if widget.text().strip() and widget.pixmap().isNull():
                yield TextSample(
                    f"{where} {_short(widget.text())}",
                    _colour(widget, widget.foregroundRole()),
                    _in_top(widget, top, widget.contentsRect()),
                )
        elif isinstance(widget, QAbstractButton):
            if widget.text().strip():
                yield TextSample(
                    f"{where} {_short(widget.text())}",
                    _colour(widget, widget.foregroundRole()),
                    _in_top(widget, top, whole),
                )
        elif isinstance(widget, QLineEdit):
            shown = widget.text() or widget.placeholderText()
            if shown.strip():
                role = (
                    QPalette.ColorRole.Text if widget.text() else QPalette.ColorRole.PlaceholderText
                )
                yield TextSample(
                    f"{where} {_short(shown)}", _colour(widget, role), _in_top(widget, top, whole)
                )
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            text = widget.toPlainText()
            if text.strip():
                viewport = widget.viewport()
                yield TextSample(
                    f"{where} {_short(text)}",
                    _colour(widget, QPalette.ColorRole.Text),
                    _in_top(viewport, top, viewport.rect()),
                )
        elif isinstance(widget, QComboBox):
            if widget.currentText().strip():
                role = (
                    QPalette.ColorRole.Text
                    if widget.isEditable()
                    else QPalette.ColorRole.ButtonText
                )
                yield TextSample(
                    f"{where} {_short(widget.currentText())}",
                    _colour(widget, role),
                    _in_top(widget, top, whole),
                )
        elif isinstance(widget, QAbstractSpinBox):
            if widget.text().strip():
                yield TextSample(
                    f"{where} {_short(widget.text())}",
                    _colour(widget, QPalette.ColorRole.Text),
                    _in_top(widget, top, whole),
                )
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                colour = widget.tabTextColor(tab)
                if not colour.isValid():
                    colour = _colour(widget, widget.foregroundRole())
                yield TextSample(
                    f"{where} tab {_short(widget.tabText(tab))}",
                    colour,
                    _in_top(widget, top, widget.tabRect(tab)),
                )
        elif isinstance(widget, QHeaderView):
            yield from _header_samples(widget, top, where)
        elif isinstance(widget, QAbstractItemView):
            yield from _view_samples(widget, top, where)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and action.text():
                    yield TextSample(
                        f"{where} menu {_short(action.text())}",
                        _colour(widget, widget.foregroundRole()),
                        _in_top(widget, top, widget.actionGeometry(action)),
                    )
        custom = getattr(widget, "contrast_samples", None)
        if callable(custom):  # a custom-painted widget names its own texts
            for text, colour, rect in custom():
                yield TextSample(
                    f"{where} {_short(text)}", QColor(colour), _in_top(widget, top, rect)
                )
        if isinstance(widget, QDockWidget):
            yield from _dock_title(widget, top, where)
        elif isinstance(widget, QGroupBox) and widget.title():
            height = widget.fontMetrics().height() + 2
            yield TextSample(
                f"{where} title {_short(widget.title())}",
                _colour(widget, QPalette.ColorRole.WindowText),
                _in_top(widget, top, QRect(0, 0, widget.width(), height)),
            )


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.sizeInBytes() // 4)
    return data.reshape(height, image.bytesPerLine() // 4)[:, :width] & 0xFFFFFF


def _background(pixels: np.ndarray, rect: QRect, scale: float) -> QColor | None:
    """The surface the text sits on: the most common colour under ``rect``.

    Frames and focus outlines are cut off (2 px inside), and colours are binned
    (3 bits per channel dropped) so a gradient (Fusion's buttons) counts as one
    surface, whose mean colour is returned.
    """
    inset = 2 if rect.width() > 8 and rect.height() > 8 else 0
    rect = rect.adjusted(inset, inset, -inset, -inset)
    top, left = int(rect.top() * scale), int(rect.left() * scale)
    bottom, right = int((rect.bottom() + 1) * scale), int((rect.right() + 1) * scale)
    area = pixels[max(0, top) : bottom, max(0, left) : right].reshape(-1)
    if area.size == 0:
        return None
    bins = area & 0xF8F8F8
    values, counts = np.unique(bins, return_counts=True)
    members = area[bins == values[int(np.argmax(counts))]]
    red = ((members >> 16) & 0xFF).mean()
    green = ((members >> 8) & 0xFF).mean()
    blue = (members & 0xFF).mean()
    return QColor(round(red), round(green), round(blue))


def check_window(top: QWidget, label: str) -> tuple[list[Failure], int]:
    """Render ``top`` and judge each of its texts; the failures and how many were judged.

    The caller lets Qt settle first (layouts, polish): ``processEvents`` outside a
    running qasync loop, ``await asyncio.sleep`` inside one.
    """
    pixmap = top.grab()
    if os.environ.get(GRABS_VAR):  # to look at what was judged
        name = f"{label}-{top.objectName() or type(top).__name__}".replace(" ", "_")
        pixmap.save(str(Path(os.environ[GRABS_VAR]) / f"{name}.png"))
    scale = pixmap.devicePixelRatio()
    pixels = _pixels(pixmap.toImage())
    failures: list[Failure] = []
    judged = 0
    seen: set[tuple[str, int, int]] = set()
    for sample in text_samples(top):
        rect = sample.rect
        if rect.width() * rect.height() < _MIN_AREA:
            continue
        key = (sample.where, rect.x(), rect.y())
        if key in seen:
            continue
        seen.add(key)
        background = _background(pixels, rect, scale)
        if background is None:
            continue
        foreground = QColor(sample.foreground)
        if foreground.alpha() < 255:  # composite a translucent ink over its surface
            alpha = foreground.alphaF()
            foreground = QColor.fromRgbF(
                foreground.redF() * alpha + background.redF() * (1 - alpha),
                foreground.greenF() * alpha + background.greenF() * (1 - alpha),
                foreground.blueF() * alpha + background.blueF() * (1 - alpha),
            )
        judged += 1
        ratio = contrast_ratio(foreground, background)
        if ratio < AA_TEXT:
            failures.append(
                Failure(f"{label} {sample.where}", ratio, foreground.name(), background.name())
            )
    return failures, judged


async def _settle() -> None:
    await asyncio.sleep(0.03)


async def check_with_every_dock(window: QMainWindow, label: str) -> tuple[list[Failure], int]:
    """``check_window`` with each tabified dock brought forward in turn."""
    await _settle()
    failures, judged = check_window(window, label)
    for dock in window.findChildren(QDockWidget):
        if (
            dock.isVisible()
            or dock.isFloating()
            or window.dockWidgetArea(dock) == (Qt.DockWidgetArea.NoDockWidgetArea)
        ):
            continue
        if dock.toggleViewAction().isChecked():
            dock.raise_()
            await _settle()
            more, count = check_window(window, label)
            failures += [f for f in more if f not in failures]
            judged += count
    return failures, judged


def _report(failures: list[Failure]) -> str:
    return f"{len(failures)} texts below {AA_TEXT}:1\n" + "\n".join(map(str, failures))


@pytest.fixture(autouse=True)
def _theme_restored(qapp: QApplication) -> Iterator[None]:
    """Tests here switch themes; the rest of the suite finds the application as it was."""
    import pyqtgraph as pg

    palette, style = QPalette(qapp.palette()), qapp.style().name()
    theme, drill = qapp.property("theme"), qapp.property("drill")
    options = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("theme", theme)
    qapp.setProperty("drill", drill)
    pg.setConfigOptions(background=options[0], foreground=options[1])


# -- the checker itself ------------------------------------------------------------------


def test_checker_names_a_pale_label_on_a_tinted_window(qtbot, qapp: QApplication) -> None:
    """The case from the field: night text on the old drill peach is named with its ratio."""
    apply_theme(qapp, "night", drill=False)
    window = QMainWindow()
    window.setObjectName("Probe")
    qtbot.addWidget(window)
    central = QWidget(window)
    window.setCentralWidget(central)
    label = QLabel("+358 40 123 4567", central)
    label.setObjectName("number")
    label.move(10, 10)
    window.setStyleSheet("QMainWindow#Probe { background: #ffd8b0; }")
    window.resize(300, 100)
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    failures, judged = check_window(window, "night")
    assert judged >= 1
    named = [f for f in failures if "QLabel#number" in f.where]
    assert named, _report(failures)
    assert named[0].ratio < 1.6
    assert "+358 40 123 4567" in str(named[0])
    # With the theme's own surfaces the same label is readable.
    window.setStyleSheet("")
    qapp.processEvents()
    failures, _ = check_window(window, "night")
    assert not [f for f in failures if "QLabel#number" in f.where], _report(failures)


class _PaintedWidget(QWidget):
    """A custom-painted badge, pale ink on amber: what a tile could get wrong."""

    INK = QColor("#f0f0f0")

    def paintEvent(self, _event: object) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffcc33"))
        painter.setPen(self.INK)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "HE11")
        painter.end()

    def contrast_samples(self) -> list[tuple[str, QColor, QRect]]:
        return [("HE11", self.INK, self.rect())]


def test_checker_judges_what_a_custom_widget_names(qtbot, qapp: QApplication) -> None:
    apply_theme(qapp, "day", drill=False)
    top = QWidget()
    qtbot.addWidget(top)
    badge = _PaintedWidget(top)
    badge.setObjectName("tile")
    badge.setGeometry(10, 10, 80, 40)
    top.resize(120, 70)
    top.show()
    qtbot.waitExposed(top)
    qapp.processEvents()
    failures, _ = check_window(top, "day")
    assert [f.where for f in failures] == ["day QWidget/_PaintedWidget#tile 'HE11'"], failures
    assert failures[0].background == "#ffcc33"


# -- the console's windows and dialogs ----------------------------------------------------


@pytest.fixture
def shift_store(tmp_path: Path) -> Path:
    from models.store import open_store
    from tests.models.replay.story import write_story

    path = tmp_path / "shift.sqlite"
    store = open_store(f"sqlite:///{path}")
    try:
        write_story(store)
    finally:
        store.close()
    return path


def _open_dialogs(parent: QWidget) -> list[QWidget]:
    from widgets.dialogs import (
        open_close_incident_dialog,
        open_dismiss_alert_dialog,
        open_frame_detail_dialog,
        open_incident_type_dialog,
        open_link_incident_dialog,
    )
    from widgets.error_dialog import show_error_dialog, show_message

    types = [("FIRE", "Structure fire", "fire"), ("MED", "Medical", "medical")]
    dialogs: list[QWidget] = [
        open_close_incident_dialog(parent, "2024-000001"),
        open_incident_type_dialog(parent, "C000001", types),
        open_dismiss_alert_dialog(parent, "A000001"),
        open_link_incident_dialog(parent, "A000001", ["2024-000001"]),
        open_frame_detail_dialog(
            parent, "seq 7 · link:avl-udp", b"$GPGGA,1,2,3*00\r\n", "decoded", "now", "none"
        ),
        show_error_dialog(parent, "Store unavailable", "The store could not be opened.", "trace"),
        show_message(parent, "Keyboard shortcuts", "Ctrl+L — command line"),
    ]
    # The sound settings, as a position without audio sees them (the amber warning).
    from widgets.sound.player import MULTIMEDIA_ERROR, SoundPlayer
    from widgets.sound.settings import SoundSettings
    from widgets.sound.settings_widget import open_sound_settings_dialog

    device = None
    if not MULTIMEDIA_ERROR:
        from PySide6.QtMultimedia import QAudioDevice

        device = QAudioDevice()
    settings = SoundSettings(QSettings("dispatch-console-tests", "contrast"))  # read only
    dialogs.append(
        open_sound_settings_dialog(parent, SoundPlayer(settings=settings, device=device))
    )
    return dialogs


def _add_trainer_panel(window: QMainWindow) -> None:
    """The trainer panel a drill adds, with a scenario's rows and its clock."""
    if window.findChild(QDockWidget, "TrainerPanelDock") is not None:
        return
    from widgets.trainer_panel import InjectionRow, TrainerPanelDock

    panel = TrainerPanelDock(window)
    panel.setObjectName("TrainerPanelDock")
    panel.set_scenario(
        "Structure fire, Mariankatu",
        [
            InjectionRow(1, 0.0, "call", "ALI call +358401234567 at Mariankatu 12"),
            InjectionRow(2, 40.0, "rebid", "AML rebid ±12 m"),
        ],
    )
    window.add_panel_dock(panel)  # type: ignore[attr-defined]
    panel.raise_()


async def _check_console(window: QMainWindow, label: str) -> tuple[list[Failure], int]:
    failures, judged = await check_with_every_dock(window, label)
    for dialog in _open_dialogs(window):
        dialog.show()
        await _settle()
        more, count = check_window(dialog, f"{label} dialog")
        failures += more
        judged += count
        dialog.close()
        dialog.deleteLater()
    return failures, judged


def test_every_text_reaches_aa_in_every_theme(
    console_loop, qapp: QApplication, shift_store: Path, tmp_path: Path
) -> None:
    from datetime import timedelta

    from console.app import Console
    from tests.models.replay.story import T0
    from tests.polling import wait_for

    live_path = tmp_path / "live.sqlite"
    live_path.write_bytes(shift_store.read_bytes())
    apply_theme(qapp, "day", drill=False)
    live = Console(None, f"sqlite:///{live_path}", "day", links="none")
    replay = Console(None, None, "day", replay=str(shift_store))
    windows = {"main": live.window, "replay": replay.window}

    async def start() -> None:
        for console in (live, replay):
            console.window.resize(1600, 1000)
            console.window.show()
            await asyncio.wait_for(console.session.start(), 60)
        await wait_for(lambda: replay.session.states_shown >= 1, "replay's first state")
        shown = replay.session.states_shown
        replay.session.seek(T0 + timedelta(seconds=27))
        await wait_for(lambda: replay.session.states_shown > shown, "replay at +27 s")
        # Something in every panel: the call, the incident and the alert selected.
        from tests.models.replay.story import ALERT, CALL, INCIDENT

        for window in windows.values():
            window.call_queue.select_id(CALL)
            window.incident_queue.select_id(INCIDENT)
            window.alert_queue.select_id(ALERT)
        await asyncio.sleep(1.2)  # the docks' one-second text timers run once

    all_failures: list[Failure] = []
    counts: dict[str, int] = {}

    async def judge() -> None:
        for name, drill in VARIANTS:
            if drill:
                for window in windows.values():
                    _add_trainer_panel(window)
                    window.set_drill("contrast check")
                    mark_drill(window)
            apply_theme(qapp, name, drill=drill)
            for window in windows.values():
                window.set_theme_checked(name)
            label = f"{name}{'+drill' if drill else ''}"
            for kind, window in windows.items():
                failures, judged = await _check_console(window, f"{label} {kind}")
                all_failures.extend(failures)
                counts[f"{label} {kind}"] = judged

    async def scenario() -> None:
        await start()
        try:
            await judge()
        finally:
            apply_theme(qapp, "day", drill=False)
            for console in (live, replay):
                await asyncio.wait_for(console.shutdown(), 30)

    console_loop.run_until_complete(scenario())
    # The walk reached the texts: every window and theme judged many of them.
    assert all(count >= 40 for count in counts.values()), counts
    assert not all_failures, _report(all_failures)


def test_every_theme_is_named() -> None:
    assert {name for name, _drill in VARIANTS} == set(THEMES)


@pytest.mark.parametrize("drill", [False, True])
@pytest.mark.parametrize("name", THEMES)
def test_status_colours_carry_readable_text(name: str, drill: bool) -> None:
    """The status colours (map, unit board, tiles) with their ink, and overdue text on the
    theme's surfaces, all at AA."""
    from models.dispatch.status import UnitStatus
    from widgets.status_style import overdue_color, status_color, status_ink
    from widgets.themes import theme_spec

    spec = theme_spec(name, drill)
    for status in UnitStatus:
        fill = status_color(status.value, spec.dark)
        ratio = contrast_ratio(status_ink(status.value, spec.dark), fill)
        assert ratio >= AA_TEXT, f"{name} {status.value}: ink on {fill.name()} {ratio:.2f}:1"
    for surface in (spec.base, spec.alternate_base, spec.window):
        ratio = contrast_ratio(overdue_color(spec.dark), surface)
        assert ratio >= AA_TEXT, f"{name} drill={drill}: overdue on {surface} {ratio:.2f}:1"
