"""Simulated crews drive the road route to the incident and report through the console.

A unit is dispatched on a drill store; its crew turns out, reports en route,
sends AVL fixes over the drill's UDP feed (they arrive through the
console's own AVL link) and reports on scene. Every fix on the way lies on
the road network; the last one is at the incident.
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from console.config.site import load_site
from console.drills.clock import RunClock
from console.drills.crews import CrewSimulator
from console.drills.feeds import AVL_LINK, DrillFeeds
from console.drills.services import DrillServices
from models.dispatch.status import UnitStatus
from models.drills.events import CREW_OPERATOR
from models.routing.snap import snap_points
from models.store import open_store
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

FIRE = (60.1712, 24.9521)  # Kruununhaka, about a kilometre from the fire station


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    x = math.radians(b[1] - a[1]) * math.cos(math.radians(a[0]))
    return 6_371_000.0 * math.hypot(x, math.radians(b[0] - a[0]))


def test_crew_drives_along_roads_and_arrives(drill_site_dir: Path, tmp_path: Path) -> None:
    site = load_site(drill_site_dir)
    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    result: dict[str, object] = {}

    async def run() -> None:
        feeds = await DrillFeeds.open(site)
        drill_site = feeds.drill_site()
        services = DrillServices(drill_site, store, "bea")
        await services.start()
        clock = RunClock(speed=50)
        settings = SimpleNamespace(
            turnout_s=5.0, speed_factor=1.0, avl_interval_s=4.0, report_status=True
        )
        crews = CrewSimulator(drill_site, feeds, services.crew_dispatch, clock, settings)
        services.add_listener(crews.on_committed)
        try:
            await services.wait_links_up()
            clock.start()
            incident = await services.dispatch.create_incident("structure-fire", *FIRE)
            await services.dispatch.dispatch(incident, ["HE11"], recommended=False)
            state = services.dispatch.state
            await wait_for(lambda: state.unit("HE11").status == UnitStatus.ON_SCENE, "on scene", 60)
            result["arrived"] = list(crews.arrived)
            result["arrived_s"] = clock.drill_s
        finally:
            clock.stop()
            await crews.stop()
            await services.stop()
            await feeds.close()

    try:
        asyncio.run(run())
        events = store.events_since(0)
    finally:
        store.close()

    assert [call_sign for call_sign, _incident in result["arrived"]] == ["HE11"]
    avl = f"link:{AVL_LINK}"
    frames = [e for e in events if e.kind.startswith("frame.") and e.source == avl]
    assert all(e.kind == "frame.decoded" and e.payload["unit"] == "HE11" for e in frames)
    fixes = [e.payload["message"] for e in frames]
    assert len(fixes) >= 5, "one fix every 4 drill seconds over a drive of a kilometre"
    lats = [f["lat"] for f in fixes]
    lons = [f["lon"] for f in fixes]
    # The crew leaves from the station (off the road, in the yard), then every
    # fix lies on the road geometry ...
    offsets = snap_points(site.graph, lats, lons, max_distance_m=1000).offset_m
    assert float(offsets[0]) < 50.0
    assert float(offsets[1:].max()) < 1.0
    station = site.station("HE-PE-1")
    assert _metres((lats[0], lons[0]), (station.lat, station.lon)) < 250
    # ... move on, and end at the incident.
    assert _metres((lats[-1], lons[-1]), FIRE) < 40
    assert len({(round(a, 5), round(b, 5)) for a, b in zip(lats, lons, strict=True)}) >= 4
    statuses = [
        (e.source, e.payload["status"])
        for e in events
        if e.kind == "unit.status" and e.payload["unit"] == "HE11"
    ]
    crew = f"operator:{CREW_OPERATOR}"
    assert statuses == [
        ("operator:bea", "dispatched"),
        (crew, "en route"),
        (crew, "on scene"),
    ]
    assert result["arrived_s"] > 5.0 + 60.0  # turnout plus a drive at road speeds
