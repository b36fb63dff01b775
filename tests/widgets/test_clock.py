"""ClockWidget text format with a pinned clock, time-zone switching and the tick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from widgets.clock import ClockWidget, format_age

WINTER = datetime(2024, 1, 15, 14, 3, 22, tzinfo=UTC)
SUMMER = datetime(2024, 7, 15, 14, 3, 22, tzinfo=UTC)


def test_text_shows_utc_and_local_with_zone_name(qtbot) -> None:
    widget = ClockWidget(timezone=ZoneInfo("Europe/Helsinki"), clock=lambda: WINTER)
    qtbot.addWidget(widget)
    assert widget.text() == "UTC 14:03:22 · Local 16:03:22 (Europe/Helsinki)"


def test_daylight_saving_and_set_timezone(qtbot) -> None:
    widget = ClockWidget(timezone=ZoneInfo("Europe/Helsinki"), clock=lambda: SUMMER)
    qtbot.addWidget(widget)
    assert widget.text() == "UTC 14:03:22 · Local 17:03:22 (Europe/Helsinki)"
    widget.set_timezone(ZoneInfo("America/New_York"))
    assert widget.text() == "UTC 14:03:22 · Local 10:03:22 (America/New_York)"
    assert widget.timezone() == ZoneInfo("America/New_York")


def test_naive_clock_is_taken_as_utc(qtbot) -> None:
    widget = ClockWidget(timezone=ZoneInfo("Asia/Tokyo"), clock=lambda: WINTER.replace(tzinfo=None))
    qtbot.addWidget(widget)
    assert widget.text() == "UTC 14:03:22 · Local 23:03:22 (Asia/Tokyo)"


def test_timer_refreshes_text_each_second(qtbot) -> None:
    ticks = {"n": 0}

    def clock() -> datetime:
        ticks["n"] += 1
        return WINTER + timedelta(seconds=ticks["n"])

    widget = ClockWidget(timezone=ZoneInfo("UTC"), clock=clock)
    qtbot.addWidget(widget)
    first = widget.text()
    qtbot.waitUntil(lambda: widget.text() != first, timeout=3000)
    assert widget.text().startswith("UTC 14:03:2")
    assert widget.text() != first


def test_format_age() -> None:
    assert format_age(None) == "never"
    assert format_age(None, "no fix") == "no fix"
    assert format_age(-3) == "0 s"
    assert format_age(12.7) == "12 s"
    assert format_age(59.9) == "59 s"
    assert format_age(60) == "1 min"
    assert format_age(3 * 60 + 59) == "3 min"
    assert format_age(2 * 3600 + 5) == "2 h"
    assert format_age(3 * 86400) == "3 d"
