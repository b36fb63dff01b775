"""Where the main window's map lives: in the window, or in a window of its own on another screen.

Contract (functions of a ``console.main_window.MainWindow``, which keeps the
public ``detach_map``/``attach_map``/``map_is_detached`` and calls these):

- ``detach_map(window, screen_name)``: the map moves into its own window
  (``widgets.map_window.MapWindowWidget``, created once, carrying the map's
  actions) on the screen named ``screen_name`` (None: another screen than the
  main window's, if there is one); a placeholder says where it went; the
  choice and the screen's name are remembered in QSettings. Returns the name.
- ``attach_map(window, remember=True)``: the map back in the main window;
  ``remember=False`` (a screen went away) keeps the own-window choice for the
  next start.
- ``restore_map_window(window)``: at start, the map back on the screen it was
  on if that screen is connected; otherwise it stays in the main window and
  the status bar says why.
- ``on_screen_removed(window, screen)``: a monitor unplugged during a shift:
  if the map was on it, it is back in the main window at once.

Texts are translated under the ``MainWindow`` context, as when they lived there.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

from widgets.map_window import MapWindowWidget

# The window these functions serve: a ``console.main_window.MainWindow`` (not imported, as
# the window imports this module: no cycle, even for type checking).
MainWindow = Any

_LOGGER = logging.getLogger(__name__)

SETTINGS_MAP_DETACHED = "map/ownWindow"  # the map in its own window (a second monitor)
SETTINGS_MAP_SCREEN = "map/screen"  # the name of the screen that window was on
MESSAGE_MS = 30_000  # how long a status-bar notice stays


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def truthy(value: object) -> bool:
    """A QSettings boolean: INI files give back the strings "true" / "false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def is_detached(window: MainWindow) -> bool:
    return window.map_window is not None and window.map_window.map_widget() is not None


def detach_map(window: MainWindow, screen_name: str | None = None) -> str:
    screen = _map_screen(window, screen_name)
    if window.map_window is None:
        window.map_window = MapWindowWidget(
            _tr("Map — {site}").format(site=window.site_title), window
        )
        window.map_window.addActions(window.map_actions)
        window.map_window.sigCloseRequested.connect(window.attach_map)
    if not is_detached(window):
        window.central_layout.removeWidget(window.map_widget)
        window.map_window.hold(window.map_widget)
    window.map_window.show_on(screen)
    name = screen.name()
    window.map_placeholder.setText(
        _tr(
            "The map is in its own window on screen {screen}.\nCtrl+Shift+M brings it back here."
        ).format(screen=name)
    )
    window.map_placeholder.show()
    window.map_window_action.setChecked(True)
    settings = QSettings()
    settings.setValue(window.settings_prefix + SETTINGS_MAP_DETACHED, True)
    settings.setValue(window.settings_prefix + SETTINGS_MAP_SCREEN, name)
    return name


def attach_map(window: MainWindow, *, remember: bool = True) -> None:
    if window.map_window is not None and is_detached(window):
        window.map_window.release()
        layout = window.central_layout
        layout.insertWidget(layout.indexOf(window.map_placeholder), window.map_widget, 1)
        window.map_widget.show()
    window.map_placeholder.hide()
    window.map_window_action.setChecked(False)
    if remember:
        QSettings().setValue(window.settings_prefix + SETTINGS_MAP_DETACHED, False)


def _map_screen(window: MainWindow, name: str | None) -> QScreen:
    screens = QGuiApplication.screens()
    for screen in screens:
        if name is not None and screen.name() == name:
            return screen
    own = window.screen() or QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not own), own)


def restore_map_window(window: MainWindow) -> None:
    settings = QSettings()
    if not truthy(settings.value(window.settings_prefix + SETTINGS_MAP_DETACHED)):
        return
    name = str(settings.value(window.settings_prefix + SETTINGS_MAP_SCREEN) or "")
    if name and name not in {s.name() for s in QGuiApplication.screens()}:
        _LOGGER.warning("map screen %s not found: the map stays in the main window", name)
        window.statusBar().showMessage(
            _tr("Screen {screen} for the map is not connected: the map is here.").format(
                screen=name
            ),
            MESSAGE_MS,
        )
        return
    detach_map(window, name or None)


def on_screen_removed(window: MainWindow, screen: QScreen) -> None:
    if not is_detached(window) or window.map_window is None:
        return
    current = window.map_window.screen()
    if current is not None and current is not screen and current in QGuiApplication.screens():
        return
    name = screen.name()
    _LOGGER.warning("map screen %s removed: the map is back in the main window", name)
    attach_map(window, remember=False)
    window.statusBar().showMessage(
        _tr("Screen {screen} was disconnected: the map is back here.").format(screen=name),
        MESSAGE_MS,
    )
