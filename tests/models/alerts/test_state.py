"""AlertState rebuilds alerts from committed alert events alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from models.alerts import events as ev
from models.alerts.state import AlertState
from models.store import StoredEvent

T0 = datetime(2026, 5, 1, 22, 0, tzinfo=UTC)
CAP = {"identifier": "CAS-1", "sender": "cap@mc", "sent": "x", "msg_type": "Alert", "event": "e"}


def event(seq: int, kind: str, source: str = "system", **payload: Any) -> StoredEvent:
    return StoredEvent(source, kind, T0 + timedelta(seconds=seq), payload, None, None, seq, "")


def raised(seq: int, alert_id: str, **extra: Any) -> StoredEvent:
    fields: dict[str, Any] = {
        "alert_id": alert_id,
        "origin": "cap",
        "exercise": False,
        "severity": "severe",
        "title": "Fire",
        "lat": 43.7,
        "lon": 7.4,
        "area": None,
        "cap": CAP,
    }
    fields.update(extra)
    return event(seq, ev.ALERT_RAISED, **fields)


def test_life_of_alerts() -> None:
    state = AlertState()
    changed = state.apply_all(
        [
            raised(1, "A000001"),
            raised(2, "A000002", origin="zone-entry", cap=None, exercise=True),
            event(3, ev.ALERT_ACKNOWLEDGED, "operator:anna", alert_id="A000001"),
            event(
                4,
                ev.ALERT_UPDATED,
                alert_id="A000001",
                severity="extreme",
                lat=43.71,
                repeats=3,
                cap={**CAP, "identifier": "CAS-2"},
                state="dismissed",
            ),
            event(
                5, ev.ALERT_PROMOTED, "operator:anna", alert_id="A000001", incident_id="2026-000001"
            ),
            event(6, ev.ALERT_CANCELLED, alert_id="A000001", reason="over"),
            event(7, ev.ALERT_DISMISSED, "operator:bob", alert_id="A000002", reason="gull"),
        ]
    )
    assert changed == {
        ev.ALERT_RAISED,
        ev.ALERT_ACKNOWLEDGED,
        ev.ALERT_UPDATED,
        ev.ALERT_PROMOTED,
        ev.ALERT_DISMISSED,
    }  # the cancel changed nothing
    one = state.alert("A000001")
    assert (one.state, one.severity, one.lat, one.lon, one.repeats) == (
        "promoted",
        "extreme",
        43.71,
        7.4,
        3,
    )
    assert (one.acknowledged_by, one.handled_by, one.incident_id) == ("anna", "anna", "2026-000001")
    assert (one.raised, one.updated, one.closed) == (
        T0 + timedelta(seconds=1),
        T0 + timedelta(seconds=4),
        T0 + timedelta(seconds=5),
    )
    assert state.cap_alert("cap@mc", "CAS-1") == state.cap_alert("cap@mc", "CAS-2") == "A000001"
    two = state.alert("A000002")
    assert (two.state, two.reason, two.exercise, two.handled_by) == (
        "dismissed",
        "gull",
        True,
        "bob",
    )
    assert state.active_alerts() == []
    assert state.highest_alert_number() == 2


def test_cancel_linked_and_active_order() -> None:
    state = AlertState.from_events(
        [
            raised(1, "A000005"),
            raised(2, "A000003"),
            raised(3, "A000004"),
            event(4, ev.ALERT_LINKED, "operator:anna", alert_id="A000003", call_id="C000001"),
            event(5, ev.ALERT_CANCELLED, alert_id="A000003", reason="sender cancelled"),
        ]
    )
    assert [a.alert_id for a in state.active_alerts()] == ["A000005", "A000004"]
    three = state.alert("A000003")
    assert (three.state, three.call_id, three.reason) == (
        "cancelled",
        "C000001",
        "sender cancelled",
    )


def test_unknown_ids_bad_payloads_and_replays_are_ignored() -> None:
    state = AlertState()
    assert state.apply(raised(1, "A000001"))
    assert not state.apply(raised(1, "A000009"))  # seq already applied
    assert not state.apply(raised(2, "A000001", title="again"))  # id taken
    assert not state.apply(event(3, ev.ALERT_ACKNOWLEDGED, alert_id="A999999"))
    assert not state.apply(event(4, ev.ALERT_RAISED, alert_id="A000002"))  # no origin
    assert not state.apply(event(5, ev.ALERT_UPDATED, alert_id="A000001", lat="north"))
    assert not state.apply(StoredEvent("s", ev.ALERT_DISMISSED, T0, None, None, None, 6, ""))
    assert not state.apply(event(7, "frame.decoded", alert_id="A000001"))
    assert state.alert("A000001").title == "Fire" and len(state.alerts) == 1
    assert state.last_seq == 7


def test_a_wall_clock_step_back_never_reorders_the_alerts() -> None:
    first = raised(1, "A000001")
    second = replace(raised(2, "A000002"), rx_time=first.rx_time - timedelta(minutes=5))
    state = AlertState.from_events([first, second])
    assert [a.alert_id for a in state.active_alerts()] == ["A000001", "A000002"]
