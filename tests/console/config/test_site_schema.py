"""site.toml against its schema: unknown names refused with the nearest known one, every
number typed and bounded, every flag a boolean, each message naming file, line and field."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from console.config.http_config import HTTP_SCHEMA
from console.config.schema import Named, Table
from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
from console.config.site_schema import SITE_SCHEMA
from models.drills.scenario import load_scenario, shipped_scenarios
from models.drills.site_check import site_facts, validate_against_site
from models.sensors import config as sensors_config
from radio.codecs import ali_profile, zone_alarm
from radio.links.spec import LinkSpec

FULL = """\
[site]
name = "Testville"
timezone = "Europe/Helsinki"
center = { lat = 60.17, lon = 24.945 }

[[stations]]
id = "F1"
name = "Fire one"
discipline = "fire"
lat = 60.170
lon = 24.945

[[units]]
call_sign = "E11"
type = "engine"
discipline = "fire"
station = "F1"

[[links]]
name = "avl-udp"
transport = "udp"
protocol = "nmea"
port = 0
enabled = false

[[links]]
name = "ali"
transport = "tcp-client"
protocol = "ali"
host = "10.0.0.5"
port = 4000
profile = "vendor"

[[links]]
name = "fence"
transport = "tcp-server"
protocol = "zone-alarm"
port = 4001
grammar = "acme"
sensor = "R1"

[dispatch.overdue]
en_route = 12.5
"on scene" = false
At-Hospital = 45

[calls.duplicates]
distance_m = 250
window_min = 20
radius_factor = 0.5

[http]
port = 0
read_timeout_s = 2.5

[http.max_body]
cap = 4096

[[http.sources]]
name = "mno"
token = "0123456789abcdef-mno"
routes = ["aml", "cap"]

[[sensors]]
id = "R1"
kind = "perimeter"
lat = 60.17
lon = 24.95
range_m = 800

[[zones]]
id = "Z1"
polygon = [[60.170, 24.940], [60.171, 24.940], [60.171, 24.942]]
alert_on_entry = false
severity = "Severe"

[ali_profiles.vendor]
lines = 2
columns = 20
bcc = "xor"
[ali_profiles.vendor.fields.ani]
line = 1
column = 1
width = 10
[ali_profiles.vendor.fields.name]
line = 2
column = 1
width = 20
required = false

