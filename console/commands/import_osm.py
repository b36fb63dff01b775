"""``dispatch-console import-osm FILE --out SITE_DIR``: build a site's road layer.

Contract: ``import_osm_command(osm_file, out_dir, stream=sys.stderr) -> int``
imports the extract with ``models.osm_import.import_osm``, draws progress on
``stream`` (a carriage-return bar on a terminal, a few percentage lines
otherwise), writes ``SITE_DIR/roads.npz``, the routing graph
``SITE_DIR/graph.npz`` (``models.routing``, default speed profile) and, when
``SITE_DIR/site.toml`` does not exist, a starter ``site.toml`` (centre at
the roads' bbox centre, time zone UTC, no units, commented examples) that
``load_site`` accepts, and the places index ``SITE_DIR/places.sqlite``
(``models.places.build``: streets, addresses, corners, landmarks, and the
site's own ``[[places]]`` of an existing site.toml) with its own progress
bar. An extract without addresses still imports and says so. Returns 0 on
success; on any error prints one message on ``stream`` and returns 1.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import TextIO

from console.config.site import SITE_FILE, SiteError, read_site_places
from models.osm_import import OsmImportError, import_osm
from models.places.build import build_places
from models.places.types import PLACES_FILE, PlacesIndexError
from models.roads import RoadLayer
from models.routing import GRAPH_FILE
from models.routing.build import build_graph

_LOGGER = logging.getLogger(__name__)

ROADS_FILE = "roads.npz"
_BAR_WIDTH = 30
_LINE_STEPS = (0.0, 0.25, 0.5, 0.75, 1.0)

_STARTER_TEMPLATE = """\
# Site created by `dispatch-console import-osm {source}`.
# Road data {attribution}, ODbL 1.0 (https://www.openstreetmap.org/copyright).

[site]
name = {name}
timezone = "UTC"  # a zoneinfo key, e.g. "Europe/Helsinki"
roads = "{roads}"
center = {{ lat = {lat:.6f}, lon = {lon:.6f} }}

# Road layer bbox: lat {min_lat:.6f}..{max_lat:.6f}, lon {min_lon:.6f}..{max_lon:.6f}

# [[stations]]
# id = "FIRE-1"
# name = "Central fire station"
# discipline = "fire"  # police, fire or medical
# lat = {lat:.6f}
# lon = {lon:.6f}

# [[units]]
# call_sign = "E11"
# type = "engine"
# discipline = "fire"
# station = "FIRE-1"

# [[links]]
# name = "avl-udp"
# transport = "udp"  # serial, udp, tcp-client or tcp-server
# protocol = "nmea"
# host = "127.0.0.1"
# port = 10110
"""


class _Progress:
    """Text progress on a stream: a redrawn bar on a terminal, a few lines elsewhere."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        isatty = getattr(stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self.next_step = 0

    def __call__(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if self.tty:
            filled = round(fraction * _BAR_WIDTH)
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            self.stream.write(f"\r{self.label} [{bar}] {fraction * 100:5.1f}%")
            if fraction >= 1.0:
                self.stream.write("\n")
            self.stream.flush()
            return
        while self.next_step < len(_LINE_STEPS) and fraction >= _LINE_STEPS[self.next_step]:
            self.stream.write(f"{self.label}: {_LINE_STEPS[self.next_step] * 100:.0f}%\n")
            self.next_step += 1
        self.stream.flush()


def site_name_from_file(osm_file: Path) -> str:
    """ "Helsinki.osm.pbf" -> "Helsinki", "monaco-latest.osm.gz" -> "monaco-latest"."""
    name = re.sub(r"(\.osm)?(\.pbf|\.gz|\.bz2|\.osm)$", "", osm_file.name, flags=re.IGNORECASE)
    return name or osm_file.name


def starter_site_toml(layer: RoadLayer, name: str) -> str:
    lat, lon = layer.center()
    min_lat, min_lon, max_lat, max_lon = layer.bbox()
    return _STARTER_TEMPLATE.format(
        source=layer.meta.source,
        attribution=layer.meta.attribution,
        name=_toml_string(name),
        roads=ROADS_FILE,
        lat=lat,
        lon=lon,
        min_lat=min_lat,
        min_lon=min_lon,
        max_lat=max_lat,
        max_lon=max_lon,
    )


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def import_osm_command(osm_file: str, out_dir: str, stream: TextIO = sys.stderr) -> int:
    source = Path(osm_file)
    target = Path(out_dir)
    try:
        layer = import_osm(source, _Progress(stream, f"importing {source.name}"))
        target.mkdir(parents=True, exist_ok=True)
        layer.save(target / ROADS_FILE)
        graph = build_graph(layer)
        graph.save(target / GRAPH_FILE)
        site_file = target / SITE_FILE
        wrote_site = not site_file.exists()
        if wrote_site:
            site_file.write_text(
                starter_site_toml(layer, site_name_from_file(source)), encoding="utf-8"
            )
        places = build_places(
            source,
            target / PLACES_FILE,
            _Progress(stream, f"indexing places of {source.name}"),
            read_site_places(target),
        )
    except (OsmImportError, PlacesIndexError, SiteError) as exc:
        stream.write(f"import-osm: {exc}\n")
        return 1
    except OSError as exc:
        stream.write(f"import-osm: cannot write to {target}: {exc}\n")
        return 1
    stream.write(
        f"wrote {target / ROADS_FILE}: {layer.way_count} ways, {layer.node_count} nodes; "
        f"{target / GRAPH_FILE}: {graph.edge_count} edges, "
        f"{graph.main_size} nodes connected both ways"
        + (f"; starter {target / SITE_FILE}" if wrote_site else "")
        + "\n"
    )
    stream.write(f"wrote {places.line()}\n")
    for note in places.notes:
        stream.write(f"note: {note}\n")
    return 0
