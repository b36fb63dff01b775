"""Street lines from a site's road layer, for the map's street names.

Contract: ``street_lines_from_roads(roads)`` turns every named way of a
``models.roads.RoadLayer`` into a ``models.places.types.StreetLine`` (its
``name``, class name and node coordinates), in way order. The road layer
holds only ``name``, so this is the fallback when no places index (whose
``street_lines(bbox, language)`` names streets in the console's language) is
at hand, and the source tests and benchmarks use. Qt-free.
"""

from __future__ import annotations

import numpy as np

from models.places.types import StreetLine
from models.roads import ROAD_CLASSES, RoadLayer

__all__ = ["street_lines_from_roads"]


def street_lines_from_roads(roads: RoadLayer) -> list[StreetLine]:
    lines: list[StreetLine] = []
    named = np.flatnonzero(roads.way_name_idx >= 0)
    for way in named.tolist():
        nodes = roads.way_node_indices(way)
        lines.append(
            StreetLine(
                name=roads.way_name(way),
                road_class=ROAD_CLASSES[int(roads.way_class[way])],
                lat=roads.nodes_lat[nodes],
                lon=roads.nodes_lon[nodes],
            )
        )
    return lines
