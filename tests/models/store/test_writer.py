"""Group-commit writer: batching, acknowledge-after-commit, order, gapless seq, retries."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, event, text

from models.projections import ProjectionRegistry, default_registry
from models.store import (
    GroupCommitWriter,
    NewEvent,
    Store,
    StoredEvent,
    StoreError,
    open_store,
    verify_chain,
)

Factory = Callable[..., NewEvent]


def _count_rows(url: str, where: str = "1=1", **params: object) -> int:
    """Counted through a connection of its own, not the store's."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            query = text(f"SELECT count(*) FROM events WHERE {where}")
            return int(conn.execute(query, params).scalar_one())
    finally:
        engine.dispose()


def test_append_and_read_back(store: Store, event_factory: Factory) -> None:
    rejected = NewEvent(
        source="link:avl",
        kind="frame.rejected",
        rx_time=event_factory(0).rx_time,
        payload=None,
        raw=b"$GPGGA,garbage*00\r\n",
        error="bad checksum",
    )
    with GroupCommitWriter(store) as writer:
        first = writer.submit(event_factory(0, note="héllo")).result(timeout=30)
        second = writer.submit(rejected).result(timeout=30)
    assert (first.seq, second.seq) == (1, 2)
    assert store.last_seq() == 2
    newest_first = store.latest_events()
    assert [e.seq for e in newest_first] == [2, 1]
    assert newest_first[0] == second
    assert newest_first[1] == first
    assert first.payload == {"i": 0, "note": "héllo"}
    assert first.raw == b"frame 0"
    assert first.rx_time == event_factory(0).rx_time
    assert first.rx_time.utcoffset() is not None and first.rx_time.utcoffset().total_seconds() == 0
    assert second.payload is None and second.error == "bad checksum"
    assert store.events_since(1) == [second]
    assert store.events_since(0, limit=1) == [first]


def test_latest_events_filters(store: Store, event_factory: Factory) -> None:
    events = [
        event_factory(0, kind="frame.decoded", unit="P-12"),
        event_factory(1, kind="operator.note", text="Fire at 100% of dock, Gérard"),
        event_factory(2, kind="operator.assign"),
        NewEvent("system", "system.start", event_factory(3).rx_time, None),
    ]
    with GroupCommitWriter(store) as writer:
        for item in events:
            writer.submit(item)
    assert [e.seq for e in store.latest_events(kinds=["operator.*"])] == [3, 2]
    assert [e.seq for e in store.latest_events(kinds=["system.start", "frame.decoded"])] == [4, 1]
    assert [e.seq for e in store.latest_events(source="system")] == [4]
    assert [e.seq for e in store.latest_events(source="link:*")] == [3, 2, 1]
    assert [e.seq for e in store.latest_events(text="p-12")] == [1]
    assert [e.seq for e in store.latest_events(text="100%")] == [2]  # % is literal
    assert [e.seq for e in store.latest_events(text="gérard")] == [2]
    assert store.latest_events(kinds=[]) == []
    assert [e.seq for e in store.latest_events(limit=2)] == [4, 3]


def test_future_resolves_only_after_commit(
    store: Store, store_url: str, event_factory: Factory
) -> None:
    seen_in_db: list[int] = []
    lock = threading.Lock()

    def check(future: Future[StoredEvent]) -> None:
        # Runs when the future resolves: a second connection must already see the row.
        count = _count_rows(store_url, "seq = :seq", seq=future.result().seq)
        with lock:
            seen_in_db.append(count)

    writer = GroupCommitWriter(store, max_batch=7)
    futures = [writer.submit(event_factory(i)) for i in range(40)]
    for future in futures:
        future.add_done_callback(check)
    assert writer.flush(timeout=30)
    writer.close()
    assert len(seen_in_db) == 40
    assert seen_in_db == [1] * 40


def test_group_commit_batches_into_one_transaction(store: Store, event_factory: Factory) -> None:
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    batches: list[list[int]] = []
    # A long window: the batch closes when max_batch is reached, not by time.
    writer = GroupCommitWriter(
        store,
        max_batch=50,
        window_s=60,
        on_committed=lambda stored: batches.append([e.seq for e in stored]),
    )
    futures = [writer.submit(event_factory(i)) for i in range(50)]
    assert [f.result(timeout=30).seq for f in futures] == list(range(1, 51))
    assert batches == [list(range(1, 51))]
    assert len(commits) == 1
    assert writer.batches_committed == 1
    writer.close()


def test_single_event_committed_after_window(store: Store, event_factory: Factory) -> None:
    with GroupCommitWriter(store, max_batch=100, window_s=0.01) as writer:
        assert writer.submit(event_factory(0)).result(timeout=30).seq == 1
        assert writer.pending == 0


