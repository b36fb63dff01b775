"""Following the shared event log: every committed event, once, in order, from any writer.

Contract: ``LogFollower(store, after_seq, on_events, on_connection)`` delivers
every event committed to the log after ``after_seq`` by calling
``on_events(list[StoredEvent])`` — in sequence order, each event exactly
once, whichever process appended it — and reports its link to the database
with ``on_connection(connected: bool, error: str | None)`` whenever that
changes. ``on_events`` always runs on the follower's one delivery thread;
marshal to the GUI thread yourself.

- ``offer(events)`` is the local writer's ``on_committed``: this process's
  own events are handed over as committed (no database round trip), and
  delivered after any earlier events of other processes not delivered yet
  (those are read from the store first, so the order holds).
  ``follow_writer(writer)`` tells the follower that writer's
  ``committed_seq``, so a change to the log it made is known as its own
  even before it is offered.
- Other processes' commits are pushed: on PostgreSQL the writer sends
  ``NOTIFY dispatch_events`` in every commit (payload ``notify_payload(seq,
  origin)``) and the follower's own connection ``LISTEN``s; a notification
  makes it read the new events, unless every notification waiting names the
  followed writer's ``notify_origin`` (this process's own commits). On
  SQLite (one PC: several processes on one file) it watches
  ``PRAGMA data_version`` every ``SQLITE_WATCH_S``, a local check of the
  file's header that costs microseconds. Either way a change that the
  log's head shows to be this process's own commits (offered already) is
  not read back; one that is not is read after at most one more look
  (``SQLITE_WATCH_S``).
- Losing the database: the listening connection fails, ``on_connection(False,
  reason)`` is called, and the follower reconnects with backoff; on
  reconnect it LISTENs first and then reads everything after the last
  delivered event (nothing committed meanwhile is missed), then reports
  ``on_connection(True, None)``.
- ``start()`` / ``stop()``; ``delivered_seq`` is the newest delivered seq.
- Reading others' commits holds the process's interpreter lock (decoding
  rows, then ``on_events``): it reads at most ``READ_CHUNK`` events at a time
  and pauses ``CHUNK_PAUSE_S`` between chunks, so a backlog (a radar storm,
  a catch-up after an outage) never holds the lock long against a GUI
  thread in the same process.
- ``gate`` (a ``ForegroundGate``, optional): while the GUI thread holds it
  (``with gate.hold():`` around each map frame: a display tick's, or the one
  a command such as ``SEL`` makes at once) no chunk is read, so the frame
  has the interpreter lock to itself instead of sharing it in
  switch-interval slices with the reads; a chunk waits at most
  ``GATE_MAX_WAIT_S`` for it, so the log is never held up by more than that,
  whatever the GUI does.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.store.engine import Store
    from models.store.events import StoredEvent

_LOGGER = logging.getLogger(__name__)

EVENTS_CHANNEL = "dispatch_events"
SQLITE_WATCH_S = 0.02
# About 1.5 ms of holding the interpreter lock per chunk of a radar storm's frames (one
# json.loads of the chunk, ~0.8 ms, then the events built), a pause after each.
READ_CHUNK = 100
CHUNK_PAUSE_S = 0.001
RECONNECT_DELAYS_S = (0.2, 0.5, 1.0, 2.0, 5.0)
# The longest a chunk waits for the GUI's foreground moment (a frame paints in 10-30 ms).
GATE_MAX_WAIT_S = 0.05
# How often an idle listener checks that its connection is alive.
HEARTBEAT_S = 1.0

_STOP = object()

OnEvents = Callable[[list["StoredEvent"]], None]
OnConnection = Callable[[bool, "str | None"], None]


class ForegroundGate:
    """Moments the GUI thread needs the interpreter lock to itself; the follower's reads
    wait for them to end. ``hold()`` nests: held again inside a held moment, the gate
    opens when the outermost one ends."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._depth = 0

    @contextmanager
    def hold(self) -> Iterator[None]:
        """The GUI thread's foreground moment (call it from one thread only)."""
        self._depth += 1
        self._open.clear()
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth:
                self._open.set()

    @property
    def held(self) -> bool:
        return not self._open.is_set()

    def wait_open(self, timeout_s: float) -> bool:
        """Block (without the interpreter lock) until no moment is held, at most
        ``timeout_s``; False when it was still held."""
        return self._open.wait(timeout_s)


