"""Read UDP payloads out of packet captures (classic libpcap and pcapng), with dpkt.

Role: let ``dispatch-console decode asterix FILE`` (and tests) take a
capture of a radar feed as well as raw data blocks. Pure: works on bytes
already read; no sockets, no libpcap.

Contract:

- :func:`capture_format` tells ``"pcap"``, ``"pcapng"`` or ``None`` (not a
  capture: treat the bytes as raw) from the first four bytes.
- :func:`iter_udp` yields one :class:`UdpDatagram` per UDP/IPv4 or UDP/IPv6
  packet, in file order, for link types Ethernet (with 802.1Q tags), raw
  IP, Linux cooked (SLL, SLL2) and BSD loopback. Other packets (TCP, ARP,
  IP fragments, packets cut short by the snap length, unreadable headers)
  are skipped. A corrupt file — any malformation of the file structure:
  a truncated header, record or block, a bad block length, an
  inconsistent block — raises :class:`CaptureError` with the reason and
  byte offset, after every datagram before the fault has been yielded.
  Nothing else is ever raised, whatever the bytes.
- A pcapng block whose structure is sound but whose content cannot be read
  (an option's text, e.g. a packet comment, that is not UTF-8 as pcapng
  requires) is refused, not fatal: its packet is not yielded, the reason
  (block, byte offset, why) goes to ``on_refused(reason)`` (default: logged
  as a warning), and reading goes on with the next block. An interface
  description refused so refuses the packets captured on it, each with its
  reason; a section header keeps its byte order and version.

Library: dpkt reads the file structures (pcap file and record headers,
nanosecond and modified-pcap variants; pcapng section, interface and packet
blocks with their options) and the packet layers (Ethernet and VLAN tags,
SLL/SLL2, loopback, IPv4, IPv6 with extension headers, UDP). Classic pcap
goes through ``dpkt.pcap.Reader`` as is, over a stream that notices a
record cut short (the reader would silently return the short bytes).
pcapng is walked block by block here, with dpkt's block classes, because
``dpkt.pcapng.Reader`` applies the first interface's link type and time
resolution to every packet, reads a block length below 8 as "the rest of
the file", ignores simple packet blocks and sections after the first:
each of those is a test in ``tests/radio/codecs/test_pcap.py``.
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Callable, Iterator
from typing import NamedTuple

import dpkt
from dpkt import ethernet, ip, ip6, loopback, pcapng, sll, sll2, udp
from dpkt import pcap as dpkt_pcap

__all__ = ["CaptureError", "UdpDatagram", "capture_format", "iter_udp"]

_LOGGER = logging.getLogger(__name__)

_PCAP_MAGIC = {
    bytes.fromhex(m)
    for m in ("d4c3b2a1", "a1b2c3d4", "4d3cb2a1", "a1b23c4d", "34cdb2a1", "a1b2cd34")
}
_PCAPNG_SHB = b"\x0a\x0d\x0d\x0a"
_BOM_LE, _BOM_BE = b"\x4d\x3c\x2b\x1a", b"\x1a\x2b\x3c\x4d"

_LINK_NULL, _LINK_ETHERNET, _LINK_RAW, _LINK_RAW_ALT, _LINK_RAW_BSD = 0, 1, 101, 12, 14
_LINK_LOOP, _LINK_IPV4, _LINK_IPV6, _LINK_SLL, _LINK_SLL2 = 108, 228, 229, 113, 276
_RAW_LINKS = frozenset({_LINK_RAW, _LINK_RAW_ALT, _LINK_RAW_BSD, _LINK_IPV4, _LINK_IPV6})

# What a malformed structure makes dpkt raise (UnicodeDecodeError is a ValueError).
_DPKT_ERRORS = (dpkt.Error, struct.error, ValueError, IndexError, TypeError, OverflowError)


class CaptureError(ValueError):
    """A capture file that cannot be read further; the message says where and why."""


class _Refused(Exception):
    """One pcapng block that cannot be used; the rest of the file can (see the contract)."""


def _log_refusal(reason: str) -> None:
    _LOGGER.warning("%s", reason)


class UdpDatagram(NamedTuple):
    time_s: float  # capture timestamp, seconds since the UNIX epoch
    src: str
    src_port: int
    dst: str
    dst_port: int
    payload: bytes


def capture_format(data: bytes) -> str | None:
    """``"pcap"``, ``"pcapng"`` or ``None`` from the magic number."""
    head = bytes(data[:4])
    if head in _PCAP_MAGIC:
        return "pcap"
    if head == _PCAPNG_SHB:
        return "pcapng"
    return None


def iter_udp(data: bytes, on_refused: Callable[[str], None] | None = None) -> Iterator[UdpDatagram]:
    """Every UDP datagram in a pcap or pcapng capture, in file order."""
    data = bytes(data)
    kind = capture_format(data)
    if kind == "pcap":
        packets = _pcap_packets(data)
    elif kind == "pcapng":
        packets = _pcapng_packets(data, on_refused or _log_refusal)
    else:
        raise CaptureError("not a pcap or pcapng capture (unknown magic number)")
    for time_s, link, frame in packets:
        datagram = _udp(link, frame, time_s)
        if datagram is not None:
            yield datagram


class _Stream(io.BytesIO):
    """A capture in memory that remembers whether the last read came up short."""

    start = 0
    short = False

    def read(self, size: int | None = -1) -> bytes:
        if size is not None and size < 0:
            raise CaptureError(f"negative read at byte {self.tell()}")
        self.start = self.tell()
        chunk = super().read(size)
        self.short = size is not None and len(chunk) < size
        return chunk


def _pcap_packets(data: bytes) -> Iterator[tuple[float, int, bytes]]:
    if len(data) < 24:
        raise CaptureError("pcap global header truncated (needs 24 bytes)")
    stream = _Stream(data)
    try:
        reader = dpkt_pcap.Reader(stream)
        link = reader.datalink() & 0xFFFF  # the upper bits carry FCS flags
        packets = iter(reader)
    except _DPKT_ERRORS as exc:
        raise CaptureError(f"pcap global header unreadable: {exc}") from None
    while True:
        try:
            item = next(packets, None)
        except _DPKT_ERRORS:
            raise CaptureError(f"pcap record header truncated at byte {stream.start}") from None
        if item is None:
            return
        time_s, frame = item
        if stream.short:
            record = stream.start - 16
            raise CaptureError(f"pcap packet at byte {record} runs past the end of the file")
        yield float(time_s), link, frame


_BLOCK_NAMES = {
    pcapng.PCAPNG_BT_SHB: "section header",
    pcapng.PCAPNG_BT_IDB: "interface description",
    pcapng.PCAPNG_BT_EPB: "enhanced packet",
    pcapng.PCAPNG_BT_PB: "packet",
    pcapng.PCAPNG_BT_SPB: "simple packet",
}


def _pcapng_packets(
    data: bytes, refused: Callable[[str], None]
) -> Iterator[tuple[float, int, bytes]]:
    little = True
    # Per interface id: link type and seconds per tick (None: its description was refused).
    links: list[tuple[int, float] | None] = []
    pos = 0
    end = len(data)
    while pos < end:
        if end - pos < 12:
            raise CaptureError(f"pcapng block header truncated at byte {pos}")
        if data[pos : pos + 4] == _PCAPNG_SHB:
            bom = data[pos + 8 : pos + 12]
            if bom not in (_BOM_LE, _BOM_BE):
                raise CaptureError(f"pcapng section at byte {pos} has a bad byte-order magic")
            little = bom == _BOM_LE
            links = []  # interface ids restart in each section
        block_type, length = struct.unpack_from("<II" if little else ">II", data, pos)
        if length < 12 or length % 4 or length > end - pos:
            raise CaptureError(f"pcapng block at byte {pos} has a bad length {length}")
        block = data[pos : pos + length]
        name = _BLOCK_NAMES.get(block_type, f"type {block_type:#x}")
        try:
            packet = _pcapng_block(block_type, block, little, links)
        except CaptureError as exc:
            raise CaptureError(f"pcapng block at byte {pos}: {exc}") from None
        except _Refused as exc:
            refused(f"pcapng {name} block at byte {pos} refused: {exc}")
            packet = None
        except UnicodeDecodeError as exc:
            # dpkt reads an option's text (a comment, a name) as UTF-8.
            reason = f"an option's text is not UTF-8 ({exc.reason} at byte {exc.start})"
            packet = None
            if block_type == pcapng.PCAPNG_BT_IDB:
                links.append(None)
            elif block_type == pcapng.PCAPNG_BT_SHB:
                _check_version(block, little)
            refused(f"pcapng {name} block at byte {pos} refused: {reason}")
        except _DPKT_ERRORS as exc:
            raise CaptureError(
                f"pcapng {name} block at byte {pos} is malformed ({exc or type(exc).__name__})"
            ) from None
        if packet is not None:
            yield packet
        pos += length


def _check_version(block: bytes, little: bool) -> None:
    """A section header's version, read without its options."""
    major, minor = struct.unpack_from("<HH" if little else ">HH", block, 12)
    if major != pcapng.PCAPNG_VERSION_MAJOR:
        raise CaptureError(f"unknown pcapng version {major}.{minor}")


