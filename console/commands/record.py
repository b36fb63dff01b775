"""``dispatch-console record``: the site's links into the store, no GUI.

Contract: ``record_command(site_dir, store_url) -> exit code``. ``store_url``
is a path or a URL (``console.config.store_argument``; None: the default live
store). Runs on a
plain asyncio loop (a recorder for a server room, no display needed) until
SIGINT or SIGTERM, then closes the links and flushes the store before it
returns 0. ``links`` (``--links``) picks which of the site's links it runs;
each is claimed exclusively (a link another process owns is skipped with a
warning naming the owner). It follows the whole log, so calls and alerts
that positions handle are known to it too. It does everything the console
does with what it receives, less the screen: calls are offered and tracked,
radar frames become tracks, and
zone entries, zone alarms and CAP alerts raise alerts — all as events in the
one log. Reaching the units (``console.services.reach_wiring``, the live
session's wiring): the ``[reach]`` paging and radio lines and the partner
agencies' outboxes are claimed like the links (by name in ``--links``; one
another process owns is skipped with a warning naming the owner; none on a
drill store). When it runs any, it loads the dispatch picture too and
follows the dispatch events: every committed ``unit.assigned`` is paged on
its lines (from the follower's thread, as a position does), the crews'
statuses move the units through ``DispatchService`` (same rules and
refusals, the crew as the source), a unit that does not acknowledge in
time is ``reach.timed_out`` in the log (the positions' alarm), a request to
talk raises an alert, and incidents are handed to and taken from the
partners. A site or store that cannot be opened, or a store argument that
names no store (empty, a folder, a FIFO, ...), ends with a clear message and
exit code 2.

Who it runs as (``models.operators.headless``): the OS user and, on
PostgreSQL, the database role it connects with; its first event,
``headless.started``, names them. A position's database role is refused
before any link starts (exit 1: only the recorder's role writes link
frames). It never prompts.

Signed checkpoints (``models.store.checkpoints``): with ``signing_key``
(``--signing-key FILE``, made by ``dispatch-console audit keygen``; the
private key stays in that file, outside the database, readable by the
recorder's account only: a key others can read is warned about) the
recorder signs the log's head at its start (its ``headless.started``
included), then every
``checkpoint_events`` events (``--checkpoint-every N``, default
``CHECKPOINT_EVENTS``) or ``checkpoint_seconds`` (``--checkpoint-seconds
S``, default ``CHECKPOINT_SECONDS``), whichever comes first and only when
the log grew, and once more after its last flush. Each checkpoint is an
event in the log and a file in ``checkpoint_dir`` (``--checkpoint-dir
DIR``; default: ``STORE.checkpoints`` beside an SQLite store, where ``audit
verify`` looks; a PostgreSQL store without it keeps them in the log only,
and says so). A key that cannot be read: exit 2, before any link starts.

The CLI's arguments: ``console.commands.record_args``; ``record_main(args)``
runs ``record_command`` with them (the top-level ``--site``/``--store``/
``--links`` as fallbacks).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.commands.record_args import CHECKPOINT_EVENTS, CHECKPOINT_SECONDS
from console.config.site import DEFAULT_SITE_DIR, Site, SiteError, load_site, site_catalogue
from console.config.store_argument import StoreArgumentError, store_url_from_argument
from console.services.ingest import STORE_CLOSE_TIMEOUT_S, IngestService
from console.services.pictures import (
    SNAPSHOT_INTERVAL_S,
    load_pictures,
    refresh_snapshots,
    trim_picture,
)
from console.services.reach_wiring import (
    ReachLinks,
    close_reach,
    ingest_wanted,
    is_partner_event,
    make_reach,
    on_calls_committed,
    on_dispatch_committed,
    page_from_follower,
    start_partners,
    take_reach,
)
from console.session.link_ownership import link_names, parse_links, take_links, take_reach_links
from models.alerts.events import ALERT_KINDS, is_sensor_event
from models.calls.events import CALL_KINDS
from models.calls.tracker import CallTracker
from models.dispatch.events import DISPATCH_KINDS
from models.operators.headless import HeadlessIdentity, check_records, identify, started_event
from models.operators.manage import OperatorError
from models.operators.roles import Refused
from models.store import GroupCommitWriter, Store, StoreError, open_store
from models.store.checkpoints import (
    Checkpointer,
    CheckpointError,
    default_export_dir,
    load_private_key,
)
from models.store.follow import LogFollower
from models.store.link_claims import LinkClaims, describe_process

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from console.services.dispatch import DispatchService
    from console.services.partner import PartnerService
    from console.services.reach import ReachService
    from console.services.sensors import SensorService

_LOGGER = logging.getLogger(__name__)

AGE_OUT_S = 5.0
CHECKPOINT_TICK_S = 1.0  # how often it looks whether one is due (one small query)
FLUSH_BEFORE_LAST_CHECKPOINT_S = 30.0
_DERIVED_KINDS = frozenset(CALL_KINDS) | frozenset(ALERT_KINDS)


class Recorder:
    """Links -> store, with the call tracker and the sensor service, no screen."""

    def __init__(
        self,
        site: Site,
        store: Store,
        links: frozenset[str] | None = None,
        *,
        checkpointer: Checkpointer | None = None,
        identity: HeadlessIdentity | None = None,
    ) -> None:
        self.site = site
        self.store = store
        self.checkpointer = checkpointer
        self.identity = identity
        self._head = head = store.last_seq()
        # The recorder tracks calls and derives alerts; dispatching is the positions' work.
        # The calls picture is needed to track what the links bring; the alerts picture
        # and the sensor service come once the links are open (``_start_sensors``).
        self.calls = load_pictures(store, site, upto=head, names=("calls",)).calls
        self.alerts: Any = None
        self.sensors: SensorService | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._snapshot_at = time.monotonic()
        self._snapshot_task: asyncio.Future[None] | None = None
        # Every event of the log, this recorder's and the positions', in order.
        self.follower = LogFollower(store, head, self._on_writer_committed)
        self.writer = GroupCommitWriter(store, on_committed=self.follower.offer)
        self.follower.follow_writer(self.writer)
        self.claims = LinkClaims(store, describe_process("recorder"))
        # The paging and radio lines and the partner agencies (``[reach]``,
        # ``[[http.partners]]``) claimed as the links are; never on a drill store.
        self.reach_links = ReachLinks()
        if identity is None or not identity.drill:
            self.reach_links = take_reach(site, links, self.claims, take_reach_links)
        if self.reach_links.fault is not None:
            _LOGGER.error("paging and radio not started: %s", self.reach_links.fault)
        for refusal in self.reach_links.refusals:
            _LOGGER.warning("not running a link: %s", refusal)
        ingest_links = ingest_wanted(site, links, self.reach_links)
        ingest_site, refusals = take_links(site, ingest_links, self.claims)
        for refusal in refusals:
            _LOGGER.warning("not recording a link: %s", refusal)
        self.dispatch: DispatchService | None = None
        self.reach: ReachService | None = None
        self.partners: PartnerService | None = None
        self.alert_engine: Any = None
        self._dispatch_picture: Any = None
        self._derived_kinds = _DERIVED_KINDS
        self._alert_links = link_names(ingest_site)
        self.ingest = IngestService(ingest_site, self.writer, call_tracker=CallTracker(self.calls))

    @property
    def _reaches(self) -> bool:
        """It runs paging or radio lines or partner outboxes: it follows the dispatches."""
        return bool(self.reach_links.owned)

    def _start_sensors(self) -> None:
        """The alerts picture, the alert engine and the sensor service (a worker thread).

        Built after the links open: a sender waits for none of it (frames are stored
        as they come), and the follower, started only once this is done, delivers
        every event committed since the head found at the start, in order, so no
        radar report or alarm received meanwhile escapes the engine.
        """
        from console.services.sensors import SensorService
        from models.alerts.engine import AlertEngine

        site = self.site
        # The dispatch picture only when it pages or hands over (``_start_reach``).
        names = ("alerts", "dispatch") if self._reaches else ("alerts",)
        pictures = load_pictures(self.store, site, upto=self._head, names=names)
        self.alerts = pictures.alerts
        self._dispatch_picture = pictures.dispatch if self._reaches else None
        engine = AlertEngine(
            self.alerts,
            site.sensors,
            site.zones,
            incident_types=[t.code for t in site_catalogue(site).incident_types()],
        )
        self.sensors = SensorService(site, self.writer, engine, alert_links=self._alert_links)
        self.alert_engine = engine

    def _start_reach(self) -> None:
        """On the loop, before the follower starts: the dispatch service on the dispatch
        picture (the crews' statuses go through its rules, signed with the crew's source)
        and the reach service on the lines this recorder claimed, started."""
        if self._dispatch_picture is None:
            return
        from console.services.dispatch import DispatchService

        name = self.identity.name if self.identity is not None else "recorder"
        catalogue = site_catalogue(self.site)
        self.dispatch = DispatchService(
            self.site, catalogue, self.writer, name, state=self._dispatch_picture
        )
        self._derived_kinds = _DERIVED_KINDS | frozenset(DISPATCH_KINDS)
        self.reach = make_reach(self.site, self.reach_links, self.dispatch, catalogue)
        if self.reach is not None:
            self.reach.add_talk_alert_listener(self._on_talk_alert)
            self.reach.start()
            for link in sorted(self.reach.runners):
                _LOGGER.info("paging and radio on %s", link)

    async def _start_partners(self) -> None:
        """CAD-to-CAD with the partner agencies this recorder delivers to."""
        if self.dispatch is None:
            return
        try:
            self.partners = await start_partners(
                self.site,
                self.dispatch,
                self.writer,
                self.ingest,
                self.calls,
                self.store,
                catalogue=self.dispatch.catalogue,
                reach=self.reach_links.config,
                owned=self.reach_links.owned,
            )
        except Exception as exc:  # a certificate that cannot be read, say: say so, run on
            _LOGGER.error("partner agencies not started: %s", exc)

    def _on_talk_alert(self, event: Any) -> None:
        """A crew's request to talk on this recorder's radio: an alert, at its station."""
        from models.store import NewEvent

        payload = event.payload or {}
        unit = next((u for u in self.site.units if u.call_sign == payload.get("unit")), None)
        station = None
        if unit is not None:
            station = next((s for s in self.site.stations if s.station_id == unit.station_id), None)
        lat, lon = (station.lat, station.lon) if station is not None else (None, None)
        for kind, alert in self.alert_engine.on_talk_request(payload, lat, lon):
            self.writer.submit(NewEvent("system", kind, datetime.now(UTC), alert))

    def _on_writer_committed(self, events: Sequence[Any]) -> None:
        # Delivery thread -> the loop, where the states and the sensor service live.
        # Only what they use crosses: after an outage the writer commits its backlog
        # far faster than the loop takes it, and a queue of every committed frame
        # would be the backlog's memory all over again (tests/benchmarks/
        # bench_outage_memory.py).
        if self.loop is None:
            return
        page_from_follower(self.reach, events)  # pages leave now, not after the loop's turn
        kinds = self._derived_kinds
        partners = self.dispatch is not None
        wanted = [
            e
            for e in events
            if e.kind in kinds or is_sensor_event(e) or (partners and is_partner_event(e))
        ]
        if not wanted:
            return
        try:
            self.loop.call_soon_threadsafe(self._on_committed, wanted)
        except RuntimeError:  # the loop has ended (shutting down): nothing left to derive
            pass

    def _on_committed(self, events: list[Any]) -> None:
        calls = [e for e in events if e.kind in CALL_KINDS]
        self.calls.apply_all(calls)
        self.alerts.apply_all(e for e in events if e.kind in ALERT_KINDS)
        assert self.sensors is not None  # the follower starts once it exists
        self.sensors.on_committed([e for e in events if is_sensor_event(e)])
        if self.dispatch is not None:
            dispatch = [e for e in events if e.kind in DISPATCH_KINDS]
            if dispatch:
                on_dispatch_committed(self.dispatch, self.reach, self.partners, dispatch)
            if calls:
                on_calls_committed(self.partners, calls)
            answers = [e for e in events if is_partner_event(e)]
            if answers:
                on_calls_committed(self.partners, answers)

    def _refresh_snapshots_when_due(self) -> None:
        """New picture snapshots on a worker thread every ``SNAPSHOT_INTERVAL_S``."""
        assert self.loop is not None
        now = time.monotonic()
        busy = self._snapshot_task is not None and not self._snapshot_task.done()
        if busy or now - self._snapshot_at < SNAPSHOT_INTERVAL_S:
            return
        self._snapshot_at = now
        # The live pictures keep what is open and recent; the rest is in the log.
        trim_picture(self.calls)
        if self.alerts is not None:
            trim_picture(self.alerts)
        if self.dispatch is not None:
            trim_picture(self.dispatch.state)
        self._snapshot_task = self.loop.run_in_executor(None, refresh_snapshots, self.store)

    def _checkpoint(self, force: bool = False) -> None:
        """Sign the log's head if due (or now with ``force``); runs on a worker thread."""
        if self.checkpointer is None:
            return
        try:
            cp = self.checkpointer.maybe(
                self.store, self.writer.submit, datetime.now(UTC), force=force
            )
        except Exception:  # a full disk for the files, a lost database: the log goes on
            _LOGGER.exception("signed checkpoint failed; the recorder goes on")
            return
        if cp is not None:
            _LOGGER.info("signed checkpoint: seq %d, key %s", cp.seq, cp.key_id)

    def _first_checkpoint(self, started: Any) -> None:
        if started is not None:
            try:
                started.result(FLUSH_BEFORE_LAST_CHECKPOINT_S)
            except Exception:  # not stored: the checkpoint anchors what is
                _LOGGER.exception("the recorder's first event was not stored")
        self._checkpoint(force=True)

    async def _checkpoints(self, stop: asyncio.Event) -> None:
        """Look every ``CHECKPOINT_TICK_S`` whether a checkpoint is due (a worker signs it)."""
        assert self.loop is not None and self.checkpointer is not None
        tick = min(CHECKPOINT_TICK_S, self.checkpointer.every_s)
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), tick)
            except TimeoutError:
                await self.loop.run_in_executor(None, self._checkpoint)

    def _last_checkpoint(self) -> None:
        """After the last event: flush what is pending, then sign the head."""
        if self.checkpointer is None:
            return
        if not self.writer.flush(FLUSH_BEFORE_LAST_CHECKPOINT_S):
            _LOGGER.warning("the store did not flush in time: no last checkpoint signed")
            return
        self._checkpoint(force=True)

    async def run(self, stop: asyncio.Event) -> None:
        self.loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self.loop.add_signal_handler(signum, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
                signal.signal(signum, lambda *_: self.loop.call_soon_threadsafe(stop.set))
        started = None
        if self.identity is not None:
            started = self.writer.submit(started_event(self.identity, "record", datetime.now(UTC)))
        if self.checkpointer is not None:  # the log as found and who took over, anchored
            await self.loop.run_in_executor(None, self._first_checkpoint, started)
        await self.ingest.start()
        for runtime in self.ingest.links:
            _LOGGER.info("recording link %s (%s)", runtime.spec.name, runtime.link.describe())
        await self.loop.run_in_executor(None, self._start_sensors)
        self._start_reach()
        self.follower.start()
        await self._start_partners()
        signer = None
        if self.checkpointer is not None:
            signer = self.loop.create_task(self._checkpoints(stop), name="checkpoints")
        assert self.sensors is not None
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), AGE_OUT_S)
            except TimeoutError:
                self.sensors.age_out(datetime.now(UTC))
                self._refresh_snapshots_when_due()
        _LOGGER.info("stopping: closing links and flushing the store")
        await self.ingest.stop()
        await close_reach(self.reach, self.partners)  # their last steps before the flush
        if self._snapshot_task is not None:
            await asyncio.gather(self._snapshot_task, return_exceptions=True)
        if signer is not None:
            await asyncio.gather(signer, return_exceptions=True)
        await self.loop.run_in_executor(None, self._last_checkpoint)


