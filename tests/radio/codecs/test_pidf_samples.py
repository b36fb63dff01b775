"""PIDF-LO codec against the real documents in ../shared/samples/pidf_lo (all must decode)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from radio.codecs.pidf import decode_pidf, decode_pidf_frame
from radio.framing.base import FrameSplitter
from radio.messages import DecodeError
from radio.messages_location import CallerLocation, PidfDocument

EXPECTED = {
    "DeviceCircleWithConfidence.xml": {
        "shape": "Circle", "lat": 41.760537, "lon": -88.261914, "radius_m": 50.0,
        "confidence": 95.0, "method": "802.11",
    },
    "RFC5491TupleCircleLocation.xml": {
        "shape": "Circle", "lat": 42.5463, "lon": -73.2512, "radius_m": 850.24,
        "confidence": 95.0, "method": "OTDOA",
    },
    "RFC5491TupleEllipseLocation.xml": {
        "shape": "Ellipse", "lat": 42.5463, "lon": -73.2512, "radius_m": 1275.0,
        "method": "Device-Assisted_A-GPS", "time": "2007-06-22T20:57:29+00:00",
    },
    "RFC5491TuplePointLocation.xml": {
        "shape": "Point", "lat": 37.775, "time": "2003-06-22T20:57:29+00:00",
    },
    "RFC5491TupleCivicLocation.xml": {"time": "2003-06-22T20:57:29+00:00"},
}  # fmt: skip


def sample_paths(samples_dir: Path) -> list[Path]:
    paths = sorted((samples_dir / "pidf_lo").glob("*.xml"))
    assert {path.name for path in paths} == set(EXPECTED)
    return paths


def test_every_sample_decodes(samples_dir: Path) -> None:
    for path in sample_paths(samples_dir):
        result = decode_pidf(path.read_bytes())
        assert isinstance(result, list) and len(result) == 1, (path.name, result)
        location = result[0]
        assert isinstance(location, CallerLocation), (path.name, location)
        out = location.to_dict()
        for key, value in EXPECTED[path.name].items():
            assert out[key] == value, (path.name, key)
        frame = decode_pidf_frame(path.read_bytes())
        assert isinstance(frame, PidfDocument) and frame.locations == (location,)


def test_sample_details(samples_dir: Path) -> None:
    folder = samples_dir / "pidf_lo"
    point = decode_pidf((folder / "RFC5491TuplePointLocation.xml").read_bytes())[0]  # type: ignore[index]
    assert isinstance(point, CallerLocation)
    # 37:46:30N 122:25:10W
    assert point.lon == pytest.approx(-(122 + 25 / 60 + 10 / 3600))
    assert point.confidence is None
    civic = decode_pidf((folder / "RFC5491TupleCivicLocation.xml").read_bytes())[0]  # type: ignore[index]
    assert isinstance(civic, CallerLocation)
    assert civic.civic_address() == {
        "country": "US", "A1": "New York", "A3": "New York", "A6": "Broadway",
        "HNO": "123", "LOC": "Suite 75", "PC": "10027-0401",
    }  # fmt: skip
    assert civic.time == datetime(2003, 6, 22, 20, 57, 29, tzinfo=UTC)
    device = decode_pidf((folder / "DeviceCircleWithConfidence.xml").read_bytes())[0]  # type: ignore[index]
    assert isinstance(device, CallerLocation)
    assert device.extra("pdf") == "normal" and device.extra("confidence_assumed") is None
    assert device.extra("element") == "device" and device.extra("id") == "12345"


def flush_only(buf: bytes | bytearray, start: int) -> tuple[int, bytes | None]:
    """One document per body: never split, the body ends at flush()."""
    return 0, None


def test_fed_byte_by_byte_as_one_body(samples_dir: Path) -> None:
    for path in sample_paths(samples_dir):
        data = path.read_bytes()
        splitter = FrameSplitter(flush_only, max_frame=1 << 20)
        frames: list[bytes] = []
        for index in range(len(data)):
            frames += splitter.feed(data[index : index + 1])
        frames += splitter.flush()
        assert frames == [data]
        assert isinstance(decode_pidf_frame(frames[0]), PidfDocument)


def test_concatenated_documents_are_rejected_with_a_reason(samples_dir: Path) -> None:
    paths = sample_paths(samples_dir)
    joined = b"".join(path.read_bytes() for path in paths)
    result = decode_pidf(joined)
    assert isinstance(result, DecodeError)
    assert result.reason.startswith("not well-formed XML")


@pytest.mark.parametrize("cut", [1, 50, 200])
def test_truncated_samples_never_raise(samples_dir: Path, cut: int) -> None:
    for path in sample_paths(samples_dir):
        result = decode_pidf(path.read_bytes()[:-cut])
        items = result if isinstance(result, list) else [result]
        assert all(isinstance(item, (CallerLocation, DecodeError)) for item in items)
        assert isinstance(decode_pidf_frame(path.read_bytes()[:-cut]), (PidfDocument, DecodeError))
