"""The PEI session against the simulated TETRA gateway over a real pseudo-terminal."""

from __future__ import annotations

import time
from typing import Any

from radio.device_text import TextProfile, fit
from radio.simulators.pty import PtyPeer, drive
from radio.simulators.tetra_gateway import TetraGateway
from radio.tetra_pei_station import (
    LinkFault,
    LinkState,
    PeiConfig,
    SdsAccepted,
    SdsFailed,
    SdsReport,
    StatusReceived,
    TetraPeiStation,
    TextReceived,
)
from radio.tetra_status_table import load_table
from tests.radio.simulators.conftest import open_console

FAST = PeiConfig(reply_timeout=0.3, attempts=2, link_down_after=2)


def of(events: list[Any], kind: type) -> list[Any]:
    return [event for event in events if isinstance(event, kind)]


def test_dispatch_text_reports_and_the_crews_status_3_and_4(console_side: list[int]) -> None:
    gateway = TetraGateway()
    table = load_table("de-bos")
    with PtyPeer(gateway) as peer:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        text = fit(TextProfile("auto", 120), "Пожар", "ул. Ленина 5")
        assert text.coding == 26
        station.submit_text("2001", text.wire, time.monotonic(), key="HE11", coding=text.coding)
        events: list[Any] = []
        done = drive(
            station,
            fd,
            lambda: any(e.report == "read" for e in of(events, SdsReport)),
            5.0,
            events.extend,
        )
        assert done, events
        peer.call(gateway.send_status, "2001", 0x8005)
        peer.call(gateway.send_status, "2001", 0x8006)
        peer.call(gateway.send_text, "2001", "Zufahrt über Hof")
        done = drive(station, fd, lambda: len(of(events, TextReceived)) == 1, 5.0, events.extend)
    assert done, events
    assert gateway.texts == [("2001", "Пожар ул. Ленина 5", 1)]
    assert [e.key for e in of(events, SdsAccepted)] == ["HE11"]
    assert [(e.key, e.report) for e in of(events, SdsReport)] == [
        ("HE11", "received"),
        ("HE11", "read"),
    ]
    statuses = [table.lookup(e.status).unit_status for e in of(events, StatusReceived)]  # type: ignore[union-attr]
    assert statuses == ["en route", "on scene"]
    assert of(events, TextReceived)[0].text == "Zufahrt über Hof"


def test_radio_errors_fail_the_text(console_side: list[int]) -> None:
    gateway = TetraGateway()
    gateway.fault = "error"
    with PtyPeer(gateway) as peer:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        station.submit_text("2001", "x", time.monotonic())
        events: list[Any] = []
        done = drive(station, fd, lambda: bool(of(events, SdsFailed)), 5.0, events.extend)
    assert done and "+CME ERROR: 35" in of(events, SdsFailed)[0].reason


def test_gateway_that_answers_nothing(console_side: list[int]) -> None:
    gateway = TetraGateway()
    gateway.fault = "silence"
    with PtyPeer(gateway) as peer:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        station.submit_text("2001", "x", time.monotonic())
        events: list[Any] = []
        done = drive(station, fd, lambda: bool(of(events, SdsFailed)), 5.0, events.extend)
    assert done, events
    assert of(events, LinkState)[-1].up is False


def test_garbage_lines_are_reported_and_the_text_still_goes(console_side: list[int]) -> None:
    gateway = TetraGateway()
    gateway.fault = "garbage"
    with PtyPeer(gateway) as peer:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        station.submit_text("2001", "x", time.monotonic())
        events: list[Any] = []
        done = drive(station, fd, lambda: bool(of(events, SdsAccepted)), 5.0, events.extend)
    assert done, events
    assert of(events, LinkFault)


def test_a_unit_that_never_acknowledges(console_side: list[int]) -> None:
    gateway = TetraGateway(never_acknowledge=frozenset({"2003"}), unregistered=frozenset({"9"}))
    with PtyPeer(gateway) as peer:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        station.submit_text("2003", "x", time.monotonic(), key="silent")
        station.submit_text("9", "x", time.monotonic(), key="gone")
        events: list[Any] = []
        drive(station, fd, lambda: False, 1.0, events.extend)
    assert sorted(e.key for e in of(events, SdsAccepted)) == ["gone", "silent"]
    assert [(e.key, e.report) for e in of(events, SdsReport)] == [("gone", "failed")]


def test_cable_pulled(console_side: list[int]) -> None:
    gateway = TetraGateway()
    peer = PtyPeer(gateway).start()
    try:
        fd = open_console(peer, console_side)
        station = TetraPeiStation(FAST)
        events: list[Any] = []
        peer.pull()
        station.submit_text("2001", "x", time.monotonic())
        drive(station, fd, lambda: bool(of(events, LinkState)), 2.0, events.extend)
    finally:
        peer.stop()
    assert of(events, LinkState) and of(events, LinkState)[-1].up is False
    assert station.queued == 1
