"""Recommendation: ranking by ETA, substitutes, stale fixes, busy and unreachable units."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from models.dispatch.recommend import Recommendation, UnitRecord, recommend
from models.routing.build import build_graph
from models.routing.graph import RoadGraph
from models.routing.snap import OutsideNetworkError
from tests.models.routing.handmade import grid_layer, grid_node

N = 6
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
HOP_S = 20.0  # 200 m at 10 m/s


@dataclass(frozen=True)
class Slot:
    unit_type: str
    count: int
    substitutes: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def grid() -> RoadGraph:
    return build_graph(grid_layer(N, 200.0))


def at(graph: RoadGraph, row: int, col: int) -> tuple[float, float]:
    node = grid_node(N, row, col)
    return float(graph.nodes_lat[node]), float(graph.nodes_lon[node])


def unit(
    graph: RoadGraph,
    call_sign: str,
    unit_type: str,
    cell: tuple[int, int] | None,
    *,
    status: str = "available",
    age_s: float = 10.0,
    station: tuple[int, int] | None = (5, 5),
) -> UnitRecord:
    lat, lon = at(graph, *cell) if cell else (None, None)
    slat, slon = at(graph, *station) if station else (None, None)
    return UnitRecord(
        call_sign=call_sign,
        unit_type=unit_type,
        status=status,
        lat=lat,
        lon=lon,
        fix_time=NOW - timedelta(seconds=age_s) if cell else None,
        station_lat=slat,
        station_lon=slon,
    )


def run(graph: RoadGraph, slots: list[Slot], units: list[UnitRecord]) -> Recommendation:
    return recommend(graph, slots, units, *at(graph, 0, 0), NOW)


def by_call(rec: Recommendation, slot: int) -> dict[str, object]:
    return {c.call_sign: c for c in rec.slots[slot].candidates}


def test_fastest_units_fill_the_slot_and_others_say_why(grid: RoadGraph) -> None:
    units = [
        unit(grid, "E3", "engine", (0, 3)),
        unit(grid, "E1", "engine", (0, 1)),
        unit(grid, "E2", "engine", (1, 1)),
        unit(grid, "E0", "engine", (1, 0), status="en route"),
    ]
    rec = run(grid, [Slot("engine", 2)], units)
    cands = rec.slots[0].candidates
    assert [c.call_sign for c in cands] == ["E1", "E2", "E3", "E0"]
    assert [c.recommended for c in cands] == [True, True, False, False]
    assert cands[0].eta_s == pytest.approx(HOP_S, rel=0.01)
    assert cands[1].eta_s == pytest.approx(2 * HOP_S, rel=0.01)
    assert cands[0].route_m == pytest.approx(200.0, rel=0.01)
    assert cands[0].reason.startswith("ETA 20 s, 201 m, ")  # grid spacing is approximate
    assert "from AVL fix 10 s old" in cands[0].reason and cands[0].fix_age_s == 10.0
    assert cands[2].reason.startswith("slower: +20 s than E2")
    assert cands[2].route_m is None
    assert cands[3].reason == "busy: en route" and cands[3].eta_s is None
    assert rec.shortfall == ()
    assert [r.call_sign for r in rec.routes] == ["E1", "E2"]
    route = rec.routes[1]
    assert (route.lat[0], route.lon[0]) == at(grid, 1, 1)
    assert (route.lat[-1], route.lon[-1]) == pytest.approx(at(grid, 0, 0))
    assert route.length_m == pytest.approx(400.0, rel=0.01)


def test_substitute_when_the_type_is_short(grid: RoadGraph) -> None:
    units = [
        unit(grid, "E1", "engine", (0, 1)),
        unit(grid, "E2", "engine", (0, 2)),
        unit(grid, "E3", "engine", (0, 4)),
        unit(grid, "L1", "ladder", (0, 1), status="out of service"),
        unit(grid, "A1", "ALS ambulance", (2, 2), status="at hospital"),
        unit(grid, "B1", "BLS ambulance", (3, 3)),
    ]
    slots = [
        Slot("engine", 2),
        Slot("ladder", 1, ("engine",)),
        Slot("ALS ambulance", 1, ("BLS ambulance",)),
    ]
    rec = run(grid, slots, units)
    assert [c.call_sign for c in rec.chosen()] == ["E1", "E2", "E3", "B1"]
    ladder = by_call(rec, 1)
    assert ladder["E3"].recommended and ladder["E3"].reason.startswith("substitute for ladder")
    assert ladder["L1"].reason == "busy: out of service"
    assert ladder["E1"].reason == "already recommended for engine"
    assert by_call(rec, 2)["A1"].reason == "busy: at hospital"
    assert rec.shortfall == (
        "1 ladder short; substituted engine E3",
        "1 ALS ambulance short; substituted BLS ambulance B1",
    )


def test_shortfall_with_no_substitute_and_no_unit_twice(grid: RoadGraph) -> None:
    units = [unit(grid, "E1", "engine", (0, 1))]
    rec = run(grid, [Slot("engine", 1), Slot("ladder", 1, ("engine",))], units)
    assert [c.call_sign for c in rec.chosen()] == ["E1"]
    assert rec.shortfall == ("1 ladder or engine not available",)
    assert rec.slots[1].candidates == ()


def test_stale_fix_falls_back_to_the_station(grid: RoadGraph) -> None:
    units = [
        # Close by, but its fix is 5 minutes old: measured from its station (5, 5).
        unit(grid, "A1", "ALS ambulance", (0, 1), age_s=300, station=(5, 5)),
        unit(grid, "A2", "ALS ambulance", (2, 2), age_s=30),
        unit(grid, "A3", "ALS ambulance", None, station=(0, 5)),
    ]
    rec = run(grid, [Slot("ALS ambulance", 1)], units)
    cands = by_call(rec, 0)
    assert cands["A2"].recommended
    assert cands["A1"].eta_s == pytest.approx(10 * HOP_S, rel=0.01)
    assert cands["A1"].fix_age_s is None
    assert "from station: fix 5 min 00 s old" in cands["A1"].reason
    assert cands["A3"].eta_s == pytest.approx(5 * HOP_S, rel=0.01)
    assert "from station: no fix" in cands["A3"].reason
    assert cands["A3"].reason.startswith("slower: +20 s than A2 (ETA 1 min 40 s")
    stale_ok = recommend(grid, [Slot("ALS ambulance", 1)], units, *at(grid, 0, 0), NOW,
                         stale_after_s=600)  # fmt: skip
    assert stale_ok.chosen()[0].call_sign == "A1"


def test_unreachable_and_wrong_type(grid: RoadGraph) -> None:
    far = UnitRecord("E9", "engine", "available", 61.0, 25.0, NOW, None, None)
    nowhere = UnitRecord("E8", "engine", "available station-less", None, None, None, None, None)
    lost = UnitRecord("E7", "engine", "available", None, None, None, None, None)
    units = [far, nowhere, lost, unit(grid, "P1", "patrol car", (0, 1))]
    rec = run(grid, [Slot("engine", 1)], units)
    cands = by_call(rec, 0)
    assert cands["E9"].reason.startswith("unreachable: position 61.000000,25.000000 is outside")
    assert cands["E8"].reason.startswith("busy: unknown status")
    assert cands["E7"].reason == "unreachable: no position and no station"
    assert rec.shortfall == ("1 engine not available",)
    assert [(c.call_sign, c.reason) for c in rec.others] == [
        ("P1", "wrong type: the plan needs no patrol car")
    ]


def test_incident_outside_the_network_raises(grid: RoadGraph) -> None:
    with pytest.raises(OutsideNetworkError, match="outside the road network"):
        recommend(grid, [Slot("engine", 1)], [], 61.0, 25.0, NOW)


def test_to_view_shape(grid: RoadGraph) -> None:
    rec = run(grid, [Slot("engine", 2)], [unit(grid, "E1", "engine", (0, 1))])
    view = rec.to_view("INC-1")
    assert view.incident_id == "INC-1"
    assert view.slots[0][:2] == ("engine", 2)
    assert view.slots[0][2][0].call_sign == "E1"
    assert view.shortfall == ("1 engine not available",)
