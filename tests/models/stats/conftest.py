"""Shared stores of the statistics tests: ``city``, three days of a small city's log
(calls, incidents, units; one incident at 23:59 whose unit arrives the next morning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.models.stats.handmade import Log

DAY = 86_400.0


def _city() -> Log:
    log = Log()
    for d in range(3):
        base = d * DAY + 3600
        inc = f"2026-{d + 1:06d}"
        log.offer(base, f"C{d}1").answer(base + 4 + d, f"C{d}1").create(base + 30, inc, f"C{d}1")
        log.add(base + 31, "link:avl", "frame.decoded", {"unit": "HE11", "message": {}})
        log.dispatch(base + 60, "HE11", inc).status(base + 100, "HE11", "en route", inc)
        log.status(base + 400, "HE11", "on scene", inc)
        log.status(base + 2000, "HE11", "available", None)
        log.offer(base + 500, f"C{d}2", via="aml").abandon(base + 520, f"C{d}2")
    # The last day's incident at 23:59 whose unit only arrives the next morning.
    late = 2 * DAY + 86_340
    log.offer(late, "C99").answer(late + 3, "C99").create(late + 20, "2026-000099", "C99")
    log.dispatch(late + 50, "HE12", "2026-000099").status(late + 30_000, "HE12", "on scene",
                                                           "2026-000099")  # fmt: skip
    # A unit sent on day 3 to an incident created on day 0, three days before.
    log.dispatch(2 * DAY + 7200, "HE14", "2026-000001").status(
        2 * DAY + 7260, "HE14", "en route", "2026-000001"
    )
    return log


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _city().write(tmp_path_factory.mktemp("stats") / "city.sqlite")
