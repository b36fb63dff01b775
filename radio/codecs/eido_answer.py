"""A partner control room's answer to an incident handed over (CAD-to-CAD).

Role: the small JSON document a console posts to ``/eido-answer`` of the
console that handed it an EIDO (``console.services.partner``): the handover
was accepted, rejected or completed. NENA-STA-021 leaves this exchange to
the CAD-to-CAD profile in use; this is the project's own, kept flat::

    {"answer_id": "urn:...:answer:3", "message_id": "<the EIDO's $id>",
     "answer": "accepted" | "rejected" | "completed",
     "reason": "no units free" (optional), "call_id": "C000004" (optional),
     "time": "2026-12-06T16:00:00+00:00"}

Read by the partner route's handler (``console.services.partner_inbox``)
and by ``dispatch-console decode eido-answer`` (``radio.protocols``: one
JSON object per answer, ``type`` the answer; a refused document prints
``ok: false`` with the field at fault).

Contract: :func:`decode` returns an :class:`EidoAnswer` or a
:class:`~radio.messages.DecodeError` naming the field; it never raises.
:func:`encode_answer` writes one (``ValueError`` for an answer it cannot
express); what it writes decodes back to the same fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from radio.messages import DecodeError, Message

__all__ = ["ANSWERS", "MAX_DOCUMENT", "PROTOCOL", "EidoAnswer", "decode", "encode_answer"]

PROTOCOL = "eido-answer"
MAX_DOCUMENT = 64 * 1024
ANSWERS = ("accepted", "rejected", "completed")
_MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class EidoAnswer(Message):
    protocol: str
    kind: str  # the answer: accepted, rejected or completed
    answer_id: str
    message_id: str
    time: str
    reason: str | None = None
    call_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "protocol": self.protocol,
            "kind": self.kind,
            "answer_id": self.answer_id,
            "message_id": self.message_id,
            "time": self.time,
        }
        if self.reason is not None:
            out["reason"] = self.reason
        if self.call_id is not None:
            out["call_id"] = self.call_id
        return out


class _Invalid(Exception):
    pass


def _text(doc: dict[str, Any], key: str, required: bool) -> str | None:
    value = doc.get(key)
    if value is None:
        if required:
            raise _Invalid(f"{key}: missing (required)")
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{key}: must be a non-empty string")
    if len(value) > _MAX_TEXT:
        raise _Invalid(f"{key}: longer than {_MAX_TEXT} characters")
    return value


def decode(frame: bytes) -> EidoAnswer | DecodeError:
    """One answer document (UTF-8 JSON); never raises."""
    raw = bytes(frame)
    try:
        if len(raw) > MAX_DOCUMENT:
            raise _Invalid(f"document of {len(raw)} bytes is over {MAX_DOCUMENT}")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise _Invalid(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
        except (ValueError, RecursionError) as exc:
            raise _Invalid(f"not JSON: {str(exc)[:120]}") from None
        if not isinstance(doc, dict):
            raise _Invalid("an answer is a JSON object")
        unknown = sorted(
            set(doc) - {"answer_id", "message_id", "answer", "reason", "call_id", "time"}
        )
        if unknown:
            raise _Invalid(f"{unknown[0]}: unknown field")
        answer = _text(doc, "answer", True)
        if answer not in ANSWERS:
            raise _Invalid(f"answer: {answer!r} is not one of {', '.join(ANSWERS)}")
        stamp = _text(doc, "time", True)
        assert stamp is not None
        try:
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            raise _Invalid(f"time: {stamp!r} is not an ISO 8601 time") from None
        if when.tzinfo is None:
            raise _Invalid("time: needs a time zone")
        answer_id, message_id = _text(doc, "answer_id", True), _text(doc, "message_id", True)
        assert answer_id is not None and message_id is not None
        return EidoAnswer(
            PROTOCOL,
            answer,
            answer_id,
            message_id,
            stamp,
            _text(doc, "reason", False),
            _text(doc, "call_id", False),
        )
    except _Invalid as invalid:
        return DecodeError(PROTOCOL, str(invalid), raw)
    except Exception as exc:  # a bug must not take the endpoint down; report it
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", raw)


def encode_answer(
    answer_id: str,
    message_id: str,
    answer: str,
    time: datetime,
    reason: str | None = None,
    call_id: str | None = None,
) -> bytes:
    if answer not in ANSWERS:
        raise ValueError(f"answer: {answer!r} is not one of {', '.join(ANSWERS)}")
    if time.tzinfo is None:
        raise ValueError("time: needs a time zone")
    if not answer_id or not message_id:
        raise ValueError("answer_id and message_id are required")
    doc: dict[str, Any] = {
        "answer_id": answer_id,
        "message_id": message_id,
        "answer": answer,
        "time": time.isoformat(),
    }
    if reason:
        doc["reason"] = reason[:_MAX_TEXT]
    if call_id:
        doc["call_id"] = call_id
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")
