"""Benchmark: a valid AML POST's latency, idle vs while the endpoint is under attack.

The endpoint (``radio.links.http.HttpEndpointLink``, default limits) runs on
this process's asyncio loop and stores what the console stores: refusals
through the sink and accepted requests through ``on_request``, both into a
real ``GroupCommitWriter`` on a SQLite file (WAL, ``synchronous=FULL``); a
200 is sent only after the commit. Two client processes, so that neither
shares the endpoint's loop:
- the prober, from 127.0.0.1: one valid, authenticated AML POST every 20 ms,
  each on a new connection (connect to answer is the latency);
- the attacker, from 127.0.0.2-9: ``FLOODERS`` connections posting 256 KiB
  bodies without a token back to back, ``SLOW`` connections trickling their
  headers at 1 byte/s (reconnecting when cut) and ``IDLE`` connections that
  send nothing (reopened when closed).

Phases, same run, same endpoint: ``idle`` (prober alone), then ``attack``
(prober while the attacker runs, after a warm-up). Prints p50/p99/max of
the prober's latency in both and the ratios attack/idle, what the attacker
got (statuses, MB offered), the endpoint's refusal counters, its process's
CPU time per refused request and its RSS before and after. Never asserts
on time; it checks that every
prober request was answered 200 and stored.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_http_hostile.py -m benchmark -s``
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
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
)
from radio.messages import DecodeError
from radio.protocols import get_protocol

pytestmark = pytest.mark.benchmark

TOKEN = "bench-token-0123456789"
PROBE_S = 6.0
WARMUP_S = 1.5
FLOODERS = 32
SLOW = 64
IDLE = 64

_CLIENT = textwrap.dedent(
    r"""
    import asyncio, json, sys, time

    mode, port, seconds, token = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    AML = (b"v=1&device_number=%2B447477593102&location_latitude=55.85732"
           b"&location_longitude=-4.26325&location_accuracy=10")

    def post(body, token=None):
        head = b"POST /aml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if token:
            head += b"Authorization: Bearer " + token.encode() + b"\r\n"
        head += (b"Content-Type: application/x-www-form-urlencoded\r\n"
                 b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body))
        return head + body

    async def exchange(data, src):
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(src, 0))
        try:
            writer.write(data)
            try:
                await writer.drain()
            except ConnectionError:
                pass
            try:
                line = await asyncio.wait_for(reader.readline(), 30)
                await asyncio.wait_for(reader.read(), 30)
            except (ConnectionError, asyncio.TimeoutError):
                return None
            return int(line.split(b" ")[1]) if line else None
        finally:
            writer.close()

    async def probe(stop):
        out = []
        data = post(AML, token)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            status = await exchange(data, "127.0.0.1")
            out.append((time.perf_counter() - t0, status))
            await asyncio.sleep(0.02)
        return out

    async def flood(src, stop, stats):
        data = post(b"x=" + b"y" * (256 * 1024 - 2))
        while time.perf_counter() < stop:
            try:
                status = await exchange(data, src)
            except OSError:
                status = "connect-error"
            stats[str(status)] = stats.get(str(status), 0) + 1
            stats["offered_bytes"] = stats.get("offered_bytes", 0) + len(data)

    async def slow(src, stop, stats):
        data = post(AML)
        while time.perf_counter() < stop:
            try:
                reader, writer = await asyncio.open_connection(
                    "127.0.0.1", port, local_addr=(src, 0))
            except OSError:
                stats["slow-connect-error"] = stats.get("slow-connect-error", 0) + 1
                await asyncio.sleep(0.1)
                continue
            try:
                for i in range(len(data)):
                    if time.perf_counter() >= stop or reader.at_eof():
                        break
                    writer.write(data[i:i + 1])
                    try:
                        await asyncio.wait_for(reader.read(1 << 16), 1.0)  # 1 byte/s
                        stats["slow-cut"] = stats.get("slow-cut", 0) + 1
                        break
                    except asyncio.TimeoutError:
                        pass
            except ConnectionError:
                stats["slow-cut"] = stats.get("slow-cut", 0) + 1
            finally:
                writer.close()

    async def idle(src, stop, stats):
        while time.perf_counter() < stop:
            try:
                reader, writer = await asyncio.open_connection(
                    "127.0.0.1", port, local_addr=(src, 0))
            except OSError:
                await asyncio.sleep(0.1)
                continue
            try:
                await asyncio.wait_for(reader.read(), max(0.01, stop - time.perf_counter()))
                stats["idle-cut"] = stats.get("idle-cut", 0) + 1
            except (asyncio.TimeoutError, ConnectionError):
                pass
            finally:
                writer.close()

    async def main():
        stop = time.perf_counter() + seconds
        if mode == "probe":
            print(json.dumps(await probe(stop)))
            return
        flooders, slows, idles = (int(n) for n in sys.argv[5:8])
        stats = {}
        hosts = [f"127.0.0.{n}" for n in range(2, 10)]
        tasks = [flood(hosts[i % 2], stop, stats) for i in range(flooders)]
        tasks += [slow(hosts[2 + i % 3], stop, stats) for i in range(slows)]
        tasks += [idle(hosts[5 + i % 3], stop, stats) for i in range(idles)]
        await asyncio.gather(*tasks)
        print(json.dumps(stats))

    asyncio.run(main())
    """
)


def _percentile(values: list[float], fraction: float) -> float:
    return values[min(len(values) - 1, int(fraction * len(values)))]


def _rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def _client(*args: str) -> Any:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CLIENT, *args, stdout=subprocess.PIPE
    )
    out, _ = await proc.communicate()
    assert proc.returncode == 0
    return json.loads(out)


def _report(name: str, samples: list[list[Any]]) -> tuple[float, float]:
    latencies = sorted(lat for lat, _ in samples)
    p50, p99 = _percentile(latencies, 0.50) * 1e3, _percentile(latencies, 0.99) * 1e3
    statuses: dict[str, int] = {}
    for _, status in samples:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    print(
        f"  {name:<7} {len(latencies):4d} valid POSTs   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   "
        f"max {latencies[-1] * 1e3:7.2f} ms   statuses {statuses}"
    )
    return p50, p99


@pytest.mark.benchmark
def test_valid_latency_idle_vs_under_attack(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'bench.sqlite'}")
    writer = GroupCommitWriter(store)
    protocol = get_protocol("aml-http")

    def sink(record: HttpRequestRecord) -> None:
        writer.submit(
            NewEvent("link:http", "frame.rejected", record.rx_time, record.to_payload(),
                     record.body, record.reason)
        )  # fmt: skip

    async def on_request(record: HttpRequestRecord) -> HttpVerdict:
        message = protocol.decode(record.body)
        assert not isinstance(message, DecodeError)
        payload = record.to_payload()
        payload["message"] = message.to_payload()
        event = NewEvent("link:http", "frame.decoded", record.rx_time, payload, record.body)
        stored = await asyncio.wrap_future(writer.submit(event).as_future())
        return HttpVerdict(200, f"stored as event {stored.seq}")

    async def main() -> dict[str, Any]:
        cfg = HttpConfig(sources=(HttpSource("bench", TOKEN, frozenset({"aml"})),), port=0)
        link = HttpEndpointLink("http", cfg, on_request)
        task = asyncio.create_task(link.run(sink))
        try:
            while link.health.state is not LinkState.UP:
                await asyncio.sleep(0.01)
                assert link.health.state is not LinkState.DOWN, link.health.last_error
            port = str(link.bound_port)
            rss_before = _rss_mb()
            idle = await _client("probe", port, str(PROBE_S), TOKEN)
            attacker = asyncio.create_task(
                _client("attack", port, str(WARMUP_S + PROBE_S + 0.5), TOKEN,
                        str(FLOODERS), str(SLOW), str(IDLE))
            )  # fmt: skip
            peak = 0

            async def sample() -> None:
                nonlocal peak
                while True:
                    peak = max(peak, link.health.connections_open)
                    await asyncio.sleep(0.1)

            sampler = asyncio.create_task(sample())
            cpu_before, wall_before = time.process_time(), time.perf_counter()
            await asyncio.sleep(WARMUP_S)
            attacked = await _client("probe", port, str(PROBE_S), TOKEN)
            attack = await attacker
            cpu = (time.process_time() - cpu_before, time.perf_counter() - wall_before)
            sampler.cancel()
            rss_after_attack = _rss_mb()
            counters = link.health.counters()
            rejected = dict(link.health.rejected)
            await asyncio.sleep(1.0)
            return {
                "idle": idle,
                "attack": attacked,
                "attacker": attack,
                "counters": counters,
                "rejected": rejected,
                "rss": (rss_before, rss_after_attack, _rss_mb()),
                "accepted": link.health.accepted,
                "cpu": cpu,
                "peak_connections": peak,
            }
        finally:
            link.close()
            await task

    try:
        results = asyncio.run(main())
        writer.flush(60.0)
        stored = store.event_count()
        chain = verify_chain(store)
        raw_bytes = sum(len(e.raw or b"") for e in store.events_since(0))
    finally:
        writer.close(60.0)
        store.close()

    print(
        f"\nValid AML POSTs (new connection each, every 20 ms) for {PROBE_S:.0f} s: idle vs "
        f"under {FLOODERS} flooding + {SLOW} slowloris + {IDLE} idle connections"
    )
    idle_p50, idle_p99 = _report("idle", results["idle"])
    attack_p50, attack_p99 = _report("attack", results["attack"])
    print(f"  attack / idle: p50 x{attack_p50 / idle_p50:.2f}, p99 x{attack_p99 / idle_p99:.2f}")
    attacker = results["attacker"]
    offered = attacker.pop("offered_bytes", 0)
    seconds = WARMUP_S + PROBE_S + 0.5
    print(f"  attacker: {offered / 1e6:.0f} MB of refused bodies offered "
          f"({offered / 1e6 / seconds:.0f} MB/s), outcomes {attacker}")  # fmt: skip
    counters = results["counters"]
    cpu_s, wall_s = results["cpu"]
    print(f"  endpoint counters: {counters}")
    per_refusal_ms = cpu_s / max(1, counters["refused"]) * 1e3
    peak = results["peak_connections"]
    print(f"  endpoint process CPU during the attack: {cpu_s / wall_s:.0%} of one core, "
          f"{per_refusal_ms:.2f} ms per refused request (store writer included); "
          f"peak open connections {peak}")  # fmt: skip
    print(f"  refusals by code: {results['rejected']}")
    before, after, settled = results["rss"]
    if before is not None:
        print(f"  RSS: {before:.0f} MB before, {after:.0f} MB after the attack, "
              f"{settled:.0f} MB 1 s later")  # fmt: skip
    print(f"  store: {stored} events, {raw_bytes / 1e6:.2f} MB of raw bytes, chain ok={chain.ok}")
    probes = results["idle"] + results["attack"]
    assert all(status == 200 for _, status in probes)
    assert results["accepted"] == len(probes)
    assert chain.ok
