"""AML codec against the real samples in ../shared/samples/aml.

``aml_sms_text_cases.tsv`` rows carry the source project's verdict:
``valid`` must decode cleanly, ``invalid`` must be rejected with a reason,
``partial`` (the source parser accepts and leaves the missing attribute
null) must decode, with a warning naming the missing attribute.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radio.codecs.aml import decode_aml_http, decode_aml_sms, verify_aml_http_hmac
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_location import CallerLocation


def sms_cases(samples_dir: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in (samples_dir / "aml" / "aml_sms_text_cases.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        _repo, _path, verdict, note, message = line.split("\t")
        rows.append((verdict, note, message))
    return rows


def http_bodies(samples_dir: Path) -> list[bytes]:
    text = (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes()
    return [line for line in text.splitlines() if line.startswith(b"v=")]


def test_every_sms_case_agrees_with_its_verdict(samples_dir: Path) -> None:
    cases = sms_cases(samples_dir)
    assert {verdict for verdict, _, _ in cases} == {"valid", "invalid", "partial"}
    for verdict, note, message in cases:
        result = decode_aml_sms(message.encode("ascii"))
        if verdict == "invalid":
            assert isinstance(result, DecodeError), note
            assert result.reason
            continue
        assert isinstance(result, CallerLocation), (note, result)
        if verdict == "partial":
            missing = "pm" if "PositioningMethod" in note else "top"
            assert f"missing field {missing!r}" in result.warnings, note
        else:
            assert not [w for w in result.warnings if w.startswith("missing")], note


def test_sms_case_values(samples_dir: Path) -> None:
    results = [decode_aml_sms(m.encode()) for _, _, m in sms_cases(samples_dir)]
    first = results[0]
    assert isinstance(first, CallerLocation)
    assert (first.lat, first.lon, first.radius_m, first.confidence, first.method) == (
        54.76397,
        -0.18305,
        50.0,
        90,
        "Wi-Fi",
    )
    reasons = [r.reason for r in results if isinstance(r, DecodeError)]
    assert reasons == [
        "field 'top': '20130717' is not YYYYMMDDhhmmss",
        "malformed attribute 'a==' at position 2",
    ]
    no_location = results[-1]
    assert isinstance(no_location, CallerLocation)
    assert not no_location.has_position and no_location.method == "no location"


def test_sms_cases_concatenated_byte_by_byte(samples_dir: Path) -> None:
    messages = [m.encode() for _, _, m in sms_cases(samples_dir)]
    stream = b"\r\n".join(messages) + b"\r\n"
    splitter = FrameSplitter(frame_line)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    assert frames == messages
    whole = [type(decode_aml_sms(m)) for m in messages]
    assert [type(decode_aml_sms(f)) for f in frames] == whole


def test_http_bodies(samples_dir: Path) -> None:
    bodies = http_bodies(samples_dir)
    assert len(bodies) == 2
    results = [decode_aml_http(body, "application/x-www-form-urlencoded") for body in bodies]
    first, second = results
    assert isinstance(first, CallerLocation) and isinstance(second, CallerLocation)
    assert first.number == "+447477593102"
    assert (first.lat, first.lon, first.radius_m, first.confidence) == (
        55.85732,
        -4.26325,
        10.4,
        83.0,
    )
    assert first.method == "GNSS" and first.civic_address() == {"FLR": "5"}
    assert first.time is not None and first.time.isoformat() == "2016-10-11T12:37:24.435000+00:00"
    assert first.extra("device_model") == "ABC ABC Detente 530"
    assert first.warnings == ()
    assert second.number == "+33611223344"
    assert second.extra("hmac") == "f64c70eb238bb239e00e8ac8c023bf2b5d3c41dd"
    # The source project's test key.
    assert verify_aml_http_hmac(bodies[1], b"AML")
    assert not verify_aml_http_hmac(bodies[1], b"aml")


@pytest.mark.parametrize("cut", [1, 10, 40])
def test_truncated_samples_are_rejected_or_decoded_never_raise(samples_dir: Path, cut: int) -> None:
    for _, _, message in sms_cases(samples_dir):
        result = decode_aml_sms(message.encode()[:-cut])
        assert isinstance(result, DecodeError) and result.reason
    for body in http_bodies(samples_dir):
        result = decode_aml_http(body[:-cut])
        assert isinstance(result, (CallerLocation, DecodeError))
