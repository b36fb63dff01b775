"""The hash chain over the event log, and its verification.

Contract: ``event_hash`` is the hex SHA-256 of the previous event's hash (64
hex characters) followed by a length-prefixed UTF-8 encoding of seq, rx_time
(ISO 8601, UTC, microseconds), source, kind, payload (``canonical_json``),
raw and error, so that no field can be altered, and no event inserted or
removed in the middle, without breaking every later hash. The first event
chains to ``GENESIS_HASH``.

``verify_chain(store)`` streams the log in chunks of ``chunk_size`` rows
(keyset pagination, constant memory) and reports the first bad sequence
number and why. The chain alone catches an altered event, not a history
rewritten and re-hashed from some event on, nor a truncated tail: the
signed checkpoints of ``models.store.checkpoints`` (key outside the
database, files kept elsewhere) catch those.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, cast, select

from models.store.events import canonical_json
from models.store.schema import events_table

if TYPE_CHECKING:
    from models.store.engine import Store

GENESIS_HASH = "0" * 64


def event_hash(
    prev_hash: str,
    seq: int,
    rx_time: datetime,
    source: str,
    kind: str,
    payload_json: str | None,
    raw: bytes | None,
    error: str | None,
) -> str:
    """Hash of one event; ``payload_json`` must be ``canonical_json(payload)`` or None."""
    return hash_fields(
        prev_hash,
        seq,
        iso_utc(rx_time),
        source,
        kind,
        payload_json,
        raw,
        error,
    )


def iso_utc(rx_time: datetime) -> str:
    """The hashed form of a time: ISO 8601 in UTC, always with microseconds."""
    return rx_time.astimezone(UTC).isoformat(timespec="microseconds")


def hash_fields(
    prev_hash: str,
    seq: int,
    rx_iso: str,
    source: str,
    kind: str,
    payload_json: str | None,
    raw: bytes | None,
    error: str | None,
) -> str:
    """``event_hash`` with the time already as ``iso_utc`` text (the writer's hot path).

    Each field is ``<length>:<value>`` (length in characters for text, in bytes
    for ``raw``) or ``~`` for None; built as one string because this runs for
    every event.
    """
    seq_text = str(seq)
    payload = "~" if payload_json is None else f"{len(payload_json)}:{payload_json}"
    tail = "~" if error is None else f"{len(error)}:{error}"
    if raw is None:
        return _sha256(
            f"{prev_hash}{len(seq_text)}:{seq_text}{len(rx_iso)}:{rx_iso}"
            f"{len(source)}:{source}{len(kind)}:{kind}{payload}~{tail}".encode()
        ).hexdigest()
    head = (
        f"{prev_hash}{len(seq_text)}:{seq_text}{len(rx_iso)}:{rx_iso}"
        f"{len(source)}:{source}{len(kind)}:{kind}{payload}{len(raw)}:"
    )
    return _sha256(head.encode() + raw + tail.encode()).hexdigest()


_sha256 = hashlib.sha256


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str | None = None


def _row_hash(prev_hash: str, row: Any) -> str:
    """The row's hash over its stored payload text, which the writer stored canonical.

    Hashing the stored text skips a JSON decode and re-encode per event (about
    a third of the verification's time). Text stored in another form (by
    anything but the writer) hashes differently; ``_canonical_row_hash`` then
    gives the answer the canonical form would, so the verdict is unchanged.
    """
    return event_hash(
        prev_hash, row.seq, row.rx_time, row.source, row.kind, row.payload, row.raw, row.error
    )


def _canonical_row_hash(prev_hash: str, row: Any) -> str:
    payload_json = None if row.payload is None else canonical_json(json.loads(row.payload))
    return event_hash(
        prev_hash, row.seq, row.rx_time, row.source, row.kind, payload_json, row.raw, row.error
    )


def _hash_matches(prev_hash: str, row: Any) -> bool:
    if _row_hash(prev_hash, row) == row.hash:
        return True
    if row.payload is None:
        return False
    try:
        return _canonical_row_hash(prev_hash, row) == row.hash
    except ValueError:  # not JSON at all: altered
        return False


def verify_chain(store: Store, chunk_size: int = 5000) -> ChainReport:
    """Recompute every hash in sequence order; stop at the first inconsistency."""
    if store.engine.dialect.name == "sqlite":
        return _verify_sqlite(store, chunk_size)
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(_chunk(expected_seq, chunk_size)).all()
        if not rows:
            return ChainReport(ok=True, checked=checked)
        for row in rows:
            broken = _link_broken(prev_hash, expected_seq, row)
            if broken is None and not _hash_matches(prev_hash, row):
                broken = (row.seq, "hash does not match the event's content")
            if broken is not None:
                return ChainReport(False, checked, *broken)
            prev_hash = row.hash
            expected_seq += 1
            checked += 1


def _chunk(from_seq: int, limit: int) -> Any:
    # The payload as its stored text (CAST: PostgreSQL's driver would decode json).
    columns = [
        cast(events_table.c.payload, Text).label("payload")
        if name == "payload"
        else events_table.c[name]
        for name in _COLUMNS
    ]
    return (
        select(*columns)
        .where(events_table.c.seq >= from_seq)
        .order_by(events_table.c.seq)
        .limit(limit)
    )


def _link_broken(prev_hash: str, expected_seq: int, row: Any) -> tuple[int, str] | None:
    if row.seq != expected_seq:
        return expected_seq, f"seq {expected_seq} missing (next is {row.seq})"
    if row.prev_hash != prev_hash:
        return row.seq, "prev_hash does not match the previous event's hash"
    return None


_SQLITE_CHUNK = (
    "SELECT seq, rx_time, source, kind, payload, raw, error, prev_hash, hash FROM events "
    "WHERE seq >= ? ORDER BY seq LIMIT ?"
)


def _verify_sqlite(store: Store, chunk_size: int) -> ChainReport:
    """SQLite: the stored text as it is, no per-row type processing (the time's text
    ``YYYY-MM-DD HH:MM:SS.ffffff`` is the hashed ISO form with a T and +00:00). A row
    whose fast hash does not match is read again through the full path, so the verdict
    is the same as ever; only the speed differs (tests/benchmarks/bench_operators.py)."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(_SQLITE_CHUNK, (expected_seq, chunk_size)).all()
        if not rows:
            return ChainReport(ok=True, checked=checked)
        for row in rows:
            seq, rx_text, source, kind, payload, raw, error, prev, digest = row
            if seq != expected_seq or prev != prev_hash:
                return ChainReport(False, checked, *_link_broken(prev_hash, expected_seq, row))
            fast = (
                isinstance(rx_text, str)
                and len(rx_text) == 26
                and rx_text[10] == " "
                and hash_fields(
                    prev_hash, seq, f"{rx_text[:10]}T{rx_text[11:]}+00:00",
                    source, kind, payload, raw, error,
                ) == digest
            )  # fmt: skip
            if not fast and not _full_path_matches(store, prev_hash, seq):
                return ChainReport(False, checked, seq, "hash does not match the event's content")
            prev_hash = digest
            expected_seq += 1
            checked += 1


def _full_path_matches(store: Store, prev_hash: str, seq: int) -> bool:
    with store.engine.connect() as conn:
        row = conn.execute(_chunk(seq, 1)).one()
    return _hash_matches(prev_hash, row)


_COLUMNS = ("seq", "rx_time", "source", "kind", "payload", "raw", "error", "prev_hash", "hash")
