"""Opening the console's side of a simulator's pseudo-terminal, as a serial port is opened."""

from __future__ import annotations

import os
import tty
from collections.abc import Iterator

import pytest

from radio.simulators.pty import PtyPeer


@pytest.fixture
def console_side() -> Iterator[list[int]]:
    """Call ``open_console(peer)`` via the returned list's helper; fds are closed after."""
    fds: list[int] = []
    yield fds
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def open_console(peer: PtyPeer, fds: list[int]) -> int:
    fd = os.open(peer.path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    fds.append(fd)
    return fd
