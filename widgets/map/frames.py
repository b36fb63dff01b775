"""The map's display frames: when it paints, and how often.

Contract (``MapFramesMixin``, a base of ``MapWidget``):

* ``_init_frames(clock)`` makes the display timer (``FRAME_INTERVAL_MS``,
  precise: a coarse timer may fire 5 % of the interval late). It runs while
  something is to be drawn and stops when a tick finds nothing.
* ``_mark_dirty(units=True, live=False)``: something changed. What the
  dispatcher does or that changes a state (a selection, a status, an
  incident, a route, an alert, the view: ``live=False``) is painted at the
  next tick. Live positions alone (``live=True``: new fixes of known units,
  radar track pictures; trails likewise) are painted at most every
  ``LIVE_FRAME_INTERVAL_S`` (0.1 s, at the tick nearest it: ten times the
  rate a unit's AVL or a radar's scan brings them) and shown meanwhile by any frame that paints. A
  radar storm so costs ten map paints a second, not thirty, and leaves the
  GUI thread its time for the dispatcher's frames and commands.
* A tick that has something to show draws the units and the tracks, then
  paints its frame at once (``_paint_frame``): the scene's queued changes
  are taken first, so the one synchronous paint shows them and none follows
  for them; a posted paint waited behind whatever the loop had queued (a
  committed batch, a socket). ``_frame_now()`` makes a frame the same way at
  once: ``MapWidget.center_on`` (a command selecting a unit, an incident, a
  place) so answers with one paint, the pan and the selection together.
  ``_request_full_frame`` (the label placer) joins the frame being made, or
  the next tick's.
* ``set_frame_guard(guard)``: every frame is made inside ``with guard():``
  (the console's ``ForegroundGate.hold``: the log follower's reads wait
  while a frame paints; by default nothing).
* ``frames_painted``/``sigFramePainted(n)`` count the frames made;
  ``frame_clock()`` is the display timer (benchmarks time frames from when a
  tick was due). ``clock`` (seconds, ``time.monotonic``) is given for tests;
  ``LIVE_FRAME_INTERVAL_S`` may be set per instance (0: every tick).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer

__all__ = ["MapFramesMixin"]


class MapFramesMixin:
    """The display timer and frame pacing of ``MapWidget``."""

    FRAME_INTERVAL_MS = 33
    LIVE_FRAME_INTERVAL_S = 0.1

    _canvas: Any  # the map's pg.GraphicsView (paint_count, scene(), viewport())
    _vb: Any  # its pg.ViewBox
    _tracks: Any  # widgets.map.tracks.TrackLayer
    _projection: Any
    sigFramePainted: Any
    _refresh_dispatched: Callable[[], None]
    _paint_units: Callable[[], None]

    def _init_frames(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._dirty = False  # something the dispatcher did or a state changed
        self._live_dirty = False  # live positions changed (fixes, tracks), not yet painted
        self._live_frame_at = -math.inf  # clock time of the last frame that showed them
        self._units_dirty = False
        self._in_tick = False  # the display timer's frame is being made
        self.frames_painted = 0
        self._frame_guard: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext
        self._timer = QTimer(self)  # type: ignore[arg-type]
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_frame_guard(self, guard: Callable[[], AbstractContextManager[object]]) -> None:
        """Make every frame inside ``with guard():`` (the GUI's foreground moment)."""
        self._frame_guard = guard

    def frame_clock(self) -> QTimer:
        """The display timer (``FRAME_INTERVAL_MS``; stopped while nothing changes)."""
        return self._timer

    def _mark_dirty(self, units: bool = True, live: bool = False) -> None:
        """Something to draw: at the next tick, or with the next live frame (``live``:
        only positions moved)."""
        if live:
            self._live_dirty = True
        else:
            self._dirty = True
        self._units_dirty = self._units_dirty or units
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        now = self._clock()
        # Due at the tick nearest the interval (half a tick early rather than a tick
        # late: 0.1 s is every third tick, not every fourth).
        due_after = self.LIVE_FRAME_INTERVAL_S - self.FRAME_INTERVAL_MS / 2000.0
        live_due = now - self._live_frame_at >= due_after
        if not self._dirty and not (self._live_dirty and live_due):
            if self._live_dirty:
                return  # live positions wait for their frame: keep ticking
            if self._tracks.trails_waiting:
                # Radar trails follow their heads at most every TRAIL_REFRESH_S.
                if live_due and self._tracks.flush(self._projection):
                    self._live_frame_at = now
                    with self._frame_guard():
                        self._paint_frame()
                return
            # Idle: stop ticking until the next change.
            self._timer.stop()
            return
        self._make_frame(now)

    def _frame_now(self) -> None:
        """Paint a frame at once, with whatever waits (a selection, positions): what a
        command that moved the view calls, so its answer is one paint now, not the
        pan's own paint and then the next tick's."""
        self._dirty = True
        self._make_frame(self._clock())

    def _make_frame(self, now: float) -> None:
        with self._frame_guard():
            self._make_frame_guarded(now)

    def _make_frame_guarded(self, now: float) -> None:
        self._dirty = self._live_dirty = False
        self._live_frame_at = now
        self._in_tick = True
        try:
            if self._units_dirty:
                self._units_dirty = False
                self._refresh_dispatched()
                self._paint_units()
            self._tracks.flush(self._projection)
        finally:
            self._in_tick = False
        self._paint_frame()

    def _paint_frame(self) -> None:
        """Paint the tick's frame now, once, whatever asked for it (items, the placer)."""
        canvas = self._canvas
        # The view box defers a new range's transform to its paint: take it now, so
        # the change it makes is in this paint, not queued for a second one.
        self._vb.updateMatrix()
        painted = canvas.paint_count
        QCoreApplication.sendPostedEvents(canvas.scene(), QEvent.Type.MetaCall)
        if canvas.paint_count == painted:  # taking the scene's changes may paint them
            canvas.viewport().repaint()
        self.frames_painted += 1
        self.sigFramePainted.emit(self.frames_painted)

    def _request_full_frame(self) -> None:
        """The label placer wants a full repaint: with the frame being made, or at the
        next display tick (never a paint of its own between two frames)."""
        if not self._in_tick:  # the tick being made paints its frame itself
            self._mark_dirty(units=False)
