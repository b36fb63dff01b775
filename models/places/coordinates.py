"""Read a coordinate pair typed in any usual form.

Contract: ``parse_coordinates(text, bbox=None) -> Coordinates | None``
accepts decimal degrees (``60.1745,24.9460``, ``60.1745 24.9460``,
``60,1745 24,9460`` with decimal commas), degrees-minutes(-seconds)
(``60°10'28.2"N 24°56'45.6"E``, ``60 10.47 N 24 56.76 E``), hemisphere
letters before or after (``N60.17 E24.94``, ``60.17S``), and
longitude-first input: when a hemisphere letter says so (``24.94E 60.17N``),
silently; when the first number cannot be a latitude (``|x| > 90``) or the
pair lies outside ``bbox`` (min_lat, min_lon, max_lat, max_lon) but its swap
inside, read swapped with ``warning`` set. Anything else (a street name, a
house number, a single number) is ``None``. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"[-+−]?\d{1,3}(?:[.,]\d+)?"
# One axis: degrees, optional minutes and seconds, a hemisphere letter before or after.
_BODY = rf"""(?P<deg>{_NUM})\s*(?:°|º|d|deg|\s)?\s*
    (?:(?P<min>\d{{1,2}}(?:[.,]\d+)?)\s*(?:'|′|’|m|\s)\s*
       (?:(?P<sec>\d{{1,2}}(?:[.,]\d+)?)\s*(?:"|″|”|''|s)?\s*)?)?"""
_AXIS_BEFORE = re.compile(rf"\s*(?P<h1>[NSEWnsew])\s*{_BODY}", re.VERBOSE)
_AXIS_AFTER = re.compile(rf"\s*{_BODY}(?P<h2>[NSEWnsew])?\s*", re.VERBOSE)
_SEPARATOR = re.compile(r"\s*[;,/]?\s*")


@dataclass(frozen=True, slots=True)
class Coordinates:
    lat: float
    lon: float
    warning: str | None = None


def _axis(text: str, pos: int) -> tuple[float, str | None, int] | None:
    match = _AXIS_BEFORE.match(text, pos) or _AXIS_AFTER.match(text, pos)
    if match is None or match.end() == pos:
        return None
    groups = match.groupdict()
    hemi = (groups.get("h1") or groups.get("h2") or "").upper() or None
    try:
        deg = float(match.group("deg").replace(",", ".").replace("−", "-"))
        minutes = float((match.group("min") or "0").replace(",", "."))
        seconds = float((match.group("sec") or "0").replace(",", "."))
    except ValueError:
        return None
    if minutes >= 60 or seconds >= 60:
        return None
    value = abs(deg) + minutes / 60 + seconds / 3600
    if deg < 0 or match.group("deg").startswith(("-", "−")):
        value = -value
    if hemi in ("S", "W"):
        value = -abs(value)
    return value, hemi, match.end()


def _split_points(text: str) -> list[tuple[float, str | None]] | None:
    """Two axes read from ``text``, trying each way of splitting it."""
    first = _axis(text, 0)
    if first is None:
        return None
    # Decimal commas ("60,17 24,94") make the first axis swallow too little or too much;
    # try the whole-axis reading first, then a comma or space as the only separator.
    sep = _SEPARATOR.match(text, first[2])
    pos = sep.end() if sep else first[2]
    second = _axis(text, pos)
    if second is None or second[2] != len(text):
        return None
    return [(first[0], first[1]), (second[0], second[1])]


def _inside(bbox: tuple[float, float, float, float] | None, lat: float, lon: float) -> bool:
    if bbox is None:
        return True
    min_lat, min_lon, max_lat, max_lon = bbox
    pad_lat = max(0.05, (max_lat - min_lat))
    pad_lon = max(0.05, (max_lon - min_lon))
    return (
        min_lat - pad_lat <= lat <= max_lat + pad_lat
        and min_lon - pad_lon <= lon <= max_lon + pad_lon
    )


def parse_coordinates(
    text: str, bbox: tuple[float, float, float, float] | None = None
) -> Coordinates | None:
    text = text.strip()
    if not text or len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    if sum(c.isalpha() and c.upper() not in "NSEWD" for c in text) > 3:
        return None  # "deg" is fine; street names are not
    if not _looks_like_coordinates(text):
        return None
    candidates = [text]
    if text.count(",") == 2 and text.count(".") == 0:
        # "60,1745, 24,9460" or "60,1745 24,9460": decimal commas
        candidates.insert(0, text.replace(", ", " ").replace(",", "."))
    elif text.count(",") == 2 and " " in text:
        candidates.insert(0, re.sub(r"(\d),(\d)", r"\1.\2", text))
    for candidate in candidates:
        points = _split_points(candidate)
        if points is not None:
            return _resolve(points, bbox)
    return None


def _looks_like_coordinates(text: str) -> bool:
    """Decimals, degree or minute signs, or hemisphere letters: not "12 15" (two numbers)."""
    if re.search(r"\d[.,]\d", text) or any(c in text for c in "°º'′’\"″”"):
        return True
    return sum(c.upper() in "NSEW" and c.isalpha() for c in text) >= 2


def _resolve(
    points: list[tuple[float, str | None]], bbox: tuple[float, float, float, float] | None
) -> Coordinates | None:
    (a, ha), (b, hb) = points
    if ha in ("E", "W") or hb in ("N", "S"):
        if (ha in ("E", "W") and hb in ("E", "W")) or (ha in ("N", "S") and hb in ("N", "S")):
            return None
        a, b = b, a  # longitude written first, as its letters say
        return _valid(a, b, None)
    if ha in ("N", "S") and hb in ("N", "S"):
        return None
    if abs(a) > 90 and abs(b) <= 90:
        return _valid(
            b, a, "read as longitude, latitude (swapped): the first number is no latitude"
        )
    if bbox is not None and not _inside(bbox, a, b) and _inside(bbox, b, a):
        return _valid(b, a, "read as longitude, latitude (swapped): that order lies in the site")
    return _valid(a, b, None)


def _valid(lat: float, lon: float, warning: str | None) -> Coordinates | None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Coordinates(lat, lon, warning)
