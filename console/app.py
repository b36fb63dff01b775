"""Start the console window on a qasync event loop.

Contract: ``run_console(site_dir, store_url, screenshot, theme, ..., geometry) -> exit code``.
- Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY, and no
  QT_QPA_PLATFORM chosen) it says so plainly, with ways to proceed, and
  returns 2 instead of letting Qt abort obscurely.
- ``screenshot``: start offscreen (on a temporary store unless ``store_url``
  is given, so a picture never writes to the live store) in the designed
  layout (not the remembered one, which it leaves as it was, theme included)
  at ``geometry`` ("WxH" or a (W, H) pair; default 1920x1080), wait until
  the window has painted with the session started, save it as a PNG of
  exactly W x H pixels at device-pixel ratio 1 and exit 0. A geometry that
  is not "WxH" within 640x480 .. 7680x4320 is refused with exit 2 and the
  reason on stderr.
- An uncaught exception (in a slot or an asyncio task) is logged and shown
  in one error dialog; the console keeps running.
- A site that cannot be loaded is shown in the window's banner; the console
  runs without links rather than on a site the dispatcher did not choose.
- Closing the window closes the links and flushes the store before exit.
- ``recorder`` (``--recorder``; a live session only, never a drill, a replay
  or a screenshot): the site's links (``links``, default all) run in a
  ``dispatch-console record`` child started beside the console once the
  window has painted (``console.session.recorder_watch``: a child that
  exits is restarted and the banner says so until it is back), and the
  console itself runs none and follows the store; a radar storm then
  costs the screen only the follower's reading. Closing the window stops
  the child (it flushes its store) after the session.
- Operators: on a live store the position signs in (``ConsoleSession``
  with ``sign_in``; ``console.session.operator_console``), ``operator``
  (``--operator``) only pre-fills the name; on a store that never had an
  operator the OS user becomes its first administrator and is signed in
  without a prompt. A drill, a replay and a screenshot never prompt: they
  act as ``operator`` or the OS user; a drill started where an operator
  with the right to run drills is signed in names them its trainer, else
  the one who holds the drill store (``console.session.drill``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

_LOGGER = logging.getLogger(__name__)

APP_NAME = "dispatch-console"

NO_DISPLAY_MESSAGE = """\
dispatch-console: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).

The console is a desktop program and needs a graphical session. To proceed:
  * start it from a desktop session on this PC, or over SSH with X forwarding (ssh -X);
  * on a server without a screen, run it on a virtual display: xvfb-run dispatch-console
  * to record the site's links into the store without any screen: dispatch-console record
  * to save a picture of the console: dispatch-console --screenshot console.png
"""

SCREENSHOT_TIMEOUT_S = 30.0
FIRST_PAINT_WAIT_S = 3.0
SCREENSHOT_SIZE = (1920, 1080)
GEOMETRY_MIN = (640, 480)
GEOMETRY_MAX = (7680, 4320)
# Close to process start: this module is imported right after argument parsing.
STARTED = time.monotonic()


def default_operator() -> str:
    """The signed-in user's name: every operator action is stored with it."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or passwd
        return "operator"


def display_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


