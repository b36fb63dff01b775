"""Street names and landmarks for a site's map (console.reports.map_names): the places
index in the language asked for, the road layer's names without one, never a failure."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from console.config.site import load_site
from console.reports.map_names import read_map_names

JERUSALEM = Path(__file__).parents[3] / "resources" / "sites" / "jerusalem"
HEBREW = re.compile("[\u0590-\u05ff]")


def test_streets_in_the_language_asked_for_and_only_a_crews_landmarks() -> None:
    site = load_site(JERUSALEM)
    hebrew = read_map_names(site, "he")
    english = read_map_names(site, "en")
    assert len(hebrew.street_lines) == len(english.street_lines) > 100
    share_he = sum(bool(HEBREW.search(s.name)) for s in hebrew.street_lines) / len(
        hebrew.street_lines
    )
    share_en = sum(bool(HEBREW.search(s.name)) for s in english.street_lines) / len(
        english.street_lines
    )
    assert share_he > 0.9 and share_en < share_he - 0.3
    categories = {p.category for p in hebrew.landmarks}
    assert categories and categories <= {
        "hospital", "fire_station", "police", "school", "fire_hydrant", "clinic", "doctors",
        "pharmacy", "university", "ambulance_station", "townhall", "kindergarten", "college",
    }  # fmt: skip


def test_without_an_index_the_road_layers_names(tmp_path: Path) -> None:
    site = dataclasses.replace(load_site(JERUSALEM), places_file=None)
    names = read_map_names(site, "he")
    assert names.street_lines and not names.landmarks


def test_an_index_that_cannot_be_read_gives_the_road_names(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "places.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    site = dataclasses.replace(load_site(JERUSALEM), places_file=broken)
    names = read_map_names(site, "he")
    assert names.street_lines and not names.landmarks
    assert "street names not read" in caplog.text
