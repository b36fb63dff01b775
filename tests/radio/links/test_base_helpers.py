"""The small shared pieces of radio.links.base: peer names, error sentences, Backoff, sinks,
and what a paused link holds."""

from __future__ import annotations

import asyncio
import errno
import socket

import pytest
import serial

from radio.links.base import (
    Backoff,
    Chunk,
    LinkState,
    ReconnectingLink,
    error_text,
    format_peer,
    parse_peer,
    utc_now,
)
from radio.links.udp import UdpListener


@pytest.mark.parametrize(
    ("addr", "name"),
    [
        (("10.0.0.5", 4001), "10.0.0.5:4001"),
        (("::1", 5000, 0, 0), "[::1]:5000"),
        ("/run/gps.sock", "/run/gps.sock"),
    ],
)
def test_peer_names_round_trip(addr: tuple[object, ...] | str, name: str) -> None:
    assert format_peer(addr) == name
    if isinstance(addr, tuple):
        assert parse_peer(name) == (addr[0], addr[1])


@pytest.mark.parametrize("bad", ["", "host", ":5000", "host:", "host:port"])
def test_parse_peer_rejects_non_peers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_peer(bad)


def test_error_text_prefers_the_os_reason() -> None:
    assert error_text(ConnectionRefusedError(errno.ECONNREFUSED, "x")) == "Connection refused"
    # pyserial wraps the OS error; the sentence should carry the OS reason only.
    wrapped = serial.SerialException(errno.ENOENT, "could not open port /dev/ttyUSB9: [Errno 2]")
    assert error_text(wrapped) == "No such file or directory"
    # ...or as the context of a "read failed: ..." wrapper.
    lost = serial.SerialException("read failed: [Errno 5] Input/output error")
    lost.__context__ = OSError(errno.EIO, "Input/output error")
    assert error_text(lost) == "Input/output error"
    assert error_text(socket.gaierror(socket.EAI_NONAME, "Name or service not known")) == (
        "Name or service not known"
    )
    assert error_text(TimeoutError()) == "timed out"
    assert error_text(ValueError("bad baudrate")) == "bad baudrate"


def test_backoff_doubles_to_the_cap_and_resets() -> None:
    backoff = Backoff(0.5, 3.0)
    assert [backoff.next_delay() for _ in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    backoff.reset()
    assert backoff.next_delay() == 0.5


def test_chunk_closed_defaults_off() -> None:
    chunk = Chunk(b"x", utc_now(), "a:1")
    assert chunk.closed is False and chunk.datagram is False


def test_a_failing_sink_does_not_take_the_link_down(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    good = kit.Collector()

    def sink(chunk: Chunk) -> None:
        if chunk.data == b"boom":
            raise RuntimeError("consumer bug")
        good(chunk)

    async def body() -> None:
        task = asyncio.create_task(link.run(sink))
        await kit.wait_state(link, LinkState.UP)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.sendto(b"boom", ("127.0.0.1", link.bound_port))
            sock.sendto(b"fine", ("127.0.0.1", link.bound_port))
            await good.wait_for(lambda: good.data() == b"fine")
        assert link.health.errors == 1
        assert link.health.state is LinkState.UP
        assert link.health.bytes_in == 8
        link.close()
        await task

    arun(body())


class _Stub(ReconnectingLink):
    """A transport that takes input only when the test hands it some (``_deliver``)."""

    async def _open(self) -> None:
        return None

    def _release(self) -> None:
        return None


def test_a_paused_link_holds_what_its_transport_still_hands_it(arun, kit) -> None:
    link = _Stub("stub", backoff=kit.fast_backoff())
    seen: list[tuple[bytes, bool]] = []

    def sink(chunk: Chunk) -> None:
        seen.append((chunk.data, chunk.closed))
        if chunk.data == b"pause me":  # as the store's pressure listener would
            link.pause_reading()

    async def body() -> None:
        task = asyncio.create_task(link.run(sink))
        await kit.wait_state(link, LinkState.UP)
        assert not link.paused and link.take_drops() is None
        link._deliver(b"a", "p")
        link.pause_reading()
        link._deliver(b"b", "p")  # one more read after the pause: held, in order
        link._deliver_closed("p")
        assert seen == [(b"a", False)]
        link.resume_reading()
        assert seen == [(b"a", False), (b"b", False), (b"", True)]

        # The sink pauses the link again while held chunks are handed on: the
        # rest stay held, the link stays paused.
        link.pause_reading()
        for data in (b"pause me", b"c", b"d"):
            link._deliver(data, "p")
        link.resume_reading()
        assert link.paused and seen[-1] == (b"pause me", False)

        # Closed while paused: what is held reaches the sink before run returns.
        link.close()
        await asyncio.wait_for(task, 10)
        assert seen[-2:] == [(b"c", False), (b"d", False)]
        assert link.health.bytes_in == len(b"abcd") + len(b"pause me")
        assert link.take_drops() is None  # a stream link never drops

    arun(body())
