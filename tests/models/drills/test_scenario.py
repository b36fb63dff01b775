"""Scenario files: every shipped one loads and fits the default site; bad ones are refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site, resolve_site_dir, site_catalogue
from models.drills.scenario import DRILLS_DIR, ScenarioError, load_scenario, shipped_scenarios
from models.drills.site_check import SiteFacts, site_facts, validate_against_site
from models.geo import LocalProjection

GOOD = """
[drill]
id = "{stem}"
title = "Test drill"
duration_s = 600

[[expect]]
name = "fire"
incident_type = "structure-fire"
at = {{ lat = 60.17405, lon = 24.95179 }}
unit_types = {{ engine = 2, "ALS ambulance|BLS ambulance" = 1 }}
callers = ["+358401110001"]

[[expect_alert]]
name = "fence"
kind = "zone_alarm"
zone = "HE-ZONE-TERMINAL"
handling = ["promote", "link"]

[[inject]]
at_s = 30
type = "rebid"
caller = "+358401110001"
lat = 60.17406
lon = 24.95175
uncertainty_m = 30

[[inject]]
at_s = 0
type = "call"
via = "ali"
caller = "+358401110001"
lat = 60.1733
lon = 24.9506

[[inject]]
at_s = 40
type = "zone_alarm"
sensor = "HE-FENCE-1"
zone = "HE-ZONE-TERMINAL"
"""


def write(tmp_path: Path, text: str, stem: str = "test-drill") -> Path:
    path = tmp_path / f"{stem}.toml"
    path.write_text(text.replace("{stem}", stem) if "{stem}" in text else text, encoding="utf-8")
    return path


def good(tmp_path: Path, extra: str = "", replace: tuple[str, str] | None = None) -> Path:
    text = GOOD.replace("{{", "{").replace("}}", "}")
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    return write(tmp_path, text + extra)


@pytest.fixture(scope="module")
def facts() -> SiteFacts:
    site = load_site(DEFAULT_SITE_DIR)
    return site_facts(site, site_catalogue(site))


def _site_of(scenario) -> Path:  # type: ignore[no-untyped-def]
    """The folder a scenario runs on: the site it names, else the default site."""
    return resolve_site_dir(scenario.site) if scenario.site else DEFAULT_SITE_DIR


def test_shipped_scenarios_load_and_fit_their_site() -> None:
    paths = shipped_scenarios()
    assert [p.stem for p in paths] == [
        "cardiac-arrest-unanswered",
        "collision-link-failure",
        "jerusalem-jaffa-road-fire",
        "perimeter-intrusion",
        "structure-fire",
    ]
    for path in paths:
        scenario = load_scenario(path.stem)  # by id
        assert scenario.path == DRILLS_DIR / path.name
        site = load_site(_site_of(scenario))
        validate_against_site(scenario, site_facts(site, site_catalogue(site)))
        assert scenario.expect, path
        times = [i.at_s for i in scenario.injections]
        assert times == sorted(times)
        assert all(0 <= t <= scenario.duration_s for t in times)
        assert all(i.summary for i in scenario.injections)


def test_shipped_scenarios_cover_the_issue(facts: SiteFacts) -> None:
    fire = load_scenario("structure-fire")
    vias = {i.fields["via"] for i in fire.injections if i.type in ("call", "rebid")}
    assert vias == {"ali", "aml", "pidf"}
    assert {i.fields["via"] for i in fire.injections if i.type == "rebid"} == {"ali", "aml", "pidf"}
    assert len(fire.callers()) >= 3
    assert fire.expect[0].unit_types["engine"] == 2
    intrusion = load_scenario("perimeter-intrusion")
    assert {i.type for i in intrusion.injections} >= {"track", "zone_alarm", "call"}
    assert {a.kind for a in intrusion.expect_alerts} == {"zone_entry", "zone_alarm"}
    collision = load_scenario("collision-link-failure")
    types = [i.type for i in collision.injections]
    assert types.index("link_down") < types.index("link_up")
    assert collision.expect[0].unit_types["ALS ambulance|BLS ambulance"] == 2


def test_shipped_positions_lie_on_roads() -> None:
    for path in shipped_scenarios():
        scenario = load_scenario(path)
        roads = load_site(_site_of(scenario)).roads
        proj = LocalProjection(*roads.center())
        nodes = proj.forward_array(np.asarray(roads.nodes_lat), np.asarray(roads.nodes_lon))
        points = [
            (f"inject #{i.index}", i.fields["lat"], i.fields["lon"])
            for i in scenario.injections
            if i.type in ("call", "rebid")
        ] + [(f"expect {e.name}", e.lat, e.lon) for e in scenario.expect]
        for label, lat, lon in points:
            x, y = proj.forward(lat, lon)
            nearest = float(np.min(np.hypot(nodes[:, 0] - x, nodes[:, 1] - y)))
            assert nearest < 25.0, (path.name, label, nearest)


def test_track_enters_the_zone_it_is_expected_to(facts: SiteFacts) -> None:
    import shapely

    site = load_site(DEFAULT_SITE_DIR)
    zones = {z.zone_id: z for z in site.zones}
    scenario = load_scenario("perimeter-intrusion")
    for alert in scenario.expect_alerts:
        if alert.kind != "zone_entry":
            continue
        ring = shapely.Polygon([(lon, lat) for lat, lon in zones[alert.zone].polygon])
        tracks = [i for i in scenario.injections if i.type == "track"]
        entering = [
            t
            for t in tracks
            if ring.intersects(shapely.LineString([(lo, la) for la, lo in t.fields["path"]]))
        ]
        assert [t.fields["track"] for t in entering] == [101]


def test_defaults_sorting_and_rebid_via(tmp_path: Path, facts: SiteFacts) -> None:
    scenario = load_scenario(good(tmp_path))
    assert scenario.id == "test-drill"
    assert scenario.targets.percentile == 90 and scenario.targets.answer_s == 15
    assert scenario.targets.process_s == 60 and scenario.targets.alert_handle_s == 60
    assert scenario.crews.turnout_s == 45 and scenario.crews.report_status is True
    assert [(i.at_s, i.type, i.index) for i in scenario.injections] == [
        (0.0, "call", 2),
        (30.0, "rebid", 1),
        (40.0, "zone_alarm", 3),
    ]
    call, rebid, alarm = scenario.injections
    assert call.fields["class_of_service"] == "WPH2" and call.fields["uncertainty_m"] == 50.0
    assert rebid.fields["via"] == "ali"  # taken from the call
    assert alarm.fields["state"] == "alarm"
    assert scenario.expect[0].radius_m == 250.0
    assert dict(scenario.expect[0].unit_types) == {"engine": 2, "ALS ambulance|BLS ambulance": 1}
    assert scenario.expect_alerts[0].within_s == 60.0
    validate_against_site(scenario, facts)


def error_of(path: Path) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    return info.value


@pytest.mark.parametrize(
    ("replace", "extra", "table", "index", "field", "words"),
    [
        (None, '\n[[inject]]\nat_s = 5\ntype = "rebid"\ncaller = "+358409999999"\n'
         'lat = 60.17\nlon = 24.94\n',
         "inject", 4, "caller", "+358409999999 has no earlier call"),
        (("at_s = 30", "at_s = 0\ncalller = 1"), "", "inject", 1, "calller", "unknown field"),
        (('type = "call"', 'type = "hangup"'), "", "inject", 2, "type", "must be one of"),
        (("lat = 60.1733", "lat = 160.1733"), "", "inject", 2, "lat", "between"),
        (("at_s = 40", "at_s = 4000"), "", "inject", 3, "at_s", "between"),
        (('via = "ali"', 'via = "aml"\nclass_of_service = "WPH1"'), "", "inject", 2,
         "class_of_service", "ALI calls only"),
        (('via = "ali"', 'via = "ali"\nname = "מנוי סלולרי"'), "", "inject", 2, "name",
         "ASCII only"),
        (("at_s = 30", "at_s = 30\nvia = \"pidf\""), "", "inject", 1, "via", "must be 'ali'"),
        (None, '\n[[inject]]\nat_s = 50\ntype = "link_up"\nlink = "ali"\n', "inject", 4, "link",
         "is not down"),
        (None, '\n[[inject]]\nat_s = 50\ntype = "cap"\nidentifier = "x"\nevent = "Gas"\n'
         'status = "Actual"\narea = [[60.1, 24.9], [60.2, 24.9], [60.2, 25.0]]\n', "inject", 4,
         "status", "Exercise"),
        (None, '\n[[inject]]\nat_s = 50\ntype = "call"\nvia = "aml"\ncaller = "+358401110001"\n'
         "lat = 60.17\nlon = 24.94\n", "inject", 4, "caller", "use a rebid"),
        (('incident_type = "structure-fire"', 'incident_type = "structure-fire"\ncolour = "red"'),
         "", "expect", 1, "colour", "unknown field"),
        (('callers = ["+358401110001"]', 'callers = ["+358400000000"]'), "", "expect", 1,
         "callers", "never calls"),
        (('zone = "HE-ZONE-TERMINAL"\nhandling', 'zone = "HE-ZONE-NOWHERE"\nhandling'), "",
         "expect_alert", 1, "zone", "no zone_alarm injection"),
        (('handling = ["promote", "link"]', 'handling = ["ignore"]'), "", "expect_alert", 1,
         "handling", "'ignore' is not one of"),
        (("duration_s = 600", "duration_s = 600\nspeed = 2"), "", "drill", None, "speed",
         "unknown field"),
    ],
)  # fmt: skip
def test_errors_name_file_entry_field_and_reason(
    tmp_path: Path,
    replace: tuple[str, str] | None,
    extra: str,
    table: str,
    index: int | None,
    field: str,
    words: str,
) -> None:
    exc = error_of(good(tmp_path, extra, replace))
    assert (exc.file, exc.table, exc.index, exc.field) == ("test-drill.toml", table, index, field)
    assert words in exc.reason
    text = str(exc)
    assert text.startswith("test-drill.toml: ")
    assert words in text and field in text
    if index is not None:
        assert f"{table} #{index}" in text


def test_rebid_message_reads_like_the_spec(tmp_path: Path) -> None:
    extra = (
        '\n[[inject]]\nat_s = 5\ntype = "rebid"\ncaller = "+3584099"\nlat = 60.17\nlon = 24.94\n'
    )
    assert str(error_of(good(tmp_path, extra))) == (
        "test-drill.toml: inject #4 (rebid): caller: +3584099 has no earlier call"
    )


def test_unknown_tables_bad_toml_and_wrong_id_are_refused(tmp_path: Path) -> None:
    assert "unknown table [injects]" in str(error_of(good(tmp_path, "\n[[injects]]\nat_s = 1\n")))
    bad = write(tmp_path, "[drill\nid = 1", stem="broken")
    assert "is not valid TOML" in str(error_of(bad))
    other = write(tmp_path, GOOD.replace("{{", "{").replace("}}", "}").replace("{stem}", "x"), "y")
    exc = error_of(other)
    assert (exc.table, exc.field) == ("drill", "id") and "must equal the file name 'y'" in str(exc)
    with pytest.raises(ScenarioError, match="cannot be read"):
        load_scenario(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("replace", "table", "field", "words"),
    [
        (('incident_type = "structure-fire"', 'incident_type = "alien-landing"'), "expect",
         "incident_type", "unknown incident type 'alien-landing'"),
        (("engine = 2", "hovercraft = 1"), "expect", "unit_types",
         "unknown unit type 'hovercraft'"),
        (("engine = 2", "engine = 5"), "expect", "unit_types",
         "5 x engine asked for, the site has 2"),
        (('sensor = "HE-FENCE-1"', 'sensor = "HE-FENCE-9"'), "inject", "sensor",
         "unknown sensor 'HE-FENCE-9'"),
        (("HE-ZONE-TERMINAL", "HE-ZONE-9"), "inject", "zone", "unknown zone 'HE-ZONE-9'"),
        (("lat = 60.1733", "lat = 60.2733"), "inject", "lat", "outside the site's roads"),
    ],
)  # fmt: skip
def test_site_validation_refuses_what_the_site_lacks(
    tmp_path: Path, facts: SiteFacts, replace: tuple[str, str], table: str, field: str, words: str
) -> None:
    text = GOOD.replace("{{", "{").replace("}}", "}")
    assert replace[0] in text
    text = text.replace(*replace)
    scenario = load_scenario(write(tmp_path, text))
    with pytest.raises(ScenarioError) as info:
        validate_against_site(scenario, facts)
    exc = info.value
    assert (exc.table, exc.field) == (table, field)
    assert words in str(exc)


def test_site_validation_of_a_zone_the_site_lacks_in_an_expectation(tmp_path: Path) -> None:
    scenario = load_scenario(good(tmp_path))
    facts = SiteFacts(
        sensors={"HE-FENCE-1": "perimeter"},
        zones=frozenset(),
        unit_types={"engine": 2, "ALS ambulance": 1},
        incident_types=frozenset({"structure-fire"}),
    )
    with pytest.raises(ScenarioError, match=r"inject #3 \(zone_alarm\): zone: unknown zone"):
        validate_against_site(scenario, facts)


def test_never_acknowledge_is_optional_and_names_units_of_the_site(
    tmp_path: Path, facts: SiteFacts
) -> None:
    assert load_scenario(good(tmp_path)).crews.never_acknowledge == ()
    assert load_scenario("structure-fire").crews.never_acknowledge == ()
    silent = load_scenario("cardiac-arrest-unanswered")
    assert silent.crews.never_acknowledge == ("HE121",)
    validate_against_site(silent, facts)

    def crews(line: str) -> Path:
        folder = tmp_path / str(abs(hash(line)))
        folder.mkdir()
        return good(folder, extra=f"\n[crews]\n{line}\n")

    assert load_scenario(crews('never_acknowledge = ["HE11", "HE12"]')).crews.never_acknowledge == (
        "HE11",
        "HE12",
    )
    for line, words in (
        ('never_acknowledge = "HE11"', "must be a list of strings"),
        ("never_acknowledge = [1]", "never_acknowledge"),
        ('never_acknowledge = ["HE11", "HE11"]', "'HE11' is named twice"),
    ):
        with pytest.raises(ScenarioError) as info:
            load_scenario(crews(line))
        assert (info.value.table, info.value.field) == ("crews", "never_acknowledge")
        assert words in str(info.value)
    unknown = load_scenario(crews('never_acknowledge = ["XX99"]'))
    with pytest.raises(ScenarioError, match=r"\[crews\]: never_acknowledge: unknown unit 'XX99'"):
        validate_against_site(unknown, facts)
