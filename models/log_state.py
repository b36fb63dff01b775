"""Base for in-memory pictures rebuilt from committed events.

Contract: a ``LogState`` subclass is a dataclass with a ``last_seq: int = 0``
field and implements ``_apply_new(event) -> bool`` (did the event change
anything). ``apply(event)`` ignores events at or below ``last_seq``, so
applying an event twice is harmless, and moves ``last_seq`` on before
handing the event to ``_apply_new`` (an event that changes nothing still
counts as seen). ``apply_all(events)`` returns the kinds that changed
something; ``from_events(events)`` builds a fresh state from a log.

``apply_keyed`` is the shared ``_apply_new`` of the pictures keyed by one id
(calls, alerts): only the ``create_kind`` event may name an unknown id, and
a payload that breaks the contract changes nothing, as in the projections.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from typing import Any, Self


class LogState:
    """Mixin for event-sourced state: idempotent by ``seq``, handlers by kind."""

    last_seq: int  # a dataclass field of the subclass

    @classmethod
    def from_events(cls, events: Iterable[Any]) -> Self:
        state = cls()
        state.apply_all(events)
        return state

    def apply_all(self, events: Iterable[Any]) -> set[str]:
        """Apply events in order; return the kinds that changed something."""
        changed: set[str] = set()
        for event in events:
            if self.apply(event):
                changed.add(event.kind)
        return changed

    def apply(self, event: Any) -> bool:
        if event.seq <= self.last_seq:
            return False
        self.last_seq = event.seq
        return self._apply_new(event)

    def _apply_new(self, event: Any) -> bool:
        raise NotImplementedError


def apply_keyed(
    state: Any,
    event: Any,
    handlers: Mapping[str, Callable[[Any, dict[str, Any], Any], bool]],
    known: Container[Any],
    create_kind: str,
    id_key: str,
) -> bool:
    """Run ``event``'s handler if its payload names a ``known`` id (or creates one)."""
    handler = handlers.get(event.kind)
    payload = event.payload
    if handler is None or not isinstance(payload, dict):
        return False
    try:
        if event.kind != create_kind and payload.get(id_key) not in known:
            return False
        return handler(state, payload, event)
    except (KeyError, TypeError, ValueError):
        # A payload that breaks the contract is skipped, as the projection does.
        return False
