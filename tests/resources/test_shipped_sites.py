"""Every site shipped under resources/sites loads, matches its extract and can dispatch.

A newcomer runs these sites first (``--site NAME``), so each must load without
a warning, carry its attribution, hold a road layer that is exactly what
``import-osm`` makes from the extract shipped beside it, ship a places index
of the current format built from that extract, and have stations the
recommender can route from.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import resources
from console.config.site import load_site
from models.osm_import import import_osm
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE
from models.roads import RoadLayer

SITES_DIR = Path(resources.__file__).resolve().parent / "sites"
SHIPPED = sorted(p.name for p in SITES_DIR.iterdir() if (p / "site.toml").is_file())
_ROAD_ARRAYS = (
    "nodes_lat", "nodes_lon", "node_ids", "way_ids", "way_offsets", "way_nodes",
    "way_class", "way_oneway", "way_maxspeed_kmh", "way_name_idx", "names",
)  # fmt: skip


def test_the_demo_sites_are_shipped() -> None:
    assert {"helsinki", "jerusalem"} <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_site_loads_with_attribution_stations_and_units(name: str) -> None:
    folder = SITES_DIR / name
    site = load_site(folder)
    attribution = (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "© OpenStreetMap contributors" in attribution and "ODbL" in attribution
    assert {"fire", "medical", "police"} <= {s.discipline for s in site.stations}
    assert len(site.units) >= 6
    for station in site.stations:
        assert site.roads.contains(station.lat, station.lon), station.id


@pytest.mark.parametrize("name", SHIPPED)
def test_committed_roads_are_what_the_importer_makes(name: str) -> None:
    folder = SITES_DIR / name
    (extract,) = folder.glob("*.osm.pbf")
    committed = RoadLayer.load(folder / "roads.npz")
    fresh = import_osm(extract)
    for array in _ROAD_ARRAYS:
        a, b = getattr(committed, array), getattr(fresh, array)
        assert a.dtype == b.dtype, array
        message = f"{name}: {array} differs: rebuild with import-osm"
        np.testing.assert_array_equal(a, b, err_msg=message)
    assert committed.meta.source == fresh.meta.source == extract.name
    assert committed.meta.bbox == fresh.meta.bbox
    assert committed.meta.attribution == fresh.meta.attribution


@pytest.mark.parametrize("name", SHIPPED)
def test_each_site_ships_a_current_places_index_of_its_extract(name: str) -> None:
    folder = SITES_DIR / name
    site = load_site(folder)
    (extract,) = folder.glob("*.osm.pbf")
    assert site.places_file == folder / PLACES_FILE
    with PlacesIndex.open(site.places_file) as index:  # refuses an index of another format
        assert index.build_id.startswith(f"{extract.name}@")
        assert index.has_addresses


def test_jerusalem_is_found_in_hebrew_and_english_and_named_in_hebrew() -> None:
    with PlacesIndex.open(SITES_DIR / "jerusalem" / PLACES_FILE) as index:
        (corner,) = index.search("המלך ג'ורג' & יפו", limit=1)
        assert corner.kind == "intersection" and corner.score > 0.95
        english = index.search("king george & jaffa", limit=1)[0]
        assert (english.lat, english.lon) == (corner.lat, corner.lon)
        address = index.search("הלל 10", limit=1)[0]
        assert (address.kind, address.housenumber) == ("address", "10")
        named = index.reverse(address.lat, address.lon)
        assert named is not None and named.street == "הלל" and named.housenumber == "10"
