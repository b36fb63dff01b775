"""Catalogue names in the console's language: unit types and incident types.

Contract:
- :func:`unit_type_label` gives a unit type's short name as the board, tiles
  and recommendation show it: the code ("engine", "ALS ambulance") in
  English, the translator's word for it in other languages (context
  ``UnitType``, one entry per code of ``resources/catalogue/unit_types.toml``
  and the shipped sites' catalogues).
- :func:`incident_type_label` gives an incident type's name (the catalogue's
  English ``name``, "Structure fire") in the console's language (context
  ``IncidentType``).
- A code or name the translations do not know (a site's own type) is shown as
  the catalogue has it: nothing is ever hidden for want of a translation.
- :func:`set_catalogue_names` takes names a site gives in its own TOML for the
  console's language (``name_he = "…"``: unit type code -> name, incident
  type English name -> name); they come before the translations. Set once on
  the GUI thread when the site is loaded; ``set_catalogue_names()`` clears.

The entries are extracted from the catalogue TOML by
``python -m resources.translations.update`` (``catalogue_messages``), so a
type added to the shipped catalogue comes back unfinished for translators.
Pure look-ups through ``QCoreApplication.translate``: GUI thread or not, no
state here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

__all__ = ["incident_type_label", "set_catalogue_names", "unit_type_label"]

_SITE_NAMES: dict[str, dict[str, str]] = {"UnitType": {}, "IncidentType": {}}


def set_catalogue_names(
    unit_types: Mapping[str, str] | None = None, incident_types: Mapping[str, str] | None = None
) -> None:
    """A site's own names in the console's language (before any translation)."""
    _SITE_NAMES["UnitType"] = dict(unit_types or {})
    _SITE_NAMES["IncidentType"] = dict(incident_types or {})


def unit_type_label(code: str) -> str:
    """The unit type ``code`` as shown (the code itself in English)."""
    if not code:
        return ""
    return _SITE_NAMES["UnitType"].get(code) or QCoreApplication.translate("UnitType", code)


def incident_type_label(name: str) -> str:
    """The incident type called ``name`` in the catalogue, as shown."""
    if not name:
        return ""
    own = _SITE_NAMES["IncidentType"].get(name)
    return own or QCoreApplication.translate("IncidentType", name)
