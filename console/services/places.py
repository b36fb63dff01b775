"""Places service: search and reverse geocoding off the GUI thread, latest answer wins.

Contract (Qt-free; answers are handed back on the asyncio loop that started it):

- ``PlacesService(path, language=None)`` names the site's places file
  (``None`` or a missing file: places are unavailable) and the console's
  language (``"he"``, ``"sr_Latn"``; ``service.language`` may be changed at
  any time): search results found through a kind word or a compound, reverse
  names and corners are named in it where the data has it, else by their
  local name (``models.places.index``). ``start()`` starts one worker thread that
  opens its own ``PlacesIndex`` (SQLite connections belong to one thread) and
  serves requests in order; nothing here ever touches SQLite on the caller's
  thread. ``close()`` stops the thread (pending requests are dropped).
- ``request_search(consumer, query, callback, near=, limit=)`` and
  ``request_reverse(consumer, lat, lon, callback)`` queue a request and return
  its id at once. ``callback(answer)`` runs later on the loop's thread with a
  ``SearchAnswer``/``ReverseAnswer`` tagged with that id. Latest wins per
  ``consumer`` (a completion list, the map search, the call panel): a request
  superseded by a newer one of the same consumer is skipped by the worker if
  it has not started, and its answer is dropped if it has, so a stale query
  never overwrites a newer one.
- ``await search(query, near=, limit=)`` / ``await reverse(lat, lon)`` ask
  once and always answer (no consumer, never superseded): for actions that
  need the answer before they proceed.
- ``await map_layers(bbox, language)`` -> ``MapLayers``: the named street
  lines inside ``bbox`` (named in ``language`` where the data has it) and the
  landmarks, for the map; empty lists when the index is unavailable or fails.
- Never raises for a query: any text answers (possibly nothing). When the
  index is unavailable (no places file, a corrupt one) a search still answers
  plain coordinates ("60.17, 24.94", "60°10'N 24°56'E") as a ``coordinates``
  result and every answer says why places are unavailable
  (``answer.unavailable``, a ``models.refusal.reason``: English, translated
  where shown); an index that fails on one query answers that query with
  nothing and the reason, and keeps serving.
- Every answer names the ``build_id`` of the index that produced it (None
  when none did), so events recording a resolved place can carry it.

Resolving a dispatcher's place (used by the controllers before they create
or move an incident; never replaces what was typed):

- ``unambiguous(places)`` is the one result a query may be verified to
  without the dispatcher picking: the top result when it is coordinates, or
  the only exact match (exact matches naming one place in one locality);
  fuzzy matches and equal names in two localities are never chosen.
- ``from_place(place, build_id, typed)`` -> ``Resolution`` (a picked or
  unambiguous result: verified, except coordinates, which are a forced point).
- ``await verify_typed(service, text, lat, lon)``: the exact match of a typed
  address within ``VERIFY_RADIUS_M`` of a given position, as an event place
  (with its distance), or None.
- ``await reverse_payload(service, lat, lon)``: the position's reverse name as
  an event place, or None.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.dispatch.events import place_payload
from models.places.coordinates import parse_coordinates as read_coordinates
from models.places.types import PLACES_FILE, Place, ReverseName, StreetLine
from models.refusal import QT_TRANSLATE_NOOP, Text, reason

_LOGGER = logging.getLogger(__name__)

SEARCH_LIMIT = 10
#: A typed address verifies a given position when its exact match lies this close.
VERIFY_RADIUS_M = 100.0
#: Longer queries are cut before they reach the index (a pasted page must not stall it).
MAX_QUERY_CHARS = 300


@dataclass(frozen=True, slots=True)
class SearchAnswer:
    request_id: int
    consumer: str | None
    query: str
    places: tuple[Place, ...]
    build_id: str | None
    unavailable: str | None = None  # why places are unavailable (coordinates still answer)
    elapsed_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class ReverseAnswer:
    request_id: int
    consumer: str | None
    lat: float
    lon: float
    name: ReverseName | None
    build_id: str | None
    unavailable: str | None = None
    elapsed_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class MapLayers:
    street_lines: list[StreetLine]
    landmarks: list[Place]
    build_id: str | None
    unavailable: str | None = None


@dataclass(slots=True)
class _Request:
    request_id: int
    consumer: str | None
    kind: str  # "search" | "reverse" | "layers"
    args: tuple[Any, ...]
    deliver: Callable[[Any], None] = field(repr=False)


_STOP = object()


def site_places_path(site: Any) -> Path | None:
    """The places file of a site (``Site.places_file``), else where it would be
    (``PLACES_FILE`` in the site folder); None when the site has neither."""
    found = getattr(site, "places_file", None)
    if found:
        return Path(found)
    folder = getattr(site, "path", None)
    if folder is None:
        return None
    folder = Path(folder)
    return (folder if folder.is_dir() else folder.parent) / PLACES_FILE


class PlacesService:
    def __init__(
        self,
        path: Path | str | None,
        *,
        site_places: Any = None,
        opener: Callable[[Path], Any] | None = None,
        language: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.language = language
        self._site_places = site_places
        self._opener = opener or self._open_index
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self.build_id: str | None = None
        self.unavailable: str | None = None

    @classmethod
    def for_site(cls, site: Any, language: str | None = None) -> PlacesService:
        """The service of a site: its places file and its own ``[[places]]`` names."""
        return cls(
            site_places_path(site),
            site_places=getattr(site, "places", None) or None,
            language=language,
        )

    def _open_index(self, path: Path) -> Any:
        from models.places.index import PlacesIndex

        return PlacesIndex.open(path, site_places=self._site_places)

    # -- life cycle ------------------------------------------------------------

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Start the worker; answers come back on ``loop`` (default: the running one)."""
        if self._thread is not None:
            return
        self._loop = loop or asyncio.get_event_loop()
        self._thread = threading.Thread(target=self._work, name="places", daemon=True)
        self._thread.start()

    def close(self, timeout: float = 5.0) -> None:
        if self._thread is None:
            return
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self._thread = None

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the worker has opened (or failed to open) the index (tests, CLI)."""
        return self._ready.wait(timeout)

    @property
    def available(self) -> bool:
        return self._ready.is_set() and self.unavailable is None

    # -- requests ----------------------------------------------------------------

    def request_search(
        self,
        consumer: str,
        query: str,
        callback: Callable[[SearchAnswer], None],
        *,
        near: tuple[float, float] | None = None,
        limit: int = SEARCH_LIMIT,
    ) -> int:
        return self._request(consumer, "search", (query, near, limit), callback)

    def request_reverse(
        self, consumer: str, lat: float, lon: float, callback: Callable[[ReverseAnswer], None]
    ) -> int:
        return self._request(consumer, "reverse", (lat, lon), callback)

    def is_latest(self, consumer: str, request_id: int) -> bool:
        return self._latest.get(consumer) == request_id

    async def search(
        self, query: str, *, near: tuple[float, float] | None = None, limit: int = SEARCH_LIMIT
    ) -> SearchAnswer:
        answer: SearchAnswer = await self._ask("search", (query, near, limit))
        return answer

    async def reverse(self, lat: float, lon: float) -> ReverseAnswer:
        answer: ReverseAnswer = await self._ask("reverse", (lat, lon))
        return answer

    async def map_layers(
        self, bbox: tuple[float, float, float, float], language: str | None = None
    ) -> MapLayers:
        layers: MapLayers = await self._ask("layers", (bbox, language))
        return layers

    async def _ask(self, kind: str, args: tuple[Any, ...]) -> Any:
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Any] = loop.create_future()

        def settle(answer: Any) -> None:
            if not waiter.done():
                waiter.set_result(answer)

        self._submit(_Request(next(self._ids), None, kind, args, settle), loop)
        return await waiter

    def _request(
        self, consumer: str, kind: str, args: tuple[Any, ...], callback: Callable[[Any], None]
    ) -> int:
        request_id = next(self._ids)
        self._latest[consumer] = request_id

        def deliver(answer: Any) -> None:
            if self._latest.get(consumer) == answer.request_id:  # a newer one supersedes it
                callback(answer)

        self._submit(_Request(request_id, consumer, kind, args, deliver), self._loop)
        return request_id

    def _submit(self, request: _Request, loop: asyncio.AbstractEventLoop | None) -> None:
        if self._thread is None:
            self.start(loop)
        self._queue.put(request)

    # -- the worker thread -------------------------------------------------------

    def _work(self) -> None:
        index = self._open()
        try:
            while True:
                request = self._queue.get()
                if request is _STOP:
                    return
                if request.consumer is not None and not self.is_latest(
                    request.consumer, request.request_id
                ):
                    continue  # superseded before it started
                started = time.perf_counter()
                if request.kind == "search":
                    answer: Any = self._search(index, request, started)
                elif request.kind == "layers":
                    answer = self._layers(index, request)
                else:
                    answer = self._reverse(index, request, started)
                loop = self._loop
                if loop is None or loop.is_closed():
                    continue
                try:
                    loop.call_soon_threadsafe(request.deliver, answer)
                except RuntimeError:  # the loop closed meanwhile: nobody is waiting
                    return
        finally:
            if index is not None and hasattr(index, "close"):
                try:
                    index.close()
                except Exception:  # closing must not mask the reason the worker stops
                    _LOGGER.exception("places index did not close cleanly")

    def _open(self) -> Any:
        try:
            if self.path is None:
                self.unavailable = reason(
                    QT_TRANSLATE_NOOP("Refusal", "this site has no places file")
                )
                return None
            if not self.path.exists():
                self.unavailable = reason(
                    QT_TRANSLATE_NOOP("Refusal", "no places index at {path} (run import-osm)"),
                    path=self.path,
                )
                return None
            index = self._opener(self.path)
            self.build_id = getattr(index, "build_id", None)
            _LOGGER.info("places index %s open (build %s)", self.path, self.build_id)
            return index
        except Exception as exc:  # PlacesIndexError, or any surprise: the console goes on
            self.unavailable = reason(
                QT_TRANSLATE_NOOP("Refusal", "places index unusable: {reason}"), reason=Text(exc)
            )
            _LOGGER.warning("%s", self.unavailable)
            return None
        finally:
            self._ready.set()

    def _search(self, index: Any, request: _Request, started: float) -> SearchAnswer:
        query, near, limit = request.args
        asked = str(query)[:MAX_QUERY_CHARS]
        unavailable = self.unavailable
        places: tuple[Place, ...] = ()
        if index is not None:
            try:
                places = tuple(index.search(asked, near=near, limit=limit, **self._in_language()))
            except Exception as exc:
                _LOGGER.exception("places search failed for %r", query)
                unavailable = reason(
                    QT_TRANSLATE_NOOP("Refusal", "places search failed: {reason}"),
                    reason=Text(exc),
                )
        if index is None or unavailable is not None:
            coordinates = parse_coordinates(asked)
            places = (coordinates,) if coordinates is not None else ()
        return SearchAnswer(
            request.request_id,
            request.consumer,
            query,
            places,
            self.build_id if index is not None else None,
            unavailable,
            (time.perf_counter() - started) * 1000,
        )

    def _in_language(self) -> dict[str, str]:
        return {"language": self.language} if self.language else {}

    def _layers(self, index: Any, request: _Request) -> MapLayers:
        bbox, language = request.args
        language = language or self.language
        if index is None:
            return MapLayers([], [], None, self.unavailable)
        try:
            lines = list(index.street_lines(bbox, language))
            landmarks = list(index.landmarks(bbox))
        except Exception as exc:
            _LOGGER.exception("places map layers failed for %s", bbox)
            return MapLayers([], [], self.build_id, f"places map layers failed: {exc}")
        return MapLayers(lines, landmarks, self.build_id)

    def _reverse(self, index: Any, request: _Request, started: float) -> ReverseAnswer:
        lat, lon = request.args
        name = None
        unavailable = self.unavailable
        if index is not None and math.isfinite(lat) and math.isfinite(lon):
            try:
                name = index.reverse(lat, lon, **self._in_language())
            except Exception as exc:
                _LOGGER.exception("places reverse failed at %s, %s", lat, lon)
                unavailable = reason(
                    QT_TRANSLATE_NOOP("Refusal", "places reverse failed: {reason}"),
                    reason=Text(exc),
                )
        return ReverseAnswer(
            request.request_id,
            request.consumer,
            lat,
            lon,
            name,
            self.build_id if index is not None else None,
            unavailable,
            (time.perf_counter() - started) * 1000,
        )


# -- coordinates without an index ---------------------------------------------------


def parse_coordinates(text: str) -> Place | None:
    """A ``coordinates`` result for a typed position in any usual form
    (``models.places.coordinates``); None when the text is not one."""
    found = read_coordinates(text)
    if found is None:
        return None
    return Place(
        label=f"{found.lat:.6f}, {found.lon:.6f}",
        kind="coordinates",
        lat=found.lat,
        lon=found.lon,
        score=1.0,
        warning=found.warning,
        place_id=f"c:{found.lat:.6f},{found.lon:.6f}",
    )


# -- resolving a dispatcher's place ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where an incident goes and what the event records about its place."""

    lat: float
    lon: float
    location: str | None  # what the dispatcher typed
    place: dict[str, Any] | None  # ``place_payload`` of the verified place
    verified: bool
    override: bool


