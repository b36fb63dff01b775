"""ASTERIX codec on our own fixtures: round trips, each kind of corruption, fuzzing, framing."""

from __future__ import annotations

import random
from typing import Any

import pytest

from radio.codecs.asterix import (
    decode,
    decode_block,
    encode_block,
    encode_record,
    frame_block,
    walk_block,
)
from radio.framing.base import FrameSplitter
from radio.messages import DecodeError
from radio.messages_sensor import AsterixBlock, RadarTarget


def _cat048(track: int = 1) -> dict[str, Any]:
    return {
        "010": {"SAC": 25, "SIC": 7},
        "140": {"ToD": 43200.5},
        "020": {
            "TYP": 5,
            "SIM": 0,
            "RDP": 0,
            "SPI": 1,
            "RAB": 0,
            "TST": 0,
            "ERR": 0,
            "XPP": 0,
            "ME": 0,
            "MI": 0,
            "FOEFRI": 2,
        },
        "040": {"RHO": 12.5, "THETA": 270.0},
        "070": {"V": 0, "G": 0, "L": 0, "MODE": "7700"},
        "090": {"V": 0, "G": 0, "FL": -2.25},
        "130": {"SRL": {"SRL": 0.615234375}, "PAM": {"PAM": -40}},
        "220": {"ADR": "3c6586"},
        "240": {"IDENT": "DLH4AB  "},
        "250": [{"MBDATA": "0102030405060a", "BDS1": 4, "BDS2": 0}],
        "161": {"TRN": track},
        "042": {"X": -3.5, "Y": 10.25},
        "200": {"GSP": 0.0625, "HDG": 90.0},
        "170": {"CNF": 0, "RAD": 1, "DOU": 0, "MAH": 0, "CDM": 3},
        "210": {"SIGX": 0.0078125, "SIGY": 0.015625, "SIGV": 2.0**-13, "SIGH": 0.703125},
        "030": {"CODE": 3},
        "080": {"QA": "000"},
        "100": {"V": 0, "G": 0, "CODE": "abc", "QC": "000"},
        "110": {"HGT": 1250.0},
        "120": {
            "CAL": {"D": 1, "CAL": -3},
            "RDS": [{"DOP": 1, "AMB": 2, "FRQ": 3}, {"DOP": 4, "AMB": 5, "FRQ": 6}],
        },
        "230": {"COM": 1, "STAT": 0, "SI": 0, "MSSC": 1, "ARC": 1, "AIC": 1, "B1A": 1, "B1B": 13},
        "260": {"ACASRA": "00000000000000"},
        "055": {"V": 0, "G": 0, "L": 0, "CODE": 17},
        "050": {"V": 0, "G": 1, "L": 0, "MODE": "1234"},
        "065": {"QA": 0},
        "060": {"QA": "000"},
        "SP": "deadbeef",
        "RE": "",
    }


def _cat010() -> dict[str, Any]:
    return {
        "010": {"SAC": 1, "SIC": 2},
        "000": {"MT": 1},
        "020": {"TYP": 4, "DCR": 0, "CHN": 1, "GBS": 1, "CRT": 0},
        "140": {"ToD": 100.0},
        "041": {"LAT": 43.7384, "LON": 7.4246},
        "040": {"RHO": 500.0, "THETA": 45.0},
        "042": {"X": -100.0, "Y": 200.0},
        "200": {"GSP": 2.0**-10, "TA": 180.0},
        "202": {"VX": -1.25, "VY": 3.5},
        "161": {"TRN": 4095},
        "170": {"CNF": 0, "TRE": 0, "CST": 1, "MAH": 0, "TCC": 0, "STH": 0},
        "060": {"V": 0, "G": 0, "L": 0, "MODE": "1200"},
        "220": {"ADR": "abcdef"},
        "245": {"STI": 1, "CHR": "FOLLOWME"},
        "250": [],
        "300": {"VFI": 7},
        "090": {"V": 0, "G": 0, "FL": 1.5},
        "091": {"HGT": -12.5},
        "270": {"LENGTH": 27.0, "ORIENTATION": 90.0, "WIDTH": 3.0},
        "550": {"NOGO": 0, "OVL": 0, "TSV": 0, "DIV": 1, "TTF": 0},
        "310": {"TRB": 1, "MSG": 5},
        "500": {"SDX": 1.25, "SDY": 0.5, "SDXY": -2.0},
        "280": [{"DRHO": 3.0, "DTHETA": 0.3}],
        "131": {"PAM": 200},
        "210": {"AX": -0.5, "AY": 0.25},
        "SP": "00",
    }


