"""Events held while the writer is behind are packed (``models.store.packed``).

Fault reproduced: after a store outage the recorder stayed about a third
above its level for good (bench_outage_memory.py: 1.27x): the backlog's
millions of small objects had left pymalloc's arenas fragmented, though
nothing leaked. Packed, a held batch is one buffer; these tests show it
round-trips every kind of content, that the writer packs what it holds
beyond ``pack_after`` and still stores and acknowledges it exactly, in
order (spilled at a stop, too), and that what it holds then is a handful
of allocations, not some twenty per event.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from models.store import (
    EventSpilled,
    GroupCommitWriter,
    NewEvent,
    Store,
    WriterLimits,
    open_store,
    verify_chain,
)
from models.store.content import prepare
from models.store.packed import PackedEvents
from tests.models.store.test_limits import _frame, _Refusing

Factory = Callable[..., NewEvent]
WAIT_S = 30
T = datetime(2026, 12, 6, 12, 0, 0, 123456, tzinfo=UTC)


def _content(event: NewEvent) -> tuple[object, ...]:
    return (event.source, event.kind, event.rx_time, event.payload, event.raw, event.error)


def test_round_trip_of_every_kind_of_content() -> None:
    helsinki = timezone(timedelta(hours=2))
    events = [
        NewEvent("link:avl", "frame.decoded", T, {"a": 1, "b": [1.5, None, "x"]}, b"$GP\r\n"),
        NewEvent("system", "system.start", T.astimezone(helsinki), None),
        NewEvent("link:ali", "frame.rejected", T, {"peer": "p"}, b"\x00\xff", "bad \udcff byte"),
        NewEvent("operator:Gérard", "incident.note", T, {"text": "Mariankatu 12 ✓"}, b""),
        NewEvent("link:x", "frame.decoded", datetime(1, 1, 1, tzinfo=UTC), {"n": 10**30}),
        NewEvent("link:x", "frame.decoded", datetime(9999, 12, 31, 23, 59, tzinfo=UTC), {}),
        NewEvent("link:y", "k", T, {"t": (1, 2)}, None, ""),
    ]
    packed = PackedEvents()
    texts = []
    held = []  # what the writer holds: text repaired (a lone surrogate escaped)
    for i, event in enumerate(events):
        prepared, payload_json, _ = prepare(event)
        texts.append(payload_json)
        held.append(prepared)
        assert packed.append(prepared, payload_json) == i
    assert packed.count == len(events)
    for _ in range(2):  # unpacking leaves the buffer as it was
        unpacked, payloads = packed.unpack()
        assert payloads == texts
        for before, after, text in zip(held, unpacked, texts, strict=True):
            expected = None if text is None else json.loads(text)
            assert _content(after) == (*_content(before)[:3], expected, *_content(before)[4:])
            assert after.rx_time.utcoffset() == timedelta(0)
    assert unpacked[6].payload == {"t": [1, 2]}  # as the log and its readers would see it
    assert unpacked[2].error == "bad \\xff byte" and unpacked[6].error == ""
    assert unpacked[1].raw is None and unpacked[3].raw == b""


def test_writer_packs_what_it_holds_and_stores_it_exactly(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    refusing = _Refusing(store)
    writer = GroupCommitWriter(
        store, max_batch=50, retry_delay_s=0.01, max_retry_delay_s=0.05,
        limits=WriterLimits(max_events=2000),
    )  # fmt: skip
    assert writer._backlog.pack_after == 100
    events = [_frame(event_factory, i) for i in range(600)]
    receipts = [writer.submit(e) for e in events[:300]]
    # A guarded group in the middle of packed batches starts a batch of its own.
    group = [event_factory(1000 + i, kind="test.grouped") for i in range(3)]
    receipts += writer.submit_group(group, lambda _conn: None)
    receipts += [writer.submit(e) for e in events[300:]]
    backlog = writer._backlog
    with backlog.lock:
        batches = [*backlog.full, backlog.open]
        packed = sum(1 for b in batches if b.packed is not None)
        assert packed >= 8, [(len(b.events), b.packed) for b in batches]
        assert all(b.packed is None for b in batches if any(b.guards or ()))
    refusing.broken.clear()
    assert writer.flush(timeout=WAIT_S)
    writer.close(timeout=WAIT_S)
    submitted = events[:300] + group + events[300:]
    stored = [r.result(timeout=0) for r in receipts]
    assert [s.seq for s in stored] == list(range(1, len(submitted) + 1))
    log = store.events_since(0)
    assert [_content(e) for e in log] == [_content(e) for e in stored]
    for before, after in zip(submitted, log, strict=True):
        assert (after.kind, after.payload, after.raw) == (before.kind, before.payload, before.raw)
        assert after.rx_time == before.rx_time
    assert verify_chain(store).ok


def test_packed_batches_are_spilled_and_replayed(
    store: Store, store_path: Path, store_url: str, event_factory: Factory
) -> None:
    refusing = _Refusing(store)
    writer = GroupCommitWriter(
        store, max_batch=20, retry_delay_s=0.01, max_retry_delay_s=0.05,
        limits=WriterLimits(max_events=1000),
    )  # fmt: skip
    events = [_frame(event_factory, i) for i in range(300)]
    receipts = [writer.submit(e) for e in events]
    assert writer.close(timeout=1.0) is False
    assert all(isinstance(r.exception(timeout=0), EventSpilled) for r in receipts)
    refusing.broken.clear()
    store.close()
    reopened = open_store(store_url)
    try:
        with GroupCommitWriter(reopened) as again:
            assert again.flush(timeout=WAIT_S)
        log = reopened.events_since(0)
        assert [(e.payload, e.raw, e.rx_time) for e in log] == [
            (e.payload, e.raw, e.rx_time) for e in events
        ]
        assert verify_chain(reopened).ok
    finally:
        reopened.close()


def test_a_held_backlog_is_few_allocations(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    """What pymalloc holds for 20,000 queued frames: about a buffer per batch, not per event."""
    refusing = _Refusing(store)
    writer = GroupCommitWriter(store, retry_delay_s=0.01, max_retry_delay_s=0.05)
    for i in range(5000):  # below pack_after: held as objects
        writer.submit(_frame(event_factory, i))
    gc.collect()
    before = sys.getallocatedblocks()
    for i in range(5000, 25_000):  # built and dropped, as the ingest service does
        writer.submit(_frame(event_factory, i))
    gc.collect()
    per_event = (sys.getallocatedblocks() - before) / 20_000
    assert writer.pending == 25_000
    refusing.broken.clear()
    assert writer.flush(timeout=WAIT_S)
    writer.close(timeout=WAIT_S)
    assert store.event_count() == 25_000
    # Unpacked, a decoded NMEA frame is ~20 blocks; packed, a receipt-free event is none.
    assert per_event < 0.5, per_event


def test_text_the_writer_did_not_repair_is_kept_exactly() -> None:
    packed = PackedEvents()
    packed.append(NewEvent("link:\udcff", "k\x00", T, None, None, "e\ud800"), None)
    (event,), payloads = packed.unpack()
    assert (event.source, event.kind, event.error) == ("link:\udcff", "k\x00", "e\ud800")
    assert payloads == [None]
