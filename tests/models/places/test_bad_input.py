"""Search never raises and always answers: hostile, huge, empty and mixed-script text."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.places.build import build_places
from models.places.index import PlacesIndex

DATA = Path(__file__).parent / "data" / "mini.osm"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("bad") / "places.sqlite"
    build_places(DATA, out)
    with PlacesIndex.open(out) as opened:
        yield opened


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\t\n",
        "x" * 10_000,
        "Vodičkova " * 1000,
        "\x00\x01\x02\x1b[31m",
        "\u200f\u200e",
        "\u202eVodičkova",
        "הרצל Vodičkova شارع 12",
        '"*^:()NEAR AND OR NOT',
        "a*",
        "*",
        "-",
        "12",
        "& & &",
        "/ /",
        "1/2/3/4",
        "Vodičkova 99999999999999999",
        "\ud800",
        "😀😀",
        "9" * 500,
        "NaN, inf",
        "91.0, 181.0",
        "--1.0, 2.0",
        "a" * 3 + " " + "b" * 3,
    ],
)
def test_never_raises_and_is_a_list(index: PlacesIndex, text: str) -> None:
    found = index.search(text)
    assert isinstance(found, list)
    assert all(0.0 <= p.score <= 1.0 and p.kind for p in found)


def test_whitespace_and_marks_find_nothing(index: PlacesIndex) -> None:
    assert index.search("   ") == []
    assert index.search("\u200f") == []


def test_control_characters_and_marks_do_not_hide_a_name(index: PlacesIndex) -> None:
    assert index.search("Vod\u200bičkova\x07 12")[0].label == "Vodičkova 12"


def test_non_text_queries_are_nothing_found(index: PlacesIndex) -> None:
    assert index.search(None) == []  # type: ignore[arg-type]
    assert index.search(12) == []  # type: ignore[arg-type]


def test_limits_are_clamped(index: PlacesIndex) -> None:
    assert len(index.search("v", limit=0)) <= 1
    assert len(index.search("v", limit=10**9)) <= 200


def test_reverse_of_nonsense_is_none(index: PlacesIndex) -> None:
    assert index.reverse(999.0, 14.0) is None
    assert index.reverse("50", "14") is None  # type: ignore[arg-type]
