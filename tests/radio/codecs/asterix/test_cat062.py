"""CAT062 system tracks: hand-built vectors, every item's spec length, summary, refusals."""

from __future__ import annotations

import json
import math

import pytest

from radio.codecs.asterix import decode, decode_block, encode_block, walk_block
from radio.messages import DecodeError
from radio.messages_sensor import AsterixBlock, RadarTarget

# A typical SDPS track, built by hand from the CAT062 specification (ed. 1.18),
# not by our encoder.
TRACK = bytes.fromhex(
    "bf5f22"  # FSPEC: 010 015 070 105 100 185 | 060 380 040 080 290 | 136 390
    "0004"  # I062/010 SAC 0 SIC 4
    "07"  # I062/015 service 7
    "465000"  # I062/070 36000.0 s
    "0086f809"
    "001851ec"  # I062/105 lat 47.45, lon 8.55 (LSB 180/2^25)
    "0007d0"
    "fffc18"  # I062/100 X 1000 m, Y -500 m (LSB 0.5 m)
    "0190"
    "0190"  # I062/185 Vx 100 m/s, Vy 100 m/s (LSB 0.25)
    "0e00"  # I062/060 mode 3/A 7000
    "c1010110"  # I062/380 primary subfield, 4 octets: ADR, ID | - | - | MB
    "4b1a2c"  # ADR
    "4d74b1cb3820"  # ID "SWR123  " (ICAO 6-bit)
    "01"
    "c8480030a8000040"  # MB: 1 repetition, BDS 4,0
    "1234"  # I062/040 track 4660
    "0c"  # I062/080 SRC 3, one octet
    "48"  # I062/290 primary: PSR, ADS
    "08"
    "0010"  # PSR age 2.0 s, ADS age 4.0 s (2 octets)
    "0578"  # I062/136 FL 350
    "4108"  # I062/390 primary, 2 octets: CS | TOD
    "53575231323320"  # CS "SWR123 " (ASCII)
    "01"
    "080e1e00"  # TOD: 1 repetition, TYP 1, 14:30:00
)
NEXT = bytes.fromhex("8108 0004 002a")  # FSPEC 010 | 040, SAC 0 SIC 4, track 42
# "AAAAAAAA" in ICAO 6-bit characters (zero bytes read as "#", which encodes back as a space).
AAAAAAAA = bytes.fromhex("041041" * 2)

