"""Projections: live state tables derived from the event log, updated in the event's transaction.

Contract: a projection is ``fn(connection, events)`` where ``events`` is the
list of this batch's ``StoredEvent`` values it subscribed to, in sequence
order. The group-commit writer calls every matching projection inside the
transaction that inserts the batch, so an event and its effects commit
together or not at all. A projection must not commit, must not touch other
projections' tables, and should do set-wise SQL (one statement per table per
batch) to keep ingest fast.

Subscriptions are exact kinds (``"frame.decoded"``) or prefixes ending in
``*`` (``"operator.*"``). To add a projection: write a module with a
``register(registry)`` function and list it in ``_BUILTIN``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection

from models.projections import alerts, calls, dispatch, units
from models.store.events import StoredEvent

Projection = Callable[[Connection, Sequence[StoredEvent]], None]


def _matches(pattern: str, kind: str) -> bool:
    return kind.startswith(pattern[:-1]) if pattern.endswith("*") else kind == pattern


class ProjectionRegistry:
    """Maps event kinds to projections; dispatch is cached per kind."""

    def __init__(self) -> None:
        self._projections: list[Projection] = []
        self._patterns: list[tuple[str, int]] = []
        self._cache: dict[str, tuple[int, ...]] = {}

    def register(self, kinds: str | Sequence[str], projection: Projection) -> None:
        """Subscribe ``projection`` to exact kinds or ``prefix*`` patterns."""
        if projection not in self._projections:
            self._projections.append(projection)
        index = self._projections.index(projection)
        for pattern in (kinds,) if isinstance(kinds, str) else kinds:
            self._patterns.append((pattern, index))
        self._cache.clear()

    def _indices_for(self, kind: str) -> tuple[int, ...]:
        found = self._cache.get(kind)
        if found is None:
            # A set: one call per projection even if several of its patterns match.
            found = tuple(
                sorted({index for pattern, index in self._patterns if _matches(pattern, kind)})
            )
            self._cache[kind] = found
        return found

    def apply(self, connection: Connection, events: Sequence[StoredEvent]) -> None:
        """Run every subscribed projection once over its events of this batch, in order.

        Projections run in registration order. Dispatch works per kind, not
        per event (a batch holds few kinds); a projection that takes every
        kind of the batch gets the batch's own sequence, so it must not
        modify it.
        """
        if not events:
            return
        kinds = {stored.kind for stored in events}
        wanted: dict[int, set[str]] = {}
        for kind in kinds:
            for index in self._indices_for(kind):
                wanted.setdefault(index, set()).add(kind)
        for index in sorted(wanted):
            mine = wanted[index]
            subset = events if len(mine) == len(kinds) else [e for e in events if e.kind in mine]
            self._projections[index](connection, subset)


_BUILTIN: tuple[Callable[[ProjectionRegistry], None], ...] = (
    units.register,
    dispatch.register,
    calls.register,
    alerts.register,
)


def default_registry() -> ProjectionRegistry:
    """A registry holding every projection the application ships."""
    registry = ProjectionRegistry()
    for register in _BUILTIN:
        register(registry)
    return registry
