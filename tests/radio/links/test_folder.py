"""Drop-folder link: files become frames; a file is archived only when told it is stored."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from radio.links.base import Backoff, Chunk, LinkState
from radio.links.folder import PROCESSED, FolderLink


async def _until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    async def loop() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(loop(), timeout)


def test_files_are_frames_and_are_archived_after_storage(tmp_path: Path) -> None:
    drop = tmp_path / "cap-in"
    drop.mkdir()
    (drop / "a.xml").write_bytes(b"<alert>1</alert>")
    (drop / "ignored.txt").write_bytes(b"not matching")
    chunks: list[Chunk] = []

    async def scenario() -> None:
        link = FolderLink("cap-drop", drop, poll_s=0.02, backoff=Backoff(0.01, 0.05))
        task = asyncio.get_running_loop().create_task(link.run(chunks.append))
        await _until(lambda: len(chunks) == 1)
        (drop / "b.xml").write_bytes(b"<alert>2</alert>")
        await _until(lambda: len(chunks) == 2)
        # Nothing is archived before the frame is stored.
        assert (drop / "a.xml").exists()
        link.send_threadsafe(b"stored", "a.xml")
        await _until(lambda: (drop / PROCESSED / "a.xml").exists())
        assert not (drop / "a.xml").exists() and (drop / "b.xml").exists()
        link.close()
        await task

    asyncio.run(scenario())
    assert [(c.peer, c.data, c.datagram) for c in chunks] == [
        ("a.xml", b"<alert>1</alert>", True),
        ("b.xml", b"<alert>2</alert>", True),
    ]


def test_missing_folder_is_down_with_a_reason(tmp_path: Path) -> None:
    async def scenario() -> None:
        link = FolderLink("cap-drop", tmp_path / "nowhere", backoff=Backoff(0.01, 0.05))
        task = asyncio.get_running_loop().create_task(link.run(lambda c: None))
        await _until(lambda: link.health.state is LinkState.DOWN)
        assert "nowhere" in (link.health.last_error or "")
        link.close()
        await task

    asyncio.run(scenario())


def test_paused_folder_leaves_new_files_in_place_then_takes_them_in_order(
    tmp_path: Path,
) -> None:
    drop = tmp_path / "cap-in"
    drop.mkdir()
    chunks: list[Chunk] = []
    names = ["c.xml", "a.xml", "b.xml"]  # oldest first by modification time, not by name

    async def scenario() -> None:
        link = FolderLink("cap-drop", drop, poll_s=0.02, backoff=Backoff(0.01, 0.05))
        link.pause_reading()  # paused before it even opens
        task = asyncio.get_running_loop().create_task(link.run(chunks.append))
        await _until(lambda: link.health.state is LinkState.UP)
        for age, name in enumerate(names):
            file = drop / name
            file.write_bytes(f"<alert>{name}</alert>".encode())
            os.utime(file, (1_000_000 + age, 1_000_000 + age))
        # Many polls go by: nothing is picked up, every file stays where it is.
        with pytest.raises(TimeoutError):
            await _until(lambda: bool(chunks), timeout=0.3)
        assert sorted(p.name for p in drop.glob("*.xml")) == sorted(names)

        link.resume_reading()
        await _until(lambda: len(chunks) == len(names))
        assert not link.paused
        link.close()
        await task

    asyncio.run(scenario())
    assert [c.peer for c in chunks] == names
    assert [c.data for c in chunks] == [f"<alert>{n}</alert>".encode() for n in names]
