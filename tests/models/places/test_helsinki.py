"""The shipped Helsinki site's places index: Finnish and Swedish names, addresses, corners, reverse.

Runs against the committed ``resources/sites/helsinki/places.sqlite`` (what a
plain install ships) and checks it is current: built by this code's format.
"""

from __future__ import annotations

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE


@pytest.fixture(scope="module")
def index():
    with PlacesIndex.open(DEFAULT_SITE_DIR / PLACES_FILE) as opened:
        yield opened


def test_the_site_exposes_its_places_file() -> None:
    site = load_site(DEFAULT_SITE_DIR)
    assert site.places_file == DEFAULT_SITE_DIR / PLACES_FILE
    assert site.places == ()


def test_the_shipped_index_names_its_build(index: PlacesIndex) -> None:
    assert index.build_id.startswith("Helsinki.osm.pbf@")
    assert index.has_addresses


def test_an_address_in_finnish_and_in_swedish(index: PlacesIndex) -> None:
    fi = index.search("Aleksanterinkatu 52")[0]
    sv = index.search("Alexandersgatan 52")[0]
    assert (fi.kind, fi.match, fi.housenumber) == ("address", "exact", "52")
    assert fi.label == "Aleksanterinkatu 52"
    assert sv.kind == "address" and sv.label == "Alexandersgatan 52"
    assert (sv.lat, sv.lon) == (fi.lat, fi.lon)
    assert fi.locality


def test_number_first_and_prefix_as_you_type(index: PlacesIndex) -> None:
    assert index.search("52 aleksanterinkatu")[0].label == "Aleksanterinkatu 52"
    typing = index.search("aleksanterink")
    assert typing[0].street == "Aleksanterinkatu" and typing[0].kind == "street"
    assert typing[0].match == "partial"


def test_a_corner(index: PlacesIndex) -> None:
    for text in ("Aleksanterinkatu & Mikonkatu", "mikonkatu / aleksanterinkatu"):
        top = index.search(text)[0]
        assert top.kind == "intersection", text
        assert set(top.label.split(" & ")) == {"Aleksanterinkatu", "Mikonkatu"}


def test_reverse_names_the_nearest_address(index: PlacesIndex) -> None:
    top = index.search("Aleksanterinkatu 52")[0]
    name = index.reverse(top.lat + 0.00005, top.lon)
    assert name is not None
    assert name.street == "Aleksanterinkatu" and name.housenumber == "52"
    assert 0 < name.distance_m < 30


def test_street_lines_in_swedish(index: PlacesIndex) -> None:
    lines = index.street_lines((60.164, 24.935, 60.180, 24.954), "sv")
    names = {line.name for line in lines}
    assert "Alexandersgatan" in names and "Aleksanterinkatu" not in names
    assert all(len(line.lat) == len(line.lon) >= 2 for line in lines)


def test_hydrants_for_the_map(index: PlacesIndex) -> None:
    hydrants = index.landmarks((60.164, 24.935, 60.180, 24.954), ["fire_hydrant"])
    assert len(hydrants) > 10
    assert {h.category for h in hydrants} == {"fire_hydrant"}


def test_the_end_of_a_compound_finds_it(index: PlacesIndex) -> None:
    found = index.search("esplanadi", limit=5)
    streets = {p.label for p in found if p.kind == "street"}
    assert {"Pohjoisesplanadi", "Eteläesplanadi"} <= streets
    assert all(p.match != "exact" for p in found)  # either esplanade: never verified alone
    address = index.search("esplanadi 33")[0]
    assert (address.kind, address.street, address.housenumber) == (
        "address",
        "Pohjoisesplanadi",
        "33",
    )
    assert address.match == "partial"


def test_a_swedish_compound_typed_in_part_is_labelled_in_swedish(index: PlacesIndex) -> None:
    # Swedish is one of the site's languages (most streets carry name:sv): the split
    # "alexanders gatan" is the name as typed, not an unrelated language
    found = index.search("alexanders ")[0]
    assert (found.label, found.match) == ("Alexandersgatan", "exact")
    assert index.search("aleksanterin ")[0].label == "Aleksanterinkatu"
