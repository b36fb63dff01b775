"""CAT010 edition 0.24 (3-octet I010/202) beside 0.31/1.1, and impossible WGS-84 positions.

The 0.24 vectors are built here by hand from the edition difference: the
same FSPEC positions and item lengths as 1.1 except I010/202, which is
3 octets (Vx, Vy 12 bits each) instead of 4. Read with the 1.1 table, such
a record runs one octet long and fails at its last item, I010/500.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radio.codecs.asterix import decode, decode_block, encode_block, encode_record, walk_block
from radio.messages import DecodeError
from radio.messages_sensor import AsterixBlock, RadarTarget


def _record_024(track: int) -> bytes:
    return bytes.fromhex(
        "fb 71 01 80"  # FSPEC: 010 000 020 140 041 042 | 202 161 170 | - | 500
        "070b"  # I010/010 SAC 7 SIC 11
        "01"  # I010/000 target report
        "20"  # I010/020 TYP 1 (PSR), one octet
        "546000"  # I010/140 43200.0 s
        "2530eca8 03628814"  # I010/041 lat 52.3, lon 4.76 (LSB 180/2^31)
        "0078 ffb0"  # I010/042 X 120 m, Y -80 m
        "005ffd"  # I010/202 (0.24): Vx 5, Vy -3, 12 bits each
        + f"{track:04x}"  # I010/161
        + "00"  # I010/170, one octet
        "0408fffe"  # I010/500 SDX 1.0 m, SDY 2.0 m, SDXY -0.5
    )


def _block(category: int, *records: bytes) -> bytes:
    body = b"".join(records)
    return bytes([category]) + (3 + len(body)).to_bytes(2, "big") + body


def test_edition_024_block_decodes_with_its_own_i010_202() -> None:
    block = _block(10, _record_024(17))
    (target,) = decode_block(block)
    assert isinstance(target, RadarTarget), target
    assert target.edition == "0.24"
    assert (target.sac, target.sic, target.track_number) == (7, 11, 17)
    assert target.lat == pytest.approx(52.3, abs=1e-7)
    assert target.lon == pytest.approx(4.76, abs=1e-7)
    assert (target.x_m, target.y_m) == (120.0, -80.0)
    assert target.items["202"] == {"VXRAW": 5, "VYRAW": -3}
    assert target.items["500"] == {"SDX": 1.0, "SDY": 2.0, "SDXY": -0.5}
    assert target.to_payload()["edition"] == "0.24"
    assert walk_block(block) == 1
    assert encode_block(10, [target.items], edition="0.24") == block


def test_several_024_records_in_one_block() -> None:
    # Under the 1.1 table the first record swallows a byte of the second.
    block = _block(10, _record_024(1), _record_024(2), _record_024(3))
    results = decode_block(block)
    assert [r.track_number for r in results] == [1, 2, 3]  # type: ignore[union-attr]
    assert all(isinstance(r, RadarTarget) and r.edition == "0.24" for r in results)
    assert walk_block(block) == 3
    summary = decode(block)
    assert isinstance(summary, AsterixBlock) and not summary.errors


def test_current_edition_is_tried_first_and_untagged(samples_dir: Path) -> None:
    raw = (samples_dir / "asterix" / "cat010ed0.31.bin").read_bytes()
    (target,) = decode_block(raw)
    assert isinstance(target, RadarTarget) and target.edition is None
    assert "edition" not in target.to_payload()
    items = {"010": {"SAC": 1, "SIC": 2}, "202": {"VX": -1.25, "VY": 3.5}, "161": {"TRN": 9}}
    (target,) = decode_block(encode_block(10, [items]))
    assert target.edition is None and target.items["202"] == {"VX": -1.25, "VY": 3.5}  # type: ignore[union-attr]


def test_a_block_corrupt_in_every_edition_reports_the_current_one() -> None:
    block = _block(10, _record_024(17)[:-2])  # I010/500 cut short in both layouts
    (error,) = decode_block(block)
    assert isinstance(error, DecodeError)
    assert "CAT010 record 0" in error.reason and "I010/500" in error.reason
    assert "needs 4 bytes, 1 left" in error.reason  # the 1.1 reading (0.24's leaves 2)
    walked = walk_block(block)
    assert isinstance(walked, DecodeError) and walked.reason == error.reason
    with pytest.raises(ValueError, match=r"no edition '9\.9'"):
        encode_record(10, {}, edition="9.9")


def _cat010_at(lat: float, lon: float, track: int) -> dict:
    return {"010": {"SAC": 1, "SIC": 2}, "041": {"LAT": lat, "LON": lon}, "161": {"TRN": track}}


@pytest.mark.parametrize("lat", [90.5, -135.0, 179.99])
def test_cat010_latitude_beyond_90_is_refused(lat: float) -> None:
    block = encode_block(10, [_cat010_at(lat, 10.0, 1), _cat010_at(45.0, 10.0, 2)])
    error, good = decode_block(block)
    assert isinstance(error, DecodeError)
    assert error.reason.startswith("CAT010 record 0 (byte 3) I010/041 position WGS-84: latitude")
    assert "outside -90..90 (record refused)" in error.reason
    assert isinstance(good, RadarTarget) and (good.track_number, good.lat) == (2, 45.0)
    block_message = decode(block)
    assert isinstance(block_message, AsterixBlock)
    assert [r.track_number for r in block_message.records] == [2]  # type: ignore[union-attr]
    assert block_message.errors == (error.reason,)
    assert isinstance(decode(encode_block(10, [_cat010_at(lat, 10.0, 1)])), DecodeError)


def test_cat010_edge_positions_are_kept() -> None:
    block = encode_block(10, [_cat010_at(90.0, -180.0, 1), _cat010_at(-90.0, 135.0, 2)])
    first, second = decode_block(block)
    assert isinstance(first, RadarTarget) and (first.lat, first.lon) == (90.0, -180.0)
    assert isinstance(second, RadarTarget) and (second.lat, second.lon) == (-90.0, 135.0)


def test_edition_024_positions_are_checked_too() -> None:
    record = bytearray(_record_024(5))
    record[11:15] = round(100.0 * 2**31 / 180).to_bytes(4, "big")  # I010/041 latitude 100
    error, good = decode_block(_block(10, bytes(record), _record_024(6)))
    assert isinstance(error, DecodeError) and "latitude 100.000000" in error.reason
    assert isinstance(good, RadarTarget) and good.edition == "0.24" and good.track_number == 6
