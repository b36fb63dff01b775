"""Replay session: a supervisor's read-only window onto any store at any moment.

Contract: ``ReplaySession(window, site, store_url)`` opens the store
read-only (a live store keeps being written by its console; a drill store or
a copy works the same), verifies its hash chain and says the result in the
window's banner (the map names its streets and landmarks as the console's map does,
``console.reports.map_names``), and drives every dock and the map from
``ReplayProjector.state_at(t)``: units with status and position, incidents,
alerts, calls with their uncertainty, link health, radar tracks with trails,
and the event log up to ``t``. The timeline dock moves ``t`` (play at 1x to
600x, jump, step to the previous or next event); projections run on a worker
thread and only the newest requested time is projected, so the window never
waits and fast playback drops intermediate states, never frames. Nothing
can be changed: the command line is disabled and actions are not wired.

Every timer of the window runs on the replay clock (``clock()``: the time of
the state on screen), never on this PC's: ring and talk timers, unit status
timers and fix ages, incident and alert ages, the detail panels and the
status bar clock, and units' overdue warnings are judged at that time.

A drill store (``console.reports.incident.exercise_title``) is replayed as a
drill: the window gets the live drill's permanent DRILL banner and orange
tint (``window.set_drill``), its title and the replay banner say DRILL too.

View > Wallboard (``window.sigWallboardRequested``) opens the wallboard as
it was at the replayed moment (``wallboard``): its projection holds exactly
the log's prefix the state on screen shows (``state.seq``), seeded as a live
console seeds it (``models.stats.wallboard_reader.wallboard_at_seq``: the last weeks
and a day), and its clock is the replay clock. Playing forward hands it the
wallboard's kinds since the last state (``wallboard_events``, read on the
thread that projects the states); a seek back, or a jump over more than
``WALLBOARD_STEP_MAX`` events, rebuilds its projection there. The GUI
thread then only queues them to the wallboard (``on_committed`` or
``set_projection``) and asks it to refresh at the state's time: its own
worker applies them in order and computes the snapshot, so nothing is
skipped and the GUI thread never applies events. The wallboard's own 1 s
timer is stopped in replay: the replay clock moves only when a state is
shown, and the wallboard refreshes then.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6
from PySide6.QtCore import QObject

from console.config.site import Site, site_catalogue
from console.controllers.unit_roster import UnitRoster
from console.reports.event_text import name_incident_types, position_update
from console.reports.incident import exercise_title
from console.reports.map_names import MapNames, read_map_names, show_map_names
from console.services.dispatch import incident_view
from console.session.bridge import event_view
from models.dispatch.status import UnitStatus
from models.geo import LocalProjection
from widgets.bidi import shown_isolated, shown_ltr
from widgets.i18n import installed_language
from widgets.map.tracks import TrackFrame
from widgets.views import (
    CallView,
    LinkView,
    LocationView,
    StationView,
)

if TYPE_CHECKING:
    from console.main_window import MainWindow
    from models.replay import ReplayProjector, ReplayState
    from models.store import Store
    from widgets.wallboard import WallboardWidget

_LOGGER = logging.getLogger(__name__)

_NO_WALLBOARD = object()  # the wallboard was not open when the state was asked for
MARKER_KINDS = {
    "call.offered": "call",
    "incident.created": "incident",
    "alert.raised": "alert",
    "unit.assigned": "dispatch",
}
EVENT_LOG_ROWS = 500
WALLBOARD_STEP_MAX = 200_000  # log events between two states fed one by one; more: rebuilt
ATTRIBUTION = "© OpenStreetMap contributors"


class ReplaySession(QObject):
    def __init__(self, window: MainWindow, site: Site, store_url: str) -> None:
        super().__init__(window)
        self.window = window
        self.site = site
        self.store_url = store_url
        self.store: Store | None = None
        self.projector: ReplayProjector | None = None
        self.catalogue = site_catalogue(site)
        name_incident_types({t.code: t.name for t in self.catalogue.incident_types()})
        self.roster = UnitRoster(site)
        self.time: datetime | None = None
        self._wanted: datetime | None = None
        self._busy = False
        self.states_shown = 0
        self.drill_title: str | None = None  # None: not a drill store
        self._log_window: list[Any] = []  # the event-log rows of the last state (worker thread)
        self.wallboard: WallboardWidget | None = None
        self._wallboard_seq: int | None = None  # the log prefix its projection holds; None: none
        use_clock(window, self.clock)
        window.sigWallboardRequested.connect(self._on_window_wallboard_requested)

    def clock(self) -> datetime:
        """The replay clock: the time of the state on screen (this PC's before the first)."""
        return self.time if self.time is not None else datetime.now(UTC)

    # -- start ---------------------------------------------------------------------

    def show_site(self) -> None:
        """Put the site on the map (no I/O); the store opens in ``start``."""
        w = self.window
        w.command_line.setEnabled(False)
        stations = [
            StationView(s.station_id, s.name, s.discipline, s.lat, s.lon)
            for s in self.site.stations
        ]
        projection = LocalProjection(self.site.center_lat, self.site.center_lon)
        w.map_widget.set_site(projection, self.site.roads, stations, ATTRIBUTION)
        w.map_widget.fit_to_site()

    async def shutdown(self) -> None:
        self.close()

    async def start(self) -> None:
        self.show_site()
        w = self.window
        loop = asyncio.get_running_loop()
        # Street names and landmarks as on the console's map, read off the GUI thread.
        names = loop.run_in_executor(None, read_map_names, self.site, installed_language())
        names.add_done_callback(self._show_map_names)
        opened = await loop.run_in_executor(None, self._open)
        self.store, self.projector, verdict, markers, times, self.drill_title = opened
        if self.drill_title is not None:
            self._mark_drill(self.drill_title)
            banner = self.tr("REPLAY OF A DRILL — read-only — {where} — {verdict}")
        else:
            banner = self.tr("REPLAY — read-only — {where} — {verdict}")
        w.show_banner(banner.format(where=shown_ltr(self.store.where), verdict=verdict))
        timeline = w.timeline
        first, last = self.projector.first_time(), self.projector.last_time()
        if first is None or last is None:
            w.set_store_status(self.tr("Replay: the store holds no events"))
            return
        timeline.set_range(first, last)
        timeline.set_density(np.asarray(times))
        timeline.set_markers(markers)
        timeline.sigTimeChanged.connect(self.seek)
        timeline.sigSeek.connect(self.seek)
        timeline.sigStep.connect(self._on_timeline_step)
        timeline.sigFilterChanged.connect(w.event_log.filter_edit().setText)
        w.event_log.sigEventActivated.connect(self._on_event_log_event_activated)
        self.seek(last)

    def _show_map_names(self, names: asyncio.Future[MapNames]) -> None:
        if names.cancelled() or names.exception() is not None:
            return
        if shiboken6.isValid(self.window.map_widget):
            show_map_names(self.window.map_widget, names.result())

    def _mark_drill(self, title: str) -> None:
        w = self.window
        shown = title or self.tr("drill")
        w.set_drill(shown)
        w.setWindowTitle(
            self.tr("Replay — DRILL — {title} — {site}").format(title=shown, site=self.site.name)
        )

    def _open(
        self,
    ) -> tuple[Any, Any, str, list[tuple[datetime, str, str]], list[float], str | None]:
        from console.services.sensor_replay import SensorReplayFeed
        from models.replay import ReplayProjector, open_store_readonly
        from models.store import verify_chain

        store = open_store_readonly(self.store_url)
        report = verify_chain(store)
        if report.ok:  # self.tr: thread-safe (this runs on a worker thread)
            verdict = self.tr("hash chain intact over %n event(s)", "", report.checked)
        else:
            verdict = self.tr("HASH CHAIN BROKEN at event {seq}: {reason}").format(
                seq=shown_ltr(report.first_bad_seq), reason=shown_isolated(report.reason)
            )
        projector = ReplayProjector(
            store, position_of=position_update, radar=lambda: SensorReplayFeed(self.site)
        )
        times = projector.event_times_s()
        markers = []
        for event in store.latest_events(1_000_000, kinds=list(MARKER_KINDS))[::-1]:
            payload = event.payload or {}
            label = str(payload.get("incident_id") or payload.get("call_id")
                        or payload.get("alert_id") or "")  # fmt: skip
            markers.append((event.rx_time, MARKER_KINDS[event.kind], label))
        return store, projector, verdict, markers, times, exercise_title(store)

    def _on_event_log_event_activated(self, seq: int) -> None:
        if self.store is None:
            return
        from console.reports.frame_detail import show_event

        asyncio.get_event_loop().create_task(show_event(self.window, self.store, self.site, seq))

    def close(self) -> None:
        if self.wallboard is not None:
            self.wallboard.stop()
            self.wallboard.close()
        if self.store is not None:
            self.store.close()

    # -- the wallboard at the replayed moment ----------------------------------------------

    def _on_window_wallboard_requested(self) -> None:
        if self.wallboard is None:
            from models.stats import site_targets
            from models.stats.wallboard import WallboardProjection
            from widgets.wallboard import WallboardWidget

            units = [(u.call_sign, u.discipline, u.station_id) for u in self.site.units]
            projection = WallboardProjection(units, self.site.tzinfo, site_targets(self.site))
            self.wallboard = WallboardWidget(projection, clock=self.clock)
            self.wallboard.timer.stop()  # refreshed with each state shown (see the docstring)
            title = self.tr("Wallboard — REPLAY — {site}").format(site=self.site.name)
            if self.drill_title is not None:
                title = self.tr("Wallboard — REPLAY OF A DRILL — {site}").format(
                    site=self.site.name
                )
            self.wallboard.setWindowTitle(title)
            self._wallboard_seq = None
            if self.time is not None:
                self.seek(self.time)  # the state on screen, with the wallboard this time
        self.wallboard.show()
        self.wallboard.raise_()
        self.wallboard.activateWindow()

    def _wallboard_update(self, board_seq: int | None, state: ReplayState) -> Any:
        """Worker thread: what brings the wallboard from the log's prefix ``board_seq`` to
        ``state``: the events in between (a list), or a projection rebuilt at the state, or
        None when it is there already."""
        from models.stats import site_targets
        from models.stats.wallboard_reader import wallboard_at_seq, wallboard_events

        assert self.store is not None
        if board_seq == state.seq:
            return None
        if board_seq is None or state.seq < board_seq or state.seq - board_seq > WALLBOARD_STEP_MAX:
            units = [(u.call_sign, u.discipline, u.station_id) for u in self.site.units]
            return wallboard_at_seq(
                self.store, state.seq, state.time, units, self.site.tzinfo,
                site_targets(self.site),
            )  # fmt: skip
        return wallboard_events(self.store, board_seq, state.seq)

    def _show_wallboard(self, seq: int, update: Any) -> None:
        board = self.wallboard
        if board is None:
            return
        if isinstance(update, list):
            board.on_committed(update)
        elif update is not None:
            board.set_projection(update)
        self._wallboard_seq = seq
        board.refresh()  # as at the replay clock: the state just shown

    # -- seeking (only the newest wanted time is projected) -------------------------------

    def seek(self, when: datetime) -> None:
        self._wanted = when
        if not self._busy:
            asyncio.get_event_loop().create_task(self._project())

    def _on_timeline_step(self, direction: int) -> None:
        if self.projector is None or self.time is None:
            return
        target = self.projector.step(self.time, direction)
        if target is not None:
            self.window.timeline.set_time(target)
            self.seek(target)

    async def _project(self) -> None:
        self._busy = True
        try:
            loop = asyncio.get_running_loop()
            while self._wanted is not None and self.projector is not None:
                when, self._wanted = self._wanted, None
                projector = self.projector
                state, events, board = await loop.run_in_executor(
                    None, self._state_and_events, projector, when, self.wallboard is not None,
                    self._wallboard_seq,
                )  # fmt: skip
                self._show(state, events)
                if board is not _NO_WALLBOARD:
                    self._show_wallboard(state.seq, board)
        finally:
            self._busy = False

    def _state_and_events(
        self, projector: Any, when: datetime, wallboard: bool = False,
        board_seq: int | None = None,
    ) -> tuple[Any, list[Any], Any]:  # fmt: skip
        state = projector.state_at(when)
        assert self.store is not None
        window = self._log_window
        start = max(0, state.seq - EVENT_LOG_ROWS)
        if window and window[0].seq <= start + 1 and window[-1].seq <= state.seq:
            # Playing forward: read only the rows since the last tick, not 500 again.
            gap = state.seq - window[-1].seq
            newer = self.store.events_since(window[-1].seq, gap) if gap else []
            events = [e for e in window + newer if start < e.seq <= state.seq]
        else:
            read = self.store.events_since(start, EVENT_LOG_ROWS)
            events = [e for e in read if e.seq <= state.seq]
        self._log_window = events
        board = self._wallboard_update(board_seq, state) if wallboard else _NO_WALLBOARD
        return state, events, board

    # -- showing a state ------------------------------------------------------------------

    def _show(self, state: ReplayState, events: list[Any]) -> None:
        from console.services.alerts import alert_view

        w = self.window
        self.time = state.time
        self.states_shown += 1
        w.timeline.set_time(state.time)
        w.clock.refresh()  # the status bar's clock says the replayed moment at once
        units = {u.call_sign: u for u in state.units}
        views = []
        for view in UnitRoster(self.site).all():
            u = units.get(view.call_sign)
            if u is not None:
                view = view.__class__(
                    call_sign=view.call_sign,
                    unit_type=view.unit_type,
                    discipline=view.discipline,
                    station_id=view.station_id,
                    status=u.status,
                    lat=u.lat if u.lat is not None else view.lat,
                    lon=u.lon if u.lon is not None else view.lon,
                    fix_time=u.fix_time,
                    speed_mps=u.speed_mps,
                    course_deg=u.course_deg,
                    status_since=u.status_since,
                    incident_id=u.incident_id,
                    overdue=self._overdue(u.status, u.status_since, state.time),
                )
            views.append(view)
        w.map_widget.set_units(views)
        w.unit_board.set_units(views)
        incidents = [
            incident_view(i, self.catalogue, state.committed.get(i.incident_id, []))
            for i in state.incidents
        ]
        w.incident_queue.set_incidents(incidents)
        w.map_widget.set_incidents(incidents)
        alerts = [alert_view(a) for a in state.alerts]
        w.alert_queue.set_alerts(alerts)
        w.map_widget.set_alert_areas(alerts)
        calls = [self._call_view(c) for c in state.calls]
        w.call_queue.set_calls(calls)
        w.map_widget.set_callers(calls)
        w.link_status.set_links(
            [
                LinkView(
                    link.link, link.endpoint or "", "", link.state or "?", 0, 0, 0, link.error, None
                )
                for link in state.links
            ]
        )
        w.map_widget.set_track_frame(_track_frame(state))
        w.event_log.model().clear()
        w.event_log.append_events([event_view(e) for e in events])
        w.set_store_status(
            self.tr("Replay at {time} · event {seq}").format(
                time=state.time.astimezone(self.site.tzinfo).strftime("%Y-%m-%d %H:%M:%S"),
                seq=state.seq,
            )
        )

    def _overdue(self, status: str, since: datetime | None, at: datetime) -> str | None:
        """The overdue warning the live console showed at ``at`` (None when not)."""
        if since is None:
            return None
        try:
            return self.site.overdue.check(UnitStatus(status), since, at)
        except ValueError:  # a status this version does not know
            return None

    @staticmethod
    def _call_view(call: Any) -> CallView:
        location = None
        if call.lat is not None and call.lon is not None:
            location = LocationView(
                source=call.location_source or call.via,
                lat=call.lat,
                lon=call.lon,
                radius_m=call.radius_m,
                confidence=None,
                time=call.offered,
                verified=call.verified,
            )
        return CallView(
            call_id=call.call_id,
            number=call.number,
            state=call.state,
            via=call.via,
            class_of_service=None,
            offered=call.offered,
            answered=None,
            location=location,
            incident_id=call.incident_id,
        )


def use_clock(window: MainWindow, clock: Callable[[], datetime]) -> None:
    """Make every timer of ``window`` read ``clock`` instead of this PC's clock.

    The docks take their clock at construction (``clock=``, default the wall
    clock); the replay window is built like the live one, so its clocks are
    swapped here: each holder's ``set_clock`` where it has one, else its
    ``_clock``. A holder without either is a programming error and raises.
    """
    holders: list[Any] = [
        window.call_queue.model(),
        window.alert_queue.model(),
        window.incident_queue.model(),
        window.unit_board.model(),
        window.call_panel,
        window.incident_panel,
        window.alert_panel,
        window.clock,
    ]
    for holder in holders:
        setter = getattr(holder, "set_clock", None)
        if callable(setter):
            setter(clock)
        elif hasattr(holder, "_clock"):
            holder._clock = clock
        else:
            raise AttributeError(f"{type(holder).__name__} has no clock to set")


def _track_frame(state: ReplayState) -> TrackFrame:
    tracks = state.tracks
    trail_lat: list[float] = []
    trail_lon: list[float] = []
    for track in tracks:
        for lat, lon in track.trail:
            trail_lat.append(lat)
            trail_lon.append(lon)
        trail_lat.append(np.nan)
        trail_lon.append(np.nan)
    return TrackFrame(
        ids=[t.key for t in tracks],
        lat=np.array([t.lat for t in tracks], dtype=float),
        lon=np.array([t.lon for t in tracks], dtype=float),
        speed=np.full(len(tracks), np.nan),
        course=np.full(len(tracks), np.nan),
        labels=[t.label or "" for t in tracks],
        trail_lat=np.array(trail_lat, dtype=float),
        trail_lon=np.array(trail_lon, dtype=float),
    )
