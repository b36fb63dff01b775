"""Main window: layout and wiring only.

Contract: ``MainWindow(site_title, timezone, grammar)`` puts the map in the centre and
docks around it (unit board, event log, link status), menus with keyboard
shortcuts, a status bar with UTC/local clocks and the store's state, and a
banner for conditions a dispatcher must not miss (store unavailable, site
not loaded). It remembers its layout in QSettings. It owns no services:
``sigCloseRequested`` asks the session to shut down cleanly, and the session
calls ``close_for_real()`` when everything is flushed.

Layout: the designed layout (``reset_layout``; View ▸ Reset layout) fits the
window's size (1920x1080 the main target, 1366x768 fully usable): side
columns as wide as their tables' key columns need plus a share of the width,
kept in proportion when the window is resized. ``add_panel_dock(dock)`` adds
a detail panel as a tab beside the others. The map can live in a window of
its own (``detach_map``, ``attach_map``; View ▸ Map in its own window,
Ctrl+Shift+M), on another screen; the choice and the screen are remembered,
and when that screen is missing at start or removed during a shift the map
is in the main window at once. ``sigThemeChanged``
carries the theme a person picked. ``grammar`` is the command line's
(``console.controllers.command_grammar``): the window imports widgets only.
"""

from __future__ import annotations

import logging
from datetime import tzinfo

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from console import map_placement, window_layout
from widgets.alert_panel import AlertPanelDock
from widgets.alert_queue import AlertQueueDock
from widgets.call_panel import CallPanelDock
from widgets.call_queue import CallQueueDock
from widgets.clock import ClockWidget
from widgets.command_help import DOCK_KEYS, bring_forward, install_escape, shortcut_lines
from widgets.command_line import CommandGrammar, CommandLineWidget
from widgets.dialogs import open_store_file_dialog
from widgets.error_dialog import show_message
from widgets.event_log import EventLogDock
from widgets.i18n import LanguageMenu, installed_language
from widgets.incident_panel import IncidentPanelDock
from widgets.incident_queue import IncidentQueueDock
from widgets.link_status import LinkStatusDock
from widgets.map_widget import MapWidget
from widgets.map_window import MapWindowWidget
from widgets.place_search import PlaceSearchWidget
from widgets.recommendation_panel import RecommendationPanelDock
from widgets.sound.cues import SoundCues
from widgets.sound.settings_widget import build_sound_menu
from widgets.themes import (
    THEMES,
    mark_drill,
    remember_drill_window,
    theme_label,
    theme_notifier,
)
from widgets.timeline import TimelineDock
from widgets.unit_board import VIEW_MODES, UnitBoardDock

_LOGGER = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_THEME = "window/theme"
SETTINGS_UNIT_VIEW = "window/unitView"  # the unit board's table, tiles or both
SETTINGS_LEFT_FULL = "window/unitsFullHeight"  # the left column beside the bottom strip
_LAYOUT_VERSION = 5


def _default_size() -> QSize:
    """The control-room screen the window opens on, up to full HD."""
    size = QSize(*window_layout.DEFAULT_SIZE)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    return size


BANNER_STYLE = "QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
DRILL_COLOUR = "#ff7a00"
DRILL_TINT = "#ffd8b0"
DRILL_BANNER_STYLE = (
    "QLabel { background: #ff7a00; color: black; font-weight: bold; font-size: 14pt;"
    " padding: 6px; }"
)


