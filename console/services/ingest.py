"""Ingest service: links -> frames -> codec -> events in the store.

Contract (Qt-free, runs on any asyncio loop: the GUI's qasync loop or the
headless recorder's plain loop):
- ``IngestService(site, writer)``; ``await start()`` opens every enabled link
  of the site and runs it until ``await stop()``.
- Every frame is appended to the group-commit writer as one event, decoded or
  not: ``frame.decoded`` (payload: protocol, peer, message, unit) or
  ``frame.rejected`` (error = the codec's reason). Raw bytes and the receive
  time go with it. Nothing is shown before it is committed: the UI learns of
  events only from the writer's after-commit callback.
- A position names its unit by the link's bound unit, else by the NMEA TAG
  block's source; a source that is not a unit of the site is kept in the
  payload as ``unknown_unit`` and counted, never silently mapped.
- Protocols that answer (ALI: ACK/NAK) answer only after the frame's event
  is durably committed, on the link and to the peer it came from. A frame
  the store could not keep (it is down or full and its buffer is at its
  cap: the receipt fails) is never acknowledged: it gets the protocol's
  NAK where it has one, so the sender repeats it, and nothing otherwise
  (its own timeout repeats it). Over HTTP such a request is answered 503.
- A decoded caller location (ALI, AML, PIDF-LO) is handed to the call
  tracker, whose ``call.offered`` / ``call.location`` events follow the
  frame's event in the log.
- Backpressure: while the writer signals pressure (too much waiting
  uncommitted: the database is unreachable or the disk is full) every link
  stops reading (``Link.pause_reading``): stream links leave their data with
  the sender's flow control, the drop folder leaves its files, the HTTP
  endpoint answers 503 with Retry-After; a datagram link cannot wait, so it
  drops and counts, and what it dropped is handed to the writer once a
  second (``note_dropped``), stored as one ``link.dropped`` event per link
  when commits succeed again. Nothing is dropped silently; reading resumes
  when the pressure is off.
- Link state changes are events too (``link.state``), appended the moment
  the link changes state (``Link.on_state``), so the one event log tells when
  a feed went down and came back, however short the outage. A retry that
  fails again (down -> connecting -> down) is not a new outage: only the
  states up, down and stopped are stored, each when it differs from the last
  stored one.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from console.config.site import Site
from models.calls.tracker import CallTracker
from models.store import GroupCommitWriter, NewEvent, StoreError
from models.store.pressure import DropSummary
from radio.links.base import Chunk, Link, LinkState
from radio.links.factory import make_link
from radio.links.http_types import HttpConfig, HttpRequestRecord, HttpVerdict
from radio.links.spec import LinkSpec
from radio.messages import DecodeError, PositionFix
from radio.protocols import Protocol, ali_protocol, get_protocol, zone_alarm_protocol

_LOGGER = logging.getLogger(__name__)

# Flush for at most this long at shutdown, then spill what is left beside the store
# (replayed first on the next start): a stop, SIGTERM included, takes well under 10 s
# even while the store is failing.
STORE_CLOSE_TIMEOUT_S = 5.0
DROPS_INTERVAL_S = 1.0
LARGE_BACKLOG = 10_000  # events waiting: once committed, their memory goes back to the OS
TRIM_AGAIN_S = 10.0
# Protocol families whose frames are caller locations (ali-bcc, aml-http, ...).
CALLER_PROTOCOLS = frozenset({"ali", "aml", "pidf"})


@dataclass
class LinkRuntime:
    """One running link with its protocol and per-peer framing state."""

    spec: LinkSpec
    link: Link
    protocol: Protocol | None  # None: an endpoint that names the protocol per request
    splitters: dict[str, object] = field(default_factory=dict)
    task: asyncio.Task[None] | None = None
    reported_state: LinkState = LinkState.STOPPED
    unknown_units: int = 0
    acks_sent: int = 0
    dropped: int = 0  # datagrams shed while the store was not keeping up


def release_free_memory() -> None:
    """Return the heap the store's backlog freed to the OS (glibc ``malloc_trim``; elsewhere
    nothing): without it a process keeps its peak size after an outage."""
    gc.collect()
    import ctypes  # here: ctypes.util costs ~20 ms of the recorder's start
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (Windows, macOS, musl)
        return
    trim(0)


class IngestService:
    def __init__(
        self,
        site: Site,
        writer: GroupCommitWriter,
        *,
        link_factory: Callable[[LinkSpec], Link] = make_link,
        call_tracker: CallTracker | None = None,
    ) -> None:
        self.site = site
        self.writer = writer
        self.call_tracker = call_tracker
        self._link_factory = link_factory
        self._known_units = {unit.call_sign for unit in site.units}
        self.links: list[LinkRuntime] = []
        self._running = False
        self.paused = False  # links paused: the store is not keeping up
        self._stop_pressure: Callable[[], None] | None = None
        self._drops_task: asyncio.Task[None] | None = None

    # -- lifecycle -------------------------------------------------------

    async def start(self) -> None:
        self._running = True
        self.append_system("system.start", {"site": self.site.name})
        for spec in self.site.links:
            if not spec.enabled:
                continue
            try:
                protocol = self._protocol_for(spec)
                link = self._link_factory(spec)
            except (KeyError, ValueError) as exc:
                # A bad link entry must not stop the others; say so in the log.
                message = exc.args[0] if exc.args else str(exc)
                _LOGGER.error("link %s not started: %s", spec.name, message)
                self.append_system("link.config-error", {"link": spec.name, "error": message})
                continue
            runtime = LinkRuntime(spec=spec, link=link, protocol=protocol)
            self._watch_state(runtime)
            runtime.task = asyncio.get_running_loop().create_task(
                link.run(lambda chunk, rt=runtime: self._on_link_chunk(rt, chunk)),
                name=f"link:{spec.name}",
            )
            self.links.append(runtime)
        if self.site.http is not None and self.site.http.enabled:
            self._start_http(self.site.http)
        loop = asyncio.get_running_loop()
        # The writer calls from its own thread: links are paused on the loop's.
        self._stop_pressure = self.writer.add_pressure_listener(
            lambda on: loop.call_soon_threadsafe(self._on_pressure, on)
        )
        self._drops_task = loop.create_task(self._watch_store(), name="ingest:store")

    def _protocol_for(self, spec: LinkSpec) -> Protocol:
        """The registry's protocol, or one built for the site's own format."""
        if spec.profile and spec.protocol.startswith("ali"):
            return ali_protocol(self.site.ali_profiles[spec.profile])
        if spec.profile and spec.protocol == "zone-alarm":
            return zone_alarm_protocol(self.site.alarm_grammars[spec.profile])
        return get_protocol(spec.protocol)

    def _start_http(self, config: HttpConfig) -> None:
        # aiohttp is imported only by a site that has the endpoint (start time).
        from radio.links.http import HttpEndpointLink

        link = HttpEndpointLink(config.name, config, self._on_http_request)
        spec = LinkSpec(
            name=config.name,
            transport="http",
            protocol="aml/pidf/cap",
            host=config.host,
            port=config.port,
        )
        runtime = LinkRuntime(spec=spec, link=link, protocol=None)
        self._watch_state(runtime)
        runtime.task = asyncio.get_running_loop().create_task(
            link.run(self._on_http_refused), name=f"link:{config.name}"
        )
        self.links.append(runtime)

    def _on_http_refused(self, record: HttpRequestRecord) -> None:
        """The endpoint refused the request itself (auth, size, type): store why."""
        self.writer.submit(
            NewEvent(
                source=f"link:{self.site.http.name if self.site.http else 'http'}",
                kind="frame.rejected",
                rx_time=record.rx_time,
                payload=record.to_payload(),
                raw=record.body,
                error=record.reason,
            )
        )

    async def _on_http_request(self, record: HttpRequestRecord) -> HttpVerdict:
        """An accepted request: decode, store, and answer only once it is committed."""
        protocol = get_protocol(record.protocol)
        from radio.links.http import decode_off_loop

        message = await decode_off_loop(protocol, record.body)
        payload = record.to_payload()
        source = f"link:{self.site.http.name if self.site.http else 'http'}"
        if isinstance(message, DecodeError):
            event = NewEvent(
                source=source,
                kind="frame.rejected",
                rx_time=record.rx_time,
                payload=payload,
                raw=record.body,
                error=message.reason,
            )
        else:
            payload["message"] = message.to_payload()
            event = NewEvent(
                source=source,
                kind="frame.decoded",
                rx_time=record.rx_time,
                payload=payload,
                raw=record.body,
            )
        receipt = self.writer.submit(event)
        if event.kind == "frame.decoded":
            self._track_call(event, record.protocol, source.removeprefix("link:"), record.peer)
        try:
            stored = await asyncio.wrap_future(receipt.as_future())
        except StoreError as exc:
            # Not stored: the sender must try again later, never believe it was kept.
            return HttpVerdict(503, f"not stored, try again later: {exc}")
        if isinstance(message, DecodeError):
            return HttpVerdict(400, message.reason)
        if stored.kind != event.kind:  # the store kept it as a rejected row, with the reason
            return HttpVerdict(422, f"stored as event {stored.seq}, rejected: {stored.error}")
        return HttpVerdict(200, f"stored as event {stored.seq}")

    async def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        if self._stop_pressure is not None:
            self._stop_pressure()
        if self._drops_task is not None:
            self._drops_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._drops_task
        for runtime in self.links:
            runtime.link.close()
        for runtime in self.links:
            if runtime.task is None:
                continue
            runtime.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await runtime.task
            # Partial frames still buffered are frames too: store them.
            for peer, splitter in runtime.splitters.items():  # type: ignore[assignment]
                for frame in splitter.flush():  # type: ignore[attr-defined]
                    self._ingest_frame(runtime, frame, datetime.now(UTC), peer)
        self._note_drops()
        self.append_system("system.stop", {"site": self.site.name})

    # -- backpressure ----------------------------------------------------

    def _on_pressure(self, on: bool) -> None:
        if not self._running or on == self.paused:
            return
        self.paused = on
        if on:
            _LOGGER.warning("store under pressure: links paused, datagrams dropped and counted")
        else:
            _LOGGER.warning("store keeping up again: links resumed")
        for runtime in self.links:
            if on:
                runtime.link.pause_reading()
            else:
                runtime.link.resume_reading()

    async def _watch_store(self) -> None:
        """Once a second: hand over what links dropped, and after a backlog has been
        committed, give the memory it held back to the OS."""
        backlog = False
        while True:
            await asyncio.sleep(DROPS_INTERVAL_S)
            self._note_drops()
            pending = self.writer.pending
            if pending >= LARGE_BACKLOG:
                backlog = True
            elif backlog and pending < LARGE_BACKLOG // 10:
                backlog = False
                release_free_memory()
                # Again once the committed backlog has reached every reader of the log.
                asyncio.get_running_loop().call_later(TRIM_AGAIN_S, release_free_memory)

    def _note_drops(self) -> None:
        for runtime in self.links:
            drops = runtime.link.take_drops()
            if drops is None or drops.count <= 0:
                continue
            runtime.dropped += drops.count
            self.writer.note_dropped(
                DropSummary(
                    f"link:{runtime.spec.name}",
                    count=drops.count,
                    nbytes=drops.nbytes,
                    first=drops.first_rx,
                    last=drops.last_rx,
                    reason=drops.reason,
                )
            )

    # -- events ----------------------------------------------------------

    def append_system(self, kind: str, payload: dict[str, object], source: str = "system") -> None:
        self.writer.submit(
            NewEvent(source=source, kind=kind, rx_time=datetime.now(UTC), payload=payload)
        )

    def _on_link_chunk(self, runtime: LinkRuntime, chunk: Chunk) -> None:
        splitter = runtime.splitters.get(chunk.peer)
        if splitter is None:
            splitter = runtime.splitters[chunk.peer] = runtime.protocol.splitter()
        frames = splitter.feed(chunk.data)  # type: ignore[attr-defined]
        if chunk.datagram or getattr(chunk, "closed", False):
            frames.extend(splitter.flush())  # type: ignore[attr-defined]
            if getattr(chunk, "closed", False):
                del runtime.splitters[chunk.peer]
        for frame in frames:
            self._ingest_frame(runtime, frame, chunk.rx_time, chunk.peer)

    def _ingest_frame(
        self, runtime: LinkRuntime, frame: bytes, rx_time: datetime, peer: str
    ) -> None:
        spec = runtime.spec
        health = runtime.link.health
        message = runtime.protocol.decode(frame)
        source = f"link:{spec.name}"
        if isinstance(message, DecodeError):
            health.errors += 1
            event = NewEvent(
                source=source,
                kind="frame.rejected",
                rx_time=rx_time,
                payload={"protocol": spec.protocol, "peer": peer},
                raw=frame,
                error=message.reason,
            )
        else:
            health.frames += 1
            health.last_frame_monotonic = time.monotonic()
            payload: dict[str, object] = {
                "protocol": spec.protocol,
                "peer": peer,
                "message": message.to_payload(),
            }
            # Only vehicle positions name units; a caller location's "source"
            # is its protocol family (ali, aml, pidf).
            claimed = (spec.unit or message.source) if isinstance(message, PositionFix) else None
            if claimed is not None:
                if claimed in self._known_units:
                    payload["unit"] = claimed
                else:
                    runtime.unknown_units += 1
                    payload["unknown_unit"] = claimed
            event = NewEvent(
                source=source, kind="frame.decoded", rx_time=rx_time, payload=payload, raw=frame
            )
        receipt = self.writer.submit(event)
        if event.kind == "frame.decoded":
            self._track_call(event, spec.protocol, spec.name, peer)
        ack = runtime.protocol.ack
        if ack is not None or spec.transport == "folder":
            # A drop folder's file is archived once its frame is stored.
            answer = ack(message) if ack is not None else b"stored"
            if answer:
                # Answer only once the frame is durably stored: from the store's
                # thread straight to the link, never waiting on the GUI thread.
                nak = runtime.protocol.nak
                receipt.add_done_callback(
                    lambda r: self._send_ack(
                        runtime, peer, answer if r.exception() is None else nak
                    )
                )

    def _track_call(self, event: NewEvent, protocol: str, link: str, peer: str) -> None:
        """A caller location offers a call or adds to one: append that right behind it."""
        message = (event.payload or {}).get("message") or {}
        if self.call_tracker is None or protocol.split("-")[0] not in CALLER_PROTOCOLS:
            return
        for kind, payload in self.call_tracker.on_location_frame(message, protocol, link, peer):
            self.writer.submit(
                NewEvent(source="system", kind=kind, rx_time=event.rx_time, payload=payload)
            )

    def _send_ack(self, runtime: LinkRuntime, peer: str, answer: bytes | None) -> None:
        if not answer:
            return
        try:
            runtime.link.send_threadsafe(answer, peer)
            runtime.acks_sent += 1
        except (ConnectionError, OSError, ValueError, RuntimeError) as exc:
            # The sender repeats an unacknowledged record (RuntimeError: the loop has
            # ended, a receipt settled while shutting down).
            _LOGGER.warning("link %s: could not answer %s: %s", runtime.spec.name, peer, exc)

    # -- health ----------------------------------------------------------

    def _watch_state(self, runtime: LinkRuntime) -> None:
        runtime.link.on_state = lambda _link, _old, new: self._on_link_state(runtime, new)

    def _on_link_state(self, runtime: LinkRuntime, state: LinkState) -> None:
        if state is LinkState.CONNECTING or state is runtime.reported_state:
            return
        runtime.reported_state = state
        health = runtime.link.health
        self.append_system(
            "link.state",
            {
                "link": runtime.spec.name,
                "state": state.value,
                "endpoint": runtime.link.describe(),
                "error": health.last_error if state is LinkState.DOWN else None,
            },
            source=f"link:{runtime.spec.name}",
        )
