"""Serial link: any pyserial URL, read by a thread, delivered on the event loop.

Contract: ``SerialLink(name, url, baudrate)`` opens the port with
``serial.serial_for_url`` so a device path (``/dev/ttyUSB0``, ``COM3``) or a
pyserial URL (``socket://host:port``, ``loop://``) all work. One reader thread
per open session owns the port: it opens it, reads, and hands each batch of
bytes to the loop with ``call_soon_threadsafe`` (portable to Windows, unlike
``add_reader``), then closes the port when the session ends. A lost port
(``SerialException``/``OSError``, EOF on a pty whose master closed) turns the
link DOWN, the sink gets a ``closed`` chunk for the port, and the link reopens
with backoff until the port is back. Writes go through a writer thread per
session, in order: ``write`` awaits its bytes being written, and
``send_threadsafe`` (an ACK from the store's thread) queues them from any
thread without involving the loop, so neither the loop nor the store waits.
``close`` interrupts the reader at once (``cancel_read``) and never joins a
thread on the loop; ``run`` returns once the thread has released the port.

Backpressure (``pause_reading``, see ``radio.links.base``): while paused the
reader takes no bytes from the port (it interrupts a read under way where
the port can, ``cancel_read``); they wait in the OS and UART buffers, and
beyond those the device's flow control (RTS/CTS, XON/XOFF) holds them, and
they are delivered in order after ``resume_reading()``. A device without
flow control may overrun those buffers during a long pause: the port loses
bytes the link never sees, so nothing is counted for them. Writes (ACKs) go
on while paused; a port lost while paused is noticed on resume.

Why not ``serial.threaded.ReaderThread`` or pyserial-asyncio: the former
calls its protocol on the reader thread and cannot reopen a port; the latter
relies on ``add_reader`` (not on Windows' proactor loop) and neither retries.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any

import serial

from radio.links.base import Backoff, LinkNotConnected, ReconnectingLink, error_text, utc_now

_LOGGER = logging.getLogger(__name__)

# Hand at most this much to the loop per callback: big enough that a flood
# costs few wake-ups, small enough that a slow consumer sees steady progress.
_MAX_BATCH = 64 * 1024


def _loss_text(exc: BaseException) -> str:
    text = error_text(exc)
    # pyserial's wording for EOF on a vanished device (USB pulled, pty hung up).
    if "returned no data" in text:
        return "device disconnected"
    return text.removeprefix("read failed: ")


class _Session:
    """One open of the port: the reader and writer threads and what they share."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.may_read = threading.Event()  # clear while the link is paused
        self.port: Any = None  # serial.SerialBase once open; written by the writer thread
        self.thread: threading.Thread | None = None
        # Bytes to send, in order, with a future to settle (None: fire and forget).
        self.outbox: queue.SimpleQueue[tuple[bytes, Future[None] | None] | None] = (
            queue.SimpleQueue()
        )
        self.writer: threading.Thread | None = None
        self.opened: asyncio.Future[None] | None = None
        self.exited: asyncio.Future[None] | None = None


