"""Plain data about places that the console hands to widgets (no Qt, no ORM).

Contract: frozen, slotted dataclasses with plain values.

* ``PlaceNameView``: a place an event recorded (a verified search result or
  the reverse name of a position): label, kind, distance from the position,
  how sure, locality and the places-index build that resolved it.
* ``IncidentPlaceView``: an incident's location as the dispatcher must read
  it: what was typed (never replaced), the verified place, the reverse name,
  and whether the position is ``verified`` (None: not recorded, an incident
  from a store older than places) or a forced ``override``.
* ``PlacedIncidentView`` is an ``IncidentView`` with its ``place`` (widgets
  that do not know places read it as a plain ``IncidentView``).
* ``describe_place_name`` gives "Mariankatu 12" or "Mariankatu 12, 30 m".
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.views import IncidentView

__all__ = [
    "IncidentPlaceView",
    "PlaceNameView",
    "PlacedIncidentView",
    "describe_place_name",
    "incident_place",
]


@dataclass(frozen=True, slots=True)
class PlaceNameView:
    label: str
    kind: str  # "address", "street", "intersection", "landmark", "site", "place",
    # "coordinates" or "reverse"
    distance_m: float | None = None
    match: str | None = None  # "exact" | "fuzzy" | "partial"
    score: float | None = None
    locality: str | None = None
    build_id: str | None = None


@dataclass(frozen=True, slots=True)
class IncidentPlaceView:
    typed: str | None  # what the dispatcher typed (or the call's civic address)
    place: PlaceNameView | None  # the place the position was verified to
    reverse: PlaceNameView | None  # the position's nearest street, as the dispatcher saw it
    verified: bool | None  # None: not recorded
    override: bool = False  # a forced, unverified point (map pick, coordinates)

    @property
    def unverified(self) -> bool:
        return self.verified is False


@dataclass(frozen=True, slots=True)
class PlacedIncidentView(IncidentView):
    place: IncidentPlaceView | None = None


def incident_place(incident: IncidentView) -> IncidentPlaceView | None:
    return getattr(incident, "place", None)


def describe_place_name(name: PlaceNameView | None, *, with_distance: bool = True) -> str:
    """ "Mariankatu 12" or, when it lies some way from the position, "Mariankatu 12, 30 m"."""
    if name is None:
        return ""
    text = name.label
    # Reverse labels may carry their distance already ("Mariankatu near Liisankatu, 30 m").
    if with_distance and name.distance_m is not None and name.distance_m >= 1:
        if not text.endswith(" m"):
            text += f", {name.distance_m:.0f} m"
    return text
