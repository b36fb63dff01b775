#!/usr/bin/env python3
"""One entry point for a fresh machine: set up, then run the console, the tests or the benchmarks.

    python3 dev.py run [console arguments]   # the console on the embedded default site
    python3 dev.py test [pytest arguments]   # lint, layering contract and the whole test suite
    python3 dev.py bench [pytest arguments]  # the benchmarks, printing figures and ratios
    python3 dev.py fuzz [--seconds N] [--runs N] [codec ...]  # long fuzz runs of the codecs

It needs only Python 3.11+ with pip. It creates ``.venv`` beside this file,
installs the project (``pip install -e .[test]``) whenever ``pyproject.toml``
changed since the last install, installs the system libraries Qt needs when
they are missing and it may (root with apt-get), and then runs the command.

``test`` and ``bench`` also run against a real PostgreSQL server: unless
``DISPATCH_TEST_POSTGRES_URL`` is already set (then that server is used and
nothing is started), they install Debian's ``postgresql`` package when no
server binaries are found (root with apt-get), start a private throwaway
cluster (temporary directory, 127.0.0.1 on a free port, trust for loopback
only, fsync on), pass its URL to pytest in ``DISPATCH_TEST_POSTGRES_URL``,
and stop and delete it when pytest ends, Ctrl-C included. When no server can
be had, the PostgreSQL tests are skipped with a warning, or fail under CI
(``CI`` set).
``run`` installs ``libpulse0`` when missing (root with apt-get; Qt Multimedia needs it for
the console's sounds, which are otherwise silent with a warning). ``test`` also gives the
sound tests an audio output on a machine without a sound card:
on Linux, unless ``DISPATCH_TEST_AUDIO`` is already set, it installs Debian's
``pulseaudio`` and ``libpulse0`` when missing (root with apt-get), starts a private
PulseAudio server with only a null sink (temporary directory, its own socket, never the
desktop's, so no test is heard), points Qt at it (``PULSE_SERVER``), and stops it when
pytest ends. When none can be had, the tests that need audio skip with a warning, or
fail under CI. ``test`` installs Debian's ``poppler-utils`` when ``pdftotext`` is missing
(root with apt-get): the report tests read the PDFs back with it (else with pypdf).
``fuzz`` runs each codec's fuzz harness (tests/radio/codecs/fuzz/harness.py:
nmea, ali, aml, pidf, cap, zone-alarm, asterix, framing; all by default) in a
process of its own for ``--seconds`` (default 60) or ``--runs`` inputs:
coverage-guided with atheris (libFuzzer) where it is installed (Linux x86-64
wheels), else structure-aware random mutation (Windows, macOS without a
hand-built atheris). It prints per codec the executions, executions per
second and crashes found; crash inputs (with their reasons) go to
``.fuzz/crashes/<codec>/``, the growing corpus to ``.fuzz/corpus/<codec>/``
and each run's output to ``.fuzz/logs/`` (``.fuzz/`` is git-ignored).
``--engine random`` forces the fallback. It exits 1 when a crash was found.
Standard library only: it runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes.util
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".dispatch-console-installed"

# Debian packages that Qt's xcb/offscreen platforms load at run time; present on a
# desktop, often missing on a bare server or container.
QT_SYSTEM_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libglib2.0-0",
    "fonts-dejavu-core",
    "xvfb",
]


def say(message: str) -> None:
    print(f"[dev.py] {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> int:
    return subprocess.call(cmd, cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before anything checks
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        say(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing the project and its dependencies (first run takes a few minutes)")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    if run([*pip, "install", "--upgrade", "pip"]) != 0:
        sys.exit("could not upgrade pip in the virtual environment")
    if run([*pip, "install", "-e", ".[test]"]) != 0:
        sys.exit("pip could not install the project; see the messages above")
    STAMP.write_text(wanted)


def qt_works(platform: str) -> bool:
    probe = (
        "from PySide6.QtWidgets import QApplication, QWidget;"
        "app = QApplication(['probe']); w = QWidget(); w.show(); app.processEvents()"
    )
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    result = subprocess.run(
        [str(PYTHON), "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        say("Qt could not start: " + (result.stderr.strip().splitlines() or ["?"])[-1])
    return result.returncode == 0


def qt_platform_for(command: str) -> str:
    """The Qt platform the command will use: the real screen for ``run`` when there is one."""
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if command == "run" and has_screen and not os.environ.get("QT_QPA_PLATFORM"):
        return ""
    return "offscreen"


def may_apt_install() -> bool:
    return sys.platform == "linux" and os.geteuid() == 0 and shutil.which("apt-get") is not None


def apt_install(packages: list[str], why: str) -> bool:
    """Install Debian packages (root with apt-get only); False when apt-get failed."""
    apt = shutil.which("apt-get")
    assert apt is not None and may_apt_install()
    say(f"installing {why}: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([apt, "-qq", "update"], env=env)
    return run([apt, "-qq", "install", "-y", "--no-install-recommends", *packages], env=env) == 0


def ensure_system_libraries(command: str) -> None:
    platform = qt_platform_for(command)
    if sys.platform != "linux" or qt_works(platform):
        return
    if not may_apt_install():
        sys.exit(
            "Qt needs system libraries that are missing. Install them with your package "
            "manager, e.g. on Debian/Ubuntu: sudo apt-get install " + " ".join(QT_SYSTEM_PACKAGES)
        )
    if not apt_install(QT_SYSTEM_PACKAGES, "system libraries for Qt"):
        sys.exit("apt-get could not install the Qt system libraries")
    if not qt_works(platform):
        sys.exit("Qt still cannot start after installing its system libraries")


# --- a throwaway PostgreSQL server for the tests and benchmarks ------------------------

POSTGRES_URL_VAR = "DISPATCH_TEST_POSTGRES_URL"
POSTGRES_PACKAGE = "postgresql"
POSTGRES_SERVER_USER = "postgres"  # the server refuses to run as root
POSTGRES_ROLE = "dispatch"
POSTGRES_DATABASE = "dispatch_test"
# Durability stays on (fsync, synchronous commit, full-page writes): the tests check that
# acknowledged events survive. Speed comes from writing no WAL for archiving or replicas
# and from checkpoints a test run never reaches.
POSTGRES_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "max_wal_size": "'2GB'",
    "checkpoint_timeout": "'30min'",
    "max_connections": "200",
    "shared_buffers": "'128MB'",
    "log_min_messages": "warning",
}
# Trust, but only on the cluster's own socket and the loopback address.
POSTGRES_HBA = "local all all trust\nhost all all 127.0.0.1/32 trust\n"


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in path.name.split(".") if part.isdigit())


def postgres_bindir() -> Path | None:
    """The newest PostgreSQL server installation's bin directory, or None."""
    debian = sorted(
        (p.parent.parent for p in Path("/usr/lib/postgresql").glob("*/bin/postgres")),
        key=_version_key,
    )
    candidates = [d / "bin" for d in reversed(debian)]
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(Path(out.stdout.strip()))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if all((bindir / name).exists() for name in ("postgres", "initdb", "pg_ctl")):
            return bindir
    return None


