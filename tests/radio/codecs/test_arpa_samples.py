"""ARPA radar sentences written by others (go-nmea, marine-api test vectors).

Every row of ``nmea/arpa_radar_sentences.tsv`` carries the source test's
verdict; ours must agree: ``valid`` rows decode to the ARPA message of their
sentence type, ``invalid`` rows are rejected with a reason naming the field
the source test broke. No row disagrees today, so there is no pinned
exception. The whole file also goes through the line framer: whole, byte by
byte, and concatenated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radio.codecs.nmea import decode
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_sensor import (
    OwnShipData,
    RadarSystemData,
    RadarTargetPosition,
    RadarTrackReport,
    TargetLabels,
)

TSV = Path("nmea") / "arpa_radar_sentences.tsv"

MESSAGE_OF = {
    "TTM": RadarTrackReport,
    "TLL": RadarTargetPosition,
    "OSD": OwnShipData,
    "RSD": RadarSystemData,
    "TLB": TargetLabels,
}

# What our reason names for each field the source's invalid rows break (the
# source's note says "invalid nmea: <Field> -> ...").
REASON_FOR_FIELD = {
    "Bearing": "TTM bearing: 'x170.5' is not a number",
    "BearingType": "TTM bearing reference: 'xT' is not T (true) or R (relative)",
    "TargetCourse": "TTM course: 'x264.4' is not a number",
    "TimeCPA": "TTM time of CPA: 'x36.9' is not a number",
    "TimeUTC": "TLL UTC time: 'x020915' is not hhmmss[.sss]",
    "HeadingStatus": "OSD heading status: 'xA' is not A (valid) or V (invalid)",
    "VariableRangeMarker1": "RSD variable range marker 1: 'x2.50' is not a number",
    "VariableRangeMarker2": "RSD variable range marker 2: 'x4.50' is not a number",
    "target number": "TLB target number: 'x' is not an integer 0-999",
}


def load_rows(samples_dir: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in (samples_dir / TSV).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _repo, _path, expect, note, sentence = line.split("\t")
        rows.append((expect, note, sentence))
    return rows


def test_every_verdict_agrees(samples_dir: Path) -> None:
    rows = load_rows(samples_dir)
    assert len(rows) == 15
    assert {sentence[3:6] for _, _, sentence in rows} == set(MESSAGE_OF)
    for expect, note, sentence in rows:
        result = decode(sentence.encode("ascii"))
        if expect == "valid":
            assert type(result) is MESSAGE_OF[sentence[3:6]], (sentence, result)
            assert result.checksum is True
        else:
            assert expect == "invalid"
            assert isinstance(result, DecodeError), (sentence, result)
            field = note.removeprefix("invalid nmea: ").split(" -> ")[0]
            assert result.reason == REASON_FOR_FIELD[field], sentence


def test_valid_values(samples_dir: Path) -> None:
    """The values the source tests expect, in our units."""
    by_sentence = {s: decode(s.encode()) for e, _, s in load_rows(samples_dir) if e == "valid"}
    ttm = by_sentence["$RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M*2A"]
    assert isinstance(ttm, RadarTrackReport)
    assert ttm.target_number == 2
    assert ttm.range_m == pytest.approx(1.43 * 1852.0)
    assert (ttm.bearing_deg, ttm.bearing_ref, ttm.course_deg) == (170.5, "T", 264.4)
    assert ttm.speed_mps == pytest.approx(0.16 * 1852.0 / 3600.0)
    assert (ttm.tcpa_min, ttm.status, ttm.acquisition) == (36.9, "T", "M")
    tll = by_sentence["$RATLL,1,3646.54266,N,00235.37778,W,test,020915,L,R*78"]
    assert isinstance(tll, RadarTargetPosition)
    assert tll.lat == pytest.approx(36 + 46.54266 / 60)
    assert tll.lon == pytest.approx(-(2 + 35.37778 / 60))
    assert (tll.name, tll.status, tll.reference_target) == ("test", "L", True)
    tlb = by_sentence["$RATLB,1,SHIPONE,2,SHIPTWO,3,SHIPTHREE*3D"]
    assert isinstance(tlb, TargetLabels)
    assert tlb.labels == ((1, "SHIPONE"), (2, "SHIPTWO"), (3, "SHIPTHREE"))
    rsd = by_sentence["$RARSD,,,,,,,,,0.808,326.9,0.750,N,N*58"]
    assert isinstance(rsd, RadarSystemData)
    assert rsd.cursor_range_m == pytest.approx(0.808 * 1852.0)
    assert rsd.range_scale_m == pytest.approx(0.75 * 1852.0)
    osd = by_sentence["$RAOSD,179.0,A,179.0,M,00.0,M,,,N*76"]
    assert isinstance(osd, OwnShipData)
    assert (osd.heading_deg, osd.heading_valid, osd.course_ref) == (179.0, True, "M")


def test_through_the_line_framer(samples_dir: Path) -> None:
    frames = [sentence.encode("ascii") for _, _, sentence in load_rows(samples_dir)]
    expected = [decode(f) for f in frames]
    data = b"\r\n".join(frames) + b"\r\n"
    whole = FrameSplitter(frame_line, 1024)
    assert [decode(f) for f in whole.feed(data) + whole.flush()] == expected
    bytewise = FrameSplitter(frame_line, 1024)
    got = []
    for i in range(len(data)):
        got += [decode(f) for f in bytewise.feed(data[i : i + 1])]
    assert got == expected
    doubled = FrameSplitter(frame_line, 1024)
    assert [decode(f) for f in doubled.feed(data * 2)] == expected * 2
