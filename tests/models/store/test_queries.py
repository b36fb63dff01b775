"""Read-side queries: what a following position reads equals what Core reads.

``events_since`` on SQLite decodes the rows itself (the follower's cost under a
radar storm); every field must come back exactly as Core's result processing
gives it, for every shape of event the writer stores.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.store import GroupCommitWriter, NewEvent, Store, queries

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


def _shapes() -> list[NewEvent]:
    """Payloads, raw bytes and errors of every kind the log holds, and odd times."""
    return [
        NewEvent(
            "link:radar", "frame.decoded", T0, {"message": {"x": [1, 2.5, None]}}, b"\x30\x00"
        ),
        NewEvent("link:radar", "frame.rejected", T0, None, b"\xff\x00garbage", "bad length"),
        NewEvent(
            "operator:Gérard",
            "operator.note",
            T0 + timedelta(microseconds=1),
            {"text": "rue de l'Église — 2ᵉ étage", "n": 0, "ok": True},
        ),
        NewEvent("system", "system.start", T0 + timedelta(seconds=59, microseconds=999999), None),
        NewEvent("link:avl", "frame.decoded", T0.astimezone(), {"nested": {"a": {"b": [{}]}}}),
        NewEvent(
            "link:avl",
            "frame.decoded",
            datetime(2031, 12, 31, 23, 59, 59, tzinfo=UTC),
            {"big": 2**53, "neg": -1.25e-9, "empty": ""},
            b"",
        ),
    ]


@pytest.mark.parametrize("one_step_rows", [queries.ONE_STEP_ROWS, 0])
def test_events_since_equals_core_on_every_shape(
    store: Store, one_step_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both SQLite paths: one JSON array per chunk, and row by row (longer reads)."""
    monkeypatch.setattr(queries, "ONE_STEP_ROWS", one_step_rows)
    with GroupCommitWriter(store) as writer:
        receipts = [writer.submit(event) for event in _shapes()]
        for i in range(300):  # a run long enough to span limits and shared receive times
            receipts.append(
                writer.submit(NewEvent("link:avl", "frame.decoded", T0, {"i": i}, b"x%d" % i))
            )
        writer.flush(10.0)
    stored = [receipt.result(10.0) for receipt in receipts]
    with store.engine.connect() as conn:
        for after, limit in ((0, None), (0, 3), (2, 100), (stored[-1].seq - 1, 5), (10**9, 10)):
            fast = queries.events_since(conn, after, limit)
            core = queries.core_events_since(conn, after, limit)
            assert fast == core
            assert [type(e.rx_time.tzinfo) for e in fast] == [type(e.rx_time.tzinfo) for e in core]
    since = store.events_since(0)
    by_seq = {e.seq: e for e in since}
    for event in stored:
        assert by_seq[event.seq] == event  # what the writer committed, field by field
        assert by_seq[event.seq].rx_time.utcoffset() == timedelta(0)
