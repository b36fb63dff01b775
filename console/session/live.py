"""Console session: wires site, store, links and the window together.

Contract: ``ConsoleSession(window, site, store_url)``; ``await start()`` shows
the site on the map, opens the store off the GUI thread (migrations run
there), loads the last known picture (unit positions, latest events, and
the dispatch, call and alert pictures from their snapshots plus the log's
tail: ``console.services.pictures``), then starts the group-commit writer
and the links; every ``SNAPSHOT_REFRESH_MS`` new snapshots are written on a
worker thread, so a start's cost does not grow with the log. Committed events reach the
widgets through the ``Bridge``; text docks are refreshed on timers (data
arrival and painting run at different rates). Each map frame holds the
session's ``foreground`` gate (``models.store.follow.ForegroundGate``): the
follower reads no chunk while a frame paints, and the bridge starts no batch
that a due frame would wait for (``Bridge.yield_to``). ``await shutdown()`` closes the
links, flushes the store and releases it; nothing acknowledged is lost.
A store that cannot be opened leaves the console running with a red banner
and no links, since frames that cannot be stored must not be received.
Places: a ``PlacesService`` on the site's places file (its own worker thread
opens the index; a site without one still answers coordinates) feeds the
command line's completion, the map search, the call panel's and the
incidents' place names; it is closed on shutdown.
Reaching the units (pages, radio, a crew's request to talk) and the partner
agencies (CAD-to-CAD), and claiming the lines this position runs: the
``SessionReach`` mixin (``console.session.session_reach``); the banners of a
lost connection or failing commits: ``SessionConnection``.

Several positions on one database (PostgreSQL): the session runs only the
links it was given (``links``: None for all) and could claim; the others'
owners run them. Every position's events reach this one through a
``LogFollower`` (pushed by NOTIFY), in order, through the same bridge as its
own. When the database is unreachable (the follower's connection is lost,
or commits fail) a red banner says so and since when, the last picture
stays on screen, and every operator action is refused with that reason
until the connection is back and the follower has caught up.

Operators (``sign_in=True``, a live console started by ``console.app``):
once the store is open, the position's operator state is folded from the
log (``console.session.operator_desk.prepare``; on a store that never had
an operator the OS user ``os_user`` becomes its first administrator and, having
no password, is signed in without a prompt), the action services act
through that ``PositionOperator`` (role-checked, signed with the signed-in
operator's name), and ``console.session.operator_console`` shows the
sign-in dialog, the Operator menu, the idle lock and break-glass. Without
``sign_in`` (drills, screenshots, tests) every action is signed with
``operator`` and has the rights of whoever holds the store; nothing prompts.
Closing the console signs its operator out (an event) while the database
is reachable.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from console.config.site import Site, site_catalogue
from console.controllers.unit_roster import UnitRoster
from console.main_window import MainWindow
from console.reports.event_text import PositionUpdate
from console.session.bridge import Bridge, event_view
from console.session.link_ownership import link_names, others_links
from console.session.logged_links import LoggedLinks
from console.session.session_connection import SessionConnection
from console.session.session_docks import SessionDocks
from console.session.session_reach import SessionReach
from models.dispatch.events import UNIT_STATUS
from models.geo import LocalProjection
from widgets.bidi import shown_ltr
from widgets.views import EventView, StationView, UnitView

if TYPE_CHECKING:
    from console.controllers.alerts import AlertController
    from console.controllers.calls import CallController
    from console.controllers.dispatch import DispatchController
    from console.services.alerts import AlertService
    from console.services.calls import CallService
    from console.services.dispatch import DispatchService
    from console.services.ingest import IngestService
    from console.services.partner import PartnerService
    from console.services.places import PlacesService
    from console.services.reach import ReachService
    from console.services.sensors import SensorService
    from models.alerts.engine import AlertEngine
    from models.store import GroupCommitWriter, Store, StoredEvent
    from models.store.follow import ForegroundGate, LogFollower
    from models.store.link_claims import LinkClaims
    from widgets.wallboard import WallboardWidget

_LOGGER = logging.getLogger(__name__)

EVENT_LOG_REFRESH_MS = 250
UNIT_BOARD_REFRESH_MS = 500
LINK_STATUS_REFRESH_MS = 1000
INITIAL_EVENTS = 500
SNAPSHOT_REFRESH_MS = 600_000  # new picture snapshots, so a restart reads minutes of log
ATTRIBUTION = "© OpenStreetMap contributors"


def _open_store(url: str | None, purpose: str = "live") -> Store:
    from models.store import open_store

    return open_store(url, purpose=purpose)


class ConsoleSession(QObject, SessionReach, SessionConnection, SessionDocks):
    def __init__(
        self,
        window: MainWindow,
        site: Site,
        store_url: str | None,
        operator: str = "operator",
        links: frozenset[str] | None = None,
        store_purpose: str = "live",
        *,
        sign_in: bool = False,
        os_user: str | None = None,
        reach_links: bool = True,
    ) -> None:
        super().__init__(window)
        # False (a screenshot): never opens the site's pagers, radios or partners.
        self.reach_links = reach_links
        self.operator = operator
        self.sign_in = sign_in and store_purpose == "live"
        self.os_user = os_user or operator
        self.operator_prefill = operator if sign_in and operator != self.os_user else ""
        self.position_operator: Any = None  # console.session.operator.PositionOperator
        self.desk: Any = None  # console.session.operator_desk.OperatorDesk
        self.operator_console: Any = None  # console.session.operator_console.OperatorConsole
        # "drill": a drill store (refused if live), and exercise alerts may be handled.
        self.store_purpose = store_purpose
        self.wanted_links = links
        self.follower: LogFollower | None = None
        self.foreground: ForegroundGate | None = None  # held by each map frame (see start)
        self.claims: LinkClaims | None = None
        self.offline_reason: str | None = None
        self._follower_lost: str | None = None
        self._writer_failing: str | None = None
        self.dispatch: DispatchService | None = None
        self.controller: DispatchController | None = None
        self.calls: CallService | None = None
        self.call_controller: CallController | None = None
        self.alerts: AlertService | None = None
        self.reach: ReachService | None = None  # pages and radio ([reach] links)
        self.reach_config: Any = None  # console.config.reach.ReachConfig, once read
        self.reach_owned: frozenset[str] = frozenset()  # [reach] links and partners we run
        self._reach_fault: str | None = None  # [reach] or the partners could not start
        self.partners: PartnerService | None = None  # CAD-to-CAD ([[http.partners]])
        self.alert_engine: AlertEngine | None = None  # the one raising this position's alerts
        self._reach_banner: str | None = None  # a standing no-acknowledgement alarm
        self.sensors: SensorService | None = None
        self.alert_controller: AlertController | None = None
        self.places: PlacesService | None = None
        self._map_layers: asyncio.Future[None] | None = None
        self.overdue = site.overdue
        self.window = window
        self.site = site
        self.store_url = store_url
        self.store: Store | None = None
        self.writer: GroupCommitWriter | None = None
        self.ingest: IngestService | None = None
        self.logged_links = LoggedLinks(())  # the links another process runs: see start
        self.bridge = Bridge(self)
        # A committed batch never makes a map frame late: it waits for the tick due first.
        self.bridge.yield_to(window.map_widget.frame_clock())
        self.roster = UnitRoster(site)
        self.projection = LocalProjection(site.center_lat, site.center_lon)
        self._pending_events: list[EventView] = []
        self._pending_board: dict[str, UnitView] = {}
        self._last_seq = 0
        self.started = asyncio.Event()
        self._site_shown = False

        self.bridge.sigEventsCommitted.connect(self._on_bridge_events_committed)
        self.bridge.sigUnitsMoved.connect(self._on_bridge_units_moved)
        self.bridge.sigDispatchCommitted.connect(self._on_bridge_dispatch_committed)
        self.bridge.sigCallsCommitted.connect(self._on_bridge_calls_committed)
        self.bridge.sigPartnersCommitted.connect(self._on_bridge_partners_committed)
        window.event_log.sigEventActivated.connect(self._on_event_log_event_activated)
        self.bridge.sigAlertsCommitted.connect(self._on_bridge_alerts_committed)
        self.bridge.sigSensorFramesCommitted.connect(self._on_bridge_sensor_frames_committed)
        self.bridge.sigStoreHealth.connect(self._on_bridge_store_health)
        self.bridge.sigConnection.connect(self._on_bridge_connection)
        self.bridge.sigStatsCommitted.connect(self._on_bridge_stats_committed)
        window.sigWallboardRequested.connect(self._on_window_wallboard_requested)
        self.wallboard: WallboardWidget | None = None
        self._event_timer = self._timer(EVENT_LOG_REFRESH_MS, self._on_event_timer_timeout)
        self._board_timer = self._timer(UNIT_BOARD_REFRESH_MS, self._on_board_timer_timeout)
        self._link_timer = self._timer(LINK_STATUS_REFRESH_MS, self._on_link_timer_timeout)
        self._snapshot_timer = self._timer(SNAPSHOT_REFRESH_MS, self._on_snapshot_timer_timeout)
        self._snapshot_task: asyncio.Future[None] | None = None

    def _timers(self) -> tuple[QTimer, ...]:
        return (self._event_timer, self._board_timer, self._link_timer, self._snapshot_timer)

    def _timer(self, interval_ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- start and stop ----------------------------------------------------

    def show_site(self) -> None:
        """Put the site on the map and the units on the board (no I/O)."""
        if not self._site_shown:
            self._site_shown = True
            self._show_site()

    async def _show_map_layers(self) -> None:
        """Street names and landmarks on the map, from the places index (in the
        console's language where the data has it), else the road layer's names."""
        from console.reports.map_names import chosen_names, show_map_names
        from widgets.i18n import installed_language

        places = self.places
        if places is None:
            return
        language = installed_language()  # "sr_Latn" keeps its script: name:sr-Latn
        layers = await places.map_layers(self.site.roads.bbox(), language)
        names = chosen_names(layers.street_lines, layers.landmarks, self.site.roads)
        show_map_names(self.window.map_widget, names)

    async def start(self) -> None:
        self.show_site()
        loop = asyncio.get_running_loop()
        from console.services.places import PlacesService

        # Opened on its own thread at once: ready by the time anyone types a place.
        from widgets.i18n import installed_language

        # Results, reverse names and corners in the console's language where the data has it.
        self.places = PlacesService.for_site(self.site, language=installed_language())
        self.places.start(loop)
        self._map_layers = asyncio.ensure_future(self._show_map_layers())
        # SQLAlchemy and alembic import and the migrations run on a worker
        # thread, so the window paints first and the GUI thread never waits.
        from models.store import StoreError

        try:
            self.store = await loop.run_in_executor(
                None, _open_store, self.store_url, self.store_purpose
            )
        except StoreError as exc:
            _LOGGER.error("store unavailable: %s", exc)
            self.window.show_banner(
                self.tr(
                    "STORE UNAVAILABLE — links are not started, nothing is received: {err}"
                ).format(err=exc)
            )
            self.window.set_store_status(self.tr("Store: unavailable"))
            self.started.set()
            return
        store = self.store
        # The log's head first: everything after it reaches us through the follower,
        # and the states skip what the reads below already gave them.
        head = await loop.run_in_executor(None, store.last_seq)
        from console.reports.event_text import name_incident_types
        from console.services.pictures import load_pictures

        rows, events, pictures, catalogue = await loop.run_in_executor(
            None,
            lambda: (
                store.unit_positions(),
                store.latest_events(INITIAL_EVENTS),
                # The dispatch, call and alert pictures as of the head: the newest
                # snapshot of each and the log's tail after it.
                load_pictures(store, self.site, upto=head),
                site_catalogue(self.site),
            ),
        )
        # The event log names incident types by the catalogue's names, in the console's language.
        name_incident_types({t.code: t.name for t in catalogue.incident_types()})
        moved = self.roster.apply_rows(rows.values())
        self.window.map_widget.update_units(moved)
        self.window.unit_board.update_units(moved)
        self.window.sound_cues.units_shown(self.roster.all())  # primes: no sound at start
        # Newer ones (another position wrote meanwhile) come through the follower.
        events = [e for e in events if e.seq <= head]
        self.window.event_log.append_events([event_view(e) for e in reversed(events)])
        self._last_seq = events[0].seq if events else 0
        self._update_store_status()

        from console.controllers.alerts import AlertController
        from console.controllers.calls import CallController
        from console.controllers.dispatch import DispatchController
        from console.services.alerts import AlertService
        from console.services.calls import CallService
        from console.services.dispatch import DispatchService
        from console.services.ingest import IngestService
        from console.services.sensors import SensorService
        from models.alerts.engine import AlertEngine
        from models.calls.tracker import CallTracker
        from models.store import GroupCommitWriter
        from models.store.follow import ForegroundGate, LogFollower

        # A map frame has the interpreter lock to itself: the follower's reads wait for it.
        self.foreground = ForegroundGate()
        self.window.map_widget.set_frame_guard(self.foreground.hold)
        self.follower = LogFollower(
            store,
            head,
            self._on_follower_committed,
            on_connection=self.bridge.on_connection,
            gate=self.foreground,
        )
        self.writer = GroupCommitWriter(
            store, on_committed=self.follower.offer, on_health=self.bridge.on_health
        )
        # What this position commits reaches it through offer, never read back.
        self.follower.follow_writer(self.writer)
        identity: Any = self.operator  # a plain name: the store's holder, not role-checked
        first_events: list[Any] = []
        if self.sign_in:
            from console.session.operator_desk import OperatorDesk, prepare, usable_operator_name

            self.os_user = usable_operator_name(self.os_user)
            self.position_operator, first_events = await loop.run_in_executor(
                None, prepare, store, self.site.operators, self.os_user
            )
            identity = self.position_operator
            self.bridge.sigOperatorsCommitted.connect(self.position_operator.on_committed)
            self.desk = OperatorDesk(
                self.position_operator, self.writer, lambda: self.offline_reason, self.os_user
            )
        self.dispatch = DispatchService(
            self.site, catalogue, self.writer, identity, state=pictures.dispatch
        )
        self.controller = DispatchController(
            self, self.window, self.dispatch, self.roster, self.site, places=self.places
        )
        self.controller.start()
        call_state = pictures.calls
        self.calls = CallService(
            self.site, self.writer, identity, call_state, dispatch_state=self.dispatch.state
        )
        self.call_controller = CallController(
            self, self.window, self.calls, self.controller, places=self.places
        )
        self.call_controller.start()
        alert_state = pictures.alerts
        self.alerts = AlertService(
            self.site,
            self.writer,
            identity,
            alert_state,
            dispatch_state=self.dispatch.state,
            call_state=call_state,
            allow_exercise=self.store_purpose == "drill",
        )
        engine = AlertEngine(
            alert_state,
            self.site.sensors,
            self.site.zones,
            incident_types=[t.code for t in catalogue.incident_types()],
        )
        self.alert_engine = engine
        ingest_site = await loop.run_in_executor(None, self._take_links, store)
        # The site's links another process runs (a recorder): their rows from the log.
        self.logged_links = LoggedLinks(others_links(self.site, ingest_site))
        await loop.run_in_executor(None, self.logged_links.seed, store)
        self.sensors = SensorService(
            self.site, self.writer, engine, alert_links=link_names(ingest_site)
        )
        # Frames parsed and tracks written with the batch's signals; the engine after.
        self.bridge.prepare_sensor_frames = self.sensors.prepare
        self.alert_controller = AlertController(
            self, self.window, self.alerts, self.sensors, self.controller, self.site
        )
        self.alert_controller.start()
        for service in (self.dispatch, self.calls, self.alerts):
            service.refuse_when(lambda: self.offline_reason)
        self._start_reach(catalogue)
        self.follower.start()
        if self.desk is not None:
            await self._start_operators(first_events)
        tracker = CallTracker(call_state)
        self.ingest = IngestService(ingest_site, self.writer, call_tracker=tracker)
        await self.ingest.start()
        await self._start_partners(store, catalogue, call_state)
        for timer in self._timers():
            timer.start()
        self._on_link_timer_timeout()
        _LOGGER.info("session started: picture loaded, %d links running", len(self.ingest.links))
        self.started.set()

    async def _start_operators(self, first_events: list[Any]) -> None:
        """The first administrator, the OS user's sign-in when due, then the dialogs."""
        from console.session.operator_console import OperatorConsole

        outcome = await self.desk.start(first_events)
        if outcome.message:
            _LOGGER.info("operators: %s", outcome.english)
            self.window.statusBar().showMessage(outcome.message, 10_000)
        self.operator_console = OperatorConsole(
            self, self.position_operator, self.desk, self.operator_prefill
        )
        self.operator_console.start()

    async def _sign_out_at_close(self) -> None:
        console, desk = self.operator_console, self.desk
        if console is None or desk is None:
            return
        console.stop()
        await console.wait_idle()
        if self.offline_reason is None and self.position_operator.session() is not None:
            outcome = await desk.sign_out("console closed")
            _LOGGER.info("operators at close: %s", outcome.english)

    async def shutdown(self) -> None:
        for timer in self._timers():
            timer.stop()
        await self._sign_out_at_close()
        if self._snapshot_task is not None:  # a snapshot being written finishes first
            await asyncio.gather(self._snapshot_task, return_exceptions=True)
        if self.controller is not None:
            await self.controller.wait_idle()
        if self.call_controller is not None:
            await self.call_controller.wait_idle()
        if self.alert_controller is not None:
            self.alert_controller.stop()
            await self.alert_controller.wait_idle()
        if self.ingest is not None:
            await self.ingest.stop()
        from console.services.reach_wiring import close_reach

        # Their last steps are stored before the writer closes.
        await close_reach(self.reach, self.partners)
        loop = asyncio.get_running_loop()
        if self.writer is not None:
            writer = self.writer
            from console.services.ingest import STORE_CLOSE_TIMEOUT_S

            await loop.run_in_executor(None, writer.close, STORE_CLOSE_TIMEOUT_S)
        if self.follower is not None:
            await loop.run_in_executor(None, self.follower.stop)
        if self.claims is not None:
            self.claims.release_all()
        if self.store is not None:
            self.store.close()
        if self._map_layers is not None and not self._map_layers.done():
            self._map_layers.cancel()
        if self.places is not None:
            await loop.run_in_executor(None, self.places.close)
        _LOGGER.info("session closed: links closed, store flushed")

    # -- site ----------------------------------------------------------------

    def _show_site(self) -> None:
        stations = [
            StationView(s.station_id, s.name, s.discipline, s.lat, s.lon)
            for s in self.site.stations
        ]
        self.window.map_widget.set_site(self.projection, self.site.roads, stations, ATTRIBUTION)
        units = self.roster.all()
        self.window.map_widget.set_units(units)
        self.window.unit_board.set_units(units)
        self.window.map_widget.fit_to_site()

    # -- committed data -> widgets -------------------------------------------

    def _on_bridge_events_committed(self, views: list[EventView]) -> None:
        self._pending_events.extend(views)
        self.logged_links.on_views(views)
        self._last_seq = max(self._last_seq, views[-1].seq)

    def _on_bridge_units_moved(self, updates: Mapping[str, PositionUpdate]) -> None:
        changed = self.roster.apply_updates(updates)
        # The map coalesces on its own display timer; the board at text rate.
        self.window.map_widget.update_units(changed)
        for view in changed:
            self._pending_board[view.call_sign] = view

    def _on_follower_committed(self, events: list[StoredEvent]) -> None:
        """Follower thread, every committed batch in order: pages leave now, then the
        batch is queued for the bridge, which turns it into signals on the GUI thread
        (it always reaches it; a slice at a time under a storm)."""
        from console.services.reach_wiring import page_from_follower

        page_from_follower(self.reach, events)
        self.bridge.post(events)

    def _on_bridge_dispatch_committed(self, events: list[StoredEvent]) -> None:
        if any(e.kind == UNIT_STATUS for e in events):
            # Positions waiting for the board's timer go first, then the new statuses
            # (the controller repaints them as the dispatch service hears them).
            self._on_board_timer_timeout()
        from console.services.reach_wiring import on_dispatch_committed

        on_dispatch_committed(self.dispatch, self.reach, self.partners, events)

    # -- reaching the units (console.services.reach) ---------------------------------

    def _on_event_log_event_activated(self, seq: int) -> None:
        if self.store is None:
            return
        from console.reports.frame_detail import show_event

        asyncio.get_event_loop().create_task(show_event(self.window, self.store, self.site, seq))

    def _on_bridge_calls_committed(self, events: list[StoredEvent]) -> None:
        from console.services.reach_wiring import on_calls_committed

        if self.calls is not None:
            self.calls.on_committed(events)
        on_calls_committed(self.partners, events)  # a partner's call attached: "accepted"

    def _on_bridge_partners_committed(self, events: list[StoredEvent]) -> None:
        """An answer to a partner queued anywhere: delivered here if we own its outbox."""
        from console.services.reach_wiring import on_calls_committed

        on_calls_committed(self.partners, events)

    def _on_bridge_alerts_committed(self, events: list[StoredEvent]) -> None:
        if self.alerts is not None:
            self.alerts.on_committed(events)

    def _on_bridge_sensor_frames_committed(self, work: object) -> None:
        """What ``SensorService.prepare`` left for the GUI thread (the alert engine)."""
        if self.sensors is not None:
            self.sensors.apply(work)  # type: ignore[arg-type]

    def _on_bridge_stats_committed(self, events: list[StoredEvent]) -> None:
        self.logged_links.on_states(events)
        if self.wallboard is not None:
            self.wallboard.on_committed(events)  # queued to its worker: applied after its seed

    def _on_window_wallboard_requested(self) -> None:
        if self.wallboard is None:
            from widgets.wallboard import WallboardWidget

            self.wallboard = WallboardWidget()
            if self.store is not None:
                self._seed_wallboard(self.store)
        self.wallboard.show()
        self.wallboard.raise_()
        self.wallboard.activateWindow()

    def _seed_wallboard(self, store: Store) -> None:
        """Today and the last weeks from the log, on the wallboard's worker thread; every
        commit handed over meanwhile is queued behind the seed and applied after it."""
        from models.stats import site_targets
        from models.stats.wallboard_reader import wallboard_from_store

        assert self.wallboard is not None
        site = self.site
        units = [(u.call_sign, u.discipline, u.station_id) for u in site.units]
        targets = site_targets(site)
        self.wallboard.seed(
            lambda: wallboard_from_store(store, datetime.now(UTC), units, site.tzinfo, targets)
        )

    def _update_store_status(self) -> None:
        where = self.store.where if self.store is not None else "?"
        self.window.set_store_status(
            self.tr("Store: {where} · %n event(s)", "", self._last_seq).format(
                where=shown_ltr(where)
            )
        )
