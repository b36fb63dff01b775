"""The store: append-only, hash-chained event log with group commit and projections.

Contract (public API):
- ``open_store(url=None) -> Store``; ``StoreError`` for anything that prevents
  opening. ``Store`` queries: ``latest_events``, ``events_since``,
  ``unit_positions``, ``last_seq``, ``event_count``; ``close()``.
- ``GroupCommitWriter(store, ...)``: ``submit(NewEvent) -> CommitReceipt``
  (Future-like, resolves with the ``StoredEvent`` once durably committed:
  the event, or the rejected row stored in its place when the store cannot
  take its content), ``flush``, ``close`` (bounded; what it could not commit
  goes to the spill file, appended by the next writer first, receipts fail
  with ``EventSpilled``); ``healthy``/``last_error``/``on_health`` report
  failing commits, which are retried, never NAKed. Bounded memory
  (``WriterLimits``): ``pressure``/``on_pressure``/``add_pressure_listener``
  for links that can wait, ``note_dropped(DropSummary)`` for datagram links
  that shed load, ``StoreOverloaded`` at the cap.
- ``verify_chain(store) -> ChainReport``.
All SQL runs off the GUI thread; everything returned is a plain dataclass.
"""

from __future__ import annotations

from models.store import schema_alerts as schema_alerts  # alert table on Base
from models.store import schema_calls as schema_calls  # call tables on Base
from models.store import schema_dispatch as schema_dispatch  # dispatch tables on Base
from models.store import schema_snapshots as schema_snapshots  # state snapshots on Base
from models.store.chain import GENESIS_HASH, ChainReport, verify_chain
from models.store.engine import Store, StoreError, default_store_path, open_store
from models.store.events import NewEvent, StoredEvent, UnitPositionRow
from models.store.pressure import DropSummary, StoreOverloaded, WriterLimits
from models.store.receipt import CommitReceipt
from models.store.spill import EventSpilled
from models.store.writer import GroupCommitWriter

__all__ = [
    "GENESIS_HASH",
    "ChainReport",
    "CommitReceipt",
    "DropSummary",
    "EventSpilled",
    "GroupCommitWriter",
    "NewEvent",
    "Store",
    "StoreError",
    "StoreOverloaded",
    "StoredEvent",
    "UnitPositionRow",
    "WriterLimits",
    "default_store_path",
    "open_store",
    "verify_chain",
]
