"""Drives one sans-I/O paging or radio station on a real serial port (or a pty).

Contract: ``ReachLinkRunner(link, on_events, clock=time.monotonic)`` builds
the station a ``console.config.reach.ReachLink`` names (ESPA 4.4.4 control
station or TETRA PEI session) and a ``radio.links.serial_link.SerialLink``
on its URL. ``start()`` (on the console's loop) runs the link: every chunk
read is fed to the station, a lost port is ``port_lost`` (the station keeps
what is in flight and repeats it once the port is back: the link reopens by
itself), and the station's timers run at its ``next_deadline`` with the
loop's ``call_at`` once the port is open (until then they wait for it, so
the first poll is not written into a closed port and waited out for the
station's reply timeout). After every step the station's output is written at
once (``send_threadsafe``: the loop never waits on the port; bytes written
while the port is closed are lost and repeated by the station's own reply
timeout) and its events are handed to ``on_events(link_name, events)`` on the
loop's thread, in order. ``submit(fn)`` runs ``fn(station, now)`` (e.g.
``station.submit(call, now, key)``) and steps at once, so the first byte of
a call leaves in the same loop turn; it may be called from another thread
(the store follower's, see ``ReachService.on_committed_threadsafe``): the
station is driven under a lock, the bytes leave at once and the events and
timers go to the loop. ``close()`` stops the link and timers. The line
settings are the link's (``bytesize``/``parity``/``stopbits``: ESPA 7E2, the
character ESPA 4.4.4 describes; TETRA PEI 8N1 unless the site says otherwise).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import serial

from radio.espa_station import EspaControlStation, StationConfig
from radio.links.base import Chunk, LinkNotConnected, LinkState
from radio.links.serial_link import SerialLink
from radio.tetra_pei_station import TetraPeiStation

_LOGGER = logging.getLogger(__name__)

PORT_WAIT_S = 0.02  # how often the station's timers look for a port that is not open yet


def make_station(link: Any) -> Any:
    """The sans-I/O station for a ``ReachLink``."""
    if link.kind == "espa":
        addresses = {k: v for k, v in link.espa.items() if k in ("own_address", "far_address")}
        return EspaControlStation(StationConfig(**addresses))
    return TetraPeiStation()


class ReachLinkRunner:
    def __init__(
        self,
        link: Any,
        on_events: Callable[[str, list[Any]], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.link = link
        self.name = link.name
        self.station = make_station(link)
        self.on_events = on_events
        self._clock = clock
        options = {
            "bytesize": getattr(link, "bytesize", 8),
            "parity": getattr(link, "parity", serial.PARITY_NONE),
            "stopbits": getattr(link, "stopbits", 1.0),
        }
        if options["stopbits"] in (1.0, 2.0):
            options["stopbits"] = int(options["stopbits"])
        self.serial = SerialLink(link.name, link.url, link.baudrate, **options)
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        # The station is driven from the loop and, for a page, from the store's
        # follower thread (ReachService.on_committed_threadsafe): one at a time.
        self._lock = threading.RLock()
        self.bytes_written = 0
        self.write_failures = 0

    @property
    def health(self) -> Any:
        return self.serial.health

    def start(self) -> None:
        self._loop = asyncio.get_event_loop()
        self._loop_thread = threading.get_ident()
        self._task = asyncio.ensure_future(self.serial.run(self._on_chunk))
        self._step()

    def submit(self, fn: Callable[[Any, float], Any]) -> Any:
        """Run ``fn(station, now)`` and write what it wants written now. Any thread: the
        bytes leave at once; events and timers are handed to the loop."""
        with self._lock:
            result = fn(self.station, self._clock())
            self._step()
        return result

    async def close(self) -> None:
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()
        self.serial.close()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    # -- internals ---------------------------------------------------------

    def _on_chunk(self, chunk: Chunk) -> None:
        with self._lock:
            now = self._clock()
            if chunk.closed:
                self.station.port_lost(now, f"{self.link.url}: port closed")
            elif chunk.data:
                self.station.receive(chunk.data, now)
            self._step()

    def _on_timer(self) -> None:
        if self.serial.health.state is not LinkState.UP and not self._closed:
            # Not open yet (or reopening): a poll written now would be lost and the
            # station would wait out its reply timeout (3 s) before the next call could
            # go. Its timers run once the port is there; a call submitted meanwhile is
            # still tried at once (and repeated by the station when its write is lost).
            self._timer = None
            if self._loop is not None:
                self._timer = self._loop.call_later(PORT_WAIT_S, self._on_timer)
            return
        with self._lock:
            self._timer = None
            self.station.tick(self._clock())
            self._step()

    def _step(self) -> None:
        if self._closed:
            return
        out = self.station.take_output()
        if out:
            try:
                self.serial.send_threadsafe(out)
                self.bytes_written += len(out)
            except LinkNotConnected:
                self.write_failures += 1  # the station's reply timeout repeats it
        events = self.station.take_events()
        on_loop = threading.get_ident() == self._loop_thread
        if events:
            if on_loop or self._loop is None:
                self._deliver(events)
            else:
                self._loop.call_soon_threadsafe(self._deliver, events)
        if not on_loop:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._reschedule)
            return
        self._reschedule()

    def _deliver(self, events: list[Any]) -> None:
        try:
            self.on_events(self.name, events)
        except Exception:  # one bad handler must not stop the link
            _LOGGER.exception("reach link %s: events not handled", self.name)

    def _reschedule(self) -> None:
        """On the loop: the timer for the station's next deadline."""
        if self._closed:
            return
        with self._lock:
            deadline = self.station.next_deadline()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if deadline is not None and self._loop is not None:
            loop = self._loop
            delay = max(0.0, deadline - self._clock())
            self._timer = loop.call_later(max(delay, 0.001), self._on_timer)
