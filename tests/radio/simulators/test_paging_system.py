"""The ESPA control station against the simulated paging system over a real pseudo-terminal."""

from __future__ import annotations

import time
from typing import Any

from radio.codecs.espa import EspaCall
from radio.device_text import TextProfile, fit
from radio.espa_station import (
    CallAcknowledged,
    CallFailed,
    CallSent,
    CallStatus,
    EspaControlStation,
    LinkFault,
    LinkState,
    StationConfig,
)
from radio.simulators.paging_system import PagingSystem
from radio.simulators.pty import PtyPeer, drive
from tests.radio.simulators.conftest import open_console

FAST = StationConfig(
    reply_timeout=0.3,
    retry_delay=0.05,
    poll_interval=0.1,
    sessions=2,
    link_down_after=2,
)


def run(
    peer: PtyPeer, fds: list[int], station: EspaControlStation, until: Any, timeout: float = 5.0
) -> tuple[bool, list[Any]]:
    events: list[Any] = []
    fd = open_console(peer, fds)
    done = drive(station, fd, lambda: until(events), timeout, events.extend)
    return done, events


def of(events: list[Any], kind: type) -> list[Any]:
    return [event for event in events if isinstance(event, kind)]


def test_page_goes_out_is_acknowledged_and_the_pager_reports_back(
    console_side: list[int],
) -> None:
    text = fit(TextProfile("iso646-de", 80), "Brand Gebäude", "Hauptstraße 12")
    system = PagingSystem()
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("4711", text=text.wire, priority="1"), time.monotonic(), key="HE11")
        done, events = run(
            peer,
            console_side,
            station,
            lambda ev: any(isinstance(e, CallStatus) and e.status == "6" for e in ev),
        )
    assert done, events
    assert of(events, CallAcknowledged)[0].key == "HE11"
    statuses = [(e.key, e.status_name) for e in of(events, CallStatus)]
    assert statuses == [("HE11", "paged"), ("HE11", "acknowledged by called party")]
    assert system.calls[0].call_address == "4711"
    assert system.calls[0].text == "Brand Geb{ude Hauptstra~e 12"


def test_a_nak_is_answered_by_the_block_again(console_side: list[int]) -> None:
    system = PagingSystem()
    system.fault, system.nak_times = "nak", 1
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("1"), time.monotonic())
        done, events = run(peer, console_side, station, lambda ev: of(ev, CallAcknowledged))
    assert done, events
    assert [e.attempt for e in of(events, CallSent)] == [1, 2]


def test_nak_storm_fails_the_call_with_the_reason(console_side: list[int]) -> None:
    system = PagingSystem()
    system.fault = "nak"
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("1"), time.monotonic())
        done, events = run(peer, console_side, station, lambda ev: of(ev, CallFailed))
    assert done, events
    reason = of(events, CallFailed)[0].reason
    assert "NAK 1 (transmission error)" in reason and "after 2 sessions" in reason
    assert system.naks_sent == 4 and station.queued == 0


def test_silence_takes_the_link_down(console_side: list[int]) -> None:
    system = PagingSystem()
    system.fault = "silence"
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("1"), time.monotonic())
        done, events = run(peer, console_side, station, lambda ev: of(ev, CallFailed))
    assert done, events
    assert any(not e.up for e in of(events, LinkState))


def test_garbage_between_frames_is_reported_and_the_call_still_goes(
    console_side: list[int],
) -> None:
    system = PagingSystem()
    system.fault = "garbage"
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("1"), time.monotonic())
        done, events = run(peer, console_side, station, lambda ev: of(ev, CallAcknowledged))
    assert done, events
    assert any("noise" in e.reason for e in of(events, LinkFault))


def test_busy_paging_system_then_free(console_side: list[int]) -> None:
    system = PagingSystem()
    system.fault = "busy"
    with PtyPeer(system) as peer:
        station = EspaControlStation(StationConfig(reply_timeout=0.3, retry_delay=0.2, sessions=5))
        station.submit(EspaCall("1"), time.monotonic())
        fd = open_console(peer, console_side)
        events: list[Any] = []
        drive(station, fd, lambda: bool(of(events, CallSent)) or False, 0.15, events.extend)
        peer.call(setattr, system, "fault", None)
        done = drive(station, fd, lambda: bool(of(events, CallAcknowledged)), 5.0, events.extend)
    assert done, events


def test_a_pager_that_never_acknowledges_reports_only_paged(console_side: list[int]) -> None:
    system = PagingSystem(never_acknowledge=frozenset({"13"}))
    with PtyPeer(system) as peer:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("13"), time.monotonic())
        done, events = run(peer, console_side, station, lambda ev: False, timeout=1.0)
    assert not done
    assert [e.status for e in of(events, CallStatus)] == ["3"]


def test_cable_pulled_is_a_lost_port_and_the_call_is_kept(console_side: list[int]) -> None:
    system = PagingSystem()
    system.fault = "silence"
    peer = PtyPeer(system).start()
    try:
        station = EspaControlStation(FAST)
        station.submit(EspaCall("1"), time.monotonic())
        fd = open_console(peer, console_side)
        events: list[Any] = []
        drive(station, fd, lambda: False, 0.1, events.extend)
        peer.pull()
        drive(station, fd, lambda: bool(of(events, LinkState)), 2.0, events.extend)
    finally:
        peer.stop()
    assert of(events, LinkState) and not of(events, LinkState)[-1].up
    assert station.queued == 1
