"""OSM importer: exact arrays on a hand-written extract, real extracts, clear errors."""

from __future__ import annotations

import bz2
import gzip
import math
from pathlib import Path

import numpy as np
import pytest

from models.osm_import import OsmImportError, import_osm, parse_maxspeed, parse_oneway
from models.roads import ROAD_CLASSES

TINY_OSM = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
  <node id="1" lat="60.1700000" lon="24.9400000"/>
  <node id="2" lat="60.1710000" lon="24.9410000"/>
  <node id="3" lat="60.1720000" lon="24.9420000"/>
  <node id="4" lat="60.1730000" lon="24.9430000"/>
  <node id="5" lat="60.1740000" lon="24.9440000"/>
  <node id="6" lat="60.1750000" lon="24.9450000"/>
  <node id="7" lat="60.1760000" lon="24.9460000"/>
  <node id="8" lat="60.1770000" lon="24.9470000"/>
  <node id="9" lat="60.1780000" lon="24.9480000"><tag k="amenity" v="bench"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/>
    <tag k="highway" v="residential"/><tag k="oneway" v="yes"/>
    <tag k="maxspeed" v="30"/><tag k="name" v="Alpha"/></way>
  <way id="11"><nd ref="3"/><nd ref="4"/>
    <tag k="highway" v="primary_link"/><tag k="oneway" v="-1"/><tag k="maxspeed" v="30 mph"/></way>
  <way id="12"><nd ref="4"/><nd ref="5"/><nd ref="6"/><nd ref="4"/>
    <tag k="highway" v="tertiary"/><tag k="junction" v="roundabout"/>
    <tag k="maxspeed" v="FI:urban"/></way>
  <way id="13"><nd ref="6"/><nd ref="7"/>
    <tag k="highway" v="motorway"/><tag k="maxspeed" v="100"/><tag k="name" v="Motorway A"/></way>
  <way id="14"><nd ref="7"/><nd ref="8"/>
    <tag k="highway" v="motorway"/><tag k="oneway" v="no"/></way>
  <way id="15"><nd ref="1"/><nd ref="2"/><nd ref="8"/><nd ref="1"/>
    <tag k="building" v="yes"/></way>
  <way id="16"><nd ref="2"/><nd ref="8"/><tag k="highway" v="construction"/></way>
  <way id="17"><nd ref="2"/><nd ref="5"/>
    <tag k="highway" v="footway"/><tag k="name" v="Alpha"/></way>
  <way id="18"><nd ref="1"/><nd ref="5"/><nd ref="9"/><nd ref="1"/>
    <tag k="highway" v="pedestrian"/><tag k="area" v="yes"/></way>
  <way id="19"><nd ref="5"/><nd ref="99"/><tag k="highway" v="residential"/></way>
  <way id="20"><nd ref="1"/><nd ref="2"/><nd ref="98"/><nd ref="3"/><nd ref="5"/>
    <tag k="highway" v="service"/></way>
