"""Checkpoints are independent of the picture they were taken from, and of each restore."""

from __future__ import annotations

from datetime import timedelta

from models.replay.checkpoint import Picture
from models.store.events import StoredEvent
from tests.models.replay.story import INCIDENT, T0


def _event(seq: int, kind: str, payload: dict) -> StoredEvent:
    return StoredEvent("operator:ann", kind, T0 + timedelta(seconds=seq), payload, None, None,
                       seq, "")  # fmt: skip


def test_checkpoint_is_independent_of_later_changes() -> None:
    picture = Picture()
    created = {"incident_id": INCIDENT, "type": "FIRE", "priority": 1, "lat": 60.0, "lon": 24.0}
    picture.apply_chunk(
        [
            _event(1, "incident.created", created),
            _event(2, "unit.assigned", {"unit": "A1", "incident_id": INCIDENT}),
            _event(3, "incident.note", {"incident_id": INCIDENT, "text": "smoke"}),
            _event(4, "link.state", {"link": "avl", "state": "up"}),
        ],
        None,
    )
    shared: dict = {}
    checkpoint = picture.checkpoint(shared)
    picture.apply_chunk(
        [
            _event(5, "incident.closed", {"incident_id": INCIDENT, "disposition": "x"}),
            _event(6, "incident.note", {"incident_id": INCIDENT, "text": "gone"}),
            _event(7, "link.state", {"link": "avl", "state": "down"}),
        ],
        None,
    )
    first = checkpoint.restore()
    assert (checkpoint.seq, first.seq, first.dispatch.last_seq) == (4, 4, 4)
    assert first.dispatch.incidents[INCIDENT].status == "open"
    assert first.dispatch.assignments[INCIDENT][0].released is None
    assert [n.text for n in first.dispatch.notes[INCIDENT]] == ["smoke"]
    assert first.links["avl"].payload["state"] == "up"
    assert picture.dispatch.assignments[INCIDENT][0].released == T0 + timedelta(seconds=5)
    # A restored picture moves on without touching the checkpoint.
    first.apply_chunk([_event(5, "incident.note", {"incident_id": INCIDENT, "text": "more"})], None)
    second = checkpoint.restore()
    assert [n.text for n in second.dispatch.notes[INCIDENT]] == ["smoke"]
    assert second.seq == 4
    # Frozen records are shared, not copied; containers are fresh.
    assert second.dispatch.incidents[INCIDENT] is first.dispatch.incidents[INCIDENT]
    assert second.dispatch.notes is not first.dispatch.notes
    assert shared
