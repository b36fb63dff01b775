"""The recorder beside a console, as its window shows it (``dispatch-console --recorder``).

Why: under a radar storm one interpreter lock carrying both the links and
the screen decides how late a frame or a typed command's answer is; with
``--recorder`` the site's links run in a ``dispatch-console record`` child
(``console.session.recorder_child``), which stores every datagram, and the
console follows the store as a control-room position follows its server's
recorder. Everything else about the console is the same.

Contract (GUI thread): ``RecorderWatch(window, child, refresh_banner)``.

- ``start()`` launches the child (idempotent). Each time it exits while the
  console runs (``RecorderChild.on_exit``, on its watcher thread, marshalled
  here by a queued signal) the window's banner says the recorder stopped,
  with its exit code and last line, that the links are not received until
  it is back and that it is being restarted; the status bar says so too
  (``sigStopped(code, last_line)`` for anyone else listening).
- A restarted child that has run ``RECOVERED_S`` seconds is taken as back:
  ``refresh_banner()`` (the session's own banner, e.g. ``ConsoleSession.
  refresh_banner``) replaces the warning and the status bar says it is back
  (``sigBack()``). ``down`` tells whether the warning stands.
- ``stop()`` (any thread, e.g. an executor at shutdown) stops the child for
  good and returns its exit code; no banner then.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.session.recorder_child import RecorderChild

_LOGGER = logging.getLogger(__name__)

RECOVERED_S = 3.0
WATCH_MS = 500


class RecorderWatch(QObject):
    sigStopped = Signal(int, str)  # exit code, the child's last line
    sigBack = Signal()

    def __init__(
        self, window: Any, child: RecorderChild, refresh_banner: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.child = child
        self._refresh_banner = refresh_banner
        self.down = False
        self._since: float | None = None  # when the restarted child was first seen running
        self._pid_down: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._exited.connect(self._on_child_exited)
        child.on_exit = self._from_watcher_thread

    _exited = Signal(int, str)  # queued from the child's watcher thread

    def start(self) -> None:
        self.child.start()
        self._timer.start()

    def stop(self) -> int | None:
        """Any thread: the child stopped for good (SIGTERM, then SIGKILL); its exit code."""
        return self.child.stop()

    def _from_watcher_thread(self, code: int, lines: list[str]) -> None:
        self._exited.emit(int(code), lines[-1] if lines else "")

    def _on_child_exited(self, code: int, last: str) -> None:
        self.down = True
        self._since = None
        self._pid_down = self.child.pid
        text = self.window.tr(
            "RECORDER STOPPED (exit code {code}) — the site's links are not received until it "
            "is back; restarting it. {last}"
        ).format(code=code, last=last)
        self.window.show_banner(text)
        self.window.statusBar().showMessage(
            self.window.tr("Recorder stopped (exit code {code}); restarting").format(code=code)
        )
        self.sigStopped.emit(code, last)

    def _on_timer_timeout(self) -> None:
        if not self.down:
            return
        child = self.child
        if not child.running or child.pid == self._pid_down:
            self._since = None
            return
        now = time.monotonic()
        if self._since is None:
            self._since = now
            return
        if now - self._since >= RECOVERED_S:
            self.down = False
            _LOGGER.warning("recorder child back (pid %s, %d restarts)", child.pid, child.restarts)
            self._refresh_banner()
            self.window.statusBar().showMessage(
                self.window.tr("Recorder running again: the site's links are received"), 30_000
            )
            self.sigBack.emit()
