"""Making any submitted event storable: text repaired, payloads that cannot be stored rejected.

Contract:
- ``prepare(event) -> (event, payload_json, rejection)``: what the writer
  stores for ``event``, and why it was turned into its rejected form (None
  when it was not). ``rx_time`` must be aware (else ``ValueError``: a programming
  error, not input). Text that no database can take is repaired, losslessly
  as text, on every backend alike: a lone surrogate (what
  ``bytes.decode(errors="surrogateescape")`` leaves for an undecodable
  byte) becomes ``\\xNN`` (surrogateescape, then backslashreplace), any
  other lone surrogate ``\\udXXX``; in ``source``/``kind``/``error`` a NUL
  (PostgreSQL text refuses it) becomes ``\\x00``. Payload strings and keys
  are repaired the same way (the payload's JSON escapes NUL itself). A
  payload ``canonical_json`` refuses (NaN, infinity, not JSON-serialisable,
  circular) turns the event into its rejected form, with the reason.
- ``rejected(event, reason, minimal=False) -> (event, payload_json)``: the
  row stored in place of an event the store cannot take, the same kind of
  row a frame that failed to decode becomes: kind ``frame.rejected`` for a
  frame (a kind starting ``frame.``), else ``event.rejected``; the same
  source (repaired, cut to the column's 200 characters, the whole kept in
  the payload) and receive time; the raw bytes kept; ``error`` =
  ``"not stored as <kind>: <reason>"``; payload ``{"rejected_kind",
  "submitted"}`` where ``submitted`` is the submitted payload as JSON text
  (ASCII, surrogates escaped, NaN/Infinity written as such, anything else
  by ``repr``), plus ``protocol``/``peer`` of a frame and the frame's own
  decode error as ``"decode_error"``. With ``minimal`` (the full form failed
  too, e.g. a body larger than the database takes), the bounded form the
  design allows for refused requests: length, SHA-256 and the first
  ``MINIMAL_PREFIX`` characters/bytes of the payload text and of ``raw``.
- ``REJECTED_KINDS``: the kinds of rejected rows (no projection reads them).
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from models.store.events import NewEvent, canonical_json

FRAME_REJECTED = "frame.rejected"
EVENT_REJECTED = "event.rejected"
REJECTED_KINDS = (FRAME_REJECTED, EVENT_REJECTED)
SOURCE_LENGTH = 200  # events.source
KIND_LENGTH = 100  # events.kind
MINIMAL_PREFIX = 1024


def clean_text(text: str, nul: bool = True) -> str:
    """``text`` as it can be stored anywhere: surrogates (and NUL, with ``nul``) escaped."""
    if nul and "\x00" in text:
        text = text.replace("\x00", "\\x00")
    if _utf8_ok(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _utf8_ok(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _storable(text: object) -> bool:
    """Cheap for the common case: an ASCII ``str`` without NUL."""
    return type(text) is str and "\x00" not in text and _utf8_ok(text)  # type: ignore[operator]


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return clean_text(repr(value))


def _repair_json(value: Any) -> Any:
    """A copy of a JSON-able value with every string (key or value) made encodable."""
    if isinstance(value, str):
        return value if _utf8_ok(value) else clean_text(value, nul=False)  # JSON escapes NUL
    if isinstance(value, dict):
        return {_repair_json(k): _repair_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_repair_json(item) for item in value]
    return value


def prepare(event: NewEvent) -> tuple[NewEvent, str | None, str | None]:
    """(the event to store, its payload's canonical JSON, why it was rejected or None)."""
    rx_time = event.rx_time
    if rx_time.tzinfo is None:
        raise ValueError(f"{event.kind} event has a naive rx_time; the store needs UTC")
    error = event.error
    raw = event.raw
    if not (
        _storable(event.source)
        and _storable(event.kind)
        and (error is None or _storable(error))
        and (raw is None or type(raw) is bytes)
    ):
        event = NewEvent(
            source=_as_text(event.source),
            kind=_as_text(event.kind),
            rx_time=rx_time,
            payload=event.payload,
            raw=None if raw is None else bytes(raw),
            error=None if error is None else _as_text(error),
        )
    payload = event.payload
    if payload is None:
        return event, None, None
    try:
        payload_json = canonical_json(payload)
    except Exception as exc:  # TypeError, ValueError; a payload's own methods may raise anything
        reason = f"the payload is not JSON: {exc}" if str(exc) else type(exc).__name__
        return (*rejected(event, reason), reason)
    if _utf8_ok(payload_json):
        return event, payload_json, None
    repaired = _repair_json(payload)
    try:
        payload_json = canonical_json(repaired)
    except Exception as exc:
        reason = f"the payload is not JSON: {exc}"
        return (*rejected(event, reason), reason)
    if not _utf8_ok(payload_json):  # e.g. a str subclass whose JSON form differs
        reason = "the payload holds text that cannot be encoded"
        return (*rejected(event, reason), reason)
    return _replace_payload(event, repaired), payload_json, None


def _replace_payload(event: NewEvent, payload: Any) -> NewEvent:
    return NewEvent(event.source, event.kind, event.rx_time, payload, event.raw, event.error)


def submitted_text(payload: Any) -> str:
    """The submitted payload as readable, ASCII, lossless-as-possible text."""
    if payload is None:
        return "null"
    for sort_keys in (True, False):
        try:
            return json.dumps(
                payload, ensure_ascii=True, allow_nan=True, sort_keys=sort_keys, default=repr
            )
        except (TypeError, ValueError, RecursionError):
            continue
        except Exception:  # a hostile __repr__ may raise anything
            break
    try:
        return ascii(payload)
    except Exception:
        return f"<payload of type {type(payload).__name__} that cannot be shown>"


def rejected(event: NewEvent, reason: str, minimal: bool = False) -> tuple[NewEvent, str]:
    kind_text = _as_text(event.kind)
    source = _as_text(event.source)
    reason = clean_text(reason)
    new_kind = FRAME_REJECTED if kind_text.startswith("frame.") else EVENT_REJECTED
    payload: dict[str, Any] = {"rejected_kind": kind_text[:KIND_LENGTH]}
    if len(kind_text) > KIND_LENGTH:
        payload["rejected_kind_full"] = kind_text
    if len(source) > SOURCE_LENGTH:
        payload["source"] = source
        source = source[:SOURCE_LENGTH]
    original = event.payload
    if isinstance(original, dict):
        for key in ("protocol", "peer"):
            value = original.get(key)
            if isinstance(value, str):
                payload[key] = clean_text(value)[:SOURCE_LENGTH]
    if event.error is not None:
        payload["decode_error"] = _as_text(event.error)
    text = submitted_text(original)
    raw = event.raw
    if raw is not None and type(raw) is not bytes:
        raw = bytes(raw)
    if not minimal:
        payload["submitted"] = text
    else:
        payload["submitted_length"] = len(text)
        payload["submitted_sha256"] = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
        payload["submitted_prefix"] = text[:MINIMAL_PREFIX]
        payload.pop("decode_error", None)
        if raw is not None:
            payload["raw_length"] = len(raw)
            payload["raw_sha256"] = hashlib.sha256(raw).hexdigest()
            payload["raw_prefix_b64"] = base64.b64encode(raw[:MINIMAL_PREFIX]).decode("ascii")
            raw = raw[:MINIMAL_PREFIX]
        reason = reason[:MINIMAL_PREFIX]
    error = f"not stored as {kind_text[:KIND_LENGTH]}: {reason}"
    stored = NewEvent(
        source=source,
        kind=new_kind,
        rx_time=event.rx_time,
        payload=payload,
        raw=raw,
        error=error,
    )
    return stored, canonical_json(payload)
