"""Hostile HTTP clients: the pieces (byte budget, bounded body reading, counters).

The HTTP endpoint against hostile clients, on loopback, with raw sockets
(shared pieces: ``tests/radio/links/hostile_kit.py``). Every attack runs
against a real ``HttpEndpointLink`` whose refusals and accepted requests go
to a real ``GroupCommitWriter`` on a SQLite file; while an attack runs a
prober posts a valid, authenticated request every 100 ms (bound: 1 s).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from radio.links.http import (
    HttpEndpointLink,
    HttpRequestRecord,
    HttpVerdict,
)
from radio.links.http_guard import (
    ByteBudget,
    read_body,
)
from tests.radio.links.hostile_kit import (
    CFG,
)

# -- pieces ----------------------------------------------------------------------------------------


def test_byte_budget_refills_per_minute_and_bounds_keys() -> None:
    now = [0.0]
    budget = ByteBudget(6000, 2000, max_keys=2, clock=lambda: now[0])
    assert budget.take("a", 1500) and not budget.take("a", 1000)  # a's 2000 spent
    assert budget.take("b", 2000) and budget.take("c", 1500)  # c shares the "other" bucket
    assert not budget.take("d", 1000)  # overall 6000 left 1000... and "other" is spent
    now[0] = 30.0  # half a minute: half of every bucket back
    assert budget.take("a", 1000) and not budget.take("a", 600)


def test_read_body_keeps_hashes_and_bounds(arun: Any) -> None:
    class Stream:
        def __init__(self, data: bytes) -> None:
            self.data, self.read_total = data, 0

        async def read(self, n: int = -1) -> bytes:
            chunk, self.data = self.data[:n], self.data[n:]
            self.read_total += len(chunk)
            return chunk

        def at_eof(self) -> bool:
            return not self.data

    async def body() -> list[Any]:
        data = bytes(range(256)) * 40  # 10240 bytes
        kept = await read_body(Stream(data), keep_limit=20000, read_cap=100, prefix_bytes=8,
                               timeout_s=1.0)  # fmt: skip
        stream = Stream(data)
        over = await read_body(stream, keep_limit=1000, read_cap=500, prefix_bytes=8,
                               timeout_s=1.0)  # fmt: skip
        refused = await read_body(Stream(data), keep_limit=None, read_cap=4096, prefix_bytes=8,
                                  timeout_s=1.0)  # fmt: skip
        return [data, kept, over, stream.read_total, refused]

    data, kept, over, over_read, refused = arun(body())
    assert kept.kept == data and kept.complete and kept.sha256 == hashlib.sha256(data).hexdigest()
    assert over.kept is None and over.oversized and over_read == 1001 + 500 == over.length
    assert over.prefix == data[:8] and not over.complete
    assert refused.kept is None and refused.length == 4096 and not refused.complete
    assert refused.sha256 == hashlib.sha256(data[:4096]).hexdigest()


def test_health_counters_are_listed() -> None:
    link = HttpEndpointLink("http", replace(CFG), _never)
    counters = link.health.counters()
    for name in ("refused", "refused_summarized", "refused_bytes_dropped", "slow_clients_cut",
                 "idle_cut", "connections_refused", "connections_open", "summaries"):  # fmt: skip
        assert counters[name] == 0


async def _never(record: HttpRequestRecord) -> HttpVerdict:
    raise AssertionError("not expected")
