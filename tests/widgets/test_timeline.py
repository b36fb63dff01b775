"""TimelineDock: density and markers, playback on an injected clock, seek, step and filter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QPoint,
    QPointF,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from widgets.timeline import MARKER_KINDS, TimelineDock, bucket_seconds

START = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def dock(qtbot, clock: FakeMonotonic) -> TimelineDock:
    widget = TimelineDock(timezone=ZoneInfo("Europe/Helsinki"), monotonic=clock)
    qtbot.addWidget(widget)
    widget.set_range(START, END)
    widget.set_time(START)
    return widget


def test_density_counts_events_per_minute(dock: TimelineDock) -> None:
    base = START.timestamp()
    times = np.array([base + 1, base + 59, base + 60, base + 125, base + 3599])
    dock.set_density(times)
    counts = dock.density_counts()
    assert counts.size == 60  # one hour of one-minute buckets
    assert counts[:3].tolist() == [2, 1, 1]
    assert counts[-1] == 1
    assert int(counts.sum()) == 5
    assert dock.status_text().endswith("5 events")


def test_bucket_widens_for_long_ranges() -> None:
    assert bucket_seconds(3600) == 60
    assert bucket_seconds(24 * 3600) == 600
    assert bucket_seconds(30 * 86400) == 10800
    assert bucket_seconds(1000 * 86400) == 5 * 86400


def test_markers_count_per_kind_and_unknown_kind_dropped(dock: TimelineDock) -> None:
    dock.set_markers(
        [
            (START + timedelta(minutes=1), "call", "call 1"),
            (START + timedelta(minutes=2), "call", "call 2"),
            (START + timedelta(minutes=3), "incident", "2026-000123"),
            (START + timedelta(minutes=4), "alert", "radar"),
            (START + timedelta(minutes=5), "dispatch", "HE11"),
            (START + timedelta(minutes=6), "bogus", "ignored"),
        ]
    )
    assert dock.marker_counts() == {"call": 2, "incident": 1, "alert": 1, "dispatch": 1}
    assert len(dock._markers.data) == 5
    symbols = {str(s) for s in dock._markers.data["symbol"]}
    assert symbols == {spec[0] for spec in MARKER_KINDS.values()}


def test_play_at_60x_for_one_simulated_second_advances_60_s(qtbot, dock, clock) -> None:
    dock.set_speed(60)
    assert dock.speed() == 60
    seen: list[datetime] = []
    dock.sigTimeChanged.connect(seen.append)
    with qtbot.waitSignal(dock.sigPlayingChanged) as blocker:
        dock.play()
    assert blocker.args == [True]
    assert dock.is_playing()
    clock.now += 1.0
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=2000)
    assert seen[0] == START + timedelta(seconds=60)
    assert dock.current_time() == START + timedelta(seconds=60)
    # No real elapsed time on the fake clock: later ticks emit nothing more.
    dock._on_timer_timeout()
    assert len(seen) == 1


def test_pause_stops_advancing(qtbot, dock, clock) -> None:
    dock.play()
    with qtbot.waitSignal(dock.sigPlayingChanged) as blocker:
        dock.pause()
    assert blocker.args == [False]
    assert not dock.is_playing()
    clock.now += 10.0
    QCoreApplication.processEvents()  # a queued tick, if any, runs now
    assert dock.current_time() == START
    assert not dock.is_playing()


def test_space_toggles_play(qtbot, dock) -> None:
    dock.show()
    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    dock._plot.setFocus()
    qtbot.keyClick(dock._plot, Qt.Key.Key_Space)
    assert dock.is_playing()
    qtbot.keyClick(dock._plot, Qt.Key.Key_Space)
    assert not dock.is_playing()


def test_end_of_range_stops(qtbot, dock, clock) -> None:
    dock.set_speed(600)
    dock.set_time(END - timedelta(seconds=30))
    dock.play()
    clock.now += 5.0
    with qtbot.waitSignal(dock.sigPlayingChanged) as blocker:
        pass
    assert blocker.args == [False]
    assert dock.current_time() == END
    assert not dock.is_playing()


def test_play_at_end_restarts_from_start(dock, clock) -> None:
    dock.set_time(END)
    dock.play()
    assert dock.current_time() == START
    dock.pause()


def test_jump_emits_seek_with_typed_local_time(qtbot, dock) -> None:
    dock.show()
    edit = dock._jump_edit
    # The editor holds Helsinki wall-clock fields: 14:30 there (UTC+2 in March) is 12:30 UTC.
    edit.setDateTime(QDateTime(QDate(2026, 3, 1), QTime(14, 30, 15), QTimeZone.utc()))
    assert edit.text() == "2026-03-01 14:30:15"
    with qtbot.waitSignal(dock.sigSeek) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert blocker.args == [datetime(2026, 3, 1, 12, 30, 15, tzinfo=UTC)]
    with qtbot.waitSignal(dock.sigSeek) as blocker:
        qtbot.mouseClick(dock._go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [datetime(2026, 3, 1, 12, 30, 15, tzinfo=UTC)]


def test_step_buttons_emit(qtbot, dock) -> None:
    with qtbot.waitSignal(dock.sigStep) as blocker:
        qtbot.mouseClick(dock._prev_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [-1]
    with qtbot.waitSignal(dock.sigStep) as blocker:
        qtbot.mouseClick(dock._next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]


def test_filter_emits_stripped_text(qtbot, dock) -> None:
    with qtbot.waitSignal(dock.sigFilterChanged, timeout=2000) as blocker:
        qtbot.keyClicks(dock._filter_edit, " unit HE11 ")
    assert blocker.args == ["unit HE11"]


def _shown(qtbot, dock: TimelineDock) -> None:
    dock.resize(900, 220)
    dock.show()
    qtbot.waitExposed(dock)
    QCoreApplication.processEvents()


def _mouse(widget, kind: QEvent.Type, x: float, y: float, buttons) -> None:
    """A real mouse event at widget position (x, y), sent through Qt."""
    local = QPointF(x, y)
    event = QMouseEvent(
        kind,
        local,
        widget.mapToGlobal(local),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _near(value: datetime, target: datetime, dock: TimelineDock) -> bool:
    """Within one pixel's worth of time of ``target``."""
    plot = dock.plot_widget()
    left, right = plot.getViewBox().viewRange()[0]
    per_px = (right - left) / max(1, plot.width())
    return abs((value - target).total_seconds()) <= 2 * per_px


