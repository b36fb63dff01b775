"""Every shipped scenario runs headless on the default site, to the end, with reports.

Fast (speed 100): these check that the runner, the scripted responder and the
crews carry each shipped drill through, not how well anyone scores.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from console.commands.drill import add_drill_parser, drill_command
from models.drills.report_json import read_json_report
from models.drills.scenario import shipped_scenarios
from models.store import default_store_path

pytestmark = pytest.mark.timeout(240)


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.stem)
def test_shipped_scenario_runs_headless(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    parser = argparse.ArgumentParser(prog="dispatch-console")
    add_drill_parser(parser.add_subparsers(dest="command"))
    report = tmp_path / f"{path.stem}.html"
    args = parser.parse_args(
        ["drill", "run", path.stem, "--headless", "--speed", "100", "--report", str(report)]
    )
    out, err = io.StringIO(), io.StringIO()
    assert drill_command(args, out, err) == 0, err.getvalue()
    assert report.is_file() and report.with_suffix(".json").is_file()
    data = read_json_report(report.with_suffix(".json"))
    assert data["scenario_id"] == path.stem and data["ended_reason"] == "completed"
    assert not default_store_path().exists()
