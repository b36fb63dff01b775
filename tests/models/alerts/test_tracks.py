"""TrackStore: ring-buffer trails, vectorised updates, ageing out and the renderer's snapshot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from models.alerts.tracks import TrackStore

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def nan_split(values: np.ndarray) -> list[list[float]]:
    parts: list[list[float]] = [[]]
    for v in values:
        if np.isnan(v):
            parts.append([])
        else:
            parts[-1].append(float(v))
    return parts


def test_update_and_snapshot() -> None:
    store = TrackStore(trail_length=3)
    assert store.update("radar", 7, 43.70, 7.40, T0, 5.0, 90.0, "PILOT") == "radar/7"
    store.update("radar", 8, 43.80, 7.50, T0)
    for i in range(1, 4):  # track 7 moves 3 more times: its trail keeps the last 3
        store.update("radar", 7, [43.71, 43.72, 43.73][i - 1], 7.40, T0 + timedelta(seconds=i))
    snap = store.snapshot()
    assert list(snap.ids) == ["radar/7", "radar/8"]
    assert snap.lat.tolist() == [43.73, 43.80]
    assert np.isnan(snap.speed[0]) and np.isnan(snap.course[1])  # not repeated from before
    assert list(snap.labels) == ["PILOT", None]  # a label is kept until a new one comes
    assert snap.time[0] == (T0 + timedelta(seconds=3)).timestamp()
    assert nan_split(snap.trail_lat) == [[43.71, 43.72, 43.73], [43.80]]
    assert nan_split(snap.trail_lon) == [[7.40, 7.40, 7.40], [7.50]]
    lat, lon = store.positions_of(["radar/8", "radar/99"])
    assert lat[0] == 43.80 and lon[0] == 7.50 and np.isnan(lat[1]) and np.isnan(lon[1])
    assert store.trail_of("radar/7")[0].tolist() == [43.71, 43.72, 43.73]
    assert store.trail_of("nope")[0].size == 0


def test_update_many_matches_single_updates_and_grows() -> None:
    rng = np.random.default_rng(3)
    one, many = TrackStore(trail_length=5, capacity=2), TrackStore(trail_length=5, capacity=2)
    numbers = np.arange(40)
    for step in range(8):
        lat = 43.7 + rng.random(40) / 10
        lon = 7.4 + rng.random(40) / 10
        speed = rng.random(40) * 10
        labels = [f"T{n}" if step == 2 else None for n in numbers]
        keys = many.update_many("r1", numbers, lat, lon, float(step), speed, None, labels)
        for n in numbers:
            one.update("r1", int(n), lat[n], lon[n], float(step), speed[n], None, labels[n])
        assert keys == [f"r1/{n}" for n in numbers]
    a, b = one.snapshot(), many.snapshot()
    for field in ("lat", "lon", "speed", "time", "trail_lat", "trail_lon"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert list(a.labels) == list(b.labels) == [f"T{n}" for n in numbers]
    assert len(nan_split(b.trail_lat)) == 40
    assert all(len(part) == 5 for part in nan_split(b.trail_lat))


def test_a_track_twice_in_one_batch_keeps_both_reports_in_order() -> None:
    store = TrackStore(trail_length=4)
    store.update_many(
        ["a", "b", "a"], [1, 1, 1], [1.0, 5.0, 2.0], [0.0, 0.0, 0.0], [10.0, 10.0, 11.0]
    )
    snap = store.snapshot()
    assert list(snap.ids) == ["a/1", "b/1"]
    assert snap.lat.tolist() == [2.0, 5.0]
    assert nan_split(snap.trail_lat) == [[1.0, 2.0], [5.0]]


def test_age_out_compacts_and_keeps_the_others_intact() -> None:
    store = TrackStore(trail_length=2)
    for n in range(5):
        store.update("r", n, 40.0 + n, 7.0, T0 + timedelta(seconds=n))
        store.update("r", n, 40.5 + n, 7.0, T0 + timedelta(seconds=n))
    gone = store.age_out(T0 + timedelta(seconds=10), max_age_s=7.5)
    assert gone == ["r/0", "r/1", "r/2"]
    assert len(store) == 2 and "r/0" not in store and store.keys() == ["r/3", "r/4"]
    snap = store.snapshot()
    assert nan_split(snap.trail_lat) == [[43.0, 43.5], [44.0, 44.5]]
    assert store.age_out(T0, 60) == []
    # A key aged out comes back as a new track with a fresh trail.
    store.update("r", 0, 1.0, 1.0, T0 + timedelta(seconds=11))
    assert store.trail_of("r/0")[0].tolist() == [1.0]


def test_empty_store_snapshot_and_bad_trail() -> None:
    snap = TrackStore().snapshot()
    assert snap.ids.size == snap.lat.size == snap.trail_lat.size == 0
    with pytest.raises(ValueError):
        TrackStore(trail_length=0)
