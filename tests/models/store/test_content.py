"""Content the database cannot take never blocks the log (fault: one bad event stopped all).

Each test first does what used to block the writer for ever (a lone surrogate,
a NUL, an infinite float, a projection tripping over one event, a value too
long for its column) and then checks that the receipt resolves, the event is
in the log (repaired, or as its rejected row with raw bytes and the reason),
later events commit in order, and ``close`` returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from sqlalchemy import Connection

from models.projections import ProjectionRegistry, default_registry
from models.store import (
    GroupCommitWriter,
    NewEvent,
    Store,
    StoredEvent,
    verify_chain,
)
from models.store.content import clean_text
from models.store.receipt import GuardRefused

Factory = Callable[..., NewEvent]
WAIT_S = 30


def _frame(factory: Factory, i: int, **payload: Any) -> NewEvent:
    base = factory(i, kind="frame.decoded", protocol="nmea", peer="10.0.0.5:4001", **payload)
    return base


def _closes_quickly(writer: GroupCommitWriter) -> None:
    assert writer.close(timeout=WAIT_S), "close left events uncommitted"


def test_clean_text_is_lossless_as_text() -> None:
    assert clean_text("plain") == "plain"
    assert clean_text("a\udcffb") == "a\\xffb"  # surrogateescape'd byte 0xff
    assert clean_text("\udcc3\udca9") == "é"  # the UTF-8 bytes it stood for
    assert clean_text("x\ud800y") == "x\\ud800y"  # not from a byte: escaped as such
    assert clean_text("nul\x00here") == "nul\\x00here"
    assert clean_text("nul\x00here", nul=False) == "nul\x00here"


def test_lone_surrogate_in_payload_is_repaired_not_blocking(
    store: Store, event_factory: Factory
) -> None:
    writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.01)
    bad = _frame(event_factory, 0, text="a\udcffb", nested={"k\udcfe": ["\ud800"]})
    receipt = writer.submit(bad)
    after = writer.submit(event_factory(1))
    stored = receipt.result(timeout=WAIT_S)
    assert stored.kind == "frame.decoded" and stored.error is None
    assert stored.payload is not None
    assert stored.payload["text"] == "a\\xffb"
    assert stored.payload["nested"] == {"k\\xfe": ["\\ud800"]}
    assert stored.raw == bad.raw
    assert after.result(timeout=WAIT_S).seq == stored.seq + 1
    _closes_quickly(writer)
    assert store.events_since(0)[0] == stored  # what was acknowledged is what was stored
    assert verify_chain(store).ok


def test_surrogates_and_nul_in_source_kind_and_error_are_repaired(
    store: Store, event_factory: Factory
) -> None:
    rx = event_factory(0).rx_time
    events = [
        NewEvent("link:c\udcffm", "frame.decoded", rx, {"v": 1}, b"\xff"),
        NewEvent("link:nul\x00", "frame.rej\udce9cted", rx, None, b"\x00", "bad \x00 byte \udcff"),
        NewEvent("operator:Gérard", "operator.note", rx, {"text": "Gérard ✓"}),
    ]
    with GroupCommitWriter(store, window_s=0) as writer:
        stored = [r.result(timeout=WAIT_S) for r in [writer.submit(e) for e in events]]
    assert [(s.source, s.kind, s.error) for s in stored] == [
        ("link:c\\xffm", "frame.decoded", None),
        ("link:nul\\x00", "frame.rej\\xe9cted", "bad \\x00 byte \\xff"),
        ("operator:Gérard", "operator.note", None),  # valid text is left alone
    ]
    assert store.events_since(0) == stored
    assert verify_chain(store).ok


def test_infinite_float_stores_a_rejected_frame_with_raw_and_reason(
    store: Store, event_factory: Factory
) -> None:
    writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.01)
    bad = _frame(event_factory, 0, message={"lat": float("inf"), "lon": float("-inf")})
    receipt = writer.submit(bad)
    nxt = writer.submit(event_factory(1))
    stored = receipt.result(timeout=WAIT_S)
    assert stored.kind == "frame.rejected"
    assert stored.raw == bad.raw and stored.source == bad.source
    assert stored.rx_time == bad.rx_time
    assert stored.error is not None
    assert stored.error.startswith("not stored as frame.decoded: the payload is not JSON")
    assert stored.payload is not None
    assert stored.payload["protocol"] == "nmea" and stored.payload["peer"] == "10.0.0.5:4001"
    assert '"lat": Infinity' in stored.payload["submitted"]
    assert nxt.result(timeout=WAIT_S).seq == stored.seq + 1
    _closes_quickly(writer)
    assert store.events_since(0)[0] == stored
    assert verify_chain(store).ok


def test_bad_event_in_the_middle_of_a_full_batch(store: Store, event_factory: Factory) -> None:
    events = [event_factory(i) for i in range(200)]
    events[77] = _frame(event_factory, 77, text="\udcff")
    events[150] = NewEvent("system", "x", events[150].rx_time, {"v": float("nan")})
    with GroupCommitWriter(store, max_batch=200, window_s=60) as writer:
        receipts = [writer.submit(e) for e in events]
        stored = [r.result(timeout=WAIT_S) for r in receipts]
    assert [s.seq for s in stored] == list(range(1, 201))
    assert stored[77].payload is not None and stored[77].payload["text"] == "\\xff"
    assert stored[150].kind == "event.rejected"
    assert verify_chain(store).ok


class _Poison:
    """A projection that trips over events whose payload says ``poison``."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, conn: Connection, events: Sequence[StoredEvent]) -> None:
        self.calls += 1
        for event in events:
            if event.payload and event.payload.get("poison"):
                raise ValueError(f"cannot project {event.payload['i']}")


