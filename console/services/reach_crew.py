"""The crews' word off the console's (GUI) loop: the reach lines' own thread and loop.

Contract (Qt-free):

- ``ReachLoop(name)``: one daemon thread running its own asyncio loop.
  ``start()``; ``call(fn, *args)`` runs ``fn`` on it (any thread);
  ``run(coro)`` runs a coroutine on it and gives a
  ``concurrent.futures.Future``; ``stop()`` ends the loop and joins the
  thread (never call it on that thread; the console calls it from a worker).
  ``ReachService`` runs its paging and radio lines (``ReachLinkRunner``:
  the serial bytes, the stations' timers) and the crews' worker on it, so a
  crew's status never waits behind the GUI's work.
- ``CrewDesk(dispatch, main_loop)`` (used on the reach loop) turns a crew's
  word into its events with the rules of ``DispatchService`` and hands them
  to the group-commit writer at once, waiting for their commit (on the
  writer's thread), never for the GUI loop:
  ``await change_status(unit, status, source, by)``,
  ``await record(records, source)``, ``await add_note(incident_id, text,
  source)``; a refusal raises ``DispatchError`` with the reason, as the
  dispatcher's command would. ``seen(unit)`` is the unit as the desk sees it.

How the check sees a consistent picture off the GUI thread: the rules run
against the dispatch picture the loop keeps (``DispatchService.state``,
read without a lock: a unit's record is replaced whole, never edited in
place) overlaid with this desk's own status commits the picture has not
applied yet (so a crew's 3 then 4 is checked as 3 → 4 even before the GUI
heard of the 3). That picture may still lag the log (another position's
change on its way); the status is therefore appended with the store's
guard ``units_unchanged`` on the status it was decided from, which the
writer checks inside the commit's transaction against the projected unit
table: a decision on a stale picture is refused by the store, never
applied. Such a refused status is then decided again on the console's loop
by ``DispatchService.change_status`` itself, once the picture holds every
event this process had committed when the store refused (at most
``CATCH_UP_S`` of waiting: never a stuck queue): the path, and the
picture, a dispatcher's command at that moment has; its refusal (a rule,
or another process's change the picture has not heard of yet, named by
the store's guard) is the crew's refusal, stored with its reason.
Messages are handled one at a time in arrival order and each waits for
its commit before the next is decided, so a crew's statuses are stored in the order they arrived.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Future
from typing import Any

from console.services.committed_actions import await_committed
from models.dispatch.status import UnitStatus

_LOGGER = logging.getLogger(__name__)

__all__ = ["CATCH_UP_S", "CrewDesk", "ReachLoop"]

CATCH_UP_S = 5.0  # how long a status the store refused waits for the picture to catch up


class ReachLoop:
    """A thread with its own asyncio loop (see the module contract)."""

    def __init__(self, name: str = "reach") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread_id: int | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.thread_id = threading.get_ident()
        try:
            self.loop.run_forever()
        finally:
            pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self.loop.close()

    def start(self) -> None:
        self._thread.start()

    def call(self, fn: Callable[..., Any], *args: Any) -> None:
        self.loop.call_soon_threadsafe(fn, *args)

    def run(self, coro: Coroutine[Any, Any, Any]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self, timeout: float = 5.0) -> None:
        if self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)


class CrewDesk:
    """A crew's word to the log from the reach loop (see the module contract)."""

    def __init__(self, dispatch: Any, main_loop: asyncio.AbstractEventLoop) -> None:
        self.dispatch = dispatch
        self.main_loop = main_loop
        # unit -> (seq, status, incident_id) of this desk's newest committed status
        self._mine: dict[str, tuple[int, UnitStatus, str | None]] = {}
        self._last_seq = 0  # the newest seq this desk committed
        self.fast = 0  # statuses decided here (diagnostics, benchmarks)
        self.decided_on_loop = 0  # statuses the store refused here, decided again on the loop

    def seen(self, unit: str) -> tuple[UnitStatus, str | None]:
        state = self.dispatch.state
        current = state.unit(unit)
        mine = self._mine.get(unit)
        if mine is not None and state.last_seq < mine[0]:
            return mine[1], mine[2]
        return current.status, current.incident_id

    async def change_status(self, unit: str, status: UnitStatus, source: str, by: str) -> None:
        from models.store.receipt import GuardRefused

        call_sign = self.dispatch._unit(unit)
        seen = self.seen(call_sign)
        records, guard = self.dispatch.status_records(
            [call_sign], status, lambda _c: seen, by=by
        )
        receipts = self.dispatch.submit_from(source, records, guard)
        try:
            stored = await await_committed(receipts[-1])
        except GuardRefused:
            # Decided on a picture the log had moved past: decide again on the loop, once
            # the picture holds what this process had committed by then.
            self.decided_on_loop += 1
            upto = max(self._last_seq, int(getattr(self.dispatch.writer, "committed_seq", 0)))
            await self._on_loop(self._again_on_loop(call_sign, status, source, by, upto))
            return
        self.fast += 1
        self._note(stored.seq)
        self._mine[call_sign] = (stored.seq, status, records[-1][1]["incident_id"])

    async def _again_on_loop(
        self, unit: str, status: UnitStatus, source: str, by: str, upto: int
    ) -> None:
        try:
            await asyncio.wait_for(self.dispatch.caught_up(upto), CATCH_UP_S)
        except TimeoutError:  # a picture stuck behind: decide anyway, never a stuck queue
            _LOGGER.warning("the picture is behind seq %d; deciding %s's status on it", upto, unit)
        await self.dispatch.change_status([unit], status, source=source, by=by)

    async def record(self, records: Sequence[tuple[str, dict[str, Any]]], source: str) -> None:
        receipts = self.dispatch.submit_from(source, records)
        if receipts:
            stored = await await_committed(receipts[-1])
            self._note(stored.seq)

    async def add_note(self, incident_id: str, text: str, source: str) -> None:
        record = self.dispatch.note_record(incident_id, text)
        await self.record([record], source)

    def _note(self, seq: int) -> None:
        self._last_seq = max(self._last_seq, seq)

    async def _on_loop(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.main_loop))
