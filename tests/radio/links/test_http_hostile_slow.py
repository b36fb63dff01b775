"""Hostile HTTP clients (3): slow and idle clients, connection caps, stalled TLS.

The HTTP endpoint against hostile clients, on loopback, with raw sockets
(shared pieces: ``tests/radio/links/hostile_kit.py``). Every attack runs
against a real ``HttpEndpointLink`` whose refusals and accepted requests go
to a real ``GroupCommitWriter`` on a SQLite file; while an attack runs a
prober posts a valid, authenticated request every 100 ms (bound: 1 s).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from radio.links.base import LinkState
from tests.radio.links.hostile_kit import (
    AML,
    CFG,
    PROBE_BOUND_S,
    Store,
    assert_storable,
    closed_by_server,
    connect,
    during,
    exchange,
    post,
    read_answer,
    refcounting_only,
    refused_with,
    serving,
)

# -- 3. slow and idle clients, connection caps ---------------------------------------------------


def test_slowloris_is_cut_answered_408_and_stored(arun: Any, kit: Any, store: Store) -> None:
    request = post()

    async def trickle(src: str) -> tuple[bytes, float, int]:
        reader, writer = await connect(port, src)
        started = time.perf_counter()
        answer = asyncio.create_task(closed_by_server(reader, CFG.header_timeout_s + 3.0))
        sent = 0
        try:
            while not answer.done() and sent < len(request):
                writer.write(request[sent : sent + 1])  # one byte per 100 ms
                sent += 1
                await asyncio.wait({answer}, timeout=0.1)
            return await answer, time.perf_counter() - started, sent
        finally:
            writer.close()

    async def attack() -> list[tuple[bytes, float, int]]:
        return await asyncio.gather(*(trickle(f"127.0.0.{n}") for n in (2, 2, 3)))

    async def body() -> tuple[list[tuple[bytes, float, int]], dict[str, int]]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            with refcounting_only() as leaked:
                results = await during(port, attack(), "slowloris, 3 connections at 10 B/s")
                await kit.wait_until(lambda: link.health.connections_open == 0)
            assert leaked == {}, f"the endpoint left reference cycles: {leaked}"
            assert link.health.state is LinkState.UP
            return results, link.health.counters()

    port = 0
    results, counters = arun(body())
    for answer, elapsed, sent in results:
        assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
        assert elapsed < CFG.header_timeout_s + 1.5
        assert sent < len(request)
    assert counters["slow_clients_cut"] == 3
    slow = refused_with(store, "slow-headers")
    assert len(slow) == 3
    for record in slow:
        assert record.status == 408 and not record.body_complete
        assert request.startswith(record.request_line.encode()[:3])
        assert_storable(record)


def test_slow_body_is_cut_with_408(arun: Any, kit: Any, store: Store) -> None:
    async def attack() -> tuple[int | None, float]:
        reader, writer = await connect(port, "127.0.0.2")
        data = post()
        writer.write(data[: len(data) - 20])  # headers and most of the body, then silence
        started = time.perf_counter()
        try:
            status, _ = await read_answer(reader, 5.0)
        finally:
            writer.close()
        return status, time.perf_counter() - started

    async def body() -> tuple[int | None, float, dict[str, int]]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            status, elapsed = await during(port, attack(), "slow body")
            return status, elapsed, link.health.counters()

    port = 0
    status, elapsed, counters = arun(body())
    assert status == 408 and CFG.read_timeout_s <= elapsed < CFG.read_timeout_s + 1.0
    assert counters["slow_clients_cut"] == 1
    [record] = refused_with(store, "timeout")
    assert record.source == "mno-a" and record.received_bytes == len(AML) - 20
    assert not record.body_complete


def test_idle_connections_are_cut_and_make_room(arun: Any, kit: Any, store: Store) -> None:
    async def attack() -> tuple[list[float], int]:
        started = time.perf_counter()
        idle = [await connect(port, f"127.0.0.{2 + n % 4}") for n in range(24)]
        # 24 idle connections from 4 hosts (6 each, under the per-host cap of 8),
        # then 20 more from 127.0.0.6: over the overall cap of 40, they make room.
        more = [await connect(port, "127.0.0.6") for _ in range(8)]
        more += [await connect(port, "127.0.0.7") for _ in range(8)]
        await asyncio.sleep(0.05)
        closed = []
        for reader, writer in idle + more:
            try:
                await closed_by_server(reader, CFG.idle_timeout_s + 2.0)
                closed.append(time.perf_counter() - started)
            finally:
                writer.close()
        return closed, len(idle) + len(more)

    async def body() -> tuple[list[float], int, dict[str, int]]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            closed, opened = await during(port, attack(), "40 idle connections")
            await kit.wait_until(lambda: link.health.connections_open == 0)
            return closed, opened, link.health.counters()

    port = 0
    closed, opened, counters = arun(body())
    assert len(closed) == opened == 40
    assert max(closed) < CFG.idle_timeout_s + 1.5
    assert counters["idle_cut"] >= opened  # plus the prober's connections it made room for
    assert counters["connections_refused"] == 0
    assert store.refused == []  # nothing was sent on them: nothing to store


def test_connections_over_the_per_host_cap_are_refused_and_summarised(
    arun: Any, kit: Any, store: Store
) -> None:
    # Long enough for the refusals to come before the held requests time out.
    cfg = replace(CFG, header_timeout_s=1.5)

    async def attack() -> list[bytes]:
        # Eight connections of one host each start a request (so none is idle) ...
        held = [await connect(port, "127.0.0.2") for _ in range(CFG.max_connections_per_peer)]
        for _, writer in held:
            writer.write(b"POST /aml HTTP/1.1\r\n")
        await asyncio.sleep(0.05)
        # ... and four more of that host are refused at once.
        answers = []
        for _ in range(4):
            reader, writer = await connect(port, "127.0.0.2")
            answers.append(await closed_by_server(reader, 2.0))
            writer.close()
        for reader, writer in held:
            await closed_by_server(reader, cfg.header_timeout_s + 2.0)
            writer.close()
        return answers

    async def body() -> tuple[list[bytes], dict[str, int]]:
        nonlocal port
        async with serving(kit, store, cfg) as link:
            port = link.bound_port or 0
            answers = await during(port, attack(), "connections over the per-host cap")
            await kit.wait_until(lambda: link.health.summaries >= 1, 5.0)
            return answers, link.health.counters()

    port = 0
    answers, counters = arun(body())
    for answer in answers:
        assert answer.startswith(b"HTTP/1.1 429 Too Many Requests\r\n")
        assert b"Retry-After: 1\r\n" in answer
    assert counters["connections_refused"] == 4
    assert counters["slow_clients_cut"] == CFG.max_connections_per_peer
    [summary] = refused_with(store, "summary")
    assert summary.summary is not None
    assert summary.summary["connections_refused"] == 4
    assert summary.summary["connections_refused_by_host"] == {"127.0.0.2": 4}
    assert_storable(summary)
    assert len(refused_with(store, "slow-headers")) == CFG.max_connections_per_peer


def test_overall_cap_refuses_503_then_slow_heads_make_room(
    arun: Any, kit: Any, store: Store
) -> None:
    cfg = replace(CFG, max_connections=6, header_timeout_s=2.0)

    async def body() -> tuple[bytes, int | None, float, dict[str, int]]:
        async with serving(kit, store, cfg) as link:
            port = link.bound_port or 0
            held = [await connect(port, f"127.0.0.{2 + n % 2}") for n in range(6)]
            for _, writer in held:
                writer.write(b"POST /aml HTTP/1.1\r\nHost: x\r\n")
            await asyncio.sleep(0.05)
            # Full of requests under way for less than a second: nothing to close.
            reader, writer = await connect(port, "127.0.0.4")
            refused = await closed_by_server(reader, 2.0)
            writer.close()
            # Once they have trickled for a second, the oldest makes room.
            await asyncio.sleep(1.0)
            started = time.perf_counter()
            status, _ = await exchange(port, post())
            latency = time.perf_counter() - started
            for reader, writer in held:
                await closed_by_server(reader, cfg.header_timeout_s + 2.0)
                writer.close()
            return refused, status, latency, link.health.counters()

    refused, status, latency, counters = arun(body())
    print(f"\n  valid request at the overall cap: answered in {latency * 1e3:.1f} ms")
    assert refused.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
    assert status == 200 and latency < PROBE_BOUND_S
    assert counters["connections_refused"] == 1
    assert counters["slow_clients_cut"] == 6  # one made room, five timed out
    assert len(refused_with(store, "slow-headers")) == 6


def test_expect_100_continue(arun: Any, kit: Any, store: Store) -> None:
    async def ask(data: bytes, src: str) -> tuple[bytes, int | None]:
        head, body = data.split(b"\r\n\r\n", 1)
        reader, writer = await connect(port, src)
        try:
            writer.write(head.replace(b"Host:", b"Expect: 100-continue\r\nHost:") + b"\r\n\r\n")
            first = await asyncio.wait_for(reader.readline(), 2.0)
            if first.startswith(b"HTTP/1.1 100"):
                await reader.readline()
                writer.write(body)
                return first, (await read_answer(reader))[0]
            return first, int(first.split(b" ")[1])
        finally:
            writer.close()

    async def run() -> list[tuple[bytes, int | None]]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            return [await ask(post(), "127.0.0.1"), await ask(post(token=None), "127.0.0.2")]

    port = 0
    (continued, status), (refused_first, refused) = arun(run())
    assert continued.startswith(b"HTTP/1.1 100 Continue") and status == 200
    assert refused_first.startswith(b"HTTP/1.1 401") and refused == 401
    [record] = refused_with(store, "auth")
    assert record.received_bytes == 0 and record.declared_length == len(AML)


def test_stalled_tls_handshake_is_cut(arun: Any, kit: Any, store: Store, tmp_path: Path) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl CLI not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    cfg = replace(CFG, tls_cert=cert, tls_key=key)

    async def body() -> float:
        async with serving(kit, store, cfg) as link:
            reader, writer = await connect(link.bound_port or 0, "127.0.0.2")
            writer.write(b"\x16\x03\x01")  # the start of a ClientHello, then nothing
            started = time.perf_counter()
            await closed_by_server(reader, cfg.header_timeout_s + 2.0)
            writer.close()
            return time.perf_counter() - started

    assert arun(body()) < cfg.header_timeout_s + 1.0