def test_clicking_in_the_timeline_moves_the_cursor_and_seeks(qtbot, dock) -> None:
    _shown(qtbot, dock)
    target = START + timedelta(minutes=40)
    x, y = dock.view_position(target)
    viewport = dock.plot_widget().viewport()
    with qtbot.waitSignal(dock.sigSeek) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert _near(blocker.args[0], target, dock)
    assert dock.current_time() == blocker.args[0]
    assert dock._cursor.value() == pytest.approx(blocker.args[0].timestamp())


def test_dragging_in_the_timeline_scrubs_and_seeks_on_release(qtbot, dock) -> None:
    _shown(qtbot, dock)
    viewport = dock.plot_widget().viewport()
    seen: list[datetime] = []
    dock.sigSeek.connect(seen.append)
    x0, y = dock.view_position(START + timedelta(minutes=10))
    x1, _ = dock.view_position(START + timedelta(minutes=30))
    x2, _ = dock.view_position(START + timedelta(minutes=50))
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, x0, y, left)
    _mouse(viewport, QEvent.Type.MouseMove, x1, y, left)
    assert seen and _near(seen[-1], START + timedelta(minutes=30), dock)
    assert _near(dock.current_time(), START + timedelta(minutes=30), dock)
    _mouse(viewport, QEvent.Type.MouseMove, x2, y, left)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, x2, y, Qt.MouseButton.NoButton)
    assert _near(seen[-1], START + timedelta(minutes=50), dock)
    assert dock.current_time() == seen[-1]
    # A drag never pans the view: the range stays where it was.
    left_s, right_s = dock.plot_widget().getViewBox().viewRange()[0]
    assert left_s <= START.timestamp() + 60 and right_s >= END.timestamp() - 60


def test_dragging_beyond_the_range_clamps(qtbot, dock) -> None:
    _shown(qtbot, dock)
    viewport = dock.plot_widget().viewport()
    x0, y = dock.view_position(START + timedelta(minutes=30))
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, x0, y, left)
    _mouse(viewport, QEvent.Type.MouseMove, viewport.width() + 50.0, y, left)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, viewport.width() + 50.0, y,
           Qt.MouseButton.NoButton)  # fmt: skip
    assert dock.current_time() == END


def test_playback_holds_while_dragging(qtbot, dock, clock) -> None:
    _shown(qtbot, dock)
    viewport = dock.plot_widget().viewport()
    x0, y = dock.view_position(START + timedelta(minutes=20))
    dock.play()
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, x0, y, left)
    _mouse(viewport, QEvent.Type.MouseMove, x0 + 30, y, left)
    held = dock.current_time()
    clock.now += 5.0
    dock._on_timer_timeout()
    assert dock.current_time() == held
    _mouse(viewport, QEvent.Type.MouseButtonRelease, x0 + 30, y, Qt.MouseButton.NoButton)
    clock.now += 1.0
    dock._on_timer_timeout()
    assert dock.current_time() == held + timedelta(seconds=1)  # from the release, at 1x
    dock.pause()


def test_clicking_a_marker_seeks_to_its_time(qtbot, dock) -> None:
    _shown(qtbot, dock)
    at = START + timedelta(minutes=33, seconds=20)
    dock.set_markers([(at, "incident", "2026-000001")])
    QCoreApplication.processEvents()
    (spot,) = dock._markers.points()
    scene = dock._markers.mapToScene(spot.pos())
    point = dock.plot_widget().mapFromScene(scene)
    with qtbot.waitSignal(dock.sigSeek) as blocker:
        qtbot.mouseClick(dock.plot_widget().viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [at]


def test_set_time_does_not_emit(qtbot, dock) -> None:
    emitted: list[object] = []
    for signal in (dock.sigSeek, dock.sigTimeChanged, dock.sigPlayingChanged):
        signal.connect(emitted.append)
    dock.set_time(START + timedelta(minutes=7))
    assert emitted == []
    assert dock._cursor.value() == pytest.approx((START + timedelta(minutes=7)).timestamp())
    assert "14:07:00" in dock.status_text()  # Helsinki wall clock


def test_set_time_clamps_and_timezone_changes_label(dock) -> None:
    dock.set_time(END + timedelta(hours=2))
    assert dock.current_time() == END
    dock.set_timezone(ZoneInfo("UTC"))
    assert "13:00:00" in dock.status_text()
    assert dock._axis.tickStrings([START.timestamp()], 1.0, 3600) == ["12:00"]
    dock.set_timezone(ZoneInfo("Europe/Helsinki"))
    assert dock._axis.tickStrings([START.timestamp()], 1.0, 30) == ["14:00:00"]
    assert dock._axis.tickStrings([START.timestamp()], 1.0, 86400) == ["01 Mar"]
