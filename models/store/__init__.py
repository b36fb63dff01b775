"""The store: append-only, hash-chained event log with group commit and projections.

Contract (public API):
- ``open_store(url=None) -> Store``; ``StoreError`` for anything that prevents
  opening. ``Store`` queries: ``latest_events``, ``events_since``,
  ``unit_positions``, ``last_seq``, ``event_count``; ``close()``.
- ``GroupCommitWriter(store, ...)``: ``submit(NewEvent) -> Future[StoredEvent]``,
  ``flush``, ``close``.
- ``verify_chain(store) -> ChainReport``.
All SQL runs off the GUI thread; everything returned is a plain dataclass.
"""

from __future__ import annotations

from models.store.chain import GENESIS_HASH, ChainReport, verify_chain
from models.store.engine import Store, StoreError, default_store_path, open_store
from models.store.events import NewEvent, StoredEvent, UnitPositionRow
from models.store.writer import GroupCommitWriter

__all__ = [
    "GENESIS_HASH",
    "ChainReport",
    "GroupCommitWriter",
    "NewEvent",
    "Store",
    "StoreError",
    "StoredEvent",
    "UnitPositionRow",
    "default_store_path",
    "open_store",
    "verify_chain",
]
