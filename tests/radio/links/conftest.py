"""Fixtures for link tests: run coroutines, collect chunks, wait with deadlines.

Link tests are plain pytest functions that run their body with ``arun``
(``asyncio.run`` under an overall deadline), so no asyncio plugin is needed.
Nothing sleeps for a fixed time: waits are on events or polled conditions,
each with a deadline that fails the test when it passes. What must not
happen (bytes delivered while a link is paused) is watched for a bounded
window with ``never_within``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

import pytest

from radio.links.base import Backoff, Chunk, Link, LinkState

DEADLINE_S = 10.0


class Collector:
    """A sink that records chunks and lets a test wait for what it expects."""

    def __init__(self) -> None:
        self.chunks: list[Chunk] = []
        self._arrived = asyncio.Event()

    def __call__(self, chunk: Chunk) -> None:
        self.chunks.append(chunk)
        self._arrived.set()

    def data(self, peer: str | None = None) -> bytes:
        return b"".join(c.data for c in self.chunks if peer is None or c.peer == peer)

    def closed(self) -> list[str]:
        return [c.peer for c in self.chunks if c.closed]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = DEADLINE_S) -> None:
        async def _wait() -> None:
            while not predicate():
                self._arrived.clear()
                await self._arrived.wait()

        await asyncio.wait_for(_wait(), timeout)

    def count(self, peer: str | None = None) -> int:
        return sum(len(c.data) for c in self.chunks if peer is None or c.peer == peer)

    async def wait_bytes(self, count: int, peer: str | None = None) -> bytes:
        await self.wait_for(lambda: self.count(peer) >= count)
        return self.data(peer)


async def wait_until(predicate: Callable[[], bool], timeout: float = DEADLINE_S) -> None:
    """Poll ``predicate`` on the loop until true; fail after ``timeout``."""

    async def _poll() -> None:
        while not predicate():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(_poll(), timeout)


async def never_within(predicate: Callable[[], bool], seconds: float, what: str) -> None:
    """Watch ``predicate`` for ``seconds``; fail if it turns true (what must not happen)."""
    try:
        await wait_until(predicate, seconds)
    except TimeoutError:
        return
    raise AssertionError(f"{what} within {seconds} s")


async def wait_state(link: Link, state: LinkState, timeout: float = DEADLINE_S) -> None:
    try:
        await wait_until(lambda: link.health.state is state, timeout)
    except TimeoutError:
        raise AssertionError(
            f"{link.describe()} stayed {link.health.state} (wanted {state}); "
            f"last error: {link.health.last_error}"
        ) from None


@contextlib.asynccontextmanager
async def running(link: Link, sink: Collector) -> AsyncIterator[asyncio.Task[None]]:
    """Run ``link`` for the block; on exit close it and require a clean stop."""
    task = asyncio.create_task(link.run(sink))
    try:
        yield task
    finally:
        link.close()
        await asyncio.wait_for(task, DEADLINE_S)
        assert link.health.state is LinkState.STOPPED


def fast_backoff() -> Backoff:
    return Backoff(initial=0.01, maximum=0.05)


class LinkKit:
    """What link tests need, handed out as one fixture (tests import no conftest)."""

    Collector = Collector
    wait_until = staticmethod(wait_until)
    never_within = staticmethod(never_within)
    wait_state = staticmethod(wait_state)
    running = staticmethod(running)
    fast_backoff = staticmethod(fast_backoff)


@pytest.fixture
def kit() -> type[LinkKit]:
    return LinkKit


@pytest.fixture
def arun() -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """Run a coroutine to completion on a fresh loop, under an overall deadline."""

    def _run(coro: Awaitable[Any], timeout: float = 60.0) -> Any:
        async def _bounded() -> Any:
            return await asyncio.wait_for(coro, timeout)

        return asyncio.run(_bounded())

    return _run


@pytest.fixture(autouse=True)
def _no_leaked_reader_threads() -> Any:
    yield
    # run() returns once a reader has released its port; the thread itself
    # ends right after, so give it a bounded moment before calling it leaked.
    readers = [t for t in threading.enumerate() if t.name.startswith("serial-reader-")]
    for thread in readers:
        thread.join(timeout=DEADLINE_S)
    leaked = [t.name for t in readers if t.is_alive()]
    assert not leaked, f"serial reader threads still running after the test: {leaked}"


@pytest.fixture
def store(tmp_path: Any) -> Any:
    """The hostile-client tests' store side (``hostile_kit.Store``), closed afterwards."""
    from tests.radio.links.hostile_kit import Store

    side = Store(tmp_path / "store.sqlite")
    yield side
    side.close()
