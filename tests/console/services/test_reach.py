"""ReachService on real pseudo-terminals: the simulated paging system and TETRA gateway
as far ends, a real SQLite store and group-commit writer, the real dispatch service.

Checks the chain of each notice as stored, the crews' statuses moving units through the
same rules as a dispatcher's command (and refusals stored), a request to talk, a crew's
text as a note, and the alarm of a unit that never acknowledges."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from console.config.reach import reach_from_mapping
from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.dispatch import DispatchError, DispatchService
from console.services.reach import ReachService
from models.dispatch import events as ev
from models.dispatch.reach import make_notice_id
from models.dispatch.status import UnitStatus
from models.store import GroupCommitWriter, Store, open_store
from radio.simulators.paging_system import PagingSystem
from radio.simulators.pty import PtyPeer
from radio.simulators.tetra_gateway import TetraGateway

pytestmark = pytest.mark.timeout(60)

EN_ROUTE, ON_SCENE, TALK, TRANSPORTING = 32773, 32774, 32775, 32777


@dataclass
class Desk:
    store: Store
    dispatch: DispatchService
    reach: ReachService
    pager: PtyPeer
    radio: PtyPeer
    alarms: list[list[str]]
    talks: list[tuple[str, str, Any, str]]
    talk_alerts: list[Any]

    def events(self, prefix: str = "") -> list[Any]:
        with self.store.engine.connect() as conn:
            from models.store import queries

            rows = queries.events_since(conn, 0)
        return [e for e in rows if e.kind.startswith(prefix)]


async def until(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError(f"not reached within {timeout} s")


@pytest.fixture
def run_desk(tmp_path: Path) -> Iterator[Callable[..., None]]:
    stores: list[Store] = []

    def run(
        body: Callable[[Desk], Awaitable[None]],
        fast: bool = False,
        crew_thread: bool | None = None,
        **limits: float,
    ) -> None:
        async def main() -> None:
            loop = asyncio.get_running_loop()
            site = load_site(DEFAULT_SITE_DIR)
            store = open_store(f"sqlite:///{tmp_path / 'reach.sqlite'}")
            stores.append(store)
            pager = PtyPeer(PagingSystem(never_acknowledge=frozenset({"1099"}))).start()
            radio = PtyPeer(TetraGateway(never_acknowledge=frozenset({"2012"}))).start()
            config = reach_from_mapping(
                {
                    **limits,
                    "links": [
                        {"name": "pager", "kind": "espa", "url": pager.path},
                        {"name": "radio", "kind": "tetra", "url": radio.path},
                    ],
                    "paths": [
                        {"unit": "HE11", "link": "pager", "address": "1011"},
                        {"unit": "HE11", "link": "radio", "address": "2011"},
                        {"unit": "HE12", "link": "radio", "address": "2012"},
                        {"unit": "HE12", "link": "pager", "address": "1012"},
                    ],
                },
                units=[u.call_sign for u in site.units],
            )
            dispatch = DispatchService(site, site_catalogue(site), None, "anna")
            reach = ReachService(
                site, config, dispatch, site_catalogue(site), crew_thread=crew_thread
            )

            def apply(events: list[Any]) -> None:
                mine = [e for e in events if e.kind in ev.DISPATCH_KINDS]
                dispatch.on_committed(mine)
                reach.on_committed(mine)

            def on_committed(events: list[Any]) -> None:  # writer thread -> loop
                if fast:  # as the session's follower thread does, before the loop hears
                    reach.on_committed_threadsafe(events)
                loop.call_soon_threadsafe(apply, events)

            dispatch.writer = GroupCommitWriter(store, on_committed=on_committed)
            alarms: list[list[str]] = []
            talks: list[tuple[str, str, Any, str]] = []
            reach.add_alarm_listener(lambda standing, new: alarms.append([n.unit for n in new]))
            reach.add_talk_listener(lambda *args: talks.append(args))
            talk_alerts: list[Any] = []
            reach.add_talk_alert_listener(talk_alerts.append)
            reach.start()
            try:
                await body(Desk(store, dispatch, reach, pager, radio, alarms, talks, talk_alerts))
            finally:
                await reach.close()
                pager.stop()
                radio.stop()
                await loop.run_in_executor(None, dispatch.writer.close)

        asyncio.run(main())

    yield run
    for store in stores:
        store.close()


def ids(desk: Desk, incident: str, *numbered: str) -> list[str]:
    """The notice ids this process issues for ``<unit>/<n>``: with its token."""
    out = []
    for unit_n in numbered:
        unit, n = unit_n.split("/")
        out.append(make_notice_id(incident, unit, int(n), desk.reach.token))
    return out


def chain(desk: Desk, notice_id: str) -> list[str]:
    return [
        e.kind.removeprefix("reach.")
        for e in desk.events("reach.")
        if (e.payload or {}).get("notice_id") == notice_id
    ]


def test_a_dispatch_pages_both_paths_and_the_crew_answers_over_the_radio(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        d = desk.dispatch
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "Mannerheimintie 5")
        await d.dispatch(incident, ["HE11"], recommended=False)
        pager_id, radio_id = ids(desk, incident, "HE11/1", "HE11/2")
        paging = desk.pager.far_end
        await until(lambda: paging.calls)
        call = paging.calls[0]
        assert call.call_address == "1011"
        assert call.text and call.text.startswith("Structure fire")  # the incident type first
        await until(lambda: desk.radio.far_end.texts)
        assert desk.radio.far_end.texts[0][0] == "2011"
        await until(lambda: "link_ack" in chain(desk, pager_id))
        await until(lambda: "read" in chain(desk, radio_id))
        assert chain(desk, pager_id)[:3] == ["queued", "sent", "link_ack"]
        assert chain(desk, radio_id)[:5] == ["queued", "sent", "link_ack", "delivered", "read"]
        notices = d.state.reach.latest(incident)
        assert notices["HE11"].notice_id == radio_id and not notices["HE11"].ended

        desk.radio.call(desk.radio.far_end.send_status, "2011", EN_ROUTE)
        await until(lambda: d.state.unit("HE11").status == UnitStatus.EN_ROUTE)
        desk.radio.call(desk.radio.far_end.send_status, "2011", ON_SCENE)
        await until(lambda: d.state.unit("HE11").status == UnitStatus.ON_SCENE)
        statuses = [e for e in desk.events("unit.status") if e.payload["unit"] == "HE11"]
        assert [e.source for e in statuses[-2:]] == ["radio:radio:2011"] * 2
        assert [e.payload["by"] for e in statuses[-2:]] == ["status 3", "status 4"]
        assert "accepted" in chain(desk, radio_id)
        assert d.state.reach.notices[radio_id].ended

        # The same rules as a dispatcher's: on scene cannot go back to en route.
        desk.radio.call(desk.radio.far_end.send_status, "2011", EN_ROUTE)
        desk.radio.call(desk.radio.far_end.send_status, "2999", ON_SCENE)
        desk.radio.call(desk.radio.far_end.send_status, "2011", 32779)
        desk.radio.call(desk.radio.far_end.send_status, "2011", TALK)
        desk.radio.call(desk.radio.far_end.send_text, "2011", "Zwei Verletzte")
        await until(lambda: d.state.notes.get(incident))
        refused = [e.payload for e in desk.events("reach.refused")]
        reasons = " | ".join(p["reason"] for p in refused)
        assert "cannot go from on scene to en route" in reasons
        assert "unknown ISSI '2999'" in reasons
        assert "missing from the status table" in reasons
        assert d.state.unit("HE11").status == UnitStatus.ON_SCENE  # refused: not applied
        assert desk.talks == [("radio", "2011", "HE11", "request to talk")]
        # The position whose radio heard it raises the alert: the committed event.
        (talk,) = desk.talk_alerts
        assert talk.kind == ev.REACH_TALK_REQUEST and talk.source == "radio:radio:2011"
        assert talk.payload["unit"] == "HE11" and talk.seq > 0
        note = d.state.notes[incident][-1]
        assert note.text == "HE11: Zwei Verletzte" and note.operator == "radio:radio:2011"

    run_desk(body)


@pytest.mark.parametrize("crew_thread", [True, False], ids=["own-loop", "console-loop"])
def test_statuses_back_to_back_are_stored_in_arrival_order(
    run_desk: Any, crew_thread: bool
) -> None:
    """3, 4, 7 sent at once: each is decided on the one before it (the crews' worker sees
    its own commits before the console's picture has applied them), stored in order."""

    async def body(desk: Desk) -> None:
        d, reach = desk.dispatch, desk.reach
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "x")
        await d.dispatch(incident, ["HE11"], recommended=False)
        await until(lambda: desk.radio.far_end.texts)
        for value in (EN_ROUTE, ON_SCENE, TRANSPORTING):
            desk.radio.call(desk.radio.far_end.send_status, "2011", value)
        await until(lambda: d.state.unit("HE11").status == UnitStatus.TRANSPORTING)
        statuses = [e.payload for e in desk.events("unit.status") if e.payload["unit"] == "HE11"]
        assert [(p["previous"], p["status"]) for p in statuses[-3:]] == [
            ("dispatched", "en route"),
            ("en route", "on scene"),
            ("on scene", "transporting"),
        ]
        assert not desk.events("reach.refused")
        if crew_thread:
            assert reach.reach_loop is not None and reach.desk is not None
            assert (reach.desk.fast, reach.desk.decided_on_loop) == (3, 0)
        else:
            assert reach.reach_loop is None and reach.desk is None

    run_desk(body, crew_thread=crew_thread)


