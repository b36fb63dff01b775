"""DispatchState rebuilds the dispatch picture from committed events alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.dispatch import events as ev
from models.dispatch.state import DispatchState
from models.dispatch.status import UnitStatus
from models.store import StoredEvent

T0 = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _event(seq: int, kind: str, payload: dict, source: str = "operator:anna") -> StoredEvent:
    return StoredEvent(
        source=source,
        kind=kind,
        rx_time=T0 + timedelta(seconds=seq),
        payload=payload,
        raw=None,
        error=None,
        seq=seq,
        hash="",
    )


def _story() -> list[StoredEvent]:
    return [
        _event(
            1,
            ev.INCIDENT_CREATED,
            {
                "incident_id": "2026-000001",
                "type": "structure-fire",
                "priority": 1,
                "lat": 60.17,
                "lon": 24.94,
                "location": "Aleksanterinkatu 1",
                "call_id": None,
            },
        ),
        _event(2, "frame.decoded", {"unit": "HE11", "message": {"lat": 1, "lon": 2}}, "link:x"),
        _event(
            3,
            ev.UNIT_ASSIGNED,
            {
                "unit": "HE11",
                "incident_id": "2026-000001",
                "eta_s": 95.0,
                "route_m": 800.0,
                "recommended": True,
                "reason": "fastest engine",
            },
        ),
        _event(
            4,
            ev.UNIT_STATUS,
            {
                "unit": "HE11",
                "status": "dispatched",
                "previous": "available",
                "incident_id": "2026-000001",
            },
        ),
        _event(5, ev.INCIDENT_NOTE, {"incident_id": "2026-000001", "text": "smoke from roof"}),
        _event(
            6,
            ev.UNIT_STATUS,
            {"unit": "HE11", "status": "available", "previous": "dispatched", "incident_id": None},
        ),
        _event(7, ev.INCIDENT_CLOSED, {"incident_id": "2026-000001", "disposition": "put out"}),
    ]


def test_state_follows_the_log() -> None:
    state = DispatchState.initial(["HE11", "HE12"])
    changed = state.apply_all(_story()[:5])
    assert changed == {
        ev.INCIDENT_CREATED,
        ev.UNIT_ASSIGNED,
        ev.UNIT_STATUS,
        ev.INCIDENT_NOTE,
    }
    assert state.unit("HE11").status is UnitStatus.DISPATCHED
    assert state.unit("HE11").since == T0 + timedelta(seconds=4)
    assert state.committed_units("2026-000001") == ["HE11"]
    assert state.unit("HE12").status is UnitStatus.AVAILABLE
    assert [n.text for n in state.notes["2026-000001"]] == ["smoke from roof"]
    assert state.notes["2026-000001"][0].operator == "anna"
    assert [i.incident_id for i in state.open_incidents()] == ["2026-000001"]

    state.apply_all(_story()[5:])
    assert state.unit("HE11").status is UnitStatus.AVAILABLE
    assert state.unit("HE11").incident_id is None
    (assignment,) = state.assignments["2026-000001"]
    assert assignment.released == T0 + timedelta(seconds=6)
    assert assignment.eta_s == 95.0 and assignment.recommended
    assert state.incidents["2026-000001"].status == "closed"
    assert state.incidents["2026-000001"].disposition == "put out"
    assert state.open_incidents() == []
    assert state.last_seq == 7


def test_applying_twice_or_out_of_date_changes_nothing() -> None:
    state = DispatchState.initial(["HE11"])
    story = _story()
    state.apply_all(story)
    before = (dict(state.units), dict(state.incidents), state.last_seq)
    assert state.apply_all(story) == set()
    assert (dict(state.units), dict(state.incidents), state.last_seq) == before


PLACE = {
    "label": "Mariankatu 12",
    "kind": "address",
    "lat": 60.1712,
    "lon": 24.9528,
    "distance_m": 0.0,
    "match": "fuzzy",
    "score": 0.73,
    "locality": "Kruununhaka",
    "place_id": "a:12",
    "build_id": "kruununhaka.osm@1#abc",
}
REVERSE = dict(PLACE, kind="reverse", distance_m=2.0, match=None, score=None, place_id=None)


def _created(seq: int, **extra: object) -> StoredEvent:
    payload = {
        "incident_id": f"2026-{seq:06d}",
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.1712,
        "lon": 24.9528,
        "location": "marainkatu 12",
        "call_id": None,
    }
    payload.update(extra)
    return _event(seq, ev.INCIDENT_CREATED, payload)


def test_an_incident_from_before_places_loads_unmarked() -> None:
    state = DispatchState()
    state.apply(_created(1))
    incident = state.incidents["2026-000001"]
    assert (incident.place, incident.verified, incident.override, incident.reverse) == (
        None,
        None,
        False,
        None,
    )


def test_typed_text_verified_place_flags_and_reverse_are_kept() -> None:
    state = DispatchState()
    state.apply(_created(1, place=PLACE, verified=True, override=False, reverse=REVERSE))
    incident = state.incidents["2026-000001"]
    assert incident.location == "marainkatu 12"
    assert incident.place is not None and incident.place.label == "Mariankatu 12"
    assert incident.place.build_id == "kruununhaka.osm@1#abc"
    assert incident.verified is True and incident.override is False
    assert incident.reverse is not None and incident.reverse.distance_m == 2.0


def test_a_relocation_replaces_the_location_in_force() -> None:
    state = DispatchState()
    state.apply(_created(1, place=None, verified=False, override=True, reverse=REVERSE))
    moved = {
        "incident_id": "2026-000001",
        "lat": 60.1716,
        "lon": 24.9528,
        "location": "mariankatu 14",
        "place": dict(PLACE, label="Mariankatu 14", lat=60.1716),
        "verified": True,
        "override": False,
        "reverse": None,
        "previous": {"lat": 60.1712, "lon": 24.9528, "location": "marainkatu 12"},
    }
    state.apply(_event(2, ev.INCIDENT_LOCATION, moved))
    incident = state.incidents["2026-000001"]
    assert (incident.lat, incident.location, incident.relocated) == (60.1716, "mariankatu 14", 1)
    assert incident.verified is True and incident.override is False
    assert incident.place is not None and incident.place.label == "Mariankatu 14"
    # Broken or unknown relocations change nothing (a projection must never stall).
    state.apply(_event(3, ev.INCIDENT_LOCATION, {"incident_id": "2026-000001", "lat": "x"}))
    state.apply(_event(4, ev.INCIDENT_LOCATION, dict(moved, incident_id="2026-000099")))
    state.apply(_created(5, place={"kind": "address"}, verified="yes"))
    assert state.incidents["2026-000001"].relocated == 1
    assert state.incidents["2026-000005"].place is None
    assert state.incidents["2026-000005"].verified is None


def test_the_state_with_places_survives_a_snapshot() -> None:
    from models.log_snapshot import decode_state, encode_state

    state = DispatchState()
    state.apply(_created(1, place=PLACE, verified=True, override=False, reverse=REVERSE))
    back = decode_state(encode_state(state), DispatchState)
    assert back.incidents == state.incidents


def test_reopened_incident_is_open_again_and_keeps_its_history() -> None:
    iid = "2026-000009"
    created = {
        "incident_id": iid,
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.17,
        "lon": 24.94,
        "location": None,
        "call_id": None,
    }
    reopen = {"incident_id": iid, "reason": "rang again", "previous": {"disposition": "ok"}}
    story = [
        _event(1, ev.INCIDENT_CREATED, created),
        _event(2, ev.UNIT_ASSIGNED, {"unit": "HE11", "incident_id": iid, "recommended": True}),
        _event(3, ev.UNIT_STATUS, {"unit": "HE11", "status": "dispatched", "incident_id": iid}),
        _event(4, ev.UNIT_STATUS, {"unit": "HE11", "status": "available", "incident_id": None}),
        _event(5, ev.INCIDENT_REOPENED, reopen),  # still open: changes nothing
        _event(6, ev.INCIDENT_CLOSED, {"incident_id": iid, "disposition": "ok"}),
        _event(7, ev.INCIDENT_NOTE, {"incident_id": iid, "text": "after closing"}),
        _event(8, ev.INCIDENT_REOPENED, reopen, source="operator:sam"),
        _event(9, ev.INCIDENT_REOPENED, {**reopen, "incident_id": "2026-999999"}),  # unknown
    ]
    state = DispatchState.initial(["HE11"])
    state.apply_all(story[:5])
    assert state.incidents[iid].reopened == 0 and state.incidents[iid].status == "open"
    state.apply_all(story[5:])
    incident = state.incidents[iid]
    assert incident.status == "open" and incident.closed is None and incident.disposition is None
    assert incident.reopened == 1 and incident.reopened_at == T0 + timedelta(seconds=8)
    assert incident.reopen_reason == "rang again" and incident.created == T0 + timedelta(seconds=1)
    assert [a.time for a in state.assignments[iid]] == [T0 + timedelta(seconds=2)]
    assert [n.text for n in state.notes[iid]] == ["after closing"]
    assert "2026-999999" not in state.incidents
    assert incident in state.open_incidents()
