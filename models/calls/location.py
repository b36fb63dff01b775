"""Caller location objects: building, checking and reading the ``location`` JSON of call events.

Contract: a location is the plain dict described in ``models.calls.events``
(keys ``LOCATION_KEYS``, absent values as None; ``civic`` is a non-empty dict
of RFC 5139 element names or None). Everything here is pure and Qt/SQL-free.

- ``location_from_message(message)``: the location of a decoded
  ``CallerLocation.to_dict()``; None when it carries neither coordinates nor
  a civic address (an AML "no location" message).
- ``typed_location(lat, lon, address, source)``: a location the call-taker
  typed or clicked. The free text goes in ``civic["LOC"]`` (RFC 4776
  "additional location information"), so the one-liner shows it unchanged.
- ``check_location(value)``: a copy with every key present and types checked;
  raises ``LocationError`` with a sentence naming the key (a
  ``models.refusal.Refusal``: what a call-taker can type wrong, coordinates
  out of range or only one of them, is marked for translation).
- ``has_position``, ``has_content``: coordinates / anything usable.
- ``civic_one_line(civic)``: "12B Main St N, Suite 75, floor 3, Springfield,
  NY 10027" from RFC 5139 keys; None when nothing printable.
- ``number_key(number)``: the caller number reduced for matching (see there).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from models.calls.events import LOCATION_SOURCES
from models.refusal import QT_TRANSLATE_NOOP, Refusal

LOCATION_KEYS = (
    "source",
    "lat",
    "lon",
    "radius_m",
    "confidence",
    "shape",
    "time",
    "civic",
    "class_of_service",
    "method",
    "number",
)

#: How many trailing digits identify a caller: enough to tell subscribers
#: apart, few enough that "+44 7477 593102" and "07477593102" match.
MATCH_DIGITS = 9

_TEXT_KEYS = ("source", "shape", "time", "class_of_service", "method", "number")
_NUMBER_KEYS = ("lat", "lon", "radius_m", "confidence")


class LocationError(Refusal, ValueError):
    """A location object that breaks the contract; the message names the key."""


def _finite(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)


def location_from_message(message: Mapping[str, Any]) -> dict[str, Any] | None:
    """The location object of one decoded ``CallerLocation`` dict, or None if it has none."""
    civic = message.get("civic")
    location: dict[str, Any] = {key: message.get(key) for key in LOCATION_KEYS}
    location["civic"] = dict(civic) if isinstance(civic, Mapping) and civic else None
    for key in _NUMBER_KEYS:
        if not _finite(location[key]):
            location[key] = None
    if location["lat"] is None or location["lon"] is None:
        location["lat"] = location["lon"] = None
    return location if has_content(location) else None


def typed_location(
    lat: float | None, lon: float | None, address: str | None, source: str = "typed"
) -> dict[str, Any]:
    """A location the call-taker typed (``"typed"``) or clicked on the map (``"map"``)."""
    if source not in ("typed", "map"):
        raise LocationError(f"source must be 'typed' or 'map', got {source!r}")
    text = (address or "").strip()
    location = dict.fromkeys(LOCATION_KEYS)
    location.update(
        source=source,
        lat=lat,
        lon=lon,
        shape="Point" if lat is not None and lon is not None else None,
        civic={"LOC": text} if text else None,
    )
    return check_location(location)


def check_location(value: Any) -> dict[str, Any]:
    """A checked copy of a location object with every key present."""
    if not isinstance(value, Mapping):
        raise LocationError(f"a location must be an object, got {type(value).__name__}")
    location = {key: value.get(key) for key in LOCATION_KEYS}
    if location["source"] not in LOCATION_SOURCES:
        raise LocationError(
            f"source must be one of {', '.join(LOCATION_SOURCES)}, got {location['source']!r}"
        )
    for key in _TEXT_KEYS:
        if location[key] is not None and not isinstance(location[key], str):
            raise LocationError(f"{key} must be text or null, got {location[key]!r}")
    for key in _NUMBER_KEYS:
        if location[key] is not None and not _finite(location[key]):
            raise LocationError(f"{key} must be a finite number or null, got {location[key]!r}")
        if location[key] is not None:
            location[key] = float(location[key])
    lat, lon = location["lat"], location["lon"]
    if (lat is None) != (lon is None):
        raise LocationError(
            QT_TRANSLATE_NOOP("Refusal", "lat and lon go together: both or neither")
        )
    if lat is not None and not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise LocationError(
            QT_TRANSLATE_NOOP("Refusal", "lat/lon out of range: {lat}, {lon}"), lat=lat, lon=lon
        )
    if location["radius_m"] is not None and location["radius_m"] < 0:
        raise LocationError(f"radius_m must not be negative, got {location['radius_m']}")
    civic = location["civic"]
    if civic is not None:
        if not isinstance(civic, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in civic.items()
        ):
            raise LocationError("civic must be an object of text values or null")
        location["civic"] = dict(civic) or None
    return location


def has_position(location: Mapping[str, Any] | None) -> bool:
    return location is not None and _finite(location.get("lat")) and _finite(location.get("lon"))


def has_content(location: Mapping[str, Any] | None) -> bool:
    """True if the location tells where: coordinates, a civic address, or both."""
    return has_position(location) or bool(location and location.get("civic"))


# -- civic address as one line -----------------------------------------------

# Street line in reading order: house number, its suffix, pre-direction,
# leading type, road (RD; A6 is the street in the older RFC 4776 usage),
# suffix, post-direction.
_STREET = ("HNO", "HNS", "PRD", "PRM", "RD", "STS", "POD", "POM")


def civic_one_line(civic: Mapping[str, Any] | None) -> str | None:
    """A civic address as one line a call-taker reads, or None when it has nothing printable."""
    if not civic:
        return None

    def get(key: str) -> str:
        value = civic.get(key)
        return " ".join(str(value).split()) if value is not None else ""

    street_parts = [get(key) for key in _STREET]
    if not get("RD") and get("A6"):
        street_parts[4] = get("A6")
    # "12" + "B" reads as "12B"; everything else is space-separated.
    number = street_parts[0] + street_parts[1]
    street = " ".join(part for part in [number, *street_parts[2:]] if part)
    parts = [
        get("NAM"),
        get("LMK"),
        street,
        get("LOC"),
        f"floor {get('FLR')}" if get("FLR") else "",
        get("UNIT") and f"unit {get('UNIT')}",
        get("ROOM") and f"room {get('ROOM')}",
        get("A5"),
        get("A4"),
        get("A3") or get("PCN") or get("A2"),
        " ".join(p for p in (get("A1"), get("PC")) if p),
    ]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or None


def location_text(location: Mapping[str, Any] | None) -> str | None:
    """The location's civic address as one line (None without one)."""
    return civic_one_line(location.get("civic")) if location else None


# -- caller numbers ------------------------------------------------------------


def number_key(number: str | None) -> str | None:
    """``number`` reduced for matching one caller's frames, or None if it has no digits.

    Drops a ``tel:``/``sip:`` scheme, URI parameters (``;phone-context=``)
    and a SIP host, keeps the digits, then the last ``MATCH_DIGITS`` of
    them: international and national forms of one number match, while short
    numbers (extensions, test numbers) must match whole.
    """
    if not number:
        return None
    text = number.strip().lower()
    for scheme in ("tel:", "sips:", "sip:"):
        if text.startswith(scheme):
            text = text[len(scheme) :]
            break
    text = text.split(";", 1)[0].split("@", 1)[0]
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    return digits[-MATCH_DIGITS:]
