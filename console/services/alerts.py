"""Alert service: the dispatcher's handling of alerts -> validated ``alert.*`` events.

Contract (Qt-free; runs on the console's asyncio loop), like ``CallService``:
- ``AlertService(site, writer, operator, state, *, now, dispatch_state,
  call_state, allow_exercise=False)``. ``state`` is the ``AlertState``
  shared with the ingest path's ``AlertEngine`` (a fresh one if None);
  ``dispatch_state`` / ``call_state`` (optional) let ``link`` check what it
  links to and ``views`` list related incidents and calls (rules:
  ``site.duplicates`` when the site has them, else the defaults).
- Every action validates against ``self.state`` (rebuilt only from
  committed events), appends with the operator's name (source
  ``operator:<name>``) and returns once committed AND applied. Actions run
  one at a time. A refused action raises ``AlertError`` (a
  ``models.refusal.Refusal``: marked template and values) with a sentence a
  dispatcher reads; nothing is appended then.
- ``acknowledge(alert_id)``: a new alert.
- ``promote(dispatch_service, alert_id, type_code=None, *, places=None) ->
  incident_id``: creates the incident at the alert's point (``incident.created``
  through ``DispatchService.create_incident``, type defaulting to the alert's
  suggested type), named by its reverse name like every other incident when
  ``places`` (a ``console.services.places.PlacesService``) is given (asked
  before the action takes its turn, so a slow lookup never holds the other
  actions), then appends ``alert.promoted``. An exercise alert is
  never promoted to a live incident (``allow_exercise`` is for drills,
  which run on their own store).
- ``link(alert_id, target_id)``: to an open incident (``incident_id``) or,
  when ``call_state`` knows the id, a call (``call_id``).
- ``dismiss(alert_id, reason)``: the reason is required.
- New and acknowledged alerts take every action; promoted, linked,
  dismissed and cancelled ones none.
- ``on_committed(events)`` must be called (on the loop's thread) with every
  committed batch, in order; it is the only way ``self.state`` changes.
- ``views()`` gives ``AlertView`` values of the active alerts, oldest first.
- Who: every action (acknowledge, promote, link, dismiss) needs
  ``alert.handle`` of the position's ``OperatorIdentity``
  (``console.services.committed_actions``); a refusal names the role.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from console.services.committed_actions import CommittedActions, OperatorIdentity, utc_now
from console.services.dispatch import DispatchError
from console.services.places import reverse_payload
from models.alerts import events as ev
from models.alerts.engine import related
from models.alerts.state import ACKNOWLEDGED, NEW, AlertRecord, AlertState
from models.calls.duplicates import DuplicateRules
from models.refusal import QT_TRANSLATE_NOOP, Refusal, Text
from models.store import guards
from widgets.views import AlertView

_LOGGER = logging.getLogger(__name__)

# What became of an alert no longer open, as a phrase of its refusal ({incident}: where to).
_CLOSED_WORDS = {
    "promoted": QT_TRANSLATE_NOOP("Refusal", "was promoted to {incident}"),
    "linked": QT_TRANSLATE_NOOP("Refusal", "is linked to {incident}"),
    "dismissed": QT_TRANSLATE_NOOP("Refusal", "was dismissed"),
    "cancelled": QT_TRANSLATE_NOOP("Refusal", "was cancelled by its sender"),
}


class AlertError(Refusal):
    """An action the console refuses, with the reason for the dispatcher."""


def alert_view(alert: AlertRecord, related_ids: Sequence[str] = ()) -> AlertView:
    area = alert.area or {}
    return AlertView(
        alert_id=alert.alert_id,
        origin=alert.origin,
        state=alert.state,
        exercise=alert.exercise,
        severity=alert.severity,
        title=alert.title,
        raised=alert.raised,
        lat=alert.lat,
        lon=alert.lon,
        polygons=tuple(
            tuple((float(lat), float(lon)) for lat, lon in ring)
            for ring in area.get("polygons") or ()
        ),
        circles=tuple(
            (float(lat), float(lon), float(radius))
            for lat, lon, radius in area.get("circles") or ()
        ),
        sensor=alert.sensor,
        zone=alert.zone,
        track=alert.track,
        suggested_type=alert.suggested_type,
        incident_id=alert.incident_id,
        related=tuple(related_ids),
    )


class AlertService(CommittedActions):
    error_type = AlertError

    def __init__(
        self,
        site: Any,
        writer: Any,
        operator: str | OperatorIdentity,
        state: AlertState | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        dispatch_state: Any = None,
        call_state: Any = None,
        allow_exercise: bool = False,
    ) -> None:
        super().__init__(writer, operator, state if state is not None else AlertState(), now)
        self.site = site
        self.dispatch_state = dispatch_state
        self.call_state = call_state
        self.allow_exercise = allow_exercise
        self.rules: DuplicateRules = getattr(site, "duplicates", None) or DuplicateRules()

    # -- reading -------------------------------------------------------------

    def related_to(self, alert: AlertRecord) -> list[str]:
        """Open incidents, then active calls, near the alert in space and time."""
        incidents = self.dispatch_state.open_incidents() if self.dispatch_state else []
        calls = self.call_state.active_calls() if self.call_state else []
        found = related(alert, incidents, calls, self._now(), self.rules)
        return [i for i in found if i not in (alert.incident_id, alert.call_id)]

    def views(self) -> list[AlertView]:
        return [alert_view(a, self.related_to(a)) for a in self.state.active_alerts()]

    def _alert(self, alert_id: str) -> AlertRecord:
        alert = self.state.alert(alert_id.strip())
        if alert is None:
            raise AlertError(
                QT_TRANSLATE_NOOP("Refusal", "unknown alert '{alert}'"), alert=alert_id
            )
        return alert

    @staticmethod
    def _still(alert: AlertRecord) -> Any:
        """Guard: the alert is still as this position saw it (another may handle it)."""
        return guards.alert_state_is(alert.alert_id, {alert.state})

    def _actionable(self, alert_id: str, refusal: str) -> AlertRecord:
        """The alert when it still takes an action; else ``AlertError(refusal)``, a marked
        template naming the ``{alert}`` and what became of it (``{state}``)."""
        alert = self._alert(alert_id)
        if alert.state not in (NEW, ACKNOWLEDGED):
            target: Any = (
                alert.incident_id
                or alert.call_id
                or Refusal(QT_TRANSLATE_NOOP("Refusal", "an incident"))
            )
            words = _CLOSED_WORDS.get(alert.state)
            if words is None:
                state = Refusal(QT_TRANSLATE_NOOP("Refusal", "is {state}"), state=Text(alert.state))
            else:
                state = Refusal(words, incident=target)
            raise AlertError(refusal, alert=alert.alert_id, state=state)
        return alert

    # -- actions ----------------------------------------------------------------

    async def acknowledge(self, alert_id: str) -> None:
        async with self._lock:
            self._authorize("alert.handle")
            alert = self._actionable(
                alert_id,
                QT_TRANSLATE_NOOP("Refusal", "alert {alert} {state}: it cannot be acknowledged"),
            )
            if alert.state == ACKNOWLEDGED:
                raise AlertError(
                    QT_TRANSLATE_NOOP("Refusal", "alert {alert} is already acknowledged"),
                    alert=alert.alert_id,
                )
            await self._append(
                [(ev.ALERT_ACKNOWLEDGED, {"alert_id": alert.alert_id})], self._still(alert)
            )

    async def promote(
        self,
        dispatch_service: Any,
        alert_id: str,
        type_code: str | None = None,
        *,
        places: Any = None,
    ) -> str:
        """Create an incident at the alert's point and mark the alert promoted to it."""
        reverse = None
        seen = self.state.alert(alert_id.strip()) if places is not None else None
        if seen is not None and seen.lat is not None and seen.lon is not None:
            reverse = await reverse_payload(places, float(seen.lat), float(seen.lon))
        async with self._lock:
            self._authorize("alert.handle")
            alert = self._actionable(
                alert_id,
                QT_TRANSLATE_NOOP("Refusal", "alert {alert} {state}: it cannot be promoted"),
            )
            if alert.exercise and not self.allow_exercise:
                raise AlertError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "alert {alert} is an exercise: it cannot become a live incident"
                    ),
                    alert=alert.alert_id,
                )
            if alert.lat is None or alert.lon is None:
                raise AlertError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "alert {alert} has no position: create the incident by hand"
                    ),
                    alert=alert.alert_id,
                )
            code = (type_code or "").strip() or alert.suggested_type
            if not code:
                raise AlertError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "alert {alert} suggests no incident type: choose one"
                    ),
                    alert=alert.alert_id,
                )
            try:
                dispatch_service.catalogue.incident_type(code)
            except LookupError as exc:
                raise AlertError.of(exc) from None
            try:
                same_point = seen is not None and (seen.lat, seen.lon) == (alert.lat, alert.lon)
                incident_id: str = await dispatch_service.create_incident(
                    code,
                    float(alert.lat),
                    float(alert.lon),
                    alert.title or None,
                    reverse=reverse if same_point else None,
                )
            except DispatchError as exc:
                raise AlertError.of(exc) from None
            try:
                await self._append(
                    [(ev.ALERT_PROMOTED, {"alert_id": alert.alert_id, "incident_id": incident_id})],
                    self._still(alert),
                )
            except AlertError:
                # Another position handled the alert first: take back our incident.
                await dispatch_service.close_incident(
                    incident_id,
                    f"duplicate: alert {alert.alert_id} was handled at another position",
                )
                raise
            return incident_id

    async def link(self, alert_id: str, target_id: str) -> None:
        """Link the alert to an open incident, or to a call the call state knows."""
        async with self._lock:
            self._authorize("alert.handle")
            alert = self._actionable(
                alert_id, QT_TRANSLATE_NOOP("Refusal", "alert {alert} {state}: it cannot be linked")
            )
            target_id = target_id.strip()
            if not target_id:
                raise AlertError(QT_TRANSLATE_NOOP("Refusal", "link needs an incident or a call"))
            payload: dict[str, Any] = {"alert_id": alert.alert_id}
            if self.call_state is not None and self.call_state.call(target_id) is not None:
                payload["call_id"] = target_id
            else:
                if self.dispatch_state is not None:
                    incident = self.dispatch_state.incidents.get(target_id)
                    if incident is None:
                        raise AlertError(
                            QT_TRANSLATE_NOOP("Refusal", "unknown incident or call '{target}'"),
                            target=target_id,
                        )
                    if incident.status != "open":
                        raise AlertError(
                            QT_TRANSLATE_NOOP("Refusal", "incident {incident} is closed"),
                            incident=target_id,
                        )
                payload["incident_id"] = target_id
            await self._append([(ev.ALERT_LINKED, payload)], self._still(alert))

    async def dismiss(self, alert_id: str, reason: str) -> None:
        async with self._lock:
            self._authorize("alert.handle")
            alert = self._actionable(
                alert_id,
                QT_TRANSLATE_NOOP("Refusal", "alert {alert} {state}: it cannot be dismissed"),
            )
            text = " ".join((reason or "").split())
            if not text:
                raise AlertError(
                    QT_TRANSLATE_NOOP("Refusal", "say why alert {alert} is dismissed"),
                    alert=alert.alert_id,
                )
            await self._append(
                [(ev.ALERT_DISMISSED, {"alert_id": alert.alert_id, "reason": text})],
                self._still(alert),
            )
