"""Hostile HTTP clients (2): floods of refused bodies, bodies over the limit.

The HTTP endpoint against hostile clients, on loopback, with raw sockets
(shared pieces: ``tests/radio/links/hostile_kit.py``). Every attack runs
against a real ``HttpEndpointLink`` whose refusals and accepted requests go
to a real ``GroupCommitWriter`` on a SQLite file; while an attack runs a
prober posts a valid, authenticated request every 100 ms (bound: 1 s).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import random
import tracemalloc
from typing import Any

from tests.radio.links.hostile_kit import (
    AML,
    CFG,
    LIMIT,
    TOKEN,
    Store,
    during,
    exchange,
    post,
    refcounting_only,
    refused_with,
    serving,
)

# -- 2. floods of refused bodies ------------------------------------------------------------------


def test_flood_of_refused_bodies_is_bounded_summarised_and_memory_returns(
    arun: Any, kit: Any, store: Store
) -> None:
    flood = 480  # 120 MiB of bodies nobody authenticated
    big = b"x=" + bytes(random.Random(7).randbytes(256 * 1024 - 2))
    attackers = [f"127.0.0.{n}" for n in range(2, 6)]

    async def one(n: int) -> int | None:
        return (await exchange(port, post(body=big, token=None), src=attackers[n % 4]))[0]

    async def attack() -> list[int | None]:
        statuses: list[int | None] = []
        for start in range(0, flood, 16):  # 16 at a time, 4 per attacking host
            statuses += await asyncio.gather(*(one(n) for n in range(start, start + 16)))
        return statuses

    async def body() -> tuple[list[int | None], dict[str, int], int, int]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            for _ in range(3):  # warm up every code path once
                await exchange(port, post())
                await exchange(port, post(body=big, token=None), src="127.0.0.9")
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            with refcounting_only() as leaked:
                statuses = await during(port, attack(), "flood of 256 KiB unauthenticated POSTs")
                await kit.wait_until(lambda: link.health.connections_open == 0)
            gc.collect()
            after = tracemalloc.get_traced_memory()[0]
            assert leaked == {}, f"the endpoint left reference cycles: {leaked}"
            await kit.wait_until(lambda: link.health.summaries >= 1, 5.0)
            return statuses, link.health.counters(), before, after

    port = 0
    tracemalloc.start()
    try:
        statuses, counters, before, after = arun(body())
    finally:
        tracemalloc.stop()
    received = [s for s in statuses if s is not None]
    memory = f"{before / 1e6:.2f} MB -> {after / 1e6:.2f} MB"
    print(f"  statuses {sorted(set(received))}, {statuses.count(None)} resets; "
          f"counters {counters}; traced memory {memory}")  # fmt: skip
    assert set(received) <= {401, 429} and 401 in received
    assert after - before < 2_000_000, "memory did not return after the flood"
    # Every flood request is accounted for: handed on in bounded form or counted in a summary.
    flooded = [r for r in store.refused if r.peer.startswith(tuple(attackers))]
    summaries = [r for r in store.refused if r.rejection == "summary"]
    summarised = sum(r.summary["requests"] for r in summaries if r.summary)
    assert counters["refused"] == len(flooded) + summarised + 3  # + the warm-up ones
    assert counters["refused_summarized"] == summarised > 0
    assert counters["connections_refused"] == 0
    for record in flooded:
        assert record.rejection in ("auth", "busy")
        assert len(record.body) <= CFG.refused_prefix_bytes
        assert record.received_bytes <= CFG.refused_prefix_bytes
        if record.rejection == "auth":
            assert record.body == big[: CFG.refused_prefix_bytes]
            assert record.body_sha256 == hashlib.sha256(big[: record.received_bytes]).hexdigest()
            assert not record.body_complete and record.declared_length == len(big)
    # What was stored of the flood stays within the per-sender budgets (plus one window's refill).
    stored = sum(r.stored_bytes() for r in flooded)
    assert stored <= 2 * CFG.refused_budget_bytes
    raw_bytes = sum(len(e.raw or b"") for e in store.events())
    assert raw_bytes < 200_000
    summary = summaries[0].to_payload()
    assert summary["peer"] == "*" and summary["rejection"] == "summary"
    assert set(summary["summary"]["by_sender"]) <= {f"host {a}" for a in attackers}
    # Bodies longer than the read cap: only their first bytes were read at all.
    assert counters["refused_bytes_dropped"] == summarised * CFG.refused_prefix_bytes


def test_bodies_over_the_limit_are_413_and_bounded(arun: Any, kit: Any, store: Store) -> None:
    over = b"v=1&x=" + b"a" * (3 * LIMIT)
    # 96 KiB with no length declared: read and hashed up to the cap (64 KiB).
    pieces = [bytes([65 + n]) * 8192 for n in range(12)]
    streamed = b"".join(pieces)

    async def attack() -> list[int | None]:
        chunked = (
            b"POST /aml HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + b"\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(over) + over + b"\r\n0\r\n\r\n"
        )
        unauthenticated_huge = post(body=b"y" * (1024 * 1024), token=None)
        unauthenticated_chunked = (
            b"POST /aml HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + b"".join(b"%x\r\n" % len(piece) + piece + b"\r\n" for piece in pieces)
            + b"0\r\n\r\n"
        )
        return [
            (await exchange(port, post(body=over), src="127.0.0.2"))[0],
            (await exchange(port, chunked, src="127.0.0.2"))[0],
            (await exchange(port, unauthenticated_huge, src="127.0.0.3"))[0],
            (await exchange(port, unauthenticated_chunked, src="127.0.0.4"))[0],
        ]

    async def body() -> tuple[list[int | None], int]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            statuses = await during(port, attack(), "bodies over the limit")
            return statuses, link.health.bytes_in

    port = 0
    statuses, bytes_in = arun(body())
    assert statuses[:2] == [413, 413]
    assert statuses[2] in (401, None)  # the rest of 1 MiB is never read: maybe a reset
    assert statuses[3] in (401, None)
    sized = refused_with(store, "size")
    assert len(sized) == 2
    for record in sized:
        assert record.oversized and record.body == over[: CFG.refused_prefix_bytes]
        assert record.received_bytes > LIMIT
    [huge] = [r for r in refused_with(store, "auth") if r.peer.startswith("127.0.0.3:")]
    assert huge.received_bytes <= CFG.refused_prefix_bytes and not huge.body_complete
    assert huge.declared_length == 1024 * 1024
    [capped] = [r for r in refused_with(store, "auth") if r.peer.startswith("127.0.0.4:")]
    cap = CFG.refused_read_bytes
    assert capped.received_bytes == cap and not capped.body_complete
    assert capped.body_sha256 == hashlib.sha256(streamed[:cap]).hexdigest()
    assert capped.body == streamed[: CFG.refused_prefix_bytes]
    # Of 1.2 MiB sent in refused bodies, only up to the caps was read.
    valid = len(AML) * len(store.accepted)
    assert bytes_in - valid == 2 * len(over) + huge.received_bytes + cap
