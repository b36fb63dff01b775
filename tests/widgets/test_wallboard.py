"""Wallboard widget fed by real committed events (a real SQLite store), refreshed every second."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from models.replay import open_store_readonly
from models.stats.reader import read_stat_events
from models.stats.wallboard import WallboardProjection
from tests.models.stats.handmade import T0, Log
from widgets.themes import apply_theme, current_spec
from widgets.wallboard import ALARM, GOOD, WallboardWidget

UNITS = [("HE11", "fire", "HE-PE-1"), ("HE221", "medical", "HE-EH-1")]


def _events(tmp_path: Path) -> list[Any]:
    log = Log()
    log.offer(0, "C1").answer(8, "C1").create(20, "2026-000001", "C1", priority=1)
    log.offer(5, "C2").answer(30, "C2")
    log.offer(40, "C3", via="aml").answer(42, "C3")
    log.offer(50, "C4")
    log.dispatch(60, "HE11", "2026-000001")
    log.add(70, "link:avl", "link.state", {"link": "avl", "state": "down", "endpoint": "u",
                                          "error": "timeout"})  # fmt: skip
    log.alert(80, "A1")
    path = log.write(tmp_path / "room.sqlite")
    store = open_store_readonly(str(path), immutable=True)
    try:
        return read_stat_events(store, T0 - timedelta(days=1), T0 + timedelta(days=1), True)
    finally:
        store.close()


def test_wallboard_shows_the_room(qtbot: Any, tmp_path: Path) -> None:
    apply_theme(QApplication.instance(), "day")  # type: ignore[arg-type]
    events = _events(tmp_path)
    now = [T0 + timedelta(seconds=30)]
    board = WallboardWidget(WallboardProjection(UNITS, ZoneInfo("Europe/Helsinki")),
                            clock=lambda: now[0])  # fmt: skip
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    # The session hands committed batches over as they come.
    board.on_committed([e for e in events if e.rx_time <= now[0]])
    board.refresh()  # the worker computes it; the GUI thread shows it when it is ready
    qtbot.waitUntil(lambda: board.settled, timeout=3000)
    assert board.tile_text("waiting") == "0" and board.tile_text("within15") == "50%"
    assert board.tile_text("incidents") == "1"
    board.on_committed([e for e in events if e.rx_time > now[0]])
    now[0] = T0 + timedelta(seconds=100)
    # The 1 s timer refreshes on its own.
    qtbot.waitUntil(lambda: board.tile_text("waiting") == "1", timeout=3000)
    assert board.tile_text("longest") == "0:50"
    assert board.tile_text("links") == "1" and board.tile_text("alerts") == "1"
    assert "1 without ring start" in board.tile_detail("within15")
    assert board.snapshot is not None and sum(board.snapshot.calls_today) == 4
    heights = board.calls_series.heights()
    assert sum(heights) == 4
    assert board.calls_series.y_max >= max(heights)
    assert board.tile_colour("within15") == ALARM["day"]
    assert board.units_table.cell(1, "HE-PE-1", "dispatched") == 1
    assert board.units_table.cell(0, "medical", "available") == 1


def test_wallboard_follows_the_night_theme_and_full_screen(qtbot: Any, tmp_path: Path) -> None:
    app = QApplication.instance()
    board = WallboardWidget(WallboardProjection(UNITS), clock=lambda: T0 + timedelta(minutes=1))
    qtbot.addWidget(board)
    board.on_committed(Log().offer(0, "C1").answer(3, "C1").stored())
    board.refresh()
    qtbot.waitUntil(lambda: board.settled, timeout=3000)
    try:
        apply_theme(app, "night")  # type: ignore[arg-type]
        assert current_spec(board).dark
        assert board.tile_colour("within15") == GOOD["night"]
        assert board.calls_plot.backgroundBrush().color().name() == current_spec().plot_background
    finally:
        apply_theme(app, "day")  # type: ignore[arg-type]
    board.show()
    board.set_full_screen(True)
    qtbot.waitUntil(board.isFullScreen, timeout=2000)
    board.toggle_full_screen()
    qtbot.waitUntil(lambda: not board.isFullScreen(), timeout=2000)


def test_answer_histogram_binned_as_answers_come_equals_binning_them_all(qtbot: Any) -> None:
    import numpy as np

    from widgets.wallboard import HIST_BINS

    log = Log()
    answers = [3, 7, 12, 14, 19, 26, 44, 70, 5, 61]  # seconds from ring to answer
    for i, wait in enumerate(answers):
        log.offer(i * 100, f"C{i}").answer(i * 100 + wait, f"C{i}")
    events = log.stored()
    now = [T0]
    board = WallboardWidget(WallboardProjection(UNITS), clock=lambda: now[0])
    qtbot.addWidget(board)
    board.timer.stop()
    for event in events:  # one refresh per event: the histogram grows answer by answer
        board.on_committed([event])
        now[0] = event.rx_time
        board.refresh()
        qtbot.waitUntil(lambda: board.settled, timeout=3000)
    shown = np.asarray(board.answer_series.heights(), dtype=float)
    whole, _ = np.histogram(np.minimum(answers, HIST_BINS[-1] - 0.01), bins=HIST_BINS)
    assert shown.tolist() == whole.astype(float).tolist() and shown.sum() == len(answers)
    # Another projection (replay after a seek): binned again from its own answers only.
    board.set_projection(WallboardProjection(UNITS))
    qtbot.waitUntil(lambda: board.settled, timeout=3000)
    assert np.asarray(board.answer_series.heights()).sum() == 0


def test_seeded_on_its_worker_with_commits_arriving_meanwhile(qtbot: Any, tmp_path: Path) -> None:
    import threading
    from dataclasses import asdict

    events = _events(tmp_path)
    half = len(events) // 2
    at = T0 + timedelta(seconds=100)
    gate = threading.Event()
    loaded_on: list[str] = []

    def load() -> WallboardProjection:  # the store's part: SQL, never on the GUI thread
        loaded_on.append(threading.current_thread().name)
        gate.wait(10)
        return WallboardProjection(UNITS, history=events[:half])

    board = WallboardWidget(WallboardProjection(UNITS), clock=lambda: at)
    qtbot.addWidget(board)
    board.timer.stop()
    board.seed(load)
    board.on_committed(events[half - 3 :])  # committed while it loads; some it read already
    qtbot.waitUntil(lambda: loaded_on != [], timeout=3000)
    assert not board.settled  # the GUI thread did not wait for the store
    gate.set()
    board.refresh()
    qtbot.waitUntil(lambda: board.settled, timeout=3000)
    live = WallboardProjection(UNITS)
    for event in events:
        live.apply(event)
    assert board.snapshot is not None and asdict(board.snapshot) == asdict(live.snapshot(at))
    assert loaded_on == ["wallboard-feed"]


def test_weekday_average_is_drawn_to_the_bars_scale(qtbot: Any) -> None:
    week = 7 * 86_400
    log = Log()
    for i in range(40):  # a busy quarter hour on the same weekday a week ago
        log.offer(-week + 60 + i, f"H{i}").answer(-week + 65 + i, f"H{i}")
    log.offer(70, "C1").answer(75, "C1")
    events = log.stored()
    now = T0 + timedelta(seconds=100)
    board = WallboardWidget(WallboardProjection(UNITS, history=events), clock=lambda: now)
    qtbot.addWidget(board)
    board.timer.stop()
    board.refresh()
    qtbot.waitUntil(lambda: board.settled, timeout=3000)
    assert board.snapshot is not None and board.snapshot.calls_weekday_avg is not None
    average = np.asarray(board.snapshot.calls_weekday_avg, dtype=float)
    series = board.calls_series
    assert series.y_max >= average.max() > max(series.heights())  # the scale fits the line
    _x, y = board.calls_avg.getData()
    assert y is not None and np.allclose(y, average / series.y_max)
    assert series.bars[0].rect().height() == pytest.approx(series.heights()[0] / series.y_max)
