"""The PEI session, sans I/O: service selection, AT+CMGS, reports matched, errors, silence."""

from __future__ import annotations

from typing import Any

import pytest

from radio.codecs.tetra_pei import ctsdsr, report_pdu, status_pdu, text_pdu
from radio.tetra_pei_station import (
    LinkFault,
    LinkState,
    PeiConfig,
    SdsAccepted,
    SdsFailed,
    SdsReport,
    SdsSent,
    StatusReceived,
    TetraPeiStation,
    TextReceived,
)


def of(events: list[Any], kind: type) -> list[Any]:
    return [event for event in events if isinstance(event, kind)]


def test_text_selected_sent_accepted_and_reports_matched() -> None:
    station = TetraPeiStation()
    key = station.submit_text("2001", "Brand Küche", 0.0, key="HE11")
    assert station.take_output() == b"AT+CTSDS=12,0\r\n"
    station.receive(b"AT+CTSDS=12,0\r\nOK\r\n", 0.1)  # with command echo
    command = station.take_output()
    assert command.startswith(b"AT+CMGS=2001,120\r\n820E01") and command.endswith(b"\x1a")
    station.receive(b"+CMGS: 0,4,1\r\nOK\r\n", 0.2)
    station.receive(ctsdsr(12, "2001", "1000", report_pdu(1, 0x00)), 0.5)
    station.receive(ctsdsr(12, "2001", "1000", report_pdu(1, 0x02)), 0.9)
    events = station.take_events()
    assert of(events, SdsSent)[0] == SdsSent(key, "2001", 1, 0.1)
    assert of(events, SdsAccepted) == [SdsAccepted("HE11", 1, 0.2)]
    reports = [(e.key, e.report) for e in of(events, SdsReport)]
    assert reports == [("HE11", "received"), ("HE11", "read")]
    # the service stays selected: the next text goes straight to AT+CMGS
    station.submit_text("2002", "x", 1.0)
    assert station.take_output().startswith(b"AT+CMGS=2002,")


def test_unit_status_and_text_come_in_between_commands() -> None:
    station = TetraPeiStation()
    station.submit_text("2001", "x", 0.0)
    station.receive(ctsdsr(13, "2001", "1000", status_pdu(0x8005)), 0.1)
    station.receive(ctsdsr(12, "2002", "1000", text_pdu("שלום", 4, 26, "none")), 0.2)
    events = station.take_events()
    assert of(events, StatusReceived) == [StatusReceived("2001", "1000", 0x8005, 0.1)]
    assert of(events, TextReceived) == [TextReceived("2002", "1000", "שלום", 0.2)]


def test_errors_are_retried_then_fail_with_the_reason() -> None:
    station = TetraPeiStation(PeiConfig(attempts=2))
    station.submit_text("2001", "x", 0.0)
    station.receive(b"OK\r\n", 0.1)
    station.receive(b"+CME ERROR: 35\r\n", 0.2)
    station.receive(b"+CME ERROR: 35\r\n", 0.3)
    failed = of(station.take_events(), SdsFailed)
    assert (
        failed and "AT+CMGS: the radio answered +CME ERROR: 35 after 2 attempts" in failed[0].reason
    )
    assert station.queued == 0


def test_silence_takes_the_link_down_and_fails_the_text() -> None:
    station = TetraPeiStation(PeiConfig(reply_timeout=1.0, attempts=2, link_down_after=2))
    station.submit_text("2001", "x", 0.0)
    now = 0.0
    while station.queued:
        deadline = station.next_deadline()
        assert deadline is not None
        now = deadline
        station.tick(now)
    events = station.take_events()
    assert of(events, LinkState) == [LinkState(False, "no answer from the radio 2 times", 2.0)]
    assert "no answer after 2 attempts" in of(events, SdsFailed)[0].reason


def test_garbage_and_unmatched_reports_are_kept_visible() -> None:
    station = TetraPeiStation()
    station.receive(b"\xff\xfe junk\r\n", 0.0)
    station.receive(ctsdsr(12, "2009", "1000", report_pdu(77, 0x00)), 0.1)
    events = station.take_events()
    assert "not ASCII" in of(events, LinkFault)[0].reason
    assert of(events, SdsReport)[0].key is None


def test_port_lost_repeats_the_command_in_flight() -> None:
    station = TetraPeiStation()
    station.submit_text("2001", "x", 0.0)
    station.take_output()
    station.port_lost(0.1, "gone")
    assert LinkState(False, "gone", 0.1) in station.take_events()
    station.tick(0.2)
    assert station.take_output() == b"AT+CTSDS=12,0\r\n"


def test_text_that_does_not_fit_is_refused_at_submit() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        TetraPeiStation().submit_text("2001", "Пожар", 0.0, coding=1)


def test_a_crews_text_asking_for_a_receipt_gets_one() -> None:
    station = TetraPeiStation()
    station.receive(ctsdsr(12, "2001", "1000", text_pdu("need water", 9, 1, "both")), 0.0)
    assert station.take_output() == b"AT+CTSDS=12,0\r\n"
    station.receive(b"OK\r\n", 0.1)
    assert station.take_output() == b"AT+CMGS=2001,32\r\n82100009\x1a"  # SDS-REPORT, received
    station.receive(b"+CMGS: 0,4,9\r\nOK\r\n", 0.2)
    events = station.take_events()
    assert of(events, TextReceived)[0].text == "need water"
    assert not of(events, SdsSent) and not of(events, SdsAccepted) and station.queued == 0
