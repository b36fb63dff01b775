"""Reading UDP payloads (ASTERIX blocks) out of pcap and pcapng captures built here.

Covers what the module contract promises beyond dpkt's own readers (per-
interface link types and time resolutions, later sections, simple packet
blocks, truncation noticed), the link types, and malformed captures: each
must raise ``CaptureError`` with a reason, never anything else (a Hypothesis
test mutates whole captures to make sure).
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radio.codecs.asterix import decode_block, encode_block
from radio.codecs.pcap import CaptureError, UdpDatagram, capture_format, iter_udp
from radio.messages_sensor import RadarTarget


def _ipv4_udp(
    payload: bytes, sport: int = 4000, dport: int = 8600, proto: int = 17, frag: int = 0
) -> bytes:
    udp = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload
    header = struct.pack(
        ">BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(udp),
        1,
        frag,
        64,
        proto,
        0,
        bytes([10, 0, 0, 1]),
        bytes([239, 1, 2, 3]),
    )
    return header + udp


def _ipv6_udp(payload: bytes) -> bytes:
    udp = struct.pack(">HHHH", 4001, 8601, 8 + len(payload), 0) + payload
    src = bytes.fromhex("fe80" + "00" * 13 + "01")
    dst = bytes.fromhex("ff02" + "00" * 13 + "02")
    return struct.pack(">IHBB", 0x60000000, len(udp), 17, 64) + src + dst + udp


def _ethernet(ip: bytes, vlan: bool = False, ethertype: int = 0x0800) -> bytes:
    tag = b"\x81\x00\x00\x05" if vlan else b""
    return b"\x00" * 12 + tag + ethertype.to_bytes(2, "big") + ip


def _pcap(
    frames: list[bytes], link: int = 1, big_endian: bool = False, magic: int = 0xA1B2C3D4
) -> bytes:
    order = ">" if big_endian else "<"
    out = struct.pack(order + "IHHiIII", magic, 2, 4, 0, 0, 65535, link)
    for index, frame in enumerate(frames):
        out += struct.pack(order + "IIII", 1_700_000_000 + index, 500_000, len(frame), len(frame))
        out += frame
    return out


def _block(kind: int, body: bytes, order: str = "<") -> bytes:
    body += b"\x00" * (-len(body) % 4)
    length = 12 + len(body)
    return struct.pack(order + "II", kind, length) + body + struct.pack(order + "I", length)


def _shb(order: str = "<") -> bytes:
    return _block(0x0A0D0D0A, struct.pack(order + "IHHq", 0x1A2B3C4D, 1, 0, -1), order)


def _idb(link: int = 1, tsresol: int | None = None, order: str = "<") -> bytes:
    body = struct.pack(order + "HHI", link, 0, 65535)
    if tsresol is not None:
        body += struct.pack(order + "HHB3x", 9, 1, tsresol) + struct.pack(order + "HH", 0, 0)
    return _block(1, body, order)


def _epb(frame: bytes, iface: int = 0, ticks: int = 1000, order: str = "<") -> bytes:
    head = struct.pack(
        order + "IIIII", iface, ticks >> 32, ticks & 0xFFFFFFFF, len(frame), len(frame)
    )
    return _block(6, head + frame, order)


def _pcapng(frames: list[bytes]) -> bytes:
    return _shb() + _idb() + b"".join(_epb(frame) for frame in frames)


def _blocks() -> list[bytes]:
    return [encode_block(48, [{"010": {"SAC": 1, "SIC": n}, "161": {"TRN": n}}]) for n in range(3)]


@pytest.mark.parametrize("big_endian", [False, True])
def test_classic_pcap_yields_udp_payloads(big_endian: bool) -> None:
    blocks = _blocks()
    frames = [_ethernet(_ipv4_udp(blocks[0])), _ethernet(_ipv4_udp(b"x", proto=6))]
    frames += [_ethernet(_ipv4_udp(b), vlan=True) for b in blocks[1:]]
    data = _pcap(frames, big_endian=big_endian)
    assert capture_format(data) == "pcap"
    datagrams = list(iter_udp(data))
    assert [d.payload for d in datagrams] == blocks  # the TCP packet is skipped
    first = datagrams[0]
    assert (first.src, first.dst, first.src_port, first.dst_port) == (
        "10.0.0.1",
        "239.1.2.3",
        4000,
        8600,
    )
    assert first.time_s == pytest.approx(1_700_000_000.5)
    assert type(first.time_s) is float
    targets = [decode_block(d.payload)[0] for d in datagrams]
    assert all(isinstance(t, RadarTarget) for t in targets)
    assert [t.track_number for t in targets] == [0, 1, 2]  # type: ignore[union-attr]


def test_nanosecond_pcap() -> None:
    data = _pcap([_ethernet(_ipv4_udp(b"ns"))], magic=0xA1B23C4D)
    (datagram,) = iter_udp(data)
    assert datagram.time_s == pytest.approx(1_700_000_000 + 500_000e-9)
    assert type(datagram.time_s) is float


def test_raw_ip_link_type() -> None:
    blocks = _blocks()
    data = _pcap([_ipv4_udp(b) for b in blocks], link=101)
    assert [d.payload for d in iter_udp(data)] == blocks


@pytest.mark.parametrize(
    ("link", "wrap"),
    [
        (113, lambda ip: b"\x00\x00\x00\x01\x00\x06" + b"\x00" * 8 + b"\x08\x00" + ip),  # SLL
        (  # SLL2
            276,
            lambda ip: (
                b"\x08\x00\x00\x00" + b"\x00\x00\x00\x02" + b"\x00\x01\x00\x06" + b"\x00" * 8 + ip
            ),
        ),
        (0, lambda ip: struct.pack("<I", 2) + ip),  # BSD loopback, little-endian host
        (0, lambda ip: struct.pack(">I", 2) + ip),  # BSD loopback, big-endian host
        (1, lambda ip: _ethernet(ip)),
    ],
)
def test_link_types(link: int, wrap) -> None:  # type: ignore[no-untyped-def]
    data = _pcap([wrap(_ipv4_udp(b"payload"))], link=link)
    assert [d.payload for d in iter_udp(data)] == [b"payload"]


def test_ipv6_fragments_and_short_snaps() -> None:
    frames = [
        _ethernet(_ipv6_udp(b"six"), ethertype=0x86DD),
        _ethernet(_ipv4_udp(b"first fragment", frag=0x2000)),  # MF set
        _ethernet(_ipv4_udp(b"later fragment", frag=0x0010)),  # offset 128
        _ethernet(_ipv4_udp(b"cut short"))[:-3],  # the snap length cut the datagram
        _ethernet(b"\x45\x00"),  # an IP header cut short
        b"\x00" * 5,  # not even an Ethernet header
        _ethernet(b"\x00" * 28, ethertype=0x0806),  # ARP
    ]
    (datagram,) = iter_udp(_pcap(frames))
    assert datagram == UdpDatagram(
        datagram.time_s, "fe80::1", 4001, "ff02::2", 8601, b"six"
    )  # fmt: skip


def test_pcapng_yields_udp_payloads() -> None:
    blocks = _blocks()
    data = _pcapng([_ethernet(_ipv4_udp(b)) for b in blocks])
    assert capture_format(data) == "pcapng"
    datagrams = list(iter_udp(data))
    assert [d.payload for d in datagrams] == blocks
    assert datagrams[0].time_s == pytest.approx(1000 * 1e-6)


def test_pcapng_interfaces_keep_their_own_link_type_and_resolution() -> None:
    # dpkt.pcapng.Reader would read the raw-IP packet as Ethernet, at microseconds.
    data = (
        _shb()
        + _idb(1)
        + _idb(101, tsresol=9)
        + _epb(_ethernet(_ipv4_udp(b"eth")), 0, 2_000_000)
        + _epb(_ipv4_udp(b"raw"), 1, 3_000_000_000)
        + _block(5, b"\x00" * 8)  # an interface statistics block: skipped
    )
    datagrams = list(iter_udp(data))
    assert [d.payload for d in datagrams] == [b"eth", b"raw"]
    assert [d.time_s for d in datagrams] == pytest.approx([2.0, 3.0])


def test_pcapng_later_sections_and_simple_packets() -> None:
    frame = _ethernet(_ipv4_udp(b"spb"))
    simple = _block(3, struct.pack("<I", len(frame)) + frame)
    second = _shb(">") + _idb(101, order=">") + _epb(_ipv4_udp(b"big"), order=">")
    data = _shb() + _idb() + simple + second
    assert [d.payload for d in iter_udp(data)] == [b"spb", b"big"]


def test_raw_blocks_are_not_a_capture_and_truncation_is_reported() -> None:
    assert capture_format(_blocks()[0]) is None
    with pytest.raises(CaptureError, match="unknown magic"):
        list(iter_udp(_blocks()[0]))
    data = _pcap([_ethernet(_ipv4_udp(b)) for b in _blocks()])
    seen = []
    with pytest.raises(CaptureError, match="runs past the end"):
        for datagram in iter_udp(data[:-3]):
            seen.append(datagram.payload)
    assert seen == _blocks()[:2]  # the good packets came first
    with pytest.raises(CaptureError, match="bad length"):
        list(iter_udp(_pcapng([_ethernet(_ipv4_udp(b"a"))])[:-4]))


_PCAPNG = _pcapng([_ethernet(_ipv4_udp(b"ok"))])
_EPB_AT = len(_shb() + _idb())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # Used to raise struct.error out of `decode asterix` (the 12-byte packet block).
        (
            _shb() + _idb() + struct.pack("<III", 6, 12, 12),
            "enhanced packet block at byte 48 is malformed",
        ),
        (
            _shb() + struct.pack("<III", 1, 12, 12),
            "interface description block at byte 28 is malformed",
        ),
        (_PCAPNG[:10], "block header truncated at byte 0"),
        (_PCAPNG[: _EPB_AT + 6], f"block header truncated at byte {_EPB_AT}"),
        (_shb() + _idb() + struct.pack("<III", 6, 8, 8), "bad length 8"),
        (_shb() + _idb() + struct.pack("<III", 6, 14, 14) + b"\x00\x00", "bad length 14"),
        (_shb() + _idb() + struct.pack("<II", 6, 0xFFFFFFF0) + b"\x00" * 8, "bad length"),
        (_shb() + _epb(_ipv4_udp(b"x")), "names interface 0, 0 described"),
        # The trailing copy of the block length differs from the leading one.
        (
            _shb() + _idb() + _epb(b"x" * 8)[:-4] + struct.pack("<I", 36),
            "length fields do not match",
        ),
        (_shb()[:8] + b"\x00\x00\x00\x00" + _shb()[12:], "bad byte-order magic"),
        (
            _shb() + _idb() + _block(6, struct.pack("<IIIII", 0, 0, 0, 500, 500) + b"x" * 8),
            "captured length 500 runs past the block",
        ),
        (
            _block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 2, 0, -1)),
            "unknown pcapng version 2.0",
        ),
        (_pcap([])[:20], "global header truncated"),
        (_pcap([b"abc"])[:-1], "pcap packet at byte 24 runs past the end"),
        (_pcap([b"abc"])[:30], "pcap record header truncated at byte 24"),
        (_pcap([]) + struct.pack("<IIII", 0, 0, 0xFFFFFFFF, 10), "runs past the end"),
    ],
)
def test_malformed_captures_raise_capture_error_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(CaptureError) as raised:
        list(iter_udp(data))
    assert reason in str(raised.value)


_SEEDS = [
    _pcap([_ethernet(_ipv4_udp(b)) for b in _blocks()]),
    _pcap([_ethernet(_ipv4_udp(b)) for b in _blocks()], big_endian=True, magic=0xA1B23C4D),
    _shb()
    + _idb(1)
    + _idb(101, tsresol=9)
    + _epb(_ethernet(_ipv4_udp(b"a")), 0)
    + _epb(_ipv4_udp(b"b"), 1),
]


@st.composite
def mutated_captures(draw) -> bytes:  # type: ignore[no-untyped-def]
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 5))):
        where = draw(st.integers(0, len(data) - 1)) if data else 0
        op = draw(st.sampled_from(("set", "insert", "delete", "truncate")))
        value = draw(st.integers(0, 255))
        if op == "set" and data:
            data[where] = value
        elif op == "insert":
            data[where:where] = bytes([value]) * draw(st.integers(1, 8))
        elif op == "delete" and data:
            del data[where : where + draw(st.integers(1, 8))]
        elif op == "truncate":
            del data[where:]
    return bytes(data)


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated_captures())
def test_mutated_captures_give_datagrams_or_a_capture_error(data: bytes) -> None:
    try:
        for datagram in iter_udp(data):
            assert isinstance(datagram, UdpDatagram) and type(datagram.payload) is bytes
    except CaptureError as exc:
        assert str(exc)


def _option(code: int, value: bytes) -> bytes:
    return struct.pack("<HH", code, len(value)) + value + b"\x00" * (-len(value) % 4)


def _epb_with_comment(frame: bytes, comment: bytes, iface: int = 0) -> bytes:
    head = struct.pack("<IIIII", iface, 0, 1000, len(frame), len(frame))
    body = head + frame + b"\x00" * (-len(frame) % 4)
    return _block(6, body + _option(1, comment) + _option(0, b""))


def test_a_block_with_a_comment_that_is_not_utf8_is_refused_and_reading_goes_on() -> None:
    """dpkt stopped at a packet comment that was not UTF-8: the rest of the file was lost."""
    good = _epb(_ethernet(_ipv4_udp(b"before")))
    commented = _epb_with_comment(_ethernet(_ipv4_udp(b"fine")), "noted ✓".encode())
    bad = _epb_with_comment(_ethernet(_ipv4_udp(b"refused")), b"caf\xe9")
    after = _epb(_ethernet(_ipv4_udp(b"after")))
    data = _shb() + _idb() + good + commented + bad + after
    refusals: list[str] = []
    payloads = [d.payload for d in iter_udp(data, refusals.append)]
    assert payloads == [b"before", b"fine", b"after"]
    at = len(_shb() + _idb() + good + commented)
    assert refusals == [
        f"pcapng enhanced packet block at byte {at} refused: an option's text is not UTF-8 "
        "(unexpected end of data at byte 3)"
    ]
    assert [d.payload for d in iter_udp(data)] == payloads  # refusals logged by default


def test_an_interface_refused_refuses_its_packets_only() -> None:
    comment = _option(1, b"eth\xff") + _option(0, b"")
    bad_idb = _block(1, struct.pack("<HHI", 1, 0, 65535) + comment)
    data = (
        _shb()
        + bad_idb
        + _idb(101)
        + _epb(_ethernet(_ipv4_udp(b"lost")), 0)
        + _epb(_ipv4_udp(b"kept"), 1)
    )
    refusals: list[str] = []
    assert [d.payload for d in iter_udp(data, refusals.append)] == [b"kept"]
    assert "interface description block at byte 28 refused" in refusals[0]
    assert "captured on interface 0, whose description was refused" in refusals[1]
