"""Link state changes reach the log the moment they happen: every outage, however short."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from console.config.site import load_site
from console.services.ingest import IngestService
from models.store import GroupCommitWriter, open_store
from radio.links.base import Link, LinkState, Sink
from radio.links.spec import LinkSpec
from tests.polling import wait_for

OUTAGES = 30


class FlappingLink(Link):
    """A transport whose cable is pulled and plugged back ``OUTAGES`` times, fast."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.flapped = asyncio.Event()
        self._closed = asyncio.Event()

    async def run(self, sink: Sink) -> None:
        try:
            self._set_state(LinkState.CONNECTING)
            self._set_state(LinkState.UP)
            for n in range(OUTAGES):
                await asyncio.sleep(0.001)
                self._fail(f"cable pulled ({n})")
                self._set_state(LinkState.CONNECTING)
                self._fail(f"still pulled ({n})")  # a failed retry: the same outage
                self._set_state(LinkState.CONNECTING)
                self._set_state(LinkState.UP)
            self.flapped.set()
            await self._closed.wait()
        finally:
            self._set_state(LinkState.STOPPED)

    def close(self) -> None:
        self._closed.set()

    def describe(self) -> str:
        return "test://flapping"


def test_every_short_outage_is_stored_with_its_start_and_end(make_site, tmp_path: Path) -> None:
    site = load_site(make_site([{"name": "avl", "transport": "udp", "protocol": "nmea",
                                 "host": "127.0.0.1", "port": 0}]))  # fmt: skip
    store = open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")
    writer = GroupCommitWriter(store)
    links: list[FlappingLink] = []

    def factory(spec: LinkSpec) -> Link:
        links.append(FlappingLink(spec.name))
        return links[-1]

    async def scenario() -> None:
        ingest = IngestService(site, writer, link_factory=factory)
        await ingest.start()
        await wait_for(lambda: links and links[0].flapped.is_set(), "link flapped")
        await ingest.stop()

    try:
        asyncio.run(scenario())
        writer.flush()
        events = [e for e in store.latest_events(limit=1000) if e.kind == "link.state"][::-1]
        states: list[Any] = [e.payload["state"] for e in events]
        assert states == ["up"] + ["down", "up"] * OUTAGES + ["stopped"]
        downs = [e for e in events if e.payload["state"] == "down"]
        expected = [f"cable pulled ({n})" for n in range(OUTAGES)]
        assert [d.payload["error"] for d in downs] == expected
        assert all(e.source == "link:avl" for e in events)
        assert [e.seq for e in events] == sorted(e.seq for e in events)
    finally:
        writer.close()
        store.close()
