"""Commit receipts: Future-like, shared per batch, resolved only after the commit."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime

import pytest

from models.store import (
    CommitReceipt,
    GroupCommitWriter,
    NewEvent,
    Store,
    StoredEvent,
    open_store,
)
from models.store.events import canonical_json, stored_event

Factory = Callable[..., NewEvent]


def test_receipts_share_a_batch_and_resolve_in_submission_order(
    store: Store, event_factory: Factory
) -> None:
    order: list[int] = []
    threads: set[str] = set()

    def on_done(receipt: CommitReceipt) -> None:
        order.append(receipt.result().seq)
        threads.add(threading.current_thread().name)

    writer = GroupCommitWriter(store, max_batch=10, window_s=60)
    receipts = [writer.submit(event_factory(i)) for i in range(25)]
    for receipt in receipts:
        receipt.add_done_callback(on_done)
    writer.close()
    assert order == list(range(1, 26))
    assert threads == {"store-writer"}
    assert [r.seq for r in receipts] == list(range(1, 26))
    stored = [r.result(timeout=0) for r in receipts]
    assert [e.payload["i"] for e in stored if e.payload] == list(range(25))
    assert stored == store.events_since(0)


def test_callback_added_after_commit_runs_at_once(store: Store, event_factory: Factory) -> None:
    with GroupCommitWriter(store, window_s=0) as writer:
        receipt = writer.submit(event_factory(0))
        assert receipt.result(timeout=30).seq == 1
        seen: list[CommitReceipt] = []
        receipt.add_done_callback(seen.append)
        assert seen == [receipt]
        assert receipt.done() and receipt.exception() is None
        assert "committed" in repr(receipt)


def test_as_future_for_asyncio(store: Store, event_factory: Factory) -> None:
    async def submit_and_wait(writer: GroupCommitWriter) -> StoredEvent:
        return await asyncio.wrap_future(writer.submit(event_factory(0)).as_future())

    with GroupCommitWriter(store, window_s=0) as writer:
        stored = asyncio.run(submit_and_wait(writer))
    assert stored.seq == 1 and stored.payload == {"i": 0}


def test_receipt_equality_and_failing_callback(store_url: str, event_factory: Factory) -> None:
    store = open_store(store_url)
    calls: list[int | None] = []

    def broken(receipt: CommitReceipt) -> None:
        calls.append(receipt.seq)
        raise RuntimeError("ack link gone")

    with GroupCommitWriter(store, window_s=0) as writer:
        first = writer.submit(event_factory(0))
        first.add_done_callback(broken)
        second = writer.submit(event_factory(1))
        assert second.result(timeout=30).seq == 2
    store.close()
    assert calls == [1]
    assert first != second and first == first
    assert len({first, second, first}) == 2


def test_circular_payload_stored_as_rejected(store: Store) -> None:
    payload: dict[str, object] = {}
    payload["self"] = payload
    with GroupCommitWriter(store) as writer:
        stored = writer.submit(NewEvent("system", "x", datetime.now(UTC), payload)).result(30)
    assert stored.kind == "event.rejected"
    assert stored.error is not None and "not JSON" in stored.error
    assert stored.payload is not None and stored.payload["rejected_kind"] == "x"
    assert "self" in stored.payload["submitted"]


def test_canonical_json_is_the_standard_encoding() -> None:
    payload = {"b": [1, 2.5, {"z": None, "a": "Gérard ✓"}], "a": True, "c": 1e16, "d": -0.0}
    expected = json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    assert canonical_json(payload) == expected
    assert canonical_json("x") == '"x"'
    with pytest.raises(ValueError):
        canonical_json({"v": float("inf")})
    with pytest.raises(TypeError):
        canonical_json({"v": b"bytes"})


def test_stored_event_fast_constructor_is_a_plain_stored_event() -> None:
    args = ("link:x", "k", datetime(2024, 1, 1, tzinfo=UTC), {"a": 1}, b"r", None, 7, "h" * 64)
    fast = stored_event(*args)
    assert type(fast) is StoredEvent
    assert fast == StoredEvent(*args)
    with pytest.raises(FrozenInstanceError):
        fast.seq = 8  # type: ignore[misc]
