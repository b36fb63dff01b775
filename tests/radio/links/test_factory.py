"""make_link: every transport builds the right link; bad specs get a clear ValueError."""

from __future__ import annotations

import pytest

from radio.links.base import Backoff, LinkState
from radio.links.factory import make_link
from radio.links.serial_link import SerialLink
from radio.links.spec import LinkSpec
from radio.links.tcp import TcpClientLink, TcpServerLink
from radio.links.udp import UdpListener


@pytest.mark.parametrize(
    ("spec", "cls", "described"),
    [
        (
            LinkSpec("gps", "serial", "nmea", url="/dev/ttyUSB0"),
            SerialLink,
            "serial /dev/ttyUSB0 4800",
        ),
        (
            LinkSpec("nport", "serial", "nmea", url="socket://10.0.0.7:4001", baudrate=9600),
            SerialLink,
            "serial socket://10.0.0.7:4001 9600",
        ),
        (
            LinkSpec(
                "pager",
                "serial",
                "espa",
                url="COM3",
                baudrate=9600,
                bytesize=7,
                parity="E",
                stopbits=2,
            ),
            SerialLink,
            "serial COM3 9600 7E2",
        ),
        (LinkSpec("avl", "udp", "nmea", port=10110), UdpListener, "udp 127.0.0.1:10110"),
        (
            LinkSpec("ali", "tcp-client", "ali", host="10.0.0.5", port=4001),
            TcpClientLink,
            "tcp-client 10.0.0.5:4001",
        ),
        (
            LinkSpec("cad", "tcp-server", "nmea", port=5000),
            TcpServerLink,
            "tcp-server 127.0.0.1:5000",
        ),
        (
            LinkSpec("v6", "tcp-server", "nmea", host="::1", port=5000),
            TcpServerLink,
            "tcp-server [::1]:5000",
        ),
    ],
)
def test_each_transport_builds_its_link(spec: LinkSpec, cls: type, described: str) -> None:
    link = make_link(spec)
    assert type(link) is cls
    assert link.name == spec.name
    assert link.describe() == described
    assert link.health.state is LinkState.STOPPED


def test_backoff_is_passed_through() -> None:
    backoff = Backoff(0.01, 0.02)
    link = make_link(LinkSpec("avl", "udp", "nmea", port=0), backoff=backoff)
    assert isinstance(link, UdpListener)
    assert link.backoff is backoff


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            LinkSpec("x", "carrier-pigeon", "nmea"),
            "link 'x': unknown transport 'carrier-pigeon'; "
            "expected one of serial, udp, tcp-client, tcp-server",
        ),
        (LinkSpec("gps", "serial", "nmea"), "link 'gps': transport 'serial' needs a url"),
        (
            LinkSpec("gps", "serial", "nmea", url="COM3", baudrate=0),
            "link 'gps': baudrate must be positive, got 0",
        ),
        (LinkSpec("avl", "udp", "nmea"), "link 'avl': transport 'udp' needs a port"),
        (
            LinkSpec("ali", "tcp-client", "ali", host="10.0.0.5"),
            "link 'ali': transport 'tcp-client' needs a port",
        ),
        (
            LinkSpec("ali", "tcp-client", "ali", port=0),
            "link 'ali': port must be a number from 1 to 65535, got 0",
        ),
        (
            LinkSpec("cad", "tcp-server", "nmea", port=70000),
            "link 'cad': port must be a number from 0 to 65535, got 70000",
        ),
        (
            LinkSpec("cad", "tcp-server", "nmea", host="", port=5000),
            "link 'cad': transport 'tcp-server' needs a host",
        ),
    ],
)
def test_bad_specs_are_explained(spec: LinkSpec, message: str) -> None:
    with pytest.raises(ValueError) as info:
        make_link(spec)
    assert str(info.value).startswith(message)
