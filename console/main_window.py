"""Main window: layout and wiring only.

Contract: ``MainWindow(site_title, timezone, grammar)`` puts the map in the centre and
docks around it (unit board, event log, link status), menus with keyboard
shortcuts, a status bar with UTC/local clocks and the store's state, and a
banner for conditions a dispatcher must not miss (store unavailable, site
not loaded). It remembers its layout in QSettings. It owns no services:
``sigCloseRequested`` asks the session to shut down cleanly, and the session
calls ``close_for_real()`` when everything is flushed. ``sigThemeChanged``
carries the theme a person picked. ``grammar`` is the command line's
(``console.controllers.command_grammar``): the window imports widgets only.
"""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
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
from widgets.command_line import CommandGrammar, CommandLineWidget
from widgets.dialogs import open_store_file_dialog
from widgets.error_dialog import show_message
from widgets.event_log import EventLogDock
from widgets.incident_panel import IncidentPanelDock
from widgets.incident_queue import IncidentQueueDock
from widgets.link_status import LinkStatusDock
from widgets.map_widget import MapWidget
from widgets.recommendation_panel import RecommendationPanelDock
from widgets.themes import THEMES
from widgets.timeline import TimelineDock
from widgets.unit_board import UnitBoardDock

_LOGGER = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_THEME = "window/theme"
_LAYOUT_VERSION = 4

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
        layout.addWidget(self.command_line)
        layout.addWidget(self.map_widget, 1)
        self.setCentralWidget(central)

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
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.call_queue)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.unit_board)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.incident_queue)
        self.tabifyDockWidget(self.incident_queue, self.alert_queue)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.incident_panel)
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
        self.incident_panel.raise_()
        self.resizeDocks([self.unit_board], [430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.incident_queue], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.event_log], [200], Qt.Orientation.Vertical)

        self.clock = ClockWidget(self, timezone=timezone)
        self.store_label = QLabel(self.tr("Store: opening…"), self)
        self.statusBar().addWidget(QLabel(site_title, self))
        self.statusBar().addWidget(self.store_label)
        self.statusBar().addPermanentWidget(self.clock)

        self.map_widget.sigUnitSelected.connect(self._on_map_unit_selected)
        self.unit_board.sigUnitSelected.connect(self._on_board_unit_selected)
        self._build_menus()
        self._default_state = self.saveState(_LAYOUT_VERSION)
        self._restore_layout()

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
        view_menu.addSeparator()
        command = QAction(self.tr("&Command line"), self)
        command.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence(Qt.Key.Key_F2)])
        command.triggered.connect(self.command_line.focus_command_line)
        view_menu.addAction(command)
        for dock, key in (
            (self.unit_board, "Ctrl+1"),
            (self.event_log, "Ctrl+2"),
            (self.link_status, "Ctrl+3"),
            (self.incident_queue, "Ctrl+4"),
            (self.incident_panel, "Ctrl+5"),
            (self.recommendation_panel, "Ctrl+6"),
            (self.call_queue, "Ctrl+7"),
            (self.call_panel, "Ctrl+8"),
            (self.alert_queue, "Ctrl+9"),
        ):
            action = dock.toggleViewAction()
            action.setShortcut(QKeySequence(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction(self.tr("{name} theme").format(name=name.capitalize()), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: self.sigThemeChanged.emit(n))
            view_menu.addAction(action)
            self.theme_actions[name] = action
        toggle = QAction(self.tr("Toggle day/night"), self)
        toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
        toggle.triggered.connect(self._on_toggle_theme_triggered)
        view_menu.addAction(toggle)
        reset = QAction(self.tr("&Reset layout"), self)
        reset.triggered.connect(lambda: self.restoreState(self._default_state, _LAYOUT_VERSION))
        view_menu.addAction(reset)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self._on_shortcuts_triggered)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _on_replay_triggered(self) -> None:
        open_store_file_dialog(self, self.sigReplayRequested.emit)

    def set_theme_checked(self, name: str) -> None:
        for theme, action in self.theme_actions.items():
            action.setChecked(theme == name)
        self.map_widget.set_dark(name == "night")

    def _on_toggle_theme_triggered(self) -> None:
        current = next((n for n, a in self.theme_actions.items() if a.isChecked()), "day")
        self.sigThemeChanged.emit("day" if current == "night" else "night")

    def _on_shortcuts_triggered(self) -> None:
        lines = [
            self.tr("Ctrl+L / F2 — command line (F1 there lists the commands)"),
            self.tr("Home / Ctrl+0 — fit the map to the site"),
            self.tr(
                "Ctrl+1 … Ctrl+8 — units, event log, links, incidents, incident, "
                "recommendation, calls, call"
            ),
            self.tr("Ctrl+Shift+N — day / night theme"),
            self.tr("Mouse wheel — zoom; drag — pan; click a unit — select it"),
            self.tr("Right-click or Menu key — status changes, recommend, new incident here"),
            self.tr("Ctrl+Q — quit (links are closed and the store is flushed)"),
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
        self.setProperty("drill", True)
        name = self.objectName()
        self.setStyleSheet(
            f"QMainWindow#{name} {{ background: {DRILL_TINT}; border: 6px solid {DRILL_COLOUR}; }}"
            f" QMainWindow#{name} > QStatusBar {{ background: {DRILL_COLOUR}; color: black; }}"
        )
        self.setWindowTitle(
            self.tr("DRILL — {title} — {site}").format(title=title, site=self._site_title)
        )

    # -- layout and shutdown ---------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(self._settings_prefix + SETTINGS_GEOMETRY)
        state = settings.value(self._settings_prefix + SETTINGS_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if isinstance(state, QByteArray):
            self.restoreState(state, _LAYOUT_VERSION)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(self._settings_prefix + SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(self._settings_prefix + SETTINGS_STATE, self.saveState(_LAYOUT_VERSION))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_real:
            self.save_layout()
            event.accept()
            return
        # Links and the store are shut down asynchronously; close once flushed.
        event.ignore()
        self.sigCloseRequested.emit()

    def close_for_real(self) -> None:
        self._closing_for_real = True
        self.close()
