"""NMEA ARPA radar sentences (TTM, TLL, OSD, RSD, TLB): own fixtures, units, bad
fields, encoder round trips, line framing, fuzz."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time

import pytest

from radio.codecs.nmea import (
    checksum,
    decode,
    encode_osd,
    encode_rsd,
    encode_tlb,
    encode_tll,
    encode_ttm,
    with_tag_block,
)
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError, NmeaSentence
from radio.messages_sensor import (
    OwnShipData,
    RadarSystemData,
    RadarTargetPosition,
    RadarTrackReport,
    TargetLabels,
)

NM = 1852.0
KNOT = 1852.0 / 3600.0


def seal(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X" % (raw, checksum(raw))


def reason_of(frame: bytes) -> str:
    result = decode(frame)
    assert isinstance(result, DecodeError), result
    assert result.protocol == "nmea"
    assert result.raw == frame
    assert "internal" not in result.reason
    return result.reason


TTM = "RATTM,07,2.50,045.0,R,12.0,270.0,T,0.30,-4.5,N,FERRY,T,R,101530.50,A"
TLL = "RATLL,07,4807.0380,N,01131.0000,W,FERRY,101530,T,"
OSD = "RAOSD,090.5,A,088.0,P,10.0,P,180.0,1.5,N"
RSD = "RARSD,0.50,010.0,1.00,020.0,,,2.00,030.0,0.80,326.9,6.0,K,H"
TLB = "RATLB,1,ALPHA,12,BRAVO"


def test_ttm_all_fields_converted_to_si() -> None:
    msg = decode(seal(TTM))
    assert type(msg) is RadarTrackReport
    assert (msg.protocol, msg.kind, msg.talker) == ("nmea", "TTM", "RA")
    assert msg.target_number == 7
    assert msg.range_m == pytest.approx(2.5 * NM)
    assert (msg.bearing_deg, msg.bearing_ref) == (45.0, "R")
    assert msg.speed_mps == pytest.approx(12.0 * KNOT)
    assert (msg.course_deg, msg.course_ref) == (270.0, "T")
    assert msg.cpa_m == pytest.approx(0.3 * NM)
    assert msg.tcpa_min == -4.5  # negative: the CPA has passed
    assert (msg.units, msg.name, msg.status) == ("N", "FERRY", "T")
    assert msg.reference_target is True
    assert msg.fix_time == time(10, 15, 30, 500_000, UTC)
    assert msg.acquisition == "A"
    assert msg.checksum is True
    assert msg.to_dict()["fix_time"] == "10:15:30.500000+00:00"


@pytest.mark.parametrize(
    ("units", "metres", "mps"),
    [("K", 1000.0, 1000.0 / 3600.0), ("N", NM, KNOT), ("S", 1609.344, 1609.344 / 3600.0)],
)
def test_ttm_units(units: str, metres: float, mps: float) -> None:
    msg = decode(seal(f"RATTM,01,2.0,10.0,T,36.0,20.0,T,1.0,3.0,{units},,Q,,,"))
    assert isinstance(msg, RadarTrackReport)
    assert msg.range_m == pytest.approx(2.0 * metres)
    assert msg.speed_mps == pytest.approx(36.0 * mps)
    assert msg.cpa_m == pytest.approx(metres)
    assert msg.units == units


def test_ttm_short_legacy_layout_and_empty_values() -> None:
    # NMEA 0183 2.x: 13 fields, no UTC time nor acquisition type.
    msg = decode(seal("RATTM,00,,,,,,,,,,,L,"))
    assert isinstance(msg, RadarTrackReport)
    assert msg.target_number == 0
    assert msg.range_m is msg.bearing_deg is msg.bearing_ref is msg.units is None
    assert msg.status == "L"
    assert msg.fix_time is None and msg.acquisition is None
    # Ten fields is the least we take; later editions' extra fields are ignored.
    assert isinstance(decode(seal("RATTM,01,1.0,1.0,T,1.0,1.0,T,,,N")), RadarTrackReport)
    extra = decode(seal(TTM + ",X,Y"))
    assert isinstance(extra, RadarTrackReport) and extra.acquisition == "A"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "RATTM,02,1.43,x170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM bearing: 'x170.5' is not a number",
        ),
        (
            "RATTM,02,1.43,170.5,xT,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM bearing reference: 'xT' is not T (true) or R (relative)",
        ),
        (
            "RATTM,02,1.43,170.5,,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM bearing reference: missing (T or R) for a bearing of 170.5",
        ),
        (
            "RATTM,02,1.43,370.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM bearing: '370.5' is beyond 360 degrees",
        ),
        (
            "RATTM,02,-1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM distance: '-1.43' must not be negative",
        ),
        (
            "RATTM,02,nan,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM distance: 'nan' is not a number",
        ),
        (
            "RATTM,02,1e3,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM distance: '1e3' is not a number",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,,,T,,,M",
            "TTM units: missing (K, N or S) for the distances and speeds given",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,M,,T,,,M",
            "TTM units: 'M' is not K, N or S",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,X,,,M",
            "TTM status: 'X' is not one of L, Q, T",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,Y,,M",
            "TTM reference target: 'Y' is not R or empty",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,256199,M",
            "TTM UTC time: '256199' is out of range",
        ),
        (
            "RATTM,02,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,Z",
            "TTM acquisition type: 'Z' is not one of A, M, R",
        ),
        (
            "RATTM,1000,1.43,170.5,T,0.16,264.4,T,1.42,36.9,N,,T,,,M",
            "TTM target number: '1000' is not an integer 0-999",
        ),
        ("RATTM,02,1.43,170.5,T,0.16", "TTM has 5 fields, expected at least 10"),
    ],
)
def test_ttm_rejects_with_reason(body: str, reason: str) -> None:
    assert reason_of(seal(body)) == reason


def test_tll() -> None:
    msg = decode(seal(TLL))
    assert type(msg) is RadarTargetPosition
    assert msg.target_number == 7
    assert msg.lat == pytest.approx(48.1173)
    assert msg.lon == pytest.approx(-11.516666667)
    assert (msg.name, msg.status, msg.reference_target) == ("FERRY", "T", False)
    assert msg.fix_time == time(10, 15, 30, tzinfo=UTC)
    lost = decode(seal("RATLL,07,,,,,,,L,"))
    assert isinstance(lost, RadarTargetPosition)
    assert lost.lat is None and lost.lon is None and lost.status == "L"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "RATLL,1,3646.54266,N,00235.37778,W,test,x020915,L,R",
            "TLL UTC time: 'x020915' is not hhmmss[.sss]",
        ),
        (
            "RATLL,1,3646.54266,X,00235.37778,W,test,,L,R",
            "TLL latitude hemisphere 'X' is not N or S",
        ),
        (
            "RATLL,1,3646.54266,N,,,test,,L,R",
            "TLL position: latitude and longitude must both be given or empty",
        ),
        ("RATLL,1,3646.54266,N,00235.37778,W,test,,K,R", "TLL status: 'K' is not one of L, Q, T"),
        ("RATLL,1,3646.54266,N", "TLL has 3 fields, expected at least 5"),
    ],
)
def test_tll_rejects_with_reason(body: str, reason: str) -> None:
    assert reason_of(seal(body)) == reason


def test_osd() -> None:
    msg = decode(seal(OSD))
    assert type(msg) is OwnShipData
    assert (msg.heading_deg, msg.heading_valid) == (90.5, True)
    assert (msg.course_deg, msg.course_ref, msg.speed_ref) == (88.0, "P", "P")
    assert msg.speed_mps == pytest.approx(10.0 * KNOT)
    assert msg.set_deg == 180.0
    assert msg.drift_mps == pytest.approx(1.5 * KNOT)
    invalid = decode(seal("RAOSD,,V,,,,,,,"))
    assert isinstance(invalid, OwnShipData)
    assert invalid.heading_valid is False and invalid.heading_deg is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "RAOSD,179.0,xA,179.0,M,00.0,M,,,N",
            "OSD heading status: 'xA' is not A (valid) or V (invalid)",
        ),
        (
            "RAOSD,179.0,,179.0,M,00.0,M,,,N",
            "OSD heading status: '' is not A (valid) or V (invalid)",
        ),
        (
            "RAOSD,179.0,A,179.0,Q,00.0,M,,,N",
            "OSD course reference: 'Q' is not one of B, M, P, R, W",
        ),
        (
            "RAOSD,179.0,A,179.0,M,00.0,M,,,",
            "OSD units: missing (K, N or S) for the distances and speeds given",
        ),
        ("RAOSD,179.0,A,179.0,M,00.0,M", "OSD has 6 fields, expected at least 9"),
    ],
)
def test_osd_rejects_with_reason(body: str, reason: str) -> None:
    assert reason_of(seal(body)) == reason


def test_rsd() -> None:
    msg = decode(seal(RSD))
    assert type(msg) is RadarSystemData
    assert msg.origin1_range_m == pytest.approx(500.0)
    assert msg.origin1_bearing_deg == 10.0
    assert msg.vrm1_m == pytest.approx(1000.0)
    assert msg.ebl1_deg == 20.0
    assert msg.origin2_range_m is None and msg.origin2_bearing_deg is None
    assert msg.vrm2_m == pytest.approx(2000.0)
    assert msg.ebl2_deg == 30.0
    assert msg.cursor_range_m == pytest.approx(800.0)
    assert msg.cursor_bearing_deg == 326.9
    assert msg.range_scale_m == pytest.approx(6000.0)
    assert (msg.units, msg.rotation) == ("K", "H")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "RARSD,,,x2.50,005.0,0.00,,4.50,355.0,,,3.0,N,H",
            "RSD variable range marker 1: 'x2.50' is not a number",
        ),
        (
            "RARSD,,,2.50,005.0,0.00,,4.50,355.0,,,3.0,N,X",
            "RSD display rotation: 'X' is not one of C, H, N",
        ),
        (
            "RARSD,,,2.50,405.0,0.00,,4.50,355.0,,,3.0,N,H",
            "RSD electronic bearing line 1: '405.0' is beyond 360 degrees",
        ),
        ("RARSD,,,2.50,005.0", "RSD has 4 fields, expected at least 13"),
    ],
)
def test_rsd_rejects_with_reason(body: str, reason: str) -> None:
    assert reason_of(seal(body)) == reason


def test_tlb() -> None:
    msg = decode(seal(TLB))
    assert type(msg) is TargetLabels
    assert msg.labels == ((1, "ALPHA"), (12, "BRAVO"))
    assert msg.to_dict()["labels"] == [[1, "ALPHA"], [12, "BRAVO"]]
    assert reason_of(seal("RATLB,x,XXX")) == "TLB target number: 'x' is not an integer 0-999"
    assert reason_of(seal("RATLB,1,A,2")) == (
        "TLB has 3 fields: target numbers and labels must come in pairs"
    )
    assert reason_of(seal("RATLB,,A")) == "TLB target number: missing in pair 1"


def test_any_talker_and_tag_block() -> None:
    msg = decode(with_tag_block(seal(TTM.replace("RA", "II", 1)), "RADAR-N", 1_700_000_000))
    assert isinstance(msg, RadarTrackReport)
    assert (msg.talker, msg.source, msg.tag_time) == ("II", "RADAR-N", 1_700_000_000)
    # A proprietary or AIS-style sentence with the same letters is not ARPA.
    assert type(decode(b"!RATTM,1")) is NmeaSentence
    unsealed = decode(TTM.encode().join([b"$", b""]))
    assert isinstance(unsealed, RadarTrackReport) and unsealed.checksum is False


def test_encoders_round_trip() -> None:
    when = datetime(2024, 5, 1, 10, 15, 30, 250_000, tzinfo=UTC)
    for units in "KNS":
        ttm = decode(
            encode_ttm(
                42, 3210.7, 123.45, 7.3, 300.0, bearing_ref="R", cpa_m=150.0, tcpa_min=-2.5,
                units=units, name="TANKER", status="Q", reference_target=True, fix_time=when,
                acquisition="M",
            )
        )  # fmt: skip
        assert isinstance(ttm, RadarTrackReport), ttm
        assert ttm.target_number == 42
        assert ttm.range_m == pytest.approx(3210.7, abs=0.05)
        assert (ttm.bearing_deg, ttm.bearing_ref, ttm.course_ref) == (123.45, "R", "T")
        assert ttm.speed_mps == pytest.approx(7.3, abs=1e-3)
        assert ttm.cpa_m == pytest.approx(150.0, abs=0.05)
        assert (ttm.tcpa_min, ttm.units, ttm.name, ttm.status) == (-2.5, units, "TANKER", "Q")
        assert ttm.reference_target is True and ttm.acquisition == "M"
        assert ttm.fix_time == time(10, 15, 30, 250_000, UTC)

    tll = decode(encode_tll(3, -33.8688, 151.2093, name="PILOT", fix_time=when, status="L"))
    assert isinstance(tll, RadarTargetPosition), tll
    assert tll.lat == pytest.approx(-33.8688, abs=1e-6)
    assert tll.lon == pytest.approx(151.2093, abs=1e-6)
    assert (tll.target_number, tll.name, tll.status) == (3, "PILOT", "L")

    osd = decode(encode_osd(359.5, 2.0, 5.0, set_deg=45.0, drift_mps=0.5, units="K"))
    assert isinstance(osd, OwnShipData), osd
    assert (osd.heading_deg, osd.heading_valid, osd.course_deg) == (359.5, True, 2.0)
    assert osd.speed_mps == pytest.approx(5.0, abs=1e-3)
    assert osd.drift_mps == pytest.approx(0.5, abs=1e-3)
    assert osd.set_deg == 45.0

    rsd = decode(encode_rsd(800.0, 15.0, 3 * NM, origin1=(100.0, 90.0, 500.0, 45.0)))
    assert isinstance(rsd, RadarSystemData), rsd
    assert rsd.cursor_range_m == pytest.approx(800.0, abs=0.05)
    assert rsd.range_scale_m == pytest.approx(3 * NM, abs=0.05)
    assert rsd.origin1_range_m == pytest.approx(100.0, abs=0.05)
    assert rsd.vrm1_m == pytest.approx(500.0, abs=0.05)
    assert rsd.origin2_range_m is None and rsd.rotation == "N"

    tlb = decode(encode_tlb([(1, "A B"), (999, "")]))
    assert isinstance(tlb, TargetLabels) and tlb.labels == ((1, "A B"), (999, ""))


@pytest.mark.parametrize(
    "call",
    [
        lambda: encode_ttm(1, 10.0, 400.0),
        lambda: encode_ttm(1, -1.0, 10.0),
        lambda: encode_ttm(1000, 1.0, 10.0),
        lambda: encode_ttm(1, 1.0, 10.0, units="M"),
        lambda: encode_ttm(1, 1.0, 10.0, name="A,B"),
        lambda: encode_ttm(1, 1.0, 10.0, status="X"),
        lambda: encode_tll(1, 91.0, 0.0),
        lambda: encode_osd(10.0, 10.0, 1.0, course_ref="X"),
        lambda: encode_rsd(1.0, 1.0, 1.0, rotation="Z"),
        lambda: encode_tlb([]),
        lambda: encode_tlb([(1, "*")]),
    ],
)
def test_encoders_reject_bad_arguments(call: object) -> None:
    with pytest.raises(ValueError):
        call()  # type: ignore[operator]


def _all_types() -> list[bytes]:
    return [seal(TTM), seal(TLL), seal(OSD), seal(RSD), seal(TLB)]


@pytest.mark.parametrize("index", range(5))
def test_each_type_whole_bytewise_and_concatenated(index: int) -> None:
    sentence = _all_types()[index]
    expected = decode(sentence)
    assert not isinstance(expected, DecodeError)
    data = sentence + b"\r\n"
    whole = FrameSplitter(frame_line)
    assert [decode(f) for f in whole.feed(data) + whole.flush()] == [expected]
    bytewise = FrameSplitter(frame_line)
    got = []
    for i in range(len(data)):
        got += [decode(f) for f in bytewise.feed(data[i : i + 1])]
    assert got + [decode(f) for f in bytewise.flush()] == [expected]


def test_all_types_concatenated_with_avl() -> None:
    gga = seal("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")
    frames = [*_all_types(), gga]
    expected = [decode(f) for f in frames]
    assert [type(m).__name__ for m in expected] == [
        "RadarTrackReport", "RadarTargetPosition", "OwnShipData", "RadarSystemData",
        "TargetLabels", "PositionFix",
    ]  # fmt: skip
    data = b"\r\n".join(frames) + b"\n"
    splitter = FrameSplitter(frame_line)
    assert [decode(f) for f in splitter.feed(data * 3)] == expected * 3


def test_fuzz_arpa_decoders_never_fail_internally() -> None:
    """Mutated ARPA sentences (re-sealed so the field decoders run): a message or a reason."""
    rng = random.Random(20240501)
    bodies = [TTM, TLL, OSD, RSD, TLB, "RATTM,00,,,,,,,,,,,L,", "RAOSD,,V,,,,,,,"]
    alphabet = ",.-+0123456789ABCDEFGHKLMNPQRSTVWxyz "
    decoded = 0
    for i in range(20000):
        body = list(rng.choice(bodies))
        for _ in range(rng.randrange(1, 4)):
            pos = rng.randrange(5, len(body) + 1)  # keep the address
            op = rng.randrange(3)
            if op == 0 and pos < len(body):
                del body[pos]
            elif op == 1:
                body.insert(pos, rng.choice(alphabet))
            elif pos < len(body):
                body[pos] = rng.choice(alphabet)
        text = "".join(body)
        frame = seal(text) if i % 5 else text.encode().join([b"$", b"*00"])
        result = decode(frame)
        if isinstance(result, DecodeError):
            assert result.reason and "internal" not in result.reason, (frame, result)
            assert result.raw == frame
        else:
            decoded += 1
            result.to_dict()
    assert decoded > 1000  # the loop did reach the success paths too
