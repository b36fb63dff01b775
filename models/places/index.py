"""``PlacesIndex``: the places file of a site, opened read-only, as ``models.places.types`` says.

Contract: see ``models.places.types``. ``PlacesIndex.open(path,
site_places=None, language=None)`` opens the file read-only, checks its format version
and loads the word list (for typo-tolerant lookup) and the site's own
places: those stored at import, or ``site_places`` when given (fresh from
``site.toml``; an entry standing for an address is placed by searching for
it). ``search`` (``models.places.search``), ``reverse``, ``street_lines``
and ``landmarks`` (``models.places.reverse``) answer from it. One instance
belongs to one thread. ``language`` (the console's, ``"he"``, ``"sr_Latn"``;
``index.language`` may be changed) names the results and reverse names
where the data has that language and the match does not name them itself
(``search`` and ``reverse`` also take it per call). ``close()`` closes the file; the index is also a
context manager.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from models.places import reverse as spatial
from models.places import schema
from models.places.matcher import Vocabulary
from models.places.normalise import fold
from models.places.search import Searcher, SiteEntry
from models.places.site_places import SitePlace
from models.places.types import Place, PlacesIndexError, ReverseName, StreetLine

_LOGGER = logging.getLogger(__name__)

MMAP_BYTES = 512 * 1024 * 1024
CACHE_KIB = 32 * 1024


class PlacesIndex:
    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        meta: dict[str, str],
        language: str | None = None,
    ) -> None:
        self.path = path
        self.language = language
        self._conn = conn
        self.meta = meta
        self.build_id = meta.get("build_id", "")
        self.has_addresses = meta.get("has_addresses") == "1"
        bbox = None
        try:
            values = [float(v) for v in meta.get("bbox", "").split(",")]
            if len(values) == 4:
                bbox = (values[0], values[1], values[2], values[3])
        except ValueError:
            pass
        self.bbox = bbox
        words, counts = [], []
        for word, count in conn.execute("SELECT word, names FROM vocab"):
            words.append(word)
            counts.append(count)
        self._searcher = Searcher(conn, Vocabulary(words, counts), [], bbox)

    @classmethod
    def open(
        cls,
        path: str | Path,
        site_places: Sequence[SitePlace] | None = None,
        language: str | None = None,
    ) -> PlacesIndex:
        path = Path(path)
        if not path.is_file():
            raise PlacesIndexError(f"{path}: no places file (run dispatch-console import-osm)")
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise PlacesIndexError(f"{path}: cannot open the places file ({exc})") from exc
        try:
            # read through a memory map and keep hot pages: a keystroke or a reverse lookup
            # then touches memory, not read() calls (the file is never written while open)
            conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("schema_version") != schema.SCHEMA_VERSION:
                raise PlacesIndexError(
                    f"{path}: places file format {meta.get('schema_version')!r}, this console "
                    f"reads {schema.SCHEMA_VERSION!r} (run dispatch-console import-osm again)"
                )
            index = cls(path, conn, meta, language)
            stored = [
                SitePlace(alias, kind, lat, lon, address)
                for alias, kind, lat, lon, address in conn.execute(
                    "SELECT alias, kind, lat, lon, address FROM site_places ORDER BY id"
                )
            ]
            index.set_site_places(stored if site_places is None else site_places)
        except PlacesIndexError:
            conn.close()
            raise
        except (sqlite3.Error, ValueError, TypeError) as exc:
            conn.close()
            raise PlacesIndexError(f"{path}: not a places file ({exc})") from exc
        return index

    def set_site_places(self, places: Iterable[SitePlace]) -> None:
        """Replace the site's own places (placing those that stand for an address)."""
        entries: list[SiteEntry] = []
        for place in places:
            lat, lon = place.lat, place.lon
            if place.address and (lat is None or lon is None or (lat == 0.0 and lon == 0.0)):
                found = self._searcher.search(place.address, None, 1)
                if not found:
                    _LOGGER.warning("site place %r: address %r not found", place.alias,
                                    place.address)  # fmt: skip
                    continue
                lat, lon = found[0].lat, found[0].lon
            if lat is None or lon is None:
                continue
            entries.append(SiteEntry(place.alias, place.kind, lat, lon,
                                     tuple(fold(place.alias).split()), place.address))  # fmt: skip
        self._searcher.site = entries

    def search(
        self,
        query: str,
        *,
        near: tuple[float, float] | None = None,
        limit: int = 10,
        language: str | None = None,
    ) -> list[Place]:
        return self._searcher.search(query, near, limit, language or self.language)

    def reverse(self, lat: float, lon: float, language: str | None = None) -> ReverseName | None:
        try:
            return spatial.reverse(self._conn, lat, lon, language or self.language)
        except (sqlite3.Error, TypeError, ValueError):
            _LOGGER.exception("reverse failed for %r, %r", lat, lon)
            return None

    def street_lines(
        self, bbox: tuple[float, float, float, float], language: str | None = None
    ) -> list[StreetLine]:
        return spatial.street_lines(self._conn, bbox, language)

    def landmarks(
        self, bbox: tuple[float, float, float, float], kinds: Iterable[str] | None = None
    ) -> list[Place]:
        return spatial.landmarks(self._conn, bbox, kinds)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PlacesIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
