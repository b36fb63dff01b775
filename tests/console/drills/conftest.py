"""Fixtures of the drill runner tests: a site with a radar, a fence panel and zones.

``drill_site_dir`` is the embedded demo site (roads, stations, units) plus one
ASTERIX radar ``T-RADAR``, one perimeter panel ``T-FENCE`` and two zones, with
no links of its own (a drill brings its own). ``scenario_file(name)`` is a
scenario TOML written for these tests (``tests/console/drills/scenarios``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SCENARIOS = Path(__file__).resolve().parent / "scenarios"

SENSORS = """
[[sensors]]
id = "T-RADAR"
name = "Test harbour radar"
kind = "asterix"
lat = 60.1640
lon = 24.9600
range_m = 4000
sac = 30
sic = 1

[[sensors]]
id = "T-FENCE"
name = "Test fence panel"
kind = "perimeter"
lat = 60.1650
lon = 24.9520

[[zones]]
id = "T-ZONE-BERTH"
name = "Test berth"
polygon = [[60.1655, 24.9535], [60.1655, 24.9560], [60.1665, 24.9560], [60.1665, 24.9535]]
alert_on_entry = true
suggested_type = "burglary-in-progress"
severity = "moderate"

[[zones]]
id = "T-ZONE-FENCE"
name = "Test fence"
polygon = [[60.1645, 24.9515], [60.1645, 24.9530], [60.1652, 24.9530], [60.1652, 24.9515]]
alert_on_entry = false
suggested_type = "burglary-in-progress"
severity = "severe"
"""


@pytest.fixture
def drill_site_dir(make_site: Callable[..., Path]) -> Path:
    return make_site([], extra=SENSORS)


@pytest.fixture
def scenario_file() -> Callable[[str], Path]:
    def get(name: str) -> Path:
        return SCENARIOS / f"{name}.toml"

    return get
