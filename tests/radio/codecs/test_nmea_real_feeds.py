"""NMEA as real receivers send it, accepted as pynmea2 and gpsd accept it.

Blanks around a sentence, an RMC without its magnetic-variation direction
field, a one-digit checksum: each decodes to its usual message, and what
was not standard is said in the payload's ``notes`` (see the module
docstring of radio/codecs/nmea.py for the one-digit checksum decision).
Before, each of these was a DecodeError.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from radio.codecs.nmea import ONE_DIGIT_CHECKSUM, checksum, decode, with_tag_block
from radio.codecs.nmea_notes import add_notes
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix
from radio.messages_sensor import RadarTrackReport


def seal(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X" % (raw, checksum(raw))


def payload(message: object) -> dict:
    assert not isinstance(message, DecodeError), message
    out = message.to_payload()  # type: ignore[attr-defined]
    json.dumps(out, allow_nan=False)
    return out  # type: ignore[no-any-return]


RMC = "GNRMC,123519.00,A,4807.038,N,01131.000,E,0.5,54.7,010611,,A"
RMC_23 = "GNRMC,123519.00,A,4807.038,N,01131.000,E,0.5,54.7,010611,,,A"
# GGA with an empty geoid unit: its checksum is 0x03, so it can be sent as "*3".
GGA_LOW = "GPGGA,123501,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,,,"


@pytest.mark.parametrize(
    "frame",
    [b" " + seal(RMC_23), b"   " + seal(RMC_23), b"\t" + seal(RMC_23), seal(RMC_23) + b"\t"],
)
def test_blanks_around_a_sentence_are_dropped(frame: bytes) -> None:
    fix = decode(frame)
    assert fix == decode(seal(RMC_23))
    assert type(fix) is PositionFix and fix.talker == "GN" and fix.mode == "A"
    assert "notes" not in payload(fix)


def test_blanks_before_a_tag_block_and_errors_keep_the_raw_frame() -> None:
    tagged = with_tag_block(seal(RMC_23), "UNIT-7", 1700000000)
    fix = decode(b" " + tagged)
    assert isinstance(fix, PositionFix) and fix.source == "UNIT-7"
    bad = b" " + seal(RMC_23)[:-2] + b"00"
    result = decode(bad)
    assert isinstance(result, DecodeError) and result.raw == bad
    assert result.reason.startswith("checksum mismatch")
    for frame, reason in [
        (b" foobar", "not an NMEA sentence"),
        (b"\t", "control character 0x09 at offset 0"),
        (b" $GPGGA,1\t2*00", "control character 0x09 at offset 9"),
    ]:
        result = decode(frame)
        assert isinstance(result, DecodeError) and result.raw == frame
        assert reason in result.reason


def test_rmc_without_variation_direction_reads_the_mode() -> None:
    fix = decode(seal(RMC))
    assert isinstance(fix, PositionFix)
    assert (fix.mode, fix.status, fix.speed_knots, fix.course_deg) == ("A", "A", 0.5, 54.7)
    assert fix.fix_date is not None and fix.fix_date.isoformat() == "2011-06-01"
    out = payload(fix)
    assert out["notes"] == ["magnetic variation direction field omitted before the mode indicator"]
    assert out["lat"] == pytest.approx(48 + 7.038 / 60)
    # everything but the notes is what the standard layout gives
    standard = payload(decode(seal(RMC_23)))
    assert {k: v for k, v in out.items() if k != "notes"} == standard


def test_rmc_without_variation_direction_mode_n_is_no_fix() -> None:
    result = decode(seal(RMC[:-1] + "N"))
    assert isinstance(result, NoFix) and "mode N" in result.reason
    assert payload(result)["notes"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # NMEA 2.2 layout (direction, no mode): E is a direction, read as before
        (",010611,,E", ("no notes", None)),
        (",010611,3.1,W", ("no notes", None)),
        # a variation without its direction is not the omitted-field quirk
        (",010611,3.1,A", ("error", "RMC magnetic variation direction 'A' is not E or W")),
        (",010611,,Z", ("error", "RMC magnetic variation direction 'Z' is not E or W")),
    ],
)
def test_rmc_eleven_fields_other_forms(tail: str, expected: tuple[str, str | None]) -> None:
    result = decode(seal(RMC.replace(",010611,,A", tail)))
    if expected[0] == "error":
        assert isinstance(result, DecodeError) and result.reason == expected[1]
    else:
        assert type(result) is PositionFix and result.mode is None


def test_one_digit_checksum_is_accepted_with_a_note() -> None:
    assert checksum(GGA_LOW.encode()) == 0x03
    standard = decode(f"${GGA_LOW}*03".encode())
    assert type(standard) is PositionFix
    fix = decode(f"${GGA_LOW}*3".encode())
    assert isinstance(fix, PositionFix) and fix.checksum is True
    out = payload(fix)
    assert out["notes"] == [f"{ONE_DIGIT_CHECKSUM} (*3 for *03)"]
    assert {k: v for k, v in out.items() if k != "notes"} == payload(standard)


def test_one_digit_checksum_must_still_match() -> None:
    result = decode(f"${GGA_LOW}*4".encode())
    assert isinstance(result, DecodeError)
    assert result.reason == "checksum mismatch: expected *03 (computed), got the one-digit *4"
    # a checksum of 0x4A cut to one digit is no checksum of this sentence either
    result = decode(seal(RMC_23)[:-1])
    assert isinstance(result, DecodeError) and "checksum mismatch" in result.reason


def test_one_digit_checksum_on_other_sentences_lowercase_too() -> None:
    ttm = "RATTM,07,2.50,045.0,R,12.0,270.0,T,0.30,-4.5,N,F10,T,R,101530.50,A"
    assert checksum(ttm.encode()) == 0x0F
    track = decode(f"${ttm}*f".encode())
    assert isinstance(track, RadarTrackReport) and track.target_number == 7
    assert payload(track)["notes"] == [f"{ONE_DIGIT_CHECKSUM} (*f for *0F)"]
    vtg = "GPVTG,054.7,T,034.4,M,005.5,N,10,K,A"
    sentence = decode(f"${vtg}*9".encode())
    assert isinstance(sentence, NmeaSentence) and sentence.kind == "VTG"
    assert payload(sentence)["notes"] == [f"{ONE_DIGIT_CHECKSUM} (*9 for *09)"]
    # and through a TAG block, with blanks around
    tagged = with_tag_block(f"${GGA_LOW}*3".encode(), "UNIT-9", None)
    fix = decode(b" " + tagged + b" ")
    assert isinstance(fix, PositionFix) and fix.source == "UNIT-9"
    assert payload(fix)["notes"] == [f"{ONE_DIGIT_CHECKSUM} (*3 for *03)"]


def test_notes_add_up_and_keep_the_message_class() -> None:
    fix = decode(seal(RMC))
    both = add_notes(fix, ("another",))
    assert isinstance(both, PositionFix) and type(both) is type(fix)
    assert payload(both)["notes"] == [*payload(fix)["notes"], "another"]
    assert add_notes(fix, ()) is fix
    plain = decode(seal(RMC_23))
    assert add_notes(plain, ()) is plain
    assert both == add_notes(add_notes(plain, payload(fix)["notes"]), ("another",))


def test_notes_are_a_field_of_every_nmea_message_and_absent_from_a_plain_payload() -> None:
    from radio.messages_sensor import (
        OwnShipData,
        RadarSystemData,
        RadarTargetPosition,
        TargetLabels,
    )

    for cls in (PositionFix, NoFix, NmeaSentence, RadarTrackReport, RadarTargetPosition,
                OwnShipData, RadarSystemData, TargetLabels):  # fmt: skip
        assert "notes" in {f.name for f in dataclasses.fields(cls)}, cls
    plain = decode(seal(RMC_23))
    assert type(plain) is PositionFix and plain.notes == ()
    assert "notes" not in payload(plain)
    noted = decode(seal(RMC))
    assert type(noted) is PositionFix and noted.notes  # the class itself, not a subclass
    assert payload(noted)["notes"] == list(noted.notes)
    made = PositionFix.make("nmea", "GGA", "GP", 1.0, 2.0, *([None] * 13))  # type: ignore[attr-defined]
    assert made == PositionFix("nmea", "GGA", "GP", 1.0, 2.0) and made.notes == ()
