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
A new incident is selected and gets its recommendation at once. The
recommendation panel follows the selected incident: selecting another one
drops the recommendation shown (no stale Dispatch), an incident recommended
before gets a fresh one, and a recommendation that arrives after the
dispatcher moved on is kept but not shown; ``R x`` selects x. The
Incident card comes forward after a dispatch, with the units sent and their
timers; ``CARD x`` selects x and brings its card forward. The command line's
context is the dispatch state plus what the call and alert controllers hand
over with ``set_context_part`` (their calls and alerts).

Places (``places``, a ``console.services.places.PlacesService``, may be None):
- while the dispatcher types a place after ``@`` the command line's list is
  fed from the service (consumer ``command-line``; near the selected call's
  fix when one is set in ``place_hint``, else the map centre); the map search
  field (``window.place_search`` when the window has one) likewise, and a
  chosen place centres the map;
- ``N``/``LOC`` resolve their place before anything is stored: a picked
  result is verified; a typed place verifies only to an unambiguous exact
  match, otherwise nothing is stored, the line comes back and the list opens
  ("which one?"); coordinates and map picks are forced, unverified points
  unless a typed address matches them; the position must be on the road
  network (a refused location creates nothing). The incident records what
  was typed, the verified place, the flags and the reverse name, naming the
  index build (``DispatchService.create_incident``/``relocate_incident``);
- ``WHERE <unit|incident>`` names a position (reverse geocoding), as does a
  ``sigWhereRequested(call_sign)`` of the unit board or the map when they
  offer one.

Reopening: ``reopen(incident_id, reason)`` runs the supervisor's
``DispatchService.reopen_incident`` (a dispatcher sees the refusal naming
the role); the command line's ``REOPEN <incident> <reason>`` intent (a
``ReopenIncident`` with ``incident`` and ``reason``) calls it. When the
grammar's ``CommandContext.closed_incidents`` holds the
``CLOSED_IN_CONTEXT`` most recently closed incidents of the picture.

Partner agencies (``partners``, a ``console.services.partner.PartnerService``
the session sets when the site has ``[[http.partners]]``; None: none):
``HANDOVER <incident> <partner> [note]`` is ``hand_over(incident_id,
partner, note)`` ("handed over to {partner}" on the command line; without
partners the refusal names ``[[http.partners]]``); the command line's
context names the partners.

Reaching the units (``reach``, a ``console.services.reach.ReachService`` the
session sets when the site has ``[reach]`` links; None: nothing to page):
``RESEND <unit> [<link>]`` and ``VOICE <unit>`` are its actions (refused
with the reason when there is no paging or radio link), and the incident
card's "Reached" column shows each unit's newest notice
(``reach_lines(incident_id)``), as ``describe_notice(notice)`` words it in
the console's language (``Notice.describe()`` stays the Qt-free English).

Language: the controller's own refusals and answers, and the action named
before a service's refusal ("dispatch: …"), are translated (context
``DispatchController``); values in them are isolated in a right-to-left
console (``widgets.bidi``). The services' refusals are shown through
``console.reports.refusals.refusal_text`` (translated, context
``Refusal``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from console.controllers import command_grammar as grammar
from console.controllers.actions import ActionController
from console.controllers.dispatch_places import DispatchPlaces
from console.controllers.dispatch_reach import DispatchReach
from console.controllers.recommendation_views import recommendation_views
from console.reports.recommendation_reasons import why_data
from console.services.dispatch import DispatchError, DispatchService, incident_view
from console.services.places import (
    PlacesService,
    reverse_payload,
)
from models.dispatch.recommend import Recommendation, UnitRecord, recommend
from models.dispatch.status import UnitStatus
from models.geo import LocalProjection
from models.routing.snap import RoutingError
from widgets.bidi import shown_ltr
from widgets.views import IncidentView, NoteView

if TYPE_CHECKING:
    from console.config.site import Site
    from console.controllers.unit_roster import UnitRoster
    from console.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)

TIMER_REFRESH_MS = 1000
CLOSED_IN_CONTEXT = 200  # closed incidents the command line may name (REOPEN)


