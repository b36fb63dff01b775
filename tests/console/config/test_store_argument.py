"""One reading of a store argument: paths become SQLite URLs, URLs pass, non-stores are refused."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from console.config.store_argument import StoreArgumentError, store_url_from_argument


def test_a_path_becomes_an_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert store_url_from_argument("live.sqlite") == f"sqlite:///{tmp_path}/live.sqlite"
    (tmp_path / "old.sqlite").write_bytes(b"")
    url = store_url_from_argument(str(tmp_path / "old.sqlite"), must_exist=True)
    assert make_url(url).database == str(tmp_path / "old.sqlite")


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert make_url(store_url_from_argument("~/x.sqlite")).database == str(tmp_path / "x.sqlite")


def test_odd_file_names_survive_the_url(tmp_path: Path) -> None:
    for name in ("a?b.sqlite", "c#d.sqlite", "50%.sqlite", "space d.sqlite"):
        url = store_url_from_argument(str(tmp_path / name))
        assert make_url(url).database == str(tmp_path / name), url


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///relative.sqlite",
        "postgresql://dispatch:secret@db.example/dispatch",
        "postgresql+psycopg://db.example/dispatch",
        "postgres://db.example/dispatch",
    ],
)
def test_store_urls_pass_through_unchanged(url: str) -> None:
    assert store_url_from_argument(url) == url


def test_an_sqlite_url_file_is_checked_like_a_path(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(StoreArgumentError, match="is a named pipe"):
        store_url_from_argument(f"sqlite:///{tmp_path / 'pipe'}")
    with pytest.raises(StoreArgumentError, match="no store at"):
        store_url_from_argument(f"sqlite:///{tmp_path / 'none.sqlite'}", must_exist=True)


@pytest.mark.parametrize("text", ["", " ", "\t"])
def test_an_empty_argument_is_refused(text: str) -> None:
    with pytest.raises(StoreArgumentError) as caught:
        store_url_from_argument(text)
    assert str(caught.value) == (
        "the store is empty: give a SQLite file path, sqlite:///PATH or "
        "postgresql://USER@HOST/DATABASE"
    )


def test_what_cannot_be_a_store_file_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    folder = tmp_path / "folder"
    folder.mkdir()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock = tmp_path / "s.sock"
    listener.bind(str(sock))
    try:
        cases = {
            tmp_path / "fifo": f"{tmp_path}/fifo is a named pipe (FIFO: SQLite would wait on "
            "it forever), not a store file",
            folder: f"{folder} is a directory, not a store file; give a file in it, "
            f"e.g. {folder}/live.sqlite",
            Path("/dev/null"): "/dev/null is a device, not a store file",
            sock: f"{sock} is a socket, not a store file",
        }
        for path, message in cases.items():
            for must_exist in (False, True):
                with pytest.raises(StoreArgumentError) as caught:
                    store_url_from_argument(str(path), must_exist=must_exist)
                assert str(caught.value) == message
    finally:
        listener.close()


def test_a_store_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreArgumentError) as caught:
        store_url_from_argument(str(tmp_path / "no" / "such" / "x.sqlite"))
    assert str(caught.value) == (
        f"cannot create the store {tmp_path}/no/such/x.sqlite: "
        f"the folder {tmp_path}/no/such does not exist"
    )
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(StoreArgumentError, match="file is not a folder"):
        store_url_from_argument(str(tmp_path / "file" / "x.sqlite"))


def test_reading_commands_need_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreArgumentError) as caught:
        store_url_from_argument(str(tmp_path / "gone.sqlite"), must_exist=True)
    assert str(caught.value) == f"no store at {tmp_path}/gone.sqlite (no such file)"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u:pw@h/db", "mysql:// is not a store this console can use"),
        ("postgresql+psycopg2://h/db", "postgresql+psycopg2:// is not a store"),
        ("http://u:hunter2@h:1:2/", "'http://u:***@h:1:2/' is not a store URL"),
    ],
)
def test_other_urls_are_refused_without_their_password(url: str, message: str) -> None:
    with pytest.raises(StoreArgumentError) as caught:
        store_url_from_argument(url)
    assert str(caught.value).startswith(message)
    assert "pw" not in str(caught.value) and "hunter2" not in str(caught.value)
