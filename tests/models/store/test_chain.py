"""Hash chain: valid after appends, and every kind of tampering is detected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import text

from models.store import (
    GENESIS_HASH,
    ChainReport,
    GroupCommitWriter,
    NewEvent,
    Store,
    verify_chain,
)
from models.store.chain import event_hash
from models.store.checkpoints_tamper import lift_log_rules


def _fill(store: Store, factory: Callable[..., NewEvent], n: int) -> None:
    with GroupCommitWriter(store, window_s=0) as writer:
        for i in range(n):
            writer.submit(factory(i))


def _tamper(store: Store, sql: str, params: dict[str, Any]) -> None:
    # Behind the store's back, as an intruder with database access would (one who can
    # also lift the store's own refusal of UPDATE and DELETE on events).
    with store.engine.begin() as conn:
        lift_log_rules(conn)
        conn.execute(text(sql), params)


def test_empty_chain_is_ok(store: Store) -> None:
    assert verify_chain(store) == ChainReport(ok=True, checked=0)


def test_chain_valid_across_chunks(store: Store, event_factory: Callable[..., NewEvent]) -> None:
    _fill(store, event_factory, 25)
    report = verify_chain(store, chunk_size=4)
    assert report.ok and report.checked == 25
    assert report.first_bad_seq is None and report.reason is None


def test_first_event_chains_to_genesis(
    store: Store, event_factory: Callable[..., NewEvent]
) -> None:
    _fill(store, event_factory, 1)
    with store.engine.connect() as conn:
        prev_hash, digest = conn.execute(
            text("SELECT prev_hash, hash FROM events WHERE seq=1")
        ).one()
    assert prev_hash == GENESIS_HASH
    assert len(digest) == 64 and int(digest, 16) >= 0


@pytest.mark.parametrize(
    ("sql", "params", "bad_seq", "reason"),
    [
        ("UPDATE events SET payload=:v WHERE seq=7", {"v": '{"i":700}'}, 7, "content"),
        ("UPDATE events SET raw=:v WHERE seq=7", {"v": b"forged"}, 7, "content"),
        ("UPDATE events SET raw=NULL WHERE seq=7", {}, 7, "content"),
        ("UPDATE events SET error=:v WHERE seq=7", {"v": "added"}, 7, "content"),
        ("UPDATE events SET kind=:v WHERE seq=7", {"v": "other"}, 7, "content"),
        ("UPDATE events SET source=:v WHERE seq=7", {"v": "operator:x"}, 7, "content"),
        ("UPDATE events SET rx_time=:v WHERE seq=7", {"v": "2020-01-01 00:00:00"}, 7, "content"),
        ("DELETE FROM events WHERE seq=7", {}, 7, "missing"),
        ("DELETE FROM events WHERE seq=1", {}, 1, "missing"),
        # Rewriting an event and its own hash still breaks the link to the next one.
        ("UPDATE events SET hash=:v WHERE seq=7", {"v": "f" * 64}, 7, "content"),
    ],
)
def test_tampering_is_detected(
    store: Store,
    event_factory: Callable[..., NewEvent],
    sql: str,
    params: dict[str, Any],
    bad_seq: int,
    reason: str,
) -> None:
    _fill(store, event_factory, 12)
    assert verify_chain(store).ok
    _tamper(store, sql, params)
    report = verify_chain(store, chunk_size=5)
    assert not report.ok
    assert report.first_bad_seq == bad_seq
    assert report.reason is not None and reason in report.reason
    assert report.checked == bad_seq - 1


def test_rehashed_event_breaks_next_link(
    store: Store, event_factory: Callable[..., NewEvent]
) -> None:
    _fill(store, event_factory, 10)
    with store.engine.connect() as conn:
        row = conn.execute(
            text("SELECT seq, source, kind, raw, error, prev_hash FROM events WHERE seq=4")
        ).one()
    seq, source, kind, raw, error, prev_hash = row
    raw = bytes(raw)  # a memoryview on some drivers
    forged_payload = '{"i":999}'
    rx_time = datetime(2024, 5, 1, 12, 0, 0, 3000, tzinfo=UTC)
    forged_hash = event_hash(prev_hash, seq, rx_time, source, kind, forged_payload, raw, error)
    _tamper(
        store,
        "UPDATE events SET payload=:payload, hash=:hash WHERE seq=4",
        {"payload": forged_payload, "hash": forged_hash},
    )
    report = verify_chain(store)
    assert not report.ok
    assert report.first_bad_seq == 5
    assert report.reason is not None and "prev_hash" in report.reason


def test_hash_covers_every_field() -> None:
    t = datetime(2024, 1, 1, tzinfo=UTC)
    base = (GENESIS_HASH, 1, t, "system", "k", '{"a":1}', b"r", None)
    reference = event_hash(*base)
    variants = [
        ("1" * 64, 1, t, "system", "k", '{"a":1}', b"r", None),
        (GENESIS_HASH, 2, t, "system", "k", '{"a":1}', b"r", None),
        (GENESIS_HASH, 1, t + timedelta(microseconds=1), "system", "k", '{"a":1}', b"r", None),
        (GENESIS_HASH, 1, t, "systen", "k", '{"a":1}', b"r", None),
        (GENESIS_HASH, 1, t, "system", "K", '{"a":1}', b"r", None),
        (GENESIS_HASH, 1, t, "system", "k", None, b"r", None),
        (GENESIS_HASH, 1, t, "system", "k", '{"a":1}', None, None),
        (GENESIS_HASH, 1, t, "system", "k", '{"a":1}', b"", None),
        (GENESIS_HASH, 1, t, "system", "k", '{"a":1}', b"r", ""),
        # Moving bytes between adjacent fields must not collide.
        (GENESIS_HASH, 1, t, "systemk", "", '{"a":1}', b"r", None),
    ]
    hashes = {event_hash(*v) for v in variants}
    assert reference not in hashes
    assert len(hashes) == len(variants)


@pytest.mark.parametrize(
    ("args", "digest"),
    [
        (
            (
                GENESIS_HASH,
                1,
                datetime(2024, 5, 1, 12, 0, 0, 250, tzinfo=UTC),
                "link:avl",
                "frame.decoded",
                '{"a":"é","n":1.5}',
                b"$GPGGA,\xff\x00",
                None,
            ),
            "dabc57b82bdfa802f94b00c56badc1f89f80522a4d4cffe47cdd50f17213cf63",
        ),
        (
            (
                "ab" * 32,
                42,
                datetime(2024, 5, 1, 14, 0, 0, 250, tzinfo=timezone(timedelta(hours=2))),
                "operator:Gérard",
                "operator.note",
                None,
                None,
                "bad ✓",
            ),
            "83473cd9117c99ac21e9745b16e13e7f967d5cce073fecf3b065ee02096b416a",
        ),
        (
            (
                "cd" * 32,
                7,
                datetime(2024, 5, 1, 12, 0, 0, 250, tzinfo=UTC),
                "system",
                "k",
                None,
                b"",
                "",
            ),
            "2ce9c0cbbbd88b94fb94eae002a4bd4d740ee716fcc5bf707da99f78d19f0293",
        ),
    ],
)
def test_hash_definition_is_frozen(args: tuple[object, ...], digest: str) -> None:
    # Golden values from the first release: logs already written must keep verifying.
    assert event_hash(*args) == digest  # type: ignore[arg-type]


def test_sqlite_time_text_in_another_form_takes_the_full_path(tmp_path: Any) -> None:
    """SQLite's fast path hashes the stored time text as it is; a time stored in another
    (equivalent) form is read again through the full path: same verdict either way."""
    from models.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        t0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
        with GroupCommitWriter(store, window_s=0) as writer:
            for i in range(6):
                writer.submit(NewEvent("link:a", "test.event", t0 + timedelta(seconds=i), {"i": i}))
        _tamper(store, "UPDATE events SET rx_time = '2024-05-01 12:00:03' WHERE seq = 4", {})
        assert verify_chain(store, chunk_size=4) == ChainReport(ok=True, checked=6)
        _tamper(store, "UPDATE events SET rx_time = '2024-05-01 12:00:09' WHERE seq = 4", {})
        assert verify_chain(store) == ChainReport(
            False, 3, 4, "hash does not match the event's content"
        )
    finally:
        store.close()
