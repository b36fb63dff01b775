"""The answer to an EIDO handed over: round trip and every refusal naming its field."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from radio.codecs.eido_answer import EidoAnswer, decode, encode_answer
from radio.messages import DecodeError

WHEN = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)


def test_round_trip() -> None:
    body = encode_answer("a:1", "urn:m:1", "rejected", WHEN, "no ladder free", "C000004")
    answer = decode(body)
    assert isinstance(answer, EidoAnswer)
    assert (answer.kind, answer.message_id, answer.reason, answer.call_id) == (
        "rejected",
        "urn:m:1",
        "no ladder free",
        "C000004",
    )
    assert answer.to_dict()["time"] == WHEN.isoformat()


GOOD = {"answer_id": "a", "message_id": "m", "answer": "accepted", "time": WHEN.isoformat()}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"answer": "maybe"}, "answer: 'maybe' is not one of"),
        ({"message_id": None}, "message_id: missing"),
        ({"time": "yesterday"}, "time: 'yesterday' is not an ISO 8601 time"),
        ({"time": "2026-12-06T16:00:00"}, "time: needs a time zone"),
        ({"extra": 1}, "extra: unknown field"),
        ({"reason": 5}, "reason: must be a non-empty string"),
    ],
)
def test_refusals_name_the_field(change: dict, reason: str) -> None:
    doc = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    result = decode(json.dumps(doc).encode())
    assert isinstance(result, DecodeError) and reason in result.reason


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[1]", b"{" * 5000, b"x" * 70_000])
def test_garbage_is_a_decode_error_never_a_raise(raw: bytes) -> None:
    assert isinstance(decode(raw), DecodeError)


def test_encode_refuses_what_it_cannot_express() -> None:
    with pytest.raises(ValueError):
        encode_answer("a", "m", "maybe", WHEN)
    with pytest.raises(ValueError):
        encode_answer("a", "m", "accepted", datetime(2026, 1, 1))
