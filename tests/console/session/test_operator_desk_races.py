"""Two positions signing in as one operator at the same instant: the commit guard decides.

Each position has its own store connection and group-commit writer on one
database (a SQLite file, and PostgreSQL through ``store_url``), and neither
learns of the other's events: both positions' own checks pass, so only the
guard at commit (``models.store.guards.operator_not_elsewhere``) stands
between them and two sign-ins. Unless the site allows several positions,
exactly one succeeds and the other is refused, with its attempt logged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from console.config.site import OperatorPolicy
from console.session.operator_desk import OperatorDesk, prepare
from models.operators import events as ev
from models.operators.manage import Actor, add_operator
from models.operators.state import load_operators
from models.store import GroupCommitWriter, Store, open_store, verify_chain
from models.store.schema import events_table

pytestmark = pytest.mark.timeout(120)


def _operator_events(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(events_table.c.source, events_table.c.kind, events_table.c.payload)
            .where(events_table.c.kind.like("operator.%"))
            .order_by(events_table.c.seq)
        ).all()
    return [(r.source, r.kind, r.payload or {}) for r in rows]


def _run(store_url: str, allow_multiple: bool, body: Callable[..., Awaitable[None]]) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        stores: list[Store] = []
        writers: list[GroupCommitWriter] = []
        try:
            # Position p1 makes the store's first administrator and the operator dina.
            store1 = open_store(store_url)
            stores.append(store1)
            policy = OperatorPolicy(allow_multiple_positions=allow_multiple, position="p1")
            op1, first = prepare(store1, policy, "olli")
            writer1 = GroupCommitWriter(
                store1, on_committed=lambda e: loop.call_soon_threadsafe(op1.on_committed, e)
            )
            writers.append(writer1)
            desk1 = OperatorDesk(op1, writer1, lambda: None, "olli")
            assert (await desk1.start(first)).ok
            now = datetime.now(UTC)
            added = add_operator(
                op1.state, Actor("olli", None), "dina", "dispatcher", "dina-pass-1", now
            )
            assert await desk1._append(added) is None
            # Position p2 on its own connection and writer; it never sees p1's events.
            store2 = open_store(store_url)
            stores.append(store2)
            policy2 = OperatorPolicy(allow_multiple_positions=allow_multiple, position="p2")
            op2, _ = prepare(store2, policy2, "olli")
            writer2 = GroupCommitWriter(
                store2, on_committed=lambda e: loop.call_soon_threadsafe(op2.on_committed, e)
            )
            writers.append(writer2)
            desk2 = OperatorDesk(op2, writer2, lambda: None, "olli")
            assert op2.state.operator("dina") is not None
            await body(store1, (op1, op2), (desk1, desk2))
        finally:
            for writer in writers:
                await loop.run_in_executor(None, writer.close)
            for store in stores:
                store.close()

    asyncio.run(main())


def test_two_positions_signing_in_as_one_operator_at_once_end_with_one(store_url: str) -> None:
    async def body(store: Store, ops: tuple[Any, Any], desks: tuple[Any, Any]) -> None:
        first, second = await asyncio.gather(
            desks[0].sign_in("dina", "dina-pass-1"), desks[1].sign_in("dina", "dina-pass-1")
        )
        assert [first.ok, second.ok].count(True) == 1, (first, second)
        winner, loser = (0, 1) if first.ok else (1, 0)
        lost = (first, second)[loser]
        where = f"p{winner + 1}"
        assert f"dina is already signed in at {where} since" in lost.message
        assert lost.message.startswith("not signed in: ")
        assert ops[winner].session().name == "dina"
        assert ops[loser].session() is None or ops[loser].session().name != "dina"
        # The log: one sign-in for dina, and the refused attempt, logged at the loser.
        log = _operator_events(store)
        ins = [e for e in log if e[1] in (ev.SIGNED_IN, ev.CHANGED) and e[2]["name"] == "dina"]
        assert [e[0] for e in ins] == [f"position:{where}"]
        refused = [e for e in log if e[1] == ev.SIGN_IN_FAILED]
        assert [(e[0], e[2]["reason"]) for e in refused] == [
            (f"position:p{loser + 1}", ev.SIGNED_IN_ELSEWHERE)
        ]
        folded = load_operators(store)
        assert folded.positions_of("dina") == [where]
        assert verify_chain(store).ok
        # The loser signs in once the winner signed out.
        assert (await desks[winner].sign_out()).ok
        assert (await desks[loser].sign_in("dina", "dina-pass-1")).ok
        assert load_operators(store).positions_of("dina") == [f"p{loser + 1}"]

    _run(store_url, False, body)


def test_a_site_allowing_several_positions_lets_both_sign_in(store_url: str) -> None:
    async def body(store: Store, ops: tuple[Any, Any], desks: tuple[Any, Any]) -> None:
        first, second = await asyncio.gather(
            desks[0].sign_in("dina", "dina-pass-1"), desks[1].sign_in("dina", "dina-pass-1")
        )
        assert first.ok and second.ok, (first, second)
        assert load_operators(store).positions_of("dina") == ["p1", "p2"]

    _run(store_url, True, body)
