"""recommend command: table and JSON on the embedded site, errors and exit codes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from console.cli import main
from console.commands.recommend import recommend_command
from console.config.site import DEFAULT_SITE_DIR, load_site

CENTRE = "60.1695,24.9440"


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = recommend_command(*args, out, err)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_json_lists_every_candidate_with_eta_route_and_reason() -> None:
    code, out, err = run(None, "structure-fire", CENTRE, True)
    assert code == 0, err
    rows = json.loads(out)
    chosen = [r for r in rows if r["recommended"]]
    site = load_site(DEFAULT_SITE_DIR)
    types = {u.call_sign: u.unit_type for u in site.units}
    assert [r["slot"] for r in chosen] == ["engine", "engine", "ladder", "ALS ambulance"]
    assert len({r["unit"] for r in chosen}) == 4
    for row in rows:
        assert {"unit", "type", "eta_s", "route_m", "reason"} <= set(row)
        assert types[row["unit"]] == row["type"]
    for row in chosen:
        assert 0 < row["eta_s"] < 900 and 0 < row["route_m"] < 10_000
        assert "from station: no fix" in row["reason"]
    als = [r for r in rows if r["slot"] == "ALS ambulance"]
    assert [r["eta_s"] for r in als] == sorted(r["eta_s"] for r in als)


def test_table_shows_each_slot_and_marks_the_choice() -> None:
    code, out, err = run(None, "cardiac-arrest", CENTRE, False)
    assert code == 0, err
    assert out.startswith("Cardiac arrest (cardiac-arrest) at 60.169500,24.944000")
    assert "\nALS ambulance x1\n" in out and "\nengine x1\n" in out
    assert sum(line.lstrip().startswith("* ") for line in out.splitlines()) == 2


def test_unknown_type_exit_2_lists_known_types() -> None:
    code, out, err = run(None, "alien-landing", CENTRE, False)
    assert (code, out) == (2, "")
    assert "unknown incident type 'alien-landing'" in err
    assert "structure-fire" in err and "cardiac-arrest" in err


def test_outside_the_network_exit_1() -> None:
    code, out, err = run(None, "structure-fire", "60.30,24.94", True)
    assert (code, out) == (1, "")
    assert "cannot route to the incident" in err and "outside the road network" in err
    assert "m from the nearest drivable road" in err


@pytest.mark.parametrize("at", ["60.1", "north,east", "95,24", "60,24,1"])
def test_bad_at_exit_2(at: str) -> None:
    code, _, err = run(None, "structure-fire", at, False)
    assert code == 2 and "--at" in err


def test_bad_site_exit_1(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "structure-fire", CENTRE, False)
    assert code == 1 and "site file not found" in err


def test_site_with_graph_file_and_own_catalogue(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    shutil.copytree(DEFAULT_SITE_DIR, site_dir, ignore=shutil.ignore_patterns("*.pbf"))
    load_site(site_dir).graph.save(site_dir / "graph.npz")
    (site_dir / "catalogue").mkdir()
    (site_dir / "catalogue" / "response_plans.toml").write_text(
        "[plans.vehicle-fire]\n"
        'slots = [{ unit_type = "engine", count = 3, substitutes = ["ladder"] }]\n',
        encoding="utf-8",
    )
    code, out, err = run(site_dir, "vehicle-fire", CENTRE, True)
    assert code == 0, err
    chosen = [r["type"] for r in json.loads(out) if r["recommended"]]
    assert chosen == ["engine", "engine", "ladder"]  # the demo site has two engines
    assert "shortfall: 1 engine short; substituted ladder" in err


def test_cli_wiring(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommend", "--type", "vehicle-fire", "--at", CENTRE, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["recommended"] and rows[0]["type"] == "engine"
    assert main(["recommend", "--type", "nope", "--at", CENTRE]) == 2
