"""Site loading: the embedded default site, and a clear SiteError for each kind of mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from console.config.site import DEFAULT_SITE_DIR, DISCIPLINES, SiteError, load_site

GOOD = """\
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

[[stations]]
id = "P1"
name = "Police one"
discipline = "police"
lat = 60.171
lon = 24.946

[[units]]
call_sign = "E11"
type = "engine"
discipline = "fire"
station = "F1"

[[units]]
call_sign = "P21"
type = "patrol car"
discipline = "police"
station = "P1"

[[links]]
name = "avl-udp"
transport = "udp"
protocol = "nmea"
port = 10110

[[links]]
name = "gps-e11"
transport = "serial"
protocol = "nmea"
url = "loop://"
baudrate = 9600
bytesize = 7
parity = "E"
unit = "E11"
"""


def _site(tmp_path: Path, text: str, roads: bool = True) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text(text, encoding="utf-8")
    if roads:
        shutil.copy(DEFAULT_SITE_DIR / "roads.npz", site / "roads.npz")
    return site


def test_default_site_loads_with_realistic_content() -> None:
    site = load_site(DEFAULT_SITE_DIR)
    assert site.name == "Helsinki (demo)"
    assert site.timezone == "Europe/Helsinki"
    assert site.tzinfo.key == "Europe/Helsinki"
    assert site.warnings == ()
    assert site.roads.way_count > 1000
    assert site.roads.contains(site.center_lat, site.center_lon)
    for discipline in DISCIPLINES:
        stations = [s for s in site.stations if s.discipline == discipline]
        units = [u for u in site.units if u.discipline == discipline]
        assert 1 <= len(stations) <= 2, discipline
        assert len(units) >= 3, discipline
    for station in site.stations:
        assert site.roads.contains(station.lat, station.lon), station
    station_ids = {s.station_id for s in site.stations}
    assert all(u.station_id in station_ids for u in site.units)
    assert len({u.call_sign for u in site.units}) == len(site.units)
    assert {u.unit_type for u in site.units} >= {
        "engine", "ladder", "rescue", "patrol car", "ALS ambulance", "BLS ambulance",
    }  # fmt: skip
    links = {link.name: link for link in site.links}
    assert (links["avl-udp"].transport, links["avl-udp"].host, links["avl-udp"].port) == (
        "udp", "127.0.0.1", 10110,
    )  # fmt: skip
    assert (links["avl-tcp"].transport, links["avl-tcp"].host, links["avl-tcp"].port) == (
        "tcp-server", "127.0.0.1", 10111,
    )  # fmt: skip
    assert {link.name: link.protocol for link in site.links} == {
        "avl-udp": "nmea",
        "avl-tcp": "nmea",
        "ali-tcp": "ali",
    }
    assert site.http is not None and site.http.host == "127.0.0.1"
    assert [s.name for s in site.http.sources] == ["demo-gateway"]
    assert site.station("HE-PE-1").name.startswith("Erottajan paloasema")
    assert (DEFAULT_SITE_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8").count("ODbL") >= 1


def test_good_site_parses_every_field(tmp_path: Path) -> None:
    site = load_site(_site(tmp_path, GOOD))
    assert site.name == "Testville"
    assert (site.center_lat, site.center_lon) == (60.17, 24.945)
    assert site.unit("E11").unit_type == "engine"
    assert site.unit("P21").station_id == "P1"
    serial = site.links[1]
    assert (serial.transport, serial.url, serial.baudrate, serial.unit) == (
        "serial", "loop://", 9600, "E11",
    )  # fmt: skip
    assert (serial.bytesize, serial.parity, serial.stopbits) == (7, "E", 1.0)
    assert (site.links[0].bytesize, site.links[0].parity, site.links[0].stopbits) == (8, "N", 1)
    assert site.links[0].host == "127.0.0.1"
    assert site.path == tmp_path / "site"


def test_center_defaults_to_the_roads(tmp_path: Path) -> None:
    site = load_site(_site(tmp_path, GOOD.replace("center = { lat = 60.17, lon = 24.945 }\n", "")))
    assert (site.center_lat, site.center_lon) == site.roads.center()


def test_missing_site_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match=r"site\.toml: site file not found"):
        load_site(tmp_path)


def test_toml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    text = GOOD.replace('name = "Fire one"', 'name = "Fire one')
    with pytest.raises(SiteError) as err:
        load_site(_site(tmp_path, text))
    message = str(err.value)
    assert "site.toml" in message and "TOML syntax error" in message
    assert "line 8" in message and "column" in message


@pytest.mark.parametrize(
    ("old", "new", "needles"),
    [
        (
            'discipline = "police"',
            'discipline = "polise"',
            ["site.toml:16:", "stations[1].discipline", "unknown discipline 'polise'"],
        ),
        (
            'station = "P1"',
            'station = "P9"',
            ["site.toml:30:", "units[1].station", "unknown station 'P9'"],
        ),
        (
            'call_sign = "P21"',
            'call_sign = "E11"',
            ["site.toml:27:", "units[1].call_sign", "duplicate call sign 'E11'"],
        ),
        ('id = "P1"', 'id = "F1"', ["stations[1].id", "duplicate station id 'F1'"]),
        (
            'transport = "udp"',
            'transport = "carrier-pigeon"',
            ["site.toml:34:", "links[0].transport", "unknown transport 'carrier-pigeon'"],
        ),
        (
            "port = 10110",
            "port = 70000",
            ["site.toml:36:", "links[0].port", "must be from 0 to 65535, not 70000"],
        ),
        (
            'protocol = "nmea"',
            'protocol = "morse"',
            ["links[0].protocol", "unknown protocol 'morse'"],
        ),
        ("port = 10110", 'port = "10110"', ["links[0].port", "must be an integer, not '10110'"]),
        ("port = 10110", "port = true", ["links[0].port", "must be an integer, not True"]),
        ("port = 10110\n", "", ["links[0].port", "a udp link needs a port"]),
        ('url = "loop://"\n', "", ["links[1].url", "a serial link needs url"]),
        ('unit = "E11"', 'unit = "X99"', ["links[1].unit", "unknown unit call sign 'X99'"]),
        ('name = "gps-e11"', 'name = "avl-udp"', ["links[1].name", "duplicate link name"]),
        (
            "baudrate = 9600",
            "baudrate = 0",
            ["links[1].baudrate", "must be from 50 to 12000000, not 0"],
        ),
        ("bytesize = 7", "bytesize = 9", ["links[1].bytesize", "must be from 5 to 8, not 9"]),
        ('parity = "E"', 'parity = "X"', ["links[1].parity"]),
        ('parity = "E"', 'parity = "E"\nstopbits = 3', ["links[1].stopbits"]),
        ('parity = "E"', 'parity = "E"\nstopbits = 1.2', ["links[1].stopbits", "1, 1.5 or 2"]),
        (
            'timezone = "Europe/Helsinki"',
            'timezone = "Mars/Olympus"',
            ["site.toml:3:", "site.timezone", "unknown time zone 'Mars/Olympus'"],
        ),
        ('name = "Testville"\n', "", ["site.name", "is missing"]),
        (
            "lat = 60.171\n",
            "lat = 91.0\n",
            ["site.toml:17:", "stations[1].lat", "must be from -90 to 90 degrees, not 91.0"],
        ),
        ("lat = 60.171\n", 'lat = "north"\n', ["stations[1].lat", "must be a number"]),
        ('type = "engine"\n', "", ["units[0].type", "is missing"]),
        ("[site]", "[sight]", ["site.toml:1: unknown table [sight], did you mean [site]?"]),
        (
            'name = "Testville"',
            'name = "Testville"\nroads = "nowhere.npz"',
            ["site.roads", "not found"],
        ),
    ],
)
def test_each_mistake_gives_a_site_error_naming_it(
    tmp_path: Path, old: str, new: str, needles: list[str]
) -> None:
    assert old in GOOD
    with pytest.raises(SiteError) as err:
        load_site(_site(tmp_path, GOOD.replace(old, new, 1)))
    for needle in needles:
        assert needle in str(err.value), (needle, str(err.value))


def test_missing_roads_file_is_a_site_error(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match=r"roads\.npz: road layer file not found"):
        load_site(_site(tmp_path, GOOD, roads=False))


def test_corrupt_roads_file_is_a_site_error(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD, roads=False)
    (site / "roads.npz").write_bytes(b"\x00" * 100)
    with pytest.raises(SiteError, match=r"site\.roads: .*roads\.npz: not a readable road layer"):
        load_site(site)


def test_station_outside_the_roads_is_a_warning(tmp_path: Path) -> None:
    text = GOOD.replace("lat = 60.171\nlon = 24.946", "lat = 61.5\nlon = 23.8")
    site = load_site(_site(tmp_path, text))
    assert len(site.warnings) == 1
    assert "station 'P1' lies outside" in site.warnings[0]
    assert "site.toml:17:" in site.warnings[0]


def test_a_missing_site_table_is_named(tmp_path: Path) -> None:
    with pytest.raises(
        SiteError, match=r"site\.toml: missing \[site\] table \(with name, timezone\)"
    ):
        load_site(_site(tmp_path, GOOD.split("\n\n", 1)[1]))  # everything but [site]


def test_graph_is_built_from_the_roads_when_there_is_no_graph_file(tmp_path: Path) -> None:
    site = load_site(_site(tmp_path, GOOD))
    assert site._graph_cache == {}
    graph = site.graph
    assert graph is site.graph
    assert graph.node_count == site.roads.node_count
    assert graph.main_size > 1000


def test_corrupt_graph_file_is_a_site_error(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD)
    (site / "graph.npz").write_bytes(b"\x00" * 100)
    with pytest.raises(SiteError, match=r"graph\.npz: not a readable road graph"):
        load_site(site)


def test_graph_from_another_import_is_a_warning_and_rebuilt(tmp_path: Path) -> None:
    from models.routing.build import build_graph
    from tests.models.routing.handmade import square_layer

    site_dir = _site(tmp_path, GOOD)
    build_graph(square_layer()).save(site_dir / "graph.npz")
    site = load_site(site_dir)
    assert len(site.warnings) == 1 and "built from another import" in site.warnings[0]
    assert site.graph.node_count == site.roads.node_count


def test_unit_types_come_from_the_catalogue(tmp_path) -> None:
    import shutil

    from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site

    site = tmp_path / "site"
    shutil.copytree(DEFAULT_SITE_DIR, site)
    text = (site / "site.toml").read_text(encoding="utf-8")
    (site / "site.toml").write_text(
        text.replace('type = "ladder"', 'type = "hovercraft"', 1), encoding="utf-8"
    )
    with pytest.raises(SiteError, match=r"units\[\d+\]\.type: unknown unit type 'hovercraft'"):
        load_site(site)


def test_overdue_limits_from_the_site(tmp_path) -> None:
    import shutil
    from datetime import UTC, datetime, timedelta

    from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site

    site = tmp_path / "site"
    shutil.copytree(DEFAULT_SITE_DIR, site)
    original = (site / "site.toml").read_text(encoding="utf-8")
    (site / "site.toml").write_text(
        original + "\n[dispatch.overdue]\nen_route = 5\n", encoding="utf-8"
    )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rules = load_site(site).overdue
    assert rules.check("en route", now - timedelta(minutes=6), now) is not None
    assert rules.check("en route", now - timedelta(minutes=4), now) is None
    (site / "site.toml").write_text(
        original + "\n[dispatch.overdue]\nen_route = -3\n", encoding="utf-8"
    )
    with pytest.raises(SiteError, match=r"dispatch\.overdue\.en_route: must be more than 0"):
        load_site(site)


PLACES = """
[[places]]
alias = "the mall"
kind = "landmark"
lat = 60.1700
lon = 24.9400

