"""The application shell: display check, banners for a bad site or store,
one error dialog for uncaught errors, remembered theme and layout, and the
``--screenshot`` command end to end."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings

from console import app as app_module
from console.app import Console, display_problem
from widgets.error_dialog import current_error_dialog


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("dispatch-console-tests")
    qapp.setApplicationName("dispatch-console-tests")
    yield


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    message = display_problem()
    assert message is not None
    assert "no display" in message and "xvfb-run" in message and "record" in message
    monkeypatch.setenv("DISPLAY", ":0")
    assert display_problem() is None


def test_run_console_without_display_exits_with_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app_module, "display_problem", lambda: "no display here\n")
    assert app_module.run_console() == 2
    assert "no display here" in capsys.readouterr().err


def test_malformed_site_shows_banner_and_keeps_running(
    console_loop,
    tmp_path: Path,
) -> None:
    site = tmp_path / "broken"
    site.mkdir()
    (site / "site.toml").write_text("[site\nname = 'x'\n", encoding="utf-8")
    console = Console(str(site), None, "day")
    assert console.session is None
    assert console.window.banner.isVisibleTo(console.window)
    assert "SITE NOT LOADED" in console.window.banner.text()
    assert "line 1, column 6" in console.window.banner.text()
    console_loop.run_until_complete(console.shutdown())


def test_unusable_store_shows_banner_and_starts_no_links(
    console_loop,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a folder should be")
    console = Console(None, f"sqlite:///{blocker / 'live.sqlite'}", "day")
    assert console.session is not None

    async def scenario() -> None:
        await console.session.start()
        assert console.session.ingest is None
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    assert "STORE UNAVAILABLE" in console.window.banner.text()
    assert str(blocker) in console.window.banner.text()


def test_a_live_console_paints_its_map_frames_while_the_log_follower_waits(
    console_loop, tmp_path: Path
) -> None:
    """The session's foreground gate is held by every map frame and is the one its log
    follower waits on: under a storm a frame has the interpreter lock to itself."""
    console = Console(None, f"sqlite:///{tmp_path / 'live.sqlite'}", "day")
    held_at_paint: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                held_at_paint.append(console.session.foreground.held)
            return False

    console.window.resize(1366, 768)
    console.window.show()

    async def scenario() -> None:
        await console.session.start()
        session = console.session
        assert session.follower._gate is session.foreground
        watch = Watch()
        map_widget = console.window.map_widget
        map_widget.canvas.viewport().installEventFilter(watch)
        painted = map_widget.frames_painted
        map_widget.center_on(60.17, 24.94)  # a frame made at once
        assert map_widget.frames_painted == painted + 1
        assert held_at_paint and all(held_at_paint)
        assert not session.foreground.held
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_uncaught_errors_fold_into_one_dialog(console_loop, tmp_path: Path) -> None:
    console = Console(None, f"sqlite:///{tmp_path / 's.sqlite'}", "day")
    app_module._install_error_hooks(console, console_loop)
    try:
        for n in range(3):
            try:
                raise RuntimeError(f"boom {n}")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        async def failing() -> None:
            raise ValueError("from a task")

        async def scenario() -> None:
            task = asyncio.get_running_loop().create_task(failing())
            await asyncio.sleep(0)
            del task  # an unretrieved task exception reaches the loop's handler

        console_loop.run_until_complete(scenario())
        dialog = current_error_dialog()
        assert dialog is not None
        assert dialog.error_count() >= 3
        assert all(f"boom {n}" in dialog.report() for n in range(3))
        dialog.close()
    finally:
        sys.excepthook = sys.__excepthook__
        console_loop.run_until_complete(console.shutdown())


def test_theme_and_layout_are_remembered(console_loop, tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 's.sqlite'}"
    first = Console(None, store, "day")
    first.window.show()
    first._on_window_theme_changed("night")
    first.window.event_log.hide()
    wanted = (771, 693)  # inside the offscreen screen (800 x 800), above the minimum
    first.window.resize(*wanted)
    console_loop.run_until_complete(first.shutdown())
    assert QSettings().value("window/theme") == "night"

    second = Console(None, store, "night")
    assert (second.window.width(), second.window.height()) == wanted
    assert not second.window.event_log.isVisibleTo(second.window)
    assert second.window.theme_actions["night"].isChecked()
    console_loop.run_until_complete(second.shutdown())


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "console.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "console", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 600


def test_open_replay_starts_a_separate_replay_window(
    console_loop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from widgets.dialogs import current_dialog

    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda args, **_kw: started.append(args))
    console = Console(None, f"sqlite:///{tmp_path / 's.sqlite'}", "day")
    console.window._on_replay_triggered()
    dialog = current_dialog()
    assert dialog is not None
    store = tmp_path / "copy.sqlite"
    store.write_bytes(b"")
    dialog.fileSelected.emit(str(store))
    dialog.close()
    assert started and started[0][-2:] == ["--replay", str(store)]
    console_loop.run_until_complete(console.shutdown())


@pytest.mark.parametrize("geometry", ["1366x768", None], ids=["1366x768", "default"])
def test_screenshot_is_exactly_the_geometry_asked_for(
    tmp_path: Path, geometry: str | None, qapp
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    out = tmp_path / "console.png"
    # The settings the console itself reads (run_console names the application).
    remembered = QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        app_module.APP_NAME,
        app_module.APP_NAME,
    )
    assert str(tmp_path) in remembered.fileName()  # never the real user's settings
    remembered.setValue("window/theme", "night")
    remembered.sync()
    assert app_module.run_console(screenshot=str(out), geometry=geometry, theme="day") == 0
    # A picture leaves the console's remembered theme and layout alone.
    remembered.sync()
    assert remembered.value("window/theme") == "night"
    assert remembered.value("window/geometry") is None
    image = QImage(str(out))
    assert (image.width(), image.height()) == ((1366, 768) if geometry else (1920, 1080))
    assert image.devicePixelRatio() == 1.0
    # The window painted, not a blank image: distinct colours (map, tables, text).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in (40, 300, 700)}
    assert len(colours) > 8
    qapp.setApplicationName("dispatch-console-tests")  # run_console renamed it


@pytest.mark.parametrize("geometry", ["1366", "wide", "100x100", "1366x768x2"])
def test_bad_screenshot_geometry_is_refused_with_the_reason(
    tmp_path: Path, geometry: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "console.png"
    assert app_module.run_console(screenshot=str(out), geometry=geometry) == 2
    assert "geometry" in capsys.readouterr().err
    assert not out.exists()


def test_parse_geometry() -> None:
    assert app_module.parse_geometry("1920x1080") == (1920, 1080)
    assert app_module.parse_geometry(" 1366X768 ") == (1366, 768)
    assert app_module.parse_geometry((800, 600)) == (800, 600)
    with pytest.raises(ValueError, match="outside"):
        app_module.parse_geometry("99999x768")


def test_the_command_line_passes_geometry_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    out = tmp_path / "console.png"
    assert main(["--screenshot", str(out), "--geometry", "wide"]) == 2
    assert "geometry 'wide'" in capsys.readouterr().err
    assert not out.exists()


def test_a_drill_names_the_signed_in_operator_as_trainer_only_when_they_may_run_drills() -> None:
    """``Console._signed_in_trainer``: the console's signed-in operator who may run a drill
    (``drill.run``) is the trainer ``start_drill_console`` is given; anyone else, or nobody
    signed in, leaves the drill to name who holds its store."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from console.app import Console
    from console.session.operator import PositionOperator
    from models.operators import events as oev
    from models.operators.state import OperatorsState

    now = datetime.now(UTC)
    people = OperatorsState()
    for name, role in (("tina", "trainer"), ("carl", "call-taker")):
        people.apply(oev.ADDED, {"name": name, "role": role, "password_hash": "$x"}, now)
    console = Console.__new__(Console)
    console.session = None
    assert console._signed_in_trainer() is None
    position = PositionOperator("p1", people)
    console.session = SimpleNamespace(position_operator=position)
    assert console._signed_in_trainer() is None  # nobody signed in
    people.apply(oev.SIGNED_IN, {"name": "carl", "role": "call-taker", "position": "p1"}, now)
    assert console._signed_in_trainer() is None  # a call-taker runs no drill
    people.apply(oev.CHANGED, {"name": "tina", "role": "trainer", "position": "p1"}, now)
    assert console._signed_in_trainer() == "tina"
    position.locked = True
    assert console._signed_in_trainer() is None
