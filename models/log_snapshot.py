"""Snapshots of log-rebuilt states as data: encode and decode, never code.

Contract:

* ``encode_state(state) -> bytes`` writes a ``LogState`` (a dataclass) and
  everything it holds (frozen dataclasses, timezone-aware datetimes, enums,
  tuples, lists, sets, dicts with any hashable keys, JSON values) as
  zlib-compressed, tagged JSON. Non-finite floats and types it does not know
  raise ``SnapshotError``: a snapshot is exact or it is not written.
* ``decode_state(data, cls) -> state`` reads it back. Only the classes
  reachable from ``cls``'s own field annotations (dataclasses and enums, found
  by walking the type hints) are ever instantiated: a snapshot read from a
  database is data, never a way to run code. Anything else, a damaged body
  included, raises ``SnapshotError``.
* ``layout_digest(cls)`` is a digest of the names and fields of every class
  the state may hold: a snapshot written by code whose classes differ (a
  field added, renamed or dropped) carries another digest and is ignored by
  its readers, never misread.

Why hand-written rather than pickle: pickle runs code on load, and the store
is evidence that may be copied anywhere.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import math
import types
import typing
import zlib
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

__all__ = ["SnapshotError", "decode_state", "encode_state", "layout_digest"]

_S = TypeVar("_S")
_COMPRESSION = 1  # fast: a snapshot is written on start and on a worker thread


class SnapshotError(ValueError):
    """A state that cannot be written exactly, or a body that cannot be read back."""


# -- the classes a state may hold -------------------------------------------------


def _types_in(annotation: Any) -> list[type]:
    """Dataclass and enum types named anywhere in an annotation."""
    found: list[type] = []
    origin = typing.get_origin(annotation)
    if origin is not None or isinstance(annotation, types.UnionType):
        for arg in typing.get_args(annotation):
            found.extend(_types_in(arg))
    elif isinstance(annotation, type) and (
        dataclasses.is_dataclass(annotation) or issubclass(annotation, enum.Enum)
    ):
        found.append(annotation)
    return found


@cache
def _registry(cls: type) -> dict[str, type]:
    """Every dataclass and enum reachable from ``cls``'s field annotations, by name."""
    registry: dict[str, type] = {}
    pending = [cls]
    while pending:
        current = pending.pop()
        name = f"{current.__module__}.{current.__qualname__}"
        if name in registry:
            continue
        registry[name] = current
        if dataclasses.is_dataclass(current):
            hints = typing.get_type_hints(current)
            for f in dataclasses.fields(current):
                pending.extend(_types_in(hints[f.name]))
    return registry


@cache
def layout_digest(cls: type) -> str:
    parts = []
    for name, kind in sorted(_registry(cls).items()):
        if dataclasses.is_dataclass(kind):
            parts.append(f"{name}({','.join(f.name for f in dataclasses.fields(kind))})")
        else:
            members = ",".join(f"{m.name}={m.value!r}" for m in kind)  # type: ignore[attr-defined]
            parts.append(f"{name}[{members}]")
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


# -- encoding ---------------------------------------------------------------------------


def _name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _encode(value: Any, known: dict[str, type]) -> Any:
    # Enums first: a StrEnum is a str too, and must come back as its enum.
    if isinstance(value, enum.Enum):
        if _name(type(value)) not in known:
            raise SnapshotError(f"enum {_name(type(value))} is not part of the state's layout")
        return {"$e": _name(type(value)), "v": value.value}
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SnapshotError(f"non-finite number {value!r}")
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise SnapshotError("naive datetime: the log stores UTC times only")
        return {"$t": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = _name(type(value))
        if name not in known:
            raise SnapshotError(f"class {name} is not part of the state's layout")
        fields = {f.name: _encode(getattr(value, f.name), known) for f in dataclasses.fields(value)}
        return {"$c": name, "f": fields}
    if isinstance(value, tuple):
        return {"$u": [_encode(v, known) for v in value]}
    if isinstance(value, list):
        return [_encode(v, known) for v in value]
    if isinstance(value, set | frozenset):
        return {"$s": [_encode(v, known) for v in value]}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {"$m": {k: _encode(v, known) for k, v in value.items()}}
        return {"$k": [[_encode(k, known), _encode(v, known)] for k, v in value.items()]}
    raise SnapshotError(f"cannot snapshot a {type(value).__name__}")


def encode_state(state: Any) -> bytes:
    known = _registry(type(state))
    try:
        text = json.dumps(_encode(state, known), separators=(",", ":"), allow_nan=False)
    except RecursionError as exc:
        raise SnapshotError("state nested too deeply") from exc
    return zlib.compress(text.encode(), _COMPRESSION)


# -- decoding ---------------------------------------------------------------------------


def _decode(value: Any, known: dict[str, type]) -> Any:
    if isinstance(value, list):
        return [_decode(v, known) for v in value]
    if not isinstance(value, dict):
        return value
    if "$m" in value:
        return {k: _decode(v, known) for k, v in value["$m"].items()}
    if "$c" in value:
        kind = known.get(value["$c"])
        if kind is None or not dataclasses.is_dataclass(kind):
            raise SnapshotError(f"unknown class {value['$c']!r} in snapshot")
        fields = {k: _decode(v, known) for k, v in value["f"].items()}
        return kind(**fields)
    if "$t" in value:
        return datetime.fromisoformat(value["$t"])
    if "$u" in value:
        return tuple(_decode(v, known) for v in value["$u"])
    if "$e" in value:
        kind = known.get(value["$e"])
        if kind is None or not issubclass(kind, enum.Enum):
            raise SnapshotError(f"unknown enum {value['$e']!r} in snapshot")
        return kind(value["v"])
    if "$s" in value:
        return {_decode(v, known) for v in value["$s"]}
    if "$k" in value:
        return {_hashable(_decode(k, known)): _decode(v, known) for k, v in value["$k"]}
    raise SnapshotError(f"unknown tag in snapshot: {sorted(value)[:3]}")


def _hashable(key: Any) -> Any:
    return tuple(_hashable(k) for k in key) if isinstance(key, list) else key


def decode_state(data: bytes, cls: type[_S]) -> _S:
    try:
        raw = json.loads(zlib.decompress(data))
        state = _decode(raw, _registry(cls))
    except SnapshotError:
        raise
    except (zlib.error, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise SnapshotError(f"unreadable snapshot: {exc}") from exc
    if not isinstance(state, cls):
        raise SnapshotError(f"snapshot holds a {type(state).__name__}, not a {cls.__name__}")
    return state