def test_cat048_round_trip_every_item() -> None:
    items = _cat048()
    block = encode_block(48, [items, _cat048(2)])
    results = decode_block(block)
    assert [type(r) for r in results] == [RadarTarget, RadarTarget]
    first = results[0]
    assert isinstance(first, RadarTarget)
    assert first.items == items
    assert first.mode3a == "7700" and first.flight_level == -2.25
    assert first.x_m == pytest.approx(-3.5 * 1852) and first.callsign == "DLH4AB"
    assert first.speed_kt == pytest.approx(225.0) and first.heading_deg == 90.0
    assert results[1].track_number == 2  # type: ignore[union-attr]
    assert encode_block(48, [r.items for r in results]) == block  # type: ignore[union-attr]
    assert walk_block(block) == 2


def test_cat010_round_trip_every_item() -> None:
    items = _cat010()
    results = decode_block(encode_block(10, [items]))
    (target,) = results
    assert isinstance(target, RadarTarget)
    assert target.lat == pytest.approx(43.7384, abs=1e-7)
    assert target.lon == pytest.approx(7.4246, abs=1e-7)
    assert target.callsign == "FOLLOWME" and target.track_number == 4095
    assert target.mode3a == "1200" and target.message_type == 1
    for item_id, value in items.items():
        if item_id != "041":
            assert target.items[item_id] == value, item_id


def test_empty_block_is_a_block_without_records() -> None:
    assert decode_block(b"\x30\x00\x03") == []
    block = decode(b"\x30\x00\x03")
    assert isinstance(block, AsterixBlock) and block.records == ()


def _error(results: list[RadarTarget | DecodeError]) -> str:
    assert isinstance(results[-1], DecodeError)
    return results[-1].reason


def test_block_level_faults_name_the_problem() -> None:
    good = encode_block(48, [_cat048()])
    assert "shorter than CAT + LEN" in _error(decode_block(b"\x30\x00"))
    assert "LEN says" in _error(decode_block(good[:-1]))
    assert "LEN says" in _error(decode_block(good + b"\x00"))
    assert "CAT001 is not supported" in _error(decode_block(b"\x01" + good[1:]))


def test_truncated_item_names_category_record_and_item() -> None:
    record = encode_record(48, {"010": {"SAC": 1, "SIC": 2}, "040": {"RHO": 1.0, "THETA": 2.0}})
    cut = record[:-2]  # I048/040 loses two bytes
    block = bytes([48]) + (len(cut) + 3).to_bytes(2, "big") + cut
    reason = _error(decode_block(block))
    assert "CAT048 record 0" in reason and "I048/040" in reason and "truncated" in reason


def test_fspec_bit_for_undefined_item_is_rejected() -> None:
    # CAT010 FRN 26 is spare: FSPEC 0x01 0x01 0x01 0x10 (FRN 26 = 4th octet, bit 5).
    record = bytes([0x81, 0x01, 0x01, 0x08]) + b"\x00\x01"
    block = bytes([10, 0, 3 + len(record)]) + record
    reason = _error(decode_block(block))
    assert "CAT010 record 0" in reason and "FRN 26" in reason and "FSPEC" in reason


def test_fspec_running_past_the_block_and_empty_fspec() -> None:
    assert "FSPEC: runs past" in _error(decode_block(b"\x30\x00\x05\xff\xff"))
    assert "announces no item" in _error(decode_block(b"\x30\x00\x04\x00"))


