"""NENA EIDO JSON under fuzzing: documents mutated as JSON trees, then as bytes.

Seeds are our own documents: an incident with every part the console reads
(location by value as PIDF-LO, caller with call-back, notes, requested
resources), the same with references broken, and a call transfer without an
incident component. Mutations walk the parsed tree: drop, duplicate and
retype values (strings, numbers, NaN-free floats, nested arrays, nulls,
objects), point references elsewhere, replace the PIDF-LO with broken XML,
then write the JSON back (sometimes not as UTF-8, truncated or nested
deeply). :func:`run` checks the codec's contract.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from radio.codecs.eido import decode, encode_eido
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.mutators import NUMBERS, TEXTS, TIMES, Rng, mutate_bytes
from tests.radio.codecs.fuzz.target import Target

__all__ = ["EIDO", "run"]

STAMP = "2026-12-06T13:00:00+02:00"
INCIDENT = {
    "id": "2026-000001",
    "type": "Fire-Structure",
    "type_text": "structure fire",
    "priority": "1",
    "location": {"lat": 60.17, "lon": 24.94, "radius_m": 25, "civic": {"A3": "Helsinki"}},
    "caller": {"name": "Anna", "phone": "+358401234567"},
    "notes": ["smoke", {"text": "gas bottles", "time": STAMP}],
    "resources": [{"type": "Fire Engine", "name": "HE11"}],
}
VALUES: tuple[Any, ...] = (
    None, True, 0, -1, 1.5, 1e308, "", "x", "1.0", "2.0", [], {}, [None], {"$ref": "nowhere"},
    {"$ref": 5}, "<presence/>", "<presence", "urn:emergency:uid:incidentid:2026-000001:cad",
    *TIMES[:6], *TEXTS[:12], *NUMBERS[:6],
)  # fmt: skip


def _own() -> list[dict[str, Any]]:
    full = json.loads(encode_eido(INCIDENT, agency="hel", issuer="cad.hel", updated=STAMP))
    transfer = copy.deepcopy(full)
    del transfer["incidentComponent"]
    return [full, transfer]


@cache
def seeds(samples: Path | None) -> list[bytes]:
    del samples
    return [json.dumps(doc, ensure_ascii=False).encode("utf-8") for doc in _own()]


def _nodes(value: Any, out: list[tuple[Any, Any]]) -> None:
    if isinstance(value, dict):
        for key in list(value):
            out.append((value, key))
            _nodes(value[key], out)
    elif isinstance(value, list):
        for index in range(len(value)):
            out.append((value, index))
            _nodes(value[index], out)


def _mutate_tree(doc: Any, rng: Rng) -> Any:
    for _ in range(1 + rng.randrange(4)):
        nodes: list[tuple[Any, Any]] = []
        _nodes(doc, nodes)
        if not nodes:
            return rng.choice(VALUES)
        parent, key = rng.choice(nodes)
        roll = rng.randrange(6)
        if roll == 0:
            del parent[key]
        elif roll == 1:
            parent[key] = copy.deepcopy(rng.choice(VALUES))
        elif roll == 2 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif roll == 3:
            parent[key] = [parent[key]]
        elif roll == 4 and isinstance(parent[key], str):
            parent[key] = rng.choice(TEXTS) + parent[key][: rng.randrange(len(parent[key]) + 1)]
        else:
            other_parent, other_key = rng.choice(nodes)
            parent[key] = copy.deepcopy(other_parent[other_key])
    return doc


def mutate(data: bytes, rng: Rng) -> bytes:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return mutate_bytes(data, rng)
    out = json.dumps(_mutate_tree(doc, rng), ensure_ascii=rng.random() < 0.3).encode("utf-8")
    roll = rng.random()
    if roll < 0.1:
        return mutate_bytes(out, rng)
    if roll < 0.15:
        return b"[" * 2000 + out
    return out


def run(data: bytes) -> None:
    check(decode(data), "eido")


EIDO = Target(
    name="eido",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode,
    tokens=(b'"$ref"', b'"$id"', b"Component", b"{", b"}", b"[", b"]", b"null"),
)
