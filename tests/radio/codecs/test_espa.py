"""ESPA 4.4.4 codec: the spec's examples, records, call status, faults and the encoder's limits."""

from __future__ import annotations

import pytest

from radio.codecs.espa import (
    BlockFault,
    EspaBlock,
    EspaCall,
    EspaControl,
    decode,
    decode_block,
    encode_block,
    encode_call,
)
from radio.framing.espa import block_check
from radio.messages import DecodeError


def test_example_1_call_to_pager() -> None:
    frame = encode_call(EspaCall("123", transmissions="3", priority="2"))
    block = decode(frame)
    assert isinstance(block, EspaBlock)
    assert (block.header, block.header_name) == ("1", "call to pager")
    assert block.records == (("1", "123"), ("5", "3"), ("6", "2"))
    assert block.call_address == "123" and block.text is None
    out = block.to_dict()
    assert out["records"][1] == {"id": "5", "name": "transmissions", "data": "3"}


def test_example_2_status_information_with_display_and_call_status() -> None:
    # '2' header, call 123, beep 1, display 4567, status 3 (paged)
    frame = encode_block("2", [("1", "123"), ("3", "1"), ("2", "4567"), ("7", "3")])
    block = decode(frame)
    assert isinstance(block, EspaBlock)
    assert (block.call_address, block.text) == ("123", "4567")
    assert (block.call_status, block.call_status_name) == ("3", "paged")


def test_address_kept_as_sent_and_trailing_rs_tolerated() -> None:
    body = b"1\x021\x1f0012\x1e\x03"
    block = decode(b"\x01" + body + bytes((block_check(body),)))
    assert isinstance(block, EspaBlock)
    assert block.call_address == "0012"
    assert decode(encode_block("2", [("1", "5"), ("7", "72")])).call_status_name == (  # type: ignore[union-attr]
        "speech channel open (absent)"
    )


@pytest.mark.parametrize(
    ("frame", "nak", "reason"),
    [
        (b"\x011\x021\x1f123\x03\x00", "1", "BCC mismatch"),
        (b"\x011\x021\x1f12", "1", "cut short"),
        (b"\x01\x021\x1f1\x03", "3", "unknown block header"),
        (b"\x019\x021\x1f1\x03", "3", "unknown block header"),
        (b"\x0111\x1f1\x03", "3", "without STX"),
        (b"\x011\x02123\x03", "3", "no unit separator"),
        (b"\x011\x02\x1f123\x03", "3", "empty data identifier"),
        (b"\x011\x021\x1f1\x07\x03", "3", "control byte 0x07"),
        (b"\x011\x021\x1f1\x1f2\x03", "3", "more than one unit separator"),
        (b"\x011\x02\x03", "3", "no unit separator"),
    ],
)
def test_faults_carry_the_nak_code(frame: bytes, nak: str, reason: str) -> None:
    if frame.endswith(b"\x03"):  # give it its right BCC, so the fault is the one named
        frame += bytes((block_check(frame[1:]),))
    result = decode_block(frame)
    assert isinstance(result, BlockFault), result
    assert result.nak == nak and reason in result.reason
    error = decode(frame)
    assert isinstance(error, DecodeError) and reason in error.reason


def test_control_sequences_and_noise() -> None:
    assert decode(b"2\x05") == EspaControl("espa", "control", "ENQ", "2")
    assert decode(b"2\x15") == EspaControl("espa", "control", "NAK", "2", "busy")
    assert decode(b"\x04") == EspaControl("espa", "control", "EOT")
    assert decode(b"9\x15").reason == "unknown error code"  # type: ignore[union-attr]
    noise = decode(b"\xff\xfe")
    assert isinstance(noise, DecodeError) and "noise" in noise.reason


def test_high_bytes_are_read_as_latin_1() -> None:
    body = "1\x021\x1f7\x1e2\x1fBrand Küche\x03".encode("latin-1")
    block = decode(b"\x01" + body + bytes((block_check(body),)))
    assert isinstance(block, EspaBlock) and block.text == "Brand Küche"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (EspaCall(""), "call address"),
        (EspaCall("1" * 17), "call address"),
        (EspaCall("1", text="x" * 129), "over 128"),
        (EspaCall("1", text="Küche"), "not 7-bit"),
        (EspaCall("1", text="a\x03b"), "control character"),
    ],
)
def test_encoder_refuses_what_espa_cannot_carry(call: EspaCall, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        encode_call(call)
    with pytest.raises(ValueError, match="at least one record"):
        encode_block("1", [])


def test_noise_with_the_eighth_bit_set_hints_at_the_port_setting() -> None:
    # '1' ENQ on a 7E2 line read by an 8N1 port: the parity bit shows as bit 7
    error = decode(b"\xb1\x85")
    assert isinstance(error, DecodeError) and "7E2" in error.reason
    assert "7E2" not in decode(b"xx").reason  # type: ignore[union-attr]
