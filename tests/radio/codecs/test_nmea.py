"""NMEA codec: own fixtures for GGA/RMC/GLL/GNS, TAG blocks, talkers, bad fields, fuzz."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time

import pytest

from radio.codecs.nmea import (
    checksum,
    decode,
    encode_gga,
    encode_rmc,
    with_tag_block,
)
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix


def seal(body: str, lead: str = "$") -> bytes:
    """A sentence with a correct checksum around ``body``."""
    raw = body.encode("ascii")
    return b"%s%s*%02X" % (lead.encode(), raw, checksum(raw))


def reason_of(frame: bytes) -> str:
    result = decode(frame)
    assert isinstance(result, DecodeError), result
    assert result.reason
    assert result.raw == frame
    assert result.protocol == "nmea"
    return result.reason


GGA = "GPGGA,123519.25,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"
RMC = "GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,230394,003.1,W,A"


def test_checksum_known_value() -> None:
    assert checksum(b"GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,") == 0x47
    assert checksum(b"") == 0
    assert checksum(b"A" * 300) == 0  # even count of one byte cancels out
    long = bytes(range(256)) * 2 + b"Z"
    expected = 0
    for byte in long:
        expected ^= byte
    assert checksum(long) == expected


def test_checksum_matches_naive_xor_for_all_lengths() -> None:
    rng = random.Random(3)
    for n in range(0, 200):
        body = bytes(rng.randrange(256) for _ in range(n))
        expected = 0
        for byte in body:
            expected ^= byte
        assert checksum(body) == expected, n


def test_gga_position() -> None:
    fix = decode(seal(GGA))
    assert isinstance(fix, PositionFix)
    assert (fix.kind, fix.talker) == ("GGA", "GP")
    assert fix.lat == pytest.approx(48.1173)
    assert fix.lon == pytest.approx(11.516666667)
    assert fix.fix_time == time(12, 35, 19, 250000, tzinfo=UTC)
    assert (fix.quality, fix.satellites, fix.hdop, fix.altitude_m) == (1, 8, 0.9, 545.4)
    assert fix.checksum is True
    assert fix.source is None


def test_rmc_position_southern_western_with_date() -> None:
    fix = decode(seal(RMC.replace(",N,", ",S,")))
    assert isinstance(fix, PositionFix)
    assert fix.lat == pytest.approx(-48.1173)
    assert fix.lon == pytest.approx(-11.516666667)
    assert fix.fix_date == date(1994, 3, 23)
    assert fix.fix_time == time(12, 35, 19, tzinfo=UTC)
    assert (fix.speed_knots, fix.course_deg, fix.status, fix.mode) == (22.4, 84.4, "A", "A")


@pytest.mark.parametrize("talker", ["GP", "GN", "GL", "GA", "BD", "GB", "QZ", "GI", "IN"])
def test_any_talker(talker: str) -> None:
    for body in (GGA, RMC):
        fix = decode(seal(talker + body[2:]))
        assert isinstance(fix, PositionFix)
        assert fix.talker == talker


def test_gll_and_gns_positions() -> None:
    gll = decode(seal("GNGLL,4916.45,N,12311.12,W,225444,A,A"))
    assert isinstance(gll, PositionFix)
    assert (gll.kind, gll.lat, gll.lon) == (
        "GLL",
        pytest.approx(49.274166667),
        pytest.approx(-123.18533333),
    )
    gns = decode(seal("GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,"))
    assert isinstance(gns, PositionFix)
    assert (gns.kind, gns.mode, gns.satellites) == ("GNS", "RR", 13)
    assert gns.lat == pytest.approx(-43.544877)


@pytest.mark.parametrize(
    ("body", "reason_part"),
    [
        ("GPGGA,,,,,,0,,,,M,,M,,", "quality 0"),
        ("GPGGA,123519,4807.038,N,01131.000,E,0,00,,,M,,M,,", "quality 0"),
        ("GPGGA,123519,,,,,1,08,0.9,545.4,M,46.9,M,,", "without a position"),
        ("GPRMC,123519,V,4807.038,N,01131.000,W,022.4,084.4,230394,,,N", "status V"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,230394,,,N", "mode N"),
        ("GPGLL,,,,,225444,V,N", "status V"),
        ("GNGNS,014035.00,,,,,NN,00,,,,,", "mode N"),
    ],
)
def test_no_fix(body: str, reason_part: str) -> None:
    result = decode(seal(body))
    assert isinstance(result, NoFix), result
    assert reason_part in result.reason
    assert result.kind == body[2:5]


@pytest.mark.parametrize(
    ("body", "reason_part"),
    [
        ("GPGGA,123519,4867.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "minutes >= 60"),
        ("GPGGA,123519,9107.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "beyond 90"),
        ("GPGGA,123519,4807.038,N,18131.000,E,1,08,0.9,545.4,M,46.9,M,,", "beyond 180"),
        ("GPGGA,123519,4807.038,X,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "not N or S"),
        ("GPGGA,123519,4807.038,N,01131.000,N,1,08,0.9,545.4,M,46.9,M,,", "not E or W"),
        ("GPGGA,123519,4807.038,,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "not N or S"),
        ("GPGGA,123519,,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "without a value"),
        ("GPGGA,123519,48_7.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "latitude"),
        ("GPGGA,123519,nan,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "latitude"),
        ("GPGGA,123519,12345678.0,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "latitude"),
        ("GPGGA,126519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "out of range"),
        ("GPGGA,12:519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", "hhmmss"),
        ("GPGGA,123519,4807.038,N,01131.000,E,9,08,0.9,545.4,M,46.9,M,,", "quality"),
        ("GPGGA,123519,4807.038,N,01131.000,E,1,-8,0.9,545.4,M,46.9,M,,", "satellites"),
        ("GPGGA,123519,4807.038,N,01131.000,E,1,08,inf,545.4,M,46.9,M,,", "HDOP"),
        ("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,5 45,M,46.9,M,,", "altitude"),
        ("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,F,46.9,M,,", "unit"),
        ("GPGGA,123519,4807.038,N,01131.000,E,1", "fields"),
        ("GPRMC,123519,X,4807.038,N,01131.000,W,022.4,084.4,230394,,,A", "status"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,310294,,,A", "calendar"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,2303,,,A", "ddmmyy"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,361.0,230394,,,A", "course"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,-22.4,084.4,230394,,,A", "speed"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,230394,,,Z", "mode"),
        ("GPRMC,123519,A,4807.038,N,01131.000,W,022.4,084.4,230394,3.1,Q,A", "variation"),
        ("GPGLL,4916.45,N,12311.12,W,225444,Q,A", "status"),
    ],
)
def test_bad_position_fields_rejected_with_reason(body: str, reason_part: str) -> None:
    assert reason_part in reason_of(seal(body))


def test_leap_second_is_clamped_not_rejected() -> None:
    fix = decode(seal(GGA.replace("123519.25", "235960")))
    assert isinstance(fix, PositionFix)
    assert fix.fix_time == time(23, 59, 59, 999999, tzinfo=UTC)


def test_checksum_mismatch_states_expected_and_got() -> None:
    good = seal(GGA)
    bad = good[:-2] + (b"00" if good[-2:] != b"00" else b"11")
    reason = reason_of(bad)
    assert "checksum mismatch" in reason
    assert f"*{good[-2:].decode()}" in reason
    assert f"*{bad[-2:].decode()}" in reason


@pytest.mark.parametrize(
    ("frame", "reason_part"),
    [
        (b"foobar", "not an NMEA sentence"),
        (b"", "not an NMEA sentence"),
        (b"GPGGA,1,2", "not an NMEA sentence"),
        (b"$GPGGA,1,2*ZZ", "not two hex digits"),
        (b"$GPGGA,1,2*G", "not two hex digits"),
        # one-digit checksums are read now (test_nmea_real_feeds.py), and verified
        (b"$GPGGA,1,2*4", "checksum mismatch: expected *55 (computed), got the one-digit *4"),
        (b"$GPGGA,1,2*4A5", "after the checksum"),
        (b"$GPGGA,1*2*4A", "more than one '*'"),
        (b"$GPGSV,4,1,15,0$PTNTA,1,2*18", "injected"),
        (b"$GPGSV,4,1,1!AIVDM,1*18", "injected"),
        (b"$GP\\GGA,1", "reserved"),
        (b"$GPGGA,caf\xc3\xa9*00", "non-ASCII byte 0xC3"),
        (b"$GPGGA,1\t2*00", "control character 0x09"),
        (b"$", "empty address"),
        (b"$gpgga,1", "bad address"),
        (b"$G1GGA,1", "bad address"),
        (b"$GPGGAX,1", "bad address"),
        (b"$P,1", "proprietary"),
        (b"$Pab,1", "proprietary"),
    ],
)
def test_malformed_frames_rejected(frame: bytes, reason_part: str) -> None:
    assert reason_part in reason_of(frame)


def test_other_sentences_and_proprietary_and_ais() -> None:
    vtg = decode(seal("GPVTG,054.7,T,034.4,M,005.5,N,010.2,K,A"))
    assert isinstance(vtg, NmeaSentence)
    assert (vtg.kind, vtg.talker, vtg.fields[0], vtg.address) == ("VTG", "GP", "054.7", "GPVTG")
    prop = decode(seal("PGRME,15.0,M,45.0,M,25.0,M"))
    assert isinstance(prop, NmeaSentence)
    assert (prop.kind, prop.address, prop.fields[0]) == ("PGRM", "PGRME", "15.0")
    ais = decode(seal("AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0", lead="!"))
    assert isinstance(ais, NmeaSentence)
    assert (ais.kind, ais.talker, ais.fields[4]) == ("VDM", "AI", "13aEOK?P00PD2wVMdLDRhgvL289?")


def test_sentence_without_checksum_is_accepted_and_says_so() -> None:
    fix = decode(("$" + GGA).encode())
    assert isinstance(fix, PositionFix)
    assert fix.checksum is False
    assert decode(b"$GPZDA,222449,25,10,2010,+00,00").checksum is False  # type: ignore[union-attr]


def test_trailing_spaces_and_lowercase_checksum_tolerated() -> None:
    frame = seal(GGA)
    assert isinstance(decode(frame + b"  "), PositionFix)
    assert isinstance(decode(frame[:-2] + frame[-2:].lower()), PositionFix)


def test_tag_block_source_time_and_checksum() -> None:
    frame = with_tag_block(seal(GGA), "UNIT-42", 1700000000)
    assert frame.startswith(b"\\s:UNIT-42,c:1700000000*")
    fix = decode(frame)
    assert isinstance(fix, PositionFix)
    assert (fix.source, fix.tag_time, fix.lat) == ("UNIT-42", 1700000000, pytest.approx(48.1173))
    vtg = decode(with_tag_block(seal("GPVTG,054.7,T,034.4,M,005.5,N,010.2,K,A"), "U1"))
    assert isinstance(vtg, NmeaSentence)
    assert (vtg.source, vtg.tag_time) == ("U1", None)
    nofix = decode(with_tag_block(seal("GPGGA,,,,,,0,,,,M,,M,,"), "U2", 5))
    assert isinstance(nofix, NoFix)
    assert (nofix.source, nofix.tag_time) == ("U2", 5)


def test_tag_block_handwritten_and_multiple_blocks() -> None:
    block = b"g:1-2-73874,c:1241544035"
    first = b"\\%s*%02X\\" % (block, checksum(block))
    second = b"\\s:rORBCOMM000*%02X\\" % checksum(b"s:rORBCOMM000")
    fix = decode(first + second + seal(RMC))
    assert isinstance(fix, PositionFix)
    assert (fix.source, fix.tag_time) == ("rORBCOMM000", 1241544035)


@pytest.mark.parametrize(
    ("prefix", "reason_part"),
    [
        (b"\\s:UNIT-1*00\\", "TAG block checksum mismatch"),
        (b"\\s:UNIT-1\\", "TAG block has no checksum"),
        (b"\\s:UNIT-1*0G\\", "not two hex digits"),
        (b"\\s:UNIT-1*00", "not closed"),
        (b"\\%s*%02X\\" % (b"sUNIT", checksum(b"sUNIT")), "code:value"),
        (b"\\%s*%02X\\" % (b"c:17x", checksum(b"c:17x")), "not a number"),
    ],
)
def test_bad_tag_blocks(prefix: bytes, reason_part: str) -> None:
    assert reason_part in reason_of(prefix + seal(GGA))


def test_tag_block_alone_is_not_a_sentence() -> None:
    block = b"s:U1"
    assert "TAG block" in reason_of(b"\\%s*%02X\\" % (block, checksum(block)))


@pytest.mark.parametrize("talker", ["GP", "GN", "BD"])
def test_encode_round_trip(talker: str) -> None:
    rng = random.Random(11)
    for _ in range(200):
        lat = rng.uniform(-90, 90)
        lon = rng.uniform(-180, 180)
        when = datetime(2024, 2, 29, rng.randrange(24), rng.randrange(60), rng.randrange(60),
                        rng.randrange(100) * 10000, tzinfo=UTC)  # fmt: skip
        gga = decode(encode_gga(lat, lon, when.timetz(), talker, 2, 11, 1.3, -12.5))
        assert isinstance(gga, PositionFix)
        assert gga.lat == pytest.approx(lat, abs=1e-6)
        assert gga.lon == pytest.approx(lon, abs=1e-6)
        assert (gga.talker, gga.quality, gga.satellites, gga.hdop, gga.altitude_m) == (
            talker, 2, 11, 1.3, -12.5
        )  # fmt: skip
        assert gga.fix_time == when.timetz()
        rmc = decode(with_tag_block(encode_rmc(lat, lon, when, 12.25, 271.5, talker), "CAR-7", 9))
        assert isinstance(rmc, PositionFix)
        assert rmc.lat == pytest.approx(lat, abs=1e-6)
        assert rmc.lon == pytest.approx(lon, abs=1e-6)
        assert (rmc.fix_date, rmc.fix_time) == (when.date(), when.timetz())
        assert (rmc.speed_knots, rmc.course_deg, rmc.source, rmc.tag_time) == (
            12.25, 271.5, "CAR-7", 9
        )  # fmt: skip


def test_encode_edges_and_errors() -> None:
    assert b",9000.00000,N," in encode_gga(90.0, 0.0, None)
    assert b",18000.00000,W," in encode_gga(0.0, -180.0, None)
    # 59.999999' rounds to the next whole degree rather than to 60 minutes
    assert b",4900.00000,N," in encode_gga(48.99999999999, 0.0, None)
    assert not encode_gga(1.0, 2.0, None).endswith(b"\r\n")
    with pytest.raises(ValueError):
        encode_gga(91.0, 0.0, None)
    with pytest.raises(ValueError):
        encode_gga(0.0, 0.0, None, talker="gp")
    with pytest.raises(ValueError):
        encode_rmc(0.0, 0.0, datetime(2024, 1, 1), course_deg=400.0)
    with pytest.raises(ValueError):
        with_tag_block(b"$GPGGA", "bad,source")


def test_streamed_through_framer_whole_bytewise_concatenated() -> None:
    frames = [seal(GGA), seal(RMC), b"garbage", with_tag_block(seal(GGA), "U9", 1)]
    data = b"".join(frame + b"\r\n" for frame in frames)
    expected = [decode(frame) for frame in frames]
    whole = FrameSplitter(frame_line)
    assert [decode(f) for f in whole.feed(data) + whole.flush()] == expected
    bytewise = FrameSplitter(frame_line)
    got = []
    for i in range(len(data)):
        got += [decode(f) for f in bytewise.feed(data[i : i + 1])]
    assert got + [decode(f) for f in bytewise.flush()] == expected
    doubled = FrameSplitter(frame_line)
    assert [decode(f) for f in doubled.feed(data * 2)] == expected * 2


def test_fuzz_never_raises() -> None:
    """Random bytes and mutated sentences: always a message or a reasoned DecodeError."""
    rng = random.Random(20240229)
    seeds = [seal(GGA), seal(RMC), with_tag_block(seal(GGA), "U1", 2), seal("GNGNS,1,,,,,A,,,,,,")]
    alphabet = b"$!*\\,.:-+0123456789ABCDEFGNSWEVPacs \r\n\t\x00\xff"
    for i in range(20000):
        if i % 3 == 0:
            frame = bytes(rng.randrange(256) for _ in range(rng.randrange(90)))
        else:
            frame = bytearray(rng.choice(seeds))
            for _ in range(rng.randrange(1, 4)):
                pos = rng.randrange(len(frame) + 1)
                op = rng.randrange(3)
                if op == 0:
                    frame[pos:pos] = bytes([rng.choice(alphabet)])
                elif op == 1 and pos < len(frame):
                    del frame[pos]
                elif pos < len(frame):
                    frame[pos] = rng.choice(alphabet)
            frame = bytes(frame)
            if i % 2 and b"*" in frame:
                # re-seal so that mutations reach the field parsers
                body = frame[frame.find(b"$") + 1 : frame.rfind(b"*")]
                frame = frame[: frame.rfind(b"*") + 1] + b"%02X" % checksum(body)
        result = decode(frame)
        if isinstance(result, DecodeError):
            assert result.reason, frame
            assert not result.reason.startswith("internal"), (frame, result.reason)
            assert result.raw == frame
        else:
            assert isinstance(result, (PositionFix, NoFix, NmeaSentence))
            result.to_dict()
            if isinstance(result, PositionFix):
                assert -90.0 <= result.lat <= 90.0
                assert -180.0 <= result.lon <= 180.0
