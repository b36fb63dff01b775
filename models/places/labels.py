"""How an address reads: "Mariankatu 12" or "12 Rue Grimaldi".

Contract: ``address_label(street, number)`` puts the number after the street
name, as most of Europe and the Middle East write it, or before it when the
name starts with a French-style street-type word (rue, avenue, boulevard,
...) or ends with an English one (street, road, ...).

``name_key(language)`` is the OpenStreetMap key of a console language's
names: ``"he"`` -> ``"name:he"``, ``"sr_Latn"`` -> ``"name:sr-Latn"``;
``None`` (no language: the local ``name``) for ``None`` or an empty code.
"""

from __future__ import annotations

from models.places.normalise import fold

_NUMBER_FIRST_START = frozenset(
    {"rue", "avenue", "boulevard", "bd", "place", "chemin", "impasse", "quai", "allee", "route",
     "montee", "square", "esplanade", "passage", "traverse", "escalier", "descente", "via"}
)  # fmt: skip
_NUMBER_FIRST_END = frozenset(
    {"street", "road", "avenue", "lane", "drive", "way", "st", "rd", "ave", "boulevard", "court"}
)


def address_label(street: str, number: str) -> str:
    words = fold(street).split()
    if words and (words[0] in _NUMBER_FIRST_START or words[-1] in _NUMBER_FIRST_END):
        return f"{number} {street}"
    return f"{street} {number}"


def name_key(language: str | None) -> str | None:
    if not language or not isinstance(language, str):
        return None
    return "name:" + language.strip().replace("_", "-")
