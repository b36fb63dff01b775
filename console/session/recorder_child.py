"""A recorder process beside the console: the site's links in an interpreter of their own.

Why: on one PC the console's links, decoders and store writer share one
interpreter lock with the screen. Under a radar storm (thousands of
datagrams a second) that lock, not the CPU, decides how late a frame or an
answer to a typed command is. A ``dispatch-console record`` child runs the
links, decodes and commits; the console runs ``--links none`` and follows
the store (``models.store.follow.LogFollower``), exactly as a control-room
position follows the server's recorder. Nothing is received that is not
stored first, and there is still one log.

Contract (Qt-free; any thread):

- ``RecorderChild(site_dir, store_url, links="all")``; ``start()`` launches
  ``python -m console record --site SITE --store URL --links LINKS`` (the
  same interpreter; ``extra_args`` are appended; a ``site_dir`` or
  ``store_url`` of None leaves its option out: the embedded site, the
  default live store, as the console itself) in its own session, with
  the console's working directory. A console that crashes leaves its
  recorder running: the links go on being stored, and the next console's
  child finds them claimed by it (``models.store.link_claims``) and runs
  none, the console following the store as before. (No pre-exec hook ties
  the child's life to the console's: forking a threaded process must not
  run Python before ``exec``.)
- The child runs ``nice`` (default ``RECORDER_NICE``, 10) steps below the
  console (Unix): under a storm on one PC the dispatcher's screen gets the
  cores first and the recorder every cycle it leaves (bench_storm: frames
  p99 74.7 -> 40.4 ms at 5,000 events/s, all of them still stored); every
  restarted child too. ``nice=0`` keeps it level with the console.
  On Linux with automatic process groups (``/proc/sys/kernel/
  sched_autogroup_enabled``: most desktops outside a systemd cgroup) a
  thread's niceness counts only against its own session's group, and the
  child has a session of its own: its group gets the same ``nice`` too
  (``/proc/PID/autogroup``; ``AUTOGROUP_NICE_FILE``), so the lower priority
  holds there as well (bench_storm: frames p99 about 45 -> 30-37 ms).
- ``running``, ``pid``, ``restarts``, ``last_lines`` (the child's last
  stderr lines, drained by a thread so a chatty child never blocks).
- A child that exits while the console runs is started again after a
  backoff (``RESTART_DELAYS_S``, the last one repeated); ``on_exit(code,
  last_lines)`` is called (on the watcher thread) each time, so the console
  can say so (a banner: the links are down until it is back).
- ``stop(timeout_s)``: no more restarts; SIGTERM (the recorder closes its
  links, flushes the store and exits 0), then SIGKILL after ``timeout_s``;
  returns the exit code. Idempotent.
- ``wait_links_up(count_links_up, timeout_s)`` polls a caller's predicate
  (e.g. the store's ``link.state`` events) until the child's links are up.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

_LOGGER = logging.getLogger(__name__)

RESTART_DELAYS_S = (1.0, 2.0, 5.0, 10.0, 30.0)
# How much lower than the console the recorder runs (Unix niceness): on one PC the screen
# wins the cores under a storm; the recorder still has every cycle the screen leaves.
RECORDER_NICE = 10
# Linux: the niceness of a process's session group ("autogroup"), written as a number.
AUTOGROUP_NICE_FILE = "/proc/{pid}/autogroup"
STOP_TIMEOUT_S = 10.0
_LAST_LINES = 20


class RecorderChild:
    """The site's links in a ``dispatch-console record`` child process."""

    def __init__(
        self,
        site_dir: str | Path | None,
        store_url: str | None,
        links: str = "all",
        *,
        extra_args: Sequence[str] = (),
        cwd: str | Path | None = None,
        on_exit: Callable[[int, list[str]], None] | None = None,
        nice: int = RECORDER_NICE,
    ) -> None:
        site = [] if site_dir is None else ["--site", str(site_dir)]
        store = [] if store_url is None else ["--store", store_url]
        self.args = [
            sys.executable, "-m", "console", "record", *site, *store, "--links", links,
            *extra_args,
        ]  # fmt: skip
        self.cwd = str(cwd) if cwd is not None else None
        self.on_exit = on_exit
        self.nice = nice
        self.restarts = 0
        self.last_lines: deque[str] = deque(maxlen=_LAST_LINES)
        self._process: subprocess.Popen[str] | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None

    # -- reading ------------------------------------------------------------------

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.poll() is None

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    # -- lifecycle ----------------------------------------------------------------

    def start(self) -> None:
        """Launch the child and watch it (restarting it if it exits); idempotent."""
        with self._lock:
            if self._watcher is not None:
                return
            self._launch()
            self._watcher = threading.Thread(target=self._watch, name="recorder-child", daemon=True)
            self._watcher.start()

    def _launch(self) -> None:
        process = subprocess.Popen(
            self.args,
            cwd=self.cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=not sys.platform.startswith("win"),
        )
        self._process = process
        self._lower_priority(process.pid)
        threading.Thread(
            target=self._drain, args=(process,), name="recorder-child-stderr", daemon=True
        ).start()
        _LOGGER.info("recorder child started (pid %d): %s", process.pid, " ".join(self.args))

    def _lower_priority(self, pid: int) -> None:
        """The child ``nice`` steps below the console (after it started: no pre-exec hook
        in a threaded process); where the system has no such thing, it runs as it is."""
        if self.nice <= 0 or not hasattr(os, "setpriority"):
            return
        try:
            current = os.getpriority(os.PRIO_PROCESS, 0)
            lowered = min(current + self.nice, 19)
            os.setpriority(os.PRIO_PROCESS, pid, lowered)
        except OSError as exc:  # it exited at once, or the system refuses: it runs as it is
            _LOGGER.warning("recorder child %d keeps its priority: %s", pid, exc)
            return
        lower_session_group(pid, lowered)

    def _drain(self, process: subprocess.Popen[str]) -> None:
        stream = process.stderr
        if stream is None:
            return
        for line in stream:
            self.last_lines.append(line.rstrip())

    def _watch(self) -> None:
        delays = iter(RESTART_DELAYS_S)
        delay = RESTART_DELAYS_S[0]
        while True:
            process = self._process
            if process is None:
                return
            code = process.wait()
            if self._stopping.is_set():
                return
            lines = list(self.last_lines)
            _LOGGER.error("recorder child exited with %s; last lines: %s", code, lines[-3:])
            if self.on_exit is not None:
                try:
                    self.on_exit(code, lines)
                except Exception:  # a listener's fault must not stop the restarts
                    _LOGGER.exception("recorder child: on_exit failed")
            delay = next(delays, delay)
            if self._stopping.wait(delay):
                return
            with self._lock:
                if self._stopping.is_set():
                    return
                self.restarts += 1
                self._launch()

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> int | None:
        """Stop for good: SIGTERM, SIGKILL after ``timeout_s``; the exit code."""
        self._stopping.set()
        with self._lock:
            process = self._process
        if process is None:
            return None
        if process.poll() is None:
            try:
                process.terminate()
                process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                _LOGGER.error("recorder child did not stop in %.0f s: killed", timeout_s)
                process.kill()
                process.wait()
            except ProcessLookupError:
                pass
        watcher = self._watcher
        if watcher is not None and watcher is not threading.current_thread():
            watcher.join(timeout_s)
        return process.returncode

    def wait_links_up(
        self, links_up: Callable[[], bool], timeout_s: float = 60.0, poll_s: float = 0.1
    ) -> bool:
        """Poll ``links_up()`` until true (True) or the child died / time ran out (False)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if links_up():
                return True
            if not self.running and self.restarts == 0 and self._process is not None:
                return False
            time.sleep(poll_s)
        return False


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (for tests and the console's status)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lower_session_group(pid: int, nice: int) -> bool:
    """Give the automatic scheduling group of ``pid``'s session (Linux, where the
    kernel groups by session) ``nice``; False where there is no such group or the
    system refuses (the process then competes as its own niceness says)."""
    path = Path(AUTOGROUP_NICE_FILE.format(pid=pid))
    try:
        path.write_text(f"{nice}\n")
    except OSError as exc:  # no autogroups (not Linux, a cgroup), or it exited
        _LOGGER.debug("process %d keeps its session group's priority: %s", pid, exc)
        return False
    return True
