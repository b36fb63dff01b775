"""Fixtures for store tests: a fresh SQLite store file per test, closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.store import NewEvent, Store, open_store

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


def make_event(i: int, kind: str = "test.event", **payload: object) -> NewEvent:
    return NewEvent(
        source="link:test",
        kind=kind,
        rx_time=T0 + timedelta(milliseconds=i),
        payload={"i": i, **payload},
        raw=f"frame {i}".encode(),
    )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{store_path}")
    yield opened
    opened.close()


@pytest.fixture
def event_factory():  # type: ignore[no-untyped-def]
    return make_event
