"""CAP and PIDF-LO bodies in (or declaring) an encoding expat cannot read.

expat's unknown-encoding handler raises ``ValueError`` ("multi-byte
encodings are not supported") for UTF-32 and ``LookupError`` for a name
Python does not know; both used to escape as an internal decoder error,
logged with a traceback for every request. Now each is a clean
``DecodeError`` with a one-line reason, and nothing is logged.
"""

# Reasons read best on one line each.
# ruff: noqa: E501

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from radio.codecs.cap import decode_cap
from radio.codecs.pidf import decode_pidf, decode_pidf_frame
from radio.messages import DecodeError
from radio.messages_location import PidfDocument
from radio.messages_sensor import CapAlert

CAP = (
    '<?xml version="1.0" encoding="{encoding}"?>'
    '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>X-1</identifier>'
    "<sender>ops@example.org</sender><sent>2024-07-01T10:00:00+00:00</sent>"
    "<status>Test</status><msgType>Alert</msgType><scope>Public</scope></alert>"
)
PIDF = (
    '<?xml version="1.0" encoding="{encoding}"?>'
    '<presence xmlns="urn:ietf:params:xml:ns:pidf" '
    'xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" xmlns:gml="http://www.opengis.net/gml" '
    'entity="tel:+15551234567"><tuple id="t"><status><gp:geopriv><gp:location-info>'
    "<gml:Point><gml:pos>1 2</gml:pos></gml:Point>"
    "</gp:location-info></gp:geopriv></status></tuple></presence>"
)

Decoder = Callable[[bytes], object]
CODECS: list[tuple[str, Decoder]] = [
    (CAP, decode_cap),
    (PIDF, decode_pidf_frame),
    (PIDF, decode_pidf),
]


@pytest.mark.parametrize(("template", "decoder"), CODECS)
@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        (
            "UTF-32",
            "unsupported XML encoding 'UTF-32' (multi-byte encodings are not supported); use UTF-8",
        ),
        (
            "utf-32-be",
            "unsupported XML encoding 'utf-32-be' (multi-byte encodings are not supported); use UTF-8",
        ),
        (
            "x-klingon",
            "unsupported XML encoding 'x-klingon' (unknown encoding: x-klingon); use UTF-8",
        ),
    ],
)
def test_declared_encoding_expat_cannot_read(
    template: str,
    decoder: Decoder,
    encoding: str,
    reason: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    document = template.format(encoding=encoding).encode("ascii")
    with caplog.at_level(logging.DEBUG):
        result = decoder(document)
    assert isinstance(result, DecodeError), result
    assert result.reason == reason and result.raw == document
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(("template", "decoder"), CODECS)
@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_document_written_in_utf32(template: str, decoder: Decoder, codec: str) -> None:
    document = template.format(encoding="UTF-32").encode(codec)
    result = decoder(document)
    assert isinstance(result, DecodeError), result
    assert result.reason == "unsupported XML encoding: the document is UTF-32 text; use UTF-8"


@pytest.mark.parametrize("encoding", ["UTF-16", "ISO-8859-1", "UTF-8"])
def test_encodings_expat_reads_still_decode(encoding: str) -> None:
    assert isinstance(decode_cap(CAP.format(encoding=encoding).encode(encoding)), CapAlert)
    result = decode_pidf_frame(PIDF.format(encoding=encoding).encode(encoding))
    assert isinstance(result, PidfDocument)
