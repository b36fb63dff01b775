"""Hostile HTTP clients (4): malformed requests.

The HTTP endpoint against hostile clients, on loopback, with raw sockets
(shared pieces: ``tests/radio/links/hostile_kit.py``). Every attack runs
against a real ``HttpEndpointLink`` whose refusals and accepted requests go
to a real ``GroupCommitWriter`` on a SQLite file; while an attack runs a
prober posts a valid, authenticated request every 100 ms (bound: 1 s).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from radio.links.base import LinkState
from radio.links.http_guard import (
    unescape,
)
from tests.radio.links.hostile_kit import (
    AML,
    CFG,
    TOKEN,
    Store,
    assert_storable,
    connect,
    during,
    exchange,
    post,
    read_answer,
    refcounting_only,
    refused_with,
    serving,
)

# -- 4. malformed requests ----------------------------------------------------------------------


MALFORMED = {
    "Content-Length not a number": post().replace(b"Content-Length: %d" % len(AML),
                                                  b"Content-Length: abc"),
    "two Content-Lengths": post(extra=b"Content-Length: 7\r\n"),
    "negative Content-Length": post().replace(b"Content-Length: %d" % len(AML),
                                              b"Content-Length: -5"),
    "chunked garbage": (b"POST /aml HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                        + b"\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"),
    "not HTTP at all": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)),
    "request line too long": b"POST /aml?" + b"q" * 9000 + b" HTTP/1.1\r\n\r\n",
}  # fmt: skip


def test_malformed_requests_are_400_and_stored(arun: Any, kit: Any, store: Store) -> None:
    async def attack() -> tuple[list[int | None], int | None, float]:
        statuses = [(await exchange(port, data, src="127.0.0.2"))[0] for data in MALFORMED.values()]
        # Chunked garbage after the headers have been handled: answered at once,
        # not after the body timeout.
        reader, writer = await connect(port, "127.0.0.3")
        data = MALFORMED["chunked garbage"]
        split = data.index(b"\r\n\r\n") + 4
        writer.write(data[:split])
        await asyncio.sleep(0.1)
        started = time.perf_counter()
        writer.write(data[split:])
        late, _ = await read_answer(reader, 5.0)
        writer.close()
        return statuses, late, time.perf_counter() - started

    async def body() -> tuple[list[int | None], int | None, float]:
        nonlocal port
        async with serving(kit, store) as link:
            port = link.bound_port or 0
            with refcounting_only() as leaked:
                result = await during(port, attack(), "malformed requests")
                await kit.wait_until(lambda: link.health.connections_open == 0)
            assert leaked == {}, f"the endpoint left reference cycles: {leaked}"
            assert link.health.state is LinkState.UP
            return result

    port = 0
    statuses, late, elapsed = arun(body())
    assert statuses == [400] * len(MALFORMED)
    assert late == 400 and elapsed < CFG.read_timeout_s / 2
    malformed = refused_with(store, "malformed")
    assert len(malformed) == len(MALFORMED)
    for record, data in zip(malformed, MALFORMED.values(), strict=True):
        assert_storable(record)
        first_line = data.split(b"\n")[0].rstrip(b"\r")[:100]
        assert unescape(record.request_line)[:100] == first_line
        assert len(record.body) <= CFG.refused_prefix_bytes
        assert all("redacted" in v for n, v in record.headers if n == "Authorization")
    [broken] = refused_with(store, "body")
    assert broken.source == "mno-a" and broken.status == 400
    assert broken.reason is not None and "chunk" in broken.reason.lower()
