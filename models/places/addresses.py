"""Attach address points to streets, and place interpolated numbers along their ways.

Contract: ``attach(addresses, streets, frame, localities) -> Attached``
gives every address its street id:

- ``addr:street``: the street of that name (any name variant, folded) whose
  ways lie nearest, within ``NAMED_RADIUS_M``; otherwise a street without
  ways is made for it (named by the address, at its first address), so
  "Sidestreet 4" is still found;
- ``addr:place`` without a street: a street-like entry named by the place;
- a house number alone: the nearest named street way within
  ``NEAREST_RADIUS_M`` (as Nominatim does); farther ones are dropped and
  counted.

``interpolate(extracted) -> list[AddressRecord]``: the numbers between the
tagged end nodes of each ``addr:interpolation`` way (odd, even, all, or a
step such as ``2``), spaced evenly by length along the way between them;
at most ``MAX_STEPS`` per span, alphabetic and malformed spans skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
import shapely

from models.places.extract import AddressRecord, Extracted, housenumber_key
from models.places.geometry import Frame, point_along
from models.places.normalise import fold
from models.places.streets import Localities, Street, box_gap

NAMED_RADIUS_M = 3000.0
NEAREST_RADIUS_M = 300.0
MAX_STEPS = 2000
_LEADING_NUMBER = re.compile(r"^\s*(\d+)\s*$")


@dataclass(slots=True)
class Attached:
    rows: list[tuple[int, AddressRecord]] = field(default_factory=list)  # (street id, address)
    by_nearest: int = 0  # house number only, attached to the nearest street
    dropped: int = 0  # house number only, no named street near


def interpolate(extracted: Extracted) -> list[AddressRecord]:
    out: list[AddressRecord] = []
    for kind, street, refs, lats, lons in extracted.interpolations:
        step = {"odd": 2, "even": 2, "all": 1}.get(kind)
        if step is None and kind.isdigit():
            step = int(kind)
        if not step or len(refs) < 2:
            continue
        frame = Frame(lats[0], lons[0])
        xs, ys = frame.xy(np.asarray(lats), np.asarray(lons))
        tagged = [
            (k, extracted.address_nodes[ref]) for k, ref in enumerate(refs)
            if ref in extracted.address_nodes
        ]  # fmt: skip
        for (i, start), (j, end) in pairwise(tagged):
            a = _LEADING_NUMBER.match(start.housenumber)
            b = _LEADING_NUMBER.match(end.housenumber)
            if a is None or b is None or j <= i:
                continue
            lo, hi = int(a.group(1)), int(b.group(1))
            if lo == hi or abs(hi - lo) // step > MAX_STEPS:
                continue
            sign = 1 if hi > lo else -1
            span_x, span_y = xs[i : j + 1], ys[i : j + 1]
            name = street or start.street or end.street
            place = start.place or end.place
            for number in range(lo + sign * step, hi, sign * step):
                x, y = point_along(span_x, span_y, (number - lo) / (hi - lo))
                lat, lon = frame.latlon(x, y)
                text = str(number)
                out.append(AddressRecord(text, (housenumber_key(text),), name, place, lat, lon))
    return out


def attach(
    addresses: Sequence[AddressRecord],
    streets: list[Street],
    frame: Frame,
    localities: Localities,
) -> Attached:
    result = Attached()
    by_name: dict[str, list[Street]] = defaultdict(list)
    for street in streets:
        for key in {fold(value) for _, value in street.names}:
            by_name[key].append(street)
    made: dict[str, list[Street]] = defaultdict(list)
    nearest_needed: list[AddressRecord] = []
    folds: dict[str, str] = {}
    xs, ys = frame.xy(
        np.array([a.lat for a in addresses], dtype=np.float64),
        np.array([a.lon for a in addresses], dtype=np.float64),
    )
    for k, address in enumerate(addresses):
        name = address.street or address.place
        if name is None:
            nearest_needed.append(address)
            continue
        x, y = float(xs[k]), float(ys[k])
        folded = folds.get(name)
        if folded is None:
            folded = folds[name] = fold(name)
        best = None
        if address.street is not None:
            candidates = by_name.get(folded, ())
            if len(candidates) == 1:
                best = candidates[0] if _gap(candidates[0], x, y) <= NAMED_RADIUS_M else None
            elif candidates:
                gap, best = min(((_gap(s, x, y), s) for s in candidates), key=lambda t: t[0])
                best = best if gap <= NAMED_RADIUS_M else None
        if best is None:
            best = _made_street(made, streets, folded, name, x, y, frame, localities)
        result.rows.append((best.street_id, address))
    _attach_nearest(nearest_needed, streets, frame, result)
    for street in (s for group in made.values() for s in group):
        if street.address_xy:
            mx = sum(p[0] for p in street.address_xy) / len(street.address_xy)
            my = sum(p[1] for p in street.address_xy) / len(street.address_xy)
            street.lat, street.lon = frame.latlon(mx, my)
    return result


def _gap(street: Street, x: float, y: float) -> float:
    return box_gap(street.box, (x, y, x, y))


def _made_street(
    made: dict[str, list[Street]],
    streets: list[Street],
    folded: str,
    name: str,
    x: float,
    y: float,
    frame: Frame,
    localities: Localities,
) -> Street:
    for street in made[folded]:
        if _gap(street, x, y) <= NAMED_RADIUS_M:
            street.address_xy.append((x, y))
            street.box = (
                min(street.box[0], x), min(street.box[1], y),
                max(street.box[2], x), max(street.box[3], y),
            )  # fmt: skip
            return street
    lat, lon = frame.latlon(x, y)
    street = Street(
        street_id=len(streets) + 1,
        name=name,
        names=[("name", name)],
        ways=[],
        lat=lat,
        lon=lon,
        road_class=8,
        locality=localities.of_xy(np.array([x]), np.array([y]))[0],
        town=localities.towns_xy(np.array([x]), np.array([y]))[0],
        box=(x, y, x, y),
        has_ways=False,
        address_xy=[(x, y)],
    )
    streets.append(street)
    made[folded].append(street)
    return street


def _attach_nearest(
    addresses: list[AddressRecord], streets: list[Street], frame: Frame, result: Attached
) -> None:
    if not addresses:
        return
    lines = []
    owners = []
    for street in streets:
        for way in street.ways:
            if len(way.x) >= 2:
                lines.append(shapely.linestrings(np.column_stack([way.x, way.y])))
                owners.append(street.street_id)
    if not lines:
        result.dropped += len(addresses)
        return
    tree = shapely.STRtree(lines)
    x, y = frame.xy(np.array([a.lat for a in addresses]), np.array([a.lon for a in addresses]))
    points = shapely.points(np.column_stack([x, y]))
    (point_idx, line_idx), _dist = tree.query_nearest(
        points, max_distance=NEAREST_RADIUS_M, return_distance=True, all_matches=False
    )
    taken = set()
    for p, g in zip(point_idx.tolist(), line_idx.tolist(), strict=True):
        if p in taken:
            continue
        taken.add(p)
        result.rows.append((owners[g], addresses[p]))
        result.by_nearest += 1
    result.dropped += len(addresses) - len(taken)
