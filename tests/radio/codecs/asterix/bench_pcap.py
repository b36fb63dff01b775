"""Benchmark: UDP datagrams/s out of radar captures (pcap and pcapng) with the dpkt reader.

The capture holds 20,000 Ethernet/IPv4/UDP packets, each one CAT048 data
block of 3 records, as a radar feed recorded with tcpdump (pcap) or
Wireshark (pcapng) would. Baseline measured in the same run: a
hand-unrolled ``struct`` walk of the classic pcap records that slices the
payload at the fixed Ethernet/IPv4/UDP offset (no header checks at all):
the floor for pure-Python reading of these bytes. ``decode_block`` on the
same payloads is printed beside them, to show which side of ``dispatch-console
decode`` costs more. Prints datagrams/s and ratios; asserts only correctness.
"""

from __future__ import annotations

import struct
import time

import pytest

from radio.codecs.asterix import decode_block, encode_block
from radio.codecs.pcap import iter_udp

pytestmark = pytest.mark.benchmark

PACKETS = 20_000
ROUNDS = 3


def _frame(payload: bytes) -> bytes:
    udp = struct.pack(">HHHH", 4000, 8600, 8 + len(payload), 0) + payload
    ip = struct.pack(
        ">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0, b"\x0a\0\0\1", b"\xef\1\2\3"
    )
    return b"\x00" * 12 + b"\x08\x00" + ip + udp


def _captures() -> tuple[bytes, bytes, list[bytes]]:
    payloads = [
        encode_block(48, [{"010": {"SAC": 1, "SIC": 2}, "161": {"TRN": (n + k) % 4096},
                           "040": {"RHO": 10.0, "THETA": 45.0}} for k in range(3)])
        for n in range(PACKETS)
    ]  # fmt: skip
    pcap = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    pcapng = struct.pack("<II", 0x0A0D0D0A, 28) + struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
    pcapng += struct.pack("<I", 28)
    pcapng += struct.pack("<IIHHII", 1, 20, 1, 0, 65535, 20)
    for index, payload in enumerate(payloads):
        frame = _frame(payload)
        pcap += struct.pack("<IIII", 1_700_000_000 + index, 0, len(frame), len(frame)) + frame
        padded = frame + b"\x00" * (-len(frame) % 4)
        length = 32 + len(padded)
        pcapng += struct.pack("<IIIIIII", 6, length, 0, 0, index, len(frame), len(frame))
        pcapng += padded + struct.pack("<I", length)
    return pcap, pcapng, payloads


def _struct_floor(capture: bytes) -> int:
    record = struct.Struct("<IIII").unpack_from
    pos = 24
    end = len(capture)
    count = 0
    while pos < end:
        _sec, _frac, incl, _orig = record(capture, pos)
        pos += 16
        capture[pos + 42 : pos + incl]  # the UDP payload at the fixed offset
        pos += incl
        count += 1
    return count


def test_capture_read_throughput() -> None:
    pcap, pcapng, payloads = _captures()
    assert [d.payload for d in iter_udp(pcap)] == payloads
    assert [d.payload for d in iter_udp(pcapng)] == payloads
    contenders = {
        "iter_udp pcap (dpkt)": lambda: sum(1 for _ in iter_udp(pcap)),
        "iter_udp pcapng (dpkt)": lambda: sum(1 for _ in iter_udp(pcapng)),
        "struct floor (pcap)": lambda: _struct_floor(pcap),
        "decode_block (payloads)": lambda: sum(1 for p in payloads if decode_block(p)),
    }
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(ROUNDS):
        for name, run in contenders.items():
            start = time.perf_counter()
            count = run()
            best[name] = min(best[name], time.perf_counter() - start)
            assert count == PACKETS, name
    print(f"\nCaptures: {PACKETS} datagrams ({len(pcap) / 1e6:.1f} MB pcap)")
    for name, seconds in best.items():
        print(f"  {name:26s} {PACKETS / seconds:12,.0f} datagrams/s  ({seconds * 1e3:7.1f} ms)")
    floor = best["struct floor (pcap)"]
    print(f"  iter_udp pcap / struct floor cost ratio: {best['iter_udp pcap (dpkt)'] / floor:.1f}x")
    ratio = best["iter_udp pcap (dpkt)"] / best["decode_block (payloads)"]
    print(f"  iter_udp pcap / decode_block cost ratio: {ratio:.2f}x")
