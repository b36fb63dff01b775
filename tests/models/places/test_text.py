"""Folding, query parsing, coordinates and the typo budget: the pure parts of the engine."""

from __future__ import annotations

import pytest

from models.places.coordinates import parse_coordinates
from models.places.matcher import edit_budget, score_name
from models.places.normalise import fold, split_type_suffix
from models.places.query import parse


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Mariankatu", "mariankatu"),
        ("Národní třída", "narodni trida"),
        ("Straße", "strasse"),
        ("Søndre Ålesund", "sondre alesund"),
        ("יְרוּשָׁלַיִם", "ירושלימ"),
        ("שָׁלוֹם", "שלומ"),
        ("أَحْمَد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("شـــارع", "شارع"),
        ("١٢٣", "123"),
        ("۴۵", "45"),
        ("\u200fRue\u200e  de-la  Paix!", "rue de la paix"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_compound_street_types_split() -> None:
    assert split_type_suffix("mariankatu") == ("marian", "katu")
    assert split_type_suffix("hauptstrasse") == ("haupt", "strasse")
    assert split_type_suffix("katu") is None


@pytest.mark.parametrize(
    ("text", "words", "number"),
    [
        ("Mariankatu 12", ("mariankatu",), "12"),
        ("12 Mariankatu", ("mariankatu",), "12"),
        ("Mariankatu 12 B", ("mariankatu",), "12 B"),
        ("Rue Grimaldi 15-17", ("rue", "grimaldi"), "15-17"),
        ("הרצל 12א", ("הרצל",), "12א"),
        ("Národní 670/31", ("narodni",), "670/31"),
        ("Hauptstr. 5", ("hauptstrasse",), "5"),
        ("Route 66", ("route",), "66"),
        ("12", ("12",), None),
    ],
)
def test_house_numbers_before_or_after(text: str, words: tuple, number: str | None) -> None:
    query = parse(text)
    assert query.words == words
    assert (query.housenumber.text if query.housenumber else None) == number


def test_range_and_suffix_keys_fall_back_to_the_number() -> None:
    assert parse("Grimaldi 15-17").housenumber.keys == ("15-17", "15", "17")
    assert parse("Mariankatu 12 B").housenumber.keys == ("12b", "12")


@pytest.mark.parametrize("text", ["A & B", "A / B", "A and B", "A x B", "A + B", "A ja B"])
def test_corner_separators(text: str) -> None:
    query = parse(text)
    assert query.corner is not None
    assert (query.corner[0].words, query.corner[1].words) == (("a",), ("b",))


def test_as_you_type_prefix_only_while_typing() -> None:
    assert parse("marian").prefix and not parse("marian ").prefix


@pytest.mark.parametrize(
    ("text", "lat", "lon", "warned"),
    [
        ("60.1745,24.9460", 60.1745, 24.946, False),
        ("60.1745 24.9460", 60.1745, 24.946, False),
        ("60,1745 24,9460", 60.1745, 24.946, False),
        ("N60.1745 E24.946", 60.1745, 24.946, False),
        ("60°10'28.2\"N 24°56'45.6\"E", 60.1745, 24.946, False),
        ("60 10.47 N 24 56.76 E", 60.1745, 24.946, False),
        ("24.946E 60.1745N", 60.1745, 24.946, False),
        ("-33.8688, 151.2093", -33.8688, 151.2093, False),
        ("33.8688S 151.2093E", -33.8688, 151.2093, False),
        ("151.2093, -33.8688", -33.8688, 151.2093, True),
    ],
)
def test_coordinates(text: str, lat: float, lon: float, warned: bool) -> None:
    coords = parse_coordinates(text)
    assert coords is not None
    assert coords.lat == pytest.approx(lat, abs=1e-4) and coords.lon == pytest.approx(lon, abs=1e-4)
    assert (coords.warning is not None) == warned


def test_swapped_order_is_read_by_the_site_box_with_a_warning() -> None:
    coords = parse_coordinates("24.946, 60.1745", (60.16, 24.93, 60.18, 24.96))
    assert (coords.lat, coords.lon) == (60.1745, 24.946) and "swapped" in coords.warning


@pytest.mark.parametrize("text", ["Mariankatu 12", "12 15", "12", "hello", "95.1, 200.2", ""])
def test_not_coordinates(text: str) -> None:
    assert parse_coordinates(text) is None


def test_budget_by_the_indexed_word_length() -> None:
    assert [edit_budget("x" * n) for n in (2, 3, 4, 7, 8, 12)] == [0, 0, 1, 1, 2, 2]
    assert score_name(("marainkatu",), ["mariankatu"], False).quality == "fuzzy"  # swap: 1 edit
    assert score_name(("mxrixnkatu",), ["mariankatu"], False) is not None  # 2 edits in 10 letters
    assert score_name(("lxnd",), ["lund"], False) is not None
    assert score_name(("fxo",), ["foo"], False) is None  # short words are never fuzzy
    assert score_name(("lxnx",), ["lund"], False) is None


def test_one_short_word_may_miss_in_a_long_name() -> None:
    match = score_name(("rue", "paix"), ["rue", "de", "la", "paix"], False)
    assert match is not None and match.quality == "exact"  # particles are optional
    assert score_name(("pierre", "marie", "curie"), ["pierre", "et", "marie", "curie"], False)
    assert score_name(("ben", "yehuda", "xyz"), ["ben", "yehuda"], False) is not None
