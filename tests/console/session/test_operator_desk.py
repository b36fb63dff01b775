"""OperatorDesk on a real store and writer: a position counts as signed in only once its
events are committed and applied; the database unreachable refuses at once and, where the
site allows it, opens a logged, time-limited break-glass session; a second position
signing in as the same operator follows the site's policy; the services refuse by role."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from console.config.site import DEFAULT_SITE_DIR, OperatorPolicy, load_site, site_catalogue
from console.services.alerts import AlertError, AlertService
from console.services.calls import CallService
from console.services.committed_actions import ActionRefused
from console.services.dispatch import DispatchError, DispatchService
from console.session.operator_desk import OperatorDesk, prepare
from models.operators.manage import Actor, add_operator
from models.store import GroupCommitWriter, Store, open_store
from models.store.schema import events_table


@pytest.fixture
def run(store_url: str) -> Iterator[Any]:
    stores: list[Store] = []

    def go(
        body: Callable[..., Awaitable[None]],
        policy: OperatorPolicy | None = None,
        positions: tuple[str, ...] = ("p1",),
    ) -> None:
        policy = policy or OperatorPolicy()

        async def main() -> None:
            loop = asyncio.get_running_loop()
            store = open_store(store_url)
            stores.append(store)
            ops = [prepare(store, _with_position(policy, p), "olli")[0] for p in positions]

            def on_committed(events: list[Any]) -> None:
                for op in ops:
                    loop.call_soon_threadsafe(op.on_committed, events)

            writer = GroupCommitWriter(store, on_committed=on_committed)
            offline: dict[str, str | None] = {"why": None}
            desks = [OperatorDesk(op, writer, lambda: offline["why"], "olli") for op in ops]
            try:
                await body(store, writer, ops, desks, offline)
            finally:
                await loop.run_in_executor(None, writer.close)

        asyncio.run(main())

    yield go
    for store in stores:
        store.close()


def _with_position(policy: OperatorPolicy, position: str) -> OperatorPolicy:
    return OperatorPolicy(
        policy.idle_lock_minutes,
        policy.break_glass_minutes,
        policy.allow_multiple_positions,
        position,
    )


async def _people(desk: OperatorDesk, store: Store) -> None:
    """The first administrator (OS user), then dina (dispatcher) and carl (call-taker)."""
    state = desk.operator.state
    from models.operators.manage import first_administrator

    first = first_administrator(state, "olli", datetime.now(UTC))
    assert (await desk.start(first)).ok
    actor = Actor("olli", None)
    now = datetime.now(UTC)
    events = add_operator(state, actor, "dina", "dispatcher", "dina-pass-1", now)
    events += add_operator(state, actor, "carl", "call-taker", "carl-pass-1", now)
    assert await desk._append(events) is None


def kinds(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(events_table.c.source, events_table.c.kind)
            .where(events_table.c.kind.like("operator.%"))
            .order_by(events_table.c.seq)
        ).all()
    return [(r.source, r.kind) for r in rows]


def test_offline_sign_in_is_refused_and_break_glass_is_logged_and_time_limited(run: Any) -> None:
    async def body(store: Store, writer: Any, ops: list[Any], desks: list[Any], offline: Any):
        op, desk = ops[0], desks[0]
        await _people(desk, store)
        before = kinds(store)
        offline["why"] = "the database connection is lost (since 10:00:00: refused)"
        outcome = await desk.sign_in("dina", "dina-pass-1")
        assert not outcome.ok and outcome.offline
        assert "cannot sign in: the database connection is lost" in outcome.message
        assert kinds(store) == before  # nothing computed, nothing half-written
        # The site has not enabled break-glass: refused.
        refused = await desk.break_glass("dina", "fire in progress")
        assert not refused.ok and "does not allow" in refused.message
        op.policy = OperatorPolicy(break_glass_minutes=30, position="p1")
        assert not (await desk.break_glass("dina", "")).ok  # a reason is required
        glass = await desk.break_glass("dina", "database down, fire in progress")
        assert glass.ok, glass.message
        assert op.session().name == "dina" and op.session().role == "dispatcher"
        assert op.authorize("incident.dispatch") == "dina"
        with pytest.raises(Exception, match="needs the supervisor"):
            op.authorize("incident.reopen")
        # Stored as soon as the store takes it (here at once; when the database is back
        # in the field: the writer holds it).
        await _until(lambda: ("position:p1", "operator.break_glass") in kinds(store))
        # Time is up: no session, actions refused.
        op._now = lambda: datetime.now(UTC) + timedelta(minutes=31)
        assert op.session() is None
        with pytest.raises(ActionRefused, match="nobody is signed in"):
            op.authorize("incident.dispatch")
        op._now = lambda: datetime.now(UTC)
        offline["why"] = None
        assert (await desk.sign_in("dina", "dina-pass-1")).ok  # a normal sign-in ends it
        assert op.break_glass is None
        await _until(lambda: ("position:p1", "operator.break_glass_ended") in kinds(store))

    run(body)


def test_break_glass_events_come_from_the_operators_model_and_never_revive(run: Any) -> None:
    async def body(store: Store, writer: Any, ops: list[Any], desks: list[Any], offline: Any):
        op, desk = ops[0], desks[0]
        await _people(desk, store)
        op.policy = OperatorPolicy(break_glass_minutes=20, position="p1")
        offline["why"] = "the database connection is lost"
        assert (await desk.break_glass("dina", "database down")).ok
        await _until(lambda: getattr(op.state.session("p1"), "name", None) == "dina")
        stored = op.state.session("p1")
        assert stored.break_glass and stored.name == "dina"  # the log knows who holds p1
        assert op.session().name == "dina"
        with store.engine.connect() as conn:
            payload = conn.execute(
                select(events_table.c.payload).where(events_table.c.kind == "operator.break_glass")
            ).scalar_one()
        assert set(payload) == {"name", "role", "position", "reason", "minutes", "until"}
        assert payload["minutes"] == 20 and payload["position"] == "p1"
        await desk.end_break_glass("database back")
        # Ended here: the log's emergency session does not bring dina back.
        assert op.session() is None
        await _until(lambda: ("position:p1", "operator.break_glass_ended") in kinds(store))
        await _until(lambda: op.state.session("p1") is None)
        assert op.state.positions_of("dina") == []

    run(body)


def test_a_second_position_follows_the_site_policy(run: Any) -> None:
    async def body(store: Store, writer: Any, ops: list[Any], desks: list[Any], offline: Any):
        await _people(desks[0], store)
        assert (await desks[0].sign_in("dina", "dina-pass-1")).ok
        await _until(lambda: ops[1].state.positions_of("dina") == ["p1"])
        refused = await desks[1].sign_in("dina", "dina-pass-1")
        assert not refused.ok and "already signed in at p1" in refused.message
        assert ops[1].session() is None
        ops[1].policy = OperatorPolicy(allow_multiple_positions=True, position="p2")
        assert (await desks[1].sign_in("dina", "dina-pass-1")).ok
        assert ops[1].session().name == "dina"
        assert ("position:p2", "operator.sign_in_failed") in kinds(store)

    run(body, positions=("p1", "p2"))


def test_services_refuse_by_role_and_say_which_role(run: Any) -> None:
    async def body(store: Store, writer: Any, ops: list[Any], desks: list[Any], offline: Any):
        op, desk = ops[0], desks[0]
        await _people(desk, store)
        site = load_site(DEFAULT_SITE_DIR)
        dispatch = DispatchService(site, site_catalogue(site), writer, op)
        calls = CallService(site, writer, op, dispatch_state=dispatch.state)
        alerts = AlertService(site, writer, op, dispatch_state=dispatch.state)
        assert (await desk.sign_out()).ok  # the first administrator was signed in at start
        # Nobody signed in: refused.
        with pytest.raises(DispatchError, match="nobody is signed in"):
            await dispatch.create_incident("structure-fire", 60.17, 24.945)
        assert (await desk.sign_in("carl", "carl-pass-1")).ok
        with pytest.raises(DispatchError, match="needs the dispatcher or supervisor role"):
            await dispatch.close_incident("2026-000001", "done")
        with pytest.raises(AlertError, match="handling an alert needs"):
            await alerts.acknowledge("A1")
        assert calls.operator == "carl"

    run(body)


async def _until(condition: Callable[[], Any], timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.01)


def test_os_user_names_become_usable_operator_names() -> None:
    from console.session.operator_desk import usable_operator_name

    assert usable_operator_name("olli") == "olli"
    assert usable_operator_name("John Smith") == "John-Smith"
    assert usable_operator_name("DOMAIN\\anna") == "DOMAIN-anna"
    assert usable_operator_name(" ..") == "administrator"


def test_prepare_names_the_position_and_the_first_administrator(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        op, first = prepare(store, OperatorPolicy(position="desk-3"), "olli")
        assert op.position == "desk-3" and op.store_is_file
        assert [e.kind for e in first] == ["operator.added"]
        assert first[0].payload["role"] == "administrator"
        op, _ = prepare(store, OperatorPolicy(), "olli")
        assert op.position  # the host's name
    finally:
        store.close()