def unambiguous(places: tuple[Place, ...] | list[Place]) -> Place | None:
    if not places:
        return None
    if places[0].kind == "coordinates":
        return places[0]
    exact = [p for p in places if p.match == "exact" and p.kind != "coordinates"]
    if not exact:
        return None
    named = {(" ".join(p.label.casefold().split()), p.locality) for p in exact}
    return exact[0] if len(named) == 1 else None


def from_place(place: Place, build_id: str | None, typed: str | None) -> Resolution:
    if place.kind == "coordinates":
        return Resolution(place.lat, place.lon, typed, None, verified=False, override=True)
    payload = place_payload(place, distance_m=0.0, build_id=build_id)
    return Resolution(place.lat, place.lon, typed, payload, verified=True, override=False)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (metres; spherical, ample for tens of metres)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(a)))


async def verify_typed(
    service: PlacesService | None, text: str | None, lat: float, lon: float
) -> dict[str, Any] | None:
    if service is None or not text or not text.strip():
        return None
    answer = await service.search(text, near=(lat, lon), limit=5)
    if answer.build_id is None:
        return None
    for place in answer.places:
        if place.match != "exact" or place.kind == "coordinates":
            continue
        metres = distance_m(lat, lon, place.lat, place.lon)
        if metres <= VERIFY_RADIUS_M:
            return place_payload(place, distance_m=metres, build_id=answer.build_id)
    return None


async def reverse_payload(
    service: PlacesService | None, lat: float, lon: float
) -> dict[str, Any] | None:
    if service is None:
        return None
    answer = await service.reverse(lat, lon)
    if answer.name is None:
        return None
    return place_payload(
        answer.name,
        distance_m=answer.name.distance_m,
        build_id=answer.build_id,
        kind="reverse",
    )
