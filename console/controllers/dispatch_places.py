"""The dispatch controller's places: naming a position, resolving where an
incident goes, and the place lists of the command line and the map search (a
mixin of ``DispatchController``, kept apart so the controller stays readable).

Contract (the controller's, see ``console.controllers.dispatch``):
``resolve(intent)`` is where an ``N``/``LOC`` puts an incident or a call: a
picked place verified, a typed one only to an unambiguous exact match (else a
refusal, the line given back with its list open: nothing stored), coordinates
and map picks forced unless a typed address matches them;
``check_reachable(lat, lon)`` refuses a point off the road network before
anything is stored; ``name_position(lat, lon)`` ("Mariankatu 12, 8 m", or why
there is none) answers ``WHERE``; the command line's ``@`` list and the map
search are fed from the places service near the selected call's fix or the
map's centre. Texts keep the controller's translation context
(``DispatchController``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.controllers import command_grammar as grammar
from console.reports.refusals import refusal_text
from console.services.dispatch import DispatchError
from console.services.places import (
    Resolution,
    SearchAnswer,
    from_place,
    unambiguous,
    verify_typed,
)
from models.places.types import Place
from models.routing.snap import RoutingError, snap_point
from widgets.bidi import shown_isolated, shown_ltr
from widgets.place_completer import elide_query

PLACE_CHOICES_SHOWN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchController", text)


class DispatchPlaces:
    """Mixed into ``DispatchController``: the attributes it reads are the controller's."""

    places: Any
    place_hint: tuple[float, float] | None
    roster: Any
    service: Any
    site: Any
    window: Any
    selected_unit: str | None
    selected_incident: str | None
    _projection: Any

    async def _name_position(self, intent: grammar.NamePosition) -> None:
        if intent.kind == "unit":
            view = self.roster.get(intent.target)
            if view is None or view.lat is None or view.lon is None or view.fix_time is None:
                raise DispatchError(
                    _tr("{unit} has no position fix").format(unit=shown_ltr(intent.target))
                )
            lat, lon = view.lat, view.lon
        else:
            incident = self.service.state.incidents.get(intent.target)
            if incident is None:
                raise DispatchError(
                    _tr("unknown incident {incident}").format(
                        incident=shown_ltr(repr(intent.target))
                    )
                )
            lat, lon = incident.lat, incident.lon
        text = await self.name_position(lat, lon)
        message = _tr("{target}: {place}").format(target=shown_ltr(intent.target), place=text)
        self.window.command_line.show_info(message)
        self.window.statusBar().showMessage(message, 30_000)

    async def name_position(self, lat: float, lon: float) -> str:
        """ "Mariankatu 12, 8 m" for a position (its reverse name), or why there is none."""
        where = shown_ltr(f"{lat:.5f}, {lon:.5f}")
        if self.places is None:
            return _tr("{where} (places unavailable)").format(where=where)
        answer = await self.places.reverse(lat, lon)
        if answer.name is None:
            if answer.unavailable:
                why = refusal_text(answer.unavailable)
            else:
                why = _tr("no named street nearby")
            return _tr("{where} ({why})").format(where=where, why=why)
        name = answer.name
        if name.label.endswith(" m"):
            return shown_isolated(name.label)
        return _tr("{place}, {distance} m").format(
            place=shown_isolated(name.label), distance=f"{name.distance_m:.0f}"
        )

    # -- places ----------------------------------------------------------------------

    async def resolve(
        self, intent: grammar.NewIncident | grammar.Relocate | grammar.RelocateCall
    ) -> Resolution:
        """Where an ``N``/``LOC`` puts the incident (or a call); refuses (nothing stored)
        when unsure."""
        build_id = self.places.build_id if self.places is not None else None
        if isinstance(intent.place, Place):
            return from_place(intent.place, build_id, intent.location)
        if intent.place_query:
            return await self._resolve_query(intent.place_query, intent.location)
        lat, lon = intent.lat, intent.lon
        if getattr(intent, "at_selected", False) or lat is None or lon is None:
            selected = self._selected_place()
            if selected is None:
                raise DispatchError(
                    _tr(
                        "where? give @ place or @ lat,lon, or select a unit or incident "
                        "and use @ sel"
                    )
                )
            lat, lon = selected
        typed = intent.location or None
        verified = await verify_typed(self.places, typed, lat, lon)
        if verified is not None:  # the typed address matches the point: both are kept
            return Resolution(lat, lon, typed, verified, verified=True, override=False)
        return Resolution(lat, lon, typed, None, verified=False, override=True)

    async def _resolve_query(self, query: str, typed: str | None) -> Resolution:
        if self.places is None:
            raise DispatchError(_tr("places are unavailable: give @ lat,lon or pick on the map"))
        answer = await self.places.search(query, near=self._near(), limit=10)
        chosen = unambiguous(answer.places)
        if chosen is not None:
            return from_place(chosen, answer.build_id, typed or query)
        self._ask_which_place()
        if not answer.places:
            if answer.unavailable:
                raise DispatchError(
                    _tr(
                        "places are unavailable ({why}): give @ lat,lon "
                        "or pick on the map; nothing was created"
                    ).format(why=refusal_text(answer.unavailable))
                )
            raise DispatchError(
                _tr("no place found for '{query}'; nothing was created").format(
                    query=shown_isolated(elide_query(query))
                )
            )
        shown = "; ".join(
            shown_isolated(f"{p.label} ({p.locality})" if p.locality else p.label)
            for p in answer.places[:PLACE_CHOICES_SHOWN]
        )
        raise DispatchError(
            _tr("which place? {places} — pick one from the list; nothing was created").format(
                places=shown
            )
        )

    def _ask_which_place(self) -> None:
        """Give the line back with its list open, so one key picks the place."""
        history = self.window.command_line.history()
        if history:
            self.window.command_line.prefill(history[-1])
            self.window.command_line.reopen_places()

    async def check_reachable(self, lat: float, lon: float) -> None:
        """Refuse a position off the road network before anything is stored."""
        site = self.site
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, lambda: snap_point(site.graph, lat, lon))
        except RoutingError as exc:
            raise DispatchError(
                _tr("{error}; nothing was created").format(error=refusal_text(exc))
            ) from None

    def _near(self) -> tuple[float, float] | None:
        if self.place_hint is not None:
            return self.place_hint
        try:
            centre = self.window.map_widget.view_rect().center()
            lat, lon = self._projection.inverse(centre.x(), centre.y())
            return float(lat), float(lon)
        except Exception:  # no view yet: search without a centre
            return None

    def _on_command_line_place_query(self, query: str) -> None:
        if self.places is None:
            self.window.command_line.show_place_results(
                query, [], _tr("places unavailable: give @ lat,lon")
            )
            return
        self.places.request_search(
            "command-line", query, self._on_command_line_places_answer, near=self._near()
        )

    def _on_command_line_places_answer(self, answer: SearchAnswer) -> None:
        note = self._unavailable_note(answer)
        self.window.command_line.show_place_results(answer.query, list(answer.places), note)

    def _on_place_search_query(self, query: str) -> None:
        search = getattr(self.window, "place_search", None)
        if search is None:
            return
        if self.places is None:
            search.show_results(query, [], _tr("places unavailable"))
            return

        def show(answer: SearchAnswer) -> None:
            search.show_results(answer.query, list(answer.places), self._unavailable_note(answer))

        self.places.request_search("map-search", query, show, near=self._near())

    def _on_place_search_place_chosen(self, place: object) -> None:
        if isinstance(place, Place):
            self.window.map_widget.center_on(place.lat, place.lon)
            self.window.statusBar().showMessage(place.label, 10_000)

    def _unavailable_note(self, answer: SearchAnswer) -> str | None:
        if answer.unavailable is None:
            return None
        return _tr("places unavailable ({why}): coordinates only").format(
            why=refusal_text(answer.unavailable)
        )

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
