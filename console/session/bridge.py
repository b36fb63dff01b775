"""Bridge from the committed log to the GUI thread.

Contract: ``Bridge.on_committed(events)`` takes one committed batch (the
console's log follower delivers every batch, its own writer's and other
processes', through ``post`` below). It turns the
committed events into plain data (``EventView`` rows, unit position updates)
and emits ``sigEventsCommitted(list[EventView])``,
``sigUnitsMoved(dict[str, PositionUpdate])`` and, for the action services,
``sigDispatchCommitted`` / ``sigCallsCommitted(list[StoredEvent])``, and the
operator events (sign-in, roles: ``operator.*``) as ``sigOperatorsCommitted``,
the partner agencies' answer events (``partner.*``: an answer queued at one
position is delivered by the process owning that partner's outbox) as
``sigPartnersCommitted``.
``on_health`` forwards the writer's health changes as
``sigStoreHealth(healthy, error)``, ``on_connection`` the log follower's as
``sigConnection(connected, error)``. Qt queues cross-thread signals, so the
slots run on the GUI thread wherever these are called. Only committed events
are ever shown. Per commit batch only the newest position of each unit is
emitted.

``prepare_sensor_frames`` (None, or e.g. ``SensorService.prepare``) runs
where the batch is turned into signals, on each batch's decoded radar,
zone-alarm and CAP frames; ``sigSensorFramesCommitted`` then carries what it
returned (the owner thread's part), and is not emitted when it returned
None; without it, the frames themselves. A failure there is logged and
never stops the batch's other signals.

``post(events)`` (any thread; what the console's log follower calls) queues
a committed batch for the bridge's own (GUI) thread, which turns the queued
batches into the signals above in commit order, a slice at a time: whole
batches until ``SLICE_S`` is spent, then the rest after the loop has served
what waits (paints, key presses). A batch longer than ``POST_CHUNK`` is
queued in pieces of that many, in order (as the follower reads others'
commits anyway), and batches waiting together are turned into signals as
one, up to ``POST_CHUNK`` events (one set of signals, each unit's newest fix
of them all). Why on the GUI thread:
under a radar storm this is a few thousand small Python steps a second; on
another thread of the same process each of them competes for the one
interpreter lock with the GUI thread, and a GUI thread waiting for the lock
(up to a switch interval at every hand-over, far longer on a loaded
machine) is what made frames and answers late
(tests/benchmarks/bench_storm.py). ``pending()``
is the number of batches queued. ``on_committed(events)`` does one batch at
once, on the calling thread.

``yield_to(timer)`` (the map's display timer): a queued batch is not started
when that timer's next tick is due before the batch would be done (its size
times the cost per event measured so far): it waits until the tick's slots
(the map's frame) have run, so a frame is not made late by a batch that
started a moment before it. A batch waits so at most once, then runs
whatever the timer says: the log is never held back by the display.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from console.reports.event_text import PositionUpdate, position_update, summarize
from models.alerts.events import ALERT_KINDS, is_sensor_event
from models.calls.events import CALL_KINDS
from models.dispatch.events import DISPATCH_KINDS
from models.stats.wallboard import WALLBOARD_KINDS
from widgets.views import EventView

if TYPE_CHECKING:  # the store (SQLAlchemy) loads off the GUI thread, after first paint
    from models.store import StoredEvent

_LOGGER = logging.getLogger(__name__)

# GUI time spent on queued batches before the loop serves paints and input again.
SLICE_S = 0.004
# The cost per event a batch is first guessed at (then measured: a moving average).
FIRST_EVENT_COST_S = 40e-6
# A batch that waits for the display tick runs after the tick's slots; if the timer is
# stopped before it fires, this long after the tick was due.
TICK_MISSED_MS = 50
# A larger posted batch is queued in pieces of this many (a few ms of work each); the log
# follower reads others' commits in smaller chunks anyway (models.store.follow.READ_CHUNK).
POST_CHUNK = 250


# The lists of ``Bridge.on_committed``, by index; ``_ROUTES`` caches each kind's.
_SENSORS = 3
_ROUTES: dict[str, tuple[int, ...]] = {}


def _route(kind: str) -> tuple[int, ...]:
    """The lists an event of ``kind`` goes to (``_SENSORS``: if ``is_sensor_event``)."""
    probe = _KindProbe(kind)
    return tuple(
        k
        for k, wanted in enumerate(
            (
                kind in DISPATCH_KINDS,
                kind in CALL_KINDS,
                kind in ALERT_KINDS,
                # Sensor frames are told by their payload: only these kinds can be one.
                is_sensor_event(probe) or kind == "frame.decoded",
                kind in WALLBOARD_KINDS,
                # By prefix: models.operators.events imports the store (SQLAlchemy).
                kind.startswith("operator."),
                kind.startswith("partner."),
            )
        )
        if wanted
    )


class _KindProbe:
    """An event of one kind with no payload (what ``is_sensor_event`` tells by kind)."""

    __slots__ = ("kind", "payload")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.payload = None


def event_view(event: StoredEvent) -> EventView:
    """The event log's row for ``event``; its sentence is made when the row is first
    read (on screen, filtered, copied), not for every frame of a storm."""
    return EventView(
        seq=event.seq,
        rx_time=event.rx_time,
        source=event.source,
        kind=event.kind,
        error=event.error,
        describe=_describe,
        subject=event,
    )


def _describe(event: StoredEvent) -> str:
    try:
        return summarize(event)
    except (KeyError, TypeError, ValueError) as exc:
        # A payload we cannot put in words is still stored and listed (its raw bytes a
        # double-click away): by its kind.
        _LOGGER.warning("cannot summarise event %s: %s", event.seq, exc)
        return event.kind


class Bridge(QObject):
    sigEventsCommitted = Signal(object)  # list[EventView]
    sigUnitsMoved = Signal(object)  # dict[str, PositionUpdate]
    sigDispatchCommitted = Signal(object)  # list[StoredEvent] of dispatch kinds, in order
    sigCallsCommitted = Signal(object)  # list[StoredEvent] of call kinds, in order
    sigAlertsCommitted = Signal(object)  # list[StoredEvent] of alert kinds, in order
    sigSensorFramesCommitted = Signal(object)  # decoded radar / zone-alarm / CAP frames
    sigStatsCommitted = Signal(object)  # list[StoredEvent] the wallboard reads, in order
    sigOperatorsCommitted = Signal(object)  # list[StoredEvent] of operator.* kinds, in order
    sigPartnersCommitted = Signal(object)  # list[StoredEvent] of partner.* kinds, in order
    sigStoreHealth = Signal(bool, object)  # healthy, error text or None
    sigConnection = Signal(bool, object)  # connected to the shared log, error text or None

    _sigWake = Signal()  # queued to the bridge's thread: batches are waiting

    # The sensor picture's share done with the batch's signals (see the module doc).
    prepare_sensor_frames: Callable[[list[StoredEvent]], Any] | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[list[StoredEvent]] = deque()
        self._lock = threading.Lock()
        self._woken = False
        self._sigWake.connect(self._on_wake)
        self._tick_timer: QTimer | None = None
        self._event_cost_s = FIRST_EVENT_COST_S
        self._waited = False  # the batch at the queue's head has waited for a tick once
        self._parked = False  # the queue waits for the tick (see _park_until_tick)

    def yield_to(self, timer: QTimer | None) -> None:
        """Start no batch that the next tick of ``timer`` would have to wait for."""
        self._tick_timer = timer

    def _park_until_tick(self, wait_ms: int) -> None:
        """Resume after the display tick's own slots (the map's frame) have run; should the
        timer be stopped before it fires, a little after it was due."""
        self._parked = True
        timer = self._tick_timer
        assert timer is not None
        timer.timeout.connect(self._after_tick, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(wait_ms + TICK_MISSED_MS, self._after_tick)

    def _after_tick(self) -> None:
        if self._parked:
            self._parked = False
            QTimer.singleShot(0, self._on_wake)

    def _wait_for_tick_ms(self, size: int) -> int:
        """How long a batch of ``size`` events should wait for the display tick (0: go)."""
        timer = self._tick_timer
        if timer is None or self._waited or not timer.isActive():
            return 0
        remaining_ms = timer.remainingTime()
        if remaining_ms < 0 or remaining_ms > 1000.0 * self._event_cost_s * size:
            return 0
        return max(remaining_ms, 1)  # 0: due, not yet fired

    def post(self, events: list[StoredEvent]) -> None:
        """Any thread: queue a committed batch for the bridge's thread (in order)."""
        if not events:
            return
        with self._lock:
            if len(events) <= POST_CHUNK:
                self._queue.append(events)
            else:
                self._queue.extend(
                    events[i : i + POST_CHUNK] for i in range(0, len(events), POST_CHUNK)
                )
            if self._woken:
                return
            self._woken = True
        self._sigWake.emit()

    def pending(self) -> int:
        return len(self._queue)

    def _on_wake(self) -> None:
        # A slice each time the loop comes round (a few times per frame): at a storm's
        # ~10 us an event that is several times what 5,000 events a second need, so a
        # backlog is worked off without ever holding a frame back longer than a slice.
        deadline = time.perf_counter() + SLICE_S
        while True:
            with self._lock:
                if not self._queue:
                    self._woken = False
                    return
                events = self._queue.popleft()
                # Small batches waiting together are shown as one: one set of signals.
                while self._queue and len(events) + len(self._queue[0]) <= POST_CHUNK:
                    events = events + self._queue.popleft()
                wait_ms = self._wait_for_tick_ms(len(events))
                if wait_ms:
                    self._queue.appendleft(events)  # the same batch, after the tick
                    self._waited = True
            if wait_ms:
                self._park_until_tick(wait_ms)
                return
            self._waited = False
            started = time.perf_counter()
            try:
                self.on_committed(events)
            except Exception:  # one batch's fault must not stall the ones after it
                _LOGGER.exception("committed batch %s.. not shown", events[0].seq)
            cost = (time.perf_counter() - started) / len(events)
            self._event_cost_s += (cost - self._event_cost_s) / 8.0
            if time.perf_counter() >= deadline:
                # The rest after what the loop has waiting (a paint, a key press).
                QTimer.singleShot(0, self._on_wake)
                return

    def on_connection(self, connected: bool, error: str | None) -> None:
        """Follower thread: the link to the database was lost or is back."""
        self.sigConnection.emit(connected, error)

    def on_health(self, healthy: bool, error: str | None) -> None:
        """Writer thread: the store started or stopped failing to commit."""
        self.sigStoreHealth.emit(healthy, error)

    def on_committed(self, events: list[StoredEvent]) -> None:
        views: list[EventView] = []
        moved: dict[str, PositionUpdate] = {}
        # Each event to the lists its kind belongs to, in one pass (a storm's batch is
        # hundreds of frames whose kind belongs to none but, maybe, the sensors').
        lists: tuple[list[StoredEvent], ...] = ([], [], [], [], [], [], [])
        dispatch, calls, alerts, sensor_frames, stats, operators, partners = lists
        routes = _ROUTES
        append_view = views.append
        for event in events:
            kind = event.kind
            route = routes.get(kind)
            if route is None:
                route = routes[kind] = _route(kind)
            for k in route:
                if k != _SENSORS or is_sensor_event(event):
                    lists[k].append(event)
            append_view(event_view(event))
        # Newest first: a unit's older fixes in the batch are never turned into updates.
        for event in reversed(events):
            payload = event.payload
            if event.kind != "frame.decoded" or not payload or payload.get("unit") in moved:
                continue
            try:
                update = position_update(event)
            except (KeyError, TypeError, ValueError) as exc:
                _LOGGER.warning("cannot show event %s: %s", event.seq, exc)
                continue
            if update is not None:
                moved[update.call_sign] = update
        if views:
            self.sigEventsCommitted.emit(views)
        if moved:
            self.sigUnitsMoved.emit(moved)
        if dispatch:
            self.sigDispatchCommitted.emit(dispatch)
        if calls:
            self.sigCallsCommitted.emit(calls)
        if alerts:
            self.sigAlertsCommitted.emit(alerts)
        if sensor_frames:
            self._emit_sensor_frames(sensor_frames)
        if stats:
            self.sigStatsCommitted.emit(stats)
        if operators:
            self.sigOperatorsCommitted.emit(operators)
        if partners:
            self.sigPartnersCommitted.emit(partners)

    def _emit_sensor_frames(self, frames: list[StoredEvent]) -> None:
        prepare = self.prepare_sensor_frames
        if prepare is None:
            self.sigSensorFramesCommitted.emit(frames)
            return
        try:
            work = prepare(frames)
        except Exception:
            # The frames are stored; the picture misses this batch, the rest goes on.
            _LOGGER.exception("sensor frames %s..%s not drawn", frames[0].seq, frames[-1].seq)
            return
        if work is not None:
            self.sigSensorFramesCommitted.emit(work)
