"""Shared pieces of the hostile-client tests of the HTTP endpoint (``test_http_hostile_*``).

The store side (``Store``: both endpoint callbacks on a real SQLite store
through a real ``GroupCommitWriter``; the ``store`` fixture in
``conftest.py`` gives one per test), ``serving`` (a
running ``HttpEndpointLink``), raw clients (``post``, ``connect``,
``exchange``, ...), the ``Prober`` that posts a valid request every 100 ms
while an attack runs (``during``), and the checks every attack shares
(``assert_storable``, reference-cycle counting). Timeouts and limits are
scaled down (``CFG``) so each file runs in seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from pathlib import Path
from typing import Any

from models.store import GroupCommitWriter, NewEvent, StoredEvent, open_store
from radio.links.base import LinkState
from radio.links.http import (
    HttpConfig,
    HttpEndpointLink,
    HttpRequestRecord,
    HttpSource,
    HttpVerdict,
    decode_off_loop,
)
from radio.messages import DecodeError
from radio.protocols import get_protocol

TOKEN = b"mno-a-secret-token-0001"
FORM = b"application/x-www-form-urlencoded"
AML = (
    b"v=1&device_number=%2B447477593102&location_latitude=55.85732"
    b"&location_longitude=-4.26325&location_accuracy=10"
)
LIMIT = 4096  # the /aml body limit in these tests
PROBE_BOUND_S = 1.0
CFG = HttpConfig(
    sources=(HttpSource("mno-a", TOKEN.decode(), frozenset({"aml"})),),
    port=0,
    max_body={"aml": LIMIT},
    read_timeout_s=1.0,
    header_timeout_s=0.6,
    idle_timeout_s=1.0,
    max_connections=40,
    max_connections_per_peer=8,
    refused_budget_bytes=48 * 1024,
    refused_budget_per_sender_bytes=16 * 1024,
    summary_interval_s=0.5,
)


# -- the store side -------------------------------------------------------------------


class Store:
    """What the console does with both callbacks, on a real SQLite store."""

    def __init__(self, path: Path) -> None:
        self.store = open_store(f"sqlite:///{path}")
        self.writer = GroupCommitWriter(self.store)
        self.refused: list[HttpRequestRecord] = []
        self.accepted: list[HttpRequestRecord] = []

    def sink(self, record: HttpRequestRecord) -> None:
        self.refused.append(record)
        self.writer.submit(
            NewEvent("link:http", "frame.rejected", record.rx_time, record.to_payload(),
                     record.body, record.reason)
        )  # fmt: skip

    async def on_request(self, record: HttpRequestRecord) -> HttpVerdict:
        assert record.protocol is not None
        self.accepted.append(record)
        message = await decode_off_loop(get_protocol(record.protocol), record.body)
        payload = record.to_payload()
        error = message.reason if isinstance(message, DecodeError) else None
        if error is None:
            payload["message"] = message.to_payload()
        kind = "frame.rejected" if error else "frame.decoded"
        event = NewEvent("link:http", kind, record.rx_time, payload, record.body, error)
        stored = await asyncio.wrap_future(self.writer.submit(event).as_future())
        return HttpVerdict(400, error) if error else HttpVerdict(200, f"stored as {stored.seq}")

    def events(self) -> list[StoredEvent]:
        assert self.writer.flush(10.0)
        return list(self.store.events_since(0))

    def close(self) -> None:
        self.writer.close(10.0)
        self.store.close()


@contextlib.asynccontextmanager
async def serving(kit: Any, store: Store, cfg: HttpConfig = CFG) -> AsyncIterator[HttpEndpointLink]:
    link = HttpEndpointLink("http", cfg, store.on_request, backoff=kit.fast_backoff())
    task = asyncio.create_task(link.run(store.sink))
    try:
        await kit.wait_state(link, LinkState.UP)
        yield link
    finally:
        link.close()
        await asyncio.wait_for(task, 10.0)
    assert link.health.state is LinkState.STOPPED


# -- raw clients ---------------------------------------------------------------------


def post(
    path: bytes = b"/aml",
    body: bytes = AML,
    *,
    token: bytes | None = TOKEN,
    ctype: bytes = FORM,
    extra: bytes = b"",
) -> bytes:
    head = b"POST " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    if token is not None:
        head += b"Authorization: Bearer " + token + b"\r\n"
    head += b"Content-Type: " + ctype + b"\r\n" + extra
    head += b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    return head + body


async def connect(port: int, src: str = "127.0.0.1") -> tuple[Any, Any]:
    return await asyncio.open_connection("127.0.0.1", port, local_addr=(src, 0))


async def read_answer(
    reader: asyncio.StreamReader, timeout: float = 5.0
) -> tuple[int | None, bytes]:
    """(status, body) of one answer; status None if the connection ended without one."""
    try:
        async with asyncio.timeout(timeout):
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = await reader.readexactly(length)
    except (asyncio.IncompleteReadError, ConnectionError):
        return None, b""
    return int(head.split(b" ")[1]), body


async def exchange(
    port: int, data: bytes, src: str = "127.0.0.1", timeout: float = 5.0
) -> tuple[int | None, bytes]:
    reader, writer = await connect(port, src)
    try:
        writer.write(data)
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        return await read_answer(reader, timeout)
    finally:
        writer.close()


async def closed_by_server(reader: asyncio.StreamReader, timeout: float) -> bytes:
    """Everything the server sent until it closed the connection (fails after ``timeout``)."""
    data = b""
    async with asyncio.timeout(timeout):
        with contextlib.suppress(ConnectionError):
            while chunk := await reader.read(4096):
                data += chunk
    return data


class Prober:
    """Posts a valid request every 100 ms while an attack runs; keeps the latencies."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.latencies: list[float] = []
        self.statuses: list[int | None] = []

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            started = time.perf_counter()
            status, _ = await exchange(self.port, post(), timeout=5.0)
            self.latencies.append(time.perf_counter() - started)
            self.statuses.append(status)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.1)

    def check(self, attack: str) -> None:
        assert self.latencies, "no valid request was sent during the attack"
        worst, middle = max(self.latencies), statistics.median(self.latencies)
        print(f"\n  {attack}: {len(self.latencies)} valid requests during the attack, "
              f"median {middle * 1e3:.1f} ms, max {worst * 1e3:.1f} ms")  # fmt: skip
        assert self.statuses == [200] * len(self.statuses)
        assert worst < PROBE_BOUND_S


