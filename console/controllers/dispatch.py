"""Dispatch controller: wires the dispatch widgets to the ``DispatchService``.

Contract: ``DispatchController(parent, window, service, roster, site)`` is
created by the session once the store is open. It
- turns every intent (command line, unit board and map context menus,
  incident panel, recommendation panel) into one service action, run as an
  asyncio task; a refusal (``DispatchError``) or an unreachable place is shown
  inline in the command line and in the status bar, never as a crash;
- refreshes the incident queue, the incident panel, unit statuses on the
  board and the map, and the command line's completion context whenever
  committed dispatch events changed the state, and once a second for timers
  and overdue warnings;
- computes recommendations on a worker thread (routing never runs on the GUI
  thread), shows them in the recommendation panel and draws the routes.
A new incident is selected and gets its recommendation at once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from console.controllers import command_grammar as grammar
from console.controllers.actions import ActionController
from console.controllers.recommendation_views import recommendation_views
from console.services.dispatch import DispatchError, DispatchService, incident_view
from models.dispatch.recommend import Recommendation, UnitRecord, recommend
from models.dispatch.status import UnitStatus
from models.routing.snap import RoutingError
from widgets.views import IncidentView, NoteView

if TYPE_CHECKING:
    from console.config.site import Site
    from console.controllers.unit_roster import UnitRoster
    from console.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)

TIMER_REFRESH_MS = 1000


class DispatchController(ActionController):
    REFUSALS = (DispatchError, RoutingError)

    def __init__(
        self,
        parent: QObject,
        window: MainWindow,
        service: DispatchService,
        roster: UnitRoster,
        site: Site,
    ) -> None:
        super().__init__(parent, window)
        self.service = service
        self.roster = roster
        self.site = site
        self.catalogue = service.catalogue
        self.selected_incident: str | None = None
        self.selected_unit: str | None = None
        self.recommendations: dict[str, Recommendation] = {}
        self._refresh_timer = self._timer(TIMER_REFRESH_MS, self._on_timer_timeout)

        w = self.window
        w.command_line.sigIntent.connect(self._on_command_line_intent)
        w.unit_board.sigStatusChangeRequested.connect(self._on_status_change_requested)
        w.map_widget.sigStatusChangeRequested.connect(self._on_status_change_requested)
        w.map_widget.sigRecommendRequested.connect(self._on_recommend_requested)
        w.map_widget.sigNewIncidentRequested.connect(self._on_map_new_incident_requested)
        w.map_widget.sigUnitSelected.connect(self._on_unit_selected)
        w.unit_board.sigUnitSelected.connect(self._on_unit_selected)
        w.incident_queue.sigIncidentSelected.connect(self._on_incident_selected)
        w.incident_panel.sigAddNote.connect(self._on_panel_add_note)
        w.incident_panel.sigRecommend.connect(self._on_recommend_requested)
        w.incident_panel.sigClose.connect(self._on_panel_close)
        w.recommendation_panel.sigDispatch.connect(self._on_panel_dispatch)
        w.recommendation_panel.sigCandidateHovered.connect(w.map_widget.highlight_route)
        service.add_listener(self._on_service_changed)

    def start(self) -> None:
        self._refresh_all()
        self._refresh_timer.start()

    # -- intents -----------------------------------------------------------------

    def _on_command_line_intent(self, intent: object) -> None:
        if isinstance(intent, grammar.DispatchUnits):
            self._run(self._dispatch(intent.incident, intent.units), "dispatch")
        elif isinstance(intent, grammar.ChangeStatus):
            self._run(
                self.service.change_status(intent.units, intent.status, intent.reason), "status"
            )
        elif isinstance(intent, grammar.NewIncident):
            self._run(self._new_incident(intent), "new incident")
        elif isinstance(intent, grammar.ShowRecommendation):
            self._run(self.recommend(intent.incident), "recommend")
        elif isinstance(intent, grammar.AddNote):
            self._run(self.service.add_note(intent.incident, intent.text), "note")
        elif isinstance(intent, grammar.CloseIncident):
            self._run(self.service.close_incident(intent.incident, intent.disposition), "close")
        elif isinstance(intent, grammar.Select):
            if intent.kind == "unit":
                self._on_unit_selected(intent.target)
                self.window.map_widget.select_unit(intent.target)
                self.window.unit_board.select_unit(intent.target)
                view = self.roster.get(intent.target)
                if view is not None and view.lat is not None and view.lon is not None:
                    self.window.map_widget.center_on(view.lat, view.lon)
            else:
                self._select_incident(intent.target, center=True)

    def _on_status_change_requested(self, call_sign: str, status: str) -> None:
        self._run(self.service.change_status([call_sign], UnitStatus(status)), "status")

    def _on_recommend_requested(self, incident_id: str) -> None:
        self._run(self.recommend(incident_id), "recommend")

    def _on_map_new_incident_requested(self, lat: float, lon: float) -> None:
        # Keyboard-first: the dispatcher types the incident type, the place is filled in.
        self.window.command_line.prefill(f"N  @ {lat:.6f},{lon:.6f}", cursor=2)

    def _on_panel_add_note(self, incident_id: str, text: str) -> None:
        self._run(self.service.add_note(incident_id, text), "note")

    def _on_panel_close(self, incident_id: str, disposition: str) -> None:
        self._run(self.service.close_incident(incident_id, disposition), "close")

    def _on_panel_dispatch(
        self, incident_id: str, call_signs: list[str], recommended: bool
    ) -> None:
        self._run(self._dispatch(incident_id, call_signs, recommended=recommended), "dispatch")

    def _on_unit_selected(self, call_sign: str) -> None:
        self.selected_unit = call_sign or None
        self._update_context()

    def _on_incident_selected(self, incident_id: str) -> None:
        self._select_incident(incident_id, center=True)

    # -- actions -------------------------------------------------------------------

    async def _new_incident(self, intent: grammar.NewIncident) -> None:
        lat, lon = intent.lat, intent.lon
        if intent.at_selected or lat is None or lon is None:
            place = self._selected_place()
            if place is None:
                raise DispatchError(
                    "where? give @ lat,lon, or select a unit or incident and use @ sel"
                )
            lat, lon = place
        incident_id = await self.service.create_incident(
            intent.type_code, lat, lon, intent.location or None
        )
        self._select_incident(incident_id, center=True)
        await self.recommend(incident_id)

    def _selected_place(self) -> tuple[float, float] | None:
        if self.selected_unit:
            view = self.roster.get(self.selected_unit)
            if view is not None and view.lat is not None and view.lon is not None:
                return view.lat, view.lon
        if self.selected_incident:
            incident = self.service.state.incidents.get(self.selected_incident)
            if incident is not None:
                return incident.lat, incident.lon
        return None

    async def _dispatch(
        self, incident_id: str, call_signs: Any, *, recommended: bool | None = None
    ) -> None:
        rec = self.recommendations.get(incident_id)
        if call_signs is None:
            if rec is None:
                rec = await self.recommend(incident_id)
            call_signs = [c.call_sign for c in rec.chosen()]
            if not call_signs:
                raise DispatchError(f"no unit is available for {incident_id}")
        chosen = {c.call_sign for c in rec.chosen()} if rec else set()
        if recommended is None:
            recommended = bool(chosen) and set(call_signs) == chosen
        etas: dict[str, tuple[float | None, float | None, str | None]] = {}
        if rec is not None:
            for slot in rec.slots:
                for c in slot.candidates:
                    etas[c.call_sign] = (c.eta_s, c.route_m, c.reason)
        await self.service.dispatch(
            incident_id, list(call_signs), recommended=recommended, etas=etas
        )
        self.recommendations.pop(incident_id, None)
        self.window.map_widget.set_routes([])
        self.window.recommendation_panel.show_recommendation(None)

    async def recommend(self, incident_id: str) -> Recommendation:
        incident = self.service.state.incidents.get(incident_id)
        if incident is None:
            raise DispatchError(f"unknown incident {incident_id!r}")
        plan = self.catalogue.plan(incident.type_code)
        records = self._unit_records()
        site = self.site
        now = datetime.now(UTC)
        loop = asyncio.get_running_loop()
        rec = await loop.run_in_executor(
            None,
            lambda: recommend(site.graph, plan.slots, records, incident.lat, incident.lon, now),
        )
        self.recommendations[incident_id] = rec
        view, routes = recommendation_views(rec, incident_id)
        self.window.recommendation_panel.show_recommendation(view)
        self.window.recommendation_panel.raise_()
        self.window.map_widget.set_routes(list(routes))
        return rec

    def _unit_records(self) -> list[UnitRecord]:
        stations = {s.station_id: s for s in self.site.stations}
        records = []
        for unit in self.site.units:
            view = self.roster.get(unit.call_sign)
            station = stations.get(unit.station_id)
            has_fix = view is not None and view.fix_time is not None
            records.append(
                UnitRecord(
                    call_sign=unit.call_sign,
                    unit_type=unit.unit_type,
                    status=self.service.state.unit(unit.call_sign).status.value,
                    lat=view.lat if has_fix else None,
                    lon=view.lon if has_fix else None,
                    fix_time=view.fix_time if has_fix else None,
                    station_lat=station.lat if station else None,
                    station_lon=station.lon if station else None,
                )
            )
        return records

    # -- refreshing the picture ------------------------------------------------------

    def _on_service_changed(self, _kinds: set[str]) -> None:
        self._refresh_all()

    def _on_timer_timeout(self) -> None:
        self._refresh_units()

    def _refresh_all(self) -> None:
        self._refresh_units()
        incidents = self.incident_views()
        self.window.incident_queue.set_incidents(incidents)
        self.window.map_widget.set_incidents(incidents)
        if self.selected_incident and self.selected_incident not in {
            i.incident_id for i in incidents
        }:
            self.selected_incident = None
        self._show_selected_incident()
        self._update_context()

    def _refresh_units(self) -> None:
        changed = self.roster.apply_dispatch(
            self.service.state, self.site.overdue, datetime.now(UTC)
        )
        if changed:
            self.window.map_widget.update_units(changed)
            self.window.unit_board.update_units(changed)

    def incident_views(self) -> list[IncidentView]:
        state = self.service.state
        return [
            incident_view(i, self.catalogue, state.committed_units(i.incident_id))
            for i in state.open_incidents()
        ]

    def show_incident(self, incident_id: str) -> None:
        """Select an incident everywhere and centre the map on it."""
        self._select_incident(incident_id, center=True)

    def _select_incident(self, incident_id: str | None, *, center: bool) -> None:
        self.selected_incident = incident_id
        self.window.incident_queue.select_incident(incident_id)
        self._show_selected_incident()
        self._update_context()
        incident = self.service.state.incidents.get(incident_id) if incident_id else None
        if center and incident is not None:
            self.window.map_widget.center_on(incident.lat, incident.lon)

    def _show_selected_incident(self) -> None:
        incident_id = self.selected_incident
        view = next((i for i in self.incident_views() if i.incident_id == incident_id), None)
        notes = [
            NoteView(n.incident_id, n.time, n.operator, n.text)
            for n in self.service.state.notes.get(incident_id or "", [])
        ]
        units = [
            u for u in (self.roster.get(c) for c in (view.units if view else ())) if u is not None
        ]
        self.window.incident_panel.show_incident(view, notes, units)

    def _update_context(self) -> None:
        state = self.service.state
        self.window.command_line.set_context(
            grammar.CommandContext(
                units=tuple(u.call_sign for u in self.site.units),
                incidents=tuple(i.incident_id for i in state.open_incidents()),
                incident_types=tuple(t.code for t in self.catalogue.incident_types()),
                selected_incident=self.selected_incident,
                selected_unit=self.selected_unit,
            )
        )
