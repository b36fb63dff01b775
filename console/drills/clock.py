"""The running drill clock: drill seconds at a speed, paused and resumed, awaitable.

Contract: ``RunClock(speed=1.0, now=time.monotonic)``; ``drill_s`` is 0 until
``start()``, then advances by wall seconds x ``speed`` while running and
stands still while ``paused``. ``set_speed`` and ``pause``/``resume`` keep the
drill time continuous (no jump). ``await sleep_until(drill_s)`` returns True
once the drill clock reaches that time (however often speed changes or the
drill is paused meanwhile) and False as soon as the clock is ``stop()``-ped;
``await sleep(seconds)`` is relative. Waiting re-checks at least every
``MAX_WAIT_S`` wall seconds, so a ``now`` function that jumps (tests) is
noticed without anyone waking the sleepers. ``wakeups`` counts re-checks
(tests use it to know a sleeper looked and went back to sleep). Qt-free; the
scenario's own time arithmetic and the drill.clock log conversion are in
``models.drills``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

MAX_WAIT_S = 0.25


class RunClock:
    def __init__(self, speed: float = 1.0, now: Callable[[], float] = time.monotonic) -> None:
        self._check_speed(speed)
        self._now = now
        self._speed = float(speed)
        self._base_drill = 0.0
        self._base_wall: float | None = None  # None: not running (not started, or paused)
        self.started = False
        self.stopped = False
        self.wakeups = 0
        self._changed = asyncio.Event()

    @staticmethod
    def _check_speed(speed: float) -> None:
        if not speed > 0 or speed != speed or speed == float("inf"):
            raise ValueError(f"drill speed must be a positive number, got {speed!r}")

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def paused(self) -> bool:
        return self.started and not self.stopped and self._base_wall is None

    @property
    def drill_s(self) -> float:
        if self._base_wall is None:
            return self._base_drill
        return self._base_drill + (self._now() - self._base_wall) * self._speed

    def _rebase(self, running: bool) -> None:
        self._base_drill = self.drill_s
        self._base_wall = self._now() if running else None
        self._changed.set()
        self._changed = asyncio.Event()

    def start(self) -> None:
        if not self.started:
            self.started = True
            self._rebase(True)

    def pause(self) -> None:
        if self.started and not self.stopped and self._base_wall is not None:
            self._rebase(False)

    def resume(self) -> None:
        if self.started and not self.stopped and self._base_wall is None:
            self._rebase(True)

    def set_speed(self, speed: float) -> None:
        self._check_speed(speed)
        running = self._base_wall is not None
        self._base_drill = self.drill_s
        self._speed = float(speed)
        self._rebase(running)

    def stop(self) -> None:
        if not self.stopped:
            self._rebase(False)
            self.stopped = True

    async def sleep_until(self, drill_s: float) -> bool:
        while not self.stopped:
            changed = self._changed
            if self._base_wall is None:
                wait = MAX_WAIT_S
            else:
                left = drill_s - self.drill_s
                if left <= 0:
                    return True
                wait = min(MAX_WAIT_S, left / self._speed)
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a
            # cancellation that lands as the event fires, and the drill never ends.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await changed.wait()
            self.wakeups += 1
        return False

    async def sleep(self, seconds: float) -> bool:
        return await self.sleep_until(self.drill_s + max(0.0, seconds))
