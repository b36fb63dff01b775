"""Benchmark: ASTERIX CAT048 decode plus durable storage, records per second.

The same stream as ``bench_asterix`` (blocks of 20 Mode S target reports)
goes through the real ingest path with a real store: the registry's
protocol decodes a block into one ``frame.decoded`` event (the block's
records in its payload), the group-commit writer stores it durably
(SQLite, WAL, synchronous=FULL), with the hash chain. Baseline in the same
run: decode alone (to the same payload). The payload keeps the summary
fields; every item stays in the stored raw block. Prints records/s for
both, the ratio, and checks that every block was stored and the chain is
valid.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.store import GroupCommitWriter, NewEvent, open_store, verify_chain
from radio.codecs.asterix import encode_block
from radio.protocols import get_protocol
from tests.benchmarks.bench_asterix import _items

pytestmark = pytest.mark.benchmark

BLOCKS = 2000
PER_BLOCK = 20


def test_asterix_decode_and_durable_storage(tmp_path: Path) -> None:
    blocks = [
        encode_block(48, [_items(b * PER_BLOCK + i) for i in range(PER_BLOCK)])
        for b in range(BLOCKS)
    ]
    protocol = get_protocol("asterix")
    records = BLOCKS * PER_BLOCK

    start = time.perf_counter()
    for block in blocks:
        message = protocol.decode(block)
        message.to_payload()
    decode_s = time.perf_counter() - start

    store = open_store(f"sqlite:///{tmp_path / 'radar.sqlite'}")
    writer = GroupCommitWriter(store)
    now = datetime.now(UTC)
    start = time.perf_counter()
    for block in blocks:
        message = protocol.decode(block)
        writer.submit(
            NewEvent(
                source="link:asterix",
                kind="frame.decoded",
                rx_time=now,
                payload={"protocol": "asterix", "peer": "127.0.0.1:8600",
                         "message": message.to_payload()},
                raw=block,
            )
        )  # fmt: skip
    assert writer.flush(60)
    stored_s = time.perf_counter() - start
    writer.close()
    try:
        assert store.event_count() == BLOCKS
        report = verify_chain(store)
        assert report.ok
        size = Path(store.path).stat().st_size if store.path else 0
    finally:
        store.close()

    print()
    print(f"ASTERIX CAT048: {records} records in {BLOCKS} blocks of {PER_BLOCK}")
    print(f"  decode only            {records / decode_s:>10,.0f} records/s")
    print(f"  decode + durable store {records / stored_s:>10,.0f} records/s "
          f"({BLOCKS / stored_s:,.0f} blocks/s; store {size / 1e6:.1f} MB)")  # fmt: skip
    print(f"  durable / decode only: {decode_s / stored_s:.2f}; all {BLOCKS} blocks stored, "
          "chain valid")  # fmt: skip
