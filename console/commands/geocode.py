"""``dispatch-console geocode QUERY`` and ``reverse LAT,LON``: a site's places index from a shell.

Contract: ``geocode_command(query, site_dir, limit, as_json, stdin, stdout,
stderr) -> int`` searches the site's places index (``places.sqlite`` in the
site folder, with the site's ``[[places]]``) for ``query``; with ``query ==
"-"`` it reads one query per line from ``stdin`` and prints one JSON line
per query, in order. ``reverse_command(position, ...)`` names ``LAT,LON``
(or, with ``-``, each line of ``stdin``) by its nearest street. JSON per
query: ``{"query": ..., "results": [{"label", "kind", "lat", "lon",
"score", "street", "housenumber", ...}]}`` best first (``kind`` is one of
address, street, intersection, landmark, place, coordinates: the site's own
places say "place"); reverse results add ``cross_street`` and
``distance_m``. Without ``--json`` one line per result for people. Exit 0
when something was found (always for ``-``), 1 when a single query found
nothing or a position could not be read, 2 when the site has no usable
places index. ``language`` (a console language code: ``he``, ``sr_Latn``)
names results and streets as the console in that language would (the
matched name variant, else ``name:<language>``, else the local name).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TextIO

from console.config.site import DEFAULT_SITE_DIR, SiteError, read_site_places
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE, Place, PlacesIndexError, ReverseName

_LOGGER = logging.getLogger(__name__)


def _open(site_dir: str | None, stderr: TextIO, language: str | None) -> PlacesIndex | None:
    folder = Path(site_dir) if site_dir else DEFAULT_SITE_DIR
    try:
        return PlacesIndex.open(
            folder / PLACES_FILE, site_places=read_site_places(folder), language=language
        )
    except (PlacesIndexError, SiteError) as exc:
        stderr.write(f"dispatch-console: {exc}\n")
        return None


def place_json(place: Place) -> dict[str, object]:
    return {
        "label": place.label,
        "kind": "place" if place.kind == "site" else place.kind,
        "lat": round(place.lat, 7),
        "lon": round(place.lon, 7),
        "score": place.score,
        "match": place.match,
        "street": place.street,
        "housenumber": place.housenumber,
        "locality": place.locality,
        "category": place.category,
        "id": place.place_id,
        "warning": place.warning,
    }


def reverse_json(name: ReverseName) -> dict[str, object]:
    return {
        "label": name.label,
        "kind": "address" if name.housenumber else "street",
        "lat": round(name.lat, 7),
        "lon": round(name.lon, 7),
        "score": 1.0,
        "street": name.street,
        "housenumber": name.housenumber,
        "cross_street": name.cross_street,
        "distance_m": name.distance_m,
        "locality": name.locality,
    }


def _place_line(place: Place) -> str:
    extra = ", ".join(
        part for part in (place.kind, place.locality, place.category, f"score {place.score:.2f}",
                          place.warning) if part
    )  # fmt: skip
    return f"{place.label}  ({extra})  {place.lat:.6f},{place.lon:.6f}"


def geocode_command(
    query: str,
    site_dir: str | None,
    limit: int,
    as_json: bool,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    *,
    language: str | None = None,
) -> int:
    index = _open(site_dir, stderr, language)
    if index is None:
        return 2
    with index:
        if query == "-":
            for line in stdin:
                text = line.rstrip("\r\n")
                found = index.search(text, limit=limit)
                stdout.write(json.dumps({"query": text, "results": [place_json(p) for p in found]},
                                        ensure_ascii=False) + "\n")  # fmt: skip
                stdout.flush()
            return 0
        found = index.search(query, limit=limit)
        if as_json:
            stdout.write(json.dumps({"query": query, "results": [place_json(p) for p in found]},
                                    ensure_ascii=False) + "\n")  # fmt: skip
        elif not found:
            stdout.write("nothing found\n")
        for place in found if not as_json else ():
            stdout.write(_place_line(place) + "\n")
        return 0 if found else 1


def parse_position(text: str) -> tuple[float, float] | None:
    parts = text.replace(";", ",").split(",")
    if len(parts) != 2:
        parts = text.split()
    if len(parts) != 2:
        return None
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def reverse_command(
    position: str,
    site_dir: str | None,
    as_json: bool,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    *,
    language: str | None = None,
) -> int:
    index = _open(site_dir, stderr, language)
    if index is None:
        return 2
    with index:
        if position == "-":
            for line in stdin:
                text = line.strip()
                point = parse_position(text)
                name = index.reverse(*point) if point else None
                results = [reverse_json(name)] if name else []
                stdout.write(json.dumps({"query": text, "results": results},
                                        ensure_ascii=False) + "\n")  # fmt: skip
                stdout.flush()
            return 0
        point = parse_position(position)
        if point is None:
            stderr.write(f"dispatch-console: {position!r} is not LAT,LON (e.g. 60.1745,24.9460)\n")
            return 1
        name = index.reverse(*point)
        if as_json:
            results = [reverse_json(name)] if name else []
            stdout.write(json.dumps({"query": position, "results": results},
                                    ensure_ascii=False) + "\n")  # fmt: skip
        elif name is None:
            stdout.write("no named street near\n")
        else:
            stdout.write(f"{name.label}  ({name.distance_m:.0f} m, {name.locality or '-'})\n")
        return 0 if name else 1
