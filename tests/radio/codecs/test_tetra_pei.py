"""TETRA PEI codec: status, text (8859-1, UCS-2), delivery reports, AT+CMGS, results, refusals."""

from __future__ import annotations

import pytest

from radio.codecs.tetra_pei import (
    PeiMessage,
    ctsdsr,
    decode,
    encode_send_text,
    report_pdu,
    select_service,
    status_pdu,
    text_pdu,
)
from radio.messages import DecodeError


def one(frame: bytes) -> PeiMessage:
    message = decode(frame.rstrip(b"\r\n"))
    assert isinstance(message, PeiMessage), message
    return message


def test_status_3_from_a_unit() -> None:
    message = one(b"+CTSDSR: 13,2001,0,1000,0,16\r\n8005")
    assert (message.kind, message.source, message.destination) == ("status", "2001", "1000")
    assert message.status == 0x8005
    out = message.to_dict()
    assert out["from"] == "2001" and out["to"] == "1000" and out["status"] == 32773


def test_identities_are_kept_as_sent() -> None:
    message = one(b"+CTSDSR: 13,0002001,0,262010001000,1,16\r\n8006")
    assert (message.source, message.destination) == ("0002001", "262010001000")


def test_minimum_field_set_has_no_source() -> None:
    message = one(b"+CTSDSR: 13,1000,16\r\n8005")
    assert message.source is None and message.destination == "1000"


def test_text_sds_latin_1_and_ucs2() -> None:
    latin = one(ctsdsr(12, "2001", "1000", text_pdu("Straße gesperrt", 5)))
    assert (latin.kind, latin.text, latin.coding, latin.message_reference) == (
        "text",
        "Straße gesperrt",
        1,
        5,
    )
    for text in ("Пожар на складе", "حريق في المستودع", "שריפה במחסן"):
        message = one(ctsdsr(12, "2001", "1000", text_pdu(text, 6, coding=26)))
        assert message.text == text and message.coding == 26


def test_text_with_timestamp_and_simple_text() -> None:
    pdu = bytes((0x82, 0x00, 0x11, 0x81, 0x45, 0x60, 0x2A)) + b"hello"
    assert one(ctsdsr(12, "1", "2", pdu)).text == "hello"
    assert one(ctsdsr(12, "1", "2", b"\x02\x01abc")).text == "abc"


@pytest.mark.parametrize(
    ("status", "report", "name"),
    [
        (0x00, "received", "receipt acknowledged by destination"),
        (0x02, "read", "consumed by destination"),
        (0x22, "pending", "destination not reachable, message stored"),
        (0x4B, "failed", "destination not registered"),
    ],
)
def test_delivery_reports(status: int, report: str, name: str) -> None:
    message = one(ctsdsr(12, "2001", "1000", report_pdu(7, status)))
    assert (message.kind, message.report, message.delivery_status_name) == ("report", report, name)
    assert message.message_reference == 7


def test_short_report_on_the_status_service() -> None:
    message = one(ctsdsr(13, "2001", "1000", bytes((0x7F, 0x09))))
    assert (message.kind, message.report, message.message_reference) == ("report", "read", 9)


def test_send_command_round_trip() -> None:
    command = encode_send_text("2001", "Brand Küche", 7)
    assert command.startswith(b"AT+CMGS=2001,120\r\n820E0701") and command.endswith(b"\x1a")
    message = one(command[:-1])
    assert (message.kind, message.destination, message.text) == ("send", "2001", "Brand Küche")
    assert (message.message_reference, message.report_request) == (7, "both")
    assert select_service() == b"AT+CTSDS=12,0\r\n"
    assert one(b"AT+CMGS=2001,16\r\n8005").status == 0x8005


def test_results_commands_calls() -> None:
    assert one(b"OK").kind == "result"
    cmgs = one(b"+CMGS: 0,4,7")
    assert (cmgs.kind, cmgs.name, cmgs.message_reference) == ("result", "+CMGS", 7)
    assert one(b"+CME ERROR: 35").name == "+CME ERROR"
    assert one(b"AT+CTSDS=12,0").name == "AT+CTSDS"
    call = one(b"+CTICN: 1,0,0,0,2001,1,1,0,1,1,0,1000,0")
    assert (call.kind, call.source, call.destination) == ("call", "2001", "1000")
    assert one(b"+CTCR: 1,1").kind == "unsolicited"


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (b"+CTSDSR: 13,2001,0,1000,0,16\r\n80", "holds 8 bits"),
        (b"+CTSDSR: 13,2001,0,1000,0,16\r\n80Z5", "hex digits"),
        (b"+CTSDSR: 13,ab12,0,1000,0,16\r\n8005", "not a digit string"),
        (b"+CTSDSR: 13,2001,16,1,1\r\n8005", "with 5 fields"),
        (b"+CTSDSR: 13,2001,0,1000,0,24\r\n800500", "status PDU of 3 bytes"),
        (b"+CTSDSR: 12,2001,0,1000,0,40\r\n8200010048", "coding 0"),
        (b"+CTSDSR: 12,2001,0,1000,0,40\r\n8200011A41", "not valid utf-16-be"),
        (b"+CTSDSR: 12,2001,0,1000,0,16\r\n8210", "shorter than 4 bytes"),
        (b"+CTSDSR: 13,2001,0,1000,0,16", "without its user data"),
        (b"AT+CMGS=2001,16\r\n8005\x1b", "aborted"),
        (b"hello \xff", "not ASCII"),
        (b"noise", "not a PEI result"),
    ],
)
def test_refusals_carry_a_reason(frame: bytes, reason: str) -> None:
    error = decode(frame)
    assert isinstance(error, DecodeError), error
    assert reason in error.reason and error.raw == frame


def test_encoder_refuses() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        text_pdu("Пожар", 1, coding=1)
    with pytest.raises(ValueError, match="digit string"):
        encode_send_text("HE11", "x", 1)
    with pytest.raises(ValueError, match=r"0\.\.255"):
        text_pdu("x", 256)
    with pytest.raises(ValueError, match=r"0\.\.65535"):
        status_pdu(70000)
