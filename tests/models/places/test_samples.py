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


@pytest.mark.parametrize("language", [None, "he", "ar", "fr"])
def test_a_result_is_never_labelled_in_an_unrelated_language(
    jerusalem: PlacesIndex, language: str | None
) -> None:
    # "Jaffa" matches only the German compound "Jaffastraße" (split at its type word): the
    # label is the console's language where the data has it, else the local name
    found = jerusalem.search("Jaffa", language=language)[0]
    assert found.kind == "street" and found.label == "יפו"
    assert jerusalem.search("Jaffa", language="en")[0].label == "Yafo"
    # a name variant typed as it is written labels its result
    assert jerusalem.search("Jaffastraße", language="he")[0].label == "Jaffastraße"
    assert jerusalem.search("Yafo", language="he")[0].label == "Yafo"


def test_reverse_names_the_street_in_the_console_language(jerusalem: PlacesIndex) -> None:
    local = jerusalem.reverse(31.7825, 35.2200)
    english = jerusalem.reverse(31.7825, 35.2200, "en")
    arabic = jerusalem.reverse(31.7825, 35.2200, "ar")
    assert local is not None and english is not None and arabic is not None
    assert (local.lat, local.lon) == (english.lat, english.lon) == (arabic.lat, arabic.lon)
    assert local.street == "הרב קוק" and english.street == "HaRav Kuk"
    assert arabic.label == f"{arabic.street} {local.housenumber}" and arabic.street != local.street
    assert jerusalem.reverse(31.7825, 35.2200, "cs") == local  # no Czech names: the local one


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ביפו", "יפו"),
        ("ברחוב יפו", "יפו"),
        ("בנביאים", "הנביאים"),
        ("מהנביאים", "הנביאים"),
        ("נביאים", "הנביאים"),
        ("ולאברבאנל", "אברבאנל"),
        ("طريق خليل", "طريق الخليل"),
        ("بطريق الخليل", "طريق الخليل"),
    ],
)
def test_hebrew_prefixes_and_the_arabic_article_are_optional(
    jerusalem: PlacesIndex, text: str, label: str
) -> None:
    found = jerusalem.search(text, language="he")[0]
    assert (found.kind, found.label, found.match) == ("street", label, "exact")


def test_a_prefixed_address_keeps_its_number(jerusalem: PlacesIndex) -> None:
    plain = jerusalem.search("בצלאל 10")[0]
    for text in ("ברחוב בצלאל 10", "בבצלאל 10", "לבצלאל 10"):
        found = jerusalem.search(text)[0]
        assert (found.kind, found.housenumber, found.match) == ("address", "10", "exact"), text
        assert (found.lat, found.lon) == (plain.lat, plain.lon)


@pytest.mark.parametrize(
    "word", ["hospital", "בית חולים", "בית החולים", "مستشفى", "hôpital", "nemocnice", "болница"]
)
def test_kind_words_in_every_language_find_the_hospitals(jerusalem: PlacesIndex, word: str):
    found = jerusalem.search(word, limit=5)
    assert found and all(p.category == "hospital" for p in found[:3]), found[:3]


@pytest.mark.parametrize("word", ["police", "commissariat", "policie", "полиција", "شرطة"])
def test_kind_words_find_the_police(monaco: PlacesIndex, word: str) -> None:
    assert monaco.search(word)[0].category == "police"


@pytest.mark.parametrize(
    "text", ["bd des moulins", "bd. des Moulins", "boulevard des moulins", "des moulins"]
)
def test_french_type_words_abbreviated_or_left_out(monaco: PlacesIndex, text: str) -> None:
    assert monaco.search(text)[0].label == "Boulevard des Moulins"
