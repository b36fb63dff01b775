"""The session's part in reaching the units and the partner agencies (a mixin of
``ConsoleSession``, kept apart so live.py stays readable).

Contract: ``_start_reach(catalogue)`` starts the pages and radio of the site's
``[reach]`` links this position runs (``console.services.reach_wiring``; never in
a drill: a drill hands its own radio over ``use_reach``); ``use_reach(reach)``
hooks a reach service into the session: the NOT ACKNOWLEDGED banner and the
alarm cue (``_on_reach_alarms``), a crew's request to talk in the status bar
with a cue (``_on_reach_talk``) and, for requests this position's own radio
received, an alert at the unit's last fix or its station through the one
writer (``_on_reach_talk_alert``), RESEND and VOICE on the command line.
``_take_links(store)`` (a worker thread) claims the lines this position
runs (``models.store.link_claims``): the ``[reach]`` lines and partners
(``_take_reach_links``: none in a drill or a screenshot), then the site's
links of ``wanted_links`` that no other process holds; it returns the site
with those links, and the refusals are logged.
``_start_partners(store, catalogue, calls)`` starts CAD-to-CAD with the site's
partner agencies (never in a drill or a screenshot); a partner that cannot be
started puts a banner up and the console runs on. Texts keep the session's
translation context (``ConsoleSession``).

Reaching the units: with ``[reach]`` links in site.toml a
``console.services.reach.ReachService`` pages and texts the units on every
dispatch and hears their radios; a unit not acknowledged in time puts a
banner up (under the store's, which come first) and sounds the alarm cue
when the window has ``sound_cues``. The paging and radio lines and the
partner agencies it runs are those it could claim
(``link_ownership.take_reach_links``: ``reach_owned``). Pages leave from the
store follower's thread (``ReachService.on_committed_threadsafe``, before the
batch goes to the GUI thread). A crew's request to talk (status 5/0) raised
on this position's radio becomes an alert (``AlertEngine.on_talk_request``,
at the unit's last fix or its station) through the one writer.
``use_reach(reach)`` hooks a reach service (the banner, the cue, the talk
alerts, RESEND and VOICE) into the session: a drill hands its own radio over
it; a drill never opens the site's own pagers, radios or partners, nor
does a session made with ``reach_links=False`` (``--screenshot``). The
claiming, the service and the order committed batches go through are
``console.services.reach_wiring``'s, shared with the headless recorder. A
position that runs none of the lines (``--links none``, the recorder runs
them) pages nothing and shows the pages' chains and NOT ACKNOWLEDGED alarms
from the committed ``reach.*`` events.
Partner agencies (CAD-to-CAD, ``[[http.partners]]``):
``console.services.partner_wiring.start_partners`` after the links start;
``self.partners`` (a ``PartnerService`` or None) hands incidents over
(``hand_over``) and answers partners' calls (``answer``); it is fed the
committed dispatch and call batches and closed on shutdown.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from console.config.site import Site
    from console.services.reach import ReachService
    from models.store import Store, StoredEvent
    from models.store.link_claims import LinkClaims

_LOGGER = logging.getLogger("console.session.live")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsoleSession", text)


class SessionReach:
    """Mixed into ``ConsoleSession``: the attributes it reads are the session's."""

    # The session's (console.session.live.ConsoleSession), read here.
    site: Any
    store_purpose: str
    reach: Any
    reach_config: Any
    reach_owned: Any
    reach_links: bool
    partners: Any
    dispatch: Any
    writer: Any
    ingest: Any
    controller: Any
    call_controller: Any
    alert_engine: Any
    roster: Any
    window: Any
    _reach_fault: str | None
    _reach_banner: str | None
    _show_connection: Any  # the session's: shows the banners again
    wanted_links: Any
    operator: str
    claims: Any

    def _take_links(self, store: Store) -> Site:
        """Worker thread: claim the wanted links; the others stay with their owners."""
        from console.services.reach_wiring import ReachLinks, ingest_wanted
        from console.session.link_ownership import take_links
        from models.store.link_claims import LinkClaims, describe_process

        self.claims = LinkClaims(store, describe_process(f"console {self.operator}"))
        refusals = self._take_reach_links(self.claims)
        taken = ReachLinks(self.reach_config, self.reach_owned)
        wanted = ingest_wanted(self.site, self.wanted_links, taken)
        ingest_site, ingest_refusals = take_links(self.site, wanted, self.claims)
        refusals += ingest_refusals
        for refusal in refusals:
            _LOGGER.warning("not running a link: %s", refusal)
        return ingest_site

    def _take_reach_links(self, claims: LinkClaims) -> list[str]:
        """Worker thread: read ``[reach]`` and claim its lines and the partners (not in a
        drill: a drill never pages, radios or hands over on the site's own paths; nor a
        screenshot: ``reach_links=False``)."""
        from console.services.reach_wiring import take_reach
        from console.session.link_ownership import take_reach_links

        if self.store_purpose == "drill" or not self.reach_links:
            return []
        taken = take_reach(self.site, self.wanted_links, claims, take_reach_links)
        if taken.fault is not None:
            self._reach_fault = _tr("PAGING AND RADIO NOT STARTED: {err}").format(err=taken.fault)
        self.reach_config, self.reach_owned = taken.config, taken.owned
        return taken.refusals

    def _start_reach(self, catalogue: object) -> None:
        """Pages and radio for the site's ``[reach]`` links this position runs."""
        if self.store_purpose == "drill":
            return  # a drill never opens the site's real pager or radio ports
        from console.services.reach_wiring import ReachLinks, make_reach

        if self._reach_fault is not None:
            self._show_connection()
        taken = ReachLinks(self.reach_config, self.reach_owned)
        reach = make_reach(self.site, taken, self.dispatch, catalogue)
        if reach is None:
            return
        self.use_reach(reach)
        reach.start()

    def use_reach(self, reach: ReachService) -> None:
        """Make ``reach`` this session's: the NOT ACKNOWLEDGED banner and cue, talk
        requests (status bar, cue, and an alert for those its own links received),
        RESEND and VOICE on the command line, every committed dispatch batch."""
        reach.add_alarm_listener(self._on_reach_alarms)
        reach.add_talk_listener(self._on_reach_talk)
        reach.add_talk_alert_listener(self._on_reach_talk_alert)
        if self.controller is not None:
            self.controller.reach = reach
        self.reach = reach

    async def _start_partners(self, store: Store, catalogue: object, calls: object) -> None:
        """CAD-to-CAD with the site's partner agencies this position delivers to."""
        if self.store_purpose == "drill" or self.dispatch is None or self.writer is None:
            return  # a drill never hands a real partner an exercise incident
        if not self.reach_links:
            return  # a screenshot never connects to the site's partners
        from console.services.reach_wiring import start_partners

        try:
            self.partners = await start_partners(
                self.site,
                self.dispatch,
                self.writer,
                self.ingest,
                calls,
                store,
                catalogue=catalogue,
                reach=self.reach_config,
                owned=self.reach_owned,
            )
        except Exception as exc:  # a certificate that cannot be read, say: say so, run on
            _LOGGER.error("partner agencies not started: %s", exc)
            self._reach_fault = _tr("PARTNER AGENCIES NOT STARTED: {err}").format(err=exc)
            self._show_connection()
            return
        if self.partners is None:
            return
        # HANDOVER (the dispatch controller) and PANSWER (the call controller) act on it.
        for controller in (self.controller, self.call_controller):
            if controller is not None:
                controller.partners = self.partners  # type: ignore[attr-defined]
        if self.controller is not None:  # the command line knows the partners' names now
            self.controller._update_context()
        if self.reach is None:  # the reach service's banner already covers handovers
            self.partners.add_alarm_listener(self._on_reach_alarms)

    def _on_reach_talk_alert(self, event: StoredEvent) -> None:
        """A committed request to talk our own radio received: an alert, once."""
        engine, writer = self.alert_engine, self.writer
        if engine is None or writer is None:
            return
        from models.store import NewEvent

        payload = event.payload or {}
        lat, lon = self._unit_place(payload.get("unit"))
        for kind, alert in engine.on_talk_request(payload, lat, lon):
            if self.store_purpose == "drill":
                alert["exercise"] = True  # a drill crew's request never looks like a real one
            writer.submit(NewEvent("system", kind, datetime.now(UTC), alert))

    def _unit_place(self, unit: object) -> tuple[float | None, float | None]:
        """The unit's last fix, else its station; (None, None) for neither."""
        view = self.roster.get(str(unit)) if unit else None
        if view is None:
            return None, None
        if view.fix_time is not None and view.lat is not None and view.lon is not None:
            return view.lat, view.lon
        station = next((s for s in self.site.stations if s.station_id == view.station_id), None)
        return (station.lat, station.lon) if station is not None else (None, None)

    def _on_reach_alarms(self, standing: list, new: list) -> None:
        self._reach_banner = (
            _tr("NOT ACKNOWLEDGED: {units} — RESEND <unit> [link] or VOICE <unit>").format(
                units=", ".join(f"{n.unit} ({n.link} {n.address})" for n in standing)
            )
            if standing
            else None
        )
        self._show_connection()
        cues = getattr(self.window, "sound_cues", None)  # widgets.sound.cues.SoundCues
        for notice in new:
            if cues is not None:
                cues.alert_raised(f"reach:{notice.notice_id}", self.store_purpose == "drill")

    def _on_reach_talk(self, link: str, address: str, unit: str | None, label: str) -> None:
        text = _tr("{unit}: {label} (radio {link} {address})").format(
            unit=unit or address, label=label.upper(), link=link, address=address
        )
        self.window.statusBar().showMessage(text, 30_000)
        cues = getattr(self.window, "sound_cues", None)
        if cues is not None:
            cues.alert_raised(f"talk:{link}:{address}:{text}", self.store_purpose == "drill")