def test_commit_failure_for_content_is_isolated_and_rejected(
    store: Store, event_factory: Factory
) -> None:
    registry = default_registry()
    poison = _Poison()
    registry.register("test.*", poison)
    committed: list[int] = []
    health: list[bool] = []
    writer = GroupCommitWriter(
        store,
        max_batch=64,
        window_s=60,
        projections=registry,
        retry_delay_s=0.01,
        on_committed=lambda stored: committed.extend(e.seq for e in stored),
        on_health=lambda healthy, error: health.append(healthy),
    )
    events = [event_factory(i, poison=i in (10, 11, 40)) for i in range(64)]
    receipts = [writer.submit(e) for e in events]
    stored = [r.result(timeout=WAIT_S) for r in receipts]
    # Everything is in the log, in submission order, gapless; the three are rejected rows.
    assert [s.seq for s in stored] == list(range(1, 65))
    assert committed == list(range(1, 65))
    rejected = [i for i, s in enumerate(stored) if s.kind == "event.rejected"]
    assert rejected == [10, 11, 40]
    for i in rejected:
        assert stored[i].error == f"not stored as test.event: cannot project {i}"
        assert stored[i].raw == events[i].raw
        assert stored[i].payload is not None and f'"i": {i}' in stored[i].payload["submitted"]
    assert writer.rejected_events == 3
    # The first poison waited for its strikes; the next ones of the kind went at once.
    assert writer.healthy and health[-1] is True
    _closes_quickly(writer)
    assert store.events_since(0) == stored
    assert verify_chain(store).ok


def test_failing_store_is_not_mistaken_for_bad_content(
    store: Store, event_factory: Factory
) -> None:
    """A projection failing for every row, rejected rows included: nothing is rejected."""
    failing = threading.Event()
    failing.set()

    def everything_fails(conn: Connection, events: Sequence[StoredEvent]) -> None:
        if failing.is_set():
            raise RuntimeError("read-only medium")

    registry = default_registry()
    registry.register("*", everything_fails)
    writer = GroupCommitWriter(
        store, window_s=0, projections=registry, retry_delay_s=0.01, max_retry_delay_s=0.02
    )
    receipts = [writer.submit(event_factory(i)) for i in range(5)]
    assert not writer.flush(timeout=0.5)
    assert writer.commit_failures >= 3 and not any(r.done() for r in receipts)
    assert writer.rejected_events == 0 and store.event_count() == 0
    failing.clear()
    assert [r.result(timeout=WAIT_S).kind for r in receipts] == ["test.event"] * 5
    _closes_quickly(writer)


