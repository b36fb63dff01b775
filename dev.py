#!/usr/bin/env python3
"""One entry point for a fresh machine: set up, then run the console, the tests or the benchmarks.

    python3 dev.py run [console arguments]   # the console on the embedded default site
    python3 dev.py test [pytest arguments]   # lint, layering contract and the whole test suite
    python3 dev.py bench [pytest arguments]  # the benchmarks, printing figures and ratios

It needs only Python 3.11+ with pip. It creates ``.venv`` beside this file,
installs the project (``pip install -e .[test]``) whenever ``pyproject.toml``
changed since the last install, installs the system libraries Qt needs when
they are missing and it may (root with apt-get), and then runs the command.
Standard library only: it runs before anything else is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
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


def ensure_system_libraries(command: str) -> None:
    platform = qt_platform_for(command)
    if sys.platform != "linux" or qt_works(platform):
        return
    apt = shutil.which("apt-get")
    if not apt or os.geteuid() != 0:
        sys.exit(
            "Qt needs system libraries that are missing. Install them with your package "
            "manager, e.g. on Debian/Ubuntu: sudo apt-get install " + " ".join(QT_SYSTEM_PACKAGES)
        )
    say("installing system libraries for Qt: " + " ".join(QT_SYSTEM_PACKAGES))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([apt, "-qq", "update"], env=env)
    if run([apt, "-qq", "install", "-y", "--no-install-recommends", *QT_SYSTEM_PACKAGES], env=env):
        sys.exit("apt-get could not install the Qt system libraries")
    if not qt_works(platform):
        sys.exit("Qt still cannot start after installing its system libraries")


def tool(name: str) -> str:
    return str(BIN / name)


def command_run(args: list[str]) -> int:
    return run([tool("dispatch-console"), *args])


def command_test(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    say("ruff (lint)")
    if run([tool("ruff"), "check", "."], env=env):
        return 1
    say("import-linter (layering contract)")
    if run([tool("lint-imports")], env=env):
        return 1
    say("pytest")
    return run([str(PYTHON), "-m", "pytest", *args], env=env)


def command_bench(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run(
        [str(PYTHON), "-m", "pytest", "tests/benchmarks", "-m", "benchmark", "-s", "-q", *args],
        env=env,
    )


COMMANDS = {"run": command_run, "test": command_test, "bench": command_bench}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    ensure_venv()
    ensure_system_libraries(sys.argv[1])
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
