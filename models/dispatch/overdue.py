"""Overdue warnings: how long a unit may stay in a status before a dispatcher is told.

Contract: ``OverdueRules`` maps each ``UnitStatus`` to a limit (a
``timedelta``) or None for no limit. ``check(status, since, now)`` returns
None while the unit is within its limit and, once it has been in ``status``
longer than the limit, a sentence a dispatcher reads, e.g. ``"en route 12
min (limit 10 min)"``. ``DEFAULT_LIMITS`` apply where nothing else is said.

``OverdueRules.from_mapping(table)`` reads a site's ``[dispatch.overdue]``
table: keys are statuses (``"en route"``, or ``en_route`` to avoid quoting),
values are minutes (a positive number), or ``false`` for no limit; statuses
not named keep their default. Anything else raises ``OverdueConfigError``
naming the key::

    [dispatch.overdue]
    dispatched = 2
    en_route = 10
    "on scene" = 60
    at_hospital = 30
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from models.dispatch.status import UnitStatus

S = UnitStatus

DEFAULT_LIMITS: Mapping[UnitStatus, timedelta | None] = {
    S.AVAILABLE: None,
    S.AVAILABLE_ON_RADIO: None,
    S.DISPATCHED: timedelta(minutes=2),  # no "en route" yet: the crew may not have heard
    S.EN_ROUTE: timedelta(minutes=10),
    S.ON_SCENE: timedelta(minutes=60),
    S.TRANSPORTING: timedelta(minutes=30),
    S.AT_HOSPITAL: timedelta(minutes=30),
    S.OUT_OF_SERVICE: None,
}

DEFAULT_TABLE = "dispatch.overdue"


class OverdueConfigError(ValueError):
    """An overdue table that cannot be used; the message names the key."""


def format_duration(value: timedelta) -> str:
    """A short human duration: seconds kept under 10 min, whole minutes, hours past 2 h."""
    seconds = int(value.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 10 and seconds:
        # "2 min 5 s" against a 2 min limit: whole minutes alone would read as not overdue.
        return f"{minutes} min {seconds} s"
    if minutes < 120:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


@dataclass(frozen=True)
class OverdueRules:
    limits: Mapping[UnitStatus, timedelta | None] = field(
        default_factory=lambda: dict(DEFAULT_LIMITS)
    )

    def limit(self, status: UnitStatus | str) -> timedelta | None:
        return self.limits.get(UnitStatus(status))

    def check(self, status: UnitStatus | str, since: datetime, now: datetime) -> str | None:
        """The overdue sentence for a unit in ``status`` since ``since``, or None."""
        status = UnitStatus(status)
        limit = self.limits.get(status)
        if limit is None:
            return None
        elapsed = now - since
        if elapsed <= limit:
            return None
        return f"{status} {format_duration(elapsed)} (limit {format_duration(limit)})"

    @classmethod
    def from_mapping(
        cls, table: Mapping[str, Any] | None, where: str = DEFAULT_TABLE
    ) -> OverdueRules:
        """Rules from a ``[dispatch.overdue]`` table over the defaults (see module doc)."""
        limits: dict[UnitStatus, timedelta | None] = dict(DEFAULT_LIMITS)
        if table is None:
            return cls(limits)
        if not isinstance(table, Mapping):
            raise OverdueConfigError(f"{where}: must be a table of status = minutes")
        seen: dict[UnitStatus, str] = {}
        for key, value in table.items():
            status = _status(key, where)
            if status in seen:
                raise OverdueConfigError(
                    f"{where}.{key}: same status as {where}.{seen[status]} ({status})"
                )
            seen[status] = key
            limits[status] = _minutes(value, f"{where}.{key}")
        return cls(limits)


def _status(key: Any, where: str) -> UnitStatus:
    text = str(key).strip().lower().replace("_", " ").replace("-", " ")
    try:
        return UnitStatus(" ".join(text.split()))
    except ValueError:
        known = ", ".join(s.value for s in UnitStatus)
        raise OverdueConfigError(f"{where}.{key}: unknown status; known: {known}") from None


def _minutes(value: Any, label: str) -> timedelta | None:
    if value is False:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OverdueConfigError(
            f"{label}: must be minutes (a number) or false for no limit, got {value!r}"
        )
    if not value > 0 or value == float("inf"):
        raise OverdueConfigError(f"{label}: must be more than 0 minutes, got {value!r}")
    return timedelta(minutes=value)
