"""The main window's designed layout: dock sizes for the window's size, in reading order.

Contract (functions of a ``console.main_window.MainWindow``, called by it):

- ``apply_designed_layout(window, size)``: dock sizes designed for ``size``
  (1920x1080 the main target, 1366x768 fully usable): each side column as
  wide as its tables' key columns need (``widgets.keyed_table.column_fitter``)
  plus a share of the width, never squeezing the map below
  ``MAP_MIN_WIDTH``; the unit board's column runs the full height on a wide
  screen and shows its tiles on a tall one; the event log and the links share
  the strip under the map. It runs the layout pass at once, so the window is
  in its designed layout as soon as it is shown.
- ``scale_docks(window, old, new)``: on a resize, each side column keeps its
  share of the width (a wider window widens the tables as well as the map).
- ``area(window, area)`` / ``set_corner(window, corner, area)``: dock areas
  and corners as placed in a left-to-right window, for the window's reading
  direction (QMainWindow does not mirror them; ``widgets.i18n`` does).
- ``set_left_full_height(window, full)`` / ``left_full_height(window)``: the
  bottom-left corner belongs to the unit board's column or to the bottom strip.
- ``tabify_added_panels(window)``: docks a session added to the right column on
  its own (a drill's trainer panel) join the panels' tabs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget

from widgets.column_fit import column_fitter
from widgets.i18n import dock_area, dock_corner

# The window these functions serve: a ``console.main_window.MainWindow`` (not imported, as
# the window imports this module: no cycle, even for type checking).
MainWindow = Any

DEFAULT_SIZE = (1920, 1080)
SIDE_SHARE = 0.27  # of the width, for each side column beyond what its key columns need
SIDE_MAX = 640
MAP_MIN_WIDTH = 420
BOTTOM_SHARE = 0.2  # of the height: event log and links under the map
BOTTOM_MIN = 130
BOTTOM_MAX = 280
CALLS_SHARE = 0.24  # of the height: the call queue above the unit board
WIDE_MIN_WIDTH = 1600  # from this width the unit board's column runs the full height
QUEUE_SHARE = 0.3  # of the height: incidents and alerts above the panels
CALLS_MIN = 150
LOG_SHARE = 0.58  # of the strip under the map: the event log beside the links
DOCK_MARGIN = 4
TILES_MIN_HEIGHT = 1000  # window height from which the designed layout shows the tiles too


def key_width(*views: QAbstractItemView) -> int:
    """The width a side dock needs so the key columns of its tables fit."""
    widths = [fitter.minimum_width() for v in views if (fitter := column_fitter(v))]
    return max(widths, default=0) + 2 * DOCK_MARGIN


def _run_layout(window: MainWindow) -> None:
    # resizeDocks takes effect at the next layout pass: run it now.
    QCoreApplication.sendPostedEvents(window, QEvent.Type.LayoutRequest)


def apply_designed_layout(window: MainWindow, size: QSize) -> None:
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        return
    left_need = key_width(window.call_queue.view(), window.unit_board.view())
    right_need = key_width(window.incident_queue.view(), window.alert_queue.view())
    left = max(left_need, min(round(width * SIDE_SHARE), SIDE_MAX))
    right = max(right_need, min(round(width * SIDE_SHARE), SIDE_MAX))
    # Never squeeze the map below a usable width to honour the sides.
    spare = width - MAP_MIN_WIDTH
    if left + right > spare > 0:
        left, right = (
            round(spare * left / (left + right)),
            spare - round(spare * left / (left + right)),
        )
    window.resizeDocks(
        [window.call_queue, window.incident_queue], [left, right], Qt.Orientation.Horizontal
    )
    # A tall screen has room for the status tiles under the unit table.
    if height >= TILES_MIN_HEIGHT:
        window.unit_board.set_view_mode("both")
        window.unit_board.set_group_by("station")
    else:
        window.unit_board.set_view_mode("table")
    # On a wide screen the unit board runs the full height too (room for its
    # tiles); on a narrower one the event log and links take the whole bottom
    # strip but the panels' column, so the links table keeps its columns.
    wide = width >= WIDE_MIN_WIDTH
    set_left_full_height(window, wide)
    bottom = max(BOTTOM_MIN, min(round(height * BOTTOM_SHARE), BOTTOM_MAX))
    window.resizeDocks([window.event_log], [bottom], Qt.Orientation.Vertical)
    left_column = height if wide else height - bottom
    calls = max(CALLS_MIN, round(height * CALLS_SHARE))
    queue = max(CALLS_MIN, round(height * QUEUE_SHARE))
    window.resizeDocks(
        [window.call_queue, window.unit_board, window.incident_queue, window.incident_panel],
        [calls, max(left_column - calls, 1), queue, max(height - queue, 1)],
        Qt.Orientation.Vertical,
    )
    _run_layout(window)
    log = window.event_log.width() + window.link_status.width()
    if log > 0:
        window.resizeDocks(
            [window.event_log, window.link_status],
            [round(log * LOG_SHARE), log - round(log * LOG_SHARE)],
            Qt.Orientation.Horizontal,
        )
    _run_layout(window)


def scale_docks(window: MainWindow, old: QSize, new: QSize) -> None:
    if old.width() <= 0 or new.width() == old.width():
        return
    docks = []
    widths = []
    for column in (
        (window.call_queue, window.unit_board),
        (window.incident_queue, window.alert_queue, window.incident_panel, window.call_panel),
    ):
        # A dock in front in its column: a tab behind another keeps a stale width.
        dock = next(
            (
                d
                for d in column
                if d.isVisible() and not d.isFloating() and not d.visibleRegion().isEmpty()
            ),
            None,
        )
        if dock is not None:
            docks.append(dock)
            widths.append(max(1, round(dock.width() * new.width() / old.width())))
    if docks:
        window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        _run_layout(window)


def area(window: MainWindow, where: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
    return dock_area(where, window.layoutDirection())


def set_corner(window: MainWindow, corner: Qt.Corner, where: Qt.DockWidgetArea) -> None:
    direction = window.layoutDirection()
    window.setCorner(dock_corner(corner, direction), dock_area(where, direction))


def set_left_full_height(window: MainWindow, full: bool) -> None:
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    set_corner(
        window,
        Qt.Corner.BottomLeftCorner,
        Qt.DockWidgetArea.LeftDockWidgetArea if full else bottom,
    )


def left_full_height(window: MainWindow) -> bool:
    corner = dock_corner(Qt.Corner.BottomLeftCorner, window.layoutDirection())
    return window.corner(corner) == area(window, Qt.DockWidgetArea.LeftDockWidgetArea)


def tabify_added_panels(window: MainWindow) -> None:
    """Stacked beside the panels, an added dock would not fit a 768-pixel screen."""
    known = {
        window.incident_queue,
        window.alert_queue,
        window.incident_panel,
        window.recommendation_panel,
        window.call_panel,
        window.alert_panel,
    }
    right = area(window, Qt.DockWidgetArea.RightDockWidgetArea)
    for dock in window.findChildren(QDockWidget):
        if (
            dock not in known
            and dock is not window.timeline
            and not dock.isFloating()
            and window.dockWidgetArea(dock) == right
            and not window.tabifiedDockWidgets(dock)
        ):
            window.tabifyDockWidget(window.incident_panel, dock)
            dock.raise_()
