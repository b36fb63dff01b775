"""The jASTERIX test vectors (CAT048 ed. 1.15, CAT010 ed. 0.31) against their expected values.

Every key of the expected JSON is either mapped to one of our item fields
(with its unit conversion) or checked structurally (FX bits, FSPEC,
presence flags, repetition counts); an expected key with no mapping fails
the test, so nothing is skipped silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from radio.codecs.asterix import CATEGORIES, decode, decode_block, encode_block, walk_block
from radio.messages_sensor import AsterixBlock, RadarTarget

Conv = Callable[[Any], Any]
_SAME: Conv = lambda v: v  # noqa: E731

# expected item -> expected key -> (our key, function mapping OUR value to theirs)
_MAP: dict[int, dict[str, dict[str, tuple[str, Conv]]]] = {
    48: {
        "010": {"SAC": ("SAC", _SAME), "SIC": ("SIC", _SAME)},
        "020": {k: (k, _SAME) for k in ("TYP", "SIM", "RDP", "SPI", "RAB")},
        "040": {"RHO": ("RHO", _SAME), "THETA": ("THETA", _SAME)},
        "070": {
            "V": ("V", _SAME),
            "G": ("G", _SAME),
            "L": ("L", _SAME),
            # jASTERIX prints the octal code's digits as a decimal number.
            "Mode-3/A reply": ("MODE", int),
        },
        "090": {"V": ("V", _SAME), "G": ("G", _SAME), "Flight Level": ("FL", _SAME)},
        "140": {"Time-of-Day": ("ToD", _SAME)},
        "161": {"TRACK NUMBER": ("TRN", _SAME)},
        "170": {k: (k, _SAME) for k in ("CNF", "RAD", "DOU", "MAH", "CDM")},
        "200": {
            "CALCULATED GROUNDSPEED": ("GSP", lambda nm_s: nm_s * 3600.0),  # theirs in knots
            "CALCULATED HEADING": ("HDG", _SAME),
        },
        "220": {"AIRCRAFT ADDRESS": ("ADR", lambda h: int(h, 16))},
        "230": {k: (k, _SAME) for k in ("COM", "STAT", "MSSC", "ARC", "AIC", "B1A", "B1B")},
        "240": {"Aircraft Identification": ("IDENT", _SAME)},
        "250": {"BDS1": ("BDS1", _SAME), "BDS2": ("BDS2", _SAME), "MB Data": ("MBDATA", _SAME)},
    },
    10: {
        "000": {"Message Type": ("MT", _SAME)},
        "010": {"SAC": ("SAC", _SAME), "SIC": ("SIC", _SAME)},
        "020": {
            k: (k, _SAME)
            for k in ("TYP", "DCR", "CHN", "GBS", "CRT", "SIM", "TST", "RAB", "LOP", "TOT")
        },
        "040": {"RHO": ("RHO", _SAME), "THETA": ("THETA", _SAME)},
        "042": {"X": ("X", _SAME), "Y": ("Y", _SAME)},
        "140": {"Time-of-Day": ("ToD", _SAME)},
        "161": {"TRACK NUMBER": ("TRN", _SAME)},
        "170": {
            k: (k, _SAME)
            for k in ("CNF", "TRE", "CST", "MAH", "TCC", "STH", "TOM", "DOU", "MRS", "GHO")
        },
        "200": {"Ground Speed": ("GSP", _SAME), "Track Angle": ("TA", _SAME)},
        "202": {"Vx": ("VX", _SAME), "Vy": ("VY", _SAME)},
        "210": {"Ax": ("AX", _SAME), "Ay": ("AY", _SAME)},
        "270": {k: (k, _SAME) for k in ("LENGTH", "ORIENTATION", "WIDTH")},
    },
}
_PRIMARY_130 = ("SRL", "SRR", "SAM", "PRL", "PAM", "RPD", "APD")
_SAMPLES = [("cat048ed1.15", 48), ("cat010ed0.31", 10)]


def _load(samples_dir: Path, name: str) -> tuple[bytes, dict[str, Any]]:
    folder = samples_dir / "asterix"
    raw = (folder / f"{name}.bin").read_bytes()
    expected = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert raw.hex() == expected["input_hex"]
    return raw, expected["expected"]["data_blocks"][0]


def _close(ours: Any, theirs: Any, where: str) -> None:
    if isinstance(theirs, float):
        assert ours == pytest.approx(theirs, rel=1e-6, abs=1e-9), where
    else:
        assert ours == theirs, where


def _compare_fields(
    mapping: dict[str, tuple[str, Conv]], ours: dict[str, Any], theirs: dict[str, Any], where: str
) -> None:
    for key, value in theirs.items():
        if key.startswith("FX"):
            continue  # octet count, checked by the caller
        assert key in mapping, f"{where}: expected key {key!r} has no mapping"
        our_key, conv = mapping[key]
        _close(conv(ours[our_key]), value, f"{where}.{key}")


def _spec(category: int, item_id: str) -> Any:
    return dict(e for e in CATEGORIES[category].uap if e is not None)[item_id]


@pytest.mark.parametrize(("name", "category"), _SAMPLES)
def test_sample_matches_expected_values(samples_dir: Path, name: str, category: int) -> None:
    raw, block = _load(samples_dir, name)
    assert block["category"] == category and block["length"] == len(raw)
    results = decode_block(raw)
    expected_records = block["content"]["records"]
    assert len(results) == len(expected_records) == 1
    target = results[0]
    assert isinstance(target, RadarTarget)
    theirs = expected_records[0]
    items = target.items

    # FSPEC: every FRN flag (FX bits skipped) says whether that UAP item is present.
    flags = [f for i, f in enumerate(theirs["FSPEC"]) if i % 8 != 7]
    uap = CATEGORIES[category].uap
    for frn, present in enumerate(flags):
        entry = uap[frn] if frn < len(uap) else None
        if entry is None:
            assert not present, f"FRN {frn + 1} set but undefined"
        else:
            assert (entry[0] in items) == present, f"FRN {frn + 1} ({entry[0]})"

    item_keys = {k for k in theirs if k not in ("FSPEC", "index", "length")}
    assert item_keys == set(items)
    for item_id in sorted(item_keys):
        expected = theirs[item_id]
        ours = items[item_id]
        where = f"CAT{category:03d}/{item_id}"
        if category == 48 and item_id == "130":
            # jASTERIX lists the primary subfield's bits LSB first: [FX, APD, RPD, ..., SRL].
            flags = expected["available"]
            present = [name for i, name in enumerate(_PRIMARY_130) if flags[7 - i]]
            assert not flags[0]  # no FX: one primary octet
            assert list(ours) == present
            assert ours["SAM"]["SAM"] == expected["SAM"]["value"]
            continue
        if item_id == "250":
            records = expected["Mode S MB Data"]
            assert len(ours) == expected["REP"] == len(records)
            for index, (mine, exp) in enumerate(zip(ours, records, strict=True)):
                _compare_fields(_MAP[category]["250"], mine, exp, f"{where}[{index}]")
            continue
        _compare_fields(_MAP[category][item_id], ours, expected, where)
        fx = [v for k, v in expected.items() if k.startswith("FX")]
        if fx:  # extended item: octets sent == FX bits set + 1
            assert len(_spec(category, item_id).encode(ours)) == sum(fx) + 1, where


def test_cat048_summary_fields(samples_dir: Path) -> None:
    raw, _ = _load(samples_dir, "cat048ed1.15")
    (target,) = decode_block(raw)
    assert isinstance(target, RadarTarget)
    assert (target.kind, target.category, target.record_index) == ("cat048", 48, 0)
    assert (target.sac, target.sic) == (0, 1)
    assert target.time_of_day_s == 33499.8359375
    assert target.rho_nm == 73.921875
    assert target.theta_deg == pytest.approx(89.67041, abs=1e-5)
    assert target.mode3a == "0470"
    assert target.flight_level == 370.0
    assert target.track_number == 919
    assert target.speed_kt == pytest.approx(463.18, abs=0.01)
    assert target.heading_deg == pytest.approx(32.6074, abs=1e-4)
    assert target.aircraft_address == "ab4cbd"
    assert target.callsign == "RYR5XW"
    assert target.lat is None and target.x_m is None
    assert target.to_dict()["items"]["250"][0]["BDS1"] == 6


def test_cat010_summary_fields(samples_dir: Path) -> None:
    raw, _ = _load(samples_dir, "cat010ed0.31")
    (target,) = decode_block(raw)
    assert isinstance(target, RadarTarget)
    assert (target.kind, target.message_type) == ("cat010", 1)
    assert (target.x_m, target.y_m) == (-267.0, -1566.0)
    assert target.rho_nm == pytest.approx(1588.0 / 1852.0)
    assert target.theta_deg == pytest.approx(189.50867, abs=1e-5)
    assert target.track_number == 4
    assert target.heading_deg == pytest.approx(267.2754, abs=1e-4)
    assert target.mode3a is None and target.flight_level is None


@pytest.mark.parametrize(("name", "category"), _SAMPLES)
def test_sample_round_trips_and_survives_every_split(
    samples_dir: Path, name: str, category: int
) -> None:
    raw, _ = _load(samples_dir, name)
    (target,) = decode_block(raw)
    assert isinstance(target, RadarTarget)
    assert encode_block(category, [target.items]) == raw
    assert walk_block(raw) == 1
    block = decode(raw)
    assert isinstance(block, AsterixBlock) and block.records == (target,) and not block.errors
    # Every truncation is rejected with a reason, never raises.
    for cut in range(len(raw)):
        assert all(not isinstance(r, RadarTarget) for r in decode_block(raw[:cut]))
