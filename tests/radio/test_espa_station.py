"""The ESPA control station, sans I/O: calls, retries, NAK codes, silence, polling, call status."""

from __future__ import annotations

from typing import Any

from radio.codecs.espa import EspaCall, encode_block, encode_call
from radio.espa_station import (
    BlockReceived,
    CallAcknowledged,
    CallFailed,
    CallSent,
    CallStatus,
    EspaControlStation,
    LinkFault,
    LinkState,
    StationConfig,
)
from radio.framing.espa import block_check

CALL = EspaCall("123", text="BRAND 3 OG", priority="1")
BLOCK = encode_call(CALL)
NO_POLL = StationConfig(poll_interval=None)


def kinds(events: list[Any]) -> list[str]:
    return [type(event).__name__ for event in events]


def test_call_selected_sent_and_acknowledged() -> None:
    station = EspaControlStation(NO_POLL)
    key = station.submit(CALL, 0.0, key="page-1")
    assert key == "page-1"
    assert station.take_output() == b"1\x052\x05"  # poll itself, select the paging system
    station.receive(b"\x06", 0.1)
    assert station.take_output() == BLOCK
    station.receive(b"\x06", 0.2)
    assert station.take_output() == b"\x04"
    events = station.take_events()
    assert kinds(events) == ["LinkState", "CallSent", "CallAcknowledged"]
    assert events[0] == LinkState(True, "the paging system answers", 0.1)
    assert events[2] == CallAcknowledged("page-1", 0.2)
    assert station.state == "idle" and station.queued == 0


def test_two_calls_in_one_session() -> None:
    station = EspaControlStation(NO_POLL)
    station.submit(CALL, 0.0)
    second = EspaCall("124")
    station.submit(second, 0.0)
    station.receive(b"\x06", 0.1)
    station.receive(b"\x06", 0.2)
    station.receive(b"\x06", 0.3)
    assert station.take_output() == b"1\x052\x05" + BLOCK + encode_call(second) + b"\x04"
    acked = [e.key for e in station.take_events() if isinstance(e, CallAcknowledged)]
    assert acked == [1, 2]


def test_nak_transmission_error_repeats_the_block_once() -> None:
    station = EspaControlStation(NO_POLL)
    station.submit(CALL, 0.0)
    station.receive(b"\x06", 0.1)
    station.take_output()
    station.receive(b"1\x15", 0.2)
    assert station.take_output() == BLOCK
    station.receive(b"\x06", 0.3)
    events = station.take_events()
    assert [e.attempt for e in events if isinstance(e, CallSent)] == [1, 2]
    assert isinstance(events[-1], CallAcknowledged)


def test_nak_storm_ends_in_a_failure_with_the_reason_never_a_stuck_queue() -> None:
    config = StationConfig(poll_interval=None, sessions=2, retry_delay=1.0)
    station = EspaControlStation(config)
    station.submit(CALL, 0.0)
    now = 0.0
    for _session in range(2):
        assert station.take_output().endswith(b"2\x05")
        station.receive(b"\x06", now)
        station.receive(b"2\x15", now)
        station.receive(b"2\x15", now)
        assert station.take_output() == BLOCK + BLOCK + b"\x04"
        now += 1.0
        station.tick(now)
    failed = [e for e in station.take_events() if isinstance(e, CallFailed)]
    assert len(failed) == 1
    assert "NAK 2 (busy)" in failed[0].reason and "after 2 sessions" in failed[0].reason
    assert station.queued == 0 and station.take_output() == b""


def test_nak_invalid_message_fails_at_once() -> None:
    station = EspaControlStation(NO_POLL)
    station.submit(CALL, 0.0)
    station.receive(b"\x06", 0.1)
    station.receive(b"3\x15", 0.2)
    assert station.take_output().endswith(BLOCK + b"\x04")
    failed = [e for e in station.take_events() if isinstance(e, CallFailed)]
    assert failed and "invalid message" in failed[0].reason
    assert station.queued == 0


