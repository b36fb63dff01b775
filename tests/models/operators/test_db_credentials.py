"""The PostgreSQL password comes from a password file, a service file or the environment.

A control room never needs the password on the command line (where other
local users read it from the process list): ``--store
postgresql://role@host/db`` names no password, and libpq takes it from
``PGPASSFILE`` (or ``~/.pgpass``), from the service named by ``PGSERVICE``
in ``PGSERVICEFILE`` (or ``~/.pg_service.conf``), or from ``PGPASSWORD``.

The server here is a real loopback socket speaking the start of the
PostgreSQL protocol: it asks for the password in clear (authentication
request 3), records what the client sends and refuses it. So each test sees
exactly which password the store's real driver (psycopg over libpq) sent,
through the same ``store_url_from_argument`` and ``open_store`` every
command uses, and that the refusal's message never shows it. (The test
PostgreSQL of ``dev.py`` trusts loopback connections, so it never asks for
a password and cannot show where one came from.)
"""

from __future__ import annotations

import os
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.config.store_argument import store_url_from_argument
from models.replay import open_store_readonly
from models.store import StoreError, open_store

SSL_REQUEST, GSS_REQUEST = 80877103, 80877104


class PasswordCatcher:
    """Accepts PostgreSQL clients, asks each for its password, records it, refuses."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.seen: list[tuple[dict[str, str], str]] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:  # closed
                return
            with conn:
                conn.settimeout(10)
                try:
                    self._one(conn)
                except (OSError, struct.error):
                    continue

    @staticmethod
    def _read(conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            part = conn.recv(n - len(data))
            if not part:
                raise OSError("client went away")
            data += part
        return data

    def _one(self, conn: socket.socket) -> None:
        while True:
            (length,) = struct.unpack("!I", self._read(conn, 4))
            body = self._read(conn, length - 4)
            (code,) = struct.unpack("!I", body[:4])
            if code in (SSL_REQUEST, GSS_REQUEST):
                conn.sendall(b"N")  # no TLS, no GSS here: go on in clear
                continue
            break
        fields = body[4:].split(b"\0")
        params = {
            fields[i].decode(): fields[i + 1].decode() for i in range(0, len(fields) - 1, 2)
            if fields[i]
        }  # fmt: skip
        conn.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
        kind = self._read(conn, 1)
        (length,) = struct.unpack("!I", self._read(conn, 4))
        password = self._read(conn, length - 4).rstrip(b"\0").decode()
        assert kind == b"p"
        self.seen.append((params, password))
        fields_out = b"SFATAL\0C28P01\0Mpassword authentication failed (test server)\0\0"
        conn.sendall(b"E" + struct.pack("!I", 4 + len(fields_out)) + fields_out)

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def catcher() -> Iterator[PasswordCatcher]:
    server = PasswordCatcher()
    yield server
    server.close()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No libpq setting of the machine leaks in; HOME is empty (no ~/.pgpass)."""
    for name in ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGSERVICEFILE", "PGUSER",
                 "PGHOST", "PGPORT", "PGDATABASE", "PGSYSCONFDIR", "PGSSLMODE"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PGSYSCONFDIR", str(home))  # no system-wide service file either
    return monkeypatch


def _open_refused(url: str, readonly: bool = False) -> str:
    with pytest.raises(StoreError) as refused:
        if readonly:
            open_store_readonly(url).close()
        else:
            open_store(url).close()
    return str(refused.value)


def _secret_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # libpq ignores a password file others can read
    return path


def test_the_password_comes_from_pgpassfile(
    catcher: PasswordCatcher, clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    passfile = _secret_file(
        tmp_path / "pgpass", f"127.0.0.1:{catcher.port}:dispatch:recorder:s3cret-from-file\n"
    )
    clean_env.setenv("PGPASSFILE", str(passfile))
    url = store_url_from_argument(f"postgresql://recorder@127.0.0.1:{catcher.port}/dispatch")
    message = _open_refused(url)
    assert catcher.seen[0] == (
        {"user": "recorder", "database": "dispatch", **_extra(catcher.seen[0][0])},
        "s3cret-from-file",
    )
    assert "s3cret" not in message and "password authentication failed" in message
    # The evidence commands (audit, replay, report) open the same way.
    message = _open_refused(url, readonly=True)
    assert catcher.seen[-1][1] == "s3cret-from-file" and "s3cret" not in message


def test_the_home_pgpass_is_used_without_any_setting(
    catcher: PasswordCatcher, clean_env: pytest.MonkeyPatch
) -> None:
    home = Path(os.environ["HOME"])
    _secret_file(home / ".pgpass", f"*:{catcher.port}:*:position1:from-home-pgpass\n")
    _open_refused(f"postgresql://position1@127.0.0.1:{catcher.port}/dispatch")
    assert catcher.seen[0][1] == "from-home-pgpass"


def test_a_service_names_everything_and_the_url_nothing(
    catcher: PasswordCatcher, clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services = _secret_file(
        tmp_path / "pg_service.conf",
        f"[dispatch-live]\nhost=127.0.0.1\nport={catcher.port}\ndbname=live\n"
        "user=position2\npassword=from-service-file\n",
    )
    clean_env.setenv("PGSERVICEFILE", str(services))
    clean_env.setenv("PGSERVICE", "dispatch-live")
    message = _open_refused(store_url_from_argument("postgresql://"))
    params, password = catcher.seen[0]
    assert (params["user"], params["database"], password) == ("position2", "live",
                                                              "from-service-file")  # fmt: skip
    assert "from-service-file" not in message
    # Or the service named in the URL, the password still in the file.
    clean_env.delenv("PGSERVICE")
    _open_refused(store_url_from_argument("postgresql:///?service=dispatch-live"))
    assert catcher.seen[-1][1] == "from-service-file"


def test_the_password_comes_from_the_environment(
    catcher: PasswordCatcher, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("PGPASSWORD", "from-environment")
    message = _open_refused(f"postgresql://recorder@127.0.0.1:{catcher.port}/dispatch")
    assert catcher.seen[0][1] == "from-environment" and "from-environment" not in message


def _extra(params: dict[str, str]) -> dict[str, str]:
    """What else libpq sends at start-up (client encoding, application name...)."""
    return {k: v for k, v in params.items() if k not in ("user", "database")}