[alarm_grammars.acme]
pattern = '(?P<zone>[^;]+);(?P<kind>\\w+)'
encoding = "latin-1"
"""


def _site(tmp_path: Path, text: str) -> Path:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "site.toml").write_text(text, encoding="utf-8")
    shutil.copy(DEFAULT_SITE_DIR / "roads.npz", site / "roads.npz")
    return site


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(SiteError) as caught:
        load_site(_site(tmp_path, text))
    message = str(caught.value)
    site_file = str(tmp_path / "site" / "site.toml")
    assert message.startswith(site_file), message
    return message[len(site_file) :]


def _line(text: str, needle: str, occurrence: int = 1) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def test_the_full_example_loads_every_table(tmp_path: Path) -> None:
    site = load_site(_site(tmp_path, FULL))
    assert site.warnings == ()
    assert [link.port for link in site.links] == [0, 4000, 4001]
    assert site.links[0].enabled is False
    assert site.overdue.limit("en route").total_seconds() == 12.5 * 60
    assert site.overdue.limit("on scene") is None
    assert site.overdue.limit("at hospital").total_seconds() == 45 * 60
    assert (site.duplicates.distance_m, site.duplicates.radius_factor) == (250, 0.5)
    assert site.http is not None and site.http.body_limit("cap") == 4096
    assert site.ali_profiles["vendor"].bcc == "xor"
    assert site.alarm_grammars["acme"].encoding == "latin-1"
    assert site.zones[0].severity == "severe"


# (old, new, the message after the file name; {line} is the line of `new`'s last line)
REFUSED = {
    "misspelt array of tables": (
        "[[units]]",
        "[[unit]]",
        ":{line}: unknown table [[unit]], did you mean [[units]]?",
    ),
    "misspelt key": (
        'name = "Fire one"',
        'nmae = "Fire one"',
        ":{line}: stations[0]: unknown key 'nmae', did you mean 'name'?",
    ),
    "unknown key without a close one": (
        'station = "F1"',
        'station = "F1"\ncolour = "red"',
        ":{line}: units[0]: unknown key 'colour' "
        "(known: 'call_sign', 'type', 'discipline', 'station')",
    ),
    "unknown top-level table": (
        "[calls.duplicates]",
        "[weather]\nwind = 3\n[calls.duplicates]",
        ":{line}: unknown table [weather] (known: [site], [[stations]]",
        "[weather]",
    ),
    "unknown top-level key": (
        "[site]",
        "version = 2\n[site]",
        ":1: unknown key 'version' (known: [site]",
    ),
    "unknown key in [site]": (
        'timezone = "Europe/Helsinki"',
        'timezone = "Europe/Helsinki"\ntimezon = "UTC"',
        ":{line}: site: unknown key 'timezon', did you mean 'timezone'?",
    ),
    "unknown key in an inline table": (
        "center = { lat = 60.17, lon = 24.945 }",
        "center = { lat = 60.17, lng = 24.945 }",
        ":4: site.center: unknown key 'lng', did you mean 'lon'?",
    ),
    "unknown key in a link": (
        'grammar = "acme"',
        'grammar = "acme"\nsensr = "R1"',
        ":{line}: links[2]: unknown key 'sensr', did you mean 'sensor'?",
    ),
    "misspelt nested table": (
        "[calls.duplicates]",
        "[calls.duplicate]",
        ":{line}: calls: unknown table [calls.duplicate], did you mean [calls.duplicates]?",
    ),
    "unknown key in [calls.duplicates]": (
        "distance_m = 250",
        "distance = 250",
        ":{line}: calls.duplicates: unknown key 'distance', did you mean 'distance_m'?",
    ),
    "misspelt [dispatch.overdue]": (
        "[dispatch.overdue]",
        "[dispatch.overdu]",
        ":{line}: dispatch: unknown table [dispatch.overdu], did you mean [dispatch.overdue]?",
    ),
    "misspelt status": (
        "en_route = 12.5",
        "en_rout = 12.5",
        ":{line}: dispatch.overdue: unknown status 'en_rout', did you mean 'en_route'?",
    ),
    "unknown status": (
        "en_route = 12.5",
        "parked = 12.5",
        ":{line}: dispatch.overdue: unknown status 'parked' (known: 'available', ",
    ),
    "unknown key in [http]": (
        "read_timeout_s = 2.5",
        "read_timeout = 2.5",
        ":{line}: http: unknown key 'read_timeout', did you mean 'read_timeout_s'?",
    ),
    "unknown route in [http.max_body]": (
        "cap = 4096",
        "sms = 4096",
        ":{line}: http.max_body: unknown route 'sms' (known: 'aml', 'pidf', 'cap')",
    ),
    "unknown key in [[http.sources]]": (
        'routes = ["aml", "cap"]',
        'routes = ["aml", "cap"]\ntokn_env = "X"',
        ":{line}: http.sources[0]: unknown key 'tokn_env', did you mean 'token_env'?",
    ),
    "unknown key in a sensor": (
        "range_m = 800",
        "range = 800",
        ":{line}: sensors[0]: unknown key 'range', did you mean 'range_m'?",
    ),
    "unknown key in a zone": (
        "alert_on_entry = false",
        "alert_on_enter = false",
        ":{line}: zones[0]: unknown key 'alert_on_enter', did you mean 'alert_on_entry'?",
    ),
    "unknown key in an ALI layout": (
        'bcc = "xor"',
        'bcc = "xor"\ncolumn = 3',
        ":{line}: ali_profiles.vendor: unknown key 'column', did you mean 'columns'?",
    ),
    "unknown key in an ALI field": (
        "required = false",
        "requird = false",
        ":{line}: ali_profiles.vendor.fields.name: unknown key 'requird', did you mean 'required'?",
    ),
    "unknown key in an alarm grammar": (
        'encoding = "latin-1"',
        'encodng = "latin-1"',
        ":{line}: alarm_grammars.acme: unknown key 'encodng', did you mean 'encoding'?",
    ),
    "overdue minutes that overflow": (
        "en_route = 12.5",
        "en_route = 1e308",
        ":{line}: dispatch.overdue.en_route: must be more than 0 and at most 10080 minutes, "
        "not 1e+308",
    ),
    "overdue minutes infinite": (
        "en_route = 12.5",
        "en_route = inf",
        ":{line}: dispatch.overdue.en_route: must be a finite number of minutes "
        "or false (no limit), not inf",
    ),
    "overdue minutes zero": (
        "en_route = 12.5",
        "en_route = 0",
        ":{line}: dispatch.overdue.en_route: must be more than 0 and at most 10080 minutes",
    ),
    "overdue true": (
        "en_route = 12.5",
        "en_route = true",
        ":{line}: dispatch.overdue.en_route: must be a number of minutes "
        "or false (no limit), not True",
    ),
    "same status twice": (
        "en_route = 12.5",
        'en_route = 12.5\n"en route" = 3',
        ":{line}: dispatch.overdue.en route: same status as dispatch.overdue.en_route",
    ),
    "duplicate distance nan": (
        "distance_m = 250",
        "distance_m = nan",
        ":{line}: calls.duplicates.distance_m: must be a finite number of m, not nan",
    ),
    "duplicate distance huge": (
        "distance_m = 250",
        "distance_m = 1e9",
        ":{line}: calls.duplicates.distance_m: must be more than 0 and at most 100000 m",
    ),
    "duplicate window zero": (
        "window_min = 20",
        "window_min = 0",
        ":{line}: calls.duplicates.window_min: must be more than 0 and at most 10080 minutes",
    ),
    "radius factor negative": (
        "radius_factor = 0.5",
        "radius_factor = -1",
        ":{line}: calls.duplicates.radius_factor: must be from 0 to 10, not -1",
    ),
    "center out of range": (
        "center = { lat = 60.17, lon = 24.945 }",
        "center = { lat = 60.17, lon = 200 }",
        ":4: site.center.lon: must be from -180 to 180 degrees, not 200",
    ),
    "center not a table": (
        "center = { lat = 60.17, lon = 24.945 }",
        'center = "60.17, 24.945"',
        ":4: site.center: must be a table { lat = ..., lon = ... }, not '60.17, 24.945'",
    ),
    "center lat missing": (
        "center = { lat = 60.17, lon = 24.945 }",
        "center = { lon = 24.945 }",
        ":4: site.center.lat: is missing",
    ),
    "negative port": (
        "port = 4000",
        "port = -1",
        ":{line}: links[1].port: must be from 0 to 65535",
    ),
    "port 0 on a client": (
        "port = 4000",
        "port = 0  # a client cannot connect to any port",
        ":{line}: links[1].port: port 0 (any free port) is only for listening links "
        "(udp, tcp-server), not tcp-client",
    ),
    "port as a float": (
        "port = 4000",
        "port = 4000.0",
        ":{line}: links[1].port: must be an integer, not 4000.0",
    ),
    "enabled as a string": (
        "enabled = false",
        'enabled = "no"',
        ":{line}: links[0].enabled: must be true or false, not 'no'",
    ),
    "enabled as a number": (
        "enabled = false",
        "enabled = 0",
        ":{line}: links[0].enabled: must be true or false, not 0",
    ),
    "alert_on_entry as a number": (
        "alert_on_entry = false",
        "alert_on_entry = 1",
        ":{line}: zones[0].alert_on_entry: must be true or false, not 1",
    ),
    "empty host": (
        'host = "10.0.0.5"',
        'host = ""',
        ":{line}: links[1].host: must not be empty",
    ),
    "misspelt discipline": (
        'discipline = "fire"',
        'discipline = "fier"',
        ":{line}: stations[0].discipline: unknown discipline 'fier', did you mean 'fire'? "
        "(expected one of police, fire, medical)",
    ),
    "misspelt transport": (
        'transport = "tcp-client"',
        'transport = "tcp-clent"',
        ":{line}: links[1].transport: unknown transport 'tcp-clent', did you mean 'tcp-client'?",
    ),
    "sensor range huge": (
        "range_m = 800",
        "range_m = 1e12",
        ":{line}: sensors[0].range_m: must be more than 0 and at most 1000000 m",
    ),
    "sensor range zero": (
        "range_m = 800",
        "range_m = 0",
        ":{line}: sensors[0].range_m: must be more than 0",
    ),
    "sensor kind": (
        'kind = "perimeter"',
        'kind = "sonar"',
        ":{line}: sensors[0].kind: unknown kind 'sonar' "
        "(expected one of radar, asterix, perimeter)",
    ),
    "http timeout huge": (
        "read_timeout_s = 2.5",
        "read_timeout_s = 1e9",
        ":{line}: http.read_timeout_s: must be from 0.1 to 3600 s, not 1000000000.0",
    ),
    "http body huge": (
        "cap = 4096",
        "cap = 99999999999",
        ":{line}: http.max_body.cap: must be from 1 to 16777216 bytes",
    ),
    "http route": (
        'routes = ["aml", "cap"]',
        'routes = ["aml", "cpa"]',
        ":{line}: http.sources[0].routes: unknown route 'cpa', did you mean 'cap'?",
    ),
    "ALI width": (
        "width = 10",
        "width = 0",
        ":{line}: ali_profiles.vendor.fields.ani.width: must be from 1 to 1000, not 0",
    ),
    "ALI field past its line": (
        "width = 20",
        "width = 25",
        ":{line}: ali_profiles.vendor.fields.name.width: must be an integer from 1 to 20, got 25",
    ),
    "ALI parser": (
        "width = 10",
        'width = 10\nparser = "phnoe"',
        ":{line}: ali_profiles.vendor.fields.ani.parser: unknown parser 'phnoe', "
        "did you mean 'phone'?",
    ),
    "alarm grammar without pattern": (
        "pattern = '(?P<zone>[^;]+);(?P<kind>\\w+)'",
        "",
        ":{line}: alarm_grammars.acme.pattern: is missing",
    ),
    "station without id": ('id = "F1"\n', "", ":{line}: stations[0].id: is missing"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_each_refusal_names_file_line_and_field(tmp_path: Path, name: str) -> None:
    old, new, expected, *at = REFUSED[name]
    assert FULL.count(old) >= 1, old
    text = FULL.replace(old, new, 1)
    if "{line}" in expected:
        if new:
            expected = expected.format(line=_line(text, at[0] if at else new.splitlines()[-1]))
        else:  # a removed key: the table that misses it
            header = FULL[: FULL.index(old)].rstrip().splitlines()
            anchor = next(line for line in reversed(header) if line.startswith("["))
            expected = expected.format(line=_line(text, anchor))
    message = _error(tmp_path, text)
    assert message.startswith(expected), (message, expected)


def test_an_array_of_tables_given_as_a_value(tmp_path: Path) -> None:
    units = FULL[FULL.index("[[units]]") : FULL.index("[[links]]")]
    text = "units = 3\n" + FULL.replace(units, "")
    assert _error(tmp_path, text) == ":1: units: must be a list of [[units]] tables"


def test_no_value_of_a_token_in_a_message(tmp_path: Path) -> None:
    text = FULL.replace('token = "0123456789abcdef-mno"', 'token = ["0123456789abcdef-mno"]')
    message = _error(tmp_path, text)
    assert "http.sources[0].token: must be a string, the value is not shown" in message
    assert "0123456789abcdef" not in message


def test_lines_follow_multiline_strings_and_arrays(tmp_path: Path) -> None:
    text = FULL.replace(
        "[[zones]]",
        '[[zones]]\nname = """several\n[[not_a_table]]\nlines"""',
    ).replace(
        "polygon = [[60.170, 24.940], [60.171, 24.940], [60.171, 24.942]]",
        "polygon = [\n  [60.170, 24.940],\n  [60.171, 24.940],\n  [60.171, 24.942],\n]",
    )
    text = text.replace('severity = "Severe"', 'severity = "Severe"\nlevel = 3')
    assert _error(tmp_path, text) == (
        f":{_line(text, 'level = 3')}: zones[0]: unknown key 'level' "
        "(known: 'id', 'name', 'polygon', 'alert_on_entry', 'suggested_type', 'severity')"
    )


def test_every_shipped_site_loads_without_warnings() -> None:
    sites = sorted(p.parent for p in DEFAULT_SITE_DIR.parent.glob("*/site.toml"))
    assert DEFAULT_SITE_DIR in sites
    for site_dir in sites:
        assert load_site(site_dir).warnings == (), site_dir


def test_every_shipped_drill_fits_its_site() -> None:
    from console.config.site import resolve_site_dir, site_catalogue

    scenarios = shipped_scenarios()
    assert scenarios
    for path in scenarios:
        scenario = load_scenario(path)
        site = load_site(resolve_site_dir(scenario.site) if scenario.site else DEFAULT_SITE_DIR)
        validate_against_site(scenario, site_facts(site, site_catalogue(site)))


def _keys(node: object) -> set[str]:
    assert isinstance(node, Table)
    return set(node.keys)


def test_the_schema_knows_exactly_what_the_parsers_read() -> None:
    """A key added to a parser (or to LinkSpec) and not to the schema would be refused."""
    top = SITE_SCHEMA.keys
    link_fields = {f.name for f in dataclasses.fields(LinkSpec)}
    assert _keys(top["links"]) == link_fields - {"profile"} | {"profile", "grammar"}
    assert _keys(top["sensors"]) == sensors_config._SENSOR_KEYS
    assert _keys(top["zones"]) == sensors_config._ZONE_KEYS
    profiles = top["ali_profiles"]
    assert isinstance(profiles, Named)
    assert _keys(profiles.value) == ali_profile._PROFILE_KEYS
    fields = profiles.value.keys["fields"]  # type: ignore[attr-defined]
    assert _keys(fields.as_list) == ali_profile._FIELD_KEYS
    grammars = top["alarm_grammars"]
    assert isinstance(grammars, Named)
    assert _keys(grammars.value) == zone_alarm._GRAMMAR_KEYS
    assert top["http"] is HTTP_SCHEMA


def test_site_places_are_checked_with_their_line(tmp_path: Path) -> None:
    text = FULL + '\n[[places]]\nalias = "gate 4"\nlat = 60.17\nlon = 240.0\n'
    message = _error(tmp_path, text)
    assert message.startswith(f":{_line(text, 'lon = 240.0')}: places[0].lon: must be from -180")
    text = FULL + '\n[[places]]\nalias = "gate 4"\nkind = "gate"\n'
    message = _error(tmp_path, text)
    assert "places[0]: give the point (lat and lon) or the address it stands for" in message
    site = load_site(_site(tmp_path, FULL + '\n[[places]]\nalias = "the mall"\naddress = "X 1"\n'))
    assert [(p.alias, p.kind, p.address) for p in site.places] == [("the mall", "place", "X 1")]
