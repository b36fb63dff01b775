"""CAT034 radar service messages: hand-built vectors, every item, health fields, refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from radio.codecs.asterix import decode, decode_block, encode_block, encode_record, walk_block
from radio.messages import DecodeError
from radio.messages_sensor import AsterixBlock, RadarServiceMessage

# Built by hand from the CAT034 specification (ed. 1.29), not by our encoder.
# Record 0, a north marker: FSPEC 0xEC = 010, 000, 030, 041, 050.
NORTH_MARKER = bytes.fromhex(
    "ec"
    "1907"  # I034/010 SAC 25 SIC 7
    "01"  # I034/000 north marker
    "070840"  # I034/030 3600.5 s (460864 / 128)
    "0200"  # I034/041 rotation period 4.0 s (512 / 128)
    "90"  # I034/050 primary subfield: COM (bit 8), PSR (bit 5)
    "50"  # COM: RDPC 1 (chain 2), OVLRDP 1
    "60"  # PSR: antenna 1, CHAB 3 (diversity)
)
# Record 1, a sector crossing: FSPEC f0 = 010, 000, 030, 020; sector 0x40 = 90 degrees.
SECTOR_CROSSING = bytes.fromhex("f0 1907 02 070841 40")


def _block(*records: bytes) -> bytes:
    body = b"".join(records)
    return bytes([34]) + (3 + len(body)).to_bytes(2, "big") + body


def _every_item() -> dict[str, Any]:
    return {
        "010": {"SAC": 1, "SIC": 2},
        "000": {"MT": 1},
        "030": {"ToD": 86399.9921875},
        "020": {"SECTOR": 180.0},
        "041": {"ARS": 4.5},
        "050": {
            "COM": {
                "NOGO": 1,
                "RDPC": 0,
                "RDPR": 1,
                "OVLRDP": 0,
                "OVLXMT": 1,
                "MSC": 1,
                "TSV": 1,
            },
            "PSR": {"ANT": 1, "CHAB": 0, "OVL": 1, "MSC": 0},
            "SSR": {"ANT": 0, "CHAB": 3, "OVL": 0, "MSC": 1},
            "MDS": {
                "ANT": 0,
                "CHAB": 1,
                "OVLSUR": 1,
                "MSC": 0,
                "SCF": 1,
                "DLF": 0,
                "OVLSCF": 1,
                "OVLDLF": 1,
            },
        },
        "060": {
            "COM": {"REDRDP": 2, "REDXMT": 0},
            "PSR": {"POL": 1, "REDRAD": 0, "STC": 3},
            "SSR": {"REDRAD": 7},
            "MDS": {"REDRAD": 0, "CLU": 1},
        },
        "070": [{"TYP": 0, "COUNT": 12}, {"TYP": 1, "COUNT": 2047}],
        "100": {"RHOST": 1.5, "RHOEND": 255.99609375, "THETAST": 90.0, "THETAEND": 180.0},
        "110": {"TYP": 2},
        "120": {"HGT": -12.0, "LAT": 45.0, "LON": -1.40625},
        "090": {"RNG": -0.5, "AZM": 0.02197265625},
        "RE": "0102",
        "SP": "ff",
    }


def test_hand_built_north_marker_and_sector_crossing() -> None:
    block = _block(NORTH_MARKER, SECTOR_CROSSING)
    north, sector = decode_block(block)
    assert isinstance(north, RadarServiceMessage) and isinstance(sector, RadarServiceMessage)
    assert (north.kind, north.category, north.record_index) == ("cat034", 34, 0)
    assert (north.sac, north.sic) == (25, 7)
    assert (north.message_type, north.message_type_name) == (1, "north marker")
    assert north.time_of_day_s == 3600.5
    assert north.rotation_period_s == 4.0
    assert north.nogo is False
    assert north.warnings == ("radar data processor overload",)  # PSR diversity is normal
    assert north.status == {
        "COM": {"NOGO": 0, "RDPC": 1, "RDPR": 0, "OVLRDP": 1, "OVLXMT": 0, "MSC": 0, "TSV": 0},
        "PSR": {"ANT": 0, "CHAB": 3, "OVL": 0, "MSC": 0},
    }
    assert north.sector_azimuth_deg is None and north.radar_lat is None
    assert (sector.message_type_name, sector.sector_azimuth_deg) == ("sector crossing", 90.0)
    assert sector.time_of_day_s == 3600.5 + 1 / 128
    assert sector.nogo is None and sector.warnings == () and sector.status is None
    assert walk_block(block) == 2
    assert encode_block(34, [north.items, sector.items]) == block


def test_payload_carries_what_radar_health_needs() -> None:
    (north,) = decode_block(_block(NORTH_MARKER))
    payload = north.to_payload()
    assert payload == {
        "protocol": "asterix",
        "kind": "cat034",
        "category": 34,
        "record_index": 0,
        "sac": 25,
        "sic": 7,
        "message_type": 1,
        "message_type_name": "north marker",
        "time_of_day_s": 3600.5,
        "rotation_period_s": 4.0,
        "nogo": False,
        "warnings": ["radar data processor overload"],
        "status": north.status,
    }
    json.dumps(payload)
    block = decode(_block(NORTH_MARKER, SECTOR_CROSSING))
    assert isinstance(block, AsterixBlock) and block.kind == "cat034"
    records = block.to_payload()["records"]
    assert [r["message_type_name"] for r in records] == ["north marker", "sector crossing"]
    assert "track_number" not in records[0]  # so track consumers pass it by


def test_every_item_round_trips_and_every_warning_is_named() -> None:
    items = _every_item()
    block = encode_block(34, [items])
    (message,) = decode_block(block)
    assert isinstance(message, RadarServiceMessage)
    assert message.items == items
    assert (message.radar_lat, message.radar_lon, message.radar_height_m) == (45.0, -1.40625, -12.0)
    assert message.nogo is True
    assert message.rotation_period_s == 4.5 and message.sector_azimuth_deg == 180.0
    assert message.processing_mode == items["060"]
    assert message.warnings == (
        "system NOGO: operational use inhibited",
        "radar data processor chain reset: expect new track numbers",
        "transmission subsystem overload",
        "monitoring system disconnected",
        "time source invalid",
        "PSR overload",
        "SSR monitoring system disconnected",
        "Mode S surveillance overload",
        "Mode S surveillance co-ordination function overload",
        "Mode S data link function overload",
        "PSR: no channel selected",
        "SSR: invalid channel A/B combination",
        "radar data processor data reduction step 2 active",
        "SSR data reduction step 7 active",
    )
    assert walk_block(block) == 1
    assert encode_block(34, [message.items]) == block


def test_item_lengths_follow_the_specification() -> None:
    # FSPEC + item, lengths from the spec: the walker must land on the next record.
    sizes = {"010": 2, "000": 1, "030": 3, "020": 1, "041": 2, "100": 8, "110": 1, "120": 8}
    sizes |= {"090": 2}
    items = _every_item()
    for item_id, size in sizes.items():
        record = encode_record(34, {item_id: items[item_id]})
        fspec = 1 if item_id in ("010", "000", "030", "020", "041") else 2
        assert len(record) == fspec + size, item_id
    # Compound I034/050: primary octet, COM 1, PSR 1, SSR 1, MDS 2.
    assert len(encode_record(34, {"050": items["050"]})) == 1 + 1 + 5
    assert len(encode_record(34, {"060": items["060"]})) == 1 + 1 + 4
    assert len(encode_record(34, {"070": items["070"]})) == 2 + 1 + 2 * 2


def test_sp_and_re_are_skipped_by_their_length() -> None:
    # FRN 13 (RE) and 14 (SP): FSPEC 0x81 0x06 — after them, another record decodes.
    record = bytes.fromhex("8106 1907 03aabb 02cc")
    (first, second) = decode_block(_block(record, SECTOR_CROSSING))
    assert first.items == {"010": {"SAC": 25, "SIC": 7}, "RE": "aabb", "SP": "cc"}  # type: ignore[union-attr]
    assert isinstance(second, RadarServiceMessage) and second.message_type == 2
    assert first.message_type is None and first.message_type_name is None  # type: ignore[union-attr]


def test_unknown_message_type_is_kept_by_number() -> None:
    (message,) = decode_block(_block(bytes.fromhex("c0 1907 09")))
    assert isinstance(message, RadarServiceMessage)
    assert (message.message_type, message.message_type_name) == (9, "unknown (9)")


@pytest.mark.parametrize(
    ("position", "reason"),
    [
        ({"HGT": 0.0, "LAT": 135.0, "LON": 0.0}, "latitude 135.000000 outside -90..90"),
        ({"HGT": 0.0, "LAT": -112.5, "LON": 0.0}, "latitude -112.500000 outside -90..90"),
    ],
)
def test_radar_position_beyond_the_globe_is_refused(position: dict, reason: str) -> None:
    bad = encode_record(34, {"010": {"SAC": 1, "SIC": 2}, "000": {"MT": 1}, "120": position})
    results = decode_block(_block(bad, SECTOR_CROSSING))
    assert isinstance(results[0], DecodeError)
    assert "CAT034 record 0" in results[0].reason and "I034/120" in results[0].reason
    assert reason in results[0].reason and "record refused" in results[0].reason
    assert isinstance(results[1], RadarServiceMessage)  # the next record still decodes
    block = decode(_block(bad, SECTOR_CROSSING))
    assert isinstance(block, AsterixBlock) and len(block.records) == 1 and block.errors
    assert isinstance(decode(_block(bad)), DecodeError)


def test_truncated_status_names_the_item() -> None:
    cut = NORTH_MARKER[:-1]  # the PSR subfield of I034/050 is missing
    (error,) = decode_block(_block(cut))
    assert isinstance(error, DecodeError)
    assert "CAT034 record 0" in error.reason and "I034/050" in error.reason
    for length in range(len(NORTH_MARKER)):
        results = decode_block(_block(NORTH_MARKER[:length]))
        assert not any(isinstance(r, RadarServiceMessage) for r in results)