def _pcapng_block(
    block_type: int, block: bytes, little: bool, links: list[tuple[int, float] | None]
) -> tuple[float, int, bytes] | None:
    """Read one pcapng block: a packet, or None after updating ``links`` / for other blocks."""
    if block_type == pcapng.PCAPNG_BT_SHB:
        shb = (pcapng.SectionHeaderBlockLE if little else pcapng.SectionHeaderBlock)(block)
        if shb.v_major != pcapng.PCAPNG_VERSION_MAJOR:
            raise CaptureError(f"unknown pcapng version {shb.v_major}.{shb.v_minor}")
        return None
    if block_type == pcapng.PCAPNG_BT_IDB:
        idb = (pcapng.InterfaceDescriptionBlockLE if little else pcapng.InterfaceDescriptionBlock)(
            block
        )
        links.append((idb.linktype, _tick(idb.opts)))
        return None
    if block_type in (pcapng.PCAPNG_BT_EPB, pcapng.PCAPNG_BT_PB):
        if block_type == pcapng.PCAPNG_BT_EPB:
            cls = pcapng.EnhancedPacketBlockLE if little else pcapng.EnhancedPacketBlock
        else:
            cls = pcapng.PacketBlockLE if little else pcapng.PacketBlock
        epb = cls(block)
        if epb.iface_id >= len(links):
            raise CaptureError(f"packet names interface {epb.iface_id}, {len(links)} described")
        if len(epb.pkt_data) != epb.caplen:
            raise CaptureError(f"captured length {epb.caplen} runs past the block")
        interface = links[epb.iface_id]
        if interface is None:
            raise _Refused(f"captured on interface {epb.iface_id}, whose description was refused")
        link, tick = interface
        return ((epb.ts_high << 32) | epb.ts_low) * tick, link, bytes(epb.pkt_data)
    if block_type == pcapng.PCAPNG_BT_SPB and links:
        if links[0] is None:
            raise _Refused("captured on interface 0, whose description was refused")
        # dpkt has no class for it: original length (4 bytes), then the packet, padded.
        (original,) = struct.unpack_from("<I" if little else ">I", block, 8)
        frame = block[12:-4]
        return 0.0, links[0][0], frame[: min(original, len(frame))]
    return None  # statistics, name resolution, custom blocks, ...


