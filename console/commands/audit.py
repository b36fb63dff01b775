"""``dispatch-console audit verify STORE [--key FILE] [--checkpoints DIR]``: is the log intact?

Contract: ``audit_verify_command(store, stdout, stderr, key=None,
checkpoints=None) -> int`` takes a path or a store URL
(``console.config.store_argument``), opens the store as evidence
(``open_store_readonly(..., immutable=True)``: nothing is written, no
migration runs, no ``-wal``/``-shm`` file appears beside an SQLite file,
and it works on read-only media; a store with a non-empty ``-wal`` beside it
is read without ``immutable`` so its last transactions count, and the
output says so), prints how it was opened (``store PATH opened read-only,
immutable: ...``), and recomputes the hash chain with ``verify_chain``.

Without ``key``, when the chain is intact, it says ``no signed checkpoints
checked (...)`` (with how many the log holds, when it holds any) and ``ok:
N events, chain intact`` (exit 0): the chain alone cannot see a re-hashed
history or a cut-off tail. With ``key``
(the recorder's public key file, or its private key; several after a key
rotation or for a standby recorder) it also verifies every
signed checkpoint (``models.store.checkpoints``): those in the log and, from
``checkpoints`` (default: ``STORE.checkpoints`` beside an SQLite file, when
it exists), the exported files a supervisor kept elsewhere; it prints
``ok: K signed checkpoints verified (key ID), the newest covers seq S`` and
how many events after it no checkpoint covers yet. Every problem found is
named on stderr with exit 1: ``ALTERED: event seq N (at TIME, kind K):
why; M events before it are intact`` (the chain is broken there),
``RE-HASHED: ...`` (the chain looks intact but a signed hash differs: the
history was rewritten and re-hashed), ``TRUNCATED after seq N: ...`` (a
signed checkpoint covers events that are gone), ``FORGED: ...`` (a
checkpoint whose signature does not verify). A store argument that names no
store, a store or key that cannot be opened: the reason on stderr, exit 2.

``audit_export_command(store, folder, stdout, stderr) -> int``
(``dispatch-console audit export-checkpoints STORE DIR``) writes a file for
every signed checkpoint in the log into DIR (a supervisor's copy kept
elsewhere: on another machine or medium, out of reach of whoever can write
the database), leaving identical files alone, and prints how many it wrote;
the store is opened as evidence. Exit 2 when the store or the folder
cannot be used.

The CLI's arguments: ``console.commands.audit_args``.

``audit_keygen_command(path, stdout, stderr) -> int``
(``dispatch-console audit keygen FILE``) makes the recorder's signing key:
the private key in FILE (mode 0600; never in the database, readable only by
the recorder's account) and the public key in FILE.pub for supervisors and
``audit verify --key``; it prints the key id. An existing FILE is never
overwritten (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from console.config.store_argument import StoreArgumentError, store_url_from_argument
from models.replay import open_store_readonly
from models.store import StoreError, verify_chain
from models.store.checkpoints import (
    CheckpointError,
    audit_checkpoints,
    default_export_dir,
    export_log_checkpoints,
    generate_key,
    key_id,
    load_public_key,
    log_checkpoints,
    read_checkpoint_files,
)
from models.store.replay_queries import read_events

PROG = "dispatch-console audit verify"


def default_checkpoint_dir(store_path: Path) -> Path:
    """Where the recorder exports checkpoint files beside an SQLite store."""
    return default_export_dir(store_path)


def audit_verify_command(
    store: str,
    stdout: TextIO,
    stderr: TextIO,
    key: str | Sequence[str] | None = None,
    checkpoints: str | None = None,
) -> int:
    paths = [key] if isinstance(key, str) else list(key or ())
    try:
        keys = [load_public_key(Path(path)) for path in paths]
        public_key = keys[0] if keys else None
        url = store_url_from_argument(store, must_exist=True)
        opened = open_store_readonly(url, immutable=True)  # evidence: never written
    except (StoreArgumentError, StoreError, CheckpointError) as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    try:
        print(f"store {opened.where} opened {opened.access}", file=stdout)
        folder = Path(checkpoints) if checkpoints else None
        sqlite_file = _sqlite_file(url)
        if folder is None and sqlite_file is not None:
            beside = default_checkpoint_dir(sqlite_file)
            folder = beside if beside.is_dir() else None
        files = read_checkpoint_files(folder) if (public_key and folder) else []
        report = verify_chain(opened)
        failed = False
        if not report.ok:
            failed = True
            _print_altered(opened, report.first_bad_seq or 0, report, stderr)
        if public_key is None:
            if report.ok:
                held = len(log_checkpoints(opened))
                print(
                    "no signed checkpoints checked ("
                    + (f"the log holds {held}; " if held else "")
                    + "give --key FILE to check them)",
                    file=stdout,
                )
        else:
            signed = audit_checkpoints(opened, keys, files)
            ids = ", ".join(key_id(k) for k in keys)
            for finding in signed.findings:
                print(finding, file=stderr)
            failed = failed or not signed.ok
            if signed.newest is None:
                print(f"no signed checkpoints by key {ids} found", file=stdout)
            elif signed.ok:
                last = report.checked if report.ok else opened.last_seq()
                newest = signed.newest.seq
                print(
                    f"ok: {signed.checked} signed checkpoints verified (key "
                    f"{ids}), the newest covers seq {newest}"
                    + (f" from files in {folder}" if files else "")
                    + f"; {max(0, last - newest)} events after it not yet covered",
                    file=stdout,
                )
        if report.ok and not failed:
            print(f"ok: {report.checked} events, chain intact", file=stdout)
        return 1 if failed else 0
    except CheckpointError as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    except SQLAlchemyError as exc:
        # A file that opened but cannot be read through (corrupt pages, say).
        print(f"{PROG}: cannot read the store {opened.where}: {exc}", file=stderr)
        return 2
    finally:
        opened.close()


def audit_export_command(store: str, folder: str, stdout: TextIO, stderr: TextIO) -> int:
    prog = "dispatch-console audit export-checkpoints"
    try:
        url = store_url_from_argument(store, must_exist=True)
        opened = open_store_readonly(url, immutable=True)
    except (StoreArgumentError, StoreError) as exc:
        print(f"{prog}: {exc}", file=stderr)
        return 2
    target = Path(folder).expanduser()
    try:
        written, kept = export_log_checkpoints(opened, target)
    except OSError as exc:
        print(f"{prog}: cannot write to {target}: {exc.strerror or exc}", file=stderr)
        return 2
    except SQLAlchemyError as exc:
        print(f"{prog}: cannot read the store {opened.where}: {exc}", file=stderr)
        return 2
    finally:
        opened.close()
    print(f"store {opened.where} opened {opened.access}", file=stdout)
    print(
        f"{written} checkpoint files written to {target}"
        + (f" ({kept} already there)" if kept else ""),
        file=stdout,
    )
    return 0


def audit_keygen_command(path: str, stdout: TextIO, stderr: TextIO) -> int:
    target = Path(path).expanduser()
    try:
        made = generate_key(target)
    except FileExistsError:
        print(f"dispatch-console audit keygen: {target} exists; not overwritten", file=stderr)
        return 2
    except OSError as exc:
        print(f"dispatch-console audit keygen: cannot write {target}: {exc.strerror}", file=stderr)
        return 2
    print(f"signing key {made}: private {target} (keep it off the database server's "
          f"reach, readable by the recorder only), public {target}.pub", file=stdout)  # fmt: skip
    return 0


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def _print_altered(opened, seq: int, report, stderr: TextIO) -> None:  # type: ignore[no-untyped-def]
    found = read_events(opened, seq - 1, seq, 1, decode_kinds=())
    if found:
        event = found[0]
        what = f"at {event.rx_time.isoformat()}, kind {event.kind}"
    else:
        what = "no such event"
    print(
        f"ALTERED: event seq {seq} ({what}): {report.reason}; "
        f"{report.checked} events before it are intact",
        file=stderr,
    )
