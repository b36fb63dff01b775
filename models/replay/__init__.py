"""Replay: the console's picture at any past moment, rebuilt read-only from the event log.

Contract (public API): ``open_store_readonly(url, immutable=None) -> Store``
(no writes, no migrations; ``StoreError`` for a missing or foreign file; an
SQLite store at rest is opened immutably, so evidence keeps its bytes and
mtime and gets no ``-wal``/``-shm``, a store in use is followed read-only:
see ``models.store.replay_queries``);
``ReplayProjector(store, ...)`` with ``state_at(time) -> ReplayState``,
``state_at_seq``, ``next_time``/``previous_time``/``step``; ``ReplayState``
and its records are plain frozen dataclasses; ``state_to_dict`` gives their
JSON form. See ``models.replay.projector`` for the seek strategy.
"""

from __future__ import annotations

from models.replay.checkpoint import Picture, RadarFeed
from models.replay.projector import BEFORE_FIRST, ReplayProjector
from models.replay.state import (
    ReplayCall,
    ReplayLink,
    ReplayState,
    ReplayTrack,
    ReplayUnit,
    state_to_dict,
)
from models.store.replay_queries import open_store_readonly

__all__ = [
    "BEFORE_FIRST",
    "Picture",
    "RadarFeed",
    "ReplayCall",
    "ReplayLink",
    "ReplayProjector",
    "ReplayState",
    "ReplayTrack",
    "ReplayUnit",
    "open_store_readonly",
    "state_to_dict",
]
