"""The sensor service split over two threads: frames prepared on the follower's, the alert
engine on the owner's; the same picture and events as one thread, and a track store that
one thread draws while another writes it.

The same real frames as ``test_sensors_batch`` (the demo site's harbour radar, a fence
panel, ARPA targets), a real group-commit writer on a SQLite store.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from console.services.sensors import PreparedFrames, SensorService
from tests.console.services.test_sensors_batch import RADAR, _events, _run, demo_site  # noqa: F401


def _prepared_on_a_thread(events: list[Any]) -> Any:
    """Each event's batch prepared on a worker thread (in order), applied here in order."""

    def feed(service: SensorService) -> None:
        works: list[Any] = []
        worker = threading.Thread(
            target=lambda: works.extend(service.prepare([event]) for event in events)
        )
        worker.start()
        worker.join(30)
        assert len(works) == len(events)
        for work in works:
            service.apply(work)

    return feed


def test_prepared_on_another_thread_gives_the_picture_and_events_of_one(
    demo_site: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    events = _events(demo_site)

    def one_thread(service: SensorService) -> None:
        for event in events:
            service.on_committed([event])

    single, stored_single = _run(demo_site, tmp_path / "single.sqlite", one_thread)
    split, stored_split = _run(demo_site, tmp_path / "split.sqlite", _prepared_on_a_thread(events))
    a, b = single.tracks.snapshot(), split.tracks.snapshot()
    assert list(a.ids) == list(b.ids)
    for name in ("lat", "lon", "speed", "course", "time", "trail_lat", "trail_lon"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    assert split.frames_used == single.frames_used
    assert [k for k, *_ in stored_split].count("alert.raised") >= 2
    assert stored_split == stored_single


def test_frames_of_links_not_ours_only_move_tracks(demo_site: Any, tmp_path: Path) -> None:  # noqa: F811
    """A console following a recorder: radar plots leave nothing for the GUI thread."""
    plots = [e for e in _events(demo_site) if e.source == "link:radar"]
    fence = [e for e in _events(demo_site) if e.source == "link:fence"]
    assert plots and fence
    got: dict[str, Any] = {}

    def feed(service: SensorService) -> None:
        service._alert_links = frozenset()  # what alert_links=() gives: no link is ours
        got["plots"] = service.prepare(plots)
        got["fence"] = service.prepare(fence)
        service.apply(got["fence"])

    service, stored = _run(demo_site, tmp_path / "follow.sqlite", feed)
    assert got["plots"] is None
    assert f"{RADAR}/7" in service.tracks.keys()
    # A zone alarm still reaches the engine (its memory of alarms), never raising here.
    assert isinstance(got["fence"], PreparedFrames)
    assert not [k for k, *_ in stored if k.startswith("alert.")]


def test_the_track_store_is_drawn_whole_while_another_thread_writes(
    demo_site: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    plots = [e for e in _events(demo_site) if e.source == "link:radar"]
    snapshots: list[Any] = []
    errors: list[BaseException] = []

    def feed(service: SensorService) -> None:
        stop = threading.Event()

        def write() -> None:
            try:
                for _ in range(200):
                    service.prepare(plots)
            except BaseException as exc:  # pragma: no cover - the failure reported below
                errors.append(exc)
            finally:
                stop.set()

        writer = threading.Thread(target=write)
        writer.start()
        while not stop.is_set():
            snapshots.append(service.tracks.snapshot())
        writer.join(30)

    _run(demo_site, tmp_path / "draw.sqlite", feed)
    assert not errors
    assert snapshots
    for snap in snapshots:
        n = len(snap.ids)
        assert len(snap.lat) == len(snap.lon) == len(snap.labels) == n
        assert len(snap.trail_lat) == len(snap.trail_lon)