def test_minimal_rejected_row_when_the_full_one_is_refused_too(
    store: Store, event_factory: Factory
) -> None:
    """The bounded form (lengths, hashes, prefixes) when even the rejected row cannot be taken."""

    def no_big_rejects(conn: Connection, events: Sequence[StoredEvent]) -> None:
        for event in events:
            if event.kind != "event.rejected":
                raise ValueError("this kind cannot be projected")
            if event.payload and "submitted" in event.payload:
                raise ValueError("rejected row too large")

    registry = ProjectionRegistry()
    registry.register(["big", "event.rejected"], no_big_rejects)
    big = NewEvent("link:x", "big", event_factory(0).rx_time, {"blob": "x" * 5000}, b"r" * 5000)
    with GroupCommitWriter(
        store, window_s=0, projections=registry, retry_delay_s=0.01, reject_after=1
    ) as writer:
        stored = writer.submit(big).result(timeout=WAIT_S)
        after = writer.submit(event_factory(1)).result(timeout=WAIT_S)
    assert stored.kind == "event.rejected" and stored.raw == b"r" * 1024
    assert stored.payload is not None
    assert stored.payload["raw_length"] == 5000 and len(stored.payload["raw_sha256"]) == 64
    assert stored.payload["submitted_length"] == len('{"blob": "' + "x" * 5000 + '"}')
    assert after.seq == stored.seq + 1


def _guard_ok(conn: Connection) -> str | None:
    return None


def test_guarded_group_with_bad_content_is_kept_as_rejected_rows(
    store: Store, event_factory: Factory
) -> None:
    rx = event_factory(0).rx_time
    group = [
        NewEvent("operator:anna", "unit.assigned", rx, {"unit": "P-1", "eta_s": float("inf")}),
        NewEvent("operator:anna", "unit.status", rx, {"unit": "P-1", "status": "dispatched"}),
    ]
    with GroupCommitWriter(store, window_s=0) as writer:
        receipts = writer.submit_group(group, _guard_ok)
        after = writer.submit(event_factory(1)).result(timeout=WAIT_S)
    for receipt in receipts:
        with pytest.raises(GuardRefused, match="kept in the log as rejected event"):
            receipt.result(timeout=WAIT_S)
    log = store.events_since(0)
    assert [e.kind for e in log] == ["event.rejected", "event.rejected", "test.event"]
    assert log[0].payload is not None and log[0].payload["rejected_kind"] == "unit.assigned"
    assert after.seq == 3
    assert store.unit_positions() == {}


def test_guard_that_raises_does_not_block_the_log(store: Store, event_factory: Factory) -> None:
    def broken_guard(conn: Connection) -> str | None:
        raise KeyError("guard bug")

    rx = event_factory(0).rx_time
    group = [NewEvent("operator:anna", "incident.note", rx, {"incident_id": "X", "text": "t"})]
    with GroupCommitWriter(store, window_s=0, retry_delay_s=0.01, reject_after=2) as writer:
        before = writer.submit(event_factory(0))
        refused = writer.submit_group(group, broken_guard)
        after = writer.submit(event_factory(1))
        assert after.result(timeout=WAIT_S).seq == 3
    assert before.result().seq == 1
    with pytest.raises(GuardRefused, match="guard bug"):
        refused[0].result()
    assert store.events_since(1)[0].kind == "event.rejected"


def test_value_too_long_for_its_column(
    store: Store, store_url: str, event_factory: Factory
) -> None:
    """PostgreSQL refuses a source over 200 characters; SQLite takes it. Neither blocks."""
    long_source = "link:" + "n" * 300
    event = NewEvent(long_source, "frame.decoded", event_factory(0).rx_time, {"v": 1}, b"raw")
    with GroupCommitWriter(store, window_s=0, retry_delay_s=0.01) as writer:
        stored = writer.submit(event).result(timeout=WAIT_S)
        after = writer.submit(event_factory(1)).result(timeout=WAIT_S)
    if store_url.startswith("postgresql"):
        assert stored.kind == "frame.rejected" and stored.raw == b"raw"
        assert stored.source == long_source[:200]
        assert stored.payload is not None and stored.payload["source"] == long_source
        assert stored.error is not None and "too long" in stored.error
    else:
        assert stored.kind == "frame.decoded" and stored.source == long_source
    assert after.seq == stored.seq + 1
    assert verify_chain(store).ok