def test_a_unit_that_never_acknowledges_raises_the_alarm_until_reached_by_voice(
    run_desk: Any,
) -> None:
    async def body(desk: Desk) -> None:
        d, reach = desk.dispatch, desk.reach
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "Mannerheimintie 5")
        with pytest.raises(DispatchError, match="has not been paged"):
            await reach.voice("HE12")
        await d.dispatch(incident, ["HE12"], recommended=False)
        (radio_id,) = ids(desk, incident, "HE12/1")
        await until(lambda: "link_ack" in chain(desk, radio_id))
        await until(lambda: desk.alarms, timeout=5)
        assert set(desk.alarms[0]) == {"HE12"}
        await until(lambda: d.state.reach.notices[radio_id].alarm)
        timed_out = [e.payload for e in desk.events("reach.timed_out")]
        assert {"notice_id": radio_id, "stage": "crew", "limit_s": 1.0} in timed_out
        assert "NO CREW ACKNOWLEDGEMENT" in d.state.reach.notices[radio_id].describe()

        # Re-send on another path, then reached by voice: the alarm ends.
        with pytest.raises(DispatchError, match="no path over nowhere"):
            await reach.resend("HE12", "nowhere")
        again = await reach.resend("HE12", "pager")
        assert [again] == ids(desk, incident, "HE12/3")
        await until(lambda: "link_ack" in chain(desk, again))
        assert d.state.reach.latest(incident)["HE12"].notice_id == again
        await until(lambda: d.state.reach.notices[radio_id].replaced_by == again)
        await until(lambda: not d.state.reach.open_alarms())

    run_desk(body, link_limit_s=30.0, crew_limit_s=1.0)


