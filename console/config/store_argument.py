"""A ``--store`` argument (a file path or a store URL) as the store URL every command opens.

Contract: ``store_url_from_argument(text, must_exist=False) -> str`` is the
one way the console and every sub-command (record, replay, report, audit
verify, audit redecode, drill, ``--replay``) read a store argument:

- a URL (``scheme://...``) of SQLite (``sqlite://``, ``sqlite+pysqlite://``)
  or PostgreSQL (``postgresql://``, ``postgres://``,
  ``postgresql+psycopg://``) is passed through unchanged; any other scheme
  is refused. An SQLite URL's file is checked as a path is.
- anything else is a path to an SQLite file (``~`` expanded, made
  absolute) and becomes ``sqlite:///`` + the path, quoted where a URL needs
  it (a ``?`` or ``#`` in a file name).

It raises ``StoreArgumentError`` (a ``ValueError``) with a message for a
person, without echoing a password, for: an empty argument (it used to mean
the default live store, silently); a directory, a named pipe (SQLite would
wait on it forever), a device or a socket; a path whose folder does not
exist or is not a folder; with ``must_exist`` (commands that only read), a
file that does not exist (``no store at PATH (no such file)``). Whether an
existing file is really a store is for the store to say when it is opened.
No I/O beyond ``stat``.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["SCHEMES", "StoreArgumentError", "store_url_from_argument"]

SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")
EXAMPLES = "a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE"
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@")


class StoreArgumentError(ValueError):
    """A store argument that cannot name a store; the message says why."""


def store_url_from_argument(text: str, must_exist: bool = False) -> str:
    """The store URL for ``text`` (a path or a URL); ``StoreArgumentError`` if unusable."""
    if not text.strip():
        raise StoreArgumentError(f"the store is empty: give {EXAMPLES}")
    if "://" not in text:
        return URL.create("sqlite", database=str(_check_path(text, must_exist))).render_as_string()
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        shown = _PASSWORD.sub(r"\1***@", text)  # never echo a password
        raise StoreArgumentError(f"{shown!r} is not a store URL: give {EXAMPLES}") from None
    if url.drivername not in SCHEMES:
        raise StoreArgumentError(
            f"{url.drivername}:// is not a store this console can use: give {EXAMPLES}"
        )
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _check_path(url.database, must_exist)
    return text


def _check_path(text: str, must_exist: bool) -> Path:
    path = Path(text).expanduser().absolute()
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # the folder is missing or is a file
        mode = None
    except OSError as exc:
        raise StoreArgumentError(f"cannot use {path} as a store: {exc.strerror or exc}") from None
    if mode is None:
        if must_exist:
            raise StoreArgumentError(f"no store at {path} (no such file)")
        folder = path.parent
        if not folder.exists():
            raise StoreArgumentError(
                f"cannot create the store {path}: the folder {folder} does not exist"
            )
        if not folder.is_dir():
            raise StoreArgumentError(f"cannot create the store {path}: {folder} is not a folder")
        return path
    what = _not_a_file(mode)
    if what:
        hint = f"; give a file in it, e.g. {path / 'live.sqlite'}" if stat.S_ISDIR(mode) else ""
        raise StoreArgumentError(f"{path} is {what}, not a store file{hint}")
    return path


def _not_a_file(mode: int) -> str:
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO: SQLite would wait on it forever)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return f"not a regular file (mode {oct(mode)})"
