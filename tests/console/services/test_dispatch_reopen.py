"""Reopening a closed incident through the real service, store, writer and signed-in operators.

A dispatcher is refused (the refusal names the supervisor role) and nothing
is stored; a supervisor reopens with a reason; the reopened incident takes
units again; the picture rebuilt from the log (and from the pictures the
console starts from) says the same, and the incident report lists the
reopening. On SQLite and PostgreSQL (``store_url``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, OperatorPolicy, load_site, site_catalogue
from console.reports.incident_data import gather_report
from console.services.dispatch import DispatchError, DispatchService
from console.services.pictures import load_pictures
from console.session.operator_desk import OperatorDesk, prepare
from models.dispatch.events import DISPATCH_KINDS, INCIDENT_REOPENED
from models.dispatch.state import DispatchState
from models.dispatch.status import UnitStatus
from models.operators.manage import Actor, add_operator
from models.store import GroupCommitWriter, Store, open_store, verify_chain

pytestmark = pytest.mark.timeout(120)


def _run(store_url: str, body: Callable[..., Awaitable[None]]) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        site = load_site(DEFAULT_SITE_DIR)
        store = open_store(store_url)
        op, first = prepare(store, OperatorPolicy(position="p1"), "olli")
        dispatch = DispatchService(site, site_catalogue(site), None, op)

        def on_committed(events: list[Any]) -> None:
            def apply() -> None:
                op.on_committed(events)
                dispatch.on_committed(events)

            loop.call_soon_threadsafe(apply)

        writer = GroupCommitWriter(store, on_committed=on_committed)
        dispatch.writer = writer
        desk = OperatorDesk(op, writer, lambda: None, "olli")
        try:
            assert (await desk.start(first)).ok
            actor, now = Actor("olli", None), datetime.now(UTC)
            people = add_operator(op.state, actor, "dina", "dispatcher", "dina-pass-1", now)
            people += add_operator(op.state, actor, "sam", "supervisor", "sam-pass-1", now)
            assert await desk._append(people) is None
            await body(store, site, dispatch, desk)
        finally:
            await loop.run_in_executor(None, writer.close)
            store.close()

    asyncio.run(main())


def _reopens(store: Store) -> list[Any]:
    return store.latest_events(100, kinds=[INCIDENT_REOPENED])


def test_dispatcher_refused_supervisor_reopens_and_the_log_says_the_same(store_url: str) -> None:
    async def body(store: Store, site: Any, dispatch: DispatchService, desk: OperatorDesk):
        unit = site.units[0].call_sign
        assert (await desk.sign_in("dina", "dina-pass-1")).ok
        incident = await dispatch.create_incident("structure-fire", 60.17, 24.945, "Mariankatu 12")
        await dispatch.dispatch(incident, [unit], recommended=False)
        first_dispatch = dispatch.state.assignments[incident][0].time
        await dispatch.change_status([unit], UnitStatus.AVAILABLE)
        await dispatch.close_incident(incident, "false alarm")
        assert dispatch.state.incidents[incident].status == "closed"

        # A dispatcher may not reopen: the refusal names the role, nothing is stored.
        with pytest.raises(DispatchError, match="reopening an incident needs the supervisor role"):
            await dispatch.reopen_incident(incident, "caller rang again")
        assert _reopens(store) == []
        assert dispatch.state.incidents[incident].status == "closed"

        # The supervisor takes over the position and reopens it, with a reason.
        assert (await desk.sign_in("sam", "sam-pass-1")).ok
        with pytest.raises(DispatchError, match="needs a reason"):
            await dispatch.reopen_incident(incident, "  ")
        with pytest.raises(DispatchError, match="unknown incident"):
            await dispatch.reopen_incident("2026-999999", "why not")
        await dispatch.reopen_incident(incident, "caller rang again: smoke in the stairwell")
        reopened = dispatch.state.incidents[incident]
        assert reopened.status == "open" and reopened.closed is None
        assert reopened.disposition is None and reopened.reopened == 1
        assert reopened.reopen_reason == "caller rang again: smoke in the stairwell"
        with pytest.raises(DispatchError, match="is open: nothing to reopen"):
            await dispatch.reopen_incident(incident, "again")
        [event] = _reopens(store)
        assert event.source == "operator:sam"
        assert event.payload["previous"]["disposition"] == "false alarm"
        assert event.payload["previous"]["closed"] is not None
        assert (event.payload["type"], event.payload["priority"]) == ("structure-fire", 1)

        # Open again: it takes units (the commit guard sees the reopen), its history stays.
        await dispatch.dispatch(incident, [unit], recommended=False)
        assignments = dispatch.state.assignments[incident]
        assert len(assignments) == 2 and assignments[0].time == first_dispatch
        assert assignments[0].released is not None and assignments[1].released is None

        # The picture rebuilt from the log is the live one.
        replayed = DispatchState.initial([u.call_sign for u in site.units])
        replayed.apply_all(store.latest_events(10**6, kinds=DISPATCH_KINDS)[::-1])
        assert replayed.incidents[incident] == dispatch.state.incidents[incident]
        assert replayed.assignments[incident] == assignments
        pictures = await asyncio.get_running_loop().run_in_executor(
            None, load_pictures, store, site
        )
        assert pictures.dispatch.incidents[incident] == dispatch.state.incidents[incident]

        # The incident report lists the reopening and shows the incident open.
        report = await asyncio.get_running_loop().run_in_executor(
            None, gather_report, store, incident, None
        )
        lines = [(entry.who, entry.text) for entry in report.timeline]
        # The event log's own sentences (console.reports.event_text), one implementation.
        assert (
            "sam",
            f"{incident} REOPENED: caller rang again: smoke in the stairwell "
            "(was closed: false alarm)",
        ) in lines
        assert report.closed is None and report.disposition is None
        texts = [text for _who, text in lines]
        reopen_text = next(text for text in texts if text.startswith(f"{incident} REOPENED"))
        assert texts.index(f"{incident} closed: false alarm") < texts.index(reopen_text)
        assert verify_chain(store).ok

    _run(store_url, body)


def test_two_supervisors_reopening_at_once_reopen_once(store_url: str) -> None:
    """Two positions (two stores, two writers) reopen the same incident: one is told."""

    async def body(store: Store, site: Any, dispatch: DispatchService, desk: OperatorDesk):
        assert (await desk.sign_in("sam", "sam-pass-1")).ok
        incident = await dispatch.create_incident("structure-fire", 60.17, 24.945)
        await dispatch.close_incident(incident, "done")
        # A second position's service whose picture still shows the incident closed.
        other_store = open_store(store_url)
        other_writer = GroupCommitWriter(other_store)
        try:
            other = DispatchService(site, site_catalogue(site), other_writer, "ben")
            other.state.apply_all(store.latest_events(10**6, kinds=DISPATCH_KINDS)[::-1])
            await dispatch.reopen_incident(incident, "first")
            with pytest.raises(DispatchError, match="was reopened meanwhile by sam"):
                await other.reopen_incident(incident, "second")
        finally:
            await asyncio.get_running_loop().run_in_executor(None, other_writer.close)
            other_store.close()
        assert len(_reopens(store)) == 1

    _run(store_url, body)