def ensure_postgres_bindir() -> Path | None:
    bindir = postgres_bindir()
    if bindir is not None:
        return bindir
    if not may_apt_install():
        say(
            "PostgreSQL server not found. Install it with your package manager, e.g. on "
            f"Debian/Ubuntu: sudo apt-get install {POSTGRES_PACKAGE} (or set "
            f"{POSTGRES_URL_VAR} to a server of your own)"
        )
        return None
    if not apt_install([POSTGRES_PACKAGE], "the PostgreSQL server for the tests"):
        say("apt-get could not install PostgreSQL")
        return None
    return postgres_bindir()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """A private cluster in a temporary directory, owned by the server user when root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.name == "posix" and os.geteuid() == 0
        self.dir = Path(tempfile.mkdtemp(prefix="dispatch-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.port = 0
        self.running = False

    def _cmd(self, name: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / name), *args]
        if not self.as_root:
            return cmd
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", POSTGRES_SERVER_USER, "--", *cmd]
        return ["su", POSTGRES_SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]

    def _call(self, name: str, *args: str, new_session: bool = False) -> bool:
        # cwd: the server user may not be allowed into the checkout.
        result = subprocess.run(
            self._cmd(name, *args),
            cwd=self.dir,
            capture_output=True,
            text=True,
            start_new_session=new_session,
        )
        if result.returncode != 0:
            say(f"{name} failed: " + (result.stderr.strip() or result.stdout.strip()))
        return result.returncode == 0

    def start(self) -> str | None:
        """Create and start the cluster; its SQLAlchemy URL, or None (reason printed)."""
        if self.as_root:
            if not shutil.which("runuser") and not shutil.which("su"):
                say("neither runuser nor su found to run PostgreSQL as its own user")
                return None
            try:
                shutil.chown(self.dir, POSTGRES_SERVER_USER, POSTGRES_SERVER_USER)
            except (LookupError, OSError) as exc:
                say(f"cannot hand {self.dir} to the {POSTGRES_SERVER_USER!r} user: {exc}")
                return None
        # --no-sync: a cluster that dies during initdb is thrown away anyway.
        init = ("-D", str(self.data), "-U", POSTGRES_ROLE, "-A", "trust", "-E", "UTF8")
        if not self._call("initdb", *init, "--locale=C", "--no-sync"):
            return None
        (self.data / "pg_hba.conf").write_text(POSTGRES_HBA)
        settings = dict(POSTGRES_SETTINGS, unix_socket_directories=f"'{self.dir}'")
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write("\n# dev.py: throwaway test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        for _attempt in range(3):  # another process may take the free port first
            self.port = free_port()
            start = ("-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-s")
            # A new session: Ctrl-C in the terminal must reach pytest, not the server.
            if self._call("pg_ctl", *start, "-o", f"-p {self.port}", "start", new_session=True):
                self.running = True
                break
            self._print_log()
        else:
            return None
        createdb = (str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port))
        result = subprocess.run(
            [*createdb, "-U", POSTGRES_ROLE, POSTGRES_DATABASE], capture_output=True, text=True
        )
        if result.returncode != 0:
            say("createdb failed: " + result.stderr.strip())
            return None
        return f"postgresql+psycopg://{POSTGRES_ROLE}@127.0.0.1:{self.port}/{POSTGRES_DATABASE}"

    def _print_log(self) -> None:
        with contextlib.suppress(OSError):
            for line in self.log.read_text(errors="replace").splitlines()[-15:]:
                say(f"  server log: {line}")

    def stop(self) -> None:
        """Stop the server (fast, then immediate) and delete the cluster directory."""
        if self.running:
            stop = ("-D", str(self.data), "-w", "-t", "30", "-s", "stop")
            if not self._call("pg_ctl", "-m", "fast", *stop):
                self._call("pg_ctl", "-m", "immediate", *stop)
            self.running = False
        shutil.rmtree(self.dir, ignore_errors=True)
        if self.dir.exists():
            say(f"could not remove {self.dir}")


@contextlib.contextmanager
def postgres_for_tests(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """``env`` with ``DISPATCH_TEST_POSTGRES_URL`` set to a running server, when one can be had.

    Without one the PostgreSQL tests skip locally; under CI they must not pass silently,
    so the command stops here with an error.
    """
    if env.get(POSTGRES_URL_VAR):
        say(f"PostgreSQL: using {POSTGRES_URL_VAR} from the environment")
        yield env
        return
    bindir = ensure_postgres_bindir()
    cluster = PostgresCluster(bindir) if bindir else None
    try:
        url = cluster.start() if cluster else None
        if url is None:
            if env.get("CI"):
                sys.exit("PostgreSQL could not be started; under CI its tests must run")
            say("WARNING: no PostgreSQL server; the PostgreSQL tests will be SKIPPED")
            yield env
            return
        say(f"PostgreSQL {bindir.parent.name if bindir else ''} test server: {url}")
        yield dict(env, **{POSTGRES_URL_VAR: url})
    finally:
        if cluster is not None:
            cluster.stop()
            say("PostgreSQL test server stopped and removed")


# --- a null audio sink for the sound tests ----------------------------------------------

AUDIO_VAR = "DISPATCH_TEST_AUDIO"
AUDIO_PACKAGES = ["pulseaudio", "libpulse0"]  # the server, and the library Qt Multimedia loads
AUDIO_SINK = "dispatch_test_null"


def audio_parts_missing() -> list[str]:
    missing = [] if shutil.which("pulseaudio") else ["pulseaudio"]
    return missing + ([] if ctypes.util.find_library("pulse") else ["libpulse0"])


@contextlib.contextmanager
def null_audio_sink(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """``env`` pointing Qt at a private PulseAudio server whose only output is a null sink."""
    if env.get(AUDIO_VAR):
        say(f"audio: using {AUDIO_VAR} from the environment")
        yield env
        return
    if sys.platform != "linux":
        say("audio: the sound tests use this machine's own audio output")
        yield env
        return
    if audio_parts_missing() and may_apt_install():
        apt_install(AUDIO_PACKAGES, "a null audio sink for the sound tests")
    missing = audio_parts_missing()
    if missing:
        message = "no null audio sink (missing: " + " ".join(missing) + ")"
        if env.get("CI"):
            sys.exit(f"{message}; under CI the sound tests must run")
        say(f"WARNING: {message}; the sound tests will be SKIPPED")
        yield env
        return
    folder = Path(tempfile.mkdtemp(prefix="dispatch-audio-"))
    socket_path = folder / "native"
    server_env = dict(env, HOME=str(folder), XDG_RUNTIME_DIR=str(folder))
    server_env["PULSE_RUNTIME_PATH"] = str(folder)
    # -n: no default configuration, so no real device is ever opened; one null sink.
    modules = (
        f"module-null-sink sink_name={AUDIO_SINK}",
        f"module-native-protocol-unix socket={socket_path} auth-anonymous=1",
    )
    options = ("--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--disable-shm=yes")
    cmd = ["pulseaudio", "-n", *options, "--log-target=stderr", "--log-level=error"]
    cmd += [f"--load={module}" for module in modules]
    log = open(folder / "server.log", "wb")  # closed in finally
    # A new session: Ctrl-C in the terminal must reach pytest, not the server.
    server = subprocess.Popen(
        cmd, cwd=folder, env=server_env, stdout=log, stderr=log, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 15
        while not socket_path.exists() and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if not socket_path.exists():
            log.flush()
            for line in (folder / "server.log").read_text(errors="replace").splitlines()[-10:]:
                say(f"  audio server log: {line}")
            if env.get("CI"):
                sys.exit("the null audio sink did not start; under CI the sound tests must run")
            say("WARNING: the null audio sink did not start; the sound tests will be SKIPPED")
            yield env
            return
        say(f"audio: PulseAudio null sink at {socket_path}")
        yield dict(
            env,
            PULSE_SERVER=f"unix:{socket_path}",
            QT_AUDIO_BACKEND="pulseaudio",
            **{AUDIO_VAR: f"PulseAudio null sink {AUDIO_SINK}"},
        )
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)
        say("audio: null sink stopped")


def run_to_the_end(cmd: list[str], env: dict[str, str]) -> int:
    """Run ``cmd``; on Ctrl-C (which the child gets too) let it finish its own cleanup."""
    child = subprocess.Popen(cmd, cwd=ROOT, env=env)
    interrupts = 0
    while True:
        try:
            return child.wait()
        except KeyboardInterrupt:
            interrupts += 1
            if interrupts > 1:  # asked twice: stop waiting politely
                child.kill()


def raise_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so cleanups (the test server) run when killed politely."""

    def handler(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, handler)


