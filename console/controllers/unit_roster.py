"""The units the console shows: site units joined with their latest positions.

Contract: ``UnitRoster(site)`` starts with every unit of the site. A unit
without an AVL fix is placed at its home station (``fix_time`` None, so the
board says "no fix"), spread on a small ring so units of one station do not
hide each other. ``apply_rows`` (the store's ``unit_positions`` projection at
start) and ``apply_updates`` (committed position events) return the
``UnitView``s that changed. Qt-free plain data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from console.config.site import Site
from console.reports.event_text import PositionUpdate
from models.dispatch.overdue import OverdueRules
from models.dispatch.state import DispatchState

if TYPE_CHECKING:
    from models.store import UnitPositionRow
from widgets.views import UnitView

# Metres between a station and the units parked around it on the map.
PARKING_RING_M = 40.0
_M_PER_DEG_LAT = 111_320.0


class UnitRoster:
    def __init__(self, site: Site) -> None:
        stations = {station.station_id: station for station in site.stations}
        by_station: dict[str | None, int] = {}
        self._units: dict[str, UnitView] = {}
        for unit in site.units:
            station = stations.get(unit.station_id) if unit.station_id else None
            lat = lon = None
            if station is not None:
                slot = by_station.get(unit.station_id, 0)
                by_station[unit.station_id] = slot + 1
                angle = slot * 2 * math.pi / 6
                lat = station.lat + PARKING_RING_M * math.sin(angle) / _M_PER_DEG_LAT
                lon = station.lon + PARKING_RING_M * math.cos(angle) / (
                    _M_PER_DEG_LAT * math.cos(math.radians(station.lat))
                )
            self._units[unit.call_sign] = UnitView(
                call_sign=unit.call_sign,
                unit_type=unit.unit_type,
                discipline=unit.discipline,
                station_id=unit.station_id,
                status="available",
                lat=lat,
                lon=lon,
                fix_time=None,
            )

    def all(self) -> list[UnitView]:
        return list(self._units.values())

    def get(self, call_sign: str) -> UnitView | None:
        return self._units.get(call_sign)

    def apply_updates(self, updates: Mapping[str, PositionUpdate]) -> list[UnitView]:
        changed: list[UnitView] = []
        for call_sign, update in updates.items():
            current = self._units.get(call_sign)
            if current is None:
                continue
            view = replace(
                current,
                lat=update.lat,
                lon=update.lon,
                fix_time=update.rx_time,
                speed_mps=update.speed_mps,
                course_deg=update.course_deg,
            )
            self._units[call_sign] = view
            changed.append(view)
        return changed

    def apply_dispatch(
        self, state: DispatchState, overdue: OverdueRules, now: datetime
    ) -> list[UnitView]:
        """Bring status, status timer, incident and overdue warning up to date."""
        changed: list[UnitView] = []
        for call_sign, current in self._units.items():
            unit = state.unit(call_sign)
            warning = overdue.check(unit.status, unit.since, now) if unit.since else None
            if (
                current.status != unit.status.value
                or current.status_since != unit.since
                or current.incident_id != unit.incident_id
                or current.overdue != warning
            ):
                view = replace(
                    current,
                    status=unit.status.value,
                    status_since=unit.since,
                    incident_id=unit.incident_id,
                    overdue=warning,
                )
                self._units[call_sign] = view
                changed.append(view)
        return changed

    def apply_rows(self, rows: Iterable[UnitPositionRow]) -> list[UnitView]:
        """Apply rows of the store's ``unit_positions`` projection (at start-up)."""
        return self.apply_updates(
            {
                row.call_sign: PositionUpdate(
                    call_sign=row.call_sign,
                    lat=row.lat,
                    lon=row.lon,
                    rx_time=row.rx_time,
                    speed_mps=row.speed_mps,
                    course_deg=row.course_deg,
                    seq=row.event_seq,
                )
                for row in rows
            }
        )
