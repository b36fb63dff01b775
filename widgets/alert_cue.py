"""Sound and visual cue for a newly raised alert.

Contract:

* ``AlertCue(parent, *, player=None, flash_cycles=6, flash_interval_ms=350)``.
  ``decide(alert)`` is the pure decision (``CueDecision``): nothing unless the
  alert is ``new`` and not cued before (a zone alarm repeating, or a CAP
  Update, is not a new cue); a real alert gets the ``"alarm"`` sound and a
  flash; an exercise alert gets the drill alarm ``"drill-alarm"`` (marked by
  its own bell motif and timbre, never the real alarm) and an exercise-style
  flash; in a drill (``set_exercise(True)``, or the application carrying the
  drill theme, ``widgets.themes.is_drill()``) every alert is an exercise's;
  muted (here or at the position's player), no sound at all but still
  the flash.
* ``cue(alert)`` acts on that decision: plays the sound through ``player``
  (kind -> None; must not block), emits ``sigCue(alert_id, sound)`` (sound
  ``""`` when silent) and starts the flash: ``sigFlash(on, exercise)``
  toggles ``flash_cycles`` times on a timer and ends with ``on`` False, so a
  main window can blink its banner; widgets given to ``flash_title_of`` get
  a marker in front of their window title while ``on``.
* ``player`` is a callable taking the sound's name, or a ``SoundPlayer`` (whose
  mute then counts too). The default player is the position's ``widgets.sound.shared_player()``
  (synthesised cues through Qt Multimedia, its volume and mute remembered;
  without an audio output a warning is logged once and the real alarm falls
  back to ``QApplication.beep()``). ``set_muted(bool)``; ``is_muted()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from widgets.sound.player import MULTIMEDIA_ERROR, SoundPlayer, shared_player
from widgets.sound.synth import ALARM, exercise_cue
from widgets.themes import is_drill
from widgets.views import AlertView

HAVE_QT_MULTIMEDIA = not MULTIMEDIA_ERROR

__all__ = ["ALARM", "CHIME", "EXERCISE_ALARM", "HAVE_QT_MULTIMEDIA", "AlertCue", "CueDecision"]

_LOGGER = logging.getLogger(__name__)

EXERCISE_ALARM = exercise_cue(ALARM)
CHIME = EXERCISE_ALARM  # the former name of the exercise alert's sound
_TITLE_MARK = "● "


@dataclass(frozen=True, slots=True)
class CueDecision:
    cue: bool
    sound: str | None  # ALARM, EXERCISE_ALARM or None
    flash: bool
    exercise: bool


_NO_CUE = CueDecision(cue=False, sound=None, flash=False, exercise=False)


class AlertCue(QObject):
    """Decides and plays the cue for new alerts; never blocks."""

    sigCue = Signal(str, str)  # alert_id, sound ("" when silent)
    sigFlash = Signal(bool, bool)  # on, exercise

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        player: Callable[[str], object] | SoundPlayer | None = None,
        flash_cycles: int = 6,
        flash_interval_ms: int = 350,
    ) -> None:
        super().__init__(parent)
        self._muted = False
        self._exercise = False
        self._cued: set[str] = set()
        # A SoundPlayer (or the default, the position's shared one) brings its mute along.
        self._sound_player = player if isinstance(player, SoundPlayer) else None
        self._default_player = player is None
        if isinstance(player, SoundPlayer):
            self._player: Callable[[str], object] = player.play
        else:
            self._player = player or self._play_default
        self._flash_cycles = max(0, flash_cycles)
        self._flash_left = 0
        self._flash_on = False
        self._flash_exercise = False
        self._titled: list[tuple[QWidget, str]] = []
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(flash_interval_ms)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)

    # -- settings -----------------------------------------------------------------

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def is_muted(self) -> bool:
        """Muted here, or (with the default player) at the position's sound settings."""
        if self._muted:
            return True
        if self._sound_player is not None:
            return self._sound_player.is_muted()
        return self._default_player and shared_player().is_muted()

    def set_exercise(self, exercise: bool) -> None:
        """In a drill every alert is an exercise's (the drill tint says so too)."""
        self._exercise = exercise

    def is_exercise(self) -> bool:
        return self._exercise or is_drill()

    def flash_title_of(self, widget: QWidget) -> None:
        """Mark ``widget``'s window title while a flash is on (e.g. the alert dock)."""
        self._titled.append((widget, widget.windowTitle()))

    # -- cueing ---------------------------------------------------------------------

    def decide(self, alert: AlertView) -> CueDecision:
        if alert.state != "new" or alert.alert_id in self._cued:
            return _NO_CUE
        muted = self.is_muted()
        if alert.exercise or self.is_exercise():
            sound = None if muted else EXERCISE_ALARM
        else:
            sound = None if muted else ALARM
        exercise = alert.exercise or self.is_exercise()
        return CueDecision(cue=True, sound=sound, flash=True, exercise=exercise)

    def cue(self, alert: AlertView) -> CueDecision:
        decision = self.decide(alert)
        if not decision.cue:
            return decision
        self._cued.add(alert.alert_id)
        if decision.sound is not None:
            try:
                self._player(decision.sound)
            except Exception:  # a sound failure must never cost the visual cue
                _LOGGER.exception("alert sound %s failed", decision.sound)
        self.sigCue.emit(alert.alert_id, decision.sound or "")
        if decision.flash:
            self._start_flash(decision.exercise)
        return decision

    def was_cued(self, alert_id: str) -> bool:
        return alert_id in self._cued

    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def flash_timer(self) -> QTimer:
        return self._flash_timer

    def _play_default(self, kind: str) -> None:
        shared_player().play(kind)  # asynchronous; no audio is a warning, not an error

    # -- flashing -----------------------------------------------------------------------

    def _start_flash(self, exercise: bool) -> None:
        # A real alert's flash is never downgraded by an exercise arriving mid-flash.
        self._flash_exercise = (
            exercise if not self.flashing() else self._flash_exercise and exercise
        )
        self._flash_left = self._flash_cycles * 2
        if self._flash_left == 0:
            return
        self._set_flash(True)
        self._flash_left -= 1
        self._flash_timer.start()

    def _on_flash_timer_timeout(self) -> None:
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self._set_flash(False)
            return
        self._flash_left -= 1
        self._set_flash(not self._flash_on)

    def _set_flash(self, on: bool) -> None:
        self._flash_on = on
        for widget, title in self._titled:
            widget.setWindowTitle(_TITLE_MARK + title if on else title)
        self.sigFlash.emit(on, self._flash_exercise)
