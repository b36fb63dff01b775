"""Fixtures of the codec fuzz tests.

``seed_samples`` is ``samples_dir`` (the real-world samples beside the
checkout) when it is there, and None when it is not: the fuzz tests then
run on our own seeds alone instead of being skipped. Under CI a missing
samples directory still fails, as ``samples_dir`` makes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def seed_samples(request: pytest.FixtureRequest) -> Path | None:
    try:
        return request.getfixturevalue("samples_dir")  # type: ignore[no-any-return]
    except pytest.skip.Exception:
        return None
