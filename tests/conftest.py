"""Shared test fixtures.

``console_loop`` is a qasync loop on the pytest-qt application, for tests
that run the real console (``console_loop.run_until_complete(...)``).
``make_site`` writes a site folder that reuses the embedded default site's
road layer, stations and units but declares the links the test needs.

``samples_dir`` points at ``../shared/samples`` (real-world data written by
others, kept beside the checkout, never copied into it). Locally, tests that
need it are skipped when it is absent; under CI (``CI`` set) its absence is a
failure, so a missing sample directory cannot pass silently.

PostgreSQL: ``python3 dev.py test`` starts a throwaway server and passes its
SQLAlchemy URL in ``DISPATCH_TEST_POSTGRES_URL`` (set it yourself to use your
own server; the tests create and drop databases there).
``postgres_url`` (session) is that URL; it skips locally when unset and fails
under CI. ``fresh_postgres_url`` is the URL of a new, empty database
(``test_<uuid>``) made for one test and dropped after it (``WITH (FORCE)``,
so connections a test leaks cannot keep it alive), so tests never see each
other's events. ``store_url`` is parametrized over ``sqlite`` and
``postgresql``: a fresh store URL of either kind (SQLite: ``store.sqlite`` in
``tmp_path``); a test using it runs once per engine, the PostgreSQL run
skipping (failing under CI) as ``postgres_url`` does.
"""

from __future__ import annotations

import asyncio
import gc
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from sqlalchemy import Engine, create_engine, make_url, text

from console.config.site import DEFAULT_SITE_DIR

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT.parent / "shared" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        message = f"real-world samples not found at {SAMPLES_DIR}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


POSTGRES_URL_VAR = "DISPATCH_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get(POSTGRES_URL_VAR)
    if not url:
        message = f"{POSTGRES_URL_VAR} not set (python3 dev.py test starts a PostgreSQL server)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def _postgres_admin(postgres_url: str) -> Iterator[Engine]:
    # AUTOCOMMIT: CREATE/DROP DATABASE cannot run inside a transaction.
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    yield admin
    admin.dispose()


@pytest.fixture
def fresh_postgres_url(postgres_url: str, _postgres_admin: Engine) -> Iterator[str]:
    name = f"test_{uuid.uuid4().hex}"
    with _postgres_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with _postgres_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return str(request.getfixturevalue("fresh_postgres_url"))


@pytest.fixture(autouse=True, scope="session")
def _main_thread_gc(qapp: Any) -> Iterator[Any]:
    """As the console does: no cycle collection on store/link threads (collecting a Qt
    object there destroys it off the GUI thread: a crash later). console.collector's
    collector disables automatic collection and collects on a main-thread timer (made once the
    QApplication is: a timer made before it never runs, and a long test would then
    collect nothing at all while the console collects every second)."""
    from console.collector import start_collector

    collector = start_collector()
    yield collector
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test(_main_thread_gc: Any) -> Iterator[None]:
    yield
    _main_thread_gc.check()  # by generation thresholds, on the main thread


@pytest.fixture(autouse=True)
def _no_drill_tint_left_behind() -> Iterator[None]:
    """A drill console tints the whole application (its own process in the field); the
    tests share one QApplication, so the next test starts untinted."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("drill") is True:
        from widgets.themes import THEMES, apply_theme, current_theme

        apply_theme(app, current_theme(app) or THEMES[0], drill=False)


@pytest.fixture(autouse=True)
def _event_log_type_names_forgotten() -> Iterator[None]:
    """A session names the catalogue's incident types for the event log's lines (one
    per process in the field); the tests share one process, so the next test starts with
    codes, as a command without a session does."""
    yield
    module = sys.modules.get("console.reports.event_text")
    if module is not None:
        module.name_incident_types({})


@pytest.fixture
def console_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    # As the console does (console/app.py): a window an earlier test closed must not
    # leave a quit behind that stops this test's loop mid-scenario.
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        loop.close()


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    def make(links: list[dict[str, Any]], extra: str = "") -> Path:
        text = (DEFAULT_SITE_DIR / "site.toml").read_text(encoding="utf-8")
        # Keep everything but the default links; point at the default road layer.
        head = text.split("[[links]]", 1)[0]
        roads = (DEFAULT_SITE_DIR / "roads.npz").as_posix()
        head = head.replace('roads = "roads.npz"', f'roads = "{roads}"')
        blocks = []
        for link in links:
            lines = ["[[links]]"] + [f"{k} = {_toml_value(v)}" for k, v in link.items()]
            blocks.append("\n".join(lines))
        site_dir = tmp_path / "site"
        site_dir.mkdir()
        text = head + "\n\n".join(blocks) + "\n" + extra
        (site_dir / "site.toml").write_text(text, encoding="utf-8")
        return site_dir

    return make


@pytest.fixture
def make_small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``make_small_disk("2m")``: a tmpfs of that size mounted at a fresh folder, unmounted
    after the test; the test is skipped where one cannot be mounted (root on Linux only)."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a small tmpfs needs root on Linux")
        mountpoint = tmp_path / f"disk{len(mounted)}"
        mountpoint.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mountpoint)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(mountpoint)
        return mountpoint

    yield make
    for mountpoint in mounted:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True)
