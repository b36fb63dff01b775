"""``python -m radio.simulators``: prints the pty path, logs what the device takes and sends."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tty
from pathlib import Path

from radio.codecs.espa import EspaCall
from radio.espa_station import CallAcknowledged, EspaControlStation, StationConfig
from radio.simulators.pty import drive

ROOT = Path(__file__).resolve().parents[3]


def test_espa_simulator_command_takes_a_page() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "radio.simulators", "espa"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        assert path.startswith("/dev/")
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(fd)
        try:
            station = EspaControlStation(StationConfig(poll_interval=None))
            station.submit(EspaCall("42", text="TEST"), time.monotonic())
            events: list[object] = []
            done = drive(
                station,
                fd,
                lambda: any(isinstance(e, CallAcknowledged) for e in events),
                10.0,
                events.extend,
            )
            assert done, events
            assert "received ('42', 'TEST')" in process.stdout.readline()
        finally:
            os.close(fd)
    finally:
        process.terminate()
        process.wait(10)


def test_bad_fault_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "radio.simulators", "tetra", "--fault", "nak"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "one of error, silence, garbage" in result.stderr