class MainWindow(QMainWindow):
    sigCloseRequested = Signal()
    sigThemeChanged = Signal(str)
    sigReplayRequested = Signal(str)  # a store file to open in a separate replay window
    sigWallboardRequested = Signal()  # View > Wallboard: the session opens (or raises) it
    # Operator menu (shown once the session signs positions in: live stores only)
    sigSignOutRequested = Signal()
    sigChangeOperatorRequested = Signal()  # a shift change: sign in over the one signed in
    sigLockRequested = Signal()
    sigOperatorsRequested = Signal()  # manage operators (supervisor, administrator)

    def __init__(
        self,
        site_title: str,
        timezone: tzinfo | None,
        grammar: CommandGrammar,
        *,
        replay: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("ReplayWindow" if replay else "MainWindow")
        self.site_title = site_title
        self._closing_for_real = False
        # False for a window that must not overwrite the remembered layout (a screenshot).
        self.remember_layout = True
        # A replay window remembers its own layout, never the live console's.
        self.settings_prefix = "replay/" if replay else ""
        title = self.tr("Replay — {site}") if replay else self.tr("Dispatch console — {site}")
        self.setWindowTitle(title.format(site=site_title))

        self.map_widget = MapWidget(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("Banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self.command_line = CommandLineWidget(grammar, self)
        # Ctrl+F: find a place and centre the map on it (the dispatch controller wires it).
        self.place_search = PlaceSearchWidget(self)
        self.place_search.setVisible(not replay)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.command_line, 3)
        top.addWidget(self.place_search, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.map_widget, 1)
        # Shown in the map's place while the map is in its own window.
        self.map_placeholder = QLabel(self)
        self.map_placeholder.setObjectName("MapPlaceholder")
        self.map_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_placeholder.setWordWrap(True)
        self.map_placeholder.hide()
        layout.addWidget(self.map_placeholder, 1)
        self.central_layout = layout
        self.setCentralWidget(central)
        self.map_window: MapWindowWidget | None = None
        self._map_restore_pending = not replay

        self.unit_board = UnitBoardDock(self)
        self.event_log = EventLogDock(self, timezone=timezone)
        self.link_status = LinkStatusDock(self)
        self.incident_queue = IncidentQueueDock(self)
        self.incident_panel = IncidentPanelDock(self, timezone=timezone)
        self.recommendation_panel = RecommendationPanelDock(self)
        self.call_queue = CallQueueDock(self)
        self.call_panel = CallPanelDock(self, timezone=timezone)
        self.alert_queue = AlertQueueDock(self)
        self.alert_panel = AlertPanelDock(self)
        # The panels' column on the right runs the full height (a call, an
        # incident and its recommendation need it); the event log and the links
        # share the strip under the map and the unit board.
        # Leading (left) and trailing (right) as read: QMainWindow does not mirror
        # its dock areas for right-to-left languages, widgets.i18n does.
        window_layout.set_corner(
            self, Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window_layout.set_corner(
            self, Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        window_layout.set_corner(
            self, Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea
        )
        window_layout.set_corner(
            self, Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.GroupedDragging
        )
        self.addDockWidget(self._area(Qt.DockWidgetArea.LeftDockWidgetArea), self.call_queue)
        self.addDockWidget(self._area(Qt.DockWidgetArea.LeftDockWidgetArea), self.unit_board)
        self.addDockWidget(self._area(Qt.DockWidgetArea.RightDockWidgetArea), self.incident_queue)
        self.tabifyDockWidget(self.incident_queue, self.alert_queue)
        self.addDockWidget(self._area(Qt.DockWidgetArea.RightDockWidgetArea), self.incident_panel)
        self.tabifyDockWidget(self.incident_panel, self.recommendation_panel)
        self.tabifyDockWidget(self.incident_panel, self.call_panel)
        self.tabifyDockWidget(self.incident_panel, self.alert_panel)
        self.incident_queue.raise_()
        self.timeline: TimelineDock | None = None
        if replay:
            self.timeline = TimelineDock(self)
            self.timeline.set_timezone(timezone)
            # A strip across the whole window: the supervisor's main control.
            self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.TopDockWidgetArea)
            self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.TopDockWidgetArea)
            self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.timeline)
            self.resizeDocks([self.timeline], [170], Qt.Orientation.Vertical)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.event_log)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.link_status)
        # In reading order: the event log first, then the links.
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.splitDockWidget(self.link_status, self.event_log, Qt.Orientation.Horizontal)
        else:
            self.splitDockWidget(self.event_log, self.link_status, Qt.Orientation.Horizontal)
        self.incident_panel.raise_()
        # Designed for the size the window first shows at (see _apply_designed_layout).
        self._layout_pending = True

        self.clock = ClockWidget(self, timezone=timezone)
        self.store_label = QLabel(self.tr("Store: opening…"), self)
        self.statusBar().addWidget(QLabel(site_title, self))
        self.statusBar().addWidget(self.store_label)
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("OperatorLabel")
        self.operator_label.setTextFormat(Qt.TextFormat.PlainText)
        self.operator_label.hide()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.clock)

        self.map_widget.sigUnitSelected.connect(self._on_map_unit_selected)
        self.unit_board.sigUnitSelected.connect(self._on_board_unit_selected)
        # What the docks show turned into this position's sounds (fed by the live session).
        self.sound_cues = SoundCues(self)
        self._replay = replay
        theme_notifier().sigThemeApplied.connect(self._on_theme_applied)
        self._build_menus()
        self._default_state = self.saveState(_LAYOUT_VERSION)
        self._restore_layout()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_app_screen_removed)

    # -- menus -----------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        replay = QAction(self.tr("Open &replay…"), self)
        replay.setShortcut(QKeySequence.StandardKey.Open)
        replay.triggered.connect(self._on_replay_triggered)
        file_menu.addAction(replay)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        fit = QAction(self.tr("&Fit map to site"), self)
        fit.setShortcuts([QKeySequence(Qt.Key.Key_Home), QKeySequence("Ctrl+0")])
        fit.triggered.connect(self.map_widget.fit_to_site)
        view_menu.addAction(fit)
        self.map_window_action = QAction(self.tr("&Map in its own window"), self)
        self.map_window_action.setCheckable(True)
        self.map_window_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.map_window_action.setToolTip(
            self.tr("Put the map in a window of its own, on another screen if there is one")
        )
        self.map_window_action.triggered.connect(self._on_map_window_action_triggered)
        view_menu.addAction(self.map_window_action)
        self.wallboard_action = QAction(self.tr("&Wallboard"), self)
        self.wallboard_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.wallboard_action.setToolTip(
            self.tr("The room at a glance, for a supervisor's desk or a wall (F11: full screen)")
        )
        self.wallboard_action.triggered.connect(self.sigWallboardRequested)
        view_menu.addAction(self.wallboard_action)
        self.map_actions = [fit, self.map_window_action]
        units_view = view_menu.addMenu(self.tr("&Units as"))
        for action in self.unit_board.mode_actions().values():
            units_view.addAction(action)
        view_menu.addSeparator()
        command = QAction(self.tr("&Command line"), self)
        command.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence(Qt.Key.Key_F2)])
        command.triggered.connect(self.command_line.focus_command_line)
        view_menu.addAction(command)
        # Ctrl+1 … Ctrl+9 bring a dock forward and focus it (widgets.command_help's table);
        # the View menu's dock entries still show and hide them.
        go_to = view_menu.addMenu(self.tr("&Go to"))
        self.dock_actions: dict[str, QAction] = {}
        for attribute, key, _name in DOCK_KEYS:
            dock = getattr(self, attribute)
            view_menu.addAction(dock.toggleViewAction())
            forward = QAction(dock.windowTitle(), self)
            forward.setShortcut(QKeySequence(key))
            forward.triggered.connect(lambda _=False, d=dock: bring_forward(d))
            go_to.addAction(forward)
            self.dock_actions[attribute] = forward
        # Escape in any dock: back to the command line.
        docks = [getattr(self, attribute) for attribute, _key, _name in DOCK_KEYS]
        install_escape([*docks, self.alert_panel], self.command_line.focus_command_line)
        view_menu.addSeparator()
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction(theme_label(name), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: self.sigThemeChanged.emit(n))
            view_menu.addAction(action)
            self.theme_actions[name] = action
        toggle = QAction(self.tr("Toggle day/night"), self)
        toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
        toggle.triggered.connect(self._on_toggle_theme_triggered)
        view_menu.addAction(toggle)
        reset = QAction(self.tr("&Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        view_menu.addAction(reset)

        self._build_operator_menu()
        if not self._replay:
            self.menuBar().addMenu(build_sound_menu(self))
        self.language_menu = LanguageMenu(installed_language(), self)
        self.menuBar().addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self._on_shortcuts_triggered)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _build_operator_menu(self) -> None:
        """Sign-out, shift change, lock and operators: hidden until ``show_operator_menu``."""
        self.operator_menu = self.menuBar().addMenu(self.tr("&Operator"))
        entries = (
            (self.tr("&Change operator…"), "Ctrl+Shift+O", self.sigChangeOperatorRequested),
            (self.tr("&Lock position"), "Ctrl+Shift+K", self.sigLockRequested),
            (self.tr("&Sign out"), None, self.sigSignOutRequested),
            (self.tr("&Manage operators…"), None, self.sigOperatorsRequested),
        )
        self.operator_actions: list[QAction] = []
        for text, key, signal in entries:
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(signal)
            self.operator_menu.addAction(action)
            self.operator_actions.append(action)
        self.operator_menu.menuAction().setVisible(False)

    def show_operator_menu(self) -> None:
        self.operator_menu.menuAction().setVisible(True)

    def set_operator_status(self, text: str, *, alarm: bool = False) -> None:
        """Who acts at this position, in the status bar (red for an emergency session)."""
        self.operator_label.setText(text)
        self.operator_label.setStyleSheet(BANNER_STYLE if alarm else "")
        self.operator_label.setVisible(bool(text))

    def _on_replay_triggered(self) -> None:
        open_store_file_dialog(self, self.sigReplayRequested.emit)

    def set_theme_checked(self, name: str) -> None:
        for theme, action in self.theme_actions.items():
            action.setChecked(theme == name)
        self.map_widget.set_dark(name == "night")

    def _on_theme_applied(self, spec: object) -> None:
        """The map follows the theme the panels and dialogs got (one switch for all)."""
        if shiboken6.isValid(self.map_widget):
            self.map_widget.set_dark(bool(getattr(spec, "dark", False)))

    def _on_toggle_theme_triggered(self) -> None:
        current = next((n for n, a in self.theme_actions.items() if a.isChecked()), "day")
        self.sigThemeChanged.emit("day" if current == "night" else "night")

    def _on_shortcuts_triggered(self) -> None:
        lines = [
            *shortcut_lines(),
            self.tr("Mouse wheel — zoom; drag — pan; click a unit — select it"),
            self.tr("Right-click — status changes, recommend, new incident here"),
        ]
        show_message(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _on_about_triggered(self) -> None:
        show_message(
            self,
            self.tr("About"),
            self.tr(
                "Dispatch console\nSite: {site}\nMap data © OpenStreetMap contributors (ODbL)."
            ).format(site=self.site_title),
        )

    # -- selection shared between map and board --------------------------

    def _on_map_unit_selected(self, call_sign: str) -> None:
        self.unit_board.select_unit(call_sign)

    def _on_board_unit_selected(self, call_sign: str) -> None:
        self.map_widget.select_unit(call_sign)

    # -- banner and status ------------------------------------------------

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()

    def set_store_status(self, text: str) -> None:
        self.store_label.setText(text)

    def set_drill(self, title: str) -> None:
        """Mark the window as a drill for good: a permanent banner and an orange tint.

        The banner is separate from ``show_banner``'s, which the session hides
        when the store is healthy again; nothing ever hides this one.
        """
        self.drill_title = title
        window_layout.tabify_added_panels(self)
        if getattr(self, "drill_banner", None) is None:
            self.drill_banner = QLabel(self)
            self.drill_banner.setObjectName("DrillBanner")
            self.drill_banner.setStyleSheet(DRILL_BANNER_STYLE)
            self.drill_banner.setTextFormat(Qt.TextFormat.PlainText)
            self.drill_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.drill_banner.setWordWrap(True)
            layout = self.centralWidget().layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, self.drill_banner)
        self.drill_banner.setText(
            self.tr("DRILL — EXERCISE, NOT LIVE — {title}").format(title=title)
        )
        self.drill_banner.show()
        self.sound_cues.set_exercise(True)
        if self._replay:
            # A replay window of a drill store shares its process with a live console:
            # only this window is framed, the application's palette stays live.
            remember_drill_window(self)
            name = self.objectName()
            self.setStyleSheet(
                f"QMainWindow#{name} {{ border: 6px solid {DRILL_COLOUR}; }}"
                f" QMainWindow#{name} > QStatusBar {{ background: {DRILL_COLOUR}; color: black; }}"
            )
        else:
            # A drill console is a process of its own: the theme's drill palette tints
            # every surface and restyles the frame and status bar.
            mark_drill(self)
        self.setWindowTitle(
            self.tr("DRILL — {title} — {site}").format(title=title, site=self.site_title)
        )

    # -- the map on a second screen -----------------------------------------

    def map_is_detached(self) -> bool:
        return map_placement.is_detached(self)

    def detach_map(self, screen_name: str | None = None) -> str:
        """Put the map in its own window on the screen named ``screen_name`` (None:
        another screen than this window's, if there is one); remember it. Returns
        the name of the screen the map went to."""
        return map_placement.detach_map(self, screen_name)

    def attach_map(self, *, remember: bool = True) -> None:
        """Bring the map back into this window. ``remember=False`` (a screen went
        away) keeps the own-window choice for the next start."""
        map_placement.attach_map(self, remember=remember)

    def _on_app_screen_removed(self, screen: QScreen) -> None:
        map_placement.on_screen_removed(self, screen)

    def _on_map_window_action_triggered(self, checked: bool) -> None:
        if checked:
            self.detach_map()
        else:
            self.attach_map()

    # -- layout and shutdown ---------------------------------------------

    def add_panel_dock(self, dock: QDockWidget) -> None:
        """Add a detail panel (e.g. the drill's trainer panel) as a tab beside the
        incident, recommendation, call and alert panels, and bring it forward."""
        self.addDockWidget(self._area(Qt.DockWidgetArea.RightDockWidgetArea), dock)
        self.tabifyDockWidget(self.incident_panel, dock)
        dock.show()
        dock.raise_()

    def reset_layout(self) -> None:
        """The designed layout for the window's current size (View ▸ Reset layout);
        the map back in this window."""
        self._map_restore_pending = False
        if self.map_is_detached():
            self.attach_map()
        self.restoreState(self._default_state, _LAYOUT_VERSION)
        if self.isVisible():
            self._apply_designed_layout(self.size())
        else:
            self._layout_pending = True

    def _apply_designed_layout(self, size: QSize) -> None:
        self._layout_pending = False
        window_layout.apply_designed_layout(self, size)

    def _area(self, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
        """``area`` as placed in a left-to-right window, for this window's direction."""
        return window_layout.area(self, area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._layout_pending:
            if self.isVisible():
                self._apply_designed_layout(event.size())
            return
        if event.oldSize().isValid():
            window_layout.scale_docks(self, event.oldSize(), event.size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._layout_pending:
            self._apply_designed_layout(self.size())
        if self._map_restore_pending:
            self._map_restore_pending = False
            map_placement.restore_map_window(self)

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(self.settings_prefix + SETTINGS_GEOMETRY)
        state = settings.value(self.settings_prefix + SETTINGS_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(_default_size())
        # The corner is not part of the saved state: set it first, as it was.
        window_layout.set_left_full_height(
            self,
            map_placement.truthy(settings.value(self.settings_prefix + SETTINGS_LEFT_FULL, False)),
        )
        if isinstance(state, QByteArray) and self.restoreState(state, _LAYOUT_VERSION):
            self._layout_pending = False
            view = settings.value(self.settings_prefix + SETTINGS_UNIT_VIEW)
            if view in VIEW_MODES:
                self.unit_board.set_view_mode(str(view))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(self.settings_prefix + SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(self.settings_prefix + SETTINGS_STATE, self.saveState(_LAYOUT_VERSION))
        settings.setValue(self.settings_prefix + SETTINGS_UNIT_VIEW, self.unit_board.view_mode())
        settings.setValue(
            self.settings_prefix + SETTINGS_LEFT_FULL, window_layout.left_full_height(self)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_real:
            if self.remember_layout:
                self.save_layout()
            if self.map_is_detached():
                self.attach_map(remember=False)  # the choice stays for the next start
            event.accept()
            return
        # Links and the store are shut down asynchronously; close once flushed.
        event.ignore()
        self.sigCloseRequested.emit()

    def close_for_real(self) -> None:
        self._closing_for_real = True
        self.close()
