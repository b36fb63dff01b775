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
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, Signal
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
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

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
from widgets.i18n import LanguageMenu, dock_area, dock_corner, installed_language
from widgets.incident_panel import IncidentPanelDock
from widgets.incident_queue import IncidentQueueDock
from widgets.keyed_table import ColumnSpec, column_fitter, fit_columns
from widgets.link_status import LinkStatusDock
from widgets.map_widget import MapWidget
from widgets.map_window import MapWindowWidget
from widgets.place_search import PlaceSearchWidget
from widgets.recommendation_panel import RecommendationPanelDock
from widgets.sound.cues import SoundCues
from widgets.sound.settings_widget import build_sound_menu
from widgets.status_style import STATUS_ORDER, status_label
from widgets.themes import THEMES, mark_drill, theme_label, theme_notifier
from widgets.timeline import TimelineDock
from widgets.unit_board import VIEW_MODES, UnitBoardDock

_LOGGER = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_THEME = "window/theme"
SETTINGS_UNIT_VIEW = "window/unitView"  # the unit board's table, tiles or both
SETTINGS_LEFT_FULL = "window/unitsFullHeight"  # the left column beside the bottom strip
SETTINGS_MAP_DETACHED = "map/ownWindow"  # the map in its own window (a second monitor)
SETTINGS_MAP_SCREEN = "map/screen"  # the name of the screen that window was on
_LAYOUT_VERSION = 5

# The designed layout (see MainWindow._apply_designed_layout).
DEFAULT_SIZE = (1920, 1080)
_SIDE_SHARE = 0.27  # of the width, for each side column beyond what its key columns need
_SIDE_MAX = 640
_MAP_MIN_WIDTH = 420
_BOTTOM_SHARE = 0.2  # of the height: event log and links under the map
_BOTTOM_MIN = 130
_BOTTOM_MAX = 280
_CALLS_SHARE = 0.24  # of the height: the call queue above the unit board
_WIDE_MIN_WIDTH = 1600  # from this width the unit board's column runs the full height
_QUEUE_SHARE = 0.3  # of the height: incidents and alerts above the panels
_CALLS_MIN = 150
_LOG_SHARE = 0.58  # of the strip under the map: the event log beside the links
_DOCK_MARGIN = 4
_MESSAGE_MS = 30_000  # how long a status-bar notice stays
_TILES_MIN_HEIGHT = 1000  # window height from which the designed layout shows the tiles too


def _fit_by_title(view: QAbstractItemView, specs: dict[str, ColumnSpec]) -> None:
    """``fit_columns`` with specs named by column title (interim declarations for
    tables of other modules: a column they add or rename gets a default spec)."""
    model = view.model()
    titles = {
        str(model.headerData(c, Qt.Orientation.Horizontal)): c for c in range(model.columnCount())
    }
    fit_columns(view, {titles[t]: spec for t, spec in specs.items() if t in titles})