</osm>
"""


def _cls(name: str) -> int:
    return ROAD_CLASSES.index(name)


@pytest.fixture(params=["plain", "gz", "bz2"])
def tiny_osm(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    data = TINY_OSM.encode()
    if request.param == "gz":
        path = tmp_path / "tiny.osm.gz"
        path.write_bytes(gzip.compress(data))
    elif request.param == "bz2":
        path = tmp_path / "tiny.osm.bz2"
        path.write_bytes(bz2.compress(data))
    else:
        path = tmp_path / "tiny.osm"
        path.write_bytes(data)
    return path


def test_tiny_extract_gives_exact_arrays(tiny_osm: Path) -> None:
    layer = import_osm(tiny_osm)
    assert layer.node_ids.tolist() == [1, 2, 3, 4, 5, 6, 7, 8]
    # OSM keeps 7 decimals, so the coordinates come back exactly as written.
    assert layer.nodes_lat.tolist() == [
        60.17,
        60.171,
        60.172,
        60.173,
        60.174,
        60.175,
        60.176,
        60.177,
    ]
    assert layer.nodes_lon.tolist() == [
        24.94,
        24.941,
        24.942,
        24.943,
        24.944,
        24.945,
        24.946,
        24.947,
    ]
    # way 20 lost node 98 to the extract boundary: it is split, not bridged.
    assert layer.way_ids.tolist() == [10, 11, 12, 13, 14, 17, 20, 20]
    assert layer.way_offsets.tolist() == [0, 3, 5, 9, 11, 13, 15, 17, 19]
    assert layer.way_nodes.tolist() == [0, 1, 2, 2, 3, 3, 4, 5, 3, 5, 6, 6, 7, 1, 4, 0, 1, 2, 4]
    assert layer.way_class.tolist() == [
        _cls("residential"), _cls("primary"), _cls("tertiary"), _cls("motorway"),
        _cls("motorway"), _cls("path"), _cls("service"), _cls("service"),
    ]  # fmt: skip
    assert layer.way_oneway.tolist() == [1, -1, 1, 1, 0, 0, 0, 0]
    np.testing.assert_array_equal(
        layer.way_maxspeed_kmh,
        np.array([30, 30 * 1.609344, np.nan, 100, np.nan, np.nan, np.nan, np.nan], np.float32),
    )
    assert layer.names.tolist() == ["Alpha", "Motorway A"]
    assert layer.way_name_idx.tolist() == [0, -1, -1, 1, -1, 0, -1, -1]
    assert layer.meta.source == tiny_osm.name
    assert layer.bbox() == (60.17, 24.94, 60.177, 24.947)
    assert layer.meta.attribution == "© OpenStreetMap contributors"
    assert layer.way_node_indices(0).dtype == np.int32


def test_progress_rises_from_zero_to_one(tmp_path: Path) -> None:
    path = tmp_path / "tiny.osm"
    path.write_text(TINY_OSM, encoding="utf-8")
    seen: list[float] = []
    import_osm(path, seen.append)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(0.0 <= f <= 1.0 for f in seen)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("50", 50.0),
        ("7.5", 7.5),
        ("30 mph", 30 * 1.609344),
        ("20mph", 20 * 1.609344),
        ("60 km/h", 60.0),
        ("10 knots", 18.52),
        ("FI:urban", math.nan),
        ("none", math.nan),
        ("walk", math.nan),
        ("50;30", math.nan),
        ("", math.nan),
        (None, math.nan),
    ],
)
def test_parse_maxspeed(value: str | None, expected: float) -> None:
    result = parse_maxspeed(value)
    if math.isnan(expected):
        assert math.isnan(result)
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    ("tags", "highway", "expected"),
    [
        ({"oneway": "yes"}, "residential", 1),
        ({"oneway": "1"}, "residential", 1),
        ({"oneway": "true"}, "residential", 1),
        ({"oneway": "-1"}, "residential", -1),
        ({"oneway": "reverse"}, "residential", -1),
        ({"oneway": "no"}, "motorway", 0),
        ({"oneway": "reversible"}, "primary", 0),
        ({}, "residential", 0),
        ({}, "motorway", 1),
        ({}, "motorway_link", 1),
        ({"junction": "roundabout"}, "tertiary", 1),
        ({"junction": "circular"}, "tertiary", 1),
        ({"junction": "roundabout", "oneway": "no"}, "tertiary", 0),
    ],
)
def test_parse_oneway(tags: dict[str, str], highway: str, expected: int) -> None:
    assert parse_oneway(tags, highway) == expected


def test_missing_file_is_an_import_error(tmp_path: Path) -> None:
    with pytest.raises(OsmImportError, match="no such file"):
        import_osm(tmp_path / "absent.osm.pbf")


def test_empty_file_is_an_import_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.osm.pbf"
    path.write_bytes(b"")
    with pytest.raises(OsmImportError, match="empty"):
        import_osm(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("corrupt.osm.pbf", b"\x00\x00\x00\x0d garbage that is not a PBF blob" * 20),
        ("corrupt.osm", b"<osm><node id='1' lat='x' lon=</osm>"),
        ("corrupt.osm.gz", b"not gzip at all"),
    ],
)
def test_corrupt_file_is_an_import_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(OsmImportError, match=name.replace(".", r"\.")):
        import_osm(path)


def test_file_without_roads_is_an_import_error(tmp_path: Path) -> None:
    path = tmp_path / "noroads.osm"
    path.write_text(
        '<osm version="0.6"><node id="1" lat="1" lon="1"/><node id="2" lat="1.1" lon="1"/>'
        '<way id="3"><nd ref="1"/><nd ref="2"/><tag k="waterway" v="river"/></way></osm>',
        encoding="utf-8",
    )
    with pytest.raises(OsmImportError, match="no roads"):
        import_osm(path)


def test_monaco_extract(samples_dir: Path) -> None:
    layer = import_osm(samples_dir / "roads" / "monaco.osm.pbf")
    assert 2000 < layer.way_count < 4000
    assert 10_000 < layer.node_count < 60_000
    min_lat, min_lon, max_lat, max_lon = layer.bbox()
    assert 43.6 < min_lat < max_lat < 43.8
    assert 7.3 < min_lon < max_lon < 7.6
    lat, lon = layer.center()
    assert lat == pytest.approx(43.74, abs=0.05)
    assert lon == pytest.approx(7.42, abs=0.08)
    names = set(layer.names.tolist())
    assert {"Boulevard Albert 1er", "Avenue Princesse Grace"} <= names
    present = {ROAD_CLASSES[c] for c in np.unique(layer.way_class)}
    assert {"motorway", "primary", "residential", "path"} <= present
    assert (layer.way_oneway == 1).sum() > 100
    speeds = layer.way_maxspeed_kmh[~np.isnan(layer.way_maxspeed_kmh)]
    assert speeds.size > 50 and set(np.unique(speeds)) <= {20, 30, 50, 70, 90, 110, 130}
    # Every way is drawable: at least two nodes and indices inside the node arrays.
    assert np.all(np.diff(layer.way_offsets) >= 2)
    assert layer.way_nodes.max() < layer.node_count
