"""Real NMEA captures (../shared/samples/nmea): every line decodes or is rejected with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from radio.codecs.nmea import decode
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix
from radio.messages_sensor import (
    OwnShipData,
    RadarSystemData,
    RadarTargetPosition,
    RadarTrackReport,
    TargetLabels,
)

DECODED = (
    PositionFix, NoFix, NmeaSentence, RadarTrackReport, RadarTargetPosition, OwnShipData,
    RadarSystemData, TargetLabels,
)  # fmt: skip

LOGS = [
    "GPSmap-76S.log",
    "bu353-glonass.log",
    "firefly-II.log",
    "hemi.log",
    "hp58534a.log",
    "isync.log",
    "pynmea2-malformed.log",
]


def sentences(path: Path) -> list[bytes]:
    splitter = FrameSplitter(frame_line)
    frames = splitter.feed(path.read_bytes()) + splitter.flush()
    return [frame for frame in frames if not frame.startswith(b"#")]


def decode_log(samples_dir: Path, name: str) -> list[tuple[bytes, object]]:
    return [(frame, decode(frame)) for frame in sentences(samples_dir / "nmea" / name)]


def assert_sane(frame: bytes, result: object) -> None:
    if isinstance(result, DecodeError):
        assert result.reason, frame
        assert not result.reason.startswith("internal"), result.reason
        assert result.raw == frame
    else:
        assert isinstance(result, DECODED), frame


def test_every_log_in_the_directory_is_covered(samples_dir: Path) -> None:
    assert sorted(p.name for p in (samples_dir / "nmea").glob("*.log")) == sorted(LOGS)


@pytest.mark.parametrize("name", LOGS)
def test_log_lines_decode_or_are_rejected(samples_dir: Path, name: str) -> None:
    results = decode_log(samples_dir, name)
    assert results
    for frame, result in results:
        assert_sane(frame, result)


@pytest.mark.parametrize("name", LOGS)
def test_log_whole_bytewise_and_concatenated_agree(samples_dir: Path, name: str) -> None:
    data = (samples_dir / "nmea" / name).read_bytes()
    whole = FrameSplitter(frame_line)
    expected = whole.feed(data) + whole.flush()
    bytewise = FrameSplitter(frame_line)
    got: list[bytes] = []
    for i in range(len(data)):
        got += bytewise.feed(data[i : i + 1])
    assert got + bytewise.flush() == expected
    other = (samples_dir / "nmea" / "hemi.log").read_bytes()
    joined = FrameSplitter(frame_line)
    # One log lacks a final newline; a line link would still end the line.
    frames = joined.feed(data + b"\r\n" + other) + joined.flush()
    assert frames == expected + FrameSplitter(frame_line).feed(other)
    assert [decode(f) for f in frames[: len(expected)]] == [decode(f) for f in expected]


def test_arpa_radar_sentences(samples_dir: Path) -> None:
    rows = (samples_dir / "nmea" / "arpa_radar_sentences.tsv").read_text().splitlines()
    count = 0
    for row in rows:
        if not row or row.startswith("#"):
            continue
        sentence = row.split("\t")[-1].encode("ascii")
        result = decode(sentence)
        assert_sane(sentence, result)
        count += 1
        if row.split("\t")[2] == "valid":
            # ARPA sentences decode to radar messages (verdicts and values:
            # tests/radio/codecs/test_arpa_samples.py).
            assert not isinstance(result, (DecodeError, NmeaSentence)), (sentence, result)
            assert result.talker == "RA"
    assert count == 15


def test_firefly_gga_rejected_for_checksum(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "firefly-II.log")
    gga = [r for f, r in results if f.startswith(b"$GPGGA")]
    assert len(gga) == 23
    for result in gga:
        assert isinstance(result, DecodeError)
        assert result.reason.startswith("checksum mismatch")
    rmc = [r for f, r in results if f.startswith(b"$GPRMC")]
    assert rmc and all(isinstance(r, PositionFix) for r in rmc)
    first = rmc[0]
    assert isinstance(first, PositionFix)
    assert first.lat == pytest.approx(37 + 15.6616 / 60)
    assert first.lon == pytest.approx(-(121 + 57.6709 / 60))


def test_hp58534a_accepted_without_checksums(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "hp58534a.log")
    assert len(results) == 13
    for _frame, result in results:
        assert not isinstance(result, DecodeError), result
        assert result.checksum is False  # type: ignore[union-attr]
    fixes = [r for _f, r in results if isinstance(r, PositionFix)]
    assert len(fixes) == 2
    assert fixes[0].lat == pytest.approx(-(33 + 49.0337 / 60))
    assert fixes[0].lon == pytest.approx(18 + 43.9282 / 60)
    assert fixes[0].altitude_m == 115.4
    kinds = {r.kind for _f, r in results if isinstance(r, NmeaSentence)}
    assert kinds == {"ZDA", "GSV", "VTG", "PFEC"}


def test_bu353_glonass_talkers(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "bu353-glonass.log")
    talkers = {r.talker for _f, r in results if not isinstance(r, DecodeError)}
    assert {"GN", "GP", "GL"} <= talkers
    rmc = [r for _f, r in results if isinstance(r, PositionFix) and r.kind == "RMC"]
    assert rmc and all(r.talker == "GN" for r in rmc)
    assert not [r for _f, r in results if isinstance(r, DecodeError)]


def test_isync_injected_sentence(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "isync.log")
    errors = [(f, r) for f, r in results if isinstance(r, DecodeError)]
    # the collided line, and the orphaned tail of the interrupted GSV
    assert len(errors) == 2
    assert "injected" in errors[0][1].reason
    assert b"$PTNTA" in errors[0][0]
    assert "not an NMEA sentence" in errors[1][1].reason
    assert any(isinstance(r, NmeaSentence) and r.kind == "PTNT" for _f, r in results)


def test_gpsmap_route_and_simulator_quality(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "GPSmap-76S.log")
    assert not [r for _f, r in results if isinstance(r, DecodeError)]
    assert any(isinstance(r, NmeaSentence) and r.kind == "RTE" for _f, r in results)
    gga = [r for _f, r in results if isinstance(r, PositionFix) and r.kind == "GGA"]
    assert gga and all(r.quality == 8 for r in gga)  # the unit was in simulator mode
    assert all(isinstance(r, NoFix) for f, r in results if f.startswith(b"$GPRMC"))


def test_hemi_no_fix_then_fix(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "hemi.log")
    assert not [r for _f, r in results if isinstance(r, DecodeError)]
    kinds = {(type(r).__name__, r.kind) for _f, r in results}  # type: ignore[union-attr]
    assert {("NoFix", "GGA"), ("PositionFix", "GGA"), ("NmeaSentence", "HDT")} <= kinds
    assert ("NmeaSentence", "ZDA") in kinds


def test_pynmea2_malformed(samples_dir: Path) -> None:
    results = decode_log(samples_dir, "pynmea2-malformed.log")
    assert len(results) == 5
    fix = results[0][1]
    assert isinstance(fix, PositionFix)
    assert fix.lat == pytest.approx(-19.48408, abs=1e-5)
    assert fix.lon == pytest.approx(24.1751, abs=1e-5)
    assert (fix.satellites, fix.hdop, fix.altitude_m) == (4, 2.6, 100.0)
    assert isinstance(results[1][1], NmeaSentence) and results[1][1].kind == "RTE"
    assert isinstance(results[2][1], NmeaSentence) and results[2][1].kind == "R00"
    foobar = results[3][1]
    assert isinstance(foobar, DecodeError)
    assert results[3][0] == b"foobar"
    assert "not an NMEA sentence" in foobar.reason
    assert isinstance(results[4][1], NmeaSentence) and results[4][1].talker == "II"
