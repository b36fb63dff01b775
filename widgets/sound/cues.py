"""Which sound the dispatcher hears, and when: the cue decisions for calls, incidents,
units and alerts.

Contract: ``SoundCues(parent=None, *, player=None, exercise=False)`` plays through
``player`` (default ``shared_player()``) and is fed the same views the docks get:

* ``calls_shown(calls)``: a call newly ``ringing`` rings (``call``), once per call;
  while any call still rings, the ring repeats every ``ring_repeat_s`` (default 10 s).
* ``incidents_shown(incidents)``: an open incident of priority ≤ ``high_priority``
  (default 1) that was not shown before sounds ``priority``, once per incident.
* ``units_shown(units)`` / ``units_changed(units)``: a unit that becomes overdue
  (``UnitView.overdue`` set) sounds ``overdue``, once per overdue spell.
* ``alert_raised(alert_id, exercise)``: ``alarm``, once per alert (``AlertCue`` decides
  which alerts are new).

The first list given to ``incidents_shown`` and ``units_shown`` only primes (a console
starting on a store with open incidents must not sound them all); ringing calls ring at
once. In a drill (``exercise=True``, ``set_exercise(True)``, or the application carrying
the drill theme: ``widgets.themes.is_drill()``), and for an alert marked exercise, the
drill cue (``drill-…``) plays instead: never a real one. ``sigCue(cue,
subject)`` reports every cue decided (played, muted or without audio alike).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from widgets.sound.player import SoundPlayer, shared_player
from widgets.sound.synth import ALARM, CALL, OVERDUE, PRIORITY, exercise_cue
from widgets.views import CallView, IncidentView, UnitView

__all__ = ["SoundCues"]


class SoundCues(QObject):
    """Turns what the docks show into the position's sounds."""

    sigCue = Signal(str, str)  # cue, subject (call id, incident id, call sign, alert id)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        player: SoundPlayer | None = None,
        exercise: bool = False,
        ring_repeat_s: float = 10.0,
        high_priority: int = 1,
    ) -> None:
        super().__init__(parent)
        self._player = player
        self._exercise = exercise
        self._high_priority = high_priority
        self._rung: set[str] = set()
        self._ringing: set[str] = set()
        self._incidents: set[str] | None = None
        self._overdue: set[str] | None = None
        self._alerts: set[str] = set()
        self._ring_timer = QTimer(self)
        self._ring_timer.setInterval(max(1, int(ring_repeat_s * 1000)))
        self._ring_timer.timeout.connect(self._on_ring_timer_timeout)

    def player(self) -> SoundPlayer:
        return self._player if self._player is not None else shared_player()

    def set_exercise(self, exercise: bool) -> None:
        """In a drill every cue is the drill's."""
        self._exercise = exercise

    def is_exercise(self) -> bool:
        """``set_exercise(True)``, or the application carrying the drill theme."""
        from widgets.themes import is_drill

        return self._exercise or is_drill()

    def ring_timer(self) -> QTimer:
        return self._ring_timer

    # -- input ------------------------------------------------------------------------------

    def calls_shown(self, calls: Iterable[CallView]) -> None:
        ringing = {call.call_id for call in calls if call.state == "ringing"}
        new = sorted(ringing - self._rung)
        self._ringing = ringing
        self._rung |= ringing
        if new:
            self._sound(CALL, new[0], self.is_exercise())
        if ringing and not self._ring_timer.isActive():
            self._ring_timer.start()
        elif not ringing:
            self._ring_timer.stop()

    def incidents_shown(self, incidents: Iterable[IncidentView]) -> None:
        high = {
            i.incident_id
            for i in incidents
            if i.status == "open" and i.priority <= self._high_priority
        }
        if self._incidents is None:  # priming: what was already open is not news
            self._incidents = high
            return
        new = sorted(high - self._incidents)
        self._incidents |= high
        if new:
            self._sound(PRIORITY, new[0], self.is_exercise())

    def units_shown(self, units: Iterable[UnitView]) -> None:
        """The whole board: units missing from it are no longer overdue."""
        overdue = {unit.call_sign for unit in units if unit.overdue}
        if self._overdue is None:
            self._overdue = overdue
            return
        new = sorted(overdue - self._overdue)
        self._overdue = overdue
        if new:
            self._sound(OVERDUE, new[0], self.is_exercise())

    def units_changed(self, units: Iterable[UnitView]) -> None:
        """Some units changed: the others keep their state."""
        if self._overdue is None:
            self._overdue = set()
        new = []
        for unit in units:
            if unit.overdue and unit.call_sign not in self._overdue:
                self._overdue.add(unit.call_sign)
                new.append(unit.call_sign)
            elif not unit.overdue:
                self._overdue.discard(unit.call_sign)
        if new:
            self._sound(OVERDUE, sorted(new)[0], self.is_exercise())

    def alert_raised(self, alert_id: str, exercise: bool) -> bool:
        """Sound an alarm for a new alert (once); the return says whether it was heard."""
        if alert_id in self._alerts:
            return False
        self._alerts.add(alert_id)
        return self._sound(ALARM, alert_id, exercise or self.is_exercise())

    # -- output -----------------------------------------------------------------------------

    def _sound(self, cue: str, subject: str, exercise: bool) -> bool:
        name = exercise_cue(cue) if exercise else cue
        self.sigCue.emit(name, subject)
        return self.player().play(name)

    def _on_ring_timer_timeout(self) -> None:
        if self._ringing:
            self._sound(CALL, sorted(self._ringing)[0], self.is_exercise())
        else:
            self._ring_timer.stop()
