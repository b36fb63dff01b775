"""While the store cannot take more, nothing is acknowledged that is not stored.

ALI over a real TCP link into a store that is locked by another process's
transaction (commits wait and fail), with a writer whose buffer holds only
a few events. The link pauses under pressure, but one burst read at once
brings more than the buffer holds: the records beyond it are answered NAK
at once (the controller repeats them), the ones held are answered ACK once
the lock is released and they are committed, and every ACK stands for a
stored record.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime

from console.config.site import load_site
from console.services.ingest import IngestService
from models.store import GroupCommitWriter, open_store
from models.store.pressure import WriterLimits
from radio.codecs.ali import ACK, NAK, encode_ali
from radio.messages_location import CallerLocation
from tests.polling import wait_for

RECORDS = 12


def record(n: int) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali", "ALI", "ali", number=f"04000000{n:02d}", lat=60.17, lon=24.94,
            radius_m=35.0, confidence=90, class_of_service="WPH2",
            time=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
        )
    )  # fmt: skip


def test_frames_beyond_the_buffer_get_nak_and_every_ack_is_stored(make_site, tmp_path) -> None:
    site = load_site(make_site([{"name": "ali", "transport": "tcp-server", "protocol": "ali",
                                 "host": "127.0.0.1", "port": 0}]))  # fmt: skip
    path = tmp_path / "live.sqlite"
    store = open_store(f"sqlite:///{path}")
    writer = GroupCommitWriter(store, limits=WriterLimits(max_events=6), retry_delay_s=0.05)
    locker = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    answers: list[bytes] = []

    async def scenario() -> None:
        ingest = IngestService(site, writer)
        await ingest.start()
        (runtime,) = ingest.links
        await wait_for(lambda: runtime.link.health.state.value == "up", "link up")
        locker.execute("BEGIN EXCLUSIVE")  # another process holds the log: commits fail
        reader, stream = await asyncio.open_connection("127.0.0.1", runtime.link.bound_port)

        async def collect() -> None:
            while answer := await reader.read(1):
                answers.append(answer)

        collector = asyncio.get_running_loop().create_task(collect())
        # One burst, read at once: more than the buffer holds, before the link can pause.
        stream.write(b"".join(record(n) for n in range(RECORDS)))
        await stream.drain()
        await wait_for(lambda: NAK in answers, "a NAK", timeout=10)
        assert ACK not in answers  # nothing is committed yet, so nothing is acknowledged
        locker.execute("ROLLBACK")
        await wait_for(lambda: len(answers) >= RECORDS, "an answer to every record")
        stream.close()
        collector.cancel()
        await ingest.stop()

    try:
        asyncio.run(scenario())
        writer.flush()
        stored = [e for e in store.latest_events(limit=200) if e.kind == "frame.decoded"]
        naks, acks = answers.count(NAK), answers.count(ACK)
        assert naks >= 1 and acks >= 1 and naks + acks == RECORDS
        assert len(stored) == acks  # every ACK stands for a stored record, and only those
    finally:
        locker.close()
        writer.close()
        store.close()