def record_main(args: Any) -> int:
    """Run ``record`` from parsed arguments (``add_record_parser`` and the top level's)."""
    store = getattr(args, "record_store", None)
    return record_command(
        getattr(args, "record_site", None) or getattr(args, "site", None),
        getattr(args, "store", None) if store is None else store,  # "" is refused
        getattr(args, "record_links", None) or getattr(args, "links", None),
        signing_key=getattr(args, "record_signing_key", None),
        checkpoint_events=getattr(args, "record_checkpoint_events", CHECKPOINT_EVENTS),
        checkpoint_seconds=getattr(args, "record_checkpoint_seconds", CHECKPOINT_SECONDS),
        checkpoint_dir=getattr(args, "record_checkpoint_dir", None),
    )


def _signing_key(key_file: str) -> Ed25519PrivateKey:  # cryptography: only with a key
    """The recorder's key (``CheckpointError``: why it cannot be used); warns if others read it."""
    path = Path(key_file).expanduser()
    key = load_private_key(path)
    try:
        if path.stat().st_mode & 0o077 and sys.platform != "win32":
            _LOGGER.warning("the signing key %s can be read by other accounts: chmod 600 it", path)
    except OSError:
        pass
    return key


def _checkpointer(
    key: Ed25519PrivateKey | str, store: Store, every_events: int, every_s: float,
    folder: str | None,
) -> Checkpointer:  # fmt: skip
    if isinstance(key, str):
        key = _signing_key(key)
    if folder is not None:
        export_to: Path | None = Path(folder).expanduser()
    elif store.path is not None:
        export_to = default_export_dir(store.path)
    else:
        export_to = None
        _LOGGER.warning(
            "signed checkpoints go into the log only: give --checkpoint-dir DIR to export "
            "files a supervisor keeps elsewhere (or run 'audit export-checkpoints')"
        )
    return Checkpointer(key, export_to, every_events=every_events, every_s=every_s)


