"""How fast an emergency vehicle drives on each class of road, and where it may not drive.

Contract: ``SpeedProfile`` is a frozen dataclass. ``class_kmh`` gives the
speed used on a road class when the way has no usable ``maxspeed`` tag;
classes in ``excluded`` get no edges at all. ``way_speeds_kmh(layer)`` returns
one float64 speed per way of a ``RoadLayer`` (NaN for excluded ways).

Why these defaults: they are urban emergency driving speeds, below the free
flow of an empty road because crews slow at junctions and in traffic even
with lights and siren. Pedestrian zones and living streets stay drivable
(emergency vehicles may enter them) at walking-plus pace; the importer's
``path`` class (footway, path, cycleway) and ``track`` are excluded by
default because a fire engine cannot count on fitting or on the surface.
``allow_against_oneway`` is False: in most jurisdictions emergency vehicles
may not drive against one-way traffic as a routine route choice.
``offroad_kmh`` is the speed assumed for the straight line between a point
and the road it snaps to (a yard, a car park, a square).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

import numpy as np

from models.roads import ROAD_CLASSES, RoadLayer

DEFAULT_CLASS_KMH: dict[str, float] = {
    "motorway": 100.0,
    "trunk": 80.0,
    "primary": 60.0,
    "secondary": 50.0,
    "tertiary": 45.0,
    "unclassified": 40.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 15.0,
    "pedestrian": 10.0,
    "track": 15.0,
    "path": 10.0,
}
DEFAULT_EXCLUDED: frozenset[str] = frozenset({"path", "track"})


@dataclass(frozen=True)
class SpeedProfile:
    class_kmh: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_CLASS_KMH))
    excluded: frozenset[str] = DEFAULT_EXCLUDED
    use_maxspeed: bool = True
    # A tag like "maxspeed=5" on a main road is more often an error than a rule for crews.
    min_kmh: float = 5.0
    max_kmh: float = 130.0
    offroad_kmh: float = 10.0
    allow_against_oneway: bool = False

    def __post_init__(self) -> None:
        unknown = sorted(set(self.class_kmh) - set(ROAD_CLASSES))
        if unknown:
            raise ValueError(f"unknown road classes in class_kmh: {', '.join(unknown)}")
        unknown = sorted(set(self.excluded) - set(ROAD_CLASSES))
        if unknown:
            raise ValueError(f"unknown road classes in excluded: {', '.join(unknown)}")
        missing = sorted(set(ROAD_CLASSES) - set(self.class_kmh) - set(self.excluded))
        if missing:
            raise ValueError(f"no speed for drivable road classes: {', '.join(missing)}")
        for name, value in (
            *self.class_kmh.items(),
            ("min_kmh", self.min_kmh),
            ("max_kmh", self.max_kmh),
            ("offroad_kmh", self.offroad_kmh),
        ):
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"speed for {name} must be a positive number, not {value!r}")

    @property
    def offroad_mps(self) -> float:
        return self.offroad_kmh / 3.6

    def way_speeds_kmh(self, layer: RoadLayer) -> np.ndarray:
        """Speed of every way in km/h; NaN for ways of an excluded class."""
        per_class = np.array(
            [math.nan if name in self.excluded else self.class_kmh[name] for name in ROAD_CLASSES],
            dtype=np.float64,
        )
        speeds = per_class[layer.way_class]
        if self.use_maxspeed:
            tagged = np.asarray(layer.way_maxspeed_kmh, dtype=np.float64)
            use = np.isfinite(tagged) & np.isfinite(speeds)
            speeds[use] = np.clip(tagged[use], self.min_kmh, self.max_kmh)
        return speeds

    def to_json(self) -> str:
        data = asdict(self)
        data["excluded"] = sorted(self.excluded)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SpeedProfile:
        data = json.loads(text)
        data["excluded"] = frozenset(data["excluded"])
        return cls(**data)
