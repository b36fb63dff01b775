"""Drop-folder link: each file put into a folder is one frame (CAP alerts from a
warning service that writes files, a shared folder on another system).

Contract: ``FolderLink(name, path, pattern="*.xml", poll_s=1.0)`` polls the
folder; each new file matching ``pattern`` is read whole and handed to the
sink as one datagram chunk whose peer is the file name, oldest first. The
file stays where it is until ``send_threadsafe(..., peer=file name)`` is
called — the ingest service does that once the frame is durably stored —
and is then moved into ``processed/`` beside it, so a crash before storage
loses nothing: the file is read again on restart. A file that cannot be read
is counted and retried; a missing folder leaves the link DOWN with a clear
error, retried with backoff. Files being written are left alone until their
size has stopped changing for one poll.

Backpressure (``pause_reading``, see ``radio.links.base``): while paused no
new file is picked up (the folder is not even listed); files wait in the
folder, nothing is lost, and after ``resume_reading()`` they are picked up
oldest first as usual (from the next poll). Archiving stored files goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path

from radio.links.base import Backoff, LinkNotConnected, ReconnectingLink, error_text

_LOGGER = logging.getLogger(__name__)

PROCESSED = "processed"


class FolderLink(ReconnectingLink):
    def __init__(
        self,
        name: str,
        path: str | Path,
        pattern: str = "*.xml",
        poll_s: float = 1.0,
        *,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(name, backoff)
        self.path = Path(path)
        self.pattern = pattern
        self.poll_s = poll_s
        self._task: asyncio.Task[None] | None = None
        self._delivered: set[str] = set()
        self._sizes: dict[str, int] = {}

    def describe(self) -> str:
        return f"folder {self.path}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot watch {self.path}: {error_text(exc)}"

    async def _open(self) -> None:
        if not self.path.is_dir():
            raise FileNotFoundError(2, "No such folder", str(self.path))
        (self.path / PROCESSED).mkdir(exist_ok=True)
        self._task = asyncio.get_running_loop().create_task(self._poll())

    def _release(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()

    async def _released(self) -> None:
        return None

    async def _poll(self) -> None:
        while True:
            try:
                self._scan()
            except OSError as exc:
                self._end_session(f"lost {self.path}: {error_text(exc)}")
                return
            await asyncio.sleep(self.poll_s)

    def _scan(self) -> None:
        if self._paused:
            return
        files = sorted(
            (p for p in self.path.glob(self.pattern) if p.is_file()),
            key=lambda p: (p.stat().st_mtime, p.name),
        )
        for file in files:
            if self._paused:  # the sink may pause the link while it takes a file
                return
            name = file.name
            if name in self._delivered:
                continue
            size = file.stat().st_size
            if self._sizes.get(name) != size:
                self._sizes[name] = size  # still being written? look again next poll
                continue
            try:
                data = file.read_bytes()
            except OSError as exc:
                self.health.errors += 1
                self.health.last_error = f"cannot read {file}: {error_text(exc)}"
                continue
            self._delivered.add(name)
            self._sizes.pop(name, None)
            self._deliver(data, name, datagram=True)

    def send_threadsafe(self, data: bytes, peer: str | None = None) -> None:
        """The frame from file ``peer`` is stored: move the file to ``processed/``."""
        loop = self._loop
        if loop is None or peer is None:
            raise LinkNotConnected(f"{self.describe()} is not running")
        loop.call_soon_threadsafe(self._archive, peer)

    async def write(self, data: bytes, peer: str | None = None) -> None:
        if peer is None:
            raise ValueError(f"{self.describe()}: write needs the file name")
        self._archive(peer)

    def _archive(self, name: str) -> None:
        source = self.path / name
        target = self.path / PROCESSED / name
        try:
            if target.exists():
                target = target.with_name(f"{target.stem}.{os.getpid()}{target.suffix}")
            os.replace(source, target)
        except OSError as exc:
            self.health.errors += 1
            self.health.last_error = f"cannot move {source} to {PROCESSED}/: {error_text(exc)}"
            _LOGGER.warning("link %s: %s", self.name, self.health.last_error)
            return
        with contextlib.suppress(KeyError):
            self._delivered.remove(name)