async def during(port: int, attack: Awaitable[Any], name: str) -> Any:
    """Run ``attack`` with a prober alongside; return what the attack returned."""
    prober = Prober(port)
    stop = asyncio.Event()
    probing = asyncio.create_task(prober.run(stop))
    try:
        result = await attack
    finally:
        stop.set()
        await asyncio.wait_for(probing, 10.0)
    prober.check(name)
    return result


def strings(value: Any) -> list[str]:
    """Every str in a JSON-like value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in strings(item)]
    return []


def assert_storable(record: HttpRequestRecord) -> None:
    payload = record.to_payload()
    for text in [*strings(payload), record.reason or ""]:
        text.encode("utf-8")  # raises on a lone surrogate
        assert "\x00" not in text
    json.dumps(payload, ensure_ascii=False).encode("utf-8")


@contextlib.contextmanager
def refcounting_only() -> Iterator[dict[str, int]]:
    """Run the block without the cyclic GC; the dict gets what only it would free.

    What the endpoint keeps of a request must be freed by reference counting
    alone: a long-running console collects its oldest generation rarely, and
    a flood would pile up in cycles until it does.
    """
    found: dict[str, int] = {}
    gc.collect()
    gc.disable()
    try:
        yield found
        found.update(endpoint_cycles())
    finally:
        gc.enable()


def endpoint_cycles() -> dict[str, int]:
    """Objects of the endpoint's side that only the cyclic GC would free, by type."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found: dict[str, int] = {}
        for obj in gc.garbage:
            kind = type(obj)
            if kind.__module__.startswith(ENDPOINT_MODULES):
                name = f"{kind.__module__}.{kind.__qualname__}"
                found[name] = found.get(name, 0) + 1
        return found
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


ENDPOINT_MODULES = ("radio.links", "aiohttp.web", "aiohttp.streams", "aiohttp._http_parser")


def refused_with(store: Store, code: str) -> list[HttpRequestRecord]:
    return [r for r in store.refused if r.rejection == code]
