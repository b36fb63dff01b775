"""Benchmark: sustained AML POSTs/s through the HTTP endpoint, durable vs not stored.

The endpoint (``radio.links.http.HttpEndpointLink``) runs on this process's
asyncio loop; the load comes from a separate process (a plain aiohttp client
keeping ``CONNECTIONS`` keep-alive connections busy, each posting the next
request as soon as the previous answer arrives: a closed loop, so the
latencies are those of a saturated endpoint). An aiohttp client rather than
``wrk``: it is already a dependency, runs wherever the console does (Windows
included), and sends the AML sample with its bearer token without a Lua
script; its own cost per request is the same in every phase, so the ratio
holds. On a 2-core machine client and server share the CPUs.

Phases, same run, same endpoint code, same sample body:
- ``durable``: decode with the real AML codec, append to a real
  ``GroupCommitWriter`` on a SQLite file (WAL, ``synchronous=FULL``) and
  answer 200 only after the commit: what the console does.
- ``decode only``: decode, answer at once (the cost of storing, isolated).
- ``no storage``: the callback answers at once (the endpoint's own cost).
Prints requests/s, p50/p99 latency and the ratio durable / no storage (the
cost of durability); checks that every 200 of the durable phase is a row in
the store with an intact chain. Never asserts on time.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_http_endpoint.py -m benchmark -s``
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from models.store import GroupCommitWriter, NewEvent, open_store, verify_chain
from radio.links.base import LinkState
from radio.links.http import (
    HttpConfig,
    HttpEndpointLink,
    HttpRequestRecord,
    HttpSource,
    HttpVerdict,
    OnRequest,
)
from radio.messages import DecodeError
from radio.protocols import get_protocol

TOKEN = "bench-token-0123456789"
CONNECTIONS = 32
SECONDS = 8.0
WARMUP_S = 1.0

_CLIENT = textwrap.dedent(
    """
    import asyncio, json, sys, time
    import aiohttp

    url, token, body, connections, seconds, warmup = sys.argv[1:7]
    body, connections = body.encode(), int(connections)
    seconds, warmup = float(seconds), float(warmup)
    headers = {"Authorization": "Bearer " + token,
               "Content-Type": "application/x-www-form-urlencoded"}

    async def worker(session, start, stop, out):
        while True:
            t0 = time.perf_counter()
            if t0 >= stop:
                return
            async with session.post(url, data=body, headers=headers) as resp:
                await resp.read()
                status = resp.status
            t1 = time.perf_counter()
            if t0 >= start:
                out.append((t1 - t0, status))

    async def main():
        connector = aiohttp.TCPConnector(limit=connections)
        async with aiohttp.ClientSession(connector=connector) as session:
            now = time.perf_counter()
            start, stop = now + warmup, now + warmup + seconds
            out = []
            await asyncio.gather(*(worker(session, start, stop, out) for _ in range(connections)))
            ended = time.perf_counter()
        latencies = sorted(lat for lat, status in out if status == 200)
        statuses = {}
        for _, status in out:
            statuses[str(status)] = statuses.get(str(status), 0) + 1
        print(json.dumps({"latencies": latencies, "statuses": statuses,
                          "elapsed": ended - start}))

    asyncio.run(main())
    """
)


def _sample_body(samples_dir: Path) -> bytes:
    text = (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes()
    return next(line for line in text.splitlines() if line.startswith(b"v="))


def _percentile(values: list[float], fraction: float) -> float:
    return values[min(len(values) - 1, int(fraction * len(values)))]


async def _run_phase(on_request: OnRequest, body: bytes) -> dict[str, Any]:
    cfg = HttpConfig(
        sources=(HttpSource("bench", TOKEN, frozenset({"aml"})),),
        port=0,
        max_concurrent=CONNECTIONS * 2,
    )
    link = HttpEndpointLink("http", cfg, on_request)
    task = asyncio.create_task(link.run(lambda record: None))
    try:
        while link.health.state is not LinkState.UP:
            await asyncio.sleep(0.01)
            assert link.health.state is not LinkState.DOWN, link.health.last_error
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _CLIENT,
            f"http://127.0.0.1:{link.bound_port}/aml",
            TOKEN,
            body.decode(),
            str(CONNECTIONS),
            str(SECONDS),
            str(WARMUP_S),
            stdout=subprocess.PIPE,
        )
        out, _ = await proc.communicate()
        assert proc.returncode == 0
        result: dict[str, Any] = json.loads(out)
        result["accepted"] = link.health.accepted
        return result
    finally:
        link.close()
        await task


def _report(name: str, result: dict[str, Any]) -> float:
    latencies = result["latencies"]
    rate = len(latencies) / result["elapsed"]
    p50, p99 = _percentile(latencies, 0.50) * 1e3, _percentile(latencies, 0.99) * 1e3
    print(
        f"  {name:<12} {rate:8.0f} req/s   p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   "
        f"statuses {result['statuses']}"
    )
    return rate


@pytest.mark.benchmark
def test_http_endpoint_throughput(samples_dir: Path, tmp_path: Path) -> None:
    body = _sample_body(samples_dir)
    protocol = get_protocol("aml-http")
    assert not isinstance(protocol.decode(body), DecodeError)
    store = open_store(f"sqlite:///{tmp_path / 'bench.sqlite'}")
    writer = GroupCommitWriter(store)

    async def durable(record: HttpRequestRecord) -> HttpVerdict:
        message = protocol.decode(record.body)
        payload = record.to_payload()
        payload["message"] = message.to_dict()
        event = NewEvent("link:http", "frame.decoded", record.rx_time, payload, record.body)
        stored = await asyncio.wrap_future(writer.submit(event).as_future())
        return HttpVerdict(200, f"stored as event {stored.seq}")

    async def decode_only(record: HttpRequestRecord) -> HttpVerdict:
        protocol.decode(record.body).to_dict()
        return HttpVerdict(200, "not stored")

    async def no_storage(record: HttpRequestRecord) -> HttpVerdict:
        return HttpVerdict(200, "not stored")

    async def main() -> dict[str, dict[str, Any]]:
        results = {"no storage": await _run_phase(no_storage, body)}
        results["decode only"] = await _run_phase(decode_only, body)
        results["durable"] = await _run_phase(durable, body)
        return results

    try:
        results = asyncio.run(main())
        writer.flush(30.0)
        stored = store.event_count()
        chain = verify_chain(store)
    finally:
        writer.close(30.0)
        store.close()

    print(f"\nAML HTTP endpoint, {CONNECTIONS} connections, {SECONDS:.0f} s per phase")
    rates = {name: _report(name, result) for name, result in results.items()}
    ratio = rates["durable"] / rates["no storage"]
    print(f"  durable / no storage = {ratio:.2f} (the cost of committing before answering)")
    print(
        f"  durable: {stored} events stored in {writer.batches_committed} commits, "
        f"chain ok={chain.ok}"
    )
    # Everything answered 200 in the durable phase (warm-up included) is in the store.
    assert stored == results["durable"]["accepted"]
    assert chain.ok
