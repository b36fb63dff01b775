"""Places service: search and reverse geocoding off the GUI thread, latest answer wins.

Contract (Qt-free; answers are handed back on the asyncio loop that started it):

- ``PlacesService(path)`` names the site's places file (``None`` or a missing
  file: places are unavailable). ``start()`` starts one worker thread that
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
- Never raises for a query: any text answers (possibly nothing). When the
  index is unavailable (no places file, a corrupt one) a search still answers
  plain coordinates ("60.17, 24.94", "60°10'N 24°56'E") as a ``coordinates``
  result and every answer says why places are unavailable
  (``answer.unavailable``); an index that fails on one query answers that
  query with nothing and the reason, and keeps serving.
- Every answer names the ``build_id`` of the index that produced it (None
  when none did), so events recording a resolved place can carry it.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.places.types import PLACES_FILE, Place, ReverseName

_LOGGER = logging.getLogger(__name__)

SEARCH_LIMIT = 10
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


@dataclass(slots=True)
class _Request:
    request_id: int
    consumer: str | None
    kind: str  # "search" | "reverse"
    args: tuple[Any, ...]
    deliver: Callable[[Any], None] = field(repr=False)


_STOP = object()


def site_places_path(site: Any) -> Path | None:
    """The places file of a site: its own ``places_path`` when it names one, else
    ``PLACES_FILE`` in the site folder; None when the site has no folder."""
    explicit = getattr(site, "places_path", None)
    if explicit:
        return Path(explicit)
    folder = getattr(site, "path", None)
    if folder is None:
        return None
    return Path(folder) / PLACES_FILE


def _default_opener(path: Path) -> Any:
    from models.places.index import PlacesIndex

    return PlacesIndex.open(path)


class PlacesService:
    def __init__(
        self,
        path: Path | str | None,
        *,
        opener: Callable[[Path], Any] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self._opener = opener or _default_opener
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self.build_id: str | None = None
        self.unavailable: str | None = None

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
                self.unavailable = "this site has no places file"
                return None
            if not self.path.exists():
                self.unavailable = f"no places index at {self.path} (run import-osm)"
                return None
            index = self._opener(self.path)
            self.build_id = getattr(index, "build_id", None)
            _LOGGER.info("places index %s open (build %s)", self.path, self.build_id)
            return index
        except Exception as exc:  # PlacesIndexError, or any surprise: the console goes on
            self.unavailable = f"places index unusable: {exc}"
            _LOGGER.warning("%s", self.unavailable)
            return None
        finally:
            self._ready.set()

    def _search(self, index: Any, request: _Request, started: float) -> SearchAnswer:
        query, near, limit = request.args
        query = str(query)[:MAX_QUERY_CHARS]
        unavailable = self.unavailable
        places: tuple[Place, ...] = ()
        if index is not None:
            try:
                places = tuple(index.search(query, near=near, limit=limit))
            except Exception as exc:
                _LOGGER.exception("places search failed for %r", query)
                unavailable = f"places search failed: {exc}"
        if index is None or unavailable is not None:
            coordinates = parse_coordinates(query)
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

    def _reverse(self, index: Any, request: _Request, started: float) -> ReverseAnswer:
        lat, lon = request.args
        name = None
        unavailable = self.unavailable
        if index is not None and math.isfinite(lat) and math.isfinite(lon):
            try:
                name = index.reverse(lat, lon)
            except Exception as exc:
                _LOGGER.exception("places reverse failed at %s, %s", lat, lon)
                unavailable = f"places reverse failed: {exc}"
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

_DMS = re.compile(
    r"""^\s*(?P<h1>[NSns])?\s*(?P<d1>\d{1,3}(?:\.\d+)?)\s*[°º:\s]?\s*
    (?:(?P<m1>\d{1,2}(?:\.\d+)?)\s*['′:\s]?\s*)?(?:(?P<s1>\d{1,2}(?:\.\d+)?)\s*(?:["″]|'')?\s*)?
    (?P<t1>[NSns])?\s*[,;/\s]\s*
    (?P<h2>[EWOew])?\s*(?P<d2>\d{1,3}(?:\.\d+)?)\s*[°º:\s]?\s*
    (?:(?P<m2>\d{1,2}(?:\.\d+)?)\s*['′:\s]?\s*)?(?:(?P<s2>\d{1,2}(?:\.\d+)?)\s*(?:["″]|'')?\s*)?
    (?P<t2>[EWOew])?\s*$""",
    re.VERBOSE,
)
_DECIMAL = re.compile(r"^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$")


def _degrees(d: str, m: str | None, s: str | None) -> float:
    return float(d) + float(m or 0) / 60 + float(s or 0) / 3600


def parse_coordinates(text: str) -> Place | None:
    """A ``coordinates`` result for "60.17, 24.94", "60°10'12\"N 24°56'E" and the
    like; None when the text is not a position. Used when no index answers."""
    text = text.strip()
    if not text or len(text) > 80:
        return None
    warning = None
    match = _DECIMAL.match(text)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if abs(lat) > 90 >= abs(lon) and abs(lon) <= 90:
            lat, lon = lon, lat
            warning = "read as lon,lat: swapped to lat,lon"
    else:
        match = _DMS.match(text)
        if not match or not (match.group("h1") or match.group("t1") or "°" in text):
            return None
        lat = _degrees(match.group("d1"), match.group("m1"), match.group("s1"))
        lon = _degrees(match.group("d2"), match.group("m2"), match.group("s2"))
        if (match.group("h1") or match.group("t1") or "N").upper() == "S":
            lat = -lat
        if (match.group("h2") or match.group("t2") or "E").upper() == "W":
            lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Place(
        label=f"{lat:.6f}, {lon:.6f}",
        kind="coordinates",
        lat=lat,
        lon=lon,
        score=1.0,
        warning=warning,
        place_id=f"c:{lat:.6f},{lon:.6f}",
    )
