"""A CAP drop folder through the real ingest path: stored first, archived after."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from console.config.site import load_site
from console.services.ingest import IngestService
from models.store import GroupCommitWriter, open_store
from radio.links.folder import PROCESSED
from tests.polling import wait_for


def test_cap_file_is_stored_then_archived(make_site, tmp_path: Path, samples_dir: Path) -> None:
    site_dir = make_site(
        [{"name": "cap-drop", "transport": "folder", "protocol": "cap", "url": "cap-in"}]
    )
    drop = site_dir / "cap-in"
    drop.mkdir()
    shutil.copy(samples_dir / "cap" / "cap12-v1dot2_appendix_adot1.xml", drop / "hsas.xml")
    store = open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")
    writer = GroupCommitWriter(store)

    async def scenario() -> None:
        ingest = IngestService(load_site(site_dir), writer)
        await ingest.start()
        await wait_for(lambda: (drop / PROCESSED / "hsas.xml").exists(), "file archived")
        await ingest.stop()

    try:
        asyncio.run(scenario())
        writer.flush()
        (event,) = [e for e in store.latest_events(limit=50) if e.kind == "frame.decoded"]
        assert event.payload["message"]["identifier"] == "43b080713727"
        assert event.raw.startswith(b"<?xml")
        assert not (drop / "hsas.xml").exists()
    finally:
        writer.close()
        store.close()