def test_silence_takes_the_link_down_and_fails_the_call() -> None:
    config = StationConfig(poll_interval=None, sessions=3, link_down_after=3, retry_delay=0.5)
    station = EspaControlStation(config)
    station.submit(CALL, 0.0)
    now = 0.0
    while station.queued and now < 100:
        deadline = station.next_deadline()
        assert deadline is not None  # never stuck without a deadline
        now = max(now, deadline)
        station.tick(now)
    events = station.take_events()
    assert LinkState(False, "no answer from the paging system 3 times", events[0].at) in events
    failed = [e for e in events if isinstance(e, CallFailed)]
    assert len(failed) == 1 and "no answer to selecting" in failed[0].reason
    assert station.link_up is False


def test_polling_no_data_then_call_status_from_the_paging_system() -> None:
    station = EspaControlStation(StationConfig(poll_interval=2.0))
    station.tick(0.0)
    assert station.take_output() == b"2\x05"
    station.receive(b"\x04", 0.1)
    assert station.state == "idle"
    assert station.next_deadline() == 2.1
    # a call, acknowledged, then the status poll right after it
    station.submit(CALL, 1.0, key="k")
    station.receive(b"\x06", 1.1)
    station.receive(b"\x06", 1.2)
    station.tick(1.2)
    assert station.take_output() == b"1\x052\x05" + BLOCK + b"\x04" + b"2\x05"
    status = encode_block("2", [("1", "123"), ("2", "BRAND 3 OG"), ("7", "3")])
    station.receive(b"1\x05", 1.3)  # the paging system selects the console
    station.receive(status, 1.4)
    station.receive(b"\x04", 1.5)
    assert station.take_output() == b"\x06\x06"
    events = station.take_events()
    received = [e for e in events if isinstance(e, BlockReceived)]
    assert received and received[0].block.call_status == "3"
    assert CallStatus("k", "123", "3", "paged", 1.4) in events
    assert station.state == "idle"


def test_bad_block_is_naked_with_its_code_and_reported() -> None:
    station = EspaControlStation(StationConfig(poll_interval=2.0))
    station.tick(0.0)
    station.receive(b"1\x05", 0.1)
    good = encode_block("2", [("1", "9"), ("7", "4")])
    station.receive(good[:-1] + bytes((good[-1] ^ 0x01,)), 0.2)
    body = b"7\x021\x1f9\x03"  # header 7 does not exist: invalid message
    bad_header = b"\x01" + body + bytes((block_check(body),))
    station.receive(bad_header, 0.3)
    assert station.take_output() == b"2\x05\x061\x15" + b"3\x15"
    faults = [e for e in station.take_events() if isinstance(e, LinkFault)]
    assert "BCC mismatch" in faults[0].reason


def test_receiving_silence_regains_control_with_eot() -> None:
    station = EspaControlStation(StationConfig(poll_interval=2.0, idle_timeout=10.0))
    station.tick(0.0)
    station.receive(b"1\x05", 0.1)
    station.take_output()
    station.tick(10.1)
    assert station.take_output() == b"\x04"
    assert any(isinstance(e, LinkFault) for e in station.take_events())


def test_garbage_is_reported_and_the_ack_after_it_still_counts() -> None:
    station = EspaControlStation(NO_POLL)
    station.submit(CALL, 0.0)
    station.receive(b"\xff\xfe garbage \x06", 0.1)
    assert station.take_output().endswith(BLOCK)
    events = station.take_events()
    assert isinstance(events[0], LinkFault) and "noise" in events[0].reason


def test_port_lost_keeps_the_call_and_resends_it() -> None:
    station = EspaControlStation(NO_POLL)
    station.submit(CALL, 0.0, key="k")
    station.receive(b"\x06", 0.1)
    station.take_output()
    station.port_lost(0.2, "serial port gone")
    assert station.queued == 1
    assert LinkState(False, "serial port gone", 0.2) in station.take_events()
    station.tick(5.0)
    assert station.take_output() == b"1\x052\x05"


def test_an_idle_station_without_polling_has_no_deadline() -> None:
    station = EspaControlStation(NO_POLL)
    assert station.next_deadline() is None
    station.submit(CALL, 5.0)
    assert station.next_deadline() == 8.0  # the reply timeout of the selecting
