"""A synthetic region for the places benchmarks: 50,000 streets and 1,000,000 addresses.

How it is made (``write_region(path, side, per_street, seed)``): a square
grid of ``side`` x ``side`` cells, 120 m each, south-west corner at
50.0 N 15.0 E (``side=224``: 50,176 cells, ~27 km across). Every cell holds
one street, a way of three nodes from the cell's corner to the next corner
east (cells with an even row+column) or north (odd), so streets meet at the
grid's corners: ~100,000 corners of two differently named streets. Names
are made of three syllables from a 48-syllable list plus a street-type
word in one of several languages ("Kalomirakatu", "Rue Ventoselo",
"Dravikastraße", "Boramegatan"); a name drawn twice stays, so about 5 % of
names recur in other parts of the region, like "Herzl" in several towns;
one ``place=suburb`` node every 2 km names the localities. Every street
gets ``per_street`` address nodes 8 m beside it, numbered 1.. with every
seventh one lettered ("7A"). ``truth`` returns what was written, so
benchmarks can ask for a known street, number and corner. Deterministic for
a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import osmium
from osmium.osm.mutable import Node, Way

LAT0, LON0 = 50.0, 15.0
CELL_M = 120.0
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0 * 0.6428  # cos(50°)
SYLLABLES = (
    "ka", "lo", "mi", "ra", "ve", "to", "se", "bo", "ni", "da", "ru", "pe", "sa", "li", "mo",
    "ta", "ko", "vi", "na", "re", "po", "la", "di", "me", "so", "ga", "hu", "je", "fo", "zi",
    "ba", "ne", "tu", "ri", "ha", "lu", "ma", "ke", "vo", "pa", "ti", "gu", "da", "sy", "no",
    "ve", "ki", "ro",
)  # fmt: skip
_TYPES = (("{}katu", 4), ("{}gatan", 2), ("Rue {}", 2), ("{}straße", 2), ("{} Street", 1),
          ("{}vägen", 1), ("Avenue {}", 1), ("{}", 1))  # fmt: skip


@dataclass
class Region:
    streets: list[tuple[str, float, float]] = field(default_factory=list)  # name, mid lat, lon
    addresses: list[tuple[str, str, float, float]] = field(default_factory=list)
    corners: list[tuple[str, str, float, float]] = field(default_factory=list)
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def _latlon(x_m: float, y_m: float) -> tuple[float, float]:
    return LAT0 + y_m / _M_PER_DEG_LAT, LON0 + x_m / _M_PER_DEG_LON


def _name(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    pattern = rng.choices([t for t, _ in _TYPES], [w for _, w in _TYPES])[0]
    return pattern.format(stem)


def write_region(path: Path, side: int = 224, per_street: int = 20, seed: int = 7) -> Region:
    rng = random.Random(seed)
    region = Region()
    node_id = 1
    corner_ids: dict[tuple[int, int], int] = {}
    ways: list[tuple[list[int], str]] = []
    path.unlink(missing_ok=True)
    writer = osmium.SimpleWriter(str(path))
    try:
        for r in range(side + 1):
            for c in range(side + 1):
                lat, lon = _latlon(c * CELL_M, r * CELL_M)
                writer.add_node(Node(id=node_id, location=(lon, lat)))
                corner_ids[(r, c)] = node_id
                node_id += 1
        step = int(2000 / CELL_M)
        for r in range(0, side, step):
            for c in range(0, side, step):
                lat, lon = _latlon((c + step / 2) * CELL_M, (r + step / 2) * CELL_M)
                tags = {"place": "suburb", "name": f"Suburb {_name(rng)}"}
                writer.add_node(Node(id=node_id, location=(lon, lat), tags=tags))
                node_id += 1
        names_at: dict[tuple[int, int], str] = {}
        for r in range(side):
            for c in range(side):
                name = _name(rng)
                east = (r + c) % 2 == 0
                end = (r, c + 1) if east else (r + 1, c)
                x0, y0 = c * CELL_M, r * CELL_M
                dx, dy = (CELL_M, 0.0) if east else (0.0, CELL_M)
                mid_lat, mid_lon = _latlon(x0 + dx / 2, y0 + dy / 2)
                writer.add_node(Node(id=node_id, location=(mid_lon, mid_lat)))
                ways.append(([corner_ids[(r, c)], node_id, corner_ids[end]], name))
                node_id += 1
                region.streets.append((name, mid_lat, mid_lon))
                names_at[(r, c)] = name
                for k in range(per_street):
                    t = (k + 0.5) / per_street
                    side_m = 8.0 if k % 2 == 0 else -8.0
                    ax = x0 + dx * t + (0.0 if east else side_m)
                    ay = y0 + dy * t + (side_m if east else 0.0)
                    alat, alon = _latlon(ax, ay)
                    number = str(k + 1) + ("A" if (k + 1) % 7 == 0 else "")
                    tags = {"addr:street": name, "addr:housenumber": number}
                    writer.add_node(Node(id=node_id, location=(alon, alat), tags=tags))
                    node_id += 1
                    region.addresses.append((name, number, alat, alon))
        for r in range(1, side):
            for c in range(1, side):
                # the corner (r, c): the street of cell (r, c) starts there; cell (r-1, c) is
                # vertical when (r-1+c) is odd and then ends there
                here, below = names_at[(r, c)], names_at[(r - 1, c)]
                if (r - 1 + c) % 2 == 1 and here != below:
                    lat, lon = _latlon(c * CELL_M, r * CELL_M)
                    region.corners.append((here, below, lat, lon))
        for way_id, (refs, name) in enumerate(ways, start=1):
            tags = {"highway": "residential", "name": name}
            writer.add_way(Way(id=way_id, nodes=refs, tags=tags))
    finally:
        writer.close()
    lat1, lon1 = _latlon(side * CELL_M, side * CELL_M)
    region.bbox = (LAT0, LON0, lat1, lon1)
    return region
