"""Unit status state machine.

Contract: ``UnitStatus`` names the statuses a unit can be in; ``can_change(a,
b)`` says whether a dispatcher (or a unit's terminal) may move a unit from
``a`` to ``b``; ``check_change(a, b)`` raises ``StatusChangeError`` with a
sentence a dispatcher reads when not (a ``models.refusal.Refusal``: its
template is marked for translation, the statuses are values the console
shows by their translated names). Events carry the resulting status
explicitly, so projections and replay never re-run this logic: it is applied
once, before an event is appended.

Statuses: available (in quarters), dispatched, en route, on scene,
transporting, at hospital, available on radio (free but away from quarters),
out of service. Medical-only statuses (transporting, at hospital) are
allowed for any unit type; the catalogue decides who is sent, not this.
"""

from __future__ import annotations

import enum

from models.refusal import QT_TRANSLATE_NOOP, Listed, Refusal, Text


class UnitStatus(enum.StrEnum):
    AVAILABLE = "available"
    DISPATCHED = "dispatched"
    EN_ROUTE = "en route"
    ON_SCENE = "on scene"
    TRANSPORTING = "transporting"
    AT_HOSPITAL = "at hospital"
    AVAILABLE_ON_RADIO = "available on radio"
    OUT_OF_SERVICE = "out of service"


S = UnitStatus

#: Which statuses may follow which. Any status may go out of service (a unit
#: breaks down anywhere); out of service only returns to available.
ALLOWED: dict[UnitStatus, frozenset[UnitStatus]] = {
    S.AVAILABLE: frozenset({S.DISPATCHED, S.OUT_OF_SERVICE, S.AVAILABLE_ON_RADIO}),
    S.AVAILABLE_ON_RADIO: frozenset({S.DISPATCHED, S.AVAILABLE, S.OUT_OF_SERVICE}),
    S.DISPATCHED: frozenset(
        {S.EN_ROUTE, S.ON_SCENE, S.AVAILABLE_ON_RADIO, S.AVAILABLE, S.OUT_OF_SERVICE}
    ),
    S.EN_ROUTE: frozenset({S.ON_SCENE, S.AVAILABLE_ON_RADIO, S.AVAILABLE, S.OUT_OF_SERVICE}),
    S.ON_SCENE: frozenset({S.TRANSPORTING, S.AVAILABLE_ON_RADIO, S.AVAILABLE, S.OUT_OF_SERVICE}),
    S.TRANSPORTING: frozenset({S.AT_HOSPITAL, S.AVAILABLE_ON_RADIO, S.OUT_OF_SERVICE}),
    S.AT_HOSPITAL: frozenset({S.AVAILABLE_ON_RADIO, S.AVAILABLE, S.OUT_OF_SERVICE}),
    S.OUT_OF_SERVICE: frozenset({S.AVAILABLE}),
}

#: Statuses in which a unit may be recommended and assigned to a new incident.
ASSIGNABLE = frozenset({S.AVAILABLE, S.AVAILABLE_ON_RADIO})

#: Statuses in which a unit is committed to an incident.
COMMITTED = frozenset({S.DISPATCHED, S.EN_ROUTE, S.ON_SCENE, S.TRANSPORTING, S.AT_HOSPITAL})


class StatusChangeError(Refusal, ValueError):
    """A status change that the state machine does not allow."""


def parse_status(text: str) -> UnitStatus:
    try:
        return UnitStatus(text.strip().lower())
    except ValueError:
        raise StatusChangeError(
            QT_TRANSLATE_NOOP("Refusal", "unknown status '{status}'; known statuses: {known}"),
            status=Text(text),
            known=Listed(UnitStatus),
        ) from None


def can_change(current: UnitStatus, new: UnitStatus) -> bool:
    return new in ALLOWED[current]


def check_change(unit: str, current: UnitStatus, new: UnitStatus) -> None:
    if current == new:
        raise StatusChangeError(
            QT_TRANSLATE_NOOP("Refusal", "{unit} is already {status}"), unit=unit, status=current
        )
    if not can_change(current, new):
        raise StatusChangeError(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}",
            ),
            unit=unit,
            current=current,
            new=new,
            allowed=Listed(sorted(ALLOWED[current], key=lambda s: s.value)),
        )
