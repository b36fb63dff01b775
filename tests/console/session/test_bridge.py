"""The bridge: committed batches become plain data on Qt signals.

Real stored events (the NMEA TAG-block fixes the ingest path stores, a rejected
frame, a radar plot), one batch at a time as the follower delivers them.
"""

from __future__ import annotations

import gc
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
    # Every event is a row; the unreadable fix is listed by its kind (and logged).
    views = got["views"][0]
    assert [v.seq for v in views] == [1, 2, 3, 4, 5, 6]
    assert views[0].summary.startswith("GGA HE11 60.10000")
    assert views[4].summary == "frame.decoded"
    moved = got["moved"][0]
    assert {unit: update.seq for unit, update in moved.items()} == {
        "HE11": 3,
        "HE12": 2,  # its newest fix is unreadable: the one before it stands
        "HE14": 6,
    }
    assert moved["HE11"].lat == 60.3


def test_a_rows_sentence_is_made_when_it_is_first_read(qapp: Any, monkeypatch: Any) -> None:
    """A storm's thousands of rows a second are never put in words unless read (on
    screen, filtered): the sentence is made at the first read, then kept."""
    from console.session import bridge as bridge_module

    made: list[int] = []
    real = bridge_module.summarize

    def counted(event: StoredEvent) -> str:
        made.append(event.seq)
        return real(event)

    monkeypatch.setattr(bridge_module, "summarize", counted)
    bridge = Bridge()
    got = _collect(bridge)
    bridge.on_committed([_fix(seq, "HE11", 60.0 + seq / 100) for seq in range(1, 101)])
    views = got["views"][0]
    assert len(views) == 100 and made == []
    # A row keeps its event and one describer all rows share: no closure of its own for
    # every cycle collection to walk while the storm's rows are young.
    kept = [
        [o for o in gc.get_referents(v) if gc.is_tracked(o) and not isinstance(o, type)]
        for v in views[:2]
    ]
    assert [type(o).__name__ for o in kept[0]] == ["function", "StoredEvent"]
    assert kept[0][0] is kept[1][0]
    assert views[99].summary == "GGA HE11 61.00000, 24.94000"
    assert views[99].summary == views[99].summary
    assert made == [100]
    assert views[0] == bridge_module.event_view(_fix(1, "HE11", 60.01))  # by value


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


def test_a_batch_waits_for_a_display_tick_due_before_it_would_be_done(
    qtbot: Any, monkeypatch: Any
) -> None:
    """A batch is not started when the map's tick is due before it would end: it runs
    just after the tick, once (it waits for one tick at most); measured cheap, the next
    batches go at once."""
    from PySide6.QtCore import Qt, QTimer

    from console.session import bridge as bridge_module

    monkeypatch.setattr(bridge_module, "FIRST_EVENT_COST_S", 1.0)  # guessed: 3 s a batch
    order: list[str] = []
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(150)
    tick.timeout.connect(lambda: order.append("tick"))
    bridge = Bridge()
    bridge.yield_to(tick)
    bridge.sigEventsCommitted.connect(lambda views: order.append(f"batch {views[0].seq}"))
    tick.start()
    try:
        bridge.post([_fix(1 + i, "HE11", 60.0 + i / 100) for i in range(3)])
        qtbot.waitUntil(lambda: "batch 1" in order, timeout=2000)
        assert order == ["tick", "batch 1"]  # after the first tick, not the second
        # Measured at microseconds an event, a batch now fits before the next tick.
        bridge.post([_fix(4, "HE11", 60.5)])
        qtbot.waitUntil(lambda: "batch 4" in order, timeout=2000)
        assert order == ["tick", "batch 1", "batch 4"]
    finally:
        tick.stop()
    # With the display idle (its timer stopped) nothing waits.
    bridge.yield_to(tick)
    bridge._event_cost_s = 1.0
    bridge.post([_fix(5, "HE11", 60.6)])
    qtbot.waitUntil(lambda: "batch 5" in order, timeout=2000)
    assert order[-1] == "batch 5" and order.count("tick") == 1
    # A timer stopped while a batch waits for its tick: the batch runs all the same.
    tick.start()
    bridge._event_cost_s = 1.0
    bridge.post([_fix(6, "HE11", 60.7)])
    assert "batch 6" not in order  # waiting for the tick
    tick.stop()
    qtbot.waitUntil(lambda: "batch 6" in order, timeout=2000)
    assert order.count("tick") == 1


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
