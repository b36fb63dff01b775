"""Tooltip text for units and stations on the map.

Contract: ``unit_tooltip(unit, now)`` and ``station_tooltip(station)`` return
rich text (HTML-escaped values) with call sign or name, type and discipline,
status, fix age ("12 s ago") and coordinates; all wording goes through Qt's
translation under the ``MapWidget`` context. A unit without a fix says so
and where the map put it instead of coordinates it does not have:
``drawn_at_incident`` when its status put it at its incident, else at the
position the console gave (its station).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from widgets.symbols import discipline_label
from widgets.views import StationView, UnitView


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapWidget", text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fix_age(fix_time: datetime | None, now: datetime | None = None) -> str:
    if fix_time is None:
        return _tr("never")
    age = max(0.0, ((now or datetime.now(UTC)) - fix_time).total_seconds())
    if age < 90:
        return _tr("{0} s ago").format(int(age))
    if age < 90 * 60:
        return _tr("{0} min ago").format(int(age // 60))
    return _tr("{0} h ago").format(int(age // 3600))


def unit_tooltip(
    unit: UnitView, now: datetime | None = None, drawn_at_incident: bool = False
) -> str:
    lines = [
        f"<b>{escape(unit.call_sign)}</b>",
        _tr("{0} ({1})").format(escape(unit.unit_type), escape(discipline_label(unit.discipline))),
        _tr("Status: {0}").format(escape(unit.status)),
        _tr("Fix: {0}").format(fix_age(unit.fix_time, now)),
    ]
    if unit.fix_time is None and drawn_at_incident:
        lines.append(
            _tr("No fix: shown at incident {0} by its status").format(
                escape(unit.incident_id or "")
            )
        )
    elif unit.fix_time is None and unit.lat is not None:
        lines.append(_tr("No fix: shown at its station"))
    elif unit.lat is not None and unit.lon is not None:
        lines.append(f"{unit.lat:.5f}, {unit.lon:.5f}")
    else:
        lines.append(_tr("No position"))
    return "<br>".join(lines)


def station_tooltip(station: StationView) -> str:
    return "<br>".join(
        [
            f"<b>{escape(station.name)}</b>",
            _tr("Station ({0})").format(escape(discipline_label(station.discipline))),
            f"{station.lat:.5f}, {station.lon:.5f}",
        ]
    )
