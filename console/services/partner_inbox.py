"""The receiving half of CAD-to-CAD: a partner's handover becomes a call; its answer a step.

Role: ``PartnerInbox`` is the mixin of ``console.services.partner.PartnerService``
that serves the ``/eido`` and ``/eido-answer`` routes of the console's HTTP
endpoint (``on_eido``, ``on_answer``); the contract of both is that module's
("Receiving" and "The partner's answer"). Every request is stored as its
frame before it is answered; nothing is answered 2xx before it is committed.
"""

from __future__ import annotations

import asyncio
from typing import Any

from models.calls import events as cev
from models.calls.location import location_from_message
from models.dispatch import events as ev
from models.store import NewEvent, StoreError
from radio.codecs.eido import EidoDocument
from radio.codecs.eido import decode as decode_eido
from radio.codecs.eido_answer import EidoAnswer
from radio.codecs.eido_answer import decode as decode_answer
from radio.links.http_types import HttpRequestRecord, HttpVerdict
from radio.messages import DecodeError


def partner_source(name: str) -> str:
    """The source (principal) of what a partner control room brings: ``partner:<name>``."""
    return f"partner:{name}"


class PartnerInbox:  # mixin of PartnerService
    """Mixin: needs ``partners``, ``writer``, ``tracker``, ``dispatch``, ``endpoint``,
    ``_received``, ``_by_message``, ``_submit``, ``_step`` and ``_disarm``."""

    partners: dict[str, Any]
    writer: Any
    tracker: Any
    dispatch: Any
    _received: dict[tuple[str, str], str]
    _by_message: dict[str, str]
    # and, from the service: endpoint, _submit, _step, _disarm

    async def on_eido(self, record: HttpRequestRecord) -> HttpVerdict:
        partner = record.source
        if partner not in self.partners:
            await self._frame(record, None, f"source {partner!r} is not a partner control room")
            return HttpVerdict(403, "only partner control rooms may hand over incidents")
        assert partner is not None
        message = decode_eido(record.body)
        if isinstance(message, DecodeError):
            await self._frame(record, None, message.reason)
            return HttpVerdict(400, message.reason)
        key = (partner, message.eido_id)
        earlier = self._received.get(key)
        if earlier is not None:
            stored = await self._frame(record, message, None, duplicate_of=earlier)
            if stored is None:
                return HttpVerdict(503, "not stored, try again later")
            return HttpVerdict(200, f"duplicate of call {earlier}")
        if self.tracker is None:
            await self._frame(record, message, "this console takes no calls (no call tracker)")
            return HttpVerdict(503, "not taking calls now; retry")
        records = self._call_records(message, partner, record.peer)
        call_id = records[0][1]["call_id"]
        self._received[key] = call_id
        frame_event = self._frame_event(record, message, None, call_id=call_id)
        receipts = [self.writer.submit(frame_event)]
        source = partner_source(partner)
        for kind, payload in records:
            receipts.append(
                self.writer.submit(
                    NewEvent(source=source, kind=kind, rx_time=record.rx_time, payload=payload)
                )
            )
        try:
            for receipt in receipts:
                await asyncio.wrap_future(receipt.as_future())
        except StoreError as exc:
            self._received.pop(key, None)
            return HttpVerdict(503, f"not stored, try again later: {exc}")
        return HttpVerdict(200, f"call {call_id}")

    def _call_records(
        self, message: EidoDocument, partner: str, peer: str
    ) -> list[tuple[str, dict[str, Any]]]:
        where = message.location or {}
        located = {
            "source": "pidf",
            "lat": where.get("lat"),
            "lon": where.get("lon"),
            "radius_m": where.get("radius_m"),
            "civic": where.get("civic")
            or ({"LOC": where["description"]} if where.get("description") else None),
            "shape": "Point" if where.get("lat") is not None else None,
        }
        records = self.tracker.on_location_frame(located, "pidf", self.endpoint, peer)
        phone = None
        for uri in (message.caller or {}).get("callback") or ():
            if isinstance(uri, str) and uri.lower().startswith("tel:"):
                phone = uri[4:]
                break
        kind, offered = records[0]
        assert kind == cev.CALL_OFFERED
        offered.update(
            number=phone,
            via="eido",
            frame={
                "link": self.endpoint,
                "peer": peer,
                "partner": partner,
                "message_id": message.eido_id,
                "incident_id": message.incident_id,
                "incident_type": message.incident_type,
                "incident_type_text": message.incident_type_text,
                "priority": message.priority,
                "place": where.get("description"),
                "caller": message.caller,
                "notes": [n.get("text") for n in message.notes if isinstance(n, dict)],
                "resources": list(message.resources),
            },
        )
        if offered.get("location") is None:
            offered["location"] = location_from_message(located)
        return records

    async def on_answer(self, record: HttpRequestRecord) -> HttpVerdict:
        partner = record.source
        if partner not in self.partners:
            await self._frame(record, None, f"source {partner!r} is not a partner control room")
            return HttpVerdict(403, "only partner control rooms may answer handovers")
        assert partner is not None
        message = decode_answer(record.body)
        if isinstance(message, DecodeError):
            await self._frame(record, None, message.reason)
            return HttpVerdict(400, message.reason)
        notice_id = self._by_message.get(message.message_id)
        notice = self.dispatch.state.reach.notices.get(notice_id) if notice_id else None
        if notice is None or notice.link != partner:
            reason = f"answer names no handover of ours to {partner}: {message.message_id!r}"
            await self._frame(record, message, reason)
            self._submit(
                ev.REACH_REFUSED,
                {
                    "link": partner,
                    "address": record.peer,
                    "unit": None,
                    "value": None,
                    "code": message.kind,
                    "wanted": None,
                    "reason": reason,
                },
                partner_source(partner),
            )
            return HttpVerdict(422, reason)
        stored = await self._frame(record, message, None, notice_id=notice.notice_id)
        if stored is None:
            return HttpVerdict(503, "not stored, try again later")
        self._apply_answer(partner, notice.notice_id, message)
        return HttpVerdict(200, f"{message.kind} recorded for {notice.notice_id}")

    def _apply_answer(self, partner: str, notice_id: str, message: EidoAnswer) -> None:
        extra = {"by": "partner", "answer_id": message.answer_id, "call_id": message.call_id}
        if message.kind == "accepted":
            self._step(partner, ev.REACH_ACCEPTED, notice_id, **extra)
        elif message.kind == "rejected":
            self._step(partner, ev.REACH_REJECTED, notice_id, reason=message.reason, **extra)
        else:
            self._step(partner, ev.REACH_DELIVERED, notice_id, detail="completed", **extra)
        self._disarm(notice_id, "link")
        self._disarm(notice_id, "crew")

    def _frame_event(
        self, record: HttpRequestRecord, message: Any, error: str | None, **extra: Any
    ) -> NewEvent:
        payload = record.to_payload()
        if message is not None:
            payload["message"] = message.to_payload()
        payload.update(extra)
        return NewEvent(
            source=f"link:{self.endpoint}",
            kind="frame.rejected" if error else "frame.decoded",
            rx_time=record.rx_time,
            payload=payload,
            raw=record.body,
            error=error,
        )

    async def _frame(
        self, record: HttpRequestRecord, message: Any, error: str | None, **extra: Any
    ) -> Any:
        """Store the request as its frame; the stored event, None if it could not be."""
        receipt = self.writer.submit(self._frame_event(record, message, error, **extra))
        try:
            return await asyncio.wrap_future(receipt.as_future())
        except StoreError:
            return None