def test_repetitive_and_explicit_lengths_past_the_block() -> None:
    record = encode_record(48, {"250": [{"MBDATA": "00" * 7, "BDS1": 1, "BDS2": 0}]})
    assert record[:3] == b"\x01\x20\x01"  # FSPEC (FRN 10), REP 1
    bad = record[:2] + b"\x05" + record[3:]  # REP claims 5 elements, 1 sent
    reason = _error(decode_block(bytes([48, 0, 3 + len(bad)]) + bad))
    assert "I048/250" in reason and "truncated" in reason
    record = encode_record(48, {"SP": "abcd"})
    bad = record[:-3] + b"\x09" + record[-2:]  # explicit LEN 9, 3 bytes left
    reason = _error(decode_block(bytes([48, 0, 3 + len(bad)]) + bad))
    assert "I048/SP" in reason
    bad = record[:-3] + b"\x00" + record[-2:]
    assert "explicit length 0" in _error(decode_block(bytes([48, 0, 3 + len(bad)]) + bad))


def test_compound_with_undefined_subfield_is_rejected() -> None:
    record = encode_record(48, {"130": {"SAM": {"SAM": 1}}})
    assert record == b"\x02\x20\x01"  # FSPEC (FRN 7), primary subfield (SAM), SAM
    bad = b"\x02\x21\x40\x01"  # FX chains to a second octet announcing subfield 8
    reason = _error(decode_block(bytes([48, 0, 3 + len(bad)]) + bad))
    assert "I048/130" in reason and "undefined subfield" in reason


def test_corrupt_record_after_good_ones_keeps_the_good_ones() -> None:
    good = encode_record(48, _cat048(1)) + encode_record(48, _cat048(2))
    corrupt = b"\xff\xff\xff\xff\xff"
    block = bytes([48]) + (3 + len(good) + len(corrupt)).to_bytes(2, "big") + good + corrupt
    results = decode_block(block)
    assert [r.track_number for r in results[:2]] == [1, 2]  # type: ignore[union-attr]
    assert isinstance(results[2], DecodeError) and "record 2" in results[2].reason
    assert len(results) == 3
    walked = walk_block(block)
    assert isinstance(walked, DecodeError) and "record 2" in walked.reason
    summary = decode(block)
    assert isinstance(summary, AsterixBlock)
    assert len(summary.records) == 2 and "record 2" in summary.errors[0]
    assert summary.to_dict()["records"][1]["track_number"] == 2


def test_fuzz_never_raises_and_agrees_with_walk() -> None:
    rng = random.Random(1234)
    seeds = [encode_block(48, [_cat048(i) for i in range(3)]), encode_block(10, [_cat010()])]
    for _ in range(4000):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            op = rng.random()
            if op < 0.5 and data:
                data[rng.randrange(len(data))] = rng.randrange(256)
            elif op < 0.75 and data:
                del data[rng.randrange(len(data)) :]
            else:
                data += bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.5 and len(data) >= 3:
            data[1:3] = len(data).to_bytes(2, "big")  # keep LEN right so records get walked
        frame = bytes(data)
        results = decode_block(frame)
        assert isinstance(results, list)
        errors = [r for r in results if isinstance(r, DecodeError)]
        # Records refused for an impossible value are not structural: decoding goes on.
        structural = [e for e in errors if "record refused" not in e.reason]
        assert len(structural) <= 1 and (not structural or results[-1] is structural[0])
        walked = walk_block(frame)
        if structural:
            assert isinstance(walked, DecodeError)
        else:
            assert walked == len(results)
        assert not any("internal decoder error" in e.reason for e in errors)


def test_framer_splits_concatenated_blocks_byte_by_byte() -> None:
    blocks = [encode_block(48, [_cat048(i)]) for i in range(3)] + [encode_block(10, [_cat010()])]
    stream = b"".join(blocks)
    splitter = FrameSplitter(frame_block, 65535)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    assert frames == blocks
    assert frame_block(b"\x30\x00\x00\x01", 0) == (3, b"\x30\x00\x00")


def test_encoder_rejects_unknown_items() -> None:
    with pytest.raises(ValueError, match="has no items"):
        encode_record(48, {"999": {}})
    with pytest.raises(ValueError, match="CAT001"):
        encode_record(1, {})
    with pytest.raises(ValueError, match="no edition"):
        encode_record(48, {}, edition="0.24")
