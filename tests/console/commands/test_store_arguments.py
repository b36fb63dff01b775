"""Every store argument of the CLI, the console's own included: a path or a URL, and whatever
names no store refused on stderr with exit 2 before anything starts (never a hang on a FIFO)."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from console import cli
from models.store import StoreError


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A FIFO opened by mistake blocks forever: fail instead."""

    def _timeout(*_: Any) -> None:
        raise TimeoutError("a store argument made the command hang")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """``run_console`` replaced: records its arguments instead of opening a window."""
    import console.app

    calls: list[dict[str, Any]] = []

    def run_console(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setattr(console.app, "run_console", run_console)
    return calls


def _bad_stores(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (argument, what the message says); makes ``fifo`` and ``folder`` in tmp_path."""
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "folder").mkdir()
    return {
        "empty": ("", "the store is empty"),
        "fifo": (str(tmp_path / "fifo"), "is a named pipe"),
        "folder": (str(tmp_path / "folder"), "is a directory"),
        "device": ("/dev/null", "is a device"),
        "no folder": (str(tmp_path / "nowhere" / "x.sqlite"), "does not exist"),
        "foreign URL": ("mysql://h/db", "mysql:// is not a store"),
    }


COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "console": lambda store: ["--store", store],
    "console --replay": lambda store: ["--replay", store],
    "record": lambda store: ["record", "--store", store],
    "record, top-level --store": lambda store: ["--store", store, "record"],
    "drill run": lambda store: ["drill", "run", "structure-fire", "--store", store],
    "drill run --headless": lambda store: (
        [*("drill", "run", "structure-fire", "--headless"), "--store", store]
    ),
    "replay": lambda store: ["replay", store, "--at", "2024-05-01T12:00:00Z"],
    "report": lambda store: ["report", store, "2026-000001", "--out", "/tmp/unused.pdf"],
    "audit verify": lambda store: ["audit", "verify", store],
    "audit redecode": lambda store: ["audit", "redecode", store],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_what_names_no_store(
    command: str,
    tmp_path: Path,
    no_window: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = sorted(tmp_path.iterdir())
    for name, (argument, message) in _bad_stores(tmp_path).items():
        if command in ("console --replay",) and name == "no folder":
            message = "no store at"  # only reads: the file itself must exist
        if command in ("replay", "report", "audit verify", "audit redecode"):
            message = "no store at" if name == "no folder" else message
        code = cli.main(COMMANDS[command](argument))
        out, err = capsys.readouterr()
        assert code == 2, (command, name, out, err)
        assert message in err, (command, name, err)
        assert (
            err.startswith("dispatch-console")
            or err.startswith("report: ")
            or err.startswith("audit redecode: ")
        ), err
    assert no_window == []
    assert sorted(tmp_path.iterdir()) == sorted([*before, tmp_path / "fifo", tmp_path / "folder"])


def test_the_console_takes_a_plain_path(
    tmp_path: Path, no_window: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--store", "live.sqlite"]) == 0
    url = no_window[0]["store_url"]
    assert url == f"sqlite:///{tmp_path}/live.sqlite"
    from models.store import open_store

    open_store(url).close()  # the URL the window gets is one the store opens
    (tmp_path / "old.sqlite").write_bytes((tmp_path / "live.sqlite").read_bytes())
    assert cli.main(["--replay", "old.sqlite"]) == 0
    assert no_window[1]["replay"] == f"sqlite:///{tmp_path}/old.sqlite"
    assert cli.main([]) == 0
    assert no_window[2]["store_url"] is None and no_window[2]["replay"] is None


def test_record_and_drill_take_a_plain_path(
    tmp_path: Path, no_window: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import console.commands.record as record

    opened: list[str | None] = []

    def open_store(url: str | None = None, purpose: str = "live") -> Any:
        opened.append(url)
        raise StoreError("not today")

    monkeypatch.setattr(record, "open_store", open_store)
    assert cli.main(["record", "--store", str(tmp_path / "rec.sqlite")]) == 2
    assert cli.main(["record"]) == 2
    assert opened == [f"sqlite:///{tmp_path}/rec.sqlite", None]
    assert cli.main(["drill", "run", "structure-fire", "--store", str(tmp_path / "d.sqlite")]) == 0
    assert no_window[0]["store_url"] == f"sqlite:///{tmp_path}/d.sqlite"


@pytest.mark.parametrize(
    "argv",
    [["--site", ""], ["--site", " ", "record"], ["record", "--site", ""],
     ["replay", "x.sqlite", "--at", "2026-01-01T00:00", "--site", ""]],
)  # fmt: skip
def test_an_empty_site_is_refused_not_the_default(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    assert "the site is empty" in capsys.readouterr().err
