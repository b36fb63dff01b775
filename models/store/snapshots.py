"""Log-rebuilt states from the newest verified snapshot plus the log's tail.

Contract:

* ``load_state(store, name, cls, kinds, upto=None, seed=None)`` returns a
  ``LogState`` of class ``cls`` holding every event of ``kinds`` up to
  ``upto`` (default: the log's head): it starts from the newest snapshot
  ``name`` whose layout matches ``cls`` and whose ``event_hash`` equals the
  chain hash of the event it ends at (verified against the log: a snapshot of
  another history, or of a log rewritten since, is never used), and applies
  the events after it. Without such a snapshot it reads the whole log, as
  before. A snapshot that cannot be decoded is logged and skipped. ``seed``
  (a function of the fresh or loaded state) adds what does not come from the
  log, e.g. the site's units. ``trim`` (a function of the state returning
  how many entries it let go) then bounds what the state keeps: a picture
  that holds only recent history (``console.services.pictures``) is written
  to its snapshots that way, so the next start decodes only that.
  ``LoadedState`` carries the state, how many events were applied and how
  many entries were trimmed; ``worth_saving`` says whether a new snapshot
  would spare the next start much work (either count at
  ``SNAPSHOT_AFTER_EVENTS``).
* ``save_snapshot(store, name, state)`` writes the state as of its
  ``last_seq`` (nothing for an empty state) and keeps the newest
  ``KEEP_PER_NAME`` snapshots of that name.
* ``refresh_snapshot(store, name, cls, kinds, trim=None)`` loads (and
  trims) and, when that is ``worth_saving``, saves a new snapshot: a start
  after it reads only what came since. It builds its own
  copy of the state on its own connection, so the live pictures are never
  touched; call it on a worker thread.

Start time is then independent of the log's length: one indexed look-up and
the events since the last snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, insert, select

from models.log_snapshot import SnapshotError, decode_state, encode_state, layout_digest
from models.store import queries
from models.store.engine import Store
from models.store.schema_snapshots import snapshots_table

_LOGGER = logging.getLogger(__name__)

_S = TypeVar("_S")
SNAPSHOT_AFTER_EVENTS = 2_000
KEEP_PER_NAME = 3


@dataclass(frozen=True, slots=True)
class LoadedState(Generic[_S]):
    state: _S
    snapshot_seq: int  # 0: rebuilt from the whole log
    tail: int  # events applied after the snapshot
    trimmed: int = 0  # entries ``trim`` let go (history older than the picture keeps)

    @property
    def worth_saving(self) -> bool:
        """A new snapshot would spare the next start much work (a long tail, or much trimmed)."""
        return self.tail >= SNAPSHOT_AFTER_EVENTS or self.trimmed >= SNAPSHOT_AFTER_EVENTS


def load_state(
    store: Store,
    name: str,
    cls: type[_S],
    kinds: Iterable[str],
    upto: int | None = None,
    seed: Callable[[_S], None] | None = None,
    trim: Callable[[_S], int] | None = None,
) -> LoadedState[_S]:
    kinds = list(kinds)
    layout = layout_digest(cls)
    t = snapshots_table
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.c.seq, t.c.event_hash, t.c.body)
            .where(t.c.name == name, t.c.layout == layout)
            .where(t.c.seq <= upto if upto is not None else t.c.seq >= 0)
            .order_by(t.c.seq.desc())
            .limit(KEEP_PER_NAME)
        ).all()
        state: Any = None
        start = 0
        for seq, expected_hash, body in rows:
            if queries.event_hash(conn, seq) != expected_hash:
                _LOGGER.warning("%s snapshot at seq %d does not match the log: not used", name, seq)
                continue
            try:
                state = decode_state(body, cls)
            except SnapshotError as exc:
                _LOGGER.warning("%s snapshot at seq %d unreadable (%s): not used", name, seq, exc)
                continue
            start = seq
            break
        if state is None:
            state = cls()
        events = queries.kind_events_between(conn, kinds, start, upto)
    if seed is not None:
        seed(state)
    state.apply_all(events)  # type: ignore[attr-defined]
    trimmed = 0 if trim is None else trim(state)
    return LoadedState(state, start, len(events), trimmed)


def save_snapshot(store: Store, name: str, state: Any) -> bool:
    """Write ``state`` as of its ``last_seq``; False when there is nothing to write."""
    seq = state.last_seq
    if seq <= 0:
        return False
    body = encode_state(state)
    t = snapshots_table
    with store.engine.begin() as conn:
        event_hash = queries.event_hash(conn, seq)
        if event_hash is None:
            return False
        conn.execute(
            insert(t).values(
                name=name,
                seq=seq,
                event_hash=event_hash,
                layout=layout_digest(type(state)),
                created_at=datetime.now(UTC),
                body=body,
            )
        )
        keep = (
            select(t.c.id)
            .where(t.c.name == name)
            .order_by(t.c.seq.desc(), t.c.id.desc())
            .limit(KEEP_PER_NAME)
        )
        conn.execute(delete(t).where(t.c.name == name, t.c.id.not_in(keep.scalar_subquery())))
    _LOGGER.info("%s snapshot written at seq %d (%d bytes)", name, seq, len(body))
    return True


def refresh_snapshot(
    store: Store,
    name: str,
    cls: type[Any],
    kinds: Iterable[str],
    trim: Callable[[Any], int] | None = None,
) -> bool:
    """Save a new snapshot when the tail since the last one has grown (or ``trim`` let much
    go); True when saved."""
    loaded = load_state(store, name, cls, kinds, trim=trim)
    if not loaded.worth_saving:
        return False
    return save_snapshot(store, name, loaded.state)
