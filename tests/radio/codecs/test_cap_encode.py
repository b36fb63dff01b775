"""The CAP 1.2 encoder writes what the CAP decoder reads back, and refuses bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from radio.codecs.cap import decode_cap
from radio.codecs.cap_encode import encode_cap
from radio.messages import DecodeError

RING = [[60.17, 24.94], [60.171, 24.94], [60.171, 24.942], [60.17, 24.94]]
SENT = datetime(2026, 5, 1, 12, 30, 5, 123456, tzinfo=UTC)


def _alert(**changes: object) -> bytes:
    fields: dict[str, object] = {
        "identifier": "drill-cap-1",
        "sender": "drill@example.invalid",
        "sent": SENT,
        "status": "Exercise",
        "msg_type": "Alert",
        "event": "Gas leak <near> the depot & port",
        "urgency": "Immediate",
        "severity": "Severe",
        "certainty": "Observed",
        "headline": "Gas leak",
        "polygons": [RING],
    }
    fields.update(changes)
    return encode_cap(**fields)  # type: ignore[arg-type]


def test_round_trip_through_the_decoder() -> None:
    alert = decode_cap(_alert())
    assert not isinstance(alert, DecodeError), alert
    assert (alert.identifier, alert.status, alert.msg_type) == ("drill-cap-1", "Exercise", "Alert")
    assert alert.sent == SENT.replace(microsecond=0)
    (info,) = alert.infos
    assert info.event == "Gas leak <near> the depot & port" and info.headline == "Gas leak"
    assert info.areas[0].polygons == (tuple(tuple(p) for p in RING),)
    assert b"<sent>2026-05-01T12:30:05-00:00</sent>" in _alert()


def test_update_references_an_earlier_message() -> None:
    helsinki = timezone(timedelta(hours=3))
    doc = _alert(
        identifier="drill-cap-2",
        msg_type="Update",
        sent=SENT.astimezone(helsinki),
        references=[("drill@example.invalid", "drill-cap-1", SENT)],
    )
    alert = decode_cap(doc)
    assert not isinstance(alert, DecodeError), alert
    (ref,) = alert.references
    assert ref.identifier == "drill-cap-1"


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "Real"},
        {"identifier": "has space"},
        {"sent": SENT.replace(tzinfo=None)},
        {"polygons": [RING[:-1]]},
        {"scope": "Private"},
    ],
)
def test_bad_input_raises(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _alert(**changes)
