"""Wait for a condition another process or thread brings about.

For state with no signal to wait on (a row another process commits), poll
with a deadline; never a fixed sleep that hopes the work is done.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_TICK = threading.Event()  # never set: wait() is an interruptible short pause


def poll_until(condition: Callable[[], T], what: str, timeout: float = 30.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        _TICK.wait(0.05)


async def wait_for(condition: Callable[[], Any], what: str, timeout: float = 20.0) -> Any:
    """Like ``poll_until``, on the running event loop: the loop keeps serving meanwhile."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.01)
