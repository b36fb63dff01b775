"""Pseudo-terminals for simulated serial devices, and a driver for sans-I/O machines.

Role: a simulated paging system or TETRA gateway sits on the master side of a
pseudo-terminal (:class:`PtyPeer`); the console opens the slave side
(``peer.path``, e.g. ``/dev/pts/7``) exactly as it opens a real serial port.
:func:`drive` runs a console-side sans-I/O machine (``radio.espa_station``,
``radio.tetra_pei_station``) on a file descriptor for tests and drills.

Contract:

- A *far end* is any object with ``feed(data, now)``, ``tick(now)``,
  ``take_output() -> bytes`` and ``next_deadline() -> float | None``.
  ``PtyPeer(far_end)`` opens a raw pty and, after ``start()``, runs the far end
  in a daemon thread: bytes read from the pty are fed, output is written,
  ``tick`` runs at the deadlines (and every ``period`` seconds). Calls into
  the far end from other threads go through ``peer.call(fn, *args)``, which
  holds the peer's lock. ``pull()`` simulates a pulled cable: the master side
  is closed and the thread ends, so the console's reads fail (EIO) or see
  end of file. ``stop()`` ends the thread and closes both sides; ``PtyPeer``
  is a context manager. POSIX only (``os.openpty``).
- ``drive(machine, fd, until, timeout, on_events)`` feeds what ``fd`` gives
  to ``machine.receive``, runs ``machine.tick`` at its deadlines, writes
  ``machine.take_output()`` and hands each batch of events to ``on_events``
  until ``until()`` is true (returns True) or ``timeout`` seconds passed
  (returns False). A read error or end of file is a lost port:
  ``machine.port_lost(now, reason)``, and driving ends.
"""

from __future__ import annotations

import os
import select
import threading
import time
import tty
from collections.abc import Callable
from typing import Any

__all__ = ["PtyPeer", "drive"]


class PtyPeer:
    """A far end on the master side of a pseudo-terminal (see the module docstring)."""

    def __init__(self, far_end: Any, period: float = 0.05) -> None:
        self.far_end = far_end
        self.period = period
        self._master, self._slave = os.openpty()
        tty.setraw(self._master)
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pulled = False

    def start(self) -> PtyPeer:
        if self._thread is not None:  # started already (``with PtyPeer(x).start()``)
            return self
        self._thread = threading.Thread(target=self._run, name="pty-peer", daemon=True)
        self._thread.start()
        return self

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` under the peer's lock (inject a status, change a fault);
        what the far end wants to write then goes out at once."""
        with self._lock:
            result = fn(*args)
            out = self.far_end.take_output()
            if out and not self._pulled:
                try:
                    os.write(self._master, out)
                except OSError:
                    pass
            return result

    def pull(self) -> None:
        """Pull the cable: close the master side; the console's side sees EIO or EOF."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
        with self._lock:
            if not self._pulled:
                self._pulled = True
                os.close(self._master)
        # The slave stays open (the console may hold it); stop() closes it.

    def stop(self) -> None:
        self.pull()
        try:
            os.close(self._slave)
        except OSError:
            pass

    def __enter__(self) -> PtyPeer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        master = self._master
        while not self._stop.is_set():
            now = time.monotonic()
            with self._lock:
                deadline = self.far_end.next_deadline()
            wait = self.period if deadline is None else max(0.0, min(self.period, deadline - now))
            try:
                ready, _, _ = select.select([master], [], [], wait)
            except (OSError, ValueError):
                return
            now = time.monotonic()
            with self._lock:
                if ready:
                    try:
                        data = os.read(master, 4096)
                    except OSError:
                        return
                    if data:
                        self.far_end.feed(data, now)
                self.far_end.tick(now)
                out = self.far_end.take_output()
            if out:
                try:
                    os.write(master, out)
                except OSError:
                    return


def drive(
    machine: Any,
    fd: int,
    until: Callable[[], bool],
    timeout: float,
    on_events: Callable[[list[Any]], None],
) -> bool:
    """Run ``machine`` on ``fd`` until ``until()`` or ``timeout`` (see the module docstring)."""
    end = time.monotonic() + timeout
    while True:
        now = time.monotonic()
        machine.tick(now)
        out = machine.take_output()
        if out:
            try:
                os.write(fd, out)
            except OSError as exc:
                machine.port_lost(now, f"write failed: {exc.strerror or exc}")
                on_events(machine.take_events())
                return until()
        events = machine.take_events()
        if events:
            on_events(events)
        if until():
            return True
        if now >= end:
            return False
        deadline = machine.next_deadline()
        wait = 0.05 if deadline is None else max(0.0, min(0.05, deadline - now))
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            now = time.monotonic()
            try:
                data = os.read(fd, 4096)
            except OSError as exc:
                data = b""
                reason = f"read failed: {exc.strerror or exc}"
            else:
                reason = "end of file: the device is gone"
            if not data:
                machine.port_lost(now, reason)
                on_events(machine.take_events())
                return until()
            machine.receive(data, now)
