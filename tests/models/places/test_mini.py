"""The places engine end to end on a hand-written extract (data/mini.osm).

Czech (conscription numbers, diacritics), Hebrew (niqqud, final letters, a
street name shared by two towns), Arabic (harakat-free, hamza alef,
Arabic-Indic digits), an interpolation way, a house number without a street,
an ``addr:place`` address, corners, landmarks and a hydrant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from models.places.build import build_places
from models.places.index import PlacesIndex
from models.places.site_places import SitePlace
from models.places.types import PlacesIndexError

DATA = Path(__file__).parent / "data" / "mini.osm"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mini") / "places.sqlite"
    summary = build_places(DATA, out)
    assert summary.interpolated == 3  # 4, 6, 8 between 2 and 10
    assert summary.attached_to_nearest == 1
    assert summary.notes == []
    return out


@pytest.fixture()
def index(built: Path):
    with PlacesIndex.open(built) as opened:
        yield opened


def top(index: PlacesIndex, text: str, **kw):
    found = index.search(text, **kw)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text",
    ["Národní 670/31", "narodni 31", "NARODNI 670", "31 Národní", "národní třída 670/31"],
)
def test_czech_conscription_and_street_numbers(index: PlacesIndex, text: str) -> None:
    place = top(index, text)
    assert (place.kind, place.housenumber, place.match) == ("address", "670/31", "exact")
    assert place.label in ("Národní 670/31", "Národní třída 670/31")


def test_interpolated_numbers_lie_between_their_ends(index: PlacesIndex) -> None:
    two, six, ten = (top(index, f"Vodičkova {n}") for n in (2, 6, 10))
    assert six.kind == "address" and six.housenumber == "6"
    assert two.lat < six.lat < ten.lat
    assert abs(six.lat - (two.lat + ten.lat) / 2) < 1e-5


def test_the_same_street_name_in_two_towns_stays_two_results(index: PlacesIndex) -> None:
    found = index.search("הרצל 12")
    addresses = [p for p in found if p.kind == "address"]
    assert {p.locality for p in addresses} == {"Staré Město", "Betatown"}
    assert {p.label for p in addresses} == {"הרצל 12, Staré Město", "הרצל 12, Betatown"}
    # near the caller: the Betatown one first
    assert top(index, "herzl 12", near=(50.1, 14.1)).locality == "Betatown"
    assert top(index, "herzl 12", near=(50.0, 14.0)).locality == "Staré Město"


def test_a_house_number_alone_joins_the_nearest_street(index: PlacesIndex) -> None:
    place = top(index, "Herzl 7")
    assert (place.kind, place.locality, place.housenumber) == ("address", "Betatown", "7")
    # and never the same-named street of the other town
    assert not any(
        p.kind == "address" and p.locality == "Staré Město" for p in index.search("Herzl 7")
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("הרצל 12", "הרצל 12"),
        ("Herzl 12", "Herzl 12"),
        ("هرتسل 12", "هرتسل 12"),
        ("شارع صلاح الدين ٥", "شارع صلاح الدين 5"),
        ("صلاح الدين 5", "شارع صلاح الدين 5"),
        ("סלאח א-דין 5", "סלאח א-דין 5"),
        ("\u200fיפו 3א\u200f", "יָפוֹ 3א"),
        ("יָפוֹ 3א", "יָפוֹ 3א"),
        ("Dolní Lhota 15", "Dolní Lhota 15"),
    ],
)
def test_addresses_in_every_script(index: PlacesIndex, text: str, label: str) -> None:
    place = top(index, text)
    assert place.kind == "address"
    assert place.label.split(",")[0] == label


@pytest.mark.parametrize("text", ["الامير", "شارع الأمير", "الأمـير", "الأَمِير"])
def test_arabic_letter_variants_tatweel_and_harakat(index: PlacesIndex, text: str) -> None:
    place = top(index, text)
    assert (place.kind, place.label, place.match) == ("street", "شارع الأمير", "exact")


@pytest.mark.parametrize(
    "text",
    ["Vodičkova & Národní", "narodni / vodickova", "Vodickova x Narodni", "herzl and vodickova"],
)
def test_corners(index: PlacesIndex, text: str) -> None:
    place = top(index, text)
    assert place.kind == "intersection"
    assert place.locality == "Staré Město"


def test_typos_within_the_budget_only(index: PlacesIndex) -> None:
    swapped = top(index, "vodikcova")  # adjacent swap: one edit
    assert (swapped.label, swapped.match) == ("Vodičkova", "fuzzy")
    assert top(index, "narodny").label == "Národní"
    assert not index.search("xarodnx")  # two edits in a 7-letter word


def test_landmarks_by_name_and_by_kind(index: PlacesIndex) -> None:
    assert top(index, "herzl school").category == "school"
    assert top(index, "hospital").label == "Nemocnice Na Františku"
    assert top(index, "fire station").category == "fire_station"
    hydrants = index.landmarks((49.99, 13.99, 50.01, 14.01), ["fire_hydrant"])
    assert [h.category for h in hydrants] == ["fire_hydrant"]


def test_reverse_address_cross_street_and_nothing(index: PlacesIndex) -> None:
    at = index.reverse(50.0004, 14.0022)
    assert at is not None and (at.street, at.housenumber) == ("Vodičkova", "12")
    corner = index.reverse(50.0013, 14.0022)
    assert corner is not None and corner.housenumber is None
    assert corner.cross_street == "הרצל" and corner.label.startswith("Vodičkova near הרצל, ")
    assert index.reverse(10.0, 10.0) is None
    assert index.reverse(float("nan"), 14.0) is None


def test_street_lines_in_a_language_fall_back_to_name(index: PlacesIndex) -> None:
    names = {line.name for line in index.street_lines((49.99, 13.99, 50.01, 14.01), "en")}
    assert {"Herzl", "Jaffa", "Salah ad-Din Street", "Národní", "Vodičkova"} <= names


def test_site_places_rank_first(built: Path) -> None:
    places = [
        SitePlace("Národní gate", "gate", 50.0, 14.003),
        SitePlace("the clinic", "landmark", address="Vodičkova 12"),
    ]
    with PlacesIndex.open(built, site_places=places) as index:
        gate = top(index, "národní gate")
        assert (gate.kind, gate.category) == ("site", "gate")
        clinic = top(index, "the clinic")
        assert clinic.kind == "site"
        assert (clinic.lat, clinic.lon) == (50.0005, 14.0021)
        assert top(index, "narodni").kind == "street"  # an exact street beats a partial alias


def test_a_missing_or_foreign_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlacesIndexError, match="no places file"):
        PlacesIndex.open(tmp_path / "none.sqlite")
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    with pytest.raises(PlacesIndexError, match=r"foreign\.sqlite"):
        PlacesIndex.open(foreign)


def test_a_plain_number_finds_its_lettered_neighbour_with_a_warning(index: PlacesIndex) -> None:
    near = top(index, "יפו 3")
    assert (near.kind, near.housenumber, near.match) == ("address", "3א", "fuzzy")
    assert near.warning == "no number 3 here: 3א shown"
    assert top(index, "יפו 3א").match == "exact"
    missing = top(index, "Vodičkova 99")
    assert (missing.kind, missing.warning) == ("street", "no number 99 on this street")


@pytest.mark.parametrize("text", ["herzl 12, betatown", "herzl 12 Betatown", "Herzl 12, Bet"])
def test_a_named_town_verifies_only_there(index: PlacesIndex, text: str) -> None:
    found = index.search(text)
    assert (found[0].kind, found[0].locality, found[0].match) == ("address", "Betatown", "exact")
    elsewhere = [p for p in found if p.locality == "Staré Město"]
    assert elsewhere and all(p.match == "partial" for p in elsewhere)
    assert elsewhere[0].warning == "in Staré Město, not in Betatown"


def test_a_corner_in_another_town_is_not_verified(index: PlacesIndex) -> None:
    corner = top(index, "vodickova & herzl, betatown")
    assert (corner.kind, corner.match) == ("intersection", "partial")
    assert "not in Betatown" in corner.warning


def test_typed_coordinates_stay_as_typed_and_say_where_they_are(index: PlacesIndex) -> None:
    place = top(index, "50.0004, 14.0022")
    assert (place.kind, place.label, place.score) == ("coordinates", "50.000400, 14.002200", 1.0)
    assert (place.street, place.housenumber, place.locality) == ("Vodičkova", "12", "Staré Město")
    swapped = top(index, "14.0022 50.0004")
    assert (swapped.lat, swapped.lon) == (50.0004, 14.0022) and "swapped" in swapped.warning


@pytest.mark.parametrize(
    "text", ["Кнеза Милоша 5", "ул. Кнеза Милоша 5", "улица кнеза милоша 5", "ulica Kneza Miloša 5",
             "ul. kneza milosa 5", "5 Kneza Miloša"]
)  # fmt: skip
def test_serbian_in_both_scripts_with_type_words(index: PlacesIndex, text: str) -> None:
    place = top(index, text)
    assert (place.kind, place.housenumber, place.match) == ("address", "5", "exact")


def test_labels_and_reverse_follow_the_console_language(index: PlacesIndex) -> None:
    assert top(index, "kneza miloša 5", language="sr_Latn").label == "Kneza Miloša 5"
    assert top(index, "Кнеза Милоша 5", language="sr_Latn").label == "Кнеза Милоша 5"  # as typed
    assert top(index, "kneza miloša 5", language="sr").label == "Kneza Miloša 5"  # as typed
    at = index.reverse(50.0201, 14.0211, "sr_Latn")
    assert at is not None and at.label == "Kneza Miloša 5"
    assert index.reverse(50.0201, 14.0211).label == "Кнеза Милоша 5"
    names = {line.name for line in index.street_lines((50.01, 14.01, 50.03, 14.03), "sr_Latn")}
    assert names == {"Kneza Miloša"}


@pytest.mark.parametrize("word", ["policija", "полиција", "police", "policie", "משטרה", "شرطة"])
def test_a_kind_word_is_labelled_by_the_landmark_s_own_name(index: PlacesIndex, word: str):
    place = top(index, word)
    assert (place.category, place.label) == ("police", "Полицијска управа")