class SerialLink(ReconnectingLink):
    """A serial port (or pyserial URL) as a reconnecting ``Link``."""

    def __init__(
        self,
        name: str,
        url: str,
        baudrate: int = 4800,
        *,
        backoff: Backoff | None = None,
        read_timeout: float = 0.2,
        write_timeout: float = 5.0,
        **port_options: Any,
    ) -> None:
        super().__init__(name, backoff)
        self.url = url
        self.baudrate = baudrate
        # The read timeout only bounds how long the reader takes to notice a
        # stop request on ports without cancel_read (socket://); data is
        # delivered as soon as it arrives regardless.
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        self.port_options = port_options
        self._current: _Session | None = None

    def describe(self) -> str:
        """ "serial /dev/ttyS0 9600", with the line settings when they are not 8N1 ("7E2")."""
        bits = self.port_options.get("bytesize", 8)
        parity = self.port_options.get("parity", "N")
        stop = self.port_options.get("stopbits", 1)
        if (bits, parity, stop) == (8, "N", 1):
            return f"serial {self.url} {self.baudrate}"
        return f"serial {self.url} {self.baudrate} {bits}{parity}{stop:g}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot open {self.url}: {error_text(exc)}"

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        session = _Session()
        if not self._paused:
            session.may_read.set()
        session.opened = loop.create_future()
        session.exited = loop.create_future()
        session.thread = threading.Thread(
            target=self._reader,
            args=(session, loop),
            name=f"serial-reader-{self.name}",
            daemon=True,
        )
        self._current = session
        session.thread.start()
        await session.opened

    def _release(self) -> None:
        session = self._current
        if session is None:
            return
        session.stop.set()
        session.may_read.set()  # a paused reader wakes up to see the stop
        self._cancel_read(session)

    def _cancel_read(self, session: _Session) -> None:
        cancel = getattr(session.port, "cancel_read", None)
        if cancel is not None:
            try:
                cancel()
            except Exception:  # the port may be closing under us; the flags suffice
                _LOGGER.debug("cancel_read failed on %s", self.url, exc_info=True)

    def _apply_reading(self) -> None:
        session = self._current
        if session is None or session.stop.is_set():
            return
        if self._paused:
            session.may_read.clear()
            self._cancel_read(session)
        else:
            session.may_read.set()

    async def _released(self) -> None:
        session = self._current
        if session is None:
            return
        if session.exited is not None:
            await asyncio.shield(session.exited)
        if self._current is session:
            self._current = None

    # -- reader thread -------------------------------------------------------

    def _reader(self, session: _Session, loop: asyncio.AbstractEventLoop) -> None:
        port = None
        opened = False
        try:
            port = serial.serial_for_url(
                self.url,
                baudrate=self.baudrate,
                timeout=self.read_timeout,
                write_timeout=self.write_timeout,
                **self.port_options,
            )
            session.port = port
            opened = True
            session.writer = threading.Thread(
                target=self._writer,
                args=(session, loop),
                name=f"serial-writer-{self.name}",
                daemon=True,
            )
            session.writer.start()
            self._to_loop(loop, self._on_opened, session, None)
            self._read_loop(port, session, loop)
        except Exception as exc:  # the port failed; report it on the loop
            if not opened:
                self._to_loop(loop, self._on_opened, session, exc)
            elif not session.stop.is_set():
                self._to_loop(loop, self._on_lost, session, exc)
        finally:
            session.outbox.put(None)  # the writer drains what it has, then ends
            if session.writer is not None:
                session.writer.join(timeout=self.write_timeout + 1)
            session.port = None
            if port is not None:
                try:
                    port.close()
                except Exception:
                    _LOGGER.debug("closing %s failed", self.url, exc_info=True)
            self._to_loop(loop, self._on_exited, session)

    def _read_loop(self, port: Any, session: _Session, loop: asyncio.AbstractEventLoop) -> None:
        stop, may_read = session.stop, session.may_read
        while not stop.is_set():
            if not may_read.is_set():
                # Paused: the bytes wait in the port. _release sets may_read too.
                may_read.wait()
                continue
            # read(1) blocks until a byte arrives or the timeout ends, so an
            # idle port costs no CPU; whatever else is waiting comes with it.
            first = port.read(1)
            if not first:
                continue
            rx_time = utc_now()
            batch = bytearray(first)
            while len(batch) < _MAX_BATCH and may_read.is_set():
                waiting = port.in_waiting
                if not waiting:
                    break
                batch += port.read(min(waiting, _MAX_BATCH - len(batch)))
            self._to_loop(loop, self._on_data, session, bytes(batch), rx_time)

    # -- writer thread -------------------------------------------------------

    def _writer(self, session: _Session, loop: asyncio.AbstractEventLoop) -> None:
        """Write queued bytes in order; neither the loop nor the store's thread waits."""
        while True:
            item = session.outbox.get()
            if item is None:
                return
            data, done = item
            port = session.port
            try:
                if port is None:
                    raise LinkNotConnected(f"{self.url} is not open")
                port.write(data)
            except Exception as exc:  # handed to the waiter, or counted on the loop
                reason = f"write to {self.url} failed: {error_text(exc)}"
                if done is not None:
                    done.set_exception(LinkNotConnected(reason))
                else:
                    self._to_loop(loop, self._on_write_failed, reason)
                continue
            if done is not None:
                done.set_result(None)  # write() counts the bytes on the loop
            else:
                self._to_loop(loop, self._on_written, len(data))

    def _on_write_failed(self, reason: str) -> None:
        self.health.errors += 1
        self.health.last_error = reason
        _LOGGER.warning("link %s: %s", self.name, reason)

    def _on_written(self, count: int) -> None:
        self.health.bytes_out += count

    @staticmethod
    def _to_loop(loop: asyncio.AbstractEventLoop, callback: Any, *args: Any) -> None:
        try:
            loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # loop already closed: nobody is listening any more
            pass

    # -- loop-side callbacks -------------------------------------------------

    def _on_opened(self, session: _Session, exc: BaseException | None) -> None:
        fut = session.opened
        if fut is None or fut.done():
            return
        if exc is None:
            fut.set_result(None)
        else:
            fut.set_exception(exc)

    def _on_data(self, session: _Session, data: bytes, rx_time: Any) -> None:
        self._deliver(data, self.url, rx_time)

    def _on_lost(self, session: _Session, exc: BaseException) -> None:
        self._deliver_closed(self.url)
        if session is self._current:
            self._end_session(f"lost {self.url}: {_loss_text(exc)}")

    def _on_exited(self, session: _Session) -> None:
        if session.opened is not None and not session.opened.done():
            session.opened.set_exception(LinkNotConnected(f"{self.url} reader stopped"))
        if session.exited is not None and not session.exited.done():
            session.exited.set_result(None)

    # -- writing -------------------------------------------------------------

    async def write(self, data: bytes, peer: str | None = None) -> None:
        """Send ``data`` to the port and wait until written; ``peer`` is ignored."""
        self._require_up()
        session = self._current
        if session is None or session.port is None:
            raise LinkNotConnected(f"{self.describe()} is not open")
        done: Future[None] = Future()
        session.outbox.put((data, done))
        try:
            await asyncio.wrap_future(done)
        except LinkNotConnected as exc:
            self.health.errors += 1
            self.health.last_error = str(exc)
            raise
        self.health.bytes_out += len(data)

    def send_threadsafe(self, data: bytes, peer: str | None = None) -> None:
        """Queue ``data`` from any thread; the writer thread sends it at once."""
        session = self._current
        if session is None or session.port is None:
            raise LinkNotConnected(f"{self.describe()} is not open")
        session.outbox.put((data, None))
