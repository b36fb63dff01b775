"""``dispatch-console record``: the site's links into the store, no GUI.

Contract: ``record_command(site_dir, store_url) -> exit code``. Runs on a
plain asyncio loop (a recorder for a server room, no display needed) until
SIGINT or SIGTERM, then closes the links and flushes the store before it
returns 0. A site or store that cannot be opened ends with a clear message
and exit code 2.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from console.ingest import IngestService
from console.site import DEFAULT_SITE_DIR, SiteError, load_site
from models.store import GroupCommitWriter, StoreError, open_store

_LOGGER = logging.getLogger(__name__)


async def _record(ingest: IngestService, stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
    await ingest.start()
    for runtime in ingest.links:
        _LOGGER.info("recording link %s (%s)", runtime.spec.name, runtime.link.describe())
    await stop.wait()
    _LOGGER.info("stopping: closing links and flushing the store")
    await ingest.stop()


def record_command(site_dir: str | None, store_url: str | None) -> int:
    try:
        site = load_site(site_dir or DEFAULT_SITE_DIR)
    except SiteError as exc:
        print(f"dispatch-console record: {exc}", file=sys.stderr)
        return 2
    try:
        store = open_store(store_url)
    except StoreError as exc:
        print(f"dispatch-console record: {exc}", file=sys.stderr)
        return 2
    writer = GroupCommitWriter(store)
    ingest = IngestService(site, writer)
    try:
        asyncio.run(_record(ingest, asyncio.Event()))
    finally:
        writer.close()
        store.close()
    _LOGGER.info("recorder stopped; store flushed")
    return 0
