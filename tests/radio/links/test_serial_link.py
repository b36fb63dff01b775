"""SerialLink over real pseudo-terminals and pyserial ``loop://``/``socket://`` URLs."""

from __future__ import annotations

import asyncio
import fcntl
import os
import select
import socket
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from radio.links.base import LinkNotConnected, LinkState
from radio.links.serial_link import SerialLink

needs_pty = pytest.mark.skipif(not hasattr(os, "openpty") or sys.platform == "win32", reason="pty")

NMEA = b"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"


class Pty:
    """A pseudo-terminal: the link opens ``path``, the test plays the device on ``master``."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.path = os.ttyname(slave)
        # The link opens the slave by name; holding our own fd would keep the
        # port alive after the "device" goes away.
        os.close(slave)
        os.set_blocking(self.master, False)

    def close(self) -> None:
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def write_all(self, data: bytes, timeout: float = 20.0) -> None:
        """Blocking (run it in a thread): write everything as the device would."""
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"pty writer stuck with {len(view)} bytes left")
            _, ready, _ = select.select([], [self.master], [], left)
            if ready:
                view = view[os.write(self.master, view[:4096]) :]

    def read_exact(self, count: int, timeout: float = 10.0) -> bytes:
        """Blocking (run it in a thread): read what the link wrote to the device."""
        deadline = time.monotonic() + timeout
        out = bytearray()
        while len(out) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"got {len(out)} of {count} bytes from the link")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                out += os.read(self.master, count - len(out))
        return bytes(out)


def waiting_in_tty(path: str) -> int:
    """Bytes the device sent that wait unread in the terminal's input queue."""
    fd = os.open(path, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
    finally:
        os.close(fd)


@pytest.fixture
def pty_pair():
    made: list[Pty] = []

    def _make() -> Pty:
        made.append(Pty())
        return made[-1]

    yield _make
    for p in made:
        p.close()


@needs_pty
def test_pty_delivers_bytes_with_health(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    link = SerialLink("gps", pty.path, 4800, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        assert link.describe() == f"serial {pty.path} 4800"
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            await asyncio.to_thread(pty.write_all, NMEA)
            assert await sink.wait_bytes(len(NMEA)) == NMEA
            assert {c.peer for c in sink.chunks} == {pty.path}
            assert all(c.rx_time.tzinfo is not None and not c.datagram for c in sink.chunks)
            assert link.health.bytes_in == len(NMEA)
            assert link.health.errors == 0
            assert link.health.reconnects == 0

    arun(body())


@needs_pty
def test_pty_write_reaches_device_without_blocking(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    link = SerialLink("gps", pty.path, 9600, backoff=kit.fast_backoff())
    sink = kit.Collector()
    ack = b"$PACK,1*00\r\n"

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            reader = asyncio.create_task(asyncio.to_thread(pty.read_exact, len(ack) * 3))
            for _ in range(3):
                await link.write(ack)
            assert await reader == ack * 3
            assert link.health.bytes_out == len(ack) * 3

    arun(body())


@needs_pty
def test_pty_garbage_and_half_frames_arrive_exactly(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    link = SerialLink("gps", pty.path, backoff=kit.fast_backoff())
    sink = kit.Collector()
    garbage = bytes(range(256)) * 4

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            await asyncio.to_thread(pty.write_all, garbage)
            await sink.wait_bytes(len(garbage))
            # A frame split across two reads must come out contiguous and in order.
            await asyncio.to_thread(pty.write_all, NMEA[:20])
            await sink.wait_bytes(len(garbage) + 20)
            await asyncio.to_thread(pty.write_all, NMEA[20:])
            assert await sink.wait_bytes(len(garbage) + len(NMEA)) == garbage + NMEA
            assert len(sink.chunks) >= 3
            assert link.health.bytes_in == len(garbage) + len(NMEA)

    arun(body())


@needs_pty
def test_pty_flood_loses_nothing(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    link = SerialLink("radar", pty.path, 115200, backoff=kit.fast_backoff())
    sink = kit.Collector()
    payload = os.urandom(1024 * 1024)

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            writer = asyncio.create_task(asyncio.to_thread(pty.write_all, payload))
            received = await sink.wait_bytes(len(payload))
            await writer
            assert received == payload
            assert link.health.bytes_in == len(payload)

    arun(body(), timeout=120)


@needs_pty
def test_master_closing_takes_link_down_then_symlink_to_new_pty_brings_it_back(
    arun, kit, pty_pair, tmp_path: Path
) -> None:
    first = pty_pair()
    port_path = tmp_path / "ttyGPS"
    port_path.symlink_to(first.path)
    link = SerialLink("gps", str(port_path), backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            await asyncio.to_thread(first.write_all, b"$GPRMC,partial")
            await sink.wait_bytes(14)

            # The device is unplugged: its node goes away and the pty hangs up.
            port_path.unlink()
            first.close()
            await sink.wait_for(lambda: sink.closed() == [str(port_path)])
            await kit.wait_until(
                lambda: (
                    link.health.last_error == f"cannot open {port_path}: No such file or directory"
                )
            )
            assert link.health.state in (LinkState.DOWN, LinkState.CONNECTING)
            assert link.health.errors >= 2  # the loss, then at least one failed reopen
            with pytest.raises(LinkNotConnected):
                await link.write(b"x")

            # Plugged back in, as a different pty behind the same name.
            second = pty_pair()
            port_path.symlink_to(second.path)
            await kit.wait_state(link, LinkState.UP)
            assert link.health.reconnects == 1
            await asyncio.to_thread(second.write_all, NMEA)
            assert await sink.wait_bytes(14 + len(NMEA)) == b"$GPRMC,partial" + NMEA

    arun(body())


@needs_pty
def test_paused_reader_leaves_bytes_in_the_port_and_loses_nothing(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    # A long read timeout: the pause must interrupt the read under way, not wait it out.
    link = SerialLink("gps", pty.path, 115200, backoff=kit.fast_backoff(), read_timeout=30.0)
    sink = kit.Collector()
    flood = os.urandom(1024 * 1024)  # far more than the pty's buffers hold
    quiet_s = 0.3
    ack = b"$PACK,1*00\r\n"

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            await asyncio.to_thread(pty.write_all, NMEA[:20])
            await sink.wait_bytes(20)

            link.pause_reading()
            link.pause_reading()  # idempotent
            assert link.paused
            await asyncio.to_thread(pty.write_all, NMEA[20:])
            # The bytes wait in the terminal's queue; the reader does not take them.
            await kit.wait_until(lambda: waiting_in_tty(pty.path) == len(NMEA) - 20)
            await kit.never_within(lambda: sink.count() > 20, quiet_s, "bytes taken while paused")
            assert waiting_in_tty(pty.path) == len(NMEA) - 20
            # Writes go on while paused.
            reader = asyncio.create_task(asyncio.to_thread(pty.read_exact, len(ack)))
            await link.write(ack)
            assert await reader == ack
            # Past the OS buffers the device itself is held back.
            writer = asyncio.create_task(asyncio.to_thread(pty.write_all, flood))
            await kit.never_within(
                lambda: writer.done() or sink.count() > 20, quiet_s, "the device was not held"
            )

            link.resume_reading()
            link.resume_reading()  # idempotent
            assert not link.paused
            total = len(NMEA) + len(flood)
            assert await sink.wait_bytes(total) == NMEA + flood
            await writer
            assert link.health.bytes_in == total
            assert link.health.state is LinkState.UP and link.health.errors == 0

    arun(body(), timeout=120)


def test_missing_port_is_a_clear_error_and_retries(arun, kit, tmp_path: Path) -> None:
    missing = tmp_path / "ttyUSB9"
    link = SerialLink("gps", str(missing), backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_until(lambda: link.health.errors >= 3)
            assert link.health.last_error == f"cannot open {missing}: No such file or directory"
            assert link.health.state in (LinkState.DOWN, LinkState.CONNECTING)
            assert link.health.reconnects == 0
            with pytest.raises(LinkNotConnected):
                await link.write(b"$PACK\r\n")
        assert sink.chunks == []

    arun(body())


def test_bad_url_is_an_error_not_a_crash(arun, kit) -> None:
    link = SerialLink("gps", "nosuchscheme://x", backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_until(lambda: link.health.errors >= 1)
            assert link.health.last_error.startswith("cannot open nosuchscheme://x: ")

    arun(body())


def test_loop_url_echoes_writes(arun, kit) -> None:
    link = SerialLink("loop", "loop://", 9600, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            await link.write(NMEA[:30])
            await link.write(NMEA[30:])
            assert await sink.wait_bytes(len(NMEA)) == NMEA
            assert {c.peer for c in sink.chunks} == {"loop://"}
            assert link.health.bytes_out == link.health.bytes_in == len(NMEA)

    arun(body())


@needs_pty
def test_close_is_prompt_and_releases_the_port(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    # A long read timeout: close must not wait for it (cancel_read interrupts).
    link = SerialLink("gps", pty.path, backoff=kit.fast_backoff(), read_timeout=30.0)
    sink = kit.Collector()

    async def body() -> None:
        task = asyncio.create_task(link.run(sink))
        await kit.wait_state(link, LinkState.UP)
        link.close()
        await asyncio.wait_for(task, 5.0)
        assert link.health.state is LinkState.STOPPED
        # With the port released the device side sees the hang-up.
        with pytest.raises(OSError):
            os.read(pty.master, 1)
        # A closed link stays closed.
        await asyncio.wait_for(link.run(sink), 5.0)
        assert link.health.state is LinkState.STOPPED

    arun(body())


@needs_pty
def test_cancelling_run_stops_the_reader(arun, kit, pty_pair) -> None:
    pty = pty_pair()
    link = SerialLink("gps", pty.path, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        task = asyncio.create_task(link.run(sink))
        await kit.wait_state(link, LinkState.UP)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5.0)
        assert link.health.state is LinkState.STOPPED

    arun(body())


class _DeviceServer:
    """A loopback TCP server standing in for a serial-over-IP device."""

    def __init__(self) -> None:
        self.connections: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self.server: asyncio.Server | None = None

    async def start(self, port: int = 0) -> int:
        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.connections.put((reader, writer))

        self.server = await asyncio.start_server(on_connect, "127.0.0.1", port)
        return self.server.sockets[0].getsockname()[1]

    async def next_connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.wait_for(self.connections.get(), 10.0)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_socket_url_reads_writes_and_reconnects_after_peer_closes(arun, kit) -> None:
    async def body() -> None:
        device = _DeviceServer()
        port = await device.start()
        url = f"socket://127.0.0.1:{port}"
        link = SerialLink("nport", url, backoff=kit.fast_backoff())
        sink = kit.Collector()
        try:
            async with kit.running(link, sink):
                reader, writer = await device.next_connection()
                await kit.wait_state(link, LinkState.UP)
                writer.write(NMEA)
                await writer.drain()
                assert await sink.wait_bytes(len(NMEA)) == NMEA
                await link.write(b"$PACK\r\n")
                assert await asyncio.wait_for(reader.readexactly(7), 10.0) == b"$PACK\r\n"

                writer.close()  # the device drops the connection
                await sink.wait_for(lambda: sink.closed() == [url])
                _, writer2 = await device.next_connection()
                await kit.wait_state(link, LinkState.UP)
                assert link.health.reconnects == 1
                assert link.health.last_error == f"lost {url}: socket disconnected"
                writer2.write(b"\xff\x00garbage")
                await writer2.drain()
                assert await sink.wait_bytes(len(NMEA) + 9) == NMEA + b"\xff\x00garbage"
                writer2.close()
        finally:
            await device.stop()

    arun(body())


def test_socket_url_server_down_at_start_then_up(arun, kit) -> None:
    async def body() -> None:
        port = _free_port()
        url = f"socket://127.0.0.1:{port}"
        link = SerialLink("nport", url, backoff=kit.fast_backoff())
        sink = kit.Collector()
        device = _DeviceServer()
        try:
            async with kit.running(link, sink):
                await kit.wait_until(lambda: link.health.errors >= 2)
                assert link.health.last_error == f"cannot open {url}: Connection refused"
                await device.start(port)
                _, writer = await device.next_connection()
                await kit.wait_state(link, LinkState.UP)
                assert link.health.reconnects == 1
                writer.write(NMEA)
                await writer.drain()
                assert await sink.wait_bytes(len(NMEA)) == NMEA
                writer.close()
        finally:
            await device.stop()

    arun(body())
