"""Name a position, and list what lies in a box: the spatial half of a places file.

Contract (``PlacesIndex`` delegates here; ``conn`` is an open places file):

- ``reverse(conn, lat, lon, language=None) -> ReverseName | None``: the nearest named
  street way (R*Tree ``street_ways_rt``, searched in growing boxes up to
  ``MAX_RADIUS_M``); on that street the nearest address within
  ``ADDRESS_RADIUS_M`` ("Mariankatu 12"), else the nearest corner with
  another street ("Mariankatu near Liisankatu, 30 m": the distance to the
  corner), else the street alone. ``distance_m`` runs from the position to
  the named point (the address, or the nearest point of the street).
  Streets are named in ``language`` (``name:<language>``, see
  ``models.places.labels.name_key``) where the data has it, else by their
  local name, as on the map. ``None`` when no named street lies within ``MAX_RADIUS_M`` or the input
  is not a position.
- ``street_lines(conn, bbox, language)``: named street ways in the box, each
  named ``name:<language>`` where the street has it, else ``name``.
- ``landmarks(conn, bbox, kinds)``: landmarks in the box (``kinds``: the
  categories to keep, None for all), at most ``MAX_LANDMARKS``.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable

import numpy as np

from models.places.geometry import Frame, haversine_m, nearest_on_polyline
from models.places.labels import address_label, name_key
from models.places.types import Place, ReverseName, StreetLine
from models.roads import ROAD_CLASSES

ADDRESS_RADIUS_M = 30.0
MAX_RADIUS_M = 5000.0
_RADII = (60.0, 250.0, 1000.0, MAX_RADIUS_M)
MAX_LANDMARKS = 20_000


def _coords(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float64).reshape(-1, 2)


def _valid(lat: float, lon: float) -> bool:
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def _named(conn: sqlite3.Connection, street_id: int, local: str, key: str | None) -> str:
    """The street's name in the language of ``key`` where the data has it, else ``local``."""
    if key is None:
        return local
    row = conn.execute(
        "SELECT name FROM street_names WHERE street_id = ? AND key = ? LIMIT 1", (street_id, key)
    ).fetchone()
    return row[0] if row and row[0] else local


def reverse(
    conn: sqlite3.Connection, lat: float, lon: float, language: str | None = None
) -> ReverseName | None:
    if not _valid(lat, lon):
        return None
    frame = Frame(lat, lon)
    best: tuple[float, int, float, float] | None = None  # distance, street, x, y
    for radius in _RADII:
        min_lat, max_lat, min_lon, max_lon = frame.deg_box(lat, lon, radius)
        rows = conn.execute(
            "SELECT w.street_id, w.coords FROM street_ways_rt r JOIN street_ways w ON w.id = r.id "
            "WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?",
            (min_lat, max_lat, min_lon, max_lon),
        ).fetchall()
        for street_id, blob in rows:
            pts = _coords(blob)
            xs, ys = frame.xy(pts[:, 0], pts[:, 1])
            x, y, dist = nearest_on_polyline(xs, ys, 0.0, 0.0)
            if best is None or dist < best[0]:
                best = (dist, street_id, x, y)
        if best is not None and best[0] <= radius:
            break
    if best is None or best[0] > MAX_RADIUS_M:
        return None
    dist, street_id, x, y = best
    key = name_key(language)
    name, locality = conn.execute(
        "SELECT name, locality FROM streets WHERE id = ?", (street_id,)
    ).fetchone()
    name = _named(conn, street_id, name, key)
    min_lat, max_lat, min_lon, max_lon = frame.deg_box(lat, lon, ADDRESS_RADIUS_M)
    nearest_address = None
    for hn, alat, alon in conn.execute(
        "SELECT a.housenumber, a.lat, a.lon FROM addresses_rt r JOIN addresses a ON a.id = r.id "
        "WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ? "
        "AND a.street_id = ?",
        (min_lat, max_lat, min_lon, max_lon, street_id),
    ):
        d = haversine_m(lat, lon, alat, alon)
        if d <= ADDRESS_RADIUS_M and (nearest_address is None or d < nearest_address[0]):
            nearest_address = (d, hn, alat, alon)
    if nearest_address is not None:
        d, hn, alat, alon = nearest_address
        return ReverseName(address_label(name, hn), name, round(d, 1), alat, alon,
                           housenumber=hn, locality=locality)  # fmt: skip
    point_lat, point_lon = frame.latlon(x, y)
    corner = conn.execute(
        "SELECT s.name, i.lat, i.lon, s.id FROM intersections i JOIN streets s ON s.id = "
        "CASE WHEN i.street_a = ? THEN i.street_b ELSE i.street_a END "
        "WHERE i.street_a = ? OR i.street_b = ?",
        (street_id, street_id, street_id),
    ).fetchall()
    if corner:
        cross, clat, clon, cross_id = min(corner, key=lambda r: haversine_m(lat, lon, r[1], r[2]))
        cross = _named(conn, cross_id, cross, key)
        corner_m = haversine_m(lat, lon, clat, clon)
        label = f"{name} near {cross}, {corner_m:.0f} m"
        return ReverseName(label, name, round(dist, 1), point_lat, point_lon,
                           cross_street=cross, locality=locality)  # fmt: skip
    return ReverseName(name, name, round(dist, 1), point_lat, point_lon, locality=locality)


def _box_args(bbox: Iterable[float]) -> tuple[float, float, float, float]:
    min_lat, min_lon, max_lat, max_lon = (float(v) for v in bbox)
    return min_lat, max_lat, min_lon, max_lon


def street_lines(
    conn: sqlite3.Connection, bbox: tuple[float, float, float, float], language: str | None
) -> list[StreetLine]:
    min_lat, max_lat, min_lon, max_lon = _box_args(bbox)
    rows = conn.execute(
        "SELECT w.street_id, w.road_class, w.coords, s.name, "
        "(SELECT n.name FROM street_names n WHERE n.street_id = w.street_id AND n.key = ? "
        "LIMIT 1) FROM street_ways_rt r JOIN street_ways w ON w.id = r.id "
        "JOIN streets s ON s.id = w.street_id "
        "WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?",
        (name_key(language) or "", min_lat, max_lat, min_lon, max_lon),
    )
    out = []
    for _street_id, road_class, blob, name, local in rows:
        pts = _coords(blob)
        if len(pts) < 2:
            continue
        cls = ROAD_CLASSES[road_class] if 0 <= road_class < len(ROAD_CLASSES) else "service"
        out.append(StreetLine(local or name, cls, pts[:, 0].copy(), pts[:, 1].copy()))
    return out


def landmarks(
    conn: sqlite3.Connection,
    bbox: tuple[float, float, float, float],
    kinds: Iterable[str] | None,
) -> list[Place]:
    min_lat, max_lat, min_lon, max_lon = _box_args(bbox)
    wanted = set(kinds) if kinds is not None else None
    out = []
    for lid, name, category, lat, lon, locality in conn.execute(
        "SELECT l.id, l.name, l.category, l.lat, l.lon, l.locality FROM landmarks_rt r "
        "JOIN landmarks l ON l.id = r.id "
        "WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?",
        (min_lat, max_lat, min_lon, max_lon),
    ):
        if wanted is not None and category not in wanted:
            continue
        out.append(Place(name or category, "landmark", lat, lon, 1.0, locality=locality,
                         category=category, place_id=f"l:{lid}"))  # fmt: skip
        if len(out) >= MAX_LANDMARKS:
            break
    return out
