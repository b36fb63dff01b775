"""Shared test fixtures.

``console_loop`` is a qasync loop on the pytest-qt application, for tests
that run the real console (``console_loop.run_until_complete(...)``).
``make_site`` writes a site folder that reuses the embedded default site's
road layer, stations and units but declares the links the test needs.

``samples_dir`` points at ``../shared/samples`` (real-world data written by
others, kept beside the checkout, never copied into it). Locally, tests that
need it are skipped when it is absent; under CI (``CI`` set) its absence is a
failure, so a missing sample directory cannot pass silently.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync

from console.site import DEFAULT_SITE_DIR

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


@pytest.fixture
def console_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
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