class DispatchController(ActionController, DispatchPlaces, DispatchReach):
    REFUSALS = (DispatchError, RoutingError)

    def __init__(
        self,
        parent: QObject,
        window: MainWindow,
        service: DispatchService,
        roster: UnitRoster,
        site: Site,
        places: PlacesService | None = None,
    ) -> None:
        super().__init__(parent, window)
        self.service = service
        self.roster = roster
        self.site = site
        self.places = places
        # Where place searches look first (the selected call's fix); None: the map centre.
        self.place_hint: tuple[float, float] | None = None
        self._projection = LocalProjection(site.center_lat, site.center_lon)
        self.catalogue = service.catalogue
        self.selected_incident: str | None = None
        self.selected_unit: str | None = None
        self.recommendations: dict[str, Recommendation] = {}
        self.reach: Any = None  # console.services.reach.ReachService, set by the session
        # console.services.partner.PartnerService, set by the session ([[http.partners]]).
        self.partners: Any = None
        self._context_parts: dict[str, Any] = {}
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
        w.command_line.sigPlaceQuery.connect(self._on_command_line_place_query)
        search = getattr(w, "place_search", None)
        if search is not None:
            search.sigQuery.connect(self._on_place_search_query)
            search.place_chosen.connect(self._on_place_search_place_chosen)
        # "Where is it?" on a unit (board or map menu), where those widgets offer it.
        for source in (w.unit_board, w.map_widget):
            where = getattr(source, "sigWhereRequested", None)
            if where is not None:
                where.connect(self._on_where_requested)
        service.add_listener(self._on_service_changed)

    def start(self) -> None:
        self._refresh_all()
        self._refresh_timer.start()

    # -- intents -----------------------------------------------------------------

    def _action_word(self, what: str) -> str:
        """The action's name (the refusal's "what: ") in the console's language."""
        words = {
            "dispatch": self.tr("dispatch"),
            "status": self.tr("status"),
            "new incident": self.tr("new incident"),
            "recommend": self.tr("recommend"),
            "note": self.tr("note"),
            "close": self.tr("close"),
            "location": self.tr("location"),
            "where": self.tr("where"),
            "resend": self.tr("resend"),
            "voice": self.tr("voice"),
            "reopen": self.tr("reopen"),
            "handover": self.tr("handover"),
        }
        return words.get(what, what)

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
        elif isinstance(intent, grammar.ReopenIncident):
            self.reopen(intent.incident, intent.reason)
        elif isinstance(intent, grammar.HandOver):
            self.hand_over(intent.incident, intent.partner, intent.note)
        elif isinstance(intent, grammar.Relocate):
            self._run(self._relocate(intent), "location")
        elif isinstance(intent, grammar.NamePosition):
            self._run(self._name_position(intent), "where")
        elif isinstance(intent, grammar.ResendPage):
            self._run(self._resend(intent), "resend")
        elif isinstance(intent, grammar.ReachedByVoice):
            self._run(self._voice(intent.unit), "voice")
        elif isinstance(intent, grammar.OpenIncident):
            self.open_card(intent.incident)
        elif isinstance(intent, grammar.Select):
            if intent.kind == "unit":
                self._on_unit_selected(intent.target)
                self.window.map_widget.select_unit(intent.target)
                self.window.unit_board.select_unit(intent.target)
                view = self.roster.get(intent.target)
                if view is not None and view.lat is not None and view.lon is not None:
                    self.window.map_widget.center_on(view.lat, view.lon)
            elif intent.kind == "incident":
                self._select_incident(intent.target, center=True)
            # Calls and alerts: their controllers select them.

    def _on_status_change_requested(self, call_sign: str, status: str) -> None:
        self._run(self.service.change_status([call_sign], UnitStatus(status)), "status")

    def _on_recommend_requested(self, incident_id: str) -> None:
        self._run(self.recommend(incident_id), "recommend")

    def _on_where_requested(self, call_sign: str) -> None:
        self._run(self._name_position(grammar.NamePosition("unit", call_sign)), "where")

    def _on_map_new_incident_requested(self, lat: float, lon: float) -> None:
        # Keyboard-first: the dispatcher types the incident type, the place is filled in.
        self.window.command_line.prefill(f"N  @ {lat:.6f},{lon:.6f}", cursor=2)

    def _on_panel_add_note(self, incident_id: str, text: str) -> None:
        self._run(self.service.add_note(incident_id, text), "note")

    def _on_panel_close(self, incident_id: str, disposition: str) -> None:
        self._run(self.service.close_incident(incident_id, disposition), "close")

    def reopen(self, incident_id: str, reason: str) -> asyncio.Task[Any]:
        """Reopen a closed incident (the supervisor's action); a refusal is shown inline."""
        return self._run(self.service.reopen_incident(incident_id, reason), "reopen")

    def hand_over(
        self, incident_id: str, partner: str, note: str | None = None
    ) -> asyncio.Task[Any]:
        """Hand the incident over to a partner control room (CAD-to-CAD); a refusal inline."""
        return self._run(self._hand_over(incident_id, partner, note), "handover")

    async def _hand_over(self, incident_id: str, partner: str, note: str | None) -> None:
        if self.partners is None:
            raise DispatchError(
                self.tr("this site has no partner agencies ([[http.partners]] in site.toml)")
            )
        await self.partners.hand_over(incident_id, partner, note=note)
        message = self.tr("handed over to {partner}").format(partner=partner)
        self.window.command_line.show_info(message)
        self.window.statusBar().showMessage(message, 5000)

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
        where = await self.resolve(intent)
        await self.check_reachable(where.lat, where.lon)
        reverse = await reverse_payload(self.places, where.lat, where.lon)
        incident_id = await self.service.create_incident(
            intent.type_code,
            where.lat,
            where.lon,
            where.location,
            place=where.place,
            verified=where.verified,
            override=where.override,
            reverse=reverse,
        )
        self._select_incident(incident_id, center=True)
        await self.recommend(incident_id, asked=False)

    async def _relocate(self, intent: grammar.Relocate) -> None:
        where = await self.resolve(intent)
        await self.check_reachable(where.lat, where.lon)
        reverse = await reverse_payload(self.places, where.lat, where.lon)
        await self.service.relocate_incident(
            intent.incident,
            where.lat,
            where.lon,
            where.location,
            place=where.place,
            verified=where.verified,
            override=where.override,
            reverse=reverse,
        )
        self._select_incident(intent.incident, center=True)

    async def _dispatch(
        self, incident_id: str, call_signs: Any, *, recommended: bool | None = None
    ) -> None:
        self.service.authorize("incident.dispatch")  # before any routing is done for it
        rec = self.recommendations.get(incident_id)
        if call_signs is None:
            if rec is None:
                rec = await self.recommend(incident_id)
            assert rec is not None  # asked: a refusal raised
            call_signs = [c.call_sign for c in rec.chosen()]
            if not call_signs:
                raise DispatchError(
                    self.tr("no unit is available for {incident}").format(
                        incident=shown_ltr(incident_id)
                    )
                )
        chosen = {c.call_sign for c in rec.chosen()} if rec else set()
        if recommended is None:
            recommended = bool(chosen) and set(call_signs) == chosen
        etas: dict[str, tuple[Any, ...]] = {}
        if rec is not None:
            for slot in rec.slots:
                for c in slot.candidates:
                    etas[c.call_sign] = (c.eta_s, c.route_m, c.reason, why_data(c.why))
        await self.service.dispatch(
            incident_id, list(call_signs), recommended=recommended, etas=etas
        )
        self.recommendations.pop(incident_id, None)
        if rec is not None:
            # The units sent keep their routes drawn until they arrive.
            sent = set(call_signs)
            _view, routes = recommendation_views(rec, incident_id)
            self.window.map_widget.add_dispatched_routes(
                [route for route in routes if route.call_sign in sent]
            )
        self.window.map_widget.set_routes([])
        self.window.recommendation_panel.show_recommendation(None)
        # The card of the incident just dispatched: its units and their timers.
        if self.selected_incident != incident_id:
            self._select_incident(incident_id, center=False)
        self._show_selected_incident()
        self.window.incident_panel.raise_()

    async def recommend(self, incident_id: str, *, asked: bool = True) -> Recommendation | None:
        """Compute and show the recommendation. ``asked``: the operator asked for it (their
        role is checked: a refusal says which role it needs); otherwise it follows the
        selection and is quietly left out for a role that may not see it."""
        if asked:
            self.service.authorize("incident.recommend")
        elif not self._may("incident.recommend"):
            return None
        incident = self.service.state.incidents.get(incident_id)
        if incident is None:
            raise DispatchError(
                self.tr("unknown incident {incident}").format(incident=shown_ltr(repr(incident_id)))
            )
        if self.selected_incident != incident_id:
            self._select_incident(incident_id, center=False, follow=False)
            self.window.recommendation_panel.follow_incident(incident_id)
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
        if self.selected_incident != incident_id:
            return rec  # the dispatcher moved on meanwhile: never show it over another incident
        view, routes = recommendation_views(rec, incident_id)
        self.window.recommendation_panel.show_recommendation(view)
        self.window.recommendation_panel.raise_()
        self.window.map_widget.set_routes(list(routes))
        return rec

    def _may(self, action: str) -> bool:
        try:
            self.service.authorize(action)
        except DispatchError:
            return False
        return True

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
            self._follow_recommendation()
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

    def open_card(self, incident_id: str) -> None:
        """Select the incident and bring its card (units, timers, notes) forward."""
        if incident_id not in self.service.state.incidents:
            self._refuse(
                self.tr("card: unknown incident {incident}").format(
                    incident=shown_ltr(repr(incident_id))
                )
            )
            return
        self._select_incident(incident_id, center=True)
        self.window.incident_panel.show()
        self.window.incident_panel.raise_()

    def show_incident(self, incident_id: str) -> None:
        """Select an incident everywhere and centre the map on it."""
        self._select_incident(incident_id, center=True)

    def _select_incident(
        self, incident_id: str | None, *, center: bool, follow: bool = True
    ) -> None:
        self.selected_incident = incident_id
        self.window.incident_queue.select_incident(incident_id)
        self._show_selected_incident()
        if follow:
            self._follow_recommendation()
        self._update_context()
        incident = self.service.state.incidents.get(incident_id) if incident_id else None
        if center and incident is not None:
            self.window.map_widget.center_on(incident.lat, incident.lon)

    def _follow_recommendation(self) -> None:
        """The recommendation panel shows the selected incident's recommendation, or none."""
        incident_id = self.selected_incident
        if self.window.recommendation_panel.follow_incident(incident_id):
            return
        self.window.map_widget.set_routes([])
        if incident_id is not None and incident_id in self.recommendations:
            # Back on an incident recommended before: recompute, units have moved since.
            self._run(self.recommend(incident_id, asked=False), "recommend")

    def _show_selected_incident(self) -> None:
        incident_id = self.selected_incident
        self.window.map_widget.select_incident(incident_id)
        view = next((i for i in self.incident_views() if i.incident_id == incident_id), None)
        notes = [
            NoteView(n.incident_id, n.time, n.operator, n.text)
            for n in self.service.state.notes.get(incident_id or "", [])
        ]
        units = [
            u for u in (self.roster.get(c) for c in (view.units if view else ())) if u is not None
        ]
        assigned = {
            a.call_sign: (a.time, a.eta_s)
            for a in self.service.state.assignments.get(incident_id or "", [])
            if a.released is None
        }
        self.window.incident_panel.show_incident(
            view, notes, units, assigned=assigned, reach=self.reach_lines(incident_id)
        )

    def set_context_part(self, **fields: Any) -> None:
        """Calls and alerts for the command line's context (their controllers keep them
        current: ``calls``, ``ringing``, ``selected_call``, ``ended_calls``, ``alerts``,
        ``selected_alert``, ``ended_alerts``)."""
        self._context_parts.update(fields)
        self._update_context()

    def closed_incident_ids(self, limit: int = CLOSED_IN_CONTEXT) -> tuple[str, ...]:
        """The closed incidents this position holds, most recently closed first."""
        closed = [i for i in self.service.state.incidents.values() if i.status == "closed"]
        closed.sort(key=lambda i: (i.closed is not None, i.closed or i.created), reverse=True)
        return tuple(i.incident_id for i in closed[:limit])

    def _update_context(self) -> None:
        state = self.service.state
        parts = dict(self._context_parts)
        ended = parts.pop("ended_calls", ()) + parts.pop("ended_alerts", ())
        # REOPEN names a closed incident: the picture's, most recently closed first.
        parts["closed_incidents"] = self.closed_incident_ids()
        partners = getattr(self.partners, "partners", None) or {}
        parts["partners"] = tuple(partners)
        self.window.command_line.set_context(
            grammar.CommandContext(
                units=tuple(u.call_sign for u in self.site.units),
                incidents=tuple(i.incident_id for i in state.open_incidents()),
                incident_types=tuple(t.code for t in self.catalogue.incident_types()),
                selected_incident=self.selected_incident,
                selected_unit=self.selected_unit,
                ended=ended,
                **parts,
            )
        )
