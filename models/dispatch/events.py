"""Event kinds and payloads of dispatch actions: the one vocabulary that the
console appends, the projections record and replay reads.

Contract: every operator action is one event with ``source =
"operator:<name>"`` and one of the kinds below; payloads are plain JSON
objects with exactly the keys listed (``None`` allowed where marked
optional). Each payload states the resulting state explicitly (e.g. the new
status and the previous one) so that consumers never re-derive it.

- ``incident.created``: incident_id (str, e.g. "2026-000123"), type (catalogue
  code), priority (int, 1 = highest), lat, lon, location (text or None: what
  the dispatcher typed, or the call's civic address; never a lookup's
  answer), call_id (or None). Optional (absent in stores written before
  places; readers treat absence as "not recorded"): ``place`` (the place the
  position was verified to, a ``place_payload`` object, or None), ``verified``
  (bool: a place confirmed the position), ``override`` (bool: the dispatcher
  forced an unverified point, e.g. picked on the map), ``reverse`` (the
  position's name as the dispatcher saw it, a ``place_payload`` object of kind
  ``reverse``, or None).
- ``incident.location``: incident_id, lat, lon, location, place, verified,
  override, reverse (as above): the incident's location in force from now on
  (the dispatcher verified or replaced it); ``previous`` {lat, lon, location}
  says what it replaced. Nothing earlier is rewritten: the log keeps both.
- ``incident.note``: incident_id, text.
- ``incident.closed``: incident_id, disposition (text).
- ``unit.assigned``: unit, incident_id, eta_s (or None), route_m (or None),
  recommended (bool: the dispatcher took the console's recommendation),
  reason (text or None).
- ``unit.status``: unit, status (a ``UnitStatus`` value), previous, incident_id
  (or None: the incident the unit is committed to after the change).

A ``place_payload`` object: label, kind (a search result's kind, or
``reverse``), lat, lon (the named point), distance_m (from the incident's
position to that point), match and score (how sure), locality, place_id,
build_id (the places-index build that resolved it) — every key but label and
kind may be None.
"""

from __future__ import annotations

from typing import Any

INCIDENT_CREATED = "incident.created"
INCIDENT_NOTE = "incident.note"
INCIDENT_CLOSED = "incident.closed"
UNIT_ASSIGNED = "unit.assigned"
UNIT_STATUS = "unit.status"
INCIDENT_LOCATION = "incident.location"

DISPATCH_KINDS = (
    INCIDENT_CREATED,
    INCIDENT_NOTE,
    INCIDENT_CLOSED,
    UNIT_ASSIGNED,
    UNIT_STATUS,
    INCIDENT_LOCATION,
)

PLACE_KEYS = (
    "label",
    "kind",
    "lat",
    "lon",
    "distance_m",
    "match",
    "score",
    "locality",
    "place_id",
    "build_id",
)


def place_payload(
    place: Any, *, distance_m: float | None, build_id: str | None, kind: str | None = None
) -> dict[str, Any]:
    """The event object of a search result (``models.places.types.Place``) or a
    reverse name (``ReverseName``, kind ``reverse``)."""

    def get(name: str) -> Any:
        return getattr(place, name, None)

    score = get("score")
    return {
        "label": str(place.label),
        "kind": kind or str(get("kind") or "reverse"),
        "lat": float(place.lat),
        "lon": float(place.lon),
        "distance_m": None if distance_m is None else round(float(distance_m), 1),
        "match": get("match"),
        "score": None if score is None else round(float(score), 3),
        "locality": get("locality"),
        "place_id": get("place_id") or None,
        "build_id": build_id,
    }


def operator_source(operator: str) -> str:
    return f"operator:{operator}"
