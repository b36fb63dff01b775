"""The bridge: committed batches become plain data on Qt signals.

Real stored events (the NMEA TAG-block fixes the ingest path stores, a rejected
frame, a radar plot), one batch at a time as the follower delivers them.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from console.session.bridge import Bridge
from models.store.events import StoredEvent, stored_event

T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _fix(seq: int, unit: str, lat: Any, lon: float = 24.94) -> StoredEvent:
    payload = {"protocol": "nmea", "peer": "127.0.0.1:9", "unit": unit,
               "message": {"kind": "GGA", "lat": lat, "lon": lon}}  # fmt: skip
    return stored_event("link:avl", "frame.decoded", T0 + timedelta(seconds=seq), payload,
                        b"$GPGGA", None, seq, f"h{seq}")  # fmt: skip


def _plot(seq: int) -> StoredEvent:
    payload = {"protocol": "asterix", "peer": "127.0.0.1:9",
               "message": {"protocol": "asterix", "records": []}}  # fmt: skip
    return stored_event("link:radar", "frame.decoded", T0, payload, b"\x30", None, seq, f"h{seq}")


def _collect(bridge: Bridge) -> dict[str, list[Any]]:
    got: dict[str, list[Any]] = {"views": [], "moved": [], "sensors": []}
    bridge.sigEventsCommitted.connect(got["views"].append)
    bridge.sigUnitsMoved.connect(got["moved"].append)
    bridge.sigSensorFramesCommitted.connect(got["sensors"].append)
    return got


def test_a_batch_gives_every_event_and_the_newest_fix_of_each_unit(qapp: Any) -> None:
    bridge = Bridge()
    got = _collect(bridge)
    rejected = stored_event("link:avl", "frame.rejected", T0, None, b"junk", "bad checksum", 4, "h")
    batch = [_fix(1, "HE11", 60.1), _fix(2, "HE12", 60.2), _fix(3, "HE11", 60.3), rejected,
             _fix(5, "HE12", "not a number"), _fix(6, "HE14", 60.4)]  # fmt: skip
    bridge.on_committed(batch)
    # The unreadable fix is stored (and logged) but cannot be summarised: not shown.
    assert [v.seq for v in got["views"][0]] == [1, 2, 3, 4, 6]
    moved = got["moved"][0]
    assert {unit: update.seq for unit, update in moved.items()} == {
        "HE11": 3,
        "HE12": 2,  # its newest fix is unreadable: the one before it stands
        "HE14": 6,
    }
    assert moved["HE11"].lat == 60.3


def test_sensor_frames_are_prepared_on_the_calling_thread(qtbot: Any) -> None:
    bridge = Bridge()
    got = _collect(bridge)
    seen: list[tuple[str, list[int]]] = []

    def prepare(frames: list[StoredEvent]) -> Any:
        seen.append((threading.current_thread().name, [f.seq for f in frames]))
        return None if frames[0].seq == 1 else ("work", len(frames))

    bridge.prepare_sensor_frames = prepare

    def deliver() -> None:
        bridge.on_committed([_plot(1)])  # nothing left for the owner: no signal
        bridge.on_committed([_fix(2, "HE11", 60.1), _plot(3), _plot(4)])

    thread = threading.Thread(target=deliver, name="log-delivery")
    thread.start()
    thread.join(10)
    assert seen == [("log-delivery", [1]), ("log-delivery", [3, 4])]
    qtbot.waitUntil(lambda: len(got["moved"]) == 1)  # queued to this (the bridge's) thread
    assert got["sensors"] == [("work", 2)]


def test_a_failing_sensor_preparation_never_stops_the_batch(qapp: Any) -> None:
    bridge = Bridge()
    got = _collect(bridge)

    def prepare(frames: list[StoredEvent]) -> Any:
        raise ValueError("odd frame")

    bridge.prepare_sensor_frames = prepare
    bridge.on_committed([_fix(1, "HE11", 60.1), _plot(2)])
    assert [v.seq for v in got["views"][0]] == [1, 2]
    assert list(got["moved"][0]) == ["HE11"]
    assert got["sensors"] == []
    # Without a preparation the frames themselves go to the owner thread.
    bridge.prepare_sensor_frames = None
    bridge.on_committed([_plot(3)])
    assert [[f.seq for f in frames] for frames in got["sensors"]] == [[3]]


def test_posted_batches_reach_the_gui_thread_in_order_a_slice_at_a_time(
    qtbot: Any, monkeypatch: Any
) -> None:
    """What the follower posts is turned into signals on the bridge's thread, in commit
    order; a backlog is worked off a slice at a time, the loop serving between slices."""
    from PySide6.QtCore import QTimer

    from console.session import bridge as bridge_module

    monkeypatch.setattr(bridge_module, "SLICE_S", 0.0)  # one batch per slice
    bridge = Bridge()
    order: list[tuple[str, Any]] = []
    bridge.sigEventsCommitted.connect(lambda views: order.append(("batch", [v.seq for v in views])))
    threads: set[str] = set()
    bridge.sigUnitsMoved.connect(lambda _moved: threads.add(threading.current_thread().name))

    monkeypatch.setattr(bridge_module, "POST_CHUNK", 3)

    def follower() -> None:
        for first in range(1, 10, 3):
            bridge.post([_fix(first + i, "HE11", 60.0 + i) for i in range(3)])
        bridge.post([_fix(10 + i, "HE11", 60.0 + i) for i in range(6)])  # queued in two
        bridge.post([])  # an empty batch is nothing

    thread = threading.Thread(target=follower, name="log-delivery")
    thread.start()
    thread.join(10)
    assert bridge.pending() == 5
    QTimer.singleShot(0, lambda: order.append(("loop", None)))
    qtbot.waitUntil(lambda: bridge.pending() == 0 and len(order) == 6)
    batches = [seqs for what, seqs in order if what == "batch"]
    assert batches == [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]]
    assert order.index(("loop", None)) not in (0, 5)  # served between two slices
    assert threads == {threading.current_thread().name}  # the GUI thread, not the follower's


def test_small_batches_waiting_together_are_shown_as_one(qtbot: Any, monkeypatch: Any) -> None:
    from console.session import bridge as bridge_module

    monkeypatch.setattr(bridge_module, "POST_CHUNK", 3)
    bridge = Bridge()
    views: list[list[int]] = []
    moved: list[dict[str, Any]] = []
    bridge.sigEventsCommitted.connect(lambda got: views.append([v.seq for v in got]))
    bridge.sigUnitsMoved.connect(moved.append)

    def follower() -> None:
        for seq in range(1, 6):
            bridge.post([_fix(seq, "HE11", 60.0 + seq / 100)])

    thread = threading.Thread(target=follower, name="log-delivery")
    thread.start()
    thread.join(10)
    qtbot.waitUntil(lambda: bridge.pending() == 0 and sum(map(len, views)) == 5)
    assert views == [[1, 2, 3], [4, 5]]
    assert [update["HE11"].seq for update in moved] == [3, 5]  # each unit's newest only


def test_each_event_reaches_the_signals_of_its_kind_in_order(qapp: Any) -> None:
    """One pass sorts a mixed batch: every list in commit order, each event in each list
    its kind belongs to (a unit status is a dispatch event and a wallboard one), radar
    frames and a radar's health to the sensors, NMEA fixes to none of those."""
    bridge = Bridge()
    got: dict[str, list[list[int]]] = {}
    for name in ("Dispatch", "Calls", "Alerts", "SensorFrames", "Stats", "Operators",
                 "Partners"):  # fmt: skip
        seqs = got.setdefault(name, [])
        getattr(bridge, f"sig{name}Committed").connect(
            lambda events, seqs=seqs: seqs.append([e.seq for e in events])
        )

    def event(seq: int, kind: str, payload: dict[str, Any] | None = None) -> StoredEvent:
        return stored_event("console", kind, T0, payload or {}, None, None, seq, f"h{seq}")

    batch = [
        event(1, "incident.created", {"incident_id": "I1"}),
        _plot(2),
        event(3, "call.offered", {"call_id": "C1"}),
        _fix(4, "HE11", 60.1),
        event(5, "unit.status", {"call_sign": "HE11", "status": "en route"}),
        event(6, "alert.raised", {"alert_id": "A1"}),
        event(7, "sensor.health", {"sensor": "R1"}),
        event(8, "operator.signed_in", {"operator": "ann"}),
        event(9, "partner.answered", {"partner": "P"}),
        _plot(10),
        event(11, "call.answered", {"call_id": "C1"}),
    ]
    for _ in range(2):  # the second batch goes by the kinds already seen
        for seqs in got.values():
            seqs.clear()
        bridge.on_committed(batch)
        assert got == {
            "Dispatch": [[1, 5]],
            "Calls": [[3, 11]],
            "Alerts": [[6]],
            "SensorFrames": [[2, 7, 10]],
            "Stats": [[1, 3, 5, 6, 7, 11]],
            "Operators": [[8]],
            "Partners": [[9]],
        }