def tool(name: str) -> str:
    return str(BIN / name)


def ensure_sound_library() -> None:
    """Qt Multimedia loads libpulse on Linux: without it the console runs, but silent."""
    if sys.platform != "linux" or ctypes.util.find_library("pulse"):
        return
    if may_apt_install():
        apt_install(["libpulse0"], "the sound library Qt Multimedia needs")
    else:
        say("no libpulse: the console's sounds stay silent (sudo apt-get install libpulse0)")


def ensure_pdf_tools() -> None:
    """The report tests read PDFs back with poppler's pdftotext (logical order, as a
    reader reads Hebrew); without it they fall back on pypdf."""
    if shutil.which("pdftotext") or not may_apt_install():
        return
    apt_install(["poppler-utils"], "poppler's PDF tools for the report tests")


def command_run(args: list[str]) -> int:
    ensure_sound_library()
    return run([tool("dispatch-console"), *args])


def command_test(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ensure_pdf_tools()
    say("ruff (lint)")
    if run([tool("ruff"), "check", "."], env=env):
        return 1
    say("import-linter (layering contract)")
    if run([tool("lint-imports")], env=env):
        return 1
    with postgres_for_tests(env) as postgres_env, null_audio_sink(postgres_env) as pytest_env:
        say("pytest")
        return run_to_the_end([str(PYTHON), "-m", "pytest", *args], pytest_env)


def command_bench(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with postgres_for_tests(env) as pytest_env:
        return run_to_the_end(
            [str(PYTHON), "-m", "pytest", "tests/benchmarks", "-m", "benchmark", "-s", "-q", *args],
            pytest_env,
        )


FUZZ_WORK = ROOT / ".fuzz"
SAMPLES = ROOT.parent / "shared" / "samples"
FUZZ_HARNESS = "tests.radio.codecs.fuzz.harness"


def _fuzz_stats(output: str) -> tuple[int | None, float | None]:
    """(executions, exec/s) from a harness's output: its FUZZ-RESULT line or libFuzzer's stats."""
    for line in reversed(output.splitlines()):
        if line.startswith("FUZZ-RESULT "):
            result = json.loads(line.split(" ", 1)[1])
            seconds = result["seconds"] or 1e-9
            return int(result["executions"]), result["executions"] / seconds
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", output)
    rate = re.search(r"stat::average_exec_per_sec:\s*(\d+)", output)
    if runs:
        return int(runs.group(1)), float(rate.group(1)) if rate else None
    status = re.findall(r"^#(\d+)\s.*exec/s: (\d+)", output, re.MULTILINE)
    if status:
        return int(status[-1][0]), float(status[-1][1])
    return None, None


def _fuzz_crashes(folder: Path, since: float) -> dict[str, list[str]]:
    """The crash inputs written into ``folder`` since ``since``, by kind of failure."""
    kinds: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.suffix == ".txt" or path.stat().st_mtime < since:
            continue
        note = path.with_name(path.name + ".txt")
        kind = "libFuzzer artifact: the harness itself failed (see the log)"
        if note.exists():
            lines = note.read_text("utf-8").splitlines()
            kind = next((line[6:] for line in lines if line.startswith("kind: ")), kind)
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        kinds.setdefault(kind, []).append(str(shown))
    return kinds


def command_fuzz(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py fuzz", description="long codec fuzz runs")
    parser.add_argument("codecs", nargs="*", help="default: every codec")
    parser.add_argument("--seconds", type=int, default=60, help="per codec (default 60)")
    parser.add_argument("--runs", type=int, default=0, help="inputs per codec, instead")
    parser.add_argument("--engine", choices=("atheris", "random"), default="atheris")
    options = parser.parse_args(args)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    harness = [str(PYTHON), "-m", FUZZ_HARNESS]
    listing = subprocess.run(
        [*harness, "--list"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    known = listing.stdout.split()
    if listing.returncode != 0 or not known:
        say("the fuzz harness does not start: " + (listing.stderr.strip() or "no codecs"))
        return 2
    unknown = [codec for codec in options.codecs if codec not in known]
    if unknown:
        say(f"unknown codec(s) {', '.join(unknown)}; known: {', '.join(known)}")
        return 2
    limit = ["--runs", str(options.runs)] if options.runs else ["--seconds", str(options.seconds)]
    logs = FUZZ_WORK / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    say(f"fuzzing {', '.join(options.codecs or known)}: {' '.join(limit)[2:]} each; in {FUZZ_WORK}")
    print(f"{'codec':12s} {'engine':8s} {'executions':>12s} {'exec/s':>10s} {'crashes':>8s}")
    sys.stdout.flush()
    total_crashes = 0
    for codec in options.codecs or known:
        cmd = [*harness, codec, "--work", str(FUZZ_WORK), *limit]
        cmd += ["--engine", options.engine]
        if SAMPLES.is_dir():
            cmd += ["--samples", str(SAMPLES)]
        started = time.time() - 1
        try:
            done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        except KeyboardInterrupt:
            say("interrupted")
            return 130
        output = done.stdout + done.stderr
        (logs / f"{codec}.log").write_text(output, encoding="utf-8")
        engine = "random" if "FUZZ-RESULT" in done.stdout else "atheris"
        executions, rate = _fuzz_stats(output)
        crashes = _fuzz_crashes(FUZZ_WORK / "crashes" / codec, started)
        total_crashes += len(crashes)
        shown = [f"{executions:,}" if executions is not None else "?"]
        shown.append(f"{rate:,.0f}" if rate is not None else "?")
        print(
            f"{codec:12s} {engine:8s} {shown[0]:>12s} {shown[1]:>10s} {len(crashes):>8d}",
            flush=True,
        )
        for kind, paths in crashes.items():
            print(f"    {kind}\n      {paths[0]}" + (f" (+{len(paths) - 1})" if paths[1:] else ""))
        if executions is None or (done.returncode not in (0, 1) and not crashes):
            log = logs / f"{codec}.log"
            say(f"{codec}: the harness ended with exit code {done.returncode}; see {log}")
            total_crashes += 1
    return 1 if total_crashes else 0


COMMANDS = {"run": command_run, "test": command_test, "bench": command_bench, "fuzz": command_fuzz}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    raise_on_sigterm()
    ensure_venv()
    if sys.argv[1] != "fuzz":  # the fuzz harnesses need no Qt
        ensure_system_libraries(sys.argv[1])
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
