"""Shared skeleton of the detail panels (call, incident, alert).

Contract:

* ``PanelDock(parent, clock=utc_now, timezone=None)`` is a ``QDockWidget``
  with an injectable clock (``_clock``), the zone its times are shown in
  (``_zone``; ``None``: this PC's) and a one-second timer (``tick_timer()``)
  that calls ``_tick()``. A subclass builds its widgets, then calls
  ``_start_ticking()`` once from its constructor.
* ``set_timezone(zone)`` stores the zone and calls ``_tick()``, so every
  time shown is redrawn in it (a subclass that shows more times overrides).
* ``_copy_coordinates(lat, lon)`` puts "60.170000, 24.940000" (the form
  dispatchers paste into other systems) on the clipboard and emits
  ``sigCoordinatesCopied(text)``.
* ``plain_label(parent)``: a read-only, selectable plain-text label aligned
  to the reading direction (right-to-left languages included).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from widgets.bidi import strip_isolates
from widgets.call_queue import format_coordinates
from widgets.clock import utc_now

__all__ = ["TICK_MS", "PanelDock", "plain_label"]

TICK_MS = 1000


def plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PanelDock(QDockWidget):
    """A detail panel with a clock, a display zone, a one-second tick and a copy action."""

    sigCoordinatesCopied = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        timezone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = timezone
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)

    def tick_timer(self) -> QTimer:
        return self._tick_timer

    def set_timezone(self, zone: tzinfo | None) -> None:
        self._zone = zone
        self._tick()

    def _start_ticking(self) -> None:
        self._tick_timer.start()

    def _tick(self) -> None:
        """Redraw what ages or depends on the clock; the subclass's."""

    def _copy_coordinates(self, lat: float, lon: float) -> None:
        text = strip_isolates(format_coordinates(lat, lon))
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.sigCoordinatesCopied.emit(text)

    def _on_tick_timer_timeout(self) -> None:
        self._tick()
