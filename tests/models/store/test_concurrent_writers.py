"""Several writers on one database (SQLite file and PostgreSQL): gapless, one chain, guards.

Writers run in separate processes where the point is separate processes (the
control-room case: positions and a recorder); the guard race uses two
``Store`` objects in one process so both groups are provably in flight at once.
"""

from __future__ import annotations

import multiprocessing
import threading
from datetime import UTC, datetime

import pytest

from models.store import GroupCommitWriter, NewEvent, guards, open_store, verify_chain
from models.store.receipt import GuardRefused

EVENTS_PER_PROCESS = 400
PROCESSES = 3


def _append_from_process(url: str, name: str, count: int) -> None:
    store = open_store(url)
    writer = GroupCommitWriter(store, window_s=0.001)
    try:
        for i in range(count):
            writer.submit(
                NewEvent(
                    source=f"link:{name}",
                    kind="test.event",
                    rx_time=datetime.now(UTC),
                    payload={"writer": name, "i": i},
                )
            )
            if i % 25 == 0:
                writer.flush()  # many small transactions: the writers interleave
    finally:
        writer.close()
        store.close()


def test_writers_in_several_processes_keep_one_gapless_chain(store_url: str) -> None:
    open_store(store_url).close()  # create the schema once, like a site's first start
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_append_from_process, args=(store_url, f"p{n}", EVENTS_PER_PROCESS))
        for n in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    # This process writes too, at the same time.
    _append_from_process(store_url, "main", EVENTS_PER_PROCESS)
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0

    store = open_store(store_url)
    try:
        total = EVENTS_PER_PROCESS * (PROCESSES + 1)
        report = verify_chain(store)
        assert report.ok, report
        assert report.checked == total
        events = store.events_since(0)
        assert [e.seq for e in events] == list(range(1, total + 1))
        by_writer: dict[str, list[int]] = {}
        for event in events:
            by_writer.setdefault(event.payload["writer"], []).append(event.payload["i"])
        # Every writer's events are all there, each in its own submission order.
        assert by_writer == {
            name: list(range(EVENTS_PER_PROCESS)) for name in ["main", "p0", "p1", "p2"]
        }
        writers_seen = {e.payload["writer"] for e in events[: total // 2]}
        assert len(writers_seen) > 1, "the writers did not interleave; the test proves nothing"
    finally:
        store.close()


def _dispatch_events(operator: str, unit: str, incident: str) -> list[NewEvent]:
    now = datetime.now(UTC)
    return [
        NewEvent(
            source=f"operator:{operator}",
            kind="unit.assigned",
            rx_time=now,
            payload={"unit": unit, "incident_id": incident, "recommended": True},
        ),
        NewEvent(
            source=f"operator:{operator}",
            kind="unit.status",
            rx_time=now,
            payload={
                "unit": unit,
                "status": "dispatched",
                "previous": "available",
                "incident_id": incident,
            },
        ),
    ]


def _incident(operator: str, incident_id: str) -> NewEvent:
    return NewEvent(
        source=f"operator:{operator}",
        kind="incident.created",
        rx_time=datetime.now(UTC),
        payload={
            "incident_id": incident_id,
            "type": "structure-fire",
            "priority": 1,
            "lat": 60.17,
            "lon": 24.95,
        },
    )


def test_two_positions_dispatching_one_unit_at_once_one_wins(store_url: str) -> None:
    anna_store, ben_store = open_store(store_url), open_store(store_url)
    anna = GroupCommitWriter(anna_store, window_s=0.05)
    ben = GroupCommitWriter(ben_store, window_s=0.05)
    try:
        anna.submit(_incident("anna", "2026-000001")).result(10)
        ben.submit(_incident("ben", "2026-000002")).result(10)
        seen = {"HE11": ("available", None)}
        # Both decided on what they saw (HE11 available), within one commit window.
        anna_receipts = anna.submit_group(
            _dispatch_events("anna", "HE11", "2026-000001"), guards.units_unchanged(seen)
        )
        ben_receipts = ben.submit_group(
            _dispatch_events("ben", "HE11", "2026-000002"), guards.units_unchanged(seen)
        )
        outcomes = {
            "anna": [r.exception(10) for r in anna_receipts],
            "ben": [r.exception(10) for r in ben_receipts],
        }
    finally:
        anna.close()
        ben.close()
    winners = [name for name, errors in outcomes.items() if errors == [None, None]]
    assert len(winners) == 1, outcomes
    loser = "ben" if winners == ["anna"] else "anna"
    errors = outcomes[loser]
    assert all(isinstance(e, GuardRefused) for e in errors)
    message = str(errors[0])
    winner_incident = "2026-000001" if winners == ["anna"] else "2026-000002"
    assert "HE11 is now dispatched to " + winner_incident in message
    assert f"by {winners[0]} at " in message and "not applied" in message

    store = open_store(store_url)
    try:
        events = store.events_since(0)
        assert [e.seq for e in events] == [1, 2, 3, 4]  # nothing of the loser's group
        assert {e.source for e in events[2:]} == {f"operator:{winners[0]}"}
        assert verify_chain(store).ok
    finally:
        store.close()
        anna_store.close()
        ben_store.close()


def test_a_refused_group_leaves_the_rest_of_its_batch_alone(store_url: str) -> None:
    store = open_store(store_url)
    writer = GroupCommitWriter(store, window_s=0.2)
    held = threading.Event()
    entered = threading.Event()

    def hold_the_writer(conn: object) -> None:
        entered.set()
        held.wait(10)
        return None

    try:
        # The writer is held inside the first commit, so everything after it lands in one
        # batch (a guarded group is taken at once, never left to wait out the window).
        before = writer.submit_group([_incident("anna", "2026-000001")], hold_the_writer)[0]
        assert entered.wait(10)
        refused = writer.submit_group(
            [_incident("anna", "2026-000009")], lambda conn: "the number is taken"
        )
        guarded_ok = writer.submit_group(
            _dispatch_events("anna", "HE11", "2026-000001"),
            guards.all_of(
                guards.incident_open("2026-000001"),
                guards.units_unchanged({"HE11": ("available", None)}),
            ),
        )
        # Sees the guarded dispatch before it: the same unit is no longer available.
        second = writer.submit_group(
            _dispatch_events("anna", "HE11", "2026-000001"),
            guards.units_unchanged({"HE11": ("available", None)}),
        )
        after = writer.submit(_incident("anna", "2026-000003"))
        held.set()
        assert before.result(10).seq == 1
        with pytest.raises(GuardRefused, match="the number is taken"):
            refused[0].result(10)
        assert [r.result(10).seq for r in guarded_ok] == [2, 3]
        assert isinstance(second[0].exception(10), GuardRefused)
        assert second[0].seq is None
        assert after.result(10).seq == 4
        assert writer.batches_committed == 2  # the one held, then all the rest together
    finally:
        writer.close()
    try:
        assert verify_chain(store).ok and store.last_seq() == 4
    finally:
        store.close()


def test_incident_absent_guard_names_who_took_the_number(store_url: str) -> None:
    store = open_store(store_url)
    writer = GroupCommitWriter(store)
    try:
        writer.submit(_incident("anna", "2026-000001")).result(10)
        receipts = writer.submit_group(
            [_incident("ben", "2026-000001")], guards.incident_absent("2026-000001")
        )
        error = receipts[0].exception(10)
    finally:
        writer.close()
        store.close()
    assert isinstance(error, GuardRefused)
    assert "2026-000001 was just taken by anna at" in str(error)
