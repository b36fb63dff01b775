"""A crew's word decided off the console's loop: its own thread, its own commits, the guard.

A real ``DispatchService`` and group-commit writer on a store (SQLite and PostgreSQL); the
console's picture is fed from the writer on the test's loop, and can be held
back (as a busy GUI loop holds it). The ``CrewDesk`` runs on a ``ReachLoop``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.dispatch import DispatchService
from console.services.reach_crew import CrewDesk, ReachLoop
from models.dispatch import events as ev
from models.dispatch.status import UnitStatus
from models.store import GroupCommitWriter, NewEvent, open_store

RADIO = "radio:radio:2011"


def refused(reason: str) -> tuple[str, dict[str, Any]]:
    return ev.REACH_REFUSED, {"link": "radio", "address": "2011", "unit": "HE11", "reason": reason}


class Picture:
    """The committed batches to the dispatch picture on the loop, unless held back."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.dispatch: DispatchService | None = None
        self.held = False
        self.pending: list[Any] = []

    def on_committed(self, events: list[Any]) -> None:  # the writer's thread
        self.loop.call_soon_threadsafe(
            self._arrive, [e for e in events if e.kind in ev.DISPATCH_KINDS]
        )

    def _arrive(self, events: list[Any]) -> None:
        self.pending.extend(events)
        if not self.held:
            self.release()

    def release(self) -> None:
        self.held = False
        events, self.pending = self.pending, []
        assert self.dispatch is not None
        self.dispatch.on_committed(events)


def run(
    store_url: str, body: Callable[[DispatchService, Picture, ReachLoop, CrewDesk], Awaitable[None]]
) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        site = load_site(DEFAULT_SITE_DIR)
        store = open_store(store_url)
        picture = Picture(loop)
        writer = GroupCommitWriter(store, on_committed=picture.on_committed)
        dispatch = DispatchService(site, site_catalogue(site), writer, "anna")
        picture.dispatch = dispatch
        lines = ReachLoop("reach-lines")
        lines.start()
        try:
            await body(dispatch, picture, lines, CrewDesk(dispatch, loop))
        finally:
            await loop.run_in_executor(None, lines.stop)
            await loop.run_in_executor(None, writer.close)
            store.close()

    asyncio.run(main())


async def until(check: Callable[[], Any], timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.01)):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"not reached within {timeout} s")


async def on_lines(lines: ReachLoop, coro: Awaitable[Any]) -> Any:
    return await asyncio.wrap_future(lines.run(coro))  # type: ignore[arg-type]


def test_the_desk_decides_on_its_own_commits_before_the_picture_has_them(store_url: str) -> None:
    async def body(d: DispatchService, picture: Picture, lines: ReachLoop, desk: CrewDesk) -> None:
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "x")
        await d.dispatch(incident, ["HE11"], recommended=False)
        threads: list[str] = []

        async def crew() -> None:
            threads.append(threading.current_thread().name)
            assert await desk.change_status("HE11", UnitStatus.EN_ROUTE, RADIO, "3", refused)
            assert await desk.change_status("HE11", UnitStatus.ON_SCENE, RADIO, "4", refused)

        picture.held = True  # the GUI loop is busy: the picture hears nothing meanwhile
        await on_lines(lines, crew())
        assert threads == ["reach-lines"]
        assert d.state.unit("HE11").status == UnitStatus.DISPATCHED  # not applied yet
        assert desk.seen("HE11") == (UnitStatus.ON_SCENE, incident)
        picture.release()  # what arrives from now on is applied at once
        await until(lambda: d.state.unit("HE11").status == UnitStatus.ON_SCENE)
        assert (desk.fast, desk.decided_on_loop) == (2, 0)
        # The picture has them now: the desk reads the picture again.
        assert desk.seen("HE11") == (UnitStatus.ON_SCENE, incident)
        # The same rules as a dispatcher's command: on scene cannot go back to en route;
        # the refusal is stored in its place (guarded like a status: the unit as seen).
        assert not await on_lines(
            lines, desk.change_status("HE11", UnitStatus.EN_ROUTE, RADIO, "3", refused)
        )
        assert (desk.fast, desk.refused, desk.decided_on_loop) == (2, 1, 0)
        assert d.state.unit("HE11").status == UnitStatus.ON_SCENE
        rows = await asyncio.get_running_loop().run_in_executor(
            None, lambda: d.writer._store.latest_events(limit=5)
        )
        (stored,) = [e for e in rows if e.kind == ev.REACH_REFUSED]
        assert "cannot go from on scene to en route" in stored.payload["reason"]
        assert stored.source == RADIO

    run(store_url, body)


