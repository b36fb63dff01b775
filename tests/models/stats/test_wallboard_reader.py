"""The wallboard's readers: a live console's seed from the store."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from models.replay import open_store_readonly
from models.stats.wallboard_reader import wallboard_from_store
from tests.models.stats.handmade import T0


def test_wallboard_seeded_from_the_store(city: Path) -> None:
    store = open_store_readonly(str(city), immutable=True)
    try:
        at = T0 + timedelta(days=2, seconds=3600 + 450)
        projection = wallboard_from_store(store, at, [("HE11", "fire", "HE-PE-1")])
    finally:
        store.close()
    snapshot = projection.snapshot(at)
    assert snapshot.units_by_discipline == {"fire": {"on scene": 1}}  # since base + 400 s
    assert snapshot.answered_hour == 1 and snapshot.calls_waiting == 0
    assert snapshot.calls_weekday_avg is None  # the store holds no earlier week
