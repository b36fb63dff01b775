"""An action's first step runs in the caller's frame; the rest as a task (eager_task)."""

from __future__ import annotations

import asyncio

import pytest

from console.controllers.eager_task import start_eagerly


def test_the_first_step_runs_before_start_returns_and_the_rest_after_the_wait() -> None:
    steps: list[str] = []

    async def action(gate: asyncio.Future[int]) -> str:
        steps.append("first")
        value = await gate
        steps.append(f"woke {value}")
        await asyncio.sleep(0)  # a bare yield: the loop's turn, then on
        steps.append("last")
        return "done"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        gate: asyncio.Future[int] = loop.create_future()
        task = start_eagerly(action(gate), loop)
        assert steps == ["first"]  # before anything else ran on the loop
        assert not task.done()
        loop.call_soon(gate.set_result, 7)
        assert await task == "done"
        assert steps == ["first", "woke 7", "last"]

    asyncio.run(main())


def test_a_coroutine_that_never_waits_or_fails_at_once_gives_a_done_future() -> None:
    async def quick() -> int:
        return 3

    async def refused() -> None:
        raise ValueError("unknown incident")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        done = start_eagerly(quick(), loop)
        assert done.done() and done.result() == 3
        failed = start_eagerly(refused(), loop)
        assert failed.done()
        with pytest.raises(ValueError, match="unknown incident"):
            failed.result()

    asyncio.run(main())


def test_a_failed_future_raises_inside_the_coroutine_and_cancel_reaches_it() -> None:
    seen: list[str] = []

    async def waits_on(fut: asyncio.Future[None]) -> str:
        try:
            await fut
        except KeyError:
            seen.append("caught")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise
        return "not reached"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        task = start_eagerly(waits_on(fut), loop)
        fut.set_exception(KeyError("gone"))
        for _ in range(5):
            await asyncio.sleep(0)
        assert seen == ["caught"]
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert seen == ["caught", "cancelled"]

    asyncio.run(main())
