"""``dispatch-console audit verify STORE``: is the event log's hash chain intact?

Contract: ``audit_verify_command(store, stdout, stderr) -> int`` takes a path
or a store URL (``console.config.store_argument``), opens the store as
evidence (``open_store_readonly(..., immutable=True)``: nothing is written,
no migration runs, no ``-wal``/``-shm`` file appears beside an SQLite file,
and it works on read-only media; a store with a non-empty ``-wal`` beside it
is read without ``immutable`` so its last transactions count, and the
output says so), prints how it was opened (``store PATH opened read-only,
immutable: ...``), recomputes the hash chain with ``verify_chain`` and
prints ``ok: N events, chain intact`` (exit 0), or names the first broken
event — its seq, receive time, kind and the reason — on stderr (exit 1). A
store argument that names no store, or a store that cannot be opened: the
reason on stderr, exit 2.
"""

from __future__ import annotations

from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from console.config.store_argument import StoreArgumentError, store_url_from_argument
from models.replay import open_store_readonly
from models.store import StoreError, verify_chain
from models.store.replay_queries import read_events

PROG = "dispatch-console audit verify"


def audit_verify_command(store: str, stdout: TextIO, stderr: TextIO) -> int:
    try:
        url = store_url_from_argument(store, must_exist=True)
        opened = open_store_readonly(url, immutable=True)  # evidence: never written
    except (StoreArgumentError, StoreError) as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    try:
        print(f"store {opened.where} opened {opened.access}", file=stdout)
        report = verify_chain(opened)
        if report.ok:
            print(f"ok: {report.checked} events, chain intact", file=stdout)
            return 0
        seq = report.first_bad_seq or 0
        found = read_events(opened, seq - 1, seq, 1, decode_kinds=())
        if found:
            event = found[0]
            what = f"at {event.rx_time.isoformat()}, kind {event.kind}"
        else:
            what = "no such event"
        print(
            f"BROKEN: event seq {seq} ({what}): {report.reason}; "
            f"{report.checked} events before it are intact",
            file=stderr,
        )
        return 1
    except SQLAlchemyError as exc:
        # A file that opened but cannot be read through (corrupt pages, say).
        print(f"{PROG}: cannot read the store {opened.where}: {exc}", file=stderr)
        return 2
    finally:
        opened.close()
