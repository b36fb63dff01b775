"""The supervisors' wallboard: the room at a glance, in large type, updated every second.

Contract: ``WallboardWidget(projection, clock=None, parent=None, threaded=True)``
shows a ``models.stats.wallboard.WallboardProjection`` (Qt-free, fed event
by event from the same committed events as the console) that its own worker
thread feeds and reads (``widgets.wallboard_feed``): ``on_committed(events)``
queues committed events, in log order, and returns at once. A 1 s timer
calls ``refresh()``, which asks the worker for a snapshot as at ``clock()``
(``clock`` defaults to the wall clock in UTC; replay passes its cursor:
``set_clock``) holding every event queued before it; the worker computes it
(and the answer-time histogram) and the GUI thread then only sets the tiles
and charts that changed. ``set_projection(projection)`` swaps in a
projection built elsewhere (replay after a seek); ``seed(loader)`` runs
``loader()`` (e.g. ``models.stats.wallboard_reader.wallboard_from_store``) on the
worker and uses its projection, the events queued meanwhile applied after
it, none lost nor applied twice. ``settled`` is true once the newest
refresh asked for is shown; ``stop()`` ends the timer and the worker
(also when the widget is destroyed). ``threaded=False`` does the worker's
part on the GUI thread at once (the old way, for a benchmark's baseline).
Nothing here reads a store or a socket. Tiles: calls waiting and the longest ring
(red past the answering target), answered within 15 s / 20 s over the last
hour (red below the standard's 90 % / 95 %), incidents open by priority,
alerts open (unacknowledged), links down, sensors down, units by status per
discipline and per station. Charts (pyqtgraph, items created once): calls
per 15 minutes today against the same weekday's average; today's answer
times with the 15 s and 20 s lines; the last hour's shares within 15 s and
20 s against the standard's 90 % / 95 % lines.

A refresh is incremental (``widgets.wallboard_cells``): tiles and the units
grid are painted widgets of a fixed size hint that repaint only a value or
a cell that changed, never re-laying out the window; each bar is its own
item, so a changed count repaints that bar; charts whose data did not
change are not touched; the y ranges widen only when a bar outgrows them
(in 1-2-5 steps, their few ticks given); the y axes have a fixed width, and
the titles, legend, axes and the weekday-average line are cached as
pixmaps, so a bar that moves copies what lies under it back, and a range
change moves the bars and draws the y labels again, not the titles, legend
or hours, and never re-lays out a chart nor moves its view (the bars are
drawn to scale in a fixed view: ``BarSeries``).
Colours follow the applied day/night theme (``widgets.themes``, read only;
``sigThemeApplied`` restyles the charts). ``set_full_screen(on)`` / F11
toggles full screen, Esc leaves it. Every text goes through ``tr()``.
``snapshot`` holds the last ``WallboardSnapshot`` shown (None before the
first refresh shown); ``tile_text(name)``, ``tile_detail(name)``, ``tile_colour(name)``,
``units_table`` (``CountsTable``), ``calls_series``, ``answer_series`` and
``share_series`` (``BarSeries``) read what is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from models.stats.wallboard import SLOTS_PER_DAY, WallboardProjection, WallboardSnapshot
from widgets.i18n import format_share
from widgets.status_style import status_label
from widgets.symbols import discipline_label
from widgets.themes import ThemeSpec, current_spec, theme_notifier
from widgets.wallboard_axis import CountAxis
from widgets.wallboard_cells import BarSeries, CountsTable, Tile
from widgets.wallboard_feed import HIST_BINS, WallboardFeed, WallboardFrame

_LOGGER = logging.getLogger(__name__)

REFRESH_MS = 1000
_UNSET = object()  # a value not shown yet (None is a value: no weekday average)
ALARM = {"day": "#b00020", "night": "#ff6e6e"}
GOOD = {"day": "#1b7f3b", "night": "#7ed491"}


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class WallboardWidget(QWidget):
    _sigFrameReady = Signal()  # emitted by the feed's worker: a frame waits in feed.take()

    def __init__(
        self,
        projection: WallboardProjection | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        threaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wallboard")
        self.setWindowTitle(self.tr("Wallboard"))
        self._clock = clock or (lambda: datetime.now(UTC))
        self.snapshot: WallboardSnapshot | None = None
        self._frame: WallboardFrame | None = None  # the last shown
        self._last: dict[str, object] = {}
        self._generation = 0  # the feed's projection whose frames are shown
        self._ticket = self._shown_ticket = 0  # the newest refresh asked for, and shown
        self._sigFrameReady.connect(self._on_frame_ready)
        self.feed = WallboardFeed(
            projection if projection is not None else WallboardProjection(),
            self._sigFrameReady.emit,
            threaded,
        )
        self.destroyed.connect(self.feed.close)
        self._tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        names = (
            ("waiting", self.tr("Calls waiting")),
            ("longest", self.tr("Longest ring")),
            ("within15", self.tr("Answered within 15 s, last hour")),
            ("within20", self.tr("Answered within 20 s, last hour")),
            ("incidents", self.tr("Incidents open")),
            ("alerts", self.tr("Alerts open")),
            ("links", self.tr("Links down")),
            ("sensors", self.tr("Sensors down")),
        )
        for i, (key, title) in enumerate(names):
            tile = self._tiles[key] = Tile(title)
            grid.addWidget(tile, i // 4, i % 4)
        self.units_table = CountsTable(
            (self.tr("Units by discipline"), self.tr("Units by station")),
            status_label,
            (discipline_label,),
        )
        # Counts on the left, drawn again cheaply when a range grows (widgets.wallboard_axis).
        self.calls_plot = pg.PlotWidget(axisItems={"left": CountAxis()})
        self.answers_plot = pg.PlotWidget(axisItems={"left": CountAxis()})
        self.share_plot = pg.PlotWidget(axisItems={"left": CountAxis()})
        self._build_charts()
        charts = QHBoxLayout()
        charts.addWidget(self.calls_plot, 3)
        charts.addWidget(self.answers_plot, 2)
        charts.addWidget(self.share_plot, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.units_table)
        layout.addLayout(charts, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: self.set_full_screen(False))
        theme_notifier().sigThemeApplied.connect(self._on_theme_applied)
        self._apply_theme(current_spec(self))

    # -- charts ------------------------------------------------------------------

    def _build_charts(self) -> None:
        x = np.arange(SLOTS_PER_DAY) / 4.0
        self.calls_plot.setTitle(self.tr("Calls per 15 minutes today"))
        self.calls_plot.setLabel("bottom", self.tr("hour"))
        self.calls_series = BarSeries(self.calls_plot.plotItem, x + 0.125, 0.22)
        self.calls_avg = self.calls_plot.plot([], [])  # no history yet: no line
        # Drawn once per change into a pixmap: a bar moving under it only copies it back.
        self.calls_avg.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.calls_plot.addLegend(offset=(5, 5))
        legend = self.calls_plot.plotItem.legend
        if legend is not None:
            legend.addItem(self.calls_series.legend_item, self.tr("today"))
            legend.addItem(self.calls_avg, self.tr("same weekday, average"))
        self.answers_plot.setTitle(self.tr("Answer times today (s)"))
        centres = HIST_BINS[:-1] + 2.5
        self.answer_series = BarSeries(self.answers_plot.plotItem, centres, 4.5)
        self.answer_lines = [pg.InfiniteLine(pos=v, angle=90) for v in (15.0, 20.0)]
        for line in self.answer_lines:
            self.answers_plot.addItem(line)
        self.share_plot.setTitle(self.tr("Last hour vs standard"))
        self.share_series = BarSeries(self.share_plot.plotItem, [0, 1], 0.6, 100.0, True)
        self.share_lines = [
            pg.InfiniteLine(pos=v, angle=0) for v in (90.0, 95.0)
        ]  # the standard's lines
        for line in self.share_lines:
            self.share_plot.addItem(line)
        axis = self.share_plot.getAxis("bottom")
        axis.setTicks([[(0, self.tr("≤15 s")), (1, self.tr("≤20 s"))]])
        digits = QFontMetrics(self.calls_plot.font()).horizontalAdvance("000000")
        for plot in (self.calls_plot, self.answers_plot, self.share_plot):
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            # Painted once into a pixmap and copied while unchanged: a bar moving under the
            # title, legend or axes, or a y range growing, does not draw their text again.
            item = plot.plotItem
            cached = [item.titleLabel, plot.getAxis("left"), plot.getAxis("bottom")]
            cached += [item.legend] if item.legend is not None else []
            for part in cached:
                part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            # The plot item and its view box draw nothing themselves (the view box only a
            # border, never set here): said so, Qt never calls back into Python to paint them,
            # which is half of what a range change costs.
            for empty in (item, item.vb):
                empty.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            # A fixed width for six digits: a wider y label never re-lays out the plot; counts
            # need no SI prefix, so a range change does not set the axis label again either.
            plot.getAxis("left").setWidth(digits + 12)
            for side in ("left", "bottom"):
                plot.getAxis(side).enableAutoSIPrefix(False)
            # Time and seconds run left to right in every language, as on the map.
            plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            plot.plotItem.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _on_theme_applied(self, spec: ThemeSpec) -> None:
        self._apply_theme(spec)

    def _apply_theme(self, spec: ThemeSpec) -> None:
        self._spec = spec
        bar = pg.mkBrush(spec.highlight)
        for plot in (self.calls_plot, self.answers_plot, self.share_plot):
            plot.setBackground(spec.plot_background)
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(spec.plot_foreground)
                plot.getAxis(side).setTextPen(spec.plot_foreground)
        for series in (self.calls_series, self.answer_series, self.share_series):
            series.set_brush(bar)
        self.calls_avg.setPen(pg.mkPen(spec.bright_text, width=2))
        line_pen = pg.mkPen(spec.bright_text, width=2, style=Qt.PenStyle.DashLine)
        for line in (*self.answer_lines, *self.share_lines):
            line.setPen(line_pen)
        self._last.clear()
        for tile in getattr(self, "_tiles", {}).values():
            tile.update()
        self.units_table.update()
        if self._frame is not None:
            self._show(self._frame)

    # -- data --------------------------------------------------------------------

    @property
    def projection(self) -> WallboardProjection:
        """The feed's projection (its worker's: read it only once ``settled``)."""
        return self.feed.projection

    def on_committed(self, events: Sequence[Any]) -> None:
        """Committed events, in log order (the session's batches, or replay's): queued."""
        self.feed.submit(events)

    def set_projection(self, projection: WallboardProjection) -> None:
        """A projection rebuilt elsewhere (replay after a seek), used from here on."""
        self.feed.replace(projection)
        self.refresh()

    def seed(self, loader: Callable[[], WallboardProjection]) -> None:
        """``loader()`` on the worker (SQL: never on the GUI thread), then every event queued."""
        self.feed.seed(loader)
        self.refresh()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.feed.close()

    @property
    def settled(self) -> bool:
        return self._shown_ticket == self._ticket

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        try:
            now = self._clock()
        except Exception:  # a wallboard must never take the console down
            _LOGGER.exception("wallboard clock failed")
            return
        self._ticket = self.feed.request(now)

    def _on_frame_ready(self) -> None:
        frame = self.feed.take()
        if frame is None:
            return
        if frame.generation != self._generation:  # another projection: fit the charts again
            self._generation = frame.generation
            self._last.pop("day", None)
        self._frame = frame
        self.snapshot = frame.snapshot
        self._shown_ticket = frame.ticket
        self._show(frame)

    def _colour(self, table: dict[str, str]) -> str:
        return table["night" if self._spec.dark else "day"]

    def _show(self, frame: WallboardFrame) -> None:
        s = frame.snapshot
        alarm, good = self._colour(ALARM), self._colour(GOOD)
        tiles = self._tiles
        tiles["waiting"].show_value(str(s.calls_waiting), "", alarm if s.calls_waiting else None)
        late = s.longest_ring_s is not None and s.longest_ring_s > s.answer_target_s
        tiles["longest"].show_value(_duration(s.longest_ring_s), "", alarm if late else None)
        for key, share, line in (
            ("within15", s.within_15, s.answer_pct),
            ("within20", s.within_20, 95.0),
        ):
            colour = None if share is None else (good if share * 100 >= line - 1e-9 else alarm)
            detail = self.tr("{n} answered; standard {pct:.0f} %").format(
                n=s.answered_hour, pct=line
            )
            if s.no_ring_start_hour:
                detail += self.tr("; {n} without ring start (not timed)").format(
                    n=s.no_ring_start_hour
                )
            tiles[key].show_value(format_share(share), detail, colour)
        total = sum(s.incidents_open.values())
        by_priority = "  ".join(
            self.tr("P{p}: {n}").format(p=p, n=n) for p, n in s.incidents_open.items()
        )
        tiles["incidents"].show_value(str(total), by_priority)
        tiles["alerts"].show_value(
            str(s.alerts_open),
            self.tr("{n} not acknowledged").format(n=s.alerts_unacknowledged),
            alarm if s.alerts_unacknowledged else None,
        )
        tiles["links"].show_value(
            str(len(s.links_down)), ", ".join(s.links_down), alarm if s.links_down else None
        )
        tiles["sensors"].show_value(
            str(len(s.sensors_down)), ", ".join(s.sensors_down), alarm if s.sensors_down else None
        )
        if self._changed("units", (s.units_by_discipline, s.units_by_station)):
            self.units_table.set_tables((s.units_by_discipline, s.units_by_station))
        # Charts only when their data changed: most seconds nothing rang or was answered;
        # then only the bars that changed move (BarSeries).
        if self._changed("day", s.today):
            for series in (self.calls_series, self.answer_series):
                series.reset_range(0.0)
            self._last.pop("average", None)
        if self._changed("calls", s.calls_today):
            self.calls_series.set_heights(s.calls_today)
        avg = s.calls_weekday_avg
        if avg is not None:
            self.calls_series.fit(max(avg, default=0.0))
        # Drawn in the bars' view: again when the average or the counts' scale changed.
        if self._changed("average", (avg, self.calls_series.y_max)):
            if avg is not None:
                x = np.arange(SLOTS_PER_DAY) / 4.0 + 0.125
                self.calls_avg.setData(x, self.calls_series.to_view(avg))
            else:
                self.calls_avg.setData([], [])
        if self._changed("answers", frame.answer_counts):
            self.answer_series.set_heights(frame.answer_counts)
        shares = (s.within_15, s.within_20, s.answer_pct, s.answer_target_s, s.answer_95_s)
        if self._changed("shares", shares):
            self.share_series.set_heights(
                [(s.within_15 or 0.0) * 100.0, (s.within_20 or 0.0) * 100.0]
            )
        if self._changed("lines", (s.answer_pct, s.answer_target_s, s.answer_95_s)):
            self.share_lines[0].setValue(s.answer_pct)
            self.answer_lines[0].setValue(s.answer_target_s)
            self.answer_lines[1].setValue(s.answer_95_s)

    def _changed(self, key: str, value: object) -> bool:
        if self._last.get(key, _UNSET) == value:
            return False
        self._last[key] = value
        return True

    def tile_text(self, name: str) -> str:
        return self._tiles[name].text

    def tile_detail(self, name: str) -> str:
        return self._tiles[name].detail

    def tile_colour(self, name: str) -> str | None:
        return self._tiles[name].colour

    # -- full screen ---------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.isFullScreen())
