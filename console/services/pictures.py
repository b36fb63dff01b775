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
* What a picture keeps (``trim_picture(state) -> int``, entries let go;
  ``trim_pictures(pictures)`` for all three): a live position needs what is
  open, not the year behind it. Kept: every open incident, ringing or
  answered call and new or acknowledged alert; the ``RECENT_KEPT`` most
  recently created of each picture, whatever their state (the log's order:
  never a clock); the highest-numbered id of each prefix (new ids are
  numbered after it); an incident a unit is still committed to; the notes
  and assignments of kept incidents; the CAP references of kept alerts.
  Everything older stays in the log, the projections, replay and reports.
  ``load_pictures`` and ``refresh_snapshots`` trim before they write a
  snapshot, so starting decodes a bounded picture however long the log
  (with 200,000 closed incidents the dispatch snapshot took seconds); the
  recorder trims its live pictures when it refreshes the snapshots, and a
  session should too. An event about an entry already let go (a note on
  an incident closed a thousand incidents ago) changes nothing in the
  picture; it is in the log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, MutableMapping
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
from models.store.snapshots import load_state, refresh_snapshot, save_snapshot

_LOGGER = logging.getLogger(__name__)

SNAPSHOT_INTERVAL_S = 600.0
RECENT_KEPT = 1000  # entries of each picture kept whatever their state (newest created)
_NUMBERED = re.compile(r"^(.*?)(\d+)$")
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
        loaded = load_state(store, name, cls, kinds, upto=upto, seed=seed, trim=trim_picture)
        states[name] = loaded.state
        _LOGGER.info(
            "%s picture: snapshot at seq %d + %d events (%d older entries let go)",
            name,
            loaded.snapshot_seq,
            loaded.tail,
            loaded.trimmed,
        )
        if loaded.worth_saving:
            _save(store, name, loaded.state)
    return Pictures(states["dispatch"], states["calls"], states["alerts"])


def refresh_snapshots(store: Store) -> None:
    for name, (cls, kinds) in PICTURES.items():
        try:
            refresh_snapshot(store, name, cls, kinds, trim=trim_picture)
        except SnapshotError as exc:
            _LOGGER.warning("%s snapshot not written: %s", name, exc)


# -- what a live picture keeps -------------------------------------------------------


def trim_pictures(pictures: Pictures) -> int:
    """Trim all three pictures (on the thread that owns them); entries let go."""
    return sum(trim_picture(s) for s in (pictures.dispatch, pictures.calls, pictures.alerts))


def trim_picture(state: Any) -> int:
    """Let go of history a live position does not need (see the module's contract)."""
    if isinstance(state, DispatchState):
        committed = {u.incident_id for u in state.units.values() if u.incident_id}
        dropped = _trim(state.incidents, lambda i: i.status == "open", committed)
        if dropped:
            for table in (state.notes, state.assignments):
                for incident_id in [k for k in table if k not in state.incidents]:
                    del table[incident_id]
            state.reach.forget_incidents(set(state.incidents))  # their paging chains too
        return len(dropped)
    if isinstance(state, CallState):
        return len(_trim(state.calls, lambda c: c.active))
    if isinstance(state, AlertState):
        dropped = _trim(state.alerts, lambda a: a.active)
        if dropped:
            gone = set(dropped)
            cap = state._cap  # the picture's CAP references, by alert id
            for key in [k for k, alert_id in cap.items() if alert_id in gone]:
                del cap[key]
        return len(dropped)
    return 0


def _trim(
    entries: MutableMapping[str, Any],
    is_open: Callable[[Any], bool],
    also_keep: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Drop what is not open among all but the newest ``RECENT_KEPT`` (insertion order)."""
    if len(entries) <= RECENT_KEPT:
        return []
    ids = list(entries)
    keep = set(also_keep) | _highest_numbered(ids)
    dropped = [key for key in ids[:-RECENT_KEPT] if key not in keep and not is_open(entries[key])]
    for key in dropped:
        del entries[key]
    return dropped


def _highest_numbered(ids: list[str]) -> set[str]:
    """Per prefix (``2026-``, ``C``, ``A``), the id with the highest number."""
    best: dict[str, tuple[int, str]] = {}
    for key in ids:
        found = _NUMBERED.match(key)
        if found is None:
            continue
        prefix, number = found.group(1), int(found.group(2))
        if prefix not in best or number > best[prefix][0]:
            best[prefix] = (number, key)
    return {key for _, key in best.values()}


def _save(store: Store, name: str, state: Any) -> None:
    try:
        save_snapshot(store, name, state)
    except SnapshotError as exc:  # a start must never fail for a cache
        _LOGGER.warning("%s snapshot not written: %s", name, exc)
