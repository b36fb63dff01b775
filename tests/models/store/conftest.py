"""Fixtures for store tests: a fresh store per test, on SQLite and on PostgreSQL, closed afterwards.

``store`` opens ``store_url`` (tests/conftest.py), so a store test runs once per
engine. Every store test keeps server-store spill files in its ``tmp_path``
(never the user's data dir) and fails if a writer thread crashed. Tests that
are about SQLite itself stay SQLite-only: those that also request
``store_path`` (they open the file with ``sqlite3``; ``store`` is then that
very file) and those marked ``@pytest.mark.sqlite_only``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.store import NewEvent, Store, open_store, spill

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


def make_event(i: int, kind: str = "test.event", **payload: object) -> NewEvent:
    return NewEvent(
        source="link:test",
        kind=kind,
        rx_time=T0 + timedelta(milliseconds=i),
        payload={"i": i, **payload},
        raw=f"frame {i}".encode(),
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a store test about SQLite itself")
    config.addinivalue_line(
        "markers", "expect_writer_crash: a store test that crashes a writer thread on purpose"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A parametrize mark on the test takes precedence over store_url's own params;
    # adding it first (tryfirst) is what narrows the test to SQLite.
    sqlite_only = "store_path" in metafunc.fixturenames or metafunc.definition.get_closest_marker(
        "sqlite_only"
    )
    if "store_url" in metafunc.fixturenames and sqlite_only:
        metafunc.definition.add_marker(
            pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
        )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    # The same file store_url's SQLite variant names.
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def event_factory():  # type: ignore[no-untyped-def]
    return make_event


class _CrashWatch(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.crashes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "thread crashed" in record.getMessage():
            self.crashes.append(self.format(record))


@pytest.fixture(autouse=True)
def _store_test_guards(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    root = tmp_path / "spill-root"
    monkeypatch.setattr(spill, "server_spill_root", lambda: root / "data")
    monkeypatch.setattr(spill, "_temp_spill_root", lambda: root / "tmp")
    watch = _CrashWatch()
    writer_logger = logging.getLogger("models.store")  # the writer logs from several modules
    writer_logger.addHandler(watch)
    try:
        yield
    finally:
        writer_logger.removeHandler(watch)
    if request.node.get_closest_marker("expect_writer_crash"):
        return
    assert not watch.crashes, "a store writer thread crashed:\n" + "\n".join(watch.crashes)
