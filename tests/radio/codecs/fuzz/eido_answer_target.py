"""A partner's answer to a handover (``eido-answer``) under fuzzing: JSON trees, then bytes.

Seeds are our own answers (``encode_answer``): accepted with a call id,
rejected with a reason, completed with a ``Z`` time. Mutations walk the
parsed object: drop, duplicate and retype fields, put in unknown ones,
stretch texts past the limit, break the time, then write the JSON back
(sometimes not as UTF-8, truncated, nested deeply or over the size
limit). :func:`run` checks the codec's contract.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from radio.codecs.eido_answer import MAX_DOCUMENT, decode, encode_answer
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.mutators import NUMBERS, TEXTS, TIMES, Rng, mutate_bytes
from tests.radio.codecs.fuzz.target import Target

__all__ = ["EIDO_ANSWER", "run"]

FIELDS = ("answer_id", "message_id", "answer", "reason", "call_id", "time")
VALUES: tuple[Any, ...] = (
    None, True, 0, -1, 1.5, 1e308, "", " ", "x", "accepted", "rejected", "completed",
    "ACCEPTED", "2026-12-06T16:00:00", "2026-12-06T16:00:00Z", "2026-13-40T25:61:00+00:00",
    [], {}, ["accepted"], {"answer": "accepted"}, "x" * 2001,
    *TIMES[:6], *TEXTS[:12], *NUMBERS[:6],
)  # fmt: skip


def _own() -> list[bytes]:
    at = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)
    message = "urn:emergency:uid:messageid:7:cad.hel"
    return [
        encode_answer("urn:answer:1", message, "accepted", at, call_id="C000004"),
        encode_answer(
            "urn:answer:2", message, "rejected", at, reason="no units free — ei yksiköitä"
        ),
        encode_answer("urn:answer:3", message, "completed", at).replace(b"+00:00", b"Z"),
    ]


@cache
def seeds(samples: Path | None) -> list[bytes]:
    del samples
    return _own()


def _mutate_doc(doc: Any, rng: Rng) -> Any:
    if not isinstance(doc, dict):
        return rng.choice(VALUES)
    for _ in range(1 + rng.randrange(4)):
        roll = rng.randrange(6)
        key = rng.choice(list(doc) or list(FIELDS))
        if roll == 0:
            doc.pop(key, None)
        elif roll == 1:
            doc[key] = copy.deepcopy(rng.choice(VALUES))
        elif roll == 2:
            doc[rng.choice(("extra", "Answer", "$id", "", key + " "))] = rng.choice(VALUES)
        elif roll == 3 and isinstance(doc.get(key), str):
            doc[key] = doc[key] * (1 + rng.randrange(400))
        elif roll == 4:
            doc[key] = [doc.get(key)]
        else:
            doc[rng.choice(FIELDS)] = copy.deepcopy(doc.get(rng.choice(FIELDS)))
    return doc


def mutate(data: bytes, rng: Rng) -> bytes:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return mutate_bytes(data, rng)
    out = json.dumps(_mutate_doc(doc, rng), ensure_ascii=rng.random() < 0.3).encode("utf-8")
    roll = rng.random()
    if roll < 0.1:
        return mutate_bytes(out, rng)
    if roll < 0.15:
        return b"[" * 2000 + out
    if roll < 0.17:
        return out + b" " * MAX_DOCUMENT
    return out


def run(data: bytes) -> None:
    check(decode(data), "eido-answer")


EIDO_ANSWER = Target(
    name="eido-answer",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode,
    tokens=(b'"answer"', b'"answer_id"', b'"message_id"', b'"time"', b"accepted", b"{", b"}"),
)
