"""Benchmark: dispatch -> first byte on each link, and a crew's status on the wire -> unit board.

Runs the real console offscreen on a temporary store, with a site whose ``[reach]`` table
names an ESPA 4.4.4 paging line and a TETRA PEI line, each a pseudo-terminal with the
project's simulator as the far end. Foreground, per sample: a new incident, then the
dispatcher types ``D . HE11`` and presses Enter; measured from just before the Enter key
event to the moment each far end reads the first byte of that call (ESPA: the console
selecting the paging system, ``'1' ENQ``; TETRA: the first ``AT+C...`` command after the
dispatch). Then HE11's crew sends status 3 and status 4 over the radio; measured from
the far end handing the ``+CTSDSR`` bytes to the pty to the unit board being handed
HE11's new status (``update_units``). Load: 1,000 TAG-block GGA sentences per second for
other units over loopback UDP. Baseline in the same run: the same with no load.
Targets: p99 <= 100 ms under load for both. Prints figures; asserts only correctness.

The session pages from the store follower's thread (``ConsoleSession._on_follower_committed``
calls ``ReachService.on_committed_threadsafe`` before the bridge): pages leave without
waiting for the GUI thread. Before that wiring (16:50 UTC 2026-12-06, same machine), under
load: ESPA first byte p50 79 ms / p99 163 ms (the hook patched in by this benchmark:
p50 51 ms / p99 94 ms); status on the wire -> board p50 160 ms / p99 430 ms. Profile of the
path (per dispatch, p50/p90 under load on the 2-core shared machine): Enter ->
``DispatchService.dispatch`` 32/51 ms (command line, task scheduling on the busy GUI loop),
-> committed and at the follower 24/26 ms, -> bytes handed to the serial writer 0.5 ms.

Since 19:00 UTC 2026-12-06 the lines and the crews' worker run on their own thread and loop
(``console.services.reach_crew``): a crew's status is decided and handed to the writer
without the GUI loop. The benchmark runs the console twice in one run: first with
``CONSOLE_REACH_ON_LOOP=1`` (the old path, everything on the GUI loop: the baseline), then
as shipped; each idle then under load. Per path it prints p50/p99 of each figure, the
status split into wire -> decided (handed to the writer), -> committed (at the store
follower) and committed -> board, the GUI thread's CPU time while measuring, the load
average, and how many statuses were decided off the GUI loop.

19:10 UTC 2026-12-06, 30 samples, load average ~6 on the 2-core shared machine, under
load (old -> new): status on the wire -> board p50 173 -> 115 ms, p99 512 -> 379 ms;
of it, wire -> decided p50 107.5 -> 2.5 ms, p99 304 -> 19 ms (120 of 120 decided off
the GUI loop); to the writer -> committed p50 65 / 108 ms, p99 203 / 367 ms (the
group-commit writer: what is left of the target); committed -> board p50 1.4-1.8 ms,
p99 8-11 ms. Idle (new): p50 39 / p99 189 ms. Dispatch -> first byte unchanged (p99 94).

22:24 UTC 2026-12-06, quiet (load 0.8-1.2), 30 samples, under load: dispatch -> first byte
p99 36 ms (ESPA) / 36 ms (TETRA), was 95/97 (the action now starts in the Enter key's own
slot, ``console.controllers.eager_task``, and a guarded group skips the writer's window);
status on the wire -> board p50 51 / p99 70 ms (baseline, same run: p99 208). An idle
first byte of 3.0 s (the ESPA station's first poll written into a port not yet open, then
its reply timeout waited out) is gone since its timers wait for the port.

Run: ``REACH_BENCH_SAMPLES=30 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest
tests/benchmarks/bench_reach.py -m benchmark -s -q -p no:cacheprovider``
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import threading
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from console.services.reach import ON_LOOP_ENV
from models.dispatch import events as dev
from models.dispatch.status import UnitStatus
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from radio.simulators.paging_system import PagingSystem
from radio.simulators.pty import PtyPeer
from radio.simulators.tetra_gateway import TetraGateway
from tests.polling import wait_for

pytestmark = pytest.mark.benchmark

SAMPLES = int(os.environ.get("REACH_BENCH_SAMPLES", "60"))
LOAD_PER_S = 1000
LOAD_UNITS = ["HE12", "HE14", "HE16", "HE121", "HE122", "HEP111", "HEP112", "HEP121"]
AT = (60.1712, 24.9433)
EN_ROUTE, ON_SCENE = 32773, 32774


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class _Load(threading.Thread):
    """Paces LOAD_PER_S tagged sentences per second over UDP until stopped."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.port = port
        self.stop = threading.Event()
        self.sent = 0

    def run(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        start = time.perf_counter()
        while not self.stop.is_set():
            due = int((time.perf_counter() - start) * LOAD_PER_S)
            while self.sent < due:
                unit = LOAD_UNITS[self.sent % len(LOAD_UNITS)]
                lat = 60.166 + (self.sent % 1000) * 1e-5
                line = with_tag_block(encode_gga(lat, 24.94, datetime.now(UTC).time()), unit)
                sock.sendto(line + b"\r\n", ("127.0.0.1", self.port))
                self.sent += 1
            self.stop.wait(0.002)
        sock.close()


class _TimedPaging(PagingSystem):
    """Notes when the console selects the paging system for a call."""

    def __init__(self) -> None:
        super().__init__()
        self.selected: list[float] = []

    def feed(self, data: bytes, now: float) -> None:
        if b"1\x05" in data:
            self.selected.append(time.perf_counter())
        super().feed(data, now)


class _TimedGateway(TetraGateway):
    """Notes when a command arrives, and when a crew's status is put on the line."""

    def __init__(self) -> None:
        super().__init__()
        self.commands_at: list[float] = []
        self.status_out: list[float] = []
        self._status_pending = False

    def feed(self, data: bytes, now: float) -> None:
        if b"AT+C" in data:
            self.commands_at.append(time.perf_counter())
        super().feed(data, now)

    def send_status(self, source: str, value: int) -> None:
        super().send_status(source, value)
        self._status_pending = True

    def take_output(self) -> bytes:
        out = super().take_output()
        if out and self._status_pending:
            self._status_pending = False
            self.status_out.append(time.perf_counter())  # os.write follows at once
        return out


def _reach_toml(pager: str, radio: str) -> str:
    return f"""
[reach]
[[reach.links]]
name = "pager"
kind = "espa"
url = "{pager}"
[[reach.links]]
name = "radio"
kind = "tetra"
url = "{radio}"
[[reach.paths]]
unit = "HE11"
link = "pager"
address = "1011"
[[reach.paths]]
unit = "HE11"
link = "radio"
address = "2011"
"""


def test_dispatch_to_first_byte_and_status_to_board(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    results: dict[str, list[float]] = {}
    notes: dict[str, str] = {}
    load_sent = 0
    site_dir = make_site(
        [{"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": 0}],
        extra=_reach_toml("@PAGER@", "@RADIO@"),
    )
    template = (site_dir / "site.toml").read_text(encoding="utf-8")

    async def measure(
        console: Console,
        label: str,
        pager: PtyPeer,
        radio: PtyPeer,
        paging: _TimedPaging,
        gateway: _TimedGateway,
    ) -> None:
        session = console.session
        # As the session wires it: pages leave from the follower's thread.
        assert session.follower._on_events == session._on_follower_committed
        window = console.window
        edit = window.command_line.line_edit()
        board = window.unit_board
        seen: dict[str, float] = {}
        committed: dict[str, float] = {}
        original = board.update_units
        bridge_in = session.bridge.on_committed
        writer = session.writer
        submit_group = writer.submit_group
        submitted: dict[str, float] = {}

        def timed_submit(events, guard):  # type: ignore[no-untyped-def]
            now = time.perf_counter()  # the crew's status decided, to the writer
            for e in events:
                if e.kind == dev.UNIT_STATUS and (e.payload or {}).get("unit") == "HE11":
                    submitted.setdefault(str(e.payload.get("status")), now)
            return submit_group(events, guard)

        writer.submit_group = timed_submit  # type: ignore[method-assign]

        def timed_update(units):  # type: ignore[no-untyped-def]
            now = time.perf_counter()
            units = list(units)
            for unit in units:
                if unit.call_sign == "HE11":
                    seen.setdefault(unit.status, now)
            return original(units)

        def timed_bridge(events):  # type: ignore[no-untyped-def]
            now = time.perf_counter()  # the follower's thread: committed
            for e in events:
                if e.kind == dev.UNIT_STATUS and (e.payload or {}).get("unit") == "HE11":
                    committed.setdefault(str(e.payload.get("status")), now)
            return bridge_in(events)

        board.update_units = timed_update  # type: ignore[method-assign]
        session.bridge.on_committed = timed_bridge  # type: ignore[method-assign]
        espa, tetra, status, to_commit, to_board = [], [], [], [], []
        to_writer: list[float] = []
        cpu0 = time.thread_time()
        for i in range(SAMPLES):
            incident = await session.dispatch.create_incident("structure-fire", *AT)
            session.controller._select_incident(incident, center=False)
            espa_before = pager.call(lambda: len(paging.selected))
            tetra_before = radio.call(lambda: len(gateway.commands_at))
            edit.setFocus()
            qtbot.keyClicks(edit, "D . HE11")
            sent = time.perf_counter()
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            await wait_for(lambda b=espa_before: len(paging.selected) > b, f"espa {i}")
            await wait_for(lambda b=tetra_before: len(gateway.commands_at) > b, f"pei {i}")
            espa.append((paging.selected[espa_before] - sent) * 1000)
            tetra.append((gateway.commands_at[tetra_before] - sent) * 1000)
            for value, name in ((EN_ROUTE, "en route"), (ON_SCENE, "on scene")):
                seen.pop(name, None)
                committed.pop(name, None)
                submitted.pop(name, None)
                before = len(gateway.status_out)
                radio.call(gateway.send_status, "2011", value)
                await wait_for(lambda n=name: n in seen, f"{name} {i}")
                await wait_for(lambda b=before: len(gateway.status_out) > b, "out")
                wire = gateway.status_out[before]
                status.append((seen[name] - wire) * 1000)
                if name in submitted and name in committed:
                    to_writer.append((submitted[name] - wire) * 1000)
                    to_commit.append((committed[name] - submitted[name]) * 1000)
                    to_board.append((seen[name] - committed[name]) * 1000)
            await session.dispatch.change_status(["HE11"], UnitStatus.AVAILABLE)
            await asyncio.sleep(0.05)
        cpu = time.thread_time() - cpu0
        board.update_units = original  # type: ignore[method-assign]
        session.bridge.on_committed = bridge_in  # type: ignore[method-assign]
        writer.submit_group = submit_group  # type: ignore[method-assign]
        results[f"dispatch -> ESPA first byte ({label})"] = espa
        results[f"dispatch -> TETRA first byte ({label})"] = tetra
        results[f"status on the wire -> board ({label})"] = status
        results[f"  wire -> decided, to the writer ({label})"] = to_writer
        results[f"  to the writer -> committed ({label})"] = to_commit
        results[f"  committed -> board ({label})"] = to_board
        desk = session.reach.desk if session.reach is not None else None
        decided = (
            f"{desk.fast} decided off the GUI loop, {desk.decided_on_loop} again on it"
            if desk is not None
            else "all on the GUI loop"
        )
        notes[label] = (
            f"GUI thread CPU {cpu:.2f} s over {SAMPLES} samples; "
            f"load average {_loadavg()}; crew statuses: {decided}"
        )

    async def run_console(path: str, db: str) -> None:
        paging, gateway = _TimedPaging(), _TimedGateway()
        with PtyPeer(paging) as pager, PtyPeer(gateway) as radio:
            text = template.replace("@PAGER@", pager.path).replace("@RADIO@", radio.path)
            (site_dir / "site.toml").write_text(text, encoding="utf-8")
            await run_with(path, db, (pager, radio, paging, gateway))

    async def run_with(path: str, db: str, ends: tuple[Any, Any, Any, Any]) -> None:
        nonlocal load_sent
        console = Console(str(site_dir), f"sqlite:///{tmp_path / db}", "day")
        console.window.show()
        await console.session.start()
        ingest = console.session.ingest
        await wait_for(lambda: all(rt.link.health.state.value == "up" for rt in ingest.links), "up")
        await measure(console, f"{path}, idle", *ends)
        udp = next(rt.link for rt in ingest.links if rt.spec.name == "avl-udp")
        load = _Load(udp.bound_port)
        load.start()
        try:
            await measure(console, f"{path}, load", *ends)
        finally:
            load.stop.set()
            load.join()
            load_sent += load.sent
        await console.shutdown()

    async def scenario() -> None:
        monkeypatch.setenv(ON_LOOP_ENV, "1")
        await run_console("old", "old.sqlite")
        monkeypatch.delenv(ON_LOOP_ENV)
        await run_console("new", "new.sqlite")

    console_loop.run_until_complete(scenario())

    print()
    print("old: lines and crews on the GUI loop (CONSOLE_REACH_ON_LOOP=1, the baseline)")
    print("new: lines and crews on their own thread and loop (as shipped)")
    for label, values in results.items():
        if not values:
            print(f"{label:52}: n=0")
            continue
        print(
            f"{label:52}: n={len(values)} p50={statistics.median(values):.1f} ms "
            f"p99={_percentile(values, 99):.1f} ms max={max(values):.1f} ms"
        )
    for label, note in notes.items():
        print(f"{label:12}: {note}")
    print(f"background load: {load_sent} UDP sentences at {LOAD_PER_S}/s")
    for what in (
        "dispatch -> ESPA first byte",
        "dispatch -> TETRA first byte",
        "status on the wire -> board",
    ):
        for path in ("old", "new"):
            idle = _percentile(results[f"{what} ({path}, idle)"], 99)
            load = _percentile(results[f"{what} ({path}, load)"], 99)
            print(
                f"{what} [{path}]: p99 under load {load:.1f} ms, / p99 idle = "
                f"{load / max(idle, 1e-9):.2f}x (target: p99 under load <= 100 ms)"
            )
        old = _percentile(results[f"{what} (old, load)"], 99)
        new = _percentile(results[f"{what} (new, load)"], 99)
        print(f"{what}: p99 under load new / old = {new / max(old, 1e-9):.2f}x")
    assert all(len(v) >= SAMPLES for k, v in results.items() if not k.startswith("  "))
