"""Shared test fixtures.

``samples_dir`` points at ``../shared/samples`` (real-world data written by
others, kept beside the checkout, never copied into it). Locally, tests that
need it are skipped when it is absent; under CI (``CI`` set) its absence is a
failure, so a missing sample directory cannot pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