def _tick(options: list[pcapng.PcapngOption]) -> float:
    """Seconds per timestamp unit from an interface's if_tsresol option (default 1 µs)."""
    for option in options:
        if option.code == pcapng.PCAPNG_OPT_IF_TSRESOL and option.data:
            value = option.data[0]
            return 2.0 ** -(value & 0x7F) if value & 0x80 else 10.0 ** -(value & 0x7F)
    return 1e-6


def _network(link: int, frame: bytes) -> dpkt.Packet | bytes | None:
    """The IP layer of a captured frame (dpkt object), or None for other link types."""
    if link == _LINK_ETHERNET:
        return ethernet.Ethernet(frame).data  # VLAN tags are unwrapped by dpkt
    if link in _RAW_LINKS:
        version = frame[0] >> 4 if frame else 0
        return ip.IP(frame) if version == 4 else ip6.IP6(frame) if version == 6 else None
    if link == _LINK_SLL:
        return sll.SLL(frame).data
    if link == _LINK_SLL2:
        return sll2.SLL2(frame).data
    if link in (_LINK_NULL, _LINK_LOOP):
        return loopback.Loopback(frame).data
    return None


def _udp(link: int, frame: bytes, time_s: float) -> UdpDatagram | None:
    try:
        packet = _network(link, frame)
        if isinstance(packet, ip.IP):
            if packet.offset or packet.mf:
                return None  # a fragment: not the whole datagram
            src, dst = dpkt.utils.inet_to_str(packet.src), dpkt.utils.inet_to_str(packet.dst)
        elif isinstance(packet, ip6.IP6):
            src, dst = dpkt.utils.inet_to_str(packet.src), dpkt.utils.inet_to_str(packet.dst)
        else:
            return None
        datagram = packet.data
        if not isinstance(datagram, udp.UDP):
            return None
        payload = datagram.data
        if datagram.ulen < 8 or len(payload) < datagram.ulen - 8:
            return None  # cut short by the snap length: not the whole datagram
        return UdpDatagram(
            time_s, src, datagram.sport, dst, datagram.dport, bytes(payload[: datagram.ulen - 8])
        )
    except _DPKT_ERRORS:
        return None  # a header dpkt cannot read: not a datagram we can give
