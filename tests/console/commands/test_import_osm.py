"""import-osm command end to end: roads.npz + starter site.toml that load_site accepts."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from console.commands.import_osm import import_osm_command, site_name_from_file
from console.config.site import load_site
from models.osm_import import import_osm
from models.roads import RoadLayer

OSM = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
  <node id="1" lat="43.7300000" lon="7.4100000"/>
  <node id="2" lat="43.7310000" lon="7.4120000"/>
  <node id="3" lat="43.7330000" lon="7.4150000"/>
  <way id="5"><nd ref="1"/><nd ref="2"/><nd ref="3"/>
    <tag k="highway" v="primary"/><tag k="name" v="Boulevard d'Essai"/></way>
</osm>
"""


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _write_osm(tmp_path: Path) -> Path:
    path = tmp_path / "Testberg.osm"
    path.write_text(OSM, encoding="utf-8")
    return path


def test_import_writes_roads_and_a_loadable_starter_site(tmp_path: Path) -> None:
    osm = _write_osm(tmp_path)
    out = tmp_path / "new-site"
    stream = io.StringIO()
    assert import_osm_command(str(osm), str(out), stream=stream) == 0
    text = stream.getvalue()
    assert "\r" not in text
    assert "0%" in text and "100%" in text
    assert "1 ways, 3 nodes" in text
    site = load_site(out)
    assert site.name == "Testberg"
    assert site.timezone == "UTC"
    assert (site.stations, site.units, site.links) == ((), (), ())
    assert site.warnings == ()
    assert site.center_lat == round((43.73 + 43.733) / 2, 6)
    assert site.center_lon == round((7.41 + 7.415) / 2, 6)
    assert site.roads.names.tolist() == ["Boulevard d'Essai"]
    np.testing.assert_array_equal(site.roads.node_ids, [1, 2, 3])
    starter = (out / "site.toml").read_text(encoding="utf-8")
    assert "# [[stations]]" in starter and "# [[units]]" in starter and "# [[links]]" in starter
    assert "© OpenStreetMap contributors" in starter


def test_existing_site_toml_is_kept(tmp_path: Path) -> None:
    osm = _write_osm(tmp_path)
    out = tmp_path / "site"
    out.mkdir()
    mine = '[site]\nname = "Mine"\ntimezone = "Europe/Monaco"\n'
    (out / "site.toml").write_text(mine, encoding="utf-8")
    assert import_osm_command(str(osm), str(out), stream=io.StringIO()) == 0
    assert (out / "site.toml").read_text(encoding="utf-8") == mine
    assert load_site(out).name == "Mine"
    assert RoadLayer.load(out / "roads.npz").way_ids.tolist() == [5]


def test_terminal_gets_a_redrawn_bar(tmp_path: Path) -> None:
    stream = _Tty()
    assert import_osm_command(str(_write_osm(tmp_path)), str(tmp_path / "s"), stream=stream) == 0
    text = stream.getvalue()
    assert text.count("\r") >= 3
    assert "[" + "#" * 30 + "] 100.0%\n" in text


def test_missing_file_is_exit_1_with_a_message(tmp_path: Path) -> None:
    stream = io.StringIO()
    assert import_osm_command(str(tmp_path / "nope.osm.pbf"), str(tmp_path / "s"), stream) == 1
    assert "import-osm:" in stream.getvalue() and "no such file" in stream.getvalue()
    assert not (tmp_path / "s").exists()


def test_corrupt_file_is_exit_1_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(b"\x00\x00\x00\x0dnot a pbf" * 5)
    stream = io.StringIO()
    assert import_osm_command(str(bad), str(tmp_path / "s"), stream) == 1
    assert "bad.osm.pbf: not a readable OSM file" in stream.getvalue()


def test_unwritable_output_is_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    stream = io.StringIO()
    assert import_osm_command(str(_write_osm(tmp_path)), str(blocker / "sub"), stream) == 1
    assert "cannot write" in stream.getvalue()


def test_site_name_from_file() -> None:
    assert site_name_from_file(Path("Helsinki.osm.pbf")) == "Helsinki"
    assert site_name_from_file(Path("monaco-latest.osm.bz2")) == "monaco-latest"
    assert site_name_from_file(Path("x.osm")) == "x"


def test_monaco_end_to_end(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "monaco"
    assert (
        import_osm_command(str(samples_dir / "roads" / "monaco.osm.pbf"), str(out), io.StringIO())
        == 0
    )
    site = load_site(out)
    assert site.name == "monaco"
    direct = import_osm(samples_dir / "roads" / "monaco.osm.pbf")
    np.testing.assert_array_equal(site.roads.way_nodes, direct.way_nodes)


def test_import_writes_the_routing_graph_that_the_site_loads(tmp_path: Path) -> None:
    out = tmp_path / "site"
    stream = io.StringIO()
    assert import_osm_command(str(_write_osm(tmp_path)), str(out), stream=stream) == 0
    assert "graph.npz: 4 edges, 3 nodes connected both ways" in stream.getvalue()
    site = load_site(out)
    assert "graph" in site._graph_cache  # loaded from the file, not rebuilt
    assert site.graph.edge_count == 4
    assert site.graph.meta.roads_fingerprint.startswith("Testberg.osm|")


def test_import_builds_the_places_index_and_says_when_there_are_no_addresses(
    tmp_path: Path,
) -> None:
    from models.places.index import PlacesIndex

    out = tmp_path / "new-site"
    stream = io.StringIO()
    assert import_osm_command(str(_write_osm(tmp_path)), str(out), stream=stream) == 0
    text = stream.getvalue()
    assert "indexing places of Testberg.osm: 100%" in text
    assert "note: the extract holds no addresses: streets and landmarks only" in text
    site = load_site(out)
    assert site.places_file == out / "places.sqlite"
    with PlacesIndex.open(site.places_file) as index:
        assert not index.has_addresses
        assert index.search("boulevard d'essai")[0].kind == "street"
        assert index.search("essai 12")[0].warning == "no number 12 on this street"


def test_import_stores_the_site_places_of_an_existing_site(tmp_path: Path) -> None:
    from models.places.index import PlacesIndex

    out = tmp_path / "site"
    assert import_osm_command(str(_write_osm(tmp_path)), str(out), stream=io.StringIO()) == 0
    with (out / "site.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[places]]\nalias = "Gate Nord"\nlat = 43.731\nlon = 7.412\n')
    assert import_osm_command(str(_write_osm(tmp_path)), str(out), stream=io.StringIO()) == 0
    with PlacesIndex.open(out / "places.sqlite") as index:
        assert index.search("gate nord")[0].kind == "site"


def test_a_bad_places_table_is_exit_1_naming_it(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "site.toml").write_text('[[places]]\nalias = "x"\n', encoding="utf-8")
    stream = io.StringIO()
    assert import_osm_command(str(_write_osm(tmp_path)), str(out), stream=stream) == 1
    assert "places[0]" in stream.getvalue()
