"""The period report's charts: round ticks in one unit per axis; labels shortened, never cut."""

from __future__ import annotations

from console.reports.stats_pdf import _axis, _tick_step


def test_ticks_are_round_and_cover_the_highest_value() -> None:
    for highest, step in ((0.8, 0.5), (16.0, 5.0), (113.0, 30.0), (891.0, 180.0), (5000, 1800)):
        assert _tick_step(highest) == step
        assert step * 5 >= highest
    assert _tick_step(40_000.0) % 3600 == 0 and _tick_step(40_000.0) * 5 >= 40_000.0


def test_one_unit_per_axis() -> None:
    assert [_axis(v, 120.0) for v in (0.0, 30.0, 120.0)] == ["0", "30", "120"]
    assert [_axis(v, 900.0) for v in (0.0, 180.0, 900.0)] == ["0:00", "3:00", "15:00"]