def test_order_and_gapless_seq_under_concurrent_submitters(
    store: Store, event_factory: Factory
) -> None:
    threads_n, per_thread = 4, 1500
    results: dict[int, list[Future[StoredEvent]]] = {}
    start = threading.Barrier(threads_n)

    def submitter(tid: int, writer: GroupCommitWriter) -> None:
        start.wait()
        results[tid] = [writer.submit(event_factory(i, thread=tid)) for i in range(per_thread)]

    with GroupCommitWriter(store, max_batch=64, window_s=0.002) as writer:
        threads = [threading.Thread(target=submitter, args=(t, writer)) for t in range(threads_n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    stored = store.events_since(0)
    assert [e.seq for e in stored] == list(range(1, threads_n * per_thread + 1))
    for tid in range(threads_n):
        mine = [e for e in stored if e.payload is not None and e.payload["thread"] == tid]
        assert [e.payload["i"] for e in mine if e.payload] == list(range(per_thread))
        assert [f.result().seq for f in results[tid]] == [e.seq for e in mine]
    assert verify_chain(store).ok


def test_close_loses_nothing(store_url: str, event_factory: Factory) -> None:
    store = open_store(store_url)
    writer = GroupCommitWriter(store)
    futures = [writer.submit(event_factory(i)) for i in range(10_000)]
    assert writer.close()
    assert all(f.done() and not f.exception() for f in futures)
    store.close()
    assert _count_rows(store_url) == 10_000
    reopened = open_store(store_url)
    try:
        report = verify_chain(reopened)
        assert report.ok and report.checked == 10_000
    finally:
        reopened.close()


def test_reopen_continues_the_chain(store_url: str, event_factory: Factory) -> None:
    store = open_store(store_url)
    with GroupCommitWriter(store) as writer:
        last = [writer.submit(event_factory(i)) for i in range(5)][-1].result(timeout=30)
    store.close()
    store = open_store(store_url)
    try:
        assert store.last_seq() == 5
        with GroupCommitWriter(store) as writer:
            nxt = writer.submit(event_factory(5)).result(timeout=30)
        assert nxt.seq == 6
        with store.engine.connect() as conn:
            prev_hash = conn.execute(text("SELECT prev_hash FROM events WHERE seq=6")).scalar()
        assert prev_hash == last.hash
        assert verify_chain(store).checked == 6 and verify_chain(store).ok
    finally:
        store.close()


def test_one_writer_per_store(store: Store) -> None:
    writer = GroupCommitWriter(store)
    with pytest.raises(StoreError, match="already has a writer"):
        GroupCommitWriter(store)
    writer.close()
    GroupCommitWriter(store).close()  # the slot is free again after close


def test_naive_time_refused_and_bad_payloads_stored_as_rejected(
    store: Store, event_factory: Factory
) -> None:
    good = event_factory(0)
    with GroupCommitWriter(store) as writer:
        with pytest.raises(ValueError, match="naive"):
            writer.submit(NewEvent("system", "x", datetime(2024, 1, 1), None))
        odd = writer.submit(NewEvent("system", "x", good.rx_time, {"v": object()}))
        nan = writer.submit(NewEvent("system", "x", good.rx_time, {"v": float("nan")}))
        assert writer.submit(good).result(timeout=30).seq == 3
    for receipt in (odd, nan):
        stored = receipt.result(timeout=0)
        assert stored.kind == "event.rejected" and stored.source == "system"
        assert stored.error is not None and "not JSON" in stored.error
    assert nan.result().payload == {"rejected_kind": "x", "submitted": '{"v": NaN}'}
    with pytest.raises(StoreError, match="closed"):
        writer.submit(good)
    assert store.event_count() == 3
    assert verify_chain(store).ok


class _FlakyProjection:
    """Fails the first ``failures`` batches, then lets them through."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.failed = threading.Event()
        self.release = threading.Event()

    def __call__(self, conn: Connection, events: Sequence[StoredEvent]) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            self.failed.set()
            if self.calls == self.failures:
                # Hold the last failure until the test has queued more events behind it.
                assert self.release.wait(30)
            raise RuntimeError("disk on fire")


def test_commit_failure_keeps_events_pending_and_retries_in_order(
    store: Store, store_url: str, event_factory: Factory
) -> None:
    flaky = _FlakyProjection(failures=2)
    registry = default_registry()
    registry.register("*", flaky)
    committed: list[int] = []
    health: list[tuple[bool, str | None]] = []
    unhealthy = threading.Event()

    def on_health(healthy: bool, error: str | None) -> None:
        health.append((healthy, error))
        if not healthy:
            unhealthy.set()

    writer = GroupCommitWriter(
        store,
        window_s=0,
        projections=registry,
        retry_delay_s=0.01,
        on_committed=lambda stored: committed.extend(e.seq for e in stored),
        on_health=on_health,
    )
    assert writer.healthy and writer.last_error is None
    first = writer.submit(event_factory(0))
    assert flaky.failed.wait(30)
    later = [writer.submit(event_factory(i)) for i in range(1, 6)]
    # Nothing of the failed batch reached the database, and nothing is NAKed.
    assert _count_rows(store_url) == 0
    assert not first.done() and first.seq is None
    with pytest.raises(TimeoutError):
        first.result(timeout=0.01)
    assert unhealthy.wait(30)  # reported by the writer thread, maybe a moment after the failure
    assert not writer.healthy
    assert writer.last_error is not None and "disk on fire" in writer.last_error
    assert health == [(False, writer.last_error)]
    flaky.release.set()
    assert first.result(timeout=30).seq == 1
    assert writer.flush(timeout=30)
    assert [f.result(timeout=30).seq for f in later] == [2, 3, 4, 5, 6]
    assert committed == [1, 2, 3, 4, 5, 6]
    assert writer.commit_failures == 2
    assert writer.healthy and writer.last_error is None
    assert health[-1] == (True, None) and health[0][0] is False
    writer.close()
    stored = store.events_since(0)
    assert [e.payload["i"] for e in stored if e.payload] == [0, 1, 2, 3, 4, 5]
    assert verify_chain(store).ok


class _BreakableConnection:
    """Makes every statement the writer runs fail while ``broken`` is set."""

    def __init__(self, store: Store) -> None:
        self.broken = threading.Event()
        self.failures = 0
        event.listen(store.engine, "connect", self._wrap)
        store.engine.dispose()  # later connections go through _wrap

    def _wrap(self, dbapi_connection: sqlite3.Connection, _record: object) -> None:
        def authorizer(action: int, *_args: object) -> int:
            if self.broken.is_set() and action == sqlite3.SQLITE_INSERT:
                self.failures += 1
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK

        dbapi_connection.set_authorizer(authorizer)


def test_database_refusing_writes_holds_events_until_it_recovers(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    breaker = _BreakableConnection(store)
    breaker.broken.set()
    health: list[bool] = []
    failed = threading.Event()
    recovered = threading.Event()

    def on_health(healthy: bool, error: str | None) -> None:
        health.append(healthy)
        (recovered if healthy else failed).set()

    writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.01, on_health=on_health)
    receipts = [writer.submit(event_factory(i)) for i in range(20)]
    assert failed.wait(30)
    assert not writer.flush(timeout=0.05)
    assert writer.pending == 20
    assert not any(r.done() for r in receipts)
    assert writer.last_error is not None and "not authorized" in writer.last_error
    breaker.broken.clear()
    assert writer.flush(timeout=30)
    assert recovered.is_set() and writer.healthy
    assert [r.result(timeout=0).seq for r in receipts] == list(range(1, 21))
    assert health[0] is False and health[-1] is True
    writer.close()
    assert breaker.failures >= 1
    assert _count_rows(f"sqlite:///{store_path}") == 20
    assert verify_chain(store).ok


def test_close_with_timeout_gives_up_on_a_dead_store(store: Store, event_factory: Factory) -> None:
    registry = ProjectionRegistry()

    def always_fails(conn: Connection, events: Sequence[StoredEvent]) -> None:
        raise RuntimeError("read-only medium")

    registry.register("*", always_fails)
    health: list[bool] = []
    writer = GroupCommitWriter(
        store,
        window_s=0,
        projections=registry,
        retry_delay_s=0.01,
        on_health=lambda healthy, error: health.append(healthy),
    )
    receipts = [writer.submit(event_factory(i)) for i in range(3)]
    assert not writer.close(timeout=0.2)
    assert all(isinstance(r.exception(timeout=30), StoreError) for r in receipts)
    with pytest.raises(StoreError, match="read-only medium"):
        receipts[0].result()
    assert receipts[0].seq is None
    assert writer.pending == 3
    assert not writer.healthy and health == [False]
    assert store.event_count() == 0


def test_on_committed_errors_do_not_stop_the_writer(store: Store, event_factory: Factory) -> None:
    def broken(stored: list[StoredEvent]) -> None:
        raise RuntimeError("ui gone")

    with GroupCommitWriter(store, window_s=0, on_committed=broken) as writer:
        assert writer.submit(event_factory(0)).result(timeout=30).seq == 1
        assert writer.submit(event_factory(1)).result(timeout=30).seq == 2


def test_sqlite_fast_path_stores_what_core_stores(tmp_path: Path, event_factory: Factory) -> None:
    rows: dict[bool, list[tuple[object, ...]]] = {}
    events = [
        event_factory(0, unit="A", message={"lat": 1.5, "lon": 2.25}),
        NewEvent("system", "system.start", event_factory(1).rx_time, None),
        NewEvent("link:x", "frame.rejected", event_factory(2).rx_time, None, b"\x00\xff", "bad"),
    ]
    for fast in (True, False):
        path = tmp_path / f"fast-{fast}.sqlite"
        store = open_store(f"sqlite:///{path}")
        with GroupCommitWriter(store, fast_path=fast) as writer:
            for item in events:
                writer.submit(item)
        assert verify_chain(store).ok
        readback = store.events_since(0)
        store.close()
        conn = sqlite3.connect(path)
        rows[fast] = conn.execute("SELECT * FROM events ORDER BY seq").fetchall()
        conn.close()
        assert [(e.source, e.kind, e.rx_time, e.payload, e.raw, e.error) for e in readback] == [
            (e.source, e.kind, e.rx_time, e.payload, e.raw, e.error) for e in events
        ]
    assert rows[True] == rows[False]
    assert len(rows[True]) == 3
