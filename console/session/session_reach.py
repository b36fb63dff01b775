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
``_start_partners(store, catalogue, calls)`` starts CAD-to-CAD with the site's
partner agencies (never in a drill or a screenshot); a partner that cannot be
started puts a banner up and the console runs on. Texts keep the session's
translation context (``ConsoleSession``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from console.services.reach import ReachService
    from models.store import Store, StoredEvent

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
