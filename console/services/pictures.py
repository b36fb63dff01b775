"""The pictures the services start from: dispatch, calls and alerts, as of a point in the log.

Contract (Qt-free; SQL, so call it on a worker thread):

* ``load_pictures(store, site, upto=None) -> Pictures`` builds the dispatch,
  call and alert states holding every event of their kinds up to ``upto``
  (default: the log's head), each from its newest verified snapshot plus the
  log's tail (``models.store.snapshots``); the dispatch picture starts with
  every unit of the site available (``names`` picks which pictures to load:
  the recorder needs no dispatch picture; the others come back empty). Then
  it writes a new snapshot of any
  picture whose tail was long (``SNAPSHOT_AFTER_EVENTS``), before the
  pictures are handed to anyone, so the next start reads only what comes
  after. The live console, the recorder and the drills all start here.
* ``refresh_snapshots(store)`` writes new snapshots where the tail since the
  last one has grown, from copies of its own (the live pictures are never
  touched): sessions and the recorder call it every
  ``SNAPSHOT_INTERVAL_S`` on a worker thread, so a restart after a crash
  reads minutes of log, not a year of it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.alerts.events import ALERT_KINDS
from models.alerts.state import AlertState
from models.calls.events import CALL_KINDS
from models.calls.state import CallState
from models.dispatch.events import DISPATCH_KINDS
from models.dispatch.state import DispatchState
from models.log_snapshot import SnapshotError
from models.store import Store
from models.store.snapshots import (
    SNAPSHOT_AFTER_EVENTS,
    load_state,
    refresh_snapshot,
    save_snapshot,
)

_LOGGER = logging.getLogger(__name__)

SNAPSHOT_INTERVAL_S = 600.0
# name -> (state class, event kinds)
PICTURES: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "dispatch": (DispatchState, tuple(DISPATCH_KINDS)),
    "calls": (CallState, tuple(CALL_KINDS)),
    "alerts": (AlertState, tuple(ALERT_KINDS)),
}


@dataclass(frozen=True, slots=True)
class Pictures:
    dispatch: DispatchState
    calls: CallState
    alerts: AlertState


def load_pictures(
    store: Store, site: Any, upto: int | None = None, names: Iterable[str] = tuple(PICTURES)
) -> Pictures:
    call_signs = [unit.call_sign for unit in site.units]
    wanted = set(names)

    def seed(state: Any) -> None:
        if isinstance(state, DispatchState):
            state.add_units(call_signs)

    states: dict[str, Any] = {}
    for name, (cls, kinds) in PICTURES.items():
        if name not in wanted:
            states[name] = cls()  # not asked for: an empty picture
            continue
        loaded = load_state(store, name, cls, kinds, upto=upto, seed=seed)
        states[name] = loaded.state
        _LOGGER.info(
            "%s picture: snapshot at seq %d + %d events", name, loaded.snapshot_seq, loaded.tail
        )
        if loaded.tail >= SNAPSHOT_AFTER_EVENTS:
            _save(store, name, loaded.state)
    return Pictures(states["dispatch"], states["calls"], states["alerts"])


def refresh_snapshots(store: Store) -> None:
    for name, (cls, kinds) in PICTURES.items():
        try:
            refresh_snapshot(store, name, cls, kinds)
        except SnapshotError as exc:
            _LOGGER.warning("%s snapshot not written: %s", name, exc)


def _save(store: Store, name: str, state: Any) -> None:
    try:
        save_snapshot(store, name, state)
    except SnapshotError as exc:  # a start must never fail for a cache
        _LOGGER.warning("%s snapshot not written: %s", name, exc)
