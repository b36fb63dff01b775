"""The property every fuzzed decoder must keep, whatever its input.

Role: the one check of the fuzz tests, the atheris harnesses and the fuzz
benchmark. A decoder returns a message or the codec's
:class:`~radio.messages.DecodeError`, never anything else; it never raises
(the codecs' own catch-all turns a bug into a ``DecodeError`` whose reason
starts ``internal decoder error``, which counts as a crash here); a message
holds no non-finite float and no ``str`` that UTF-8 cannot encode, anywhere
in it (nested info, areas, locations, tuples, dicts, keys); and its
``to_payload()`` and ``to_dict()`` go through the store's encoding: JSON
with sorted keys, ``allow_nan=False``, ``ensure_ascii=False``, then UTF-8
(as ``models.store.events.canonical_json`` and the writer's UTF-8 check do
for the payload the ingest service builds from ``message.to_payload()``).

:func:`check` raises :class:`ContractViolation` (an ``AssertionError``)
naming what broke; it never prints.
"""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date, datetime, time
from typing import Any

from radio.messages import DecodeError, Message

__all__ = ["ContractViolation", "check", "check_all", "store_json"]

INTERNAL = "internal decoder error"

# The store's payload encoding (models/store/events.py), reproduced without importing it.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


class ContractViolation(AssertionError):
    """A decoder broke its contract; the message says how."""


def store_json(payload: Any) -> bytes:
    """``payload`` as the event log would store it; raises if it cannot be."""
    return _ENCODER.encode(payload).encode("utf-8")


def _walk(value: Any, where: str, depth: int = 0) -> None:
    if depth > 50:
        raise ContractViolation(f"{where}: nested more than 50 levels")
    kind = type(value)
    if kind is float:
        if not math.isfinite(value):
            raise ContractViolation(f"{where}: non-finite float {value!r}")
    elif kind is str or isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ContractViolation(f"{where}: str not encodable as UTF-8: {exc}") from None
    elif value is None or kind in (int, bool, datetime, date, time, bytes):
        return
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            _walk(item, f"{where}[{index}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, f"{where} key", depth + 1)
            _walk(item, f"{where}[{key!r}]", depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _walk(getattr(value, field.name), f"{where}.{field.name}", depth + 1)
    elif isinstance(value, float):  # a float subclass
        if not math.isfinite(value):
            raise ContractViolation(f"{where}: non-finite float {value!r}")
    elif isinstance(value, int):
        return
    else:
        raise ContractViolation(f"{where}: unexpected value of type {kind.__name__}")


def check(result: Any, protocol: str | None = None) -> Any:
    """Raise :class:`ContractViolation` unless ``result`` keeps the contract; return it."""
    if isinstance(result, DecodeError):
        reason = result.reason
        if type(reason) is not str or not reason:
            raise ContractViolation(f"DecodeError without a reason: {result!r}")
        if reason.startswith(INTERNAL) or INTERNAL in reason:
            raise ContractViolation(f"decoder crashed: {reason}")
        if protocol is not None and result.protocol != protocol:
            raise ContractViolation(f"DecodeError of protocol {result.protocol!r}, not {protocol}")
        if type(result.raw) is not bytes:
            raise ContractViolation(f"DecodeError.raw is {type(result.raw).__name__}, not bytes")
        try:
            reason.encode("utf-8")
            store_json(result.to_dict())
        except (TypeError, ValueError) as exc:
            raise ContractViolation(f"DecodeError cannot be stored: {exc}") from None
        return result
    if not isinstance(result, Message):
        raise ContractViolation(f"neither a message nor a DecodeError: {type(result).__name__}")
    _walk(result, type(result).__name__)
    for what in ("to_payload", "to_dict"):
        try:
            payload = getattr(result, what)()
        except Exception as exc:
            raise ContractViolation(f"{what}() raised {exc!r}") from None
        if not isinstance(payload, dict):
            raise ContractViolation(f"{what}() returned {type(payload).__name__}, not a dict")
        try:
            store_json(payload)
        except (TypeError, ValueError, RecursionError) as exc:
            raise ContractViolation(f"{what}() cannot be stored as JSON: {exc}") from None
    return result


def check_all(results: Any, protocol: str | None = None) -> None:
    """:func:`check` a result that may be a list of results (PIDF-LO's ``decode_pidf``)."""
    if isinstance(results, list):
        if not results:
            raise ContractViolation("an empty list of results")
        for item in results:
            check(item, protocol)
    else:
        check(results, protocol)