def parse_geometry(text: str | tuple[int, int]) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768); ValueError with the reason for anything else."""
    if isinstance(text, tuple):
        width, height = text
    else:
        parts = text.strip().lower().replace("×", "x").split("x")
        if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
            raise ValueError(f"geometry {text!r} is not WIDTHxHEIGHT, e.g. 1366x768")
        width, height = (int(p) for p in parts)
    (min_w, min_h), (max_w, max_h) = GEOMETRY_MIN, GEOMETRY_MAX
    if not (min_w <= width <= max_w and min_h <= height <= max_h):
        raise ValueError(f"geometry {width}x{height} is outside {min_w}x{min_h} .. {max_w}x{max_h}")
    return width, height


def run_console(
    site_dir: str | None = None,
    store_url: str | None = None,
    screenshot: str | None = None,
    theme: str | None = None,
    operator: str | None = None,
    replay: str | None = None,
    links: str | None = None,
    drill: str | None = None,
    speed: float = 1.0,
    geometry: str | tuple[int, int] | None = None,
    lang: str | None = None,
    recorder: bool = False,
) -> int:
    size = SCREENSHOT_SIZE
    if geometry is not None:
        try:
            size = parse_geometry(geometry)
        except ValueError as exc:
            print(f"dispatch-console: {exc}", file=sys.stderr)
            return 2
    temp_dir: tempfile.TemporaryDirectory[str] | None = None
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if store_url is None and replay is None:
            temp_dir = tempfile.TemporaryDirectory(prefix="dispatch-console-shot-")
            store_url = f"sqlite:///{Path(temp_dir.name) / 'screenshot.sqlite'}"
    else:
        problem = display_problem()
        if problem:
            print(problem, file=sys.stderr, end="")
            return 2
    try:
        return _run_qt(
            site_dir, store_url, screenshot, theme, operator, replay, links, drill, speed, size,
            lang, recorder,
        )  # fmt: skip
    finally:
        if temp_dir is not None:
            temp_dir.cleanup()


def _run_qt(
    site_dir: str | None,
    store_url: str | None,
    screenshot: str | None,
    theme: str | None,
    operator: str | None,
    replay: str | None = None,
    links: str | None = None,
    drill: str | None = None,
    speed: float = 1.0,
    size: tuple[int, int] = SCREENSHOT_SIZE,
    lang: str | None = None,
    recorder: bool = False,
) -> int:
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from widgets.themes import apply_theme

    app = QApplication.instance() or QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Cycles are collected on the GUI thread only, on a timer (console.collector).
    from console.collector import start_collector

    collector = start_collector()

    settings = QSettings()
    # The language before any window: every text is translated as it is made, and
    # Hebrew and Arabic lay the window out right to left. A picture remembers nothing.
    from console.config.languages import choose_language
    from widgets.i18n import install_language

    language = install_language(app, choose_language(lang, settings, remember=not screenshot))
    from radio.codecs.cap_language import set_preferred_language

    set_preferred_language(language.code)  # CAP alerts: the <info> in this language
    theme = theme or str(settings.value("window/theme", "day"))
    apply_theme(app, theme)  # type: ignore[arg-type]
    if not screenshot:  # a picture leaves the console's remembered theme alone
        settings.setValue("window/theme", theme)

    console = Console(
        site_dir, store_url, theme, operator, replay, links, drill, speed,
        sign_in=not screenshot, screenshot=bool(screenshot), recorder=recorder,
    )  # fmt: skip
    _install_error_hooks(console, loop)
    # A collection that is due waits for the map's next frame and runs just after it.
    collector.follow_frames(console.window.map_widget.sigFramePainted)
    exit_code = 0
    with loop:
        try:
            if screenshot:
                exit_code = loop.run_until_complete(console.screenshot(Path(screenshot), size))
            else:
                exit_code = loop.run_until_complete(console.run())
            # Worker threads (store opening, routing) end before Qt goes away.
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            collector.timer.stop()
    return exit_code


class Console:
    """The running console: one window and its session."""

    def __init__(
        self,
        site_dir: str | None,
        store_url: str | None,
        theme: str,
        operator: str | None = None,
        replay: str | None = None,
        links: str | None = None,
        drill: str | None = None,
        speed: float = 1.0,
        *,
        sign_in: bool = False,
        screenshot: bool = False,
        recorder: bool = False,
    ) -> None:
        from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
        from console.controllers import command_grammar
        from console.main_window import MainWindow
        from console.session.link_ownership import parse_links
        from console.session.live import ConsoleSession

        self.closed = asyncio.Event()
        self.session: Any = None  # ConsoleSession, or ReplaySession with ``replay``
        self.recorder: Any = None  # console.session.recorder_watch.RecorderWatch
        site_path = Path(site_dir) if site_dir else DEFAULT_SITE_DIR
        try:
            site = load_site(site_path)
        except SiteError as exc:
            _LOGGER.error("site not loaded: %s", exc)
            self.window = MainWindow(str(site_path), None, command_grammar)
            self.window.show_banner(
                self.window.tr("SITE NOT LOADED — no links are running: {err}").format(err=exc)
            )
            self.window.set_store_status(self.window.tr("Store: not opened"))
        else:
            from zoneinfo import ZoneInfo

            _show_catalogue_names(site)
            self.window = MainWindow(
                site.name, ZoneInfo(site.timezone), command_grammar, replay=replay is not None
            )
            if replay is not None:
                from console.session.replay import ReplaySession

                self.session = ReplaySession(self.window, site, replay)
            elif drill is not None:
                self.session = self._drill_session(site, drill, store_url, operator, speed)
            else:
                beside = recorder and not screenshot
                self.session = ConsoleSession(
                    self.window,
                    site,
                    store_url,
                    operator or default_operator(),
                    # With a recorder beside it the console runs none of the links itself.
                    links=parse_links("none" if beside else links),
                    sign_in=sign_in,
                    os_user=default_operator(),
                    # A picture never opens the site's pagers, radios or partner links.
                    reach_links=not screenshot,
                )
                if beside:
                    self.recorder = self._recorder_watch(site_dir, store_url, links)
        self.window.set_theme_checked(theme)
        self.window.sigThemeChanged.connect(self._on_window_theme_changed)
        self.window.sigCloseRequested.connect(self._on_window_close_requested)
        self.window.sigReplayRequested.connect(self._on_window_replay_requested)
        language_menu = getattr(self.window, "language_menu", None)
        if language_menu is not None:
            language_menu.sigLanguageChosen.connect(self._on_language_chosen)
        self._site_dir = site_dir

    def _on_language_chosen(self, code: str) -> None:
        """Remembered for the next start (the window's texts are made at start)."""
        from PySide6.QtCore import QSettings

        from console.config.languages import remember_language

        remember_language(QSettings(), code)
        self.window.statusBar().showMessage(self.window.language_menu.restart_note(), 10000)

    def _recorder_watch(
        self, site_dir: str | None, store_url: str | None, links: str | None
    ) -> Any:
        from console.session.recorder_child import RecorderChild
        from console.session.recorder_watch import RecorderWatch

        child = RecorderChild(site_dir, store_url, links or "all")
        return RecorderWatch(self.window, child, self.session.refresh_banner)

    def start_recorder(self) -> None:
        """The recorder child beside the console (``recorder``); nothing without one."""
        if self.recorder is not None:
            self.recorder.start()

    def _drill_session(
        self, site: Any, drill: str, store_url: str | None, operator: str | None, speed: float
    ) -> Any:
        """The drill's session, or None (with a banner) when the scenario cannot run here."""
        from console.session.drill import start_drill_console
        from models.drills.scenario import ScenarioError

        try:
            return start_drill_console(
                self.window,
                site,
                drill,
                store_url,
                operator or default_operator(),
                speed,
                trainer=self._signed_in_trainer(),
            )
        except ScenarioError as exc:
            _LOGGER.error("drill not started: %s", exc)
            self.window.show_banner(self.window.tr("DRILL NOT STARTED — {err}").format(err=exc))
            return None

    def _signed_in_trainer(self) -> str | None:
        """The operator signed in at this console when they may run a drill (its
        injections then name them); None: the drill names who holds its store."""
        from models.operators.roles import allowed

        position = getattr(self.session, "position_operator", None)
        if position is None or position.locked:
            return None
        session = position.session()
        if session is None or not allowed(session.role, "drill.run", drill=True):
            return None  # nobody signed in, or no right to run drills (on a drill store)
        return str(session.name)

    def _on_window_theme_changed(self, name: str) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from widgets.themes import apply_theme

        apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        QSettings().setValue("window/theme", name)
        self.window.set_theme_checked(name)

    def _on_window_replay_requested(self, store: str) -> None:
        """Replay runs in its own process: the live console keeps running untouched."""
        import subprocess

        args = [sys.executable, "-m", "console", "--replay", store]
        if self._site_dir:
            args += ["--site", self._site_dir]
        subprocess.Popen(args, start_new_session=True)
        _LOGGER.info("replay of %s opened in a separate window", store)

    def _on_window_close_requested(self) -> None:
        asyncio.get_event_loop().create_task(self.shutdown())

    async def shutdown(self) -> None:
        if self.closed.is_set():
            return
        try:
            if self.session is not None:
                await self.session.shutdown()
        finally:
            if self.recorder is not None:
                code = await asyncio.get_running_loop().run_in_executor(None, self.recorder.stop)
                _LOGGER.info("recorder child stopped (exit code %s)", code)
            self.closed.set()
            self.window.close_for_real()

    def _log_first_paint(self) -> None:
        def on_painted(_frame: int) -> None:
            self.window.map_widget.sigFramePainted.disconnect(on_painted)
            _LOGGER.info("first map frame painted %.3f s after start", time.monotonic() - STARTED)

        self.window.map_widget.sigFramePainted.connect(on_painted)

    async def _show_then_start(self) -> None:
        """Paint the window first, then open the store and the links.

        Opening the store imports SQLAlchemy and runs migrations on a worker
        thread; started together with the first paint it would compete for
        the interpreter and delay it. Nothing is received before the links
        open, so nothing is lost by starting them a moment later.
        """
        self._log_first_paint()
        painted = asyncio.get_running_loop().create_future()

        def on_painted(_frame: int) -> None:
            if not painted.done():
                painted.set_result(None)

        self.window.map_widget.sigFramePainted.connect(on_painted)
        if self.session is not None:
            self.session.show_site()
        self.window.show()
        try:
            await asyncio.wait_for(painted, FIRST_PAINT_WAIT_S)
        except TimeoutError:
            _LOGGER.warning("no map frame within %.0f s; starting anyway", FIRST_PAINT_WAIT_S)
        finally:
            self.window.map_widget.sigFramePainted.disconnect(on_painted)
        self.start_recorder()  # its interpreter starts while the session opens the store
        if self.session is not None:
            await self.session.start()

    async def run(self) -> int:
        await self._show_then_start()
        # What the console built to run is never walked by a collection again.
        from console.collector import settle_heap

        settle_heap()
        await self.closed.wait()
        return 0

    async def screenshot(self, path: Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
        from PySide6.QtGui import QImage

        # A picture of a control-room screen of ``size``, whatever the platform's
        # screen, in the designed layout rather than whatever was remembered.
        self.window.reset_layout()
        self.window.remember_layout = False  # nor does it replace the remembered layout
        self.window.resize(*size)
        await self._show_then_start()
        painted = self.window.map_widget.frames_painted
        deadline = asyncio.get_running_loop().time() + SCREENSHOT_TIMEOUT_S
        # Wait for a map frame painted after the session started, then let the
        # docks' text timers run once so the picture shows live content.
        while self.window.map_widget.frames_painted <= painted:
            if asyncio.get_running_loop().time() > deadline:
                _LOGGER.warning("the map did not paint within %.0f s", SCREENSHOT_TIMEOUT_S)
                break
            await asyncio.sleep(0.02)
        # Long enough for the docks' one-second refreshes (link states, timers) to run.
        await asyncio.sleep(1.2)
        if (self.window.width(), self.window.height()) != size:
            _LOGGER.warning(
                "the window is %dx%d, not the %dx%d asked for",
                self.window.width(),
                self.window.height(),
                *size,
            )
        # Rendered into an image of exactly ``size`` at device-pixel ratio 1, whatever
        # the screen's scaling: the picture has the pixels a W x H screen shows.
        image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(1.0)
        image.fill(self.window.palette().window().color())
        self.window.render(image)
        ok = image.save(str(path), "PNG")
        await self.shutdown()
        if not ok:
            print(f"dispatch-console: could not write the screenshot to {path}", file=sys.stderr)
            return 1
        print(f"screenshot saved to {path}")
        return 0


def _install_error_hooks(console: Console, loop: asyncio.AbstractEventLoop) -> None:
    from widgets.error_dialog import show_exception_dialog

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        _LOGGER.error("uncaught error", exc_info=(kind, exc, tb))
        try:
            show_exception_dialog(console.window, exc)
        except Exception:
            _LOGGER.exception("could not show the error dialog")

    def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            _LOGGER.error("event loop error: %s", context.get("message"))
            return
        excepthook(type(exc), exc, exc.__traceback__)

    sys.excepthook = excepthook
    loop.set_exception_handler(loop_handler)


def _show_catalogue_names(site: Any) -> None:
    """The catalogue's own names in the console's language (name_he = "..." in its TOML)
    for the widgets, before any translation; nothing when it has none."""
    from console.config.site import site_catalogue
    from widgets.catalogue_labels import set_catalogue_names
    from widgets.i18n import installed_language

    code = installed_language()
    catalogue = site_catalogue(site)
    units = {t.code: t.name_in(code) for t in catalogue.unit_types() if code in dict(t.names)}
    incidents = {
        t.name: t.name_in(code) for t in catalogue.incident_types() if code in dict(t.names)
    }
    set_catalogue_names(units, incidents)