def test_voice_ends_a_standing_alarm(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        d, reach = desk.dispatch, desk.reach
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "Mannerheimintie 5")
        await d.dispatch(incident, ["HE12"], recommended=False)
        await until(lambda: d.state.reach.open_alarms(), timeout=5)
        notice_id = await reach.voice("he12")
        assert d.state.reach.notices[notice_id].voice
        assert not d.state.reach.open_alarms()
        voice = desk.events("reach.voice")[0]
        assert voice.source == "operator:anna"
        with pytest.raises(DispatchError, match="needs nothing more"):
            await reach.voice("HE12")

    run_desk(body, link_limit_s=30.0, crew_limit_s=1.0)


def test_pages_leave_from_the_committing_thread_once_each(run_desk: Any) -> None:
    """``on_committed_threadsafe`` (the follower's thread) pages at once; the loop's
    ``on_committed`` of the same batch pages nothing again; the chain is as usual."""

    async def body(desk: Desk) -> None:
        d = desk.dispatch
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "Mannerheimintie 5")
        await d.dispatch(incident, ["HE11"], recommended=False)
        await until(lambda: desk.pager.far_end.calls)
        pager_id, radio_id = ids(desk, incident, "HE11/1", "HE11/2")
        await until(lambda: "link_ack" in chain(desk, pager_id))
        await until(lambda: "read" in chain(desk, radio_id))
        await asyncio.sleep(0.2)
        queued = [e for e in desk.events(ev.REACH_QUEUED)]
        assert [e.payload["notice_id"] for e in queued] == [pager_id, radio_id]
        assert len(desk.pager.far_end.calls) == 1
        assert chain(desk, pager_id)[:2] == ["queued", "sent"]

    run_desk(body, fast=True)


def test_a_call_taker_may_not_resend_or_mark_reached_by_voice(run_desk: Any) -> None:
    """RESEND and VOICE need the right to dispatch: the signed-in call-taker is refused,
    says which role it needs, and nothing is stored; the dispatcher may."""
    from datetime import UTC, datetime

    from console.session.operator import PositionOperator
    from models.operators import events as oev
    from models.operators.state import OperatorsState

    async def body(desk: Desk) -> None:
        d, reach = desk.dispatch, desk.reach
        incident = await d.create_incident("structure-fire", 60.1712, 24.9433, "Mannerheimintie 5")
        await d.dispatch(incident, ["HE12"], recommended=False)
        await until(lambda: d.state.reach.open_alarms(), timeout=5)
        now = datetime.now(UTC)
        people = OperatorsState()
        for name, role in (("carl", "call-taker"), ("dina", "dispatcher")):
            people.apply(oev.ADDED, {"name": name, "role": role, "password_hash": "$x"}, now)
        people.apply(oev.SIGNED_IN, {"name": "carl", "role": "call-taker", "position": "p1",
                                     "method": "password"}, now)  # fmt: skip
        d.identity = PositionOperator("p1", people)
        before = len(desk.events("reach."))
        with pytest.raises(DispatchError, match="dispatcher"):
            await reach.resend("HE12")
        with pytest.raises(DispatchError, match="dispatcher"):
            await reach.voice("HE12")
        assert len(desk.events("reach.")) == before
        assert d.state.reach.open_alarms()
        # Shift change to the dispatcher: allowed, signed with her name.
        people.apply(oev.CHANGED, {"name": "dina", "role": "dispatcher", "position": "p1"}, now)
        await reach.voice("HE12")
        assert desk.events("reach.voice")[-1].source == "operator:dina"

    run_desk(body, link_limit_s=30.0, crew_limit_s=1.0)
