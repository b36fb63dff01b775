"""Numbering and hashing a batch of events into the rows the writer inserts.

Contract: ``number_and_hash(events, payloads, first_seq, prev_hash,
sqlite_values)`` gives each event its ``seq`` (from ``first_seq``) and its
chained hash (from ``prev_hash``, see ``models.store.chain``) and returns a
``PreparedBatch``: (first seq, the flat pre-encoded values for the SQLite
fast path (when ``sqlite_values``) or else Core row dicts, the events as
``StoredEvent``, the last hash). ``payloads`` are the events' canonical JSON
texts (None for no payload), hashed and stored as they are. Pure: the writer
calls it before taking the log's lock and again if another process moved
the head meanwhile.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from models.store.chain import hash_fields
from models.store.events import NewEvent, StoredEvent, stored_event
from models.store.receipt import PreparedBatch
from models.store.schema import PreEncodedJSON


def number_and_hash(
    events: list[NewEvent],
    payloads: list[str | None],
    first_seq: int,
    prev_hash: str,
    *,
    sqlite_values: bool,
) -> PreparedBatch:
    seq = first_seq
    flat: list[Any] = []
    rows: list[dict[str, Any]] = []
    stored: list[StoredEvent] = []
    add_values = flat.extend
    add_stored = stored.append
    last_rx = rx_time = iso = rx_text = None
    for event, payload_json in zip(events, payloads, strict=True):
        if event.rx_time is not last_rx:
            # Frames of one chunk share their receive time: format it once.
            last_rx = rx_time = event.rx_time
            if rx_time.tzinfo is not UTC:
                rx_time = rx_time.astimezone(UTC)
            iso = rx_time.isoformat(timespec="microseconds")
            # SQLAlchemy's SQLite DATETIME text: "YYYY-MM-DD HH:MM:SS.ffffff".
            rx_text = f"{iso[:10]} {iso[11:26]}"
        source, kind, raw, error = event.source, event.kind, event.raw, event.error
        digest = hash_fields(prev_hash, seq, iso, source, kind, payload_json, raw, error)
        if sqlite_values:
            add_values((seq, rx_text, source, kind, payload_json, raw, error, prev_hash, digest))
        else:
            rows.append(
                {
                    "seq": seq,
                    "rx_time": rx_time,
                    "source": source,
                    "kind": kind,
                    "payload": None if payload_json is None else PreEncodedJSON(payload_json),
                    "raw": raw,
                    "error": error,
                    "prev_hash": prev_hash,
                    "hash": digest,
                }
            )
        add_stored(stored_event(source, kind, rx_time, event.payload, raw, error, seq, digest))
        prev_hash = digest
        seq += 1
    return first_seq, flat, rows, stored, prev_hash
