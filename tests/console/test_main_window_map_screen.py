"""The map in its own window, for a second monitor.

In-process (the offscreen platform's single screen): detaching and bringing
back the map, closing its window, and the screen-removed handler called
directly (offscreen cannot unplug a screen). In a subprocess with two
offscreen screens (the platform's configfile): the map goes to the other
screen, is remembered there for the next start, and stays in the main window
when that screen is missing at start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from console.controllers import command_grammar
from console.main_window import MainWindow
from console.map_placement import SETTINGS_MAP_DETACHED, SETTINGS_MAP_SCREEN


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("dispatch-console-tests")
    qapp.setApplicationName("dispatch-console-map-screen")
    yield


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow("Helsinki (demo)", ZoneInfo("Europe/Helsinki"), command_grammar)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_map_goes_to_its_own_window_and_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.map_window_action.trigger()
    assert window.map_is_detached()
    assert window.map_widget.window() is window.map_window
    assert window.map_window.isVisible() and window.map_widget.isVisible()
    assert window.map_placeholder.isVisible()
    assert QSettings().value(SETTINGS_MAP_DETACHED) in (True, "true")
    assert QSettings().value(SETTINGS_MAP_SCREEN) == window.map_window.screen_name()
    window.map_window_action.trigger()
    assert not window.map_is_detached()
    assert window.map_widget.window() is window
    assert window.map_widget.isVisible() and not window.map_placeholder.isVisible()
    assert QSettings().value(SETTINGS_MAP_DETACHED) in (False, "false")


def test_closing_the_map_window_brings_the_map_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.detach_map()
    assert window.map_window is not None
    window.map_window.close()
    assert window.map_widget.window() is window and window.map_widget.isVisible()
    assert not window.map_window.isVisible()


def test_screen_removed_handler_brings_the_map_back_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The handler connected to QGuiApplication.screenRemoved, called directly with
    the map window's screen: the offscreen platform cannot unplug a screen."""
    window = _window(qtbot)
    name = window.detach_map()
    assert window.map_window is not None
    screen = window.map_window.screen()
    window._on_app_screen_removed(screen)
    assert window.map_widget.window() is window and window.map_widget.isVisible()
    assert name in window.statusBar().currentMessage()
    # The choice stays for the next start, when the screen may be back.
    assert QSettings().value(SETTINGS_MAP_DETACHED) in (True, "true")
    assert QSettings().value(SETTINGS_MAP_SCREEN) == name


def test_another_screen_removed_leaves_the_map_where_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.detach_map()

    class OtherScreen:  # a screen the map is not on (removed: no longer listed)
        def name(self) -> str:
            return "HDMI-9"

    # The map's screen is still listed and is not the removed one.
    assert window.map_window is not None
    assert window.map_window.screen() in QGuiApplication.screens()
    window._on_app_screen_removed(OtherScreen())  # type: ignore[arg-type]
    assert window.map_is_detached()


def test_missing_map_screen_at_start_keeps_the_map_in_the_main_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings()
    settings.setValue(SETTINGS_MAP_DETACHED, True)
    settings.setValue(SETTINGS_MAP_SCREEN, "HDMI-9 (not connected)")
    window = _window(qtbot)
    assert not window.map_is_detached()
    assert window.map_widget.window() is window and window.map_widget.isVisible()
    assert "HDMI-9" in window.statusBar().currentMessage()


# -- two screens, in a subprocess ------------------------------------------------------

_SCRIPT = """
import json, sys
from zoneinfo import ZoneInfo
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["dispatch-console-map-screen"])
app.setOrganizationName("dispatch-console-tests")
app.setApplicationName("dispatch-console-map-screen")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from console.controllers import command_grammar
from console.main_window import MainWindow
window = MainWindow("demo", ZoneInfo("Europe/Helsinki"), command_grammar)
window.resize(1366, 768)
window.show()
for _ in range(5):
    app.processEvents()
if sys.argv[2] == "detach":
    window.detach_map()
    app.processEvents()
result = {
    "screens": [s.name() for s in app.screens()],
    "main": window.screen().name(),
    "detached": window.map_is_detached(),
    "map_screen": window.map_window.screen_name() if window.map_is_detached() else None,
    "map_visible": window.map_widget.isVisible(),
}
window.save_layout()
print(json.dumps(result))
"""


def _screens_file(tmp_path: Path, *names: str) -> Path:
    screens = [
        {
            "name": name,
            "x": 1920 * n,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
        for n, name in enumerate(names)
    ]
    path = tmp_path / f"screens-{len(names)}.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


def _run(tmp_path: Path, screens: Path, action: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "settings"), action],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_map_on_the_second_screen_is_remembered_and_falls_back_when_missing(
    tmp_path: Path,
) -> None:
    two = _screens_file(tmp_path, "DP-1", "DP-2")
    first = _run(tmp_path, two, "detach")
    assert first["screens"] == ["DP-1", "DP-2"]
    assert first["detached"] and first["map_screen"] != first["main"]
    assert first["map_visible"]
    # Next start with both screens: the map is on its screen again.
    second = _run(tmp_path, two, "none")
    assert second["detached"] and second["map_screen"] == first["map_screen"]
    # Next start without that screen: the map is in the main window.
    one = _screens_file(tmp_path, "DP-1")
    third = _run(tmp_path, one, "none")
    assert not third["detached"] and third["map_visible"]
