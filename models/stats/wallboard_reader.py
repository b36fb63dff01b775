"""The wallboard's figures read from the store (SQL: call these off the GUI thread).

Contract: ``wallboard_from_store(store, now, units, zone, targets, weeks=4)`` seeds the
wallboard's projection from the log up to ``now``; ``wallboard_at_seq(store,
seq, now, ...)`` is the same for the log's prefix up to ``seq`` (replay at
``now``: exactly the events the console had committed then), and
``wallboard_events(store, after_seq, upto_seq)`` the wallboard's kinds in
between (replay playing forward).
The kinds read are the statistics kinds and the ones the wallboard also
shows (``models.stats.reader.STAT_KINDS``, ``WALLBOARD_EXTRA_KINDS``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from models.stats.definitions import StatsTargets
from models.stats.reader import STAT_KINDS, WALLBOARD_EXTRA_KINDS, read_stat_events, seq_bounds

if TYPE_CHECKING:
    from models.stats.wallboard import WallboardProjection
    from models.store import Store, StoredEvent


def wallboard_from_store(
    store: Store,
    now: datetime,
    units: Collection[tuple[str, str, str]] = (),
    zone: tzinfo = UTC,
    targets: StatsTargets | None = None,
    weeks: int = 4,
) -> WallboardProjection:
    """A wallboard projection seeded from the log up to ``now`` (the last ``weeks`` weeks and a
    day: the same weekday's average and today's figures); the session then feeds it every
    committed event after its ``last_seq``. Runs SQL: off the GUI thread."""
    from models.stats.wallboard import WallboardProjection

    since = now - timedelta(weeks=weeks, days=1)
    events = read_stat_events(store, since, now + timedelta(microseconds=1), all_kinds=True)
    return WallboardProjection(units, zone, targets, weeks, history=events)


def wallboard_events(
    store: Store, after_seq: int, upto_seq: int, since: datetime | None = None
) -> list[StoredEvent]:
    """The events of the kinds the wallboard reads with ``after_seq < seq <= upto_seq`` (and
    received at or after ``since``), oldest first. Runs SQL: off the GUI thread."""
    from sqlalchemy import select

    from models.store.events import stored_event
    from models.store.schema import events_table as t

    if upto_seq <= after_seq:
        return []
    stmt = select(t.c.seq, t.c.rx_time, t.c.source, t.c.kind, t.c.payload).where(
        t.c.kind.in_((*STAT_KINDS, *WALLBOARD_EXTRA_KINDS)),
        t.c.seq > after_seq,
        t.c.seq <= upto_seq,
    )
    with store.engine.connect() as conn:
        if since is not None:
            bounds = seq_bounds(conn, since, None)
            if bounds is None:
                return []
            stmt = stmt.where(t.c.rx_time >= since, t.c.seq >= bounds[0])
        return [
            stored_event(r.source, r.kind, r.rx_time, r.payload, None, None, r.seq, "")
            for r in conn.execute(stmt.order_by(t.c.seq))
        ]


def wallboard_at_seq(
    store: Store,
    seq: int,
    now: datetime,
    units: Collection[tuple[str, str, str]] = (),
    zone: tzinfo = UTC,
    targets: StatsTargets | None = None,
    weeks: int = 4,
) -> WallboardProjection:
    """The wallboard's projection as the console had it at ``now`` when the log ended at
    ``seq`` (replay): the events up to ``seq`` of the last ``weeks`` weeks and a day, as
    ``wallboard_from_store`` seeds a live console. Runs SQL: off the GUI thread."""
    from models.stats.wallboard import WallboardProjection

    since = now - timedelta(weeks=weeks, days=1)
    events = wallboard_events(store, 0, seq, since)
    return WallboardProjection(units, zone, targets, weeks, history=events)
