"""A store's purpose (live or drill) is fixed on first open; the other use is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete

from models.store import GroupCommitWriter, NewEvent, StoreError, open_store
from models.store.schema import store_info_table


def _one_event(url: str, purpose: str) -> None:
    store = open_store(url, purpose=purpose)
    with GroupCommitWriter(store) as writer:
        writer.submit(NewEvent("link:x", "test.event", datetime.now(UTC), {"i": 1}))
    store.close()


def test_a_drill_store_never_opens_as_live_and_back(store_url: str) -> None:
    _one_event(store_url, "drill")
    with pytest.raises(StoreError, match="holds drill data; it cannot be opened for live use"):
        open_store(store_url)
    store = open_store(store_url, purpose="drill")
    assert store.purpose == "drill" and store.last_seq() == 1
    store.close()


def test_a_live_store_refuses_a_drill(store_url: str) -> None:
    _one_event(store_url, "live")
    with pytest.raises(StoreError, match="Drills run on their own store, never on the live one"):
        open_store(store_url, purpose="drill")


def test_a_store_from_before_purposes_with_events_is_live(store_url: str) -> None:
    _one_event(store_url, "live")
    store = open_store(store_url)
    with store.engine.begin() as conn:  # as a store written before revision 0005
        conn.execute(delete(store_info_table))
    store.close()
    with pytest.raises(StoreError, match="holds live data"):
        open_store(store_url, purpose="drill")


def test_unknown_purpose_is_a_programming_error(store_url: str) -> None:
    with pytest.raises(ValueError, match="unknown store purpose"):
        open_store(store_url, purpose="training")


def test_postgresql_urls_use_psycopg_3(fresh_postgres_url: str) -> None:
    plain = fresh_postgres_url.replace("postgresql+psycopg://", "postgresql://")
    store = open_store(plain)
    try:
        assert store.engine.dialect.driver == "psycopg"
    finally:
        store.close()
