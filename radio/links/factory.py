"""Build a ``Link`` from a ``LinkSpec`` (one ``[[links]]`` entry of a site config).

Contract: ``make_link(spec)`` returns an unopened link of the spec's
transport; it raises ``ValueError`` with a sentence naming the link and what
is wrong (unknown transport, missing or bad url/port) so a bad site file is
reported, not crashed on. It does not look at ``spec.enabled``: whether to
run a link is the caller's choice.
"""

from __future__ import annotations

from radio.links.base import Backoff, Link
from radio.links.folder import FolderLink
from radio.links.serial_link import SerialLink
from radio.links.spec import TRANSPORTS, LinkSpec
from radio.links.tcp import TcpClientLink, TcpServerLink
from radio.links.udp import UdpListener


def _port(spec: LinkSpec, *, listening: bool) -> int:
    port = spec.port
    if port is None:
        raise ValueError(f"link {spec.name!r}: transport {spec.transport!r} needs a port")
    lowest = 0 if listening else 1  # 0 = any free port, only meaningful when binding
    if isinstance(port, bool) or not isinstance(port, int) or not lowest <= port <= 65535:
        raise ValueError(
            f"link {spec.name!r}: port must be a number from {lowest} to 65535, got {port!r}"
        )
    return port


def _host(spec: LinkSpec) -> str:
    if not spec.host:
        raise ValueError(f"link {spec.name!r}: transport {spec.transport!r} needs a host")
    return spec.host


def make_link(spec: LinkSpec, *, backoff: Backoff | None = None) -> Link:
    """Turn ``spec`` into a link; ``backoff`` overrides the default retry delays."""
    transport = spec.transport
    if transport == "serial":
        if not spec.url:
            raise ValueError(
                f"link {spec.name!r}: transport 'serial' needs a url "
                "(a device such as /dev/ttyUSB0 or COM3, or socket://host:port)"
            )
        if isinstance(spec.baudrate, bool) or not isinstance(spec.baudrate, int):
            raise ValueError(f"link {spec.name!r}: baudrate must be a number")
        if spec.baudrate <= 0:
            raise ValueError(f"link {spec.name!r}: baudrate must be positive, got {spec.baudrate}")
        return SerialLink(
            spec.name,
            spec.url,
            spec.baudrate,
            backoff=backoff,
            bytesize=spec.bytesize,
            parity=spec.parity,
            stopbits=spec.stopbits,
        )
    if transport == "udp":
        return UdpListener(spec.name, _host(spec), _port(spec, listening=True), backoff=backoff)
    if transport == "tcp-client":
        return TcpClientLink(spec.name, _host(spec), _port(spec, listening=False), backoff=backoff)
    if transport == "tcp-server":
        return TcpServerLink(spec.name, _host(spec), _port(spec, listening=True), backoff=backoff)
    if transport == "folder":
        if not spec.url:
            raise ValueError(f"link {spec.name!r}: transport 'folder' needs a url (the folder)")
        return FolderLink(spec.name, spec.url, backoff=backoff)
    expected = ", ".join(TRANSPORTS)
    raise ValueError(
        f"link {spec.name!r}: unknown transport {transport!r}; expected one of {expected}"
    )