def _truthy(value: object) -> bool:
    """A QSettings boolean: INI files give back the strings "true" / "false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _default_size() -> QSize:
    """The control-room screen the window opens on, up to full HD."""
    size = QSize(*DEFAULT_SIZE)
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
        self._site_title = site_title
        self._closing_for_real = False
        # False for a window that must not overwrite the remembered layout (a screenshot).
        self.remember_layout = True
        # A replay window remembers its own layout, never the live console's.
        self._settings_prefix = "replay/" if replay else ""
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
        self._central_layout = layout
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
        self._set_corner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._set_corner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._set_corner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._set_corner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
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
        self._fit_panel_tables()
        self._fit_incident_queue()
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
        self._map_actions = [fit, self.map_window_action]
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
            ).format(site=self._site_title),
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
        self._tabify_added_panels()
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
            self.setProperty("drill", True)
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
            self.tr("DRILL — {title} — {site}").format(title=title, site=self._site_title)
        )

    # -- the map on a second screen -----------------------------------------

    def map_is_detached(self) -> bool:
        return self.map_window is not None and self.map_window.map_widget() is not None

    def detach_map(self, screen_name: str | None = None) -> str:
        """Put the map in its own window on the screen named ``screen_name`` (None:
        another screen than this window's, if there is one); remember it. Returns
        the name of the screen the map went to."""
        screen = self._map_screen(screen_name)
        if self.map_window is None:
            self.map_window = MapWindowWidget(
                self.tr("Map — {site}").format(site=self._site_title), self
            )
            self.map_window.addActions(self._map_actions)
            self.map_window.sigCloseRequested.connect(self._on_map_window_close_requested)
        if not self.map_is_detached():
            self._central_layout.removeWidget(self.map_widget)
            self.map_window.hold(self.map_widget)
        self.map_window.show_on(screen)
        name = screen.name()
        self.map_placeholder.setText(
            self.tr(
                "The map is in its own window on screen {screen}.\n"
                "Ctrl+Shift+M brings it back here."
            ).format(screen=name)
        )
        self.map_placeholder.show()
        self.map_window_action.setChecked(True)
        settings = QSettings()
        settings.setValue(self._settings_prefix + SETTINGS_MAP_DETACHED, True)
        settings.setValue(self._settings_prefix + SETTINGS_MAP_SCREEN, name)
        return name

    def attach_map(self, *, remember: bool = True) -> None:
        """Bring the map back into this window. ``remember=False`` (a screen went
        away) keeps the own-window choice for the next start."""
        if self.map_window is not None and self.map_is_detached():
            self.map_window.release()
            self._central_layout.insertWidget(
                self._central_layout.indexOf(self.map_placeholder), self.map_widget, 1
            )
            self.map_widget.show()
        self.map_placeholder.hide()
        self.map_window_action.setChecked(False)
        if remember:
            QSettings().setValue(self._settings_prefix + SETTINGS_MAP_DETACHED, False)

    def _map_screen(self, name: str | None) -> QScreen:
        screens = QGuiApplication.screens()
        for screen in screens:
            if name is not None and screen.name() == name:
                return screen
        own = self.screen() or QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not own), own)

    def _restore_map_window(self) -> None:
        """At start: the map back on the screen it was on, if that screen is here."""
        self._map_restore_pending = False
        settings = QSettings()
        if not _truthy(settings.value(self._settings_prefix + SETTINGS_MAP_DETACHED)):
            return
        name = str(settings.value(self._settings_prefix + SETTINGS_MAP_SCREEN) or "")
        if name and name not in {s.name() for s in QGuiApplication.screens()}:
            _LOGGER.warning("map screen %s not found: the map stays in the main window", name)
            self.statusBar().showMessage(
                self.tr("Screen {screen} for the map is not connected: the map is here.").format(
                    screen=name
                ),
                _MESSAGE_MS,
            )
            return
        self.detach_map(name or None)

    def _on_app_screen_removed(self, screen: QScreen) -> None:
        """A monitor unplugged during a shift: if the map was on it, it comes back
        into the main window at once (the choice stays for the next start)."""
        if not self.map_is_detached() or self.map_window is None:
            return
        current = self.map_window.screen()
        if current is not None and current is not screen and current in QGuiApplication.screens():
            return
        name = screen.name()
        _LOGGER.warning("map screen %s removed: the map is back in the main window", name)
        self.attach_map(remember=False)
        self.statusBar().showMessage(
            self.tr("Screen {screen} was disconnected: the map is back here.").format(screen=name),
            _MESSAGE_MS,
        )

    def _on_map_window_action_triggered(self, checked: bool) -> None:
        if checked:
            self.detach_map()
        else:
            self.attach_map()

    def _on_map_window_close_requested(self) -> None:
        self.attach_map()

    # -- layout and shutdown ---------------------------------------------

    def add_panel_dock(self, dock: QDockWidget) -> None:
        """Add a detail panel (e.g. the drill's trainer panel) as a tab beside the
        incident, recommendation, call and alert panels, and bring it forward."""
        self.addDockWidget(self._area(Qt.DockWidgetArea.RightDockWidgetArea), dock)
        self.tabifyDockWidget(self.incident_panel, dock)
        dock.show()
        dock.raise_()

    def _fit_panel_tables(self) -> None:
        """Column specs of the tables inside the detail panels.

        Interim: these belong in the panels' own modules (recommendation_panel,
        call_panel, incident_panel), which declare them with ``fit_columns``
        where they build the table; until then the window declares them here.
        ``fit_columns`` replaces earlier specs, so both at once do no harm.
        """
        statuses = tuple(status_label(s.value) for s in STATUS_ORDER)
        tr = self.tr
        _fit_by_title(
            self.recommendation_panel.tree(),
            {
                tr("Unit"): ColumnSpec(sample="HEP000", fit_content=True),  # with a check box
                tr("Type"): ColumnSpec(sample="ALS ambulance", elide=True, drop=2),
                tr("ETA"): ColumnSpec(sample="00:00"),
                tr("Route"): ColumnSpec(sample="00.0 km", drop=3),
                tr("Fix"): ColumnSpec(sample="from station", elide=True, drop=1),
                tr("Reason"): ColumnSpec(sample="x" * 30, stretch=1, elide=True, min_chars=12),
            },
        )
        _fit_by_title(
            self.call_panel.history_table(),
            {
                tr("Time"): ColumnSpec(sample="00:00:00"),
                tr("Source"): ColumnSpec(sample=("PIDF-LO", "Map click"), drop=1),
                tr("Position"): ColumnSpec(sample="60.00000, 24.00000", stretch=2, elide=True),
                tr("Radius"): ColumnSpec(sample="± 1.2 km", stretch=1),
            },
        )
        _fit_by_title(
            self.incident_panel.units_table(),
            {
                tr("Unit"): ColumnSpec(sample="HEP000", fit_content=True),
                tr("Status"): ColumnSpec(sample=statuses, icon=True),
                tr("In status"): ColumnSpec(sample="0:00:00", stretch=1),
                tr("Dispatched"): ColumnSpec(sample="00:00:00", drop=1),
                tr("ETA"): ColumnSpec(sample="00:00", stretch=1),
            },
        )

    def _fit_incident_queue(self) -> None:
        """Column specs of the incident queue (interim, as ``_fit_panel_tables``: they
        belong in ``widgets.incident_queue``): the number and the age are never cut."""
        tr = self.tr
        _fit_by_title(
            self.incident_queue.view(),
            {
                tr("Incident"): ColumnSpec(sample="2026-000000", fit_content=True),
                tr("P"): ColumnSpec(sample="9", icon=False),
                tr("Type"): ColumnSpec(sample="Structure fire", stretch=1, elide=True),
                tr("Location"): ColumnSpec(sample="⚠ Mannerheimintie 12", stretch=2, elide=True),
                tr("Age"): ColumnSpec(sample="0:00:00"),
                tr("Units"): ColumnSpec(sample="HE11 HE12 HE14", elide=True, drop=1),
            },
        )

    def _tabify_added_panels(self) -> None:
        """Docks a session added to the right column on its own (the drill's trainer
        panel) join the panels' tabs: stacked, they would not fit a 768-pixel screen."""
        known = {
            self.incident_queue,
            self.alert_queue,
            self.incident_panel,
            self.recommendation_panel,
            self.call_panel,
            self.alert_panel,
        }
        for dock in self.findChildren(QDockWidget):
            if (
                dock not in known
                and dock is not self.timeline
                and not dock.isFloating()
                and self.dockWidgetArea(dock) == self._area(Qt.DockWidgetArea.RightDockWidgetArea)
                and not self.tabifiedDockWidgets(dock)
            ):
                self.tabifyDockWidget(self.incident_panel, dock)
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

    def _key_width(self, *views: QAbstractItemView) -> int:
        """The width a side dock needs so the key columns of its tables fit."""
        widths = [fitter.minimum_width() for v in views if (fitter := column_fitter(v))]
        return max(widths, default=0) + 2 * _DOCK_MARGIN

    def _apply_designed_layout(self, size: QSize) -> None:
        """Dock sizes designed for ``size``: side columns wide enough for their key
        columns (a share of the width beyond that), the map in the middle."""
        self._layout_pending = False
        width, height = size.width(), size.height()
        if width <= 0 or height <= 0:
            return
        left_need = self._key_width(self.call_queue.view(), self.unit_board.view())
        right_need = self._key_width(self.incident_queue.view(), self.alert_queue.view())
        left = max(left_need, min(round(width * _SIDE_SHARE), _SIDE_MAX))
        right = max(right_need, min(round(width * _SIDE_SHARE), _SIDE_MAX))
        # Never squeeze the map below a usable width to honour the sides.
        spare = width - _MAP_MIN_WIDTH
        if left + right > spare > 0:
            left, right = (
                round(spare * left / (left + right)),
                spare - round(spare * left / (left + right)),
            )
        self.resizeDocks(
            [self.call_queue, self.incident_queue], [left, right], Qt.Orientation.Horizontal
        )
        # A tall screen has room for the status tiles under the unit table.
        if height >= _TILES_MIN_HEIGHT:
            self.unit_board.set_view_mode("both")
            self.unit_board.set_group_by("station")
        else:
            self.unit_board.set_view_mode("table")
        # On a wide screen the unit board runs the full height too (room for its
        # tiles); on a narrower one the event log and links take the whole bottom
        # strip but the panels' column, so the links table keeps its columns.
        wide = width >= _WIDE_MIN_WIDTH
        self._set_left_full_height(wide)
        bottom = max(_BOTTOM_MIN, min(round(height * _BOTTOM_SHARE), _BOTTOM_MAX))
        self.resizeDocks([self.event_log], [bottom], Qt.Orientation.Vertical)
        left_column = height if wide else height - bottom
        calls = max(_CALLS_MIN, round(height * _CALLS_SHARE))
        queue = max(_CALLS_MIN, round(height * _QUEUE_SHARE))
        self.resizeDocks(
            [self.call_queue, self.unit_board, self.incident_queue, self.incident_panel],
            [calls, max(left_column - calls, 1), queue, max(height - queue, 1)],
            Qt.Orientation.Vertical,
        )
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
        log = self.event_log.width() + self.link_status.width()
        if log > 0:
            self.resizeDocks(
                [self.event_log, self.link_status],
                [round(log * _LOG_SHARE), log - round(log * _LOG_SHARE)],
                Qt.Orientation.Horizontal,
            )
        # resizeDocks takes effect at the next layout pass: run it now, so the
        # window is in its designed layout as soon as it is shown.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)

    def _area(self, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
        """``area`` as placed in a left-to-right window, for this window's direction."""
        return dock_area(area, self.layoutDirection())

    def _set_corner(self, corner: Qt.Corner, area: Qt.DockWidgetArea) -> None:
        direction = self.layoutDirection()
        self.setCorner(dock_corner(corner, direction), dock_area(area, direction))

    def _set_left_full_height(self, full: bool) -> None:
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self._set_corner(
            Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea if full else bottom
        )

    def _left_full_height(self) -> bool:
        corner = dock_corner(Qt.Corner.BottomLeftCorner, self.layoutDirection())
        return self.corner(corner) == self._area(Qt.DockWidgetArea.LeftDockWidgetArea)

    def _scale_docks(self, old: QSize, new: QSize) -> None:
        """Keep each side column's share of the width when the window is resized, so
        a wider window widens the tables as well as the map."""
        if old.width() <= 0 or new.width() == old.width():
            return
        docks = []
        widths = []
        for column in (
            (self.call_queue, self.unit_board),
            (self.incident_queue, self.alert_queue, self.incident_panel, self.call_panel),
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
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
            QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._layout_pending:
            if self.isVisible():
                self._apply_designed_layout(event.size())
            return
        if event.oldSize().isValid():
            self._scale_docks(event.oldSize(), event.size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._layout_pending:
            self._apply_designed_layout(self.size())
        if self._map_restore_pending:
            self._restore_map_window()

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(self._settings_prefix + SETTINGS_GEOMETRY)
        state = settings.value(self._settings_prefix + SETTINGS_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(_default_size())
        # The corner is not part of the saved state: set it first, as it was.
        self._set_left_full_height(
            _truthy(settings.value(self._settings_prefix + SETTINGS_LEFT_FULL, False))
        )
        if isinstance(state, QByteArray) and self.restoreState(state, _LAYOUT_VERSION):
            self._layout_pending = False
            view = settings.value(self._settings_prefix + SETTINGS_UNIT_VIEW)
            if view in VIEW_MODES:
                self.unit_board.set_view_mode(str(view))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(self._settings_prefix + SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(self._settings_prefix + SETTINGS_STATE, self.saveState(_LAYOUT_VERSION))
        settings.setValue(self._settings_prefix + SETTINGS_UNIT_VIEW, self.unit_board.view_mode())
        settings.setValue(self._settings_prefix + SETTINGS_LEFT_FULL, self._left_full_height())

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