# FRN of each item in the UAP (FRN 2 and 29-33 are spare).
FRN = {
    "010": 1, "015": 3, "070": 4, "105": 5, "100": 6, "185": 7, "210": 8, "060": 9, "245": 10,
    "380": 11, "040": 12, "080": 13, "290": 14, "200": 15, "295": 16, "136": 17, "130": 18,
    "135": 19, "220": 20, "390": 21, "270": 22, "300": 23, "110": 24, "120": 25, "510": 26,
    "500": 27, "340": 28, "RE": 34, "SP": 35,
}  # fmt: skip
# Item lengths in octets, from the specification.
FIXED = {
    "010": 2, "015": 1, "070": 3, "105": 8, "100": 6, "185": 4, "210": 2, "060": 2, "245": 7,
    "040": 2, "200": 1, "136": 2, "130": 2, "135": 2, "220": 2, "300": 1, "120": 2,
}  # fmt: skip
# Compound items: subfields in order with their lengths; "rN" a repetitive of N-octet
# elements, "x" an extended subfield.
COMPOUND: dict[str, list[tuple[str, int | str]]] = {
    "110": [("SUM", 1), ("PMN", 4), ("POS", 6), ("GA", 2), ("EM1", 2), ("TOS", 1), ("XP", 1)],
    "290": [("TRK", 1), ("PSR", 1), ("SSR", 1), ("MDS", 1), ("ADS", 2), ("ES", 1),
            ("VDL", 1), ("UAT", 1), ("LOP", 1), ("MLT", 1)],
    "295": [(name, 1) for name in (
        "MFL MD1 MD2 MDA MD4 MD5 MHG IAS TAS SAL FSS TID COM SAB ACS BVR GVR RAN TAR TAN GSP"
        " VUN MET EMC POS GAL PUN MB IAR MAC BPS").split()],
    "340": [("SID", 2), ("POS", 4), ("HEIGHT", 2), ("MDC", 2), ("MDA", 2), ("TYP", 1)],
    "380": [("ADR", 3), ("ID", 6), ("MHG", 2), ("IAS", 2), ("TAS", 2), ("SAL", 2), ("FSS", 2),
            ("TIS", "x"), ("TID", "r15"), ("COM", 2), ("SAB", 2), ("ACS", 7), ("BVR", 2),
            ("GVR", 2), ("RAN", 2), ("TAR", 2), ("TAN", 2), ("GS", 2), ("VUN", 1), ("MET", 8),
            ("EMC", 1), ("POS", 6), ("GAL", 2), ("PUN", 1), ("MB", "r8"), ("IAR", 2),
            ("MAC", 2), ("BPS", 2)],
    "390": [("TAG", 2), ("CS", 7), ("IFI", 4), ("FCT", 1), ("TAC", 4), ("WTC", 1), ("DEP", 4),
            ("DST", 4), ("RDS", 3), ("CFL", 2), ("CTL", 2), ("TOD", "r4"), ("AST", 6),
            ("STS", 1), ("STD", 7), ("STA", 7), ("PEM", 2), ("PEC", 7)],
    "500": [("APC", 4), ("COV", 2), ("APW", 4), ("AGA", 1), ("ABA", 1), ("ATV", 2), ("AA", 2),
            ("ARC", 1)],
}  # fmt: skip


def _block(*records: bytes) -> bytes:
    body = b"".join(records)
    return bytes([62]) + (3 + len(body)).to_bytes(2, "big") + body


