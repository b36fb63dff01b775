"""Reading UDP payloads (ASTERIX blocks) out of pcap and pcapng captures built here."""

from __future__ import annotations

import struct

import pytest

from radio.codecs.asterix import decode_block, encode_block
from radio.codecs.pcap import CaptureError, capture_format, iter_udp
from radio.messages_sensor import RadarTarget


def _ipv4_udp(payload: bytes, sport: int = 4000, dport: int = 8600, proto: int = 17) -> bytes:
    udp = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload
    header = struct.pack(
        ">BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(udp),
        1,
        0,
        64,
        proto,
        0,
        bytes([10, 0, 0, 1]),
        bytes([239, 1, 2, 3]),
    )
    return header + udp


def _ethernet(ip: bytes, vlan: bool = False) -> bytes:
    tag = b"\x81\x00\x00\x05" if vlan else b""
    return b"\x00" * 12 + tag + b"\x08\x00" + ip


def _pcap(frames: list[bytes], link: int = 1, big_endian: bool = False) -> bytes:
    order = ">" if big_endian else "<"
    out = struct.pack(order + "IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, link)
    for index, frame in enumerate(frames):
        out += struct.pack(order + "IIII", 1_700_000_000 + index, 500_000, len(frame), len(frame))
        out += frame
    return out


def _block(kind: int, body: bytes) -> bytes:
    body += b"\x00" * (-len(body) % 4)
    length = 12 + len(body)
    return struct.pack("<II", kind, length) + body + struct.pack("<I", length)


def _pcapng(frames: list[bytes]) -> bytes:
    out = _block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += _block(1, struct.pack("<HHI", 1, 0, 65535))
    for frame in frames:
        out += _block(6, struct.pack("<IIIII", 0, 0, 1000, len(frame), len(frame)) + frame)
    return out


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
    targets = [decode_block(d.payload)[0] for d in datagrams]
    assert all(isinstance(t, RadarTarget) for t in targets)
    assert [t.track_number for t in targets] == [0, 1, 2]  # type: ignore[union-attr]


def test_raw_ip_link_type() -> None:
    blocks = _blocks()
    data = _pcap([_ipv4_udp(b) for b in blocks], link=101)
    assert [d.payload for d in iter_udp(data)] == blocks


def test_pcapng_yields_udp_payloads() -> None:
    blocks = _blocks()
    data = _pcapng([_ethernet(_ipv4_udp(b)) for b in blocks])
    assert capture_format(data) == "pcapng"
    datagrams = list(iter_udp(data))
    assert [d.payload for d in datagrams] == blocks
    assert datagrams[0].time_s == pytest.approx(1000 * 1e-6)


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
