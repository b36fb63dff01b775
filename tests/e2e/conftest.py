"""Fixtures for end-to-end tests: the real console on a qasync loop.

``console_loop`` is a qasync loop on the pytest-qt application; a test runs
its scenario with ``console_loop.run_until_complete(...)``. ``make_site``
writes a site folder that reuses the embedded default site's road layer,
stations and units but declares the links the test needs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync

from console.site import DEFAULT_SITE_DIR

DEADLINE_S = 20.0


@pytest.fixture
def console_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        loop.close()


async def wait_for(condition: Callable[[], Any], what: str, timeout: float = DEADLINE_S) -> Any:
    """Poll ``condition`` on the running loop until it is truthy, or fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[[list[dict[str, Any]]], Path]:
    def make(links: list[dict[str, Any]]) -> Path:
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
        (site_dir / "site.toml").write_text(head + "\n\n".join(blocks) + "\n", encoding="utf-8")
        return site_dir

    return make
