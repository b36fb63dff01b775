"""Overdue rules: defaults, sentences, and a site's [dispatch.overdue] table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.dispatch.overdue import (
    DEFAULT_LIMITS,
    OverdueConfigError,
    OverdueRules,
    format_duration,
)
from models.dispatch.status import UnitStatus

S = UnitStatus
T0 = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)


def after(**delta: float) -> datetime:
    return T0 + timedelta(**delta)


def test_defaults() -> None:
    rules = OverdueRules()
    assert rules.limit(S.DISPATCHED) == timedelta(minutes=2)
    assert rules.limit("en route") == timedelta(minutes=10)
    assert rules.limit(S.ON_SCENE) == timedelta(minutes=60)
    assert rules.limit(S.AT_HOSPITAL) == timedelta(minutes=30)
    assert rules.limit(S.OUT_OF_SERVICE) is None
    assert rules.limit(S.AVAILABLE) is None
    assert set(DEFAULT_LIMITS) == set(UnitStatus)


def test_check_within_and_over_the_limit() -> None:
    rules = OverdueRules()
    assert rules.check(S.EN_ROUTE, T0, after(minutes=10)) is None  # at the limit: not yet
    assert rules.check(S.EN_ROUTE, T0, after(minutes=12, seconds=30)) == (
        "en route 12 min (limit 10 min)"
    )
    assert rules.check("dispatched", T0, after(minutes=2, seconds=5)) == (
        "dispatched 2 min 5 s (limit 2 min)"
    )
    assert rules.check(S.ON_SCENE, T0, after(minutes=75)) == "on scene 75 min (limit 60 min)"
    assert rules.check(S.ON_SCENE, T0, after(hours=3, minutes=4)) == (
        "on scene 3 h 4 min (limit 60 min)"
    )
    assert rules.check(S.OUT_OF_SERVICE, T0, after(days=3)) is None
    assert rules.check(S.AVAILABLE, T0, after(days=3)) is None
    assert rules.check(S.EN_ROUTE, T0, after(minutes=-30)) is None  # clock skew: not overdue


def test_format_duration() -> None:
    assert format_duration(timedelta(seconds=59.9)) == "59 s"
    assert format_duration(timedelta(minutes=2)) == "2 min"
    assert format_duration(timedelta(minutes=9, seconds=59)) == "9 min 59 s"
    assert format_duration(timedelta(minutes=10, seconds=59)) == "10 min"
    assert format_duration(timedelta(minutes=119, seconds=59)) == "119 min"
    assert format_duration(timedelta(hours=2)) == "2 h"


def test_from_mapping_overrides_some_and_keeps_the_rest() -> None:
    rules = OverdueRules.from_mapping(
        {"en_route": 8, "on scene": 45.5, "Out-Of-Service": 240, "at hospital": False}
    )
    assert rules.limit(S.EN_ROUTE) == timedelta(minutes=8)
    assert rules.limit(S.ON_SCENE) == timedelta(minutes=45.5)
    assert rules.limit(S.OUT_OF_SERVICE) == timedelta(hours=4)
    assert rules.limit(S.AT_HOSPITAL) is None
    assert rules.limit(S.DISPATCHED) == timedelta(minutes=2)
    assert rules.check(S.EN_ROUTE, T0, after(minutes=9)) == "en route 9 min (limit 8 min)"
    assert rules.check(S.ON_SCENE, T0, after(minutes=46)) == "on scene 46 min (limit 45 min)"
    assert OverdueRules.from_mapping(None) == OverdueRules()
    assert OverdueRules.from_mapping({}) == OverdueRules()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"enroute": 5}, "dispatch.overdue.enroute: unknown status; known: available, "),
        ({"en route": "10"}, "dispatch.overdue.en route: must be minutes (a number) or false"),
        ({"en route": True}, "dispatch.overdue.en route: must be minutes"),
        ({"en route": 0}, "dispatch.overdue.en route: must be more than 0 minutes, got 0"),
        ({"en route": -3}, "dispatch.overdue.en route: must be more than 0 minutes, got -3"),
        ({"en route": float("nan")}, "dispatch.overdue.en route: must be more than 0"),
        ({"en route": 5, "en_route": 6}, "dispatch.overdue.en_route: same status as "),
    ],
)
def test_from_mapping_errors_name_the_key(table: dict[str, Any], message: str) -> None:
    with pytest.raises(OverdueConfigError) as info:
        OverdueRules.from_mapping(table)
    assert str(info.value).startswith(message)


def test_from_mapping_not_a_table() -> None:
    with pytest.raises(OverdueConfigError, match=r"^site.toml \[x\]: must be a table"):
        OverdueRules.from_mapping(5, where="site.toml [x]")  # type: ignore[arg-type]
