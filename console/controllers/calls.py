"""Call controller: wires the call-taking widgets to the ``CallService``.

Contract: ``CallController(parent, window, calls, dispatch_controller)`` is
created by the session once the store is open. It
- keeps the call queue, the call panel and the callers on the map in step
  with the committed call state (the queue ticks its own timers);
- selects a new ringing call when the call-taker has none selected, so the
  caller's number and location are on screen before anyone speaks;
- turns every intent (answer, abandon, verify, take the offered fix, pick on
  the map, create an incident from the call, attach to a possible duplicate,
  release) into one service action run as an asyncio task; refusals are shown
  in the command line's error line and the status bar;
- after "create incident", selects the incident and shows its recommendation;
- carries out the typed call commands (``ANS``, ``CI``, ``ATT``, ``REL``,
  ``ABN``, ``LOC``/``VERIFY`` of a call, ``SEL`` of a call) through the very
  handlers the buttons use (the call acted on is selected first), and keeps
  the command line's calls (active, ringing longest first, selected) current
  (``DispatchController.set_context_part``). ``LOC <call> @ place`` resolves
  the place as ``N`` does and stores it as the call's typed, verified
  location; ``@ offered`` takes the held-back automatic fix. ``CI`` without
  a type puts the line back as "CI _ <call>" and says which place the
  incident will get (the call's civic address, its reverse name).
- ``PANSWER [<call>] accepted|rejected|completed [reason]`` is
  ``partners.answer(call_id, answer, reason)`` (``partners``, the
  ``PartnerService`` the session sets; None: refused naming
  ``[[http.partners]]``).

Places (``places``, a ``console.services.places.PlacesService``, may be None):
the selected call's location in force is named in the call panel ("Near:
Mariankatu 12, 8 m"; consumer ``call-panel``, latest wins) and its fix is
where place searches look first (``DispatchController.place_hint``). An
incident created from a call must lie on the road network (else nothing is
created, as for ``N``); it records the call's civic address as typed, the
place it matches exactly within ``VERIFY_RADIUS_M`` (then verified), else
unverified (an override when the call-taker had forced the position on the
map or by typing it), and the position's reverse name with the index build.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pyproj import Geod
from PySide6.QtCore import QObject

from console.controllers import command_grammar as grammar
from console.controllers.actions import ActionController
from console.reports.refusals import refusal_text
from console.services.calls import CallError, CallService
from console.services.dispatch import DispatchError
from console.services.places import (
    PlacesService,
    ReverseAnswer,
    reverse_payload,
    verify_typed,
)
from models.calls.location import location_text
from models.calls.state import CallState
from models.refusal import QT_TRANSLATE_NOOP
from widgets.bidi import shown_isolated, shown_ltr

if TYPE_CHECKING:
    from console.controllers.dispatch import DispatchController
    from console.main_window import MainWindow

_GEOD = Geod(ellps="WGS84")


class CallController(ActionController):
    REFUSALS = (CallError, DispatchError)

    def __init__(
        self,
        parent: QObject,
        window: MainWindow,
        calls: CallService,
        dispatch: DispatchController,
        places: PlacesService | None = None,
    ) -> None:
        super().__init__(parent, window)
        self.calls = calls
        self.dispatch = dispatch
        self.places = places
        self._named: tuple[str, float, float] | None = None  # the call position asked about
        self.selected_call: str | None = None
        self._known_calls: set[str] = set()
        # console.services.partner.PartnerService, set by the session ([[http.partners]]).
        self.partners: Any = None

        w = self.window
        w.call_queue.sigCallSelected.connect(self._on_call_selected)
        w.map_widget.sigCallSelected.connect(self._on_call_selected)
        w.call_queue.sigAnswerRequested.connect(self._on_answer)
        w.call_panel.sigAnswer.connect(self._on_answer)
        w.call_panel.sigAbandon.connect(self._on_abandon)
        w.call_panel.sigRelease.connect(self._on_release)
        w.call_panel.sigVerifyLocation.connect(self._on_verify_location)
        w.call_panel.sigUseOfferedLocation.connect(self._on_use_offered_location)
        w.call_panel.sigPickOnMap.connect(w.map_widget.pick_location)
        w.map_widget.sigLocationPicked.connect(self._on_location_picked)
        w.call_panel.sigCreateIncident.connect(self._on_create_incident)
        w.call_panel.sigAttach.connect(self._on_attach)
        # The same actions typed (ANS, CI, ATT, REL, ABN, LOC of a call, SEL of a call).
        w.command_line.sigIntent.connect(self._on_command_line_intent)
        w.call_panel.set_incident_types(
            [(t.code, t.name, t.discipline) for t in dispatch.catalogue.incident_types()]
        )
        calls.add_listener(lambda _kinds: self.refresh())
        # Incidents opening or closing change which calls may be duplicates.
        dispatch.service.add_listener(lambda _kinds: self.refresh())

    def start(self) -> None:
        self.refresh()

    # -- actions ------------------------------------------------------------------

    def _on_command_line_intent(self, intent: object) -> None:
        """A typed call command runs the very action its button runs."""
        if isinstance(intent, grammar.Select):
            if intent.kind == "call":
                self._select_call(intent.target)
            return
        if isinstance(intent, grammar.PartnerAnswer):
            self.answer_partner(intent.call, intent.answer, intent.reason)
            return
        if not isinstance(intent, grammar.CALL_INTENTS):
            return
        if self.selected_call != intent.call:
            self._select_call(intent.call)  # the call acted on is the one on screen
        if isinstance(intent, grammar.AnswerCall):
            self._on_answer(intent.call)
        elif isinstance(intent, grammar.IncidentFromCall):
            if intent.type_code is None:
                self._ask_incident_type(intent.call)
            else:
                self._on_create_incident(intent.call, intent.type_code)
        elif isinstance(intent, grammar.AttachCall):
            self._on_attach(intent.call, intent.incident)
        elif isinstance(intent, grammar.ReleaseCall):
            self._on_release(intent.call)
        elif isinstance(intent, grammar.AbandonCall):
            self._on_abandon(intent.call, intent.reason)
        elif isinstance(intent, grammar.RelocateCall):
            if intent.verify_only:
                self._on_verify_location(intent.call)
            elif intent.offered:
                self._run(self._use_offered(intent.call), "use location")
            else:
                self._run(self._relocate(intent), "call location")

    def _action_word(self, what: str) -> str:
        """The action's name (the refusal's "what: ") in the console's language."""
        words = {
            "use location": self.tr("use location"),
            "call location": self.tr("call location"),
            "partner answer": self.tr("partner answer"),
            "answer": self.tr("answer"),
            "abandon": self.tr("abandon"),
            "release": self.tr("release"),
            "verify": self.tr("verify"),
            "attach": self.tr("attach"),
            "map location": self.tr("map location"),
            "create incident": self.tr("create incident"),
        }
        return words.get(what, what)

    def answer_partner(self, call_id: str, answer: str, reason: str | None = None) -> Any:
        """``PANSWER``: answer the partner whose handover made the call (a refusal inline)."""
        return self._run(self._answer_partner(call_id, answer, reason), "partner answer")

    async def _answer_partner(self, call_id: str, answer: str, reason: str | None) -> None:
        if self.partners is None:
            raise DispatchError(
                self.tr("this site has no partner agencies ([[http.partners]] in site.toml)")
            )
        await self.partners.answer(call_id, answer, reason)
        message = self.tr("{answer} sent to the partner of {call}").format(
            answer=answer, call=call_id
        )
        self.window.command_line.show_info(message)
        self.window.statusBar().showMessage(message, 5000)

    def _ask_incident_type(self, call_id: str) -> None:
        """``CI`` without a type: the line comes back as "CI _ <call>" (the type to type,
        Tab completes) and says which place the incident will get."""
        call = self.calls.state.call(call_id)
        in_force = CallState.location_in_force(call) if call is not None else None
        location = in_force.location if in_force is not None else None
        if location is None or location.get("lat") is None:
            self._refuse(
                self.tr("{what}: call {call} has no position: {command}").format(
                    what=self._action_word("create incident"),
                    call=shown_ltr(call_id),
                    command=shown_ltr(f"LOC {call_id} @ …"),
                )
            )
            return
        address = location_text(location)
        named = self.window.call_panel.texts().get("place", "")
        where = address or named or f"{location['lat']:.5f}, {location['lon']:.5f}"
        if address and named:
            where = f"{address} ({named})"
        self.window.command_line.prefill(f"CI  {call_id}", cursor=3)
        self.window.command_line.show_info(
            self.tr("{call} at {where}: type the incident type (Tab completes)").format(
                call=call_id, where=where
            )
        )

    def _on_answer(self, call_id: str) -> None:
        self._select_call(call_id)
        self._run(self.calls.answer(call_id), "answer")

    def _on_abandon(self, call_id: str, reason: str | None = None) -> None:
        self._run(self.calls.abandon(call_id, reason), "abandon")

    def _on_release(self, call_id: str) -> None:
        self._run(self.calls.release(call_id), "release")

    def _on_verify_location(self, call_id: str) -> None:
        self._run(self.calls.verify_location(call_id), "verify")

    def _on_attach(self, call_id: str, incident_id: str) -> None:
        self._run(self.calls.attach(call_id, incident_id), "attach")

    def _on_use_offered_location(self, call_id: str) -> None:
        call = self.calls.state.call(call_id)
        if call is None or call.pending is None:
            return
        self._run(self.calls.verify_location(call_id, call.pending.location), "use location")

    async def _use_offered(self, call_id: str) -> None:
        call = self.calls.state.call(call_id)
        if call is None:
            raise CallError(QT_TRANSLATE_NOOP("Refusal", "unknown call '{call}'"), call=call_id)
        if call.pending is None:
            raise CallError(
                QT_TRANSLATE_NOOP("Refusal", "call {call} has no newer automatic fix on offer"),
                call=call_id,
            )
        await self.calls.verify_location(call_id, call.pending.location)

    async def _relocate(self, intent: grammar.RelocateCall) -> None:
        """A typed place or position becomes the call's verified location; a place query
        is resolved as ``N``/``LOC`` resolve theirs (nothing stored when unsure)."""
        where = await self.dispatch.resolve(intent)
        await self.calls.type_location(
            intent.call, where.lat, where.lon, address=where.location, source="typed"
        )

    def _on_location_picked(self, call_id: str, lat: float, lon: float) -> None:
        self._run(self.calls.type_location(call_id, lat, lon, source="map"), "map location")

    def _on_create_incident(self, call_id: str, type_code: str) -> None:
        self._run(self._create_incident(call_id, type_code), "create incident")

    async def _create_incident(self, call_id: str, type_code: str) -> None:
        call = self.calls.state.call(call_id)
        in_force = CallState.location_in_force(call) if call is not None else None
        location = in_force.location if in_force is not None else {}
        expect = None
        places: dict[str, Any] = {}
        if location.get("lat") is not None and location.get("lon") is not None:
            lat, lon = float(location["lat"]), float(location["lon"])
            expect = (lat, lon)
            await self.dispatch.check_reachable(lat, lon)
            verified = await verify_typed(self.places, _civic_query(location), lat, lon)
            forced = bool(in_force and in_force.verified and in_force.source in ("map", "typed"))
            places = {
                "place": verified,
                "verified": verified is not None,
                "override": verified is None and forced,
                "reverse": await reverse_payload(self.places, lat, lon),
            }
        incident_id = await self.calls.create_incident_from_call(
            self.dispatch.service, call_id, type_code, expect=expect, places=places
        )
        self.dispatch.show_incident(incident_id)
        await self.dispatch.recommend(incident_id, asked=False)

    # -- selection and refresh --------------------------------------------------------

    def _on_call_selected(self, call_id: str) -> None:
        self._select_call(call_id or None)

    def _select_call(self, call_id: str | None) -> None:
        self.selected_call = call_id
        self.window.call_queue.select_call(call_id)
        self.window.map_widget.select_call(call_id)
        self._show_selected()
        self._update_context()
        if call_id:
            self.window.call_panel.raise_()
            call = self.calls.state.call(call_id)
            in_force = CallState.location_in_force(call) if call else None
            location = in_force.location if in_force else None
            if location and location.get("lat") is not None:
                self.window.map_widget.center_on(location["lat"], location["lon"])

    def refresh(self) -> None:
        views = self.calls.views()
        self.window.call_queue.set_calls(views)
        self.window.sound_cues.calls_shown(views)  # a new ringing call rings at this position
        self.window.map_widget.set_callers(views)
        new_ringing = [
            v for v in views if v.call_id not in self._known_calls and v.state == "ringing"
        ]
        self._known_calls.update(v.call_id for v in views)
        if self.selected_call not in {v.call_id for v in views}:
            self.selected_call = None
        if self.selected_call is None and new_ringing:
            # Before anyone speaks: the longest-ringing new call is on screen.
            self._select_call(new_ringing[0].call_id)
        else:
            self._show_selected()
        self._update_context(views)

    def _update_context(self, views: list[Any] | None = None) -> None:
        """The command line matches calls against the active ones (oldest, so longest
        ringing, first) and defaults to the selected call."""
        views = self.calls.views() if views is None else views
        active = tuple(v.call_id for v in views)
        self.dispatch.set_context_part(
            calls=active,
            ringing=tuple(v.call_id for v in views if v.state == "ringing"),
            selected_call=self.selected_call,
            ended_calls=tuple(c for c in self.calls.state.calls if c not in active),
        )

    def _show_selected(self) -> None:
        view = next((v for v in self.calls.views() if v.call_id == self.selected_call), None)
        if view is not None:
            self.window.call_panel.set_duplicate_details(self._duplicate_details(view))
        self.window.call_panel.show_call(view)
        self._name_caller(view)

    def _name_caller(self, view: Any) -> None:
        """Ask for the selected caller's place name (once per position) and aim searches there."""
        location = view.location if view is not None else None
        if location is None or location.lat is None or location.lon is None:
            self.dispatch.place_hint = None
            self._named = None
            return
        self.dispatch.place_hint = (location.lat, location.lon)
        key = (view.call_id, location.lat, location.lon)
        if key == self._named:
            return
        self._named = key
        if self.places is None:
            self.window.call_panel.set_place_name(
                view.call_id, location.lat, location.lon, self.tr("places unavailable")
            )
            return
        self.places.request_reverse(
            "call-panel", location.lat, location.lon, self._on_places_reverse_answer
        )

    def _on_places_reverse_answer(self, answer: ReverseAnswer) -> None:
        if self._named is None:
            return
        call_id, lat, lon = self._named
        if (lat, lon) != (answer.lat, answer.lon):
            return
        if answer.name is not None:
            name = answer.name
            # The name isolated apart from the distance: a Hebrew street with its number
            # keeps its own order, and ", 9 m" the sentence's (a French console too).
            text = (
                name.label
                if name.label.endswith(" m")
                else (f"{shown_isolated(name.label)}, {name.distance_m:.0f} m")
            )
        else:
            text = (
                refusal_text(answer.unavailable)
                if answer.unavailable
                else self.tr("no named street nearby")
            )
        self.window.call_panel.set_place_name(call_id, lat, lon, text)

    def _duplicate_details(self, view: Any) -> dict[str, str]:
        details: dict[str, str] = {}
        now = datetime.now(UTC)
        location = view.location
        for incident_id in view.duplicate_of:
            incident = self.dispatch.service.state.incidents.get(incident_id)
            if incident is None:
                continue
            try:
                name = self.dispatch.catalogue.incident_type(incident.type_code).name
            except LookupError:
                name = incident.type_code
            text = name
            if location is not None and location.lat is not None and location.lon is not None:
                _, _, metres = _GEOD.inv(location.lon, location.lat, incident.lon, incident.lat)
                text += f", {metres:.0f} m"
            minutes = int((now - incident.created).total_seconds() // 60)
            details[incident_id] = f"{text}, {minutes} min ago"
        return details


def _civic_query(location: dict[str, Any]) -> str | None:
    """The street and house number of a civic address (what the index knows), else its line."""
    civic = location.get("civic")
    if isinstance(civic, dict) and civic.get("RD"):
        number = f"{civic.get('HNO') or ''}{civic.get('HNS') or ''}".strip()
        return f"{civic['RD']} {number}".strip()
    return location_text(location)
