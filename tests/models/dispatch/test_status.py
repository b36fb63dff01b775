"""Unit status state machine: the transition table, its guards and the sentences it gives."""

from __future__ import annotations

import itertools

import pytest

from models.dispatch.status import (
    ALLOWED,
    ASSIGNABLE,
    COMMITTED,
    StatusChangeError,
    UnitStatus,
    can_change,
    check_change,
    parse_status,
)

S = UnitStatus
ALLOWED_PAIRS = [(a, b) for a, targets in ALLOWED.items() for b in sorted(targets)]
FORBIDDEN_PAIRS = [
    (a, b) for a, b in itertools.product(UnitStatus, UnitStatus) if a != b and b not in ALLOWED[a]
]


def test_every_status_has_a_row() -> None:
    assert set(ALLOWED) == set(UnitStatus)
    assert all(targets <= set(UnitStatus) for targets in ALLOWED.values())
    assert all(status not in ALLOWED[status] for status in UnitStatus)


def test_the_table_is_the_expected_one() -> None:
    # Spelled out so a change to the table is a deliberate change to this test.
    assert len(ALLOWED_PAIRS) == 26
    assert ALLOWED[S.AVAILABLE] == {S.DISPATCHED, S.OUT_OF_SERVICE, S.AVAILABLE_ON_RADIO}
    assert ALLOWED[S.TRANSPORTING] == {S.AT_HOSPITAL, S.AVAILABLE_ON_RADIO, S.OUT_OF_SERVICE}
    assert ALLOWED[S.OUT_OF_SERVICE] == {S.AVAILABLE}


@pytest.mark.parametrize(("current", "new"), ALLOWED_PAIRS, ids=lambda s: str(s))
def test_allowed_changes_pass(current: UnitStatus, new: UnitStatus) -> None:
    assert can_change(current, new)
    check_change("HE11", current, new)  # does not raise


@pytest.mark.parametrize(("current", "new"), FORBIDDEN_PAIRS, ids=lambda s: str(s))
def test_forbidden_changes_raise(current: UnitStatus, new: UnitStatus) -> None:
    assert not can_change(current, new)
    with pytest.raises(StatusChangeError, match=f"HE11 cannot go from {current} to {new}"):
        check_change("HE11", current, new)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.AVAILABLE, S.ON_SCENE),
        (S.AVAILABLE, S.EN_ROUTE),
        (S.OUT_OF_SERVICE, S.DISPATCHED),
        (S.TRANSPORTING, S.AVAILABLE),
        (S.TRANSPORTING, S.ON_SCENE),
        (S.AT_HOSPITAL, S.TRANSPORTING),
        (S.EN_ROUTE, S.DISPATCHED),
    ],
)
def test_notable_forbidden_changes(current: UnitStatus, new: UnitStatus) -> None:
    assert (current, new) in FORBIDDEN_PAIRS


def test_any_status_may_go_out_of_service_and_back_only_to_available() -> None:
    for status in UnitStatus:
        if status is not S.OUT_OF_SERVICE:
            assert can_change(status, S.OUT_OF_SERVICE)
    assert [s for s in UnitStatus if can_change(S.OUT_OF_SERVICE, s)] == [S.AVAILABLE]


def test_forbidden_message_lists_where_the_unit_may_go() -> None:
    with pytest.raises(StatusChangeError) as info:
        check_change("HEP111", S.OUT_OF_SERVICE, S.DISPATCHED)
    assert str(info.value) == (
        "HEP111 cannot go from out of service to dispatched; "
        "from out of service it may go to: available"
    )
    with pytest.raises(StatusChangeError) as info:
        check_change("HE31", S.TRANSPORTING, S.AVAILABLE)
    assert str(info.value).endswith("may go to: at hospital, available on radio, out of service")


def test_same_status_is_refused() -> None:
    with pytest.raises(StatusChangeError, match=r"^HE11 is already en route$"):
        check_change("HE11", S.EN_ROUTE, S.EN_ROUTE)


def test_assignable_and_committed() -> None:
    assert ASSIGNABLE == {S.AVAILABLE, S.AVAILABLE_ON_RADIO}
    assert not ASSIGNABLE & COMMITTED
    assert set(UnitStatus) - ASSIGNABLE - COMMITTED == {S.OUT_OF_SERVICE}
    # Only assignable units can be dispatched.
    assert {s for s in UnitStatus if can_change(s, S.DISPATCHED)} == ASSIGNABLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en route", S.EN_ROUTE),
        ("  On Scene ", S.ON_SCENE),
        ("AVAILABLE ON RADIO", S.AVAILABLE_ON_RADIO),
    ],
)
def test_parse_status(text: str, expected: UnitStatus) -> None:
    assert parse_status(text) is expected


def test_parse_unknown_status_lists_known() -> None:
    with pytest.raises(StatusChangeError) as info:
        parse_status("enroute")
    assert "unknown status 'enroute'" in str(info.value)
    assert "en route" in str(info.value) and "out of service" in str(info.value)


def test_values_are_the_event_strings() -> None:
    assert [s.value for s in UnitStatus] == [
        "available",
        "dispatched",
        "en route",
        "on scene",
        "transporting",
        "at hospital",
        "available on radio",
        "out of service",
    ]
