"""Alert controller: tracks, sensors, zones and alerts on screen; alert handling.

Contract: ``AlertController(parent, window, alerts, sensors, dispatch, site)``
is created by the session once the store is open. It
- draws the site's sensors (with coverage and the radars' health, redrawn
  when a ``sensor.health`` event is committed) and zones, and the live radar
  tracks from the sensor service's ``TrackStore`` on a display timer (the
  map paints only what changed);
- keeps the alert queue, the alert panel, alarmed zones and alert areas in
  step with the committed alert state, and cues (sound and flash) each new
  real alert once; exercise alerts get a soft cue and are never shown as real;
- turns acknowledge / promote / link / dismiss into ``AlertService`` actions;
  a promoted alert's incident is named by the places service's reverse name
  (as every incident is), selected, and gets its recommendation;
- ages out stale tracks;
- carries out the typed alert commands (``ACK``, ``PROM``, ``LINK``,
  ``DISMISS``, ``SEL`` of an alert) through the very handlers the buttons
  use (the alert acted on is selected first) and keeps the command line's
  alerts (those that take an action, and the selected one) current.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from console.controllers import command_grammar as grammar
from console.controllers.actions import ActionController
from console.services.alerts import AlertError, AlertService
from console.services.dispatch import DispatchError
from console.services.sensors import SensorService
from widgets.alert_cue import AlertCue
from widgets.views import SensorView, ZoneView

if TYPE_CHECKING:
    from console.config.site import Site
    from console.controllers.dispatch import DispatchController
    from console.main_window import MainWindow

TRACK_REFRESH_MS = 100
AGE_OUT_MS = 5000


class AlertController(ActionController):
    REFUSALS = (AlertError, DispatchError)

    def __init__(
        self,
        parent: QObject,
        window: MainWindow,
        alerts: AlertService,
        sensors: SensorService,
        dispatch: DispatchController,
        site: Site,
    ) -> None:
        super().__init__(parent, window)
        self.site = site
        self.alerts = alerts
        self.sensors = sensors
        self.dispatch = dispatch
        self.selected_alert: str | None = None
        self.cue = AlertCue(self)
        self.cue.flash_title_of(self.window.alert_queue)
        self._track_timer = self._timer(TRACK_REFRESH_MS, self._on_track_timer_timeout)
        self._age_timer = self._timer(AGE_OUT_MS, self._on_age_timer_timeout)
        self._drawn_frames = -1
        self._drawn_health = -1

        w = self.window
        w.alert_queue.sigAlertSelected.connect(self._on_alert_selected)
        w.map_widget.sigAlertSelected.connect(self._on_alert_selected)
        w.alert_queue.sigAcknowledgeRequested.connect(self._on_acknowledge)
        w.alert_panel.sigAcknowledge.connect(self._on_acknowledge)
        w.alert_panel.sigPromote.connect(self._on_promote)
        w.alert_panel.sigLink.connect(self._on_link)
        w.alert_panel.sigDismiss.connect(self._on_dismiss)
        # The same actions typed (ACK, PROM, LINK, DISMISS, SEL of an alert).
        w.command_line.sigIntent.connect(self._on_command_line_intent)
        w.alert_panel.set_incident_types(
            [(t.code, t.name, t.discipline) for t in dispatch.catalogue.incident_types()]
        )
        alerts.add_listener(lambda _kinds: self.refresh())

    def _action_word(self, what: str) -> str:
        """The action's name (the refusal's "what: ") in the console's language."""
        words = {
            "link": self.tr("link"),
            "dismiss": self.tr("dismiss"),
            "acknowledge": self.tr("acknowledge"),
            "promote": self.tr("promote"),
        }
        return words.get(what, what)

    def start(self) -> None:
        self._show_sensors()
        self.refresh()
        for timer in (self._track_timer, self._age_timer):
            timer.start()

    def stop(self) -> None:
        for timer in (self._track_timer, self._age_timer):
            timer.stop()

    # -- actions ------------------------------------------------------------------

    def _on_command_line_intent(self, intent: object) -> None:
        """A typed alert command runs the very action its button runs."""
        if isinstance(intent, grammar.Select):
            if intent.kind == "alert":
                self._on_alert_selected(intent.target)
            return
        if not isinstance(intent, grammar.ALERT_INTENTS):
            return
        if self.selected_alert != intent.alert:
            self._on_alert_selected(intent.alert)  # the alert acted on is the one on screen
        if isinstance(intent, grammar.AcknowledgeAlert):
            self._on_acknowledge(intent.alert)
        elif isinstance(intent, grammar.PromoteAlert):
            self._on_promote(intent.alert, intent.type_code or "")
        elif isinstance(intent, grammar.LinkAlert):
            self._on_link(intent.alert, intent.target)
        elif isinstance(intent, grammar.DismissAlert):
            self._on_dismiss(intent.alert, intent.reason)

    def _on_link(self, alert_id: str, target: str) -> None:
        self._run(self.alerts.link(alert_id, target), "link")

    def _on_dismiss(self, alert_id: str, reason: str) -> None:
        self._run(self.alerts.dismiss(alert_id, reason), "dismiss")

    def _on_acknowledge(self, alert_id: str) -> None:
        self._run(self.alerts.acknowledge(alert_id), "acknowledge")

    def _on_promote(self, alert_id: str, type_code: str) -> None:
        self._run(self._promote(alert_id, type_code or None), "promote")

    async def _promote(self, alert_id: str, type_code: str | None) -> None:
        incident_id = await self.alerts.promote(
            self.dispatch.service, alert_id, type_code, places=self.dispatch.places
        )
        self.dispatch.show_incident(incident_id)
        await self.dispatch.recommend(incident_id, asked=False)

    # -- display --------------------------------------------------------------------

    def _show_sensors(self) -> None:
        """The site's sensors with the health their committed ``sensor.health`` events give."""
        self._drawn_health = self.sensors.health.changes
        views = []
        for s in self.site.sensors:
            health = self.sensors.health.get(s.sensor_id)
            views.append(
                SensorView(
                    s.sensor_id,
                    s.name,
                    s.kind,
                    s.lat,
                    s.lon,
                    s.range_m,
                    health=health.state if health else None,
                    health_reason=health.reason if health else "",
                )
            )
        self.window.map_widget.set_sensors(views)

    def _on_track_timer_timeout(self) -> None:
        if self.sensors.health.changes != self._drawn_health:
            self._show_sensors()
        # Snapshots are cheap (~0.3 ms for 1,000 tracks); skip when nothing came in.
        if self.sensors.frames_used == self._drawn_frames:
            return
        self._drawn_frames = self.sensors.frames_used
        self.window.map_widget.set_track_frame(self.sensors.tracks.snapshot())

    def _on_age_timer_timeout(self) -> None:
        if self.sensors.age_out(datetime.now(UTC)):
            self._drawn_frames = -1  # redraw without the dropped tracks

    def _on_alert_selected(self, alert_id: str) -> None:
        self.selected_alert = alert_id or None
        self.window.alert_queue.select_alert(self.selected_alert)
        self.window.map_widget.select_alert(self.selected_alert)
        self._show_selected()
        self._update_context()
        if self.selected_alert:
            self.window.alert_panel.raise_()
            view = self._view(self.selected_alert)
            if view is not None and view.lat is not None and view.lon is not None:
                self.window.map_widget.center_on(view.lat, view.lon)

    def _view(self, alert_id: str) -> Any:
        return next((v for v in self.alerts.views() if v.alert_id == alert_id), None)

    def refresh(self) -> None:
        views = self.alerts.views()
        self.window.alert_queue.set_alerts(views)
        self.window.map_widget.set_alert_areas(views)
        alarmed = {
            v.zone
            for v in views
            if v.zone and v.state in ("new", "acknowledged") and not v.exercise
        }
        self.window.map_widget.set_zones(
            [
                ZoneView(z.zone_id, z.name, z.polygon, alarmed=z.zone_id in alarmed)
                for z in self.site.zones
            ]
        )
        for view in views:
            if view.state == "new":
                self.cue.cue(view)  # each alert is cued once; exercise softly
        self._show_selected()
        self._update_context(views)

    def _update_context(self, views: list[Any] | None = None) -> None:
        """The command line names the alerts that still take an action."""
        views = self.alerts.views() if views is None else views
        actionable = tuple(v.alert_id for v in views if v.state in ("new", "acknowledged"))
        self.dispatch.set_context_part(
            alerts=actionable,
            selected_alert=self.selected_alert,
            ended_alerts=tuple(a for a in self.alerts.state.alerts if a not in actionable),
        )

    def _show_selected(self) -> None:
        view = self._view(self.selected_alert) if self.selected_alert else None
        cap = None
        if view is not None:
            record = self.alerts.state.alert(view.alert_id)
            cap = getattr(record, "cap", None)
            self.window.alert_panel.set_related_details({r: r for r in view.related})
        self.window.alert_panel.show_alert(view, cap=cap)
