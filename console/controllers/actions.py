"""One way for controllers to run operator actions and show their refusals.

Contract: a controller subclasses ``ActionController(parent, window)`` and
names the refusals it expects in ``REFUSALS`` (the services' error types).
``_run(action, what)`` runs one service action, its first step at once in
the caller's slot (``console.controllers.eager_task``), the rest as an
asyncio task; a refusal
is shown under the command line and in the status bar as ``"what: reason"``,
never raised: ``what`` as the controller's ``_action_word(what)`` gives it in
the console's language, the reason as ``console.reports.refusals.
refusal_text`` shows it (translated, values isolated), joined by
``refused_line(what, reason)``, a template of context ``ActionController``
each language writes its way (French "dispatch : …" with a no-break space,
Hebrew and Arabic led by a right-to-left mark). Anything else
propagates to the console's error handler.
``wait_idle()`` returns once every action started so far has finished (for
tests and shutdown). ``_timer(ms, slot)`` makes a repeating timer owned by
the controller (started by the controller when it starts).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from console.controllers.eager_task import start_eagerly
from console.reports.refusals import refusal_text

if TYPE_CHECKING:
    from console.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)

REFUSAL_SHOWN_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionController", text)


def refused_line(what: str, reason: str) -> str:
    """``what`` (an action's word, translated) and why it was refused, as one line."""
    return _tr("{what}: {reason}").format(what=what, reason=reason)


class ActionController(QObject):
    REFUSALS: ClassVar[tuple[type[Exception], ...]] = ()

    def __init__(self, parent: QObject, window: MainWindow) -> None:
        super().__init__(parent)
        self.window = window
        self._tasks: set[asyncio.Task[Any]] = set()

    def _run(self, action: Coroutine[Any, Any, Any], what: str) -> asyncio.Future[Any]:
        # Started in the slot that asked (console.controllers.eager_task): a dispatch is
        # with the store writer, a refusal under the command line, before this returns.
        task = start_eagerly(
            self._guarded(action, self._action_word(what)), asyncio.get_event_loop()
        )
        if not task.done():
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, action: Coroutine[Any, Any, Any], what: str) -> Any:
        try:
            return await action
        except self.REFUSALS as exc:
            self._refuse(refused_line(what, refusal_text(exc)))
        return None

    def _action_word(self, what: str) -> str:
        """``what`` (the action's English name) in the console's language; subclasses
        translate their own (``self.tr``), the base keeps it."""
        return what

    def _refuse(self, message: str) -> None:
        _LOGGER.info("refused: %s", message)
        self.window.command_line.show_error(message)
        self.window.statusBar().showMessage(message, REFUSAL_SHOWN_MS)

    async def wait_idle(self) -> None:
        """Until every action started so far has finished (for tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer
