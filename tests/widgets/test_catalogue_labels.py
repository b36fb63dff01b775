"""Catalogue names in the console's language.

The shipped catalogue's unit type codes and incident type names are read in
Hebrew, Arabic and Czech through the real translations (their entries come from
the TOML via resources/translations/update.py, so a new type without a
translation fails tests/resources/test_translations.py); English shows the
catalogue as it is, and a site's own type that no translation knows is shown
as the site wrote it.
"""

from __future__ import annotations

import tomllib
import unicodedata

import pytest
from PySide6.QtWidgets import QApplication

from models.dispatch.catalogue import DEFAULT_CATALOGUE_DIR
from widgets.catalogue_labels import incident_type_label, unit_type_label
from widgets.i18n import SOURCE_LANGUAGE, install_language

SCRIPT = {"he": "HEBREW", "ar": "ARABIC"}


def _catalogue() -> tuple[list[str], list[str]]:
    units = tomllib.loads((DEFAULT_CATALOGUE_DIR / "unit_types.toml").read_text("utf-8"))
    incidents = tomllib.loads((DEFAULT_CATALOGUE_DIR / "incident_types.toml").read_text("utf-8"))
    return list(units["unit_types"]), [t["name"] for t in incidents["incident_types"].values()]


@pytest.mark.parametrize("code", ["he", "ar", "cs"])
def test_every_shipped_type_reads_in_the_language(qapp: QApplication, code: str) -> None:
    unit_codes, incident_names = _catalogue()
    try:
        install_language(qapp, code)
        shown = [unit_type_label(c) for c in unit_codes] + [
            incident_type_label(n) for n in incident_names
        ]
        sources = unit_codes + incident_names
        if code in SCRIPT:
            for source, text in zip(sources, shown, strict=True):
                assert any(SCRIPT[code] in unicodedata.name(ch, "") for ch in text), (source, text)
        else:
            assert sum(a != b for a, b in zip(sources, shown, strict=True)) > len(sources) // 2
        assert unit_type_label("snow plough") == "snow plough"  # a site's own type
        assert incident_type_label("Flooded cellar") == "Flooded cellar"
    finally:
        install_language(qapp, SOURCE_LANGUAGE)


def test_english_shows_the_catalogue_as_it_is(qapp: QApplication) -> None:
    install_language(qapp, SOURCE_LANGUAGE)
    assert unit_type_label("ALS ambulance") == "ALS ambulance"
    assert incident_type_label("Structure fire") == "Structure fire"
    assert unit_type_label("") == "" and incident_type_label("") == ""


def test_a_sites_own_names_come_first(qapp: QApplication) -> None:
    from widgets.catalogue_labels import set_catalogue_names

    try:
        install_language(qapp, "he")
        set_catalogue_names({"engine": "רכב כיבוי עירוני"}, {"Structure fire": "שריפת מבנה"})
        assert unit_type_label("engine") == "רכב כיבוי עירוני"
        assert incident_type_label("Structure fire") == "שריפת מבנה"
        assert unit_type_label("ladder") != "ladder"  # the translation where the site is silent
    finally:
        set_catalogue_names()
        install_language(qapp, SOURCE_LANGUAGE)
    assert unit_type_label("engine") == "engine"
