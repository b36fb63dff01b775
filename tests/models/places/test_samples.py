"""The places engine on real extracts: central Jerusalem (Hebrew, Arabic, English; house numbers
without streets) and Monaco (French; one street name in two neighbourhoods)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.places.build import build_places
from models.places.index import PlacesIndex


@pytest.fixture(scope="module")
def jerusalem(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("jerusalem") / "places.sqlite"
    summary = build_places(samples_dir / "roads" / "jerusalem-centre.osm.pbf", out)
    # thousands of points carry only a house number: each joins its nearest named street
    assert summary.attached_to_nearest > 5000
    assert summary.addresses > 5400
    with PlacesIndex.open(out) as index:
        yield index


@pytest.fixture(scope="module")
def monaco(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("monaco") / "places.sqlite"
    build_places(samples_dir / "roads" / "monaco.osm.pbf", out)
    with PlacesIndex.open(out) as index:
        yield index


@pytest.mark.parametrize("text", ["בצלאל 10", "Bezalel 10", "بتسلئيل 10", "10 Bezalel", "בְּצַלְאֵל 10"])
def test_one_address_in_three_scripts(jerusalem: PlacesIndex, text: str) -> None:
    found = jerusalem.search(text)[0]
    reference = jerusalem.search("בצלאל 10")[0]
    assert (found.kind, found.match, found.housenumber) == ("address", "exact", "10")
    assert (found.lat, found.lon) == (reference.lat, reference.lon)
    assert found.locality  # a neighbourhood of the city


def test_hebrew_and_english_corners(jerusalem: PlacesIndex) -> None:
    hebrew = jerusalem.search("יפו & המלך ג׳ורג׳")[0]
    english = jerusalem.search("King George / Yafo")[0]
    assert hebrew.kind == english.kind == "intersection"
    assert abs(hebrew.lat - english.lat) < 0.001 and abs(hebrew.lon - english.lon) < 0.001


def test_typo_in_a_hebrew_name(jerusalem: PlacesIndex) -> None:
    found = jerusalem.search("הנביאימ")[0]  # final mem written as an open one
    assert found.label == "הנביאים" and found.match == "exact"
    assert jerusalem.search("הנבאים")[0].label == "הנביאים"  # one letter missing


def test_reverse_in_jerusalem_names_a_numbered_address(jerusalem: PlacesIndex) -> None:
    address = jerusalem.search("Agripas 10")[0]
    name = jerusalem.reverse(address.lat, address.lon + 0.00003)
    assert name is not None and name.housenumber is not None and name.distance_m <= 30


def test_one_name_in_two_neighbourhoods_stays_two(monaco: PlacesIndex) -> None:
    found = [p for p in monaco.search("rue grimaldi") if p.kind == "street"]
    assert len(found) >= 2
    assert len({p.locality for p in found}) >= 2
    assert all(p.label.startswith("Rue Grimaldi, ") for p in found)


@pytest.mark.parametrize(
    "text", ["196 avenue de verdun", "Av. de Verdun 196", "avenue de verdun 196"]
)
def test_french_number_first_and_abbreviations(monaco: PlacesIndex, text: str) -> None:
    found = monaco.search(text)[0]
    assert (found.kind, found.label) == ("address", "196 Avenue de Verdun")


def test_monaco_corner_and_reverse(monaco: PlacesIndex) -> None:
    corner = monaco.search("bd des moulins & av de la costa")[0]
    assert corner.label == "Boulevard des Moulins & Avenue de la Costa"
    name = monaco.reverse(corner.lat + 0.0002, corner.lon)
    assert name is not None and name.street in ("Boulevard des Moulins", "Avenue de la Costa")


def test_suburbs_are_places(monaco: PlacesIndex) -> None:
    found = monaco.search("fontvieille")[0]
    assert (found.kind, found.category) == ("landmark", "suburb")


def test_localities_come_from_the_areas_that_hold_them(jerusalem: PlacesIndex) -> None:
    # the Old City's quarters are drawn as polygons (admin level 10): a street inside one is
    # named by it, whatever place node lies nearer
    found = jerusalem.search("Via Dolorosa")
    assert found and found[0].locality == "Muslim Quarter"
    top = jerusalem.search("בצלאל 10, ירושלים")[0]
    assert (top.kind, top.match) == ("address", "exact")  # the town names every street