[[places]]
alias = "HQ corner"
address = "Aleksanterinkatu 52"
"""


def test_site_places_and_places_file(tmp_path: Path) -> None:
    site = load_site(_site(tmp_path, GOOD + PLACES))
    assert [(p.alias, p.kind, p.lat, p.lon, p.address) for p in site.places] == [
        ("the mall", "landmark", 60.17, 24.94, None),
        ("HQ corner", "place", None, None, "Aleksanterinkatu 52"),
    ]
    assert site.places_file is None  # no places.sqlite in this folder
    (site.path / "places.sqlite").write_bytes(b"")
    assert load_site(site.path).places_file == site.path / "places.sqlite"


def test_a_site_without_places_keeps_loading(tmp_path: Path) -> None:
    assert load_site(_site(tmp_path, GOOD)).places == ()


@pytest.mark.parametrize(
    ("entry", "needle"),
    [
        ('alias = "x"\nlat = 60.1', "places[0]: lon is missing"),
        ('alias = "x"', "places[0]: give the point (lat and lon) or the address"),
        ('alias = "x"\nlat = 95.0\nlon = 24.0', "places[0].lat: must be from -90 to 90"),
        ('alias = "x"\naddress = "a"\n\n[[places]]\nalias = "X"\naddress = "b"', "duplicate alias"),
        ('alias = "x"\nadress = "a"', "did you mean 'address'"),
    ],
)
def test_bad_site_places_are_named(tmp_path: Path, entry: str, needle: str) -> None:
    with pytest.raises(SiteError) as err:
        load_site(_site(tmp_path, GOOD + "\n[[places]]\n" + entry + "\n"))
    assert needle in str(err.value)