class LogFollower:
    def __init__(
        self,
        store: Store,
        after_seq: int,
        on_events: OnEvents,
        on_connection: OnConnection | None = None,
        *,
        gate: ForegroundGate | None = None,
    ) -> None:
        self._store = store
        self._gate = gate
        self._on_events = on_events
        self._on_connection = on_connection
        self.delivered_seq = after_seq
        self.connected = True
        self._stopping = threading.Event()
        # One thread delivers everything (own commits and others'), so callbacks
        # never run on two threads, nor out of order.
        self._inbox: queue.SimpleQueue[list[StoredEvent] | object | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._connection: Any = None
        # The newest seq this process's writer has offered or committed: a change to the
        # log up to there is ours, on its way already, and is not read back.
        self._offered_seq = after_seq
        self._own_seq: Callable[[], int] | None = None
        self._own_origin: str | None = None

    # -- control -------------------------------------------------------------

    def start(self) -> None:
        backend = self._store.engine.dialect.name
        watch = self._listen_postgres if backend == "postgresql" else self._watch_sqlite
        self._threads = [
            threading.Thread(target=self._deliver_loop, name="log-delivery", daemon=True),
            threading.Thread(target=watch, name="log-follower", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._inbox.put(_STOP)
        connection = self._connection
        if connection is not None:
            try:
                connection.cancel_safe()  # wakes a blocked notifies() wait
            except Exception:
                _LOGGER.debug("cancelling the listener", exc_info=True)
        for thread in self._threads:
            thread.join(timeout)

    # -- delivery ------------------------------------------------------------

    def follow_writer(self, writer: Any) -> None:
        """``writer`` (a ``GroupCommitWriter`` whose ``on_committed`` is ``offer``) commits
        here: its changes to the log are offered, never read back."""
        self._own_seq = lambda: int(writer.committed_seq)
        self._own_origin = getattr(writer, "notify_origin", None)

    def offer(self, events: Sequence[StoredEvent]) -> None:
        """This process's writer committed ``events``: deliver them (after any gap)."""
        if events:
            self._offered_seq = max(self._offered_seq, events[-1].seq)
            self._inbox.put(list(events))

    def catch_up(self) -> None:
        """Ask for everything after ``delivered_seq`` to be read and delivered."""
        self._inbox.put(None)

    def _deliver_loop(self) -> None:
        while True:
            item = self._inbox.get()
            if item is _STOP:
                return
            try:
                if item is None:
                    self._read_after(until=None)
                else:
                    self._deliver_own(item)  # type: ignore[arg-type]
            except Exception as exc:
                # The database is away: the watcher reconnects and asks again;
                # until then retry now and then so nothing stays undelivered.
                _LOGGER.warning("cannot read the log (%s); retrying", _reason(exc))
                if self._stopping.wait(RECONNECT_DELAYS_S[0]):
                    return
                self._inbox.put(None)

    def _deliver_own(self, events: list[StoredEvent]) -> None:
        if events[-1].seq <= self.delivered_seq:
            return
        if events[0].seq > self.delivered_seq + 1:
            # Another process committed in between: its events come first.
            self._read_after(until=events[0].seq - 1)
        self._deliver([event for event in events if event.seq > self.delivered_seq])

    def _read_after(self, until: int | None) -> None:
        while True:
            limit = READ_CHUNK
            if until is not None:
                limit = min(limit, until - self.delivered_seq)
                if limit <= 0:
                    return
            if self._gate is not None:
                self._gate.wait_open(GATE_MAX_WAIT_S)
            events = self._store.events_since(self.delivered_seq, limit)
            self._deliver(events)
            if len(events) < limit:
                # The head as it was is reached. Chasing it further would read back this
                # process's own commits as they land (offered anyway); later commits of
                # others are notified or seen by the watcher.
                return
            time.sleep(CHUNK_PAUSE_S)  # the lock to the other threads (the GUI) a moment

    def _deliver(self, events: list[StoredEvent]) -> None:
        if not events:
            return
        self.delivered_seq = events[-1].seq
        try:
            self._on_events(events)
        except Exception:
            _LOGGER.exception("delivering committed events failed")

    def _catch_up_unless_own(self, head: Callable[[], int]) -> None:
        """The log changed: read it unless the change is this process's own commits.

        Those are offered by the writer right after they commit; reading them back
        too (what a busy writer's every commit made the follower do) doubled the
        work and, after an outage, held the committed backlog in memory a second
        time. A change not explained at once is looked at again a moment later (the
        offer may not have arrived yet), then read.
        """
        for look in range(2):
            own = 0 if self._own_seq is None else self._own_seq()
            if head() <= max(self._offered_seq, self.delivered_seq, own):
                return
            if look == 0 and self._stopping.wait(SQLITE_WATCH_S):
                return
        self.catch_up()

    def _set_connected(self, connected: bool, error: str | None) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if connected:
            _LOGGER.warning("database connection restored; catching up")
        else:
            _LOGGER.error("DATABASE CONNECTION LOST: %s", error)
        if self._on_connection is not None:
            try:
                self._on_connection(connected, error)
            except Exception:
                _LOGGER.exception("on_connection callback failed")

    # -- PostgreSQL: LISTEN/NOTIFY -------------------------------------------

    def _connect_postgres(self) -> Any:
        """A dedicated autocommit connection with the engine's own connect arguments."""
        engine = self._store.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        connection = engine.dialect.loaded_dbapi.connect(*cargs, **cparams, autocommit=True)
        connection.execute(f"LISTEN {EVENTS_CHANNEL}")
        return connection

    def _listen_postgres(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            try:
                self._connection = self._connect_postgres()
                # LISTEN first, then read: a commit in between is read now or notified.
                self.catch_up()
                self._set_connected(True, None)
                attempt = 0
                self._serve_notifications(self._connection)
            except Exception as exc:
                if self._stopping.is_set():
                    break
                self._set_connected(False, _reason(exc))
                delay = RECONNECT_DELAYS_S[min(attempt, len(RECONNECT_DELAYS_S) - 1)]
                attempt += 1
                self._stopping.wait(delay)
            finally:
                self._close_connection()

    def _serve_notifications(self, connection: Any) -> None:
        while not self._stopping.is_set():
            origins = [n.payload for n in connection.notifies(timeout=HEARTBEAT_S, stop_after=1)]
            if self._stopping.is_set():
                return
            if not origins:
                connection.execute("SELECT 1")  # an idle link must prove it is alive
                continue
            # Take every notification already waiting: one read answers them all.
            origins += [n.payload for n in connection.notifies(timeout=0)]
            if self._own_origin is not None and all(
                _origin(payload) == self._own_origin for payload in origins
            ):
                continue  # this process's own commits: its writer offers them
            self._catch_up_unless_own(lambda: _head(connection))

    def _close_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:
                _LOGGER.debug("closing the listener connection", exc_info=True)

    # -- SQLite: watch the file's data version --------------------------------

    def _watch_sqlite(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            try:
                with self._store.engine.connect() as conn:
                    driver = conn.connection.driver_connection
                    self.catch_up()
                    self._set_connected(True, None)
                    attempt = 0
                    version = driver.execute("PRAGMA data_version").fetchone()[0]
                    while not self._stopping.wait(SQLITE_WATCH_S):
                        now = driver.execute("PRAGMA data_version").fetchone()[0]
                        if now != version:
                            version = now
                            self._catch_up_unless_own(partial(_head, driver))
            except Exception as exc:
                if self._stopping.is_set():
                    break
                self._set_connected(False, _reason(exc))
                delay = RECONNECT_DELAYS_S[min(attempt, len(RECONNECT_DELAYS_S) - 1)]
                attempt += 1
                self._stopping.wait(delay)


def notify_payload(last_seq: int, origin: str) -> str:
    """A commit's NOTIFY payload: its last seq and the committing writer's origin."""
    return f"{last_seq} {origin}"


def _origin(payload: str) -> str | None:
    """The writer that sent a notification (None: an older writer, not saying)."""
    _, _, origin = payload.partition(" ")
    return origin or None


def _head(connection: Any) -> int:
    """The log's newest seq, on a DB-API connection of the follower's own."""
    row = connection.execute("SELECT max(seq) FROM events").fetchone()
    return int(row[0] or 0)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
