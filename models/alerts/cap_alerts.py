"""What a CAP message says, as alert fields: area, point, severity, title, suggested type.

Contract (pure functions over ``CapAlert.to_dict()`` dicts; never raise on
a decoded message):

- ``is_exercise(message)``: status Exercise, Test, System or Draft: never
  shown as real.
- ``cap_area(message) -> {"polygons": [[[lat, lon], ...]], "circles":
  [[lat, lon, radius_m]]} | None``: every polygon and circle of every info's
  areas, each once (CAP circles are in km; the alert vocabulary's in m).
  None when the message has neither (geocode-only areas).
- ``area_point(area) -> (lat, lon) | None``: the centroid of the polygons
  (their union, area-weighted), else the mean centre of the circles.
- ``cap_severity``, ``cap_title`` from the first info.
- ``suggested_type(message, known_types=None)``: a deliberately small
  mapping from CAP events and categories to incident type codes; None when
  unsure (a CAP ``Fire`` category alone may be a wildfire: no guess). With
  ``known_types``, a code the catalogue lacks becomes None.
- ``cap_summary(message)``: the ``cap`` field of ``alert.raised``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import shapely

from models.sensors.config import SEVERITIES
from radio.codecs.cap_language import choose_info

__all__ = [
    "EXERCISE_STATUSES",
    "area_point",
    "cap_area",
    "cap_severity",
    "cap_summary",
    "cap_title",
    "is_exercise",
    "suggested_type",
]

EXERCISE_STATUSES = frozenset({"exercise", "test", "system", "draft"})

# (words in the event text, incident type). First match wins; order from the
# most specific. Only events whose response is unambiguous are mapped.
_EVENT_TYPES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("fire alarm",), "alarm-fire-automatic"),
    (("vehicle fire", "car fire"), "vehicle-fire"),
    (("structure fire", "building fire", "house fire"), "structure-fire"),
    (
        ("hazmat", "hazardous material", "chemical release", "chemical spill", "gas leak"),
        "hazmat-leak",
    ),
    (("child abduction", "amber alert", "missing person", "missing child"), "missing-person"),
    (("civil disturbance", "civil unrest", "riot"), "public-disorder"),
    (("man overboard", "person in water"), "person-in-water"),
)
_CATEGORY_TYPES = {"cbrne": "hazmat-leak"}


def _infos(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    infos = message.get("infos")
    return [i for i in infos if isinstance(i, Mapping)] if isinstance(infos, list) else []


def _shown(message: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The info block in the operator's language (``radio.codecs.cap_language``), else the first."""
    return choose_info(_infos(message))


def is_exercise(message: Mapping[str, Any]) -> bool:
    return str(message.get("status", "")).strip().lower() in EXERCISE_STATUSES


def cap_area(message: Mapping[str, Any]) -> dict[str, Any] | None:
    polygons: list[list[list[float]]] = []
    circles: list[list[float]] = []
    seen: set[Any] = set()
    for info in _infos(message):
        for area in info.get("areas") or ():
            if not isinstance(area, Mapping):
                continue
            for polygon in area.get("polygons") or ():
                ring = [[float(lat), float(lon)] for lat, lon in polygon]
                key = ("p", tuple(map(tuple, ring)))
                if len(ring) >= 3 and key not in seen:
                    seen.add(key)
                    polygons.append(ring)
            for lat, lon, radius_km in area.get("circles") or ():
                circle = [float(lat), float(lon), float(radius_km) * 1000.0]
                key = ("c", tuple(circle))
                if key not in seen:
                    seen.add(key)
                    circles.append(circle)
    if not polygons and not circles:
        return None
    return {"polygons": polygons, "circles": circles}


def area_point(area: Mapping[str, Any] | None) -> tuple[float, float] | None:
    if not area:
        return None
    polygons = area.get("polygons") or []
    if polygons:
        shapes = [shapely.Polygon([(lon, lat) for lat, lon in ring]) for ring in polygons]
        # buffer(0) mends a self-touching ring a sender drew by hand.
        union = shapely.union_all([s if s.is_valid else s.buffer(0) for s in shapes])
        if not union.is_empty:
            centre = union.centroid
            return float(centre.y), float(centre.x)
    circles = area.get("circles") or []
    if circles:
        return (
            sum(c[0] for c in circles) / len(circles),
            sum(c[1] for c in circles) / len(circles),
        )
    return None


def cap_severity(message: Mapping[str, Any]) -> str:
    info = _shown(message)
    value = str(info.get("severity", "")).strip().lower() if info else ""
    return value if value in SEVERITIES else "unknown"


def cap_title(message: Mapping[str, Any]) -> str:
    info = _shown(message)
    if info:
        for key in ("headline", "event"):
            text = info.get(key)
            if isinstance(text, str) and text.strip():
                return " ".join(text.split())
    return f"CAP {message.get('identifier', '')}".strip()


def suggested_type(
    message: Mapping[str, Any], known_types: Collection[str] | None = None
) -> str | None:
    code = _suggest(message)
    if code is not None and known_types is not None and code not in known_types:
        return None
    return code


def _suggest(message: Mapping[str, Any]) -> str | None:
    infos = _infos(message)
    if not infos:
        return None
    first = infos[0]
    text = " ".join(str(first.get(key) or "") for key in ("event", "headline")).lower()
    for words, code in _EVENT_TYPES:
        if any(word in text for word in words):
            return code
    for category in first.get("categories") or ():
        code = _CATEGORY_TYPES.get(str(category).lower())
        if code is not None:
            return code
    return None


def cap_summary(message: Mapping[str, Any]) -> dict[str, Any]:
    info = _shown(message)
    return {
        "identifier": message.get("identifier"),
        "sender": message.get("sender"),
        "sent": message.get("sent"),
        "msg_type": message.get("msg_type"),
        "event": info.get("event") if info else None,
    }
