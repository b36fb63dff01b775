"""The Jerusalem demo site's drill loads, fits its site and runs headless on it.

``resources/sites/jerusalem/drills/jerusalem-jaffa-road-fire.toml`` is validated
against the Jerusalem site and catalogue (units, incident types, positions
within the site's roads and within 25 m of a road node), then played headless
at speed 100 on that site through the real ``drill run`` command, to the end,
with its HTML and JSON reports.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import numpy as np
import pytest

from console.commands.drill import add_drill_parser, drill_command
from console.config.site import load_site, site_catalogue
from models.drills.report_json import read_json_report
from models.drills.scenario import load_scenario
from models.drills.site_check import site_facts, validate_against_site
from models.geo import LocalProjection

SITE = Path(__file__).parents[2] / "resources" / "sites" / "jerusalem"
SCENARIO = Path(__file__).parents[2] / "resources" / "drills" / "jerusalem-jaffa-road-fire.toml"


def test_the_drill_fits_the_jerusalem_site() -> None:
    site = load_site(SITE)
    scenario = load_scenario(SCENARIO)
    assert scenario.site == "jerusalem"
    validate_against_site(scenario, site_facts(site, site_catalogue(site)))
    assert scenario.expect and len(scenario.callers()) >= 3
    vias = {i.fields["via"] for i in scenario.injections if i.type == "call"}
    assert vias == {"ali", "aml", "pidf"}
    roads = site.roads
    proj = LocalProjection(*roads.center())
    nodes = proj.forward_array(np.asarray(roads.nodes_lat), np.asarray(roads.nodes_lon))
    points = [
        (i.fields["lat"], i.fields["lon"])
        for i in scenario.injections
        if i.type in ("call", "rebid")
    ] + [(e.lat, e.lon) for e in scenario.expect]
    for lat, lon in points:
        x, y = proj.forward(lat, lon)
        assert float(np.min(np.hypot(nodes[:, 0] - x, nodes[:, 1] - y))) < 25.0, (lat, lon)


@pytest.mark.timeout(240)
def test_the_drill_runs_headless_on_its_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    parser = argparse.ArgumentParser(prog="dispatch-console")
    add_drill_parser(parser.add_subparsers(dest="command"))
    report = tmp_path / "jerusalem.html"
    run = ["drill", "run", SCENARIO.stem, "--headless", "--speed", "100"]  # its site: named
    args = parser.parse_args([*run, "--report", str(report)])
    out, err = io.StringIO(), io.StringIO()
    assert drill_command(args, out, err) == 0, err.getvalue()
    data = read_json_report(report.with_suffix(".json"))
    assert data["scenario_id"] == "jerusalem-jaffa-road-fire"
    assert data["ended_reason"] == "completed"