def record_command(
    site_dir: str | None,
    store_url: str | None,
    links: str | None = None,
    *,
    signing_key: str | None = None,
    checkpoint_events: int = CHECKPOINT_EVENTS,
    checkpoint_seconds: float = CHECKPOINT_SECONDS,
    checkpoint_dir: str | None = None,
) -> int:
    prog = "dispatch-console record"
    if checkpoint_events < 1 or not checkpoint_seconds > 0:
        print(f"{prog}: the checkpoint interval must be positive", file=sys.stderr)
        return 2
    try:
        url = None if store_url is None else store_url_from_argument(store_url)
    except StoreArgumentError as exc:
        print(f"{prog}: --store: {exc}", file=sys.stderr)
        return 2
    try:
        site = load_site(site_dir or DEFAULT_SITE_DIR)
        key = None if signing_key is None else _signing_key(signing_key)
    except (SiteError, CheckpointError) as exc:  # before any store is opened or made
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    try:
        store = open_store(url)
    except StoreError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    try:
        identity = identify(store)
        check_records(identity)
        checkpointer = None
        if key is not None:
            checkpointer = _checkpointer(
                key, store, checkpoint_events, checkpoint_seconds, checkpoint_dir
            )
    except (Refused, OperatorError) as exc:
        store.close()
        print(f"{prog}: refused: {exc}", file=sys.stderr)
        return 1
    _LOGGER.info("recording as %s", identity.describe())
    recorder = Recorder(
        site, store, parse_links(links), checkpointer=checkpointer, identity=identity
    )
    try:
        asyncio.run(recorder.run(asyncio.Event()))
    finally:
        recorder.writer.close(STORE_CLOSE_TIMEOUT_S)
        recorder.follower.stop()
        recorder.claims.release_all()
        store.close()
    _LOGGER.info("recorder stopped; store flushed")
    return 0
