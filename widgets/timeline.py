"""Replay timeline dock for supervisors: event density, markers, cursor and playback.

Contract:

* ``set_range(start, end)`` takes aware UTC datetimes and clamps the replay
  time into it. ``set_density(times_s)`` takes epoch seconds of every event and
  draws a histogram (one ``BarGraphItem``, created once) of events per bucket;
  the bucket is one minute, widened to a round size so a long range keeps
  about ``_MAX_BUCKETS`` bars. ``set_markers([(time, kind, label), ...])``
  draws calls, incidents, alerts and dispatches as distinct coloured symbols
  above the bars (one ``ScatterPlotItem``); unknown kinds are dropped.
* A vertical cursor marks the replay time. A left click anywhere in the plot
  moves the cursor there and emits ``sigSeek(datetime)``; a left drag across
  the plot (on the cursor or anywhere else) moves it along and emits
  ``sigSeek`` at every step and once more on release (the console projects
  only the newest time it was asked for); a click on a marker seeks to the
  marker's time. The middle button pans and the wheel zooms the time axis.
  The x axis is labelled in the zone given to ``set_timezone`` (default:
  this PC's).
* Controls: Play/Pause (Space), speed 1x..600x, a "jump to" editor with Go
  (Enter) emitting ``sigSeek``, Previous/Next emitting ``sigStep(-1 | +1)``, a
  filter line edit emitting ``sigFilterChanged(str)`` (debounced; Enter emits
  at once; the console interprets it), and a label with the time and the
  event count.
* Playback: while playing, a ~30 Hz timer advances the replay time by real
  elapsed time (an injectable monotonic clock, ``monotonic=``) times the
  speed and emits ``sigTimeChanged(datetime)`` at most once per tick; while the
  supervisor drags, playback holds and resumes from where the drag ended. At
  the end of the range it stops and emits ``sigPlayingChanged(False)``.
  ``set_time`` is for the console and never re-emits.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_ltr

__all__ = ["MARKER_KINDS", "SPEEDS", "TimelineDock"]

SPEEDS: tuple[int, ...] = (1, 2, 5, 10, 30, 60, 120, 300, 600)
# kind -> (symbol, colour); symbols differ as well as colours so the kinds stay
# apart for colour-blind supervisors.
MARKER_KINDS: dict[str, tuple[str, str]] = {
    "call": ("t", "#3b8beb"),
    "incident": ("d", "#e0453f"),
    "alert": ("star", "#f0a830"),
    "dispatch": ("s", "#3fb950"),
}
_TICK_MS = 33  # ~30 Hz
_MAX_BUCKETS = 240
_BUCKET_SIZES_S = (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
_FILTER_DEBOUNCE_MS = 300
_EDIT_FORMAT = "yyyy-MM-dd HH:mm:ss"


def _to_epoch(value: datetime) -> float:
    if value.tzinfo is None:
        raise ValueError("timeline times must be timezone-aware")
    return value.timestamp()


def _from_epoch(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def bucket_seconds(span_s: float) -> int:
    """The smallest round bucket that keeps ``span_s`` under ``_MAX_BUCKETS`` bars."""
    for size in _BUCKET_SIZES_S:
        if span_s / size <= _MAX_BUCKETS:
            return size
    return int(np.ceil(span_s / _MAX_BUCKETS / 86400.0)) * 86400


class _ZoneAxisItem(pg.DateAxisItem):
    """Date axis whose labels are wall-clock times in a chosen zone.

    Tick placement uses the zone's offset at one instant (pyqtgraph takes a
    single offset); labels are formatted per tick, so they stay right across a
    daylight-saving change inside the range.
    """

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._zone: tzinfo | None = None

    def set_zone(self, zone: tzinfo | None, at_epoch: float) -> None:
        self._zone = zone
        local = datetime.fromtimestamp(at_epoch, UTC).astimezone(zone)
        offset = local.utcoffset()
        self.utcOffset = -int(offset.total_seconds()) if offset is not None else None
        self.picture = None
        self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        fmt = _tick_format(spacing)
        out = []
        for value in values:
            try:
                text = datetime.fromtimestamp(value, UTC).astimezone(self._zone).strftime(fmt)
            except (OverflowError, ValueError, OSError):
                text = ""
            out.append(text[:-3] if "%f" in fmt else text)
        return out


def _tick_format(spacing: float) -> str:
    if spacing >= 86400:
        return "%d %b"
    if spacing >= 60:
        return "%H:%M"
    if spacing >= 1:
        return "%H:%M:%S"
    return "%H:%M:%S.%f"


class _ScrubViewBox(pg.ViewBox):
    """View box whose left button scrubs the replay time instead of panning.

    ``scrub(x, finished)`` is called with the view x (epoch seconds) of a
    left click (finished) or of every step of a left drag (finished on the
    release). Other buttons keep pyqtgraph's behaviour (middle pans).
    """

    def __init__(self, scrub: Callable[[float, bool], None]) -> None:
        super().__init__()
        self._scrub = scrub

    def _x_of(self, ev: Any) -> float:
        return float(self.mapSceneToView(ev.scenePos()).x())

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._scrub(self._x_of(ev), True)
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: Any, axis: int | None = None) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._scrub(self._x_of(ev), bool(ev.isFinish()))
            return
        super().mouseDragEvent(ev, axis)


class TimelineDock(QDockWidget):
    """Replay timeline: density histogram, event markers, cursor and transport controls."""

    sigTimeChanged = Signal(object)  # datetime, aware UTC; emitted by playback only
    sigSeek = Signal(object)  # datetime, aware UTC; user dragged the cursor or jumped
    sigStep = Signal(int)  # -1 previous event, +1 next event
    sigFilterChanged = Signal(str)
    sigPlayingChanged = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timezone: tzinfo | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(self.tr("Replay timeline"), parent)
        self.setObjectName("TimelineDock")
        self._monotonic = monotonic
        self._zone = timezone
        self._start = 0.0
        self._end = 0.0
        self._time = 0.0
        self._has_range = False
        self._scrubbing = False
        self._last_tick = 0.0
        self._event_count = 0
        self._counts = np.zeros(0, dtype=np.int64)
        self._marker_kinds: list[str] = []
        self._marker_x = np.zeros(0, dtype=np.float64)
        self._marker_labels: list[str] = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self._build_controls(body))
        layout.addWidget(self._build_plot(body), 1)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(_FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self._apply_zone()
        self._refresh_label()

    # -- construction -------------------------------------------------------

    def _build_controls(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._play_button = _tool_button(body, self.tr("Play"), self.tr("Play or pause (Space)"))
        self._play_button.setCheckable(True)
        self._play_button.toggled.connect(self._on_play_button_toggled)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._play_button.toggle)
        self._speed_combo = QComboBox(body)
        for speed in SPEEDS:
            self._speed_combo.addItem(self.tr("{n}x").format(n=speed), speed)
        self._speed_combo.setToolTip(self.tr("Replay speed"))
        self._prev_button = _tool_button(body, self.tr("Previous"), self.tr("Previous event"))
        self._prev_button.clicked.connect(self._on_prev_button_clicked)
        self._next_button = _tool_button(body, self.tr("Next"), self.tr("Next event"))
        self._next_button.clicked.connect(self._on_next_button_clicked)
        self._jump_edit = QDateTimeEdit(body)
        # The editor holds wall-clock fields of the dock's zone; a UTC spec stops
        # Qt from shifting them through this PC's own zone rules.
        self._jump_edit.setTimeZone(QTimeZone.utc())
        self._jump_edit.setDisplayFormat(_EDIT_FORMAT)
        self._jump_edit.setToolTip(self.tr("Jump to this time (Enter)"))
        self._jump_edit.installEventFilter(self)
        self._go_button = _tool_button(body, self.tr("Go"), self.tr("Jump to the time (Enter)"))
        self._go_button.clicked.connect(self._on_go_button_clicked)
        self._filter_edit = QLineEdit(body)
        self._filter_edit.setPlaceholderText(self.tr("Filter: incident …, unit …, link … or text"))
        self._filter_edit.setClearButtonEnabled(True)
        self._filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self._filter_edit.returnPressed.connect(self._on_filter_timer_timeout)
        self._status_label = QLabel(body)
        self._status_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (
            self._play_button,
            self._speed_combo,
            self._prev_button,
            self._next_button,
            self._jump_edit,
            self._go_button,
        ):
            row.addWidget(widget)
        row.addWidget(self._filter_edit, 1)
        row.addWidget(self._status_label)
        return row

    def _build_plot(self, body: QWidget) -> pg.PlotWidget:
        self._axis = _ZoneAxisItem()
        self._view_box = _ScrubViewBox(self._on_view_box_scrub)
        self._plot = pg.PlotWidget(body, viewBox=self._view_box, axisItems={"bottom": self._axis})
        self._plot.setMinimumHeight(90)
        self._plot.setMouseEnabled(x=True, y=False)
        self._plot.hideButtons()
        self._plot.getPlotItem().setMenuEnabled(False)
        self._plot.setLabel("left", self.tr("events"))
        self._bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush="#5a7fa8", pen=None)
        self._plot.addItem(self._bars)
        self._markers = pg.ScatterPlotItem(
            size=9, pen=None, hoverable=True, tip=lambda x, y, data: str(data)
        )
        self._markers.sigClicked.connect(self._on_markers_clicked)
        self._plot.addItem(self._markers)
        # Not movable itself: a drag on the line is a drag in the view box, so
        # grabbing the line and dragging anywhere else behave the same.
        self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#ffffff", width=2))
        self._cursor.setZValue(10)
        self._plot.addItem(self._cursor)
        return self._plot

    # -- public API ---------------------------------------------------------

    def set_range(self, start: datetime, end: datetime) -> None:
        """Set the replayable span; the replay time is clamped into it."""
        start_s, end_s = _to_epoch(start), _to_epoch(end)
        if end_s < start_s:
            raise ValueError("range end is before its start")
        self._start, self._end, self._has_range = start_s, end_s, True
        self._cursor.setBounds((start_s, end_s))
        self._plot.setXRange(start_s, end_s, padding=0.01)
        self._time = min(max(self._time, start_s), end_s)
        self._jump_edit.setDateTimeRange(self._to_edit(start_s), self._to_edit(end_s))
        self._apply_zone()
        self._show_time()

    def set_density(self, times_s: np.ndarray) -> None:
        """Draw events per bucket from the epoch seconds of every event."""
        times = np.asarray(times_s, dtype=np.float64)
        self._event_count = int(times.size)
        start, end = (self._start, self._end) if self._has_range else _span(times)
        size = bucket_seconds(end - start)
        count = max(1, int(np.ceil((end - start) / size)))
        edges = start + size * np.arange(count + 1, dtype=np.float64)
        self._counts, _ = np.histogram(times, bins=edges)
        self._bars.setOpts(x0=edges[:-1], x1=edges[1:], height=self._counts)
        self._place_markers()
        self._refresh_label()

    def set_markers(self, markers: Sequence[tuple[datetime, str, str]]) -> None:
        """Draw ``(time, kind, label)`` markers; kinds outside ``MARKER_KINDS`` are dropped."""
        kept = [(t, kind, label) for t, kind, label in markers if kind in MARKER_KINDS]
        self._marker_kinds = [kind for _, kind, _ in kept]
        self._marker_x = np.array([_to_epoch(t) for t, _, _ in kept], dtype=np.float64)
        self._marker_labels = [label for _, _, label in kept]
        self._place_markers()

    def set_time(self, value: datetime) -> None:
        """Move the cursor to ``value`` (from the console); emits nothing."""
        self._time = self._clamp(_to_epoch(value))
        self._show_time()

    def set_timezone(self, zone: tzinfo | None) -> None:
        """Show the axis, label and jump editor in ``zone`` (``None``: this PC's)."""
        self._zone = zone
        if self._has_range:
            self._jump_edit.setDateTimeRange(self._to_edit(self._start), self._to_edit(self._end))
        self._apply_zone()
        self._show_time()

    def current_time(self) -> datetime:
        return _from_epoch(self._time)

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def speed(self) -> int:
        return int(self._speed_combo.currentData())

    def set_speed(self, speed: int) -> None:
        index = self._speed_combo.findData(speed)
        if index < 0:
            raise ValueError(f"unsupported speed {speed}")
        self._speed_combo.setCurrentIndex(index)

    def play(self) -> None:
        self._play_button.setChecked(True)

    def pause(self) -> None:
        self._play_button.setChecked(False)

    def density_counts(self) -> np.ndarray:
        """Events per bucket as drawn (a copy)."""
        return self._counts.copy()

    def marker_counts(self) -> dict[str, int]:
        """How many markers of each kind are drawn."""
        return {kind: self._marker_kinds.count(kind) for kind in MARKER_KINDS}

    def status_text(self) -> str:
        return self._status_label.text()

    def plot_widget(self) -> pg.PlotWidget:
        """The density plot (tests click and drag in it)."""
        return self._plot

    def view_position(self, value: datetime) -> tuple[float, float]:
        """Widget coordinates in ``plot_widget()`` of ``value`` at mid height."""
        box = self._view_box
        scene = box.mapViewToScene(pg.Point(_to_epoch(value), 0.0))
        mid = box.sceneBoundingRect().center().y()
        point = self._plot.mapFromScene(pg.Point(scene.x(), mid))
        return float(point.x()), float(point.y())

    # -- handlers -----------------------------------------------------------

    def _on_play_button_toggled(self, checked: bool) -> None:
        if checked == self._timer.isActive():
            return
        if checked:
            if not self._has_range:
                self._play_button.setChecked(False)
                return
            if self._time >= self._end:
                self._time = self._start  # playing from the end replays from the start
                self._show_time()
            self._last_tick = self._monotonic()
            self._timer.start()
            self._play_button.setText(self.tr("Pause"))
        else:
            self._timer.stop()
            self._play_button.setText(self.tr("Play"))
        self.sigPlayingChanged.emit(checked)

    def _on_timer_timeout(self) -> None:
        now = self._monotonic()
        elapsed = max(0.0, now - self._last_tick)
        self._last_tick = now
        if self._scrubbing:
            return  # the supervisor is dragging; the release decides the time
        new_time = min(self._time + elapsed * self.speed(), self._end)
        if new_time != self._time:
            self._time = new_time
            self._show_time()
            self.sigTimeChanged.emit(_from_epoch(new_time))
        if new_time >= self._end:
            self.pause()

    def _on_view_box_scrub(self, x: float, finished: bool) -> None:
        if not self._has_range:
            return
        self._scrubbing = not finished
        if finished:
            self._last_tick = self._monotonic()  # playback resumes from here, not ahead
        self._time = self._clamp(x)
        self._show_time()
        self.sigSeek.emit(_from_epoch(self._time))

    def _on_markers_clicked(self, _item: Any, points: Any, _ev: Any = None) -> None:
        if len(points):
            self._on_view_box_scrub(float(points[0].pos().x()), True)

    def _on_go_button_clicked(self) -> None:
        wall = self._jump_edit.dateTime()
        date, clock = wall.date(), wall.time()
        naive = datetime(
            date.year(), date.month(), date.day(), clock.hour(), clock.minute(), clock.second()
        )
        aware = naive.replace(tzinfo=self._zone) if self._zone is not None else naive.astimezone()
        self._time = self._clamp(aware.timestamp())
        self._show_time()
        self.sigSeek.emit(_from_epoch(self._time))

    def _on_prev_button_clicked(self) -> None:
        self.sigStep.emit(-1)

    def _on_next_button_clicked(self) -> None:
        self.sigStep.emit(1)

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_timer_timeout(self) -> None:
        self._filter_timer.stop()
        self.sigFilterChanged.emit(self._filter_edit.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._jump_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_go_button_clicked()
            return True
        return super().eventFilter(watched, event)

    # -- helpers ------------------------------------------------------------

    def _clamp(self, value: float) -> float:
        return min(max(value, self._start), self._end) if self._has_range else value

    def _place_markers(self) -> None:
        if not self._marker_kinds:
            self._markers.setData(x=[], y=[])
            return
        top = float(self._counts.max()) if self._counts.size else 0.0
        y = np.full(len(self._marker_kinds), max(1.0, top) * 1.15)
        self._markers.setData(
            x=self._marker_x,
            y=y,
            symbol=[MARKER_KINDS[k][0] for k in self._marker_kinds],
            brush=[pg.mkBrush(MARKER_KINDS[k][1]) for k in self._marker_kinds],
            data=self._marker_labels,
        )

    def _to_edit(self, epoch: float) -> QDateTime:
        local = _from_epoch(epoch).astimezone(self._zone)
        return QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute, local.second),
            QTimeZone.utc(),
        )

    def _apply_zone(self) -> None:
        self._axis.set_zone(self._zone, self._start if self._has_range else time.time())

    def _show_time(self) -> None:
        self._cursor.blockSignals(True)  # a programmatic move is not a seek
        self._cursor.setValue(self._time)
        self._cursor.blockSignals(False)
        if not self._jump_edit.hasFocus():
            self._jump_edit.setDateTime(self._to_edit(self._time))
        self._refresh_label()

    def _refresh_label(self) -> None:
        if self._has_range:
            local = _from_epoch(self._time).astimezone(self._zone)
            stamp = local.strftime("%Y-%m-%d %H:%M:%S")
        else:
            stamp = "—"
        self._status_label.setText(
            self.tr("{time} · %n event(s)", "", self._event_count).format(time=shown_ltr(stamp))
        )


def _tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button


def _span(times: np.ndarray) -> tuple[float, float]:
    if times.size == 0:
        return 0.0, 60.0
    low = float(np.floor(times.min() / 60.0) * 60.0)
    return low, max(low + 60.0, float(times.max()) + 1.0)
