"""The HTTP endpoint's test kit: senders, the ingest side as the console runs it, a server.

``StoreSide`` decodes with the real decoders from ``radio.protocols`` and
stores through a real ``GroupCommitWriter`` on a SQLite file; ``on_request``
checks from a second connection that the event is in the file before it
returns the verdict, so a 200 proves "stored before acknowledged".
``serving`` runs an ``HttpEndpointLink`` for a block and requires a clean stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp

from models.store import GroupCommitWriter, NewEvent, StoredEvent, open_store
from radio.links.base import LinkState
from radio.links.http import (
    HttpConfig,
    HttpEndpointLink,
    HttpRequestRecord,
    HttpSource,
    HttpVerdict,
    OnRequest,
    decode_off_loop,
)
from radio.messages import DecodeError
from radio.protocols import get_protocol

TOKEN_A = "mno-a-secret-token-0001"
TOKEN_B = "psap-b-secret-token-0002"
SOURCES = (
    HttpSource("mno-a", TOKEN_A, frozenset({"aml"})),
    HttpSource("psap-b", TOKEN_B, frozenset({"pidf", "cap"})),
)
FORM = "application/x-www-form-urlencoded"


def aml_bodies(samples_dir: Path) -> list[bytes]:
    text = (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes()
    return [line for line in text.splitlines() if line.startswith(b"v=")]


class StoreSide:
    """The ingest side as the console implements it: decode, store, then answer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = open_store(f"sqlite:///{path}")
        self.writer = GroupCommitWriter(self.store)
        self.refused: list[HttpRequestRecord] = []
        self.visible_before_answer: list[bool] = []

    def sink(self, record: HttpRequestRecord) -> None:
        self.refused.append(record)
        self.writer.submit(
            NewEvent(
                source="link:http",
                kind="frame.rejected",
                rx_time=record.rx_time,
                payload=record.to_payload(),
                raw=record.body,
                error=record.reason,
            )
        )

    async def on_request(self, record: HttpRequestRecord) -> HttpVerdict:
        assert record.protocol is not None
        message = await decode_off_loop(get_protocol(record.protocol), record.body)
        payload = record.to_payload()
        if isinstance(message, DecodeError):
            kind, error = "frame.rejected", message.reason
        else:
            kind, error = "frame.decoded", None
            payload["message"] = message.to_dict()
        event = NewEvent("link:http", kind, record.rx_time, payload, record.body, error)
        stored = await asyncio.wrap_future(self.writer.submit(event).as_future())
        self.visible_before_answer.append(self.committed_elsewhere(stored))
        if error is not None:
            return HttpVerdict(400, error)
        return HttpVerdict(200, f"stored as event {stored.seq}")

    def committed_elsewhere(self, stored: StoredEvent) -> bool:
        """Is the event readable from a fresh connection (i.e. committed)?"""
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            row = conn.execute("SELECT raw FROM events WHERE seq = ?", (stored.seq,)).fetchone()
        return row is not None and row[0] == stored.raw

    def events(self) -> list[StoredEvent]:
        self.writer.flush(10.0)
        return [e for e in self.store.events_since(0) if e.source == "link:http"]

    def close(self) -> None:
        self.writer.close(10.0)
        self.store.close()


def config(**overrides: Any) -> HttpConfig:
    values: dict[str, Any] = {"sources": SOURCES, "port": 0}
    values.update(overrides)
    return HttpConfig(**values)


@contextlib.asynccontextmanager
async def serving(
    kit: Any, cfg: HttpConfig, on_request: OnRequest, sink: Callable[[HttpRequestRecord], None]
) -> AsyncIterator[HttpEndpointLink]:
    link = HttpEndpointLink("http", cfg, on_request, backoff=kit.fast_backoff())
    task = asyncio.create_task(link.run(sink))
    try:
        await kit.wait_state(link, LinkState.UP)
        yield link
    finally:
        link.close()
        await asyncio.wait_for(task, 10.0)
    assert link.health.state is LinkState.STOPPED


def url(link: HttpEndpointLink, path: str, scheme: str = "http") -> str:
    return f"{scheme}://127.0.0.1:{link.bound_port}{path}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def one_in_flight(
    kit: Any,
    client: aiohttp.ClientSession,
    link: HttpEndpointLink,
    headers: dict[str, str],
    arrived: list[str | None],
) -> asyncio.Task[aiohttp.ClientResponse]:
    """A POST to /aml that ``on_request`` holds (it appends the source to ``arrived``)."""
    first = asyncio.create_task(client.post(url(link, "/aml"), data=b"v=1", headers=headers))
    await kit.wait_until(lambda: len(arrived) == 1)
    return first