def test_a_status_decided_on_a_stale_picture_is_refused_by_the_store_never_applied(
    store_url: str,
) -> None:
    async def body(d: DispatchService, picture: Picture, lines: ReachLoop, desk: CrewDesk) -> None:
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "x")
        await d.dispatch(incident, ["HE11"], recommended=False)
        picture.held = True
        # Another position sets HE11 en route; this picture has not heard it yet.
        other = NewEvent(
            source="operator:kim",
            kind=ev.UNIT_STATUS,
            rx_time=d._now(),
            payload={"unit": "HE11", "status": "en route", "previous": "dispatched",
                     "incident_id": incident},
        )  # fmt: skip
        await asyncio.wrap_future(d.writer.submit(other).as_future())
        assert desk.seen("HE11") == (UnitStatus.DISPATCHED, incident)

        async def later() -> None:  # the loop catches up a moment after the refusal
            while not desk.decided_on_loop:
                await asyncio.sleep(0.01)
            picture.release()

        catch_up = asyncio.ensure_future(later())
        # Decided as dispatched -> on scene; the store sees en route and refuses; decided
        # again on the loop with the caught-up picture: en route -> on scene.
        assert await on_lines(
            lines, desk.change_status("HE11", UnitStatus.ON_SCENE, RADIO, "4", refused)
        )
        await catch_up
        assert (desk.fast, desk.decided_on_loop) == (0, 1)
        assert d.state.unit("HE11").status == UnitStatus.ON_SCENE
        assert d.state.unit("HE11").incident_id == incident

    run(store_url, body)


def test_a_refusal_on_a_picture_behind_its_own_dispatch_is_not_stored(store_url: str) -> None:
    """The page leaves before the GUI's picture applied the dispatch; the crew's 3 comes
    back at once. On the picture (available) the rules refuse it; the store, which has
    HE11 dispatched, refuses that refusal; decided again once the picture has the
    dispatch: applied."""

    async def body(d: DispatchService, picture: Picture, lines: ReachLoop, desk: CrewDesk) -> None:
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "x")
        picture.held = True
        records = [
            (ev.UNIT_ASSIGNED, {"unit": "HE11", "incident_id": incident}),
            (ev.UNIT_STATUS, {"unit": "HE11", "status": "dispatched", "previous": "available",
                              "incident_id": incident}),
        ]  # fmt: skip
        receipts = d.submit_from("operator:anna", records)
        await asyncio.wrap_future(receipts[-1].as_future())
        assert desk.seen("HE11") == (UnitStatus.AVAILABLE, None)
        release = asyncio.get_running_loop().call_later(0.2, picture.release)
        assert await on_lines(
            lines, desk.change_status("HE11", UnitStatus.EN_ROUTE, RADIO, "3", refused)
        )
        release.cancel()
        assert (desk.fast, desk.refused, desk.decided_on_loop) == (0, 0, 1)
        assert d.state.unit("HE11").status == UnitStatus.EN_ROUTE
        rows = await asyncio.get_running_loop().run_in_executor(
            None, lambda: d.writer._store.latest_events(limit=10)
        )
        assert not [e for e in rows if e.kind == ev.REACH_REFUSED]

    run(store_url, body)


def test_the_follower_keeps_the_desk_as_fresh_as_the_log(store_url: str) -> None:
    """The same race with the follower's hook (``on_committed``, before the GUI): the desk
    sees HE11 dispatched before the picture does and decides the 3 at once."""

    async def body(d: DispatchService, picture: Picture, lines: ReachLoop, desk: CrewDesk) -> None:
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "x")
        picture.held = True
        records = [
            (ev.UNIT_ASSIGNED, {"unit": "HE11", "incident_id": incident}),
            (ev.UNIT_STATUS, {"unit": "HE11", "status": "dispatched", "previous": "available",
                              "incident_id": incident}),
        ]  # fmt: skip
        receipts = d.submit_from("operator:anna", records)
        stored = [await asyncio.wrap_future(r.as_future()) for r in receipts]
        await asyncio.get_running_loop().run_in_executor(None, desk.on_committed, stored)
        assert desk.seen("HE11") == (UnitStatus.DISPATCHED, incident)
        assert d.state.unit("HE11").status == UnitStatus.AVAILABLE  # the GUI has not heard
        assert await on_lines(
            lines, desk.change_status("HE11", UnitStatus.EN_ROUTE, RADIO, "3", refused)
        )
        assert (desk.fast, desk.refused, desk.decided_on_loop) == (1, 0, 0)
        picture.release()
        await until(lambda: d.state.unit("HE11").status == UnitStatus.EN_ROUTE)
        assert desk.seen("HE11") == (UnitStatus.EN_ROUTE, incident)

    run(store_url, body)


def test_the_reach_loop_runs_coroutines_and_stops() -> None:
    lines = ReachLoop("reach-lines")
    lines.start()

    async def where() -> str:
        await asyncio.sleep(0)
        return threading.current_thread().name

    assert lines.run(where()).result(5) == "reach-lines"
    lines.stop()
    assert lines.loop.is_closed()
