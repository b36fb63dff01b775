"""Start an operator's action at once, in the slot that asked for it, not a loop turn later.

Contract: ``start_eagerly(coro, loop)`` runs ``coro`` up to its first real
suspension right now, in the caller's frame (the key press's or the button's
slot), and returns an ``asyncio.Future`` for its result: a Task that goes on
from where the coroutine stopped, or a Future already done when the
coroutine finished (or raised) without suspending. Python 3.12 and later use
asyncio's own eager start (``Task(..., eager_start=True)``); 3.11 drives the
first step here and hands the rest to a Task.

Why: on the qasync loop a new task's first step is a zero timer, and Qt
serves timers after the posted events (a repaint of the window after the
key press, a slice of the store's committed events): under load that is
15-30 ms before a dispatch reaches the store writer or a refusal reaches
the command line. Started eagerly, ``D 12 HE11`` is handed to the writer
inside the Enter key's own handler.

What differs from a task: while the first step runs there is no current task
(``asyncio.current_task()`` is None; ``asyncio.timeout`` needs one, so an
action must not open one before its first await), and an exception raised
before the first suspension is in the returned Future, exactly as a task's
would be. Cancelling the returned Task cancels the coroutine where it waits.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine, Generator
from typing import Any


def start_eagerly(coro: Coroutine[Any, Any, Any], loop: asyncio.AbstractEventLoop) -> Any:
    """Run ``coro``'s first step now; an ``asyncio.Future`` (a Task if it suspended)."""
    if sys.version_info >= (3, 12):  # pragma: no cover - the CI interpreter is 3.11
        return asyncio.Task(coro, loop=loop, eager_start=True)  # type: ignore[call-arg]
    try:
        waiting = coro.send(None)
    except StopIteration as finished:
        done = loop.create_future()
        done.set_result(finished.value)
        return done
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        failed = loop.create_future()
        failed.set_exception(exc)
        return failed
    return loop.create_task(_resume(_GoOn(coro, waiting)))


async def _resume(rest: _GoOn) -> Any:
    return await rest


class _GoOn:
    """Awaitable that hands a started coroutine's pending future to the Task driving it,
    then resumes the coroutine each time the Task is woken, until it returns."""

    __slots__ = ("_coro", "_waiting")

    def __init__(self, coro: Coroutine[Any, Any, Any], waiting: Any) -> None:
        self._coro = coro
        self._waiting = waiting

    def __await__(self) -> Generator[Any, None, Any]:
        coro = self._coro
        waiting = self._waiting
        self._waiting = None
        while True:
            # A future the coroutine awaits still has _asyncio_future_blocking set, so the
            # Task waits for it (a bare yield, None, gives the loop a turn) and then wakes us.
            try:
                yield waiting
            except BaseException as exc:  # thrown in by the Task: cancelled, or the future failed
                try:
                    waiting = coro.throw(exc)
                except StopIteration as finished:
                    return finished.value
                continue
            try:
                waiting = coro.send(None)
            except StopIteration as finished:
                return finished.value
