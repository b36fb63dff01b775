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
  ``await change_status(unit, status, source, by, refused) -> bool``,
  ``await record(records, source)``, ``await unit_record(unit, decide,
  source)`` (free text: ``decide(incident_id)`` gives the note on the
  unit's incident or the refusal; guarded like a status); a refusal
  raises ``DispatchError`` with the reason, as the dispatcher's command
  would. ``seen(unit)`` is the unit as the desk sees it;
  ``on_committed(events)`` (any thread: the store follower's, before the
  batch goes to the GUI) keeps it as fresh as the log follower.

How the check sees a consistent picture off the GUI thread: the rules run
against the dispatch picture the loop keeps (``DispatchService.state``,
read without a lock: a unit's record is replaced whole, never edited in
place) overlaid with the newer statuses the desk knows and the picture has
not applied yet: its own commits (so a crew's 3 then 4 is checked as
3 → 4 even before the GUI heard of the 3) and every committed status the
store follower hands it before the GUI gets the batch (``on_committed``:
this position's dispatch, another position's change). That may still lag
the log (another position's change on its way to this one); the decision
is therefore appended with the store's guard ``units_unchanged`` on the
status it was decided from, which the writer checks inside the commit's
transaction against the projected unit table. Both outcomes are
guarded: the status (applied) or, when the rules refuse it, the crew's
``reach.refused`` record (``refused(reason)``). So whatever is stored was
decided on the unit exactly as the log had it at that commit, and a
decision on a stale picture is refused by the store, never stored.
Such a decision is made again on the console's loop by
``DispatchService.change_status`` itself, once the picture holds the event
the store's unit row came from (the guard notes it) and this desk's own
commits (at most ``CATCH_UP_S`` of waiting: never a stuck queue): the
path, and the picture, a dispatcher's command has at that moment; its
refusal (a rule, or another process's change the picture has not heard
of yet, named by the store's guard) is the crew's refusal, stored with
its reason. Messages are handled one at a time in arrival order and each
waits for its commit before the next is decided, so a crew's statuses are
stored in the order they arrived.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Future
from typing import Any

from console.services.committed_actions import await_committed
from console.services.dispatch import DispatchError
from models.dispatch import events as ev
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
        # unit -> (seq, status, incident_id) of the newest committed status this desk knows:
        # its own (from the receipt) and the log's (``on_committed``, the follower's thread)
        self._log: dict[str, tuple[int, UnitStatus, str | None]] = {}
        self._log_lock = threading.Lock()
        self._last_seq = 0  # the newest seq this desk committed
        self.fast = 0  # statuses decided here (diagnostics, benchmarks)
        self.refused = 0  # statuses refused here (the store agreeing the unit was as seen)
        self.decided_on_loop = 0  # statuses the store refused here, decided again on the loop

    def seen(self, unit: str) -> tuple[UnitStatus, str | None]:
        state = self.dispatch.state
        current = state.unit(unit)
        newer = self._log.get(unit)
        if newer is not None and state.last_seq < newer[0]:
            return newer[1], newer[2]
        return current.status, current.incident_id

    def on_committed(self, events: Sequence[Any]) -> None:
        """Any thread (the store follower's, before the GUI hears): every committed batch,
        so the desk sees a unit's newest status before the console's picture does."""
        for event in events:
            if event.kind == ev.UNIT_STATUS:
                p = event.payload or {}
                try:
                    status = UnitStatus(p.get("status"))
                except ValueError:
                    continue
                self._remember(str(p.get("unit")), event.seq, status, p.get("incident_id"))

    def _remember(self, unit: str, seq: int, status: UnitStatus, incident: str | None) -> None:
        with self._log_lock:
            known = self._log.get(unit)
            if known is None or known[0] < seq:
                self._log[unit] = (seq, status, incident)

    async def change_status(
        self,
        unit: str,
        status: UnitStatus,
        source: str,
        by: str,
        refused: Callable[[str], tuple[str, dict[str, Any]]],
    ) -> bool:
        """The crew's status, decided here: True when applied, False when refused here
        (``refused(reason)``, the record stored in its place). ``DispatchError`` when it
        was decided again on the loop and refused there (the caller stores that refusal)."""
        from models.store.receipt import GuardRefused

        call_sign = self.dispatch._unit(unit)
        seen = self.seen(call_sign)
        note: dict[str, int] = {}
        guard = self.dispatch.units_as_seen({call_sign: seen}, note)
        try:
            records, _ = self.dispatch.status_records([call_sign], status, lambda _c: seen, by=by)
            reason = None
        except DispatchError as exc:  # refused on this picture: stored only if the store agrees
            reason = str(exc)
            records = [refused(reason)]
        receipts = self.dispatch.submit_from(source, records, guard)
        try:
            stored = await await_committed(receipts[-1])
        except GuardRefused:
            # Decided on a picture the log had moved past: decide again on the loop, once
            # the picture holds the events the store's units come from.
            self.decided_on_loop += 1
            upto = max(self._last_seq, note.get("seq", 0))
            await self._on_loop(self._again_on_loop(call_sign, status, source, by, upto))
            return True
        self._note(stored.seq)
        if reason is not None:
            self.refused += 1
            return False
        self.fast += 1
        self._remember(call_sign, stored.seq, status, records[-1][1]["incident_id"])
        return True

    async def _again_on_loop(
        self, unit: str, status: UnitStatus, source: str, by: str, upto: int
    ) -> None:
        await self._caught_up(upto)
        await self.dispatch.change_status([unit], status, source=source, by=by)

    async def _caught_up(self, upto: int) -> None:
        try:
            await asyncio.wait_for(self.dispatch.caught_up(upto), CATCH_UP_S)
        except TimeoutError:  # a picture stuck behind: decide anyway, never a stuck queue
            _LOGGER.warning("the picture is behind seq %d; deciding on it as it is", upto)

    async def record(self, records: Sequence[tuple[str, dict[str, Any]]], source: str) -> None:
        receipts = self.dispatch.submit_from(source, records)
        if receipts:
            stored = await await_committed(receipts[-1])
            self._note(stored.seq)

    async def unit_record(
        self,
        unit: str,
        decide: Callable[[str | None], tuple[str, dict[str, Any]]],
        source: str,
    ) -> None:
        """A crew's word that depends on the unit's incident (free text: a note on it, or
        a refusal when it has none): ``decide(incident_id)`` on the unit as seen, stored
        with the guard that the unit is still so; decided again on the loop otherwise."""
        from models.store.receipt import GuardRefused

        seen = self.seen(unit)
        note: dict[str, int] = {}
        guard = self.dispatch.units_as_seen({unit: seen}, note)
        receipts = self.dispatch.submit_from(source, [decide(seen[1])], guard)
        try:
            stored = await await_committed(receipts[-1])
        except GuardRefused:
            self.decided_on_loop += 1
            upto = max(self._last_seq, note.get("seq", 0))
            await self._on_loop(self._record_on_loop(unit, decide, source, upto))
            return
        self._note(stored.seq)

    async def _record_on_loop(
        self,
        unit: str,
        decide: Callable[[str | None], tuple[str, dict[str, Any]]],
        source: str,
        upto: int,
    ) -> None:
        await self._caught_up(upto)
        await self.dispatch.record([decide(self.dispatch.state.unit(unit).incident_id)], source)

    def _note(self, seq: int) -> None:
        self._last_seq = max(self._last_seq, seq)

    async def _on_loop(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.main_loop))
