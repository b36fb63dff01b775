"""Shutdown while the store fails: bounded close, spill file, replayed first on the next start.

Fault reproduced: with commits failing, ``close()`` never returned and the
events it held were lost when the process was killed. Now ``close`` returns
within its bound, every submitted event not committed is in a spill file
beside the store (receipt: ``EventSpilled``), and the next writer appends the
spill before any new event, exactly once, then removes it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from models.projections import default_registry
from models.store import (
    EventSpilled,
    GroupCommitWriter,
    NewEvent,
    Store,
    StoredEvent,
    StoreError,
    open_store,
    spill,
    verify_chain,
)
from models.store.commit_loop import CommitLoop
from models.store.content import prepare
from models.store.spill import SpillEvent, SpillFile, parse_records, spill_files, write_spill
from models.store.writer_spill import SPILLED_GUARD_REASON
from tests.polling import poll_until

Factory = Callable[..., NewEvent]
WAIT_S = 30


class _Switch:
    """A projection on every kind that fails (or blocks) while told to."""

    def __init__(self) -> None:
        self.failing = threading.Event()
        self.blocking = threading.Event()
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, conn: Connection, events: Sequence[StoredEvent]) -> None:
        if self.blocking.is_set():
            self.entered.set()
            self.release.wait(WAIT_S)
        if self.failing.is_set():
            raise RuntimeError("read-only medium")


def _writer(store: Store, switch: _Switch | None = None, **kwargs: object) -> GroupCommitWriter:
    registry = default_registry()
    if switch is not None:
        registry.register("*", switch)
    kwargs.setdefault("retry_delay_s", 0.01)
    kwargs.setdefault("max_retry_delay_s", 0.05)
    return GroupCommitWriter(store, projections=registry, **kwargs)  # type: ignore[arg-type]


def _content(event: StoredEvent | NewEvent) -> tuple[object, ...]:
    return (event.source, event.kind, event.rx_time, event.payload, event.raw, event.error)


def test_close_is_bounded_spills_and_the_next_writer_replays_first(
    store_url: str, event_factory: Factory
) -> None:
    store = open_store(store_url)
    switch = _Switch()
    switch.failing.set()
    writer = _writer(store, switch, window_s=0)
    events = [event_factory(i, note="Gérard") for i in range(10)]
    receipts = [writer.submit(e) for e in events]
    started = time.monotonic()
    assert writer.close(timeout=1.0) is False
    assert time.monotonic() - started < 3.0
    for receipt in receipts:
        error = receipt.exception(timeout=0)
        assert isinstance(error, EventSpilled) and isinstance(error, StoreError)
        assert "read-only medium" in str(error) and str(error.path) in str(error)
    path = writer.spill_path
    assert path is not None and path.exists() and path.parent == writer.spill_dirs[0]
    if store.path is not None:
        assert path.parent == Path(f"{store.path}.spill")
    assert store.event_count() == 0
    store.close()

    store = open_store(store_url)
    try:
        writer = _writer(store)
        new = writer.submit(event_factory(99))  # submitted while the spill is replayed
        assert new.result(timeout=WAIT_S).seq == 11
        assert writer.close(timeout=WAIT_S)
        log = store.events_since(0)
        assert [_content(e) for e in log[:10]] == [_content(e) for e in events]
        assert writer.replayed_events == 10
        assert not path.exists() and spill_files(writer.spill_dirs) == []
        with store.engine.connect() as conn:
            keys = conn.execute(text("SELECT key FROM store_info")).scalars().all()
        assert keys == ["purpose"]
        assert verify_chain(store).ok
    finally:
        store.close()


def test_close_without_timeout_gives_up_after_the_stall(
    store: Store, event_factory: Factory
) -> None:
    switch = _Switch()
    switch.failing.set()
    writer = _writer(store, switch, window_s=0, close_stall_s=0.3)
    receipt = writer.submit(event_factory(0))
    started = time.monotonic()
    assert writer.close() is False
    assert time.monotonic() - started < 5.0
    assert isinstance(receipt.exception(timeout=0), EventSpilled)


def test_close_while_the_writer_is_stuck_in_a_database_call(
    store_url: str, event_factory: Factory
) -> None:
    """In-flight events are spilled "in doubt"; whatever the stuck transaction did, exactly once."""
    store = open_store(store_url)
    switch = _Switch()
    switch.blocking.set()
    writer = _writer(store, switch, window_s=0)
    first = writer.submit(event_factory(0))
    assert switch.entered.wait(WAIT_S)
    later = [writer.submit(event_factory(i)) for i in range(1, 4)]
    started = time.monotonic()
    assert writer.close(timeout=1.0) is False
    assert time.monotonic() - started < 3.0
    assert all(isinstance(r.exception(timeout=0), EventSpilled) for r in [first, *later])
    assert writer.spill_path is not None
    records, _ = parse_records(writer.spill_path.read_bytes())
    doubts = [r.get("doubt") for r in records[1:]]
    assert doubts[0] is not None and doubts[1:] == [None, None, None]
    switch.blocking.clear()
    switch.release.set()  # the stuck call returns: its transaction commits or is interrupted
    writer._thread.join(WAIT_S)
    assert not writer._thread.is_alive()
    store.close()

    store = open_store(store_url)
    try:
        with _writer(store) as replay:
            assert replay.flush(timeout=WAIT_S)
        log = store.events_since(0)
        assert [e.payload["i"] for e in log if e.payload] == [0, 1, 2, 3]
        assert verify_chain(store).ok
    finally:
        store.close()


def test_damaged_spill_records_are_skipped(
    store: Store, store_path: Path, event_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    switch = _Switch()
    switch.failing.set()
    writer = _writer(store, switch, window_s=0)
    for i in range(5):
        writer.submit(event_factory(i))
    assert not writer.close(timeout=0.5)
    path = writer.spill_path
    assert path is not None
    data = path.read_bytes()
    lines = data.split(b"\n")
    # A flipped byte in the second event, and a crash in the middle of the last one.
    lines[2] = lines[2].replace(b"00.001000", b"00.009000")
    assert lines[2] != data.split(b"\n")[2]
    damaged = b"\n".join(lines[:5]) + b"\n" + lines[5][: len(lines[5]) // 2]
    path.write_bytes(damaged)
    with _writer(store) as replay:
        assert replay.flush(timeout=WAIT_S)
    assert [e.payload["i"] for e in store.events_since(0) if e.payload] == [0, 2, 3]
    assert "damaged bytes skipped" in caplog.text
    assert not path.exists()


def test_replay_is_exactly_once_when_it_is_interrupted(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    switch = _Switch()
    switch.failing.set()
    writer = _writer(store, switch, window_s=0)
    for i in range(6):
        writer.submit(event_factory(i))
    assert not writer.close(timeout=0.5)
    path = writer.spill_path
    assert path is not None

    # The next writer replays two at a time; after its first commit the store
    # fails, and it is closed: the spill must stay, with its progress.
    switch.failing.clear()
    replay = _writer(store, switch, max_batch=2, on_committed=lambda _: switch.failing.set())
    poll_until(lambda: store.event_count() >= 2, "the first two spilled events", WAIT_S)
    assert replay.close(timeout=0.5) is True  # nothing of its own was pending
    assert store.event_count() == 2 and path.exists()
    assert replay.rejected_events == 0
    handle = SpillFile.open(path)
    assert handle is not None
    handle.close()
    with store.engine.connect() as conn:
        assert spill.read_progress(conn, handle.id) == 2
    with _writer(store) as last:
        assert last.flush(timeout=WAIT_S)
    assert [e.payload["i"] for e in store.events_since(0) if e.payload] == list(range(6))
    assert not path.exists()
    assert verify_chain(store).ok


def _spill(store: Store, items: list[SpillEvent]) -> Path:
    return write_spill(
        spill.spill_dirs(store),
        items,
        store_where=store.where,
        purpose=store.purpose,
        head=store.last_seq_and_hash(),
        reason="test",
        now=items[0].event.rx_time,
    )


def _item(event: NewEvent, **kwargs: object) -> SpillEvent:
    prepared, payload_json, _ = prepare(event)
    return SpillEvent(prepared, payload_json, **kwargs)  # type: ignore[arg-type]


def test_in_doubt_events_already_in_the_log_are_not_appended_again(
    store: Store, event_factory: Factory
) -> None:
    with _writer(store) as writer:
        committed = [writer.submit(event_factory(i)).result(WAIT_S) for i in range(2)]
    _spill(
        store,
        [
            _item(event_factory(1), doubt=(committed[1].seq, committed[1].hash)),
            _item(event_factory(2), doubt=(3, "0" * 64)),
            _item(event_factory(3)),
        ],
    )
    with _writer(store) as writer:
        assert writer.flush(WAIT_S)
    assert [e.payload["i"] for e in store.events_since(0) if e.payload] == [0, 1, 2, 3]
    assert verify_chain(store).ok


def test_spilled_guarded_action_is_kept_but_not_applied(
    store: Store, event_factory: Factory
) -> None:
    action = NewEvent(
        "operator:anna",
        "unit.status",
        event_factory(0).rx_time,
        {"unit": "P-1", "status": "dispatched", "previous": "available"},
    )
    _spill(store, [_item(action, guarded=True)])
    with _writer(store) as writer:
        assert writer.flush(WAIT_S)
    (stored,) = store.events_since(0)
    assert stored.kind == "event.rejected" and stored.source == "operator:anna"
    assert stored.error == f"not stored as unit.status: {SPILLED_GUARD_REASON}"
    assert stored.payload is not None and '"status": "dispatched"' in stored.payload["submitted"]


def test_spill_places(store: Store, store_url: str, tmp_path: Path) -> None:
    dirs = spill.spill_dirs(store)
    key = spill.store_key(store)
    assert dirs[-2:] == [spill.server_spill_root() / key, spill._temp_spill_root() / key]
    if store.path is not None:
        assert dirs[0] == Path(f"{store.path}.spill") and len(dirs) == 3
    else:
        assert len(dirs) == 2  # a server store: the user's data dir, keyed by its URL
    memory = open_store("sqlite://")
    try:
        assert spill.spill_dirs(memory) == []
    finally:
        memory.close()


def test_in_memory_store_cannot_spill(event_factory: Factory) -> None:
    store = open_store("sqlite://")
    try:
        switch = _Switch()
        switch.failing.set()
        writer = _writer(store, switch, window_s=0)
        receipt = writer.submit(event_factory(0))
        assert not writer.close(timeout=0.3)
        error = receipt.exception(timeout=0)
        assert isinstance(error, StoreError) and not isinstance(error, EventSpilled)
        assert "could not be spilled" in str(error)
    finally:
        store.close()


def test_spill_falls_back_when_its_place_cannot_be_written(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    Path(f"{store_path}.spill").write_text("in the way")  # not a directory
    switch = _Switch()
    switch.failing.set()
    writer = _writer(store, switch, window_s=0)
    writer.submit(event_factory(0))
    assert not writer.close(timeout=0.3)
    assert writer.spill_path is not None
    assert writer.spill_path.parent == spill.server_spill_root() / spill.store_key(store)
    with _writer(store) as replay:
        assert replay.flush(WAIT_S)
    assert store.event_count() == 1


@pytest.mark.expect_writer_crash
def test_a_crashed_writer_thread_spills_what_it_held(
    store: Store, event_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: CommitLoop, batch: object) -> None:
        raise RuntimeError("bug in the writer")

    writer = _writer(store, window_s=0)
    with monkeypatch.context() as patched:
        patched.setattr(CommitLoop, "settle", crash)
        receipt = writer.submit(event_factory(0))
        assert isinstance(receipt.exception(timeout=WAIT_S), EventSpilled)
        with pytest.raises(StoreError, match="closed"):
            writer.submit(event_factory(1))
        writer.close(timeout=1)
    with _writer(store) as replay:
        assert replay.flush(WAIT_S)
    assert store.event_count() == 1
