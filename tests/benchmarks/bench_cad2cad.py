"""Benchmark: CAD-to-CAD handover between two consoles of this project on one machine.

Two consoles (``tests.console.services.partner_kit``: each a SQLite store, group-commit
writer, dispatch service, call picture, the real ingest path with its HTTPS endpoint on
loopback, and a partner service), A knowing B by a bearer token, B knowing A by A's
client certificate (mutual TLS). Per sample: A creates an incident and hands it to B;
measured from just before ``hand_over`` to the new call being in B's call picture
(send -> partner's call queue), then from B's ``answer(call, "accepted")`` to A's
picture showing the handover accepted (what A's incident card reads: accept -> back in
the sender's card). Baseline in the same run: one HTTPS POST of the same EIDO to B's
endpoint answered by a handler that stores nothing (the transport's floor), so the
ratio says what storing before answering and the answer's own trip cost.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_cad2cad.py -m benchmark -s``
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from pathlib import Path

import aiohttp
import pytest

from radio.links.http_types import HttpVerdict
from tests.console.services.partner_kit import pair, until

pytestmark = pytest.mark.benchmark

SAMPLES = int(os.environ.get("CAD2CAD_BENCH_SAMPLES", "40"))
AT = (60.1712, 24.9433)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _line(name: str, values: list[float], base: float | None = None) -> str:
    p50, p99 = _percentile(values, 50), _percentile(values, 99)
    ratio = f"  x{p50 / base:.1f} of the baseline p50" if base else ""
    mean = statistics.mean(values)
    return f"  {name:<38} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  mean {mean:7.1f} ms{ratio}"


def test_handover_send_to_partner_queue_and_accept_back(tmp_path: Path) -> None:
    sent: list[float] = []
    accepted: list[float] = []
    floor: list[float] = []

    async def body() -> None:
        a, b = await pair(tmp_path)
        try:
            incident = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            # Baseline: the same POST, answered without storing.
            document = a.partner._eido(
                a.dispatch.state.incidents[incident], "urn:bench:floor", (), None
            )
            link = next(rt.link for rt in b.ingest.links if hasattr(rt.link, "add_route_handler"))

            async def answer_only(record: object) -> HttpVerdict:
                return HttpVerdict(200, "ok")

            link.add_route_handler("eido", answer_only)
            client = a.partner.outbox.clients["b"]
            for _ in range(SAMPLES):
                start = time.perf_counter()
                result = await client.post("eido", document, "application/json")
                floor.append((time.perf_counter() - start) * 1000)
                assert result.status == 200
            link.add_route_handler("eido", b.partner.on_eido)

            for i in range(SAMPLES):
                incident = await a.dispatch.create_incident(
                    "structure-fire", *AT, f"Mannerheimintie {i + 1}"
                )
                before = len(b.calls.calls)
                start = time.perf_counter()
                notice = await a.partner.hand_over(incident, "b")
                await until(lambda n=before: len(b.calls.calls) > n, step=0.0005)
                sent.append((time.perf_counter() - start) * 1000)
                call = list(b.calls.calls.values())[-1]
                assert call.frame["incident_id"] == incident
                start = time.perf_counter()
                await b.partner.answer(call.call_id, "accepted")
                await until(
                    lambda n=notice: a.dispatch.state.reach.notices[n].stage == "accepted",
                    step=0.0005,
                )
                accepted.append((time.perf_counter() - start) * 1000)
        finally:
            await a.stop()
            await b.stop()

    asyncio.run(body())
    base = _percentile(floor, 50)
    print()
    print(f"CAD-to-CAD over loopback HTTPS, {SAMPLES} samples each")
    print(_line("baseline: one HTTPS POST, not stored", floor))
    print(_line("send -> partner's call queue", sent, base))
    print(_line("accept -> back in the sender's card", accepted, base))
    assert len(sent) == len(accepted) == SAMPLES
    assert aiohttp  # the client library the partner service posts with