def _bits(slot: int) -> bytes:
    """An FSPEC (or primary subfield) announcing 0-based ``slot`` only."""
    octets = bytearray(slot // 7 + 1)
    octets[slot // 7] |= 1 << (7 - slot % 7)
    for index in range(len(octets) - 1):
        octets[index] |= 1
    return bytes(octets)


def _body(size: int | str, extended: bytes = b"\x01\x00") -> bytes:
    if size == "x":
        return extended  # default: two octets (FX in the first)
    if isinstance(size, str):
        return b"\x02" + b"\x00" * 2 * int(size[1:])  # two repetitions
    return b"\x00" * size


def test_hand_built_track_decodes_with_the_record_after_it() -> None:
    block = _block(TRACK, NEXT)
    track, after = decode_block(block)
    assert isinstance(track, RadarTarget) and isinstance(after, RadarTarget)
    assert (track.kind, track.category, track.sac, track.sic) == ("cat062", 62, 0, 4)
    assert track.time_of_day_s == 36000.0
    assert track.lat == pytest.approx(47.45, abs=1e-6)
    assert track.lon == pytest.approx(8.55, abs=1e-5)
    assert track.track_number == 4660 and track.mode3a == "7000"
    assert track.flight_level == 350.0
    assert track.speed_kt == pytest.approx(math.hypot(100, 100) * 3600 / 1852)
    assert track.heading_deg == pytest.approx(45.0)
    assert track.aircraft_address == "4b1a2c" and track.callsign == "SWR123"
    # The system-centred cartesian position is not a sensor-relative x_m/y_m.
    assert track.x_m is None and track.y_m is None
    assert track.items["100"] == {"X": 1000.0, "Y": -500.0}
    assert track.items["380"]["MB"] == [{"MBDATA": "c8480030a80000", "BDS1": 4, "BDS2": 0}]
    assert track.items["290"] == {"PSR": {"PSR": 2.0}, "ADS": {"ADS": 4.0}}
    assert track.items["390"]["CS"] == {"CS": "SWR123 "}
    tod = {"TYP": 1, "DAY": 0, "HOR": 14, "MIN": 30, "AVS": 0, "SEC": 0}
    assert track.items["390"]["TOD"] == [tod]
    assert (after.track_number, after.record_index) == (42, 1)
    assert walk_block(block) == 2
    assert encode_block(62, [track.items, after.items]) == block
    payload = decode(block).to_payload()  # type: ignore[union-attr]
    assert payload["records"][0]["lat"] == track.lat
    json.dumps(payload)


@pytest.mark.parametrize("item_id", sorted(FIXED))
def test_fixed_items_have_the_spec_length(item_id: str) -> None:
    record = _bits(FRN[item_id] - 1) + b"\x00" * FIXED[item_id]
    first, second = decode_block(_block(record, NEXT))
    assert isinstance(first, RadarTarget) and item_id in first.items
    assert isinstance(second, RadarTarget) and second.track_number == 42
    assert walk_block(_block(record, NEXT)) == 2


@pytest.mark.parametrize(
    ("item_id", "body"),
    [
        ("080", "01" * 6 + "00"),  # all seven octets of I062/080
        ("270", "010100"),  # length, orientation, width
        ("510", "000003000002"),  # I062/510: two elements, FX in the first
        ("RE", "03abcd"),
        ("SP", "01"),
    ],
)
def test_variable_items_are_skipped_by_their_structure(item_id: str, body: str) -> None:
    record = _bits(FRN[item_id] - 1) + bytes.fromhex(body)
    first, second = decode_block(_block(record, NEXT))
    assert isinstance(first, RadarTarget) and item_id in first.items, first
    assert isinstance(second, RadarTarget) and second.track_number == 42
    assert walk_block(_block(record, NEXT)) == 2


@pytest.mark.parametrize(
    ("item_id", "slot", "name", "size"),
    [(i, s, n, z) for i, subs in COMPOUND.items() for s, (n, z) in enumerate(subs)],
)
def test_every_compound_subfield_has_the_spec_length(
    item_id: str, slot: int, name: str, size: int | str
) -> None:
    record = _bits(FRN[item_id] - 1) + _bits(slot) + _body(size)
    first, second = decode_block(_block(record, NEXT))
    assert isinstance(first, RadarTarget), first
    assert list(first.items[item_id]) == [name]
    assert isinstance(second, RadarTarget) and second.track_number == 42
    assert walk_block(_block(record, NEXT)) == 2


def test_every_item_at_once_round_trips() -> None:
    items: dict[str, bytes] = {}
    for item_id, size in FIXED.items():
        items[item_id] = b"\x00" * size
    items["080"] = b"\x00"
    items["270"] = b"\x00"
    items["510"] = b"\x00\x00\x00"
    items["RE"] = b"\x01"
    items["SP"] = b"\x02\xee"
    for item_id, subs in COMPOUND.items():
        primary = bytearray((len(subs) + 6) // 7)
        for slot in range(len(subs)):
            primary[slot // 7] |= 1 << (7 - slot % 7)
        for index in range(len(primary) - 1):
            primary[index] |= 1
        # One-octet extended subfields: the encoder writes the octets its fields need.
        bodies = {n: _body(z, b"\x00") for n, z in subs}
        if item_id == "380":
            bodies["ID"] = AAAAAAAA
        items[item_id] = bytes(primary) + b"".join(bodies.values())
    items["245"] = b"\x00" + AAAAAAAA
    order = sorted(items, key=FRN.__getitem__)
    fspec = bytearray(5)
    for item_id in order:
        slot = FRN[item_id] - 1
        fspec[slot // 7] |= 1 << (7 - slot % 7)
    for index in range(4):
        fspec[index] |= 1
    record = bytes(fspec) + b"".join(items[i] for i in order)
    block = _block(record, NEXT)
    first, second = decode_block(block)
    assert isinstance(first, RadarTarget), first
    assert set(first.items) == set(items)
    for item_id, subs in COMPOUND.items():
        assert list(first.items[item_id]) == [n for n, _ in subs], item_id
    assert isinstance(second, RadarTarget) and second.track_number == 42
    assert walk_block(block) == 2
    assert encode_block(62, [first.items, second.items]) == block


def test_summary_fallbacks() -> None:
    items = {
        "010": {"SAC": 1, "SIC": 2},
        "040": {"TRN": 7},
        "135": {"QNH": 0, "CTB": 120.5},
        "380": {"GS": {"GS": 0.125}, "TAN": {"TAN": 270.0}},
        "390": {"CS": {"CS": "AFR12  "}},
    }
    (target,) = decode_block(encode_block(62, [items]))
    assert isinstance(target, RadarTarget)
    assert target.flight_level == 120.5
    assert target.speed_kt == 0.125 * 3600 and target.heading_deg == 270.0
    assert target.callsign == "AFR12"
    assert target.lat is None and target.mode3a is None
    items["185"] = {"VX": -50.0, "VY": 0.0}  # the velocity vector wins: due west
    items["245"] = {"STI": 0, "CHR": "IDENT1"}
    (target,) = decode_block(encode_block(62, [items]))
    assert target.heading_deg == pytest.approx(270.0)  # type: ignore[union-attr]
    assert target.speed_kt == pytest.approx(50 * 3600 / 1852)  # type: ignore[union-attr]
    assert target.callsign == "IDENT1"  # type: ignore[union-attr]
    items["185"] = {"VX": 0.0, "VY": 0.0}  # standing still: speed 0, heading from I062/380
    (target,) = decode_block(encode_block(62, [items]))
    assert (target.speed_kt, target.heading_deg) == (0.0, 270.0)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("position", "what"),
    [
        ("010e38e4001851ec", "latitude 95.000002 outside -90..90"),
        ("fef1c71c001851ec", "latitude -95.000002 outside -90..90"),
        ("0086f809021c71c7", "longitude 189.999999 outside -180..180"),
        ("0086f809f0000000", "longitude -1440.000000 outside -180..180"),
    ],
)
def test_impossible_wgs84_position_refuses_the_record(position: str, what: str) -> None:
    record = bytes.fromhex("8908 0004" + position + "0063")  # 010, 105 | 040
    results = decode_block(_block(record, NEXT))
    error, after = results
    assert isinstance(error, DecodeError)
    assert error.reason.startswith("CAT062 record 0 (byte 3) I062/105 position WGS-84: ")
    assert what in error.reason and error.reason.endswith("(record refused)")
    assert isinstance(after, RadarTarget) and after.track_number == 42
    block = decode(_block(record, NEXT))
    assert isinstance(block, AsterixBlock)
    assert [r.track_number for r in block.records] == [42]  # type: ignore[union-attr]
    assert block.errors == (error.reason,)
    only = decode(_block(record))
    assert isinstance(only, DecodeError) and what in only.reason
    assert walk_block(_block(record, NEXT)) == 2  # the structure is sound


def test_truncations_and_bad_subfields_are_rejected_with_reasons() -> None:
    for length in range(len(TRACK)):
        results = decode_block(_block(TRACK[:length]))
        assert not any(isinstance(r, RadarTarget) for r in results)
        assert isinstance(results[-1], DecodeError) if results else length == 0
    # I062/380 primary subfield announcing subfield 29 (there are 28).
    bad = _bits(FRN["380"] - 1) + bytes.fromhex("01010101 80")
    (error,) = decode_block(_block(bad))
    assert isinstance(error, DecodeError)
    assert "I062/380" in error.reason and "undefined subfield 29" in error.reason
    # FRN 2 is spare.
    (error,) = decode_block(_block(b"\x40\x00"))
    assert isinstance(error, DecodeError) and "FRN 2" in error.reason
