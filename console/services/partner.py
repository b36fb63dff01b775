"""Handing incidents to partner control rooms and taking theirs (CAD-to-CAD, NENA EIDO).

Contract (Qt-free; on the console's asyncio loop). ``PartnerService(site,
http, dispatch, writer, *, calls=None, tracker=None, link_limit_s,
crew_limit_s, client_factory, links=None)``: ``http`` is the site's ``HttpConfig`` (its
``partners``), ``dispatch`` the ``DispatchService`` (its picture, clock and
``on_committed``), ``writer`` the group-commit writer, ``calls`` the
``CallState`` and ``tracker`` the ingest path's ``CallTracker`` (call ids
come from it, so partner calls and caller-location calls never share one).
``await start(store=None)`` rebuilds the outbox from the log (what is still
owed is posted again: at-least-once) and starts one delivery loop per
partner; ``attach(links)`` registers the ``/eido`` and ``/eido-answer``
handlers on the console's HTTP endpoint (the ``HttpEndpointLink`` among
``links``); ``await close()``. ``links`` names the partners this process delivers to
(its link claims; None: all). A handover or an answer for a partner another
process delivers to (a position at ``--links none``; the recorder owns the
outbox) is queued in the log all the same and delivered by that owner:
``on_committed`` gives the owner every ``reach.queued`` (kind ``eido``) and
``partner.answer_queued`` other processes committed for its partners, which
it delivers once and whose limits it arms (the queuing process arms the link
limit too: no owner running is an alarm). Only the owner answers on its own.

Sending (the handover is a notice of the reach chain, so the incident card
and the alarms treat a partner as they treat a unit):

- ``await hand_over(incident_id, partner, resources=(), note=None)``: an
  EIDO of the incident (type, location, caller where the incident came from
  a call, notes, requested resources) is queued as ``reach.queued`` (kind
  ``eido``, unit and link = the partner's name, address = its URL,
  ``message_id`` = the EIDO's ``$id``, ``document`` = the EIDO: the outbox
  entry), committed, then posted; ``DispatchError`` for an unknown incident
  or partner. Each attempt is ``reach.sent``; the partner's 2xx is
  ``reach.link_ack`` (stored there: in its call queue), a 4xx it will never
  take is ``reach.failed`` (``final``), no answer or a retryable status is
  ``reach.failed`` (``retrying``) and another attempt after backoff.
- The partner's answer (``/eido-answer``): ``accepted`` -> ``reach.accepted``
  (by ``partner``), ``rejected`` -> ``reach.rejected`` with its reason,
  ``completed`` -> ``reach.delivered`` with detail ``completed``. An answer
  naming no handover of ours is stored as ``frame.rejected`` and refused 422.
- Limits as for units: no 2xx within ``link_limit_s`` of queueing, or no
  accept/reject within ``crew_limit_s`` of the 2xx: ``reach.timed_out``
  (the alarm; ``add_alarm_listener`` as ``ReachService``'s).

Receiving (``/eido`` from a configured partner; any other source is refused
403 and stored):

- Every body is stored as its frame (``frame.decoded``/``frame.rejected``,
  source ``link:<endpoint>``) before the answer; an EIDO failing its checks
  is answered 400 with the decoder's reason.
- A new message id from that partner makes a NEW call in the call queue
  (``call.offered``, source ``partner:<name>``, via ``eido``, the caller's
  number and the incident's location; ``frame`` holds the partner, the
  message id, their incident id and type, notes and requested resources):
  never merged into another call. Answered 200 once committed.
- The same message id again (a retry) is stored as its frame with
  ``duplicate_of`` and answered 200 naming the call it made: no second call.
  Message ids seen are rebuilt from the call picture at start.
- ``await answer(call_id, answer, reason=None)`` (``accepted``, ``rejected``,
  ``completed``) queues the answer for the partner that sent the call
  (``partner.answer_queued`` with the document; then ``partner.answer_sent``,
  ``partner.answer_delivered`` or ``partner.answer_failed``), delivered at
  least once. ``on_committed(events)`` answers on its own: a partner call
  attached to an incident is ``accepted``; that incident closed is
  ``completed``.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from console.services.dispatch import DispatchError
from console.services.partner_inbox import PartnerInbox, partner_source
from console.services.partner_outbox import (
    ANSWER_DELIVERED,
    ANSWER_FAILED,
    ANSWER_QUEUED,
    ANSWER_SENT,
    ANSWER_TYPE,
    EIDO_TYPE,
    OUTBOX_KINDS,
    Outbox,
    Outgoing,
    pending_from_log,
)
from models.calls import events as cev
from models.dispatch import events as ev
from models.refusal import QT_TRANSLATE_NOOP, Listed, Refusal, Text
from models.store import NewEvent, StoreError
from radio.codecs.eido import encode_eido
from radio.codecs.eido_answer import ANSWERS, encode_answer
from radio.links.http_types import HttpConfig
from radio.links.partner_client import PartnerClient, PostResult, retryable

_LOGGER = logging.getLogger(__name__)

AlarmListener = Callable[[list[Any], list[Any]], None]


class PartnerService(PartnerInbox):
    def __init__(
        self,
        site: Any,
        http: HttpConfig,
        dispatch: Any,
        writer: Any,
        *,
        calls: Any = None,
        tracker: Any = None,
        catalogue: Any = None,
        link_limit_s: float = 30.0,
        crew_limit_s: float = 60.0,
        client_factory: Callable[[Any], Any] = PartnerClient,
        links: Iterable[str] | None = None,
    ) -> None:
        self.site = site
        self.http = http
        self.dispatch = dispatch
        self.writer = writer
        self.calls = calls
        self.tracker = tracker
        self.catalogue = catalogue
        self.link_limit_s = link_limit_s
        self.crew_limit_s = crew_limit_s
        self.partners = {p.name: p for p in http.partners}
        # Only the partners this position owns (link claims) are delivered to from here.
        wanted = None if links is None else set(links)
        self.outbox = Outbox(
            {
                name: client_factory(p)
                for name, p in self.partners.items()
                if wanted is None or name in wanted
            },
            self._on_result,
        )
        self.agency = f"urn:dispatch-console:{getattr(site, 'name', 'console')}"
        self._received: dict[tuple[str, str], str] = {}  # (partner, message id) -> call id
        self._by_message: dict[str, str] = {}  # our message id -> notice id
        self._answered: set[tuple[str, str]] = set()  # (call id, answer) queued already
        self._timers: dict[tuple[str, str], asyncio.TimerHandle] = {}
        self._alarm_listeners: list[AlarmListener] = []
        self._alarms: set[str] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._issued: set[str] = set()
        self._put: set[str] = set()  # notice / answer ids handed to this outbox once

    # -- life -----------------------------------------------------------------------

    async def start(self, store: Any = None) -> None:
        self._loop = asyncio.get_running_loop()
        if self.calls is not None:
            for call in self.calls.calls.values():
                frame = call.frame or {}
                if frame.get("partner") and frame.get("message_id"):
                    key = (str(frame["partner"]), str(frame["message_id"]))
                    self._received[key] = call.call_id
        if store is not None:
            events = await self._loop.run_in_executor(None, _outbox_events, store)
            for event in events:
                p = event.payload or {}
                if event.kind == ev.REACH_QUEUED and p.get("kind") == "eido":
                    self._by_message[str(p.get("message_id"))] = str(p.get("notice_id"))
                elif event.kind == ANSWER_QUEUED:
                    self._answered.add((str(p.get("call_id")), str(p.get("answer"))))
            for item in pending_from_log(events, self.outbox.clients):
                self._put.add(item.key)
                self.outbox.put(item)
        for notice in self.dispatch.state.reach.notices.values():
            if notice.kind == "eido" and not notice.ended and notice.link in self.partners:
                self._arm(notice.notice_id, "link" if notice.stage == "queued" else "crew")
        self.outbox.start()

    def attach(self, links: Iterable[Any]) -> bool:
        """Register the partner routes on the HTTP endpoint among ``links`` (ingest's
        ``LinkRuntime`` list or links); False when there is none."""
        for item in links:
            link = getattr(item, "link", item)
            if hasattr(link, "add_route_handler"):
                link.add_route_handler("eido", self.on_eido)
                link.add_route_handler("eido-answer", self.on_answer)
                self._endpoint = getattr(link, "name", "http")
                return True
        return False

    async def close(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        await self.outbox.close()

    def add_alarm_listener(self, listener: AlarmListener) -> None:
        self._alarm_listeners.append(listener)

    @property
    def endpoint(self) -> str:
        return getattr(self, "_endpoint", self.http.name)

    # -- sending --------------------------------------------------------------------

    async def hand_over(
        self,
        incident_id: str,
        partner: str,
        resources: Sequence[dict[str, Any]] = (),
        note: str | None = None,
    ) -> str:
        """Queue the incident for ``partner``; the notice id once the queueing is committed."""
        self.dispatch.authorize("incident.dispatch")
        target = self.partners.get(partner)
        if target is None:
            known: Any = Listed(self.partners) or Refusal(
                QT_TRANSLATE_NOOP("Refusal", "none configured")
            )
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "unknown partner '{partner}' (partners: {known})"),
                partner=Text(partner),
                known=known,
            )
        incident = self.dispatch.state.incidents.get(incident_id)
        if incident is None:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "unknown incident '{incident}'"), incident=incident_id
            )
        owned = partner in self.outbox.clients  # else its owner delivers it from the log
        notice_id = self._next_id(incident_id, partner)
        message_id = f"urn:emergency:uid:incidentid:{incident_id}:{uuid.uuid4().hex}"
        document = self._eido(incident, message_id, resources, note)
        payload = {
            "notice_id": notice_id,
            "unit": partner,
            "incident_id": incident_id,
            "link": partner,
            "kind": "eido",
            "address": target.url,
            "text": f"handed over to {partner}",
            "truncated": False,
            "two_way": True,
            "resend_of": None,
            "link_limit_s": self.link_limit_s,
            "crew_limit_s": self.crew_limit_s,
            "message_id": message_id,
            "document": document.decode("utf-8"),
        }
        self._by_message[message_id] = notice_id
        if owned:
            self._put.add(notice_id)
        try:
            await self._commit(ev.REACH_QUEUED, payload, ev.reach_source(partner))
        except StoreError as exc:
            self._put.discard(notice_id)
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "handover not stored, nothing sent: {reason}"),
                reason=Text(exc),
            ) from None
        self._arm(notice_id, "link")  # here too: no owner running is an alarm, not silence
        if owned:
            self.outbox.put(Outgoing(partner, "eido", document, EIDO_TYPE, notice_id))
        return notice_id

    def _next_id(self, incident_id: str, partner: str) -> str:
        prefix = f"{incident_id}/{partner}/"
        notices = self.dispatch.state.reach.notices
        used = {k for k in (*notices, *self._issued) if k.startswith(prefix)}
        notice_id = f"{prefix}{len(used) + 1}"
        self._issued.add(notice_id)
        return notice_id

    def _eido(
        self, incident: Any, message_id: str, resources: Sequence[dict[str, Any]], note: str | None
    ) -> bytes:
        state = self.dispatch.state
        type_text = incident.type_code
        if self.catalogue is not None:
            try:
                type_text = self.catalogue.incident_type(incident.type_code).name
            except LookupError:
                pass
        location: dict[str, Any] = {"lat": incident.lat, "lon": incident.lon}
        place = incident.location or (incident.place.label if incident.place else None)
        if place:
            location["description"] = place
        notes: list[Any] = [
            {"text": n.text, "time": n.time} for n in state.notes.get(incident.incident_id, [])
        ]
        if note:
            notes.append(note)
        data: dict[str, Any] = {
            "id": incident.incident_id,
            "type": incident.type_code,
            "type_text": type_text,
            "priority": f"P{incident.priority}",
            "location": location,
            "notes": notes,
            "resources": list(resources),
        }
        caller = self._caller(incident.call_id)
        if caller:
            data["caller"] = caller
        return encode_eido(
            data, agency=self.agency, issuer=self.agency, updated=_now(), eido_id=message_id
        )

    def _caller(self, call_id: str | None) -> dict[str, Any] | None:
        call = self.calls.call(call_id) if self.calls is not None and call_id else None
        return {"phone": call.number} if call is not None and call.number else None

    def _on_result(
        self, item: Outgoing, attempt: int, result: PostResult | None, reason: str | None
    ) -> None:
        if item.route == "eido":
            self._step(item.partner, ev.REACH_SENT, item.key, attempt=attempt)
            if result is not None and 200 <= result.status < 300:
                self._step(
                    item.partner,
                    ev.REACH_LINK_ACK,
                    item.key,
                    status=result.status,
                    answer=result.text[:200],
                )
                self._disarm(item.key, "link")
                self._arm(item.key, "crew")
            elif result is not None and not retryable(result.status):
                self._step(
                    item.partner,
                    ev.REACH_FAILED,
                    item.key,
                    final=True,
                    reason=f"HTTP {result.status}: {result.text[:200]}",
                )
            else:
                why = reason if result is None else f"HTTP {result.status}: {result.text[:200]}"
                self._step(item.partner, ev.REACH_FAILED, item.key, retrying=True, reason=why)
            return
        source = partner_source(item.partner)
        self._submit(ANSWER_SENT, {"answer_id": item.key, "attempt": attempt}, source)
        if result is not None and 200 <= result.status < 300:
            self._submit(ANSWER_DELIVERED, {"answer_id": item.key, "status": result.status}, source)
        else:
            final = result is not None and not retryable(result.status)
            why = reason if result is None else f"HTTP {result.status}: {result.text[:200]}"
            self._submit(
                ANSWER_FAILED, {"answer_id": item.key, "final": final, "reason": why}, source
            )

    # -- answering a partner's call -------------------------------------------------

    async def answer(
        self, call_id: str, answer: str, reason: str | None = None, *, auto: bool = False
    ) -> str:
        """Queue ``answer`` for the partner whose handover made ``call_id``; the answer id.
        ``auto``: the answer follows from an action already authorised (no role check)."""
        if not auto:
            self.dispatch.authorize("call.answer")
        if answer not in ANSWERS:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "answer must be one of {answers}, not '{answer}'"),
                answers=Listed(ANSWERS),
                answer=Text(answer),
            )
        call = self.calls.call(call_id) if self.calls is not None else None
        frame = (call.frame or {}) if call is not None else {}
        partner = frame.get("partner")
        if call is None or partner not in self.partners:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "{call} is not a call handed over by a partner"),
                call=call_id,
            )
        owned = partner in self.outbox.clients  # else its owner delivers it from the log
        answer_id = f"{frame['message_id']}:answer:{answer}:{uuid.uuid4().hex[:8]}"
        body = encode_answer(
            answer_id, str(frame["message_id"]), answer, _now(), reason, call_id=call_id
        )
        payload = {
            "answer_id": answer_id,
            "partner": partner,
            "call_id": call_id,
            "message_id": frame["message_id"],
            "answer": answer,
            "reason": reason,
            "document": body.decode("utf-8"),
        }
        self._answered.add((call_id, answer))
        if owned:
            self._put.add(answer_id)
        try:
            await self._commit(
                ANSWER_QUEUED, payload, ev.operator_source(self.dispatch.operator or "system")
            )
        except StoreError as exc:
            self._answered.discard((call_id, answer))
            self._put.discard(answer_id)
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "answer not stored, nothing sent: {reason}"),
                reason=Text(exc),
            ) from None
        if owned:
            self.outbox.put(Outgoing(str(partner), "eido-answer", body, ANSWER_TYPE, answer_id))
        return answer_id

    def on_committed(self, events: Sequence[Any]) -> None:
        """Answer partner calls on their own: attached to an incident -> accepted; that
        incident closed -> completed. Also re-checks the alarms of handovers."""
        for event in events:
            p = event.payload or {}
            if event.kind in (ev.REACH_QUEUED, ANSWER_QUEUED):
                self._deliver_queued(event.kind, p)
            elif event.kind == cev.CALL_ATTACHED:
                self._auto_answer(str(p.get("call_id")), "accepted")
            elif event.kind == ev.INCIDENT_CLOSED and self.calls is not None:
                incident_id = p.get("incident_id")
                for call in list(self.calls.calls.values()):
                    if call.incident_id == incident_id:
                        self._auto_answer(call.call_id, "completed")
        self._check_alarms()

    def _deliver_queued(self, kind: str, p: dict[str, Any]) -> None:
        """A handover or answer another process queued for a partner this one delivers to."""
        if kind == ANSWER_QUEUED:
            partner, key = p.get("partner"), p.get("answer_id")
            route, content_type = "eido-answer", ANSWER_TYPE
            self._answered.add((str(p.get("call_id")), str(p.get("answer"))))
        elif p.get("kind") == "eido":
            partner, key = p.get("link"), p.get("notice_id")
            route, content_type = "eido", EIDO_TYPE
            self._by_message.setdefault(str(p.get("message_id")), str(key))
        else:
            return
        if partner not in self.outbox.clients or not key or not p.get("document"):
            return
        if str(key) in self._put:
            return  # its own, or delivered already
        self._put.add(str(key))
        if route == "eido":
            self._arm(str(key), "link")
        document = str(p["document"]).encode("utf-8")
        self.outbox.put(Outgoing(str(partner), route, document, content_type, str(key)))

    def _auto_answer(self, call_id: str, answer: str) -> None:
        call = self.calls.call(call_id) if self.calls is not None else None
        if call is None or (call.frame or {}).get("partner") not in self.outbox.clients:
            return  # unknown, or answered by the process that delivers to that partner
        if (call_id, answer) in self._answered:
            return
        self._answered.add((call_id, answer))
        task = asyncio.ensure_future(self.answer(call_id, answer, auto=True))
        task.add_done_callback(_log_failure("partner answer"))

    # -- limits -------------------------------------------------------------------------

    def _arm(self, notice_id: str, stage: str) -> None:
        if self._loop is None:
            return
        limit = self.link_limit_s if stage == "link" else self.crew_limit_s
        self._disarm(notice_id, stage)
        self._timers[(notice_id, stage)] = self._loop.call_later(
            limit, self._limit_reached, notice_id, stage, limit
        )

    def _disarm(self, notice_id: str, stage: str) -> None:
        timer = self._timers.pop((notice_id, stage), None)
        if timer is not None:
            timer.cancel()

    def _limit_reached(self, notice_id: str, stage: str, limit: float) -> None:
        self._timers.pop((notice_id, stage), None)
        notice = self.dispatch.state.reach.notices.get(notice_id)
        if notice is None or notice.ended or notice.alarm == stage:
            return
        needed = "link_ack" if stage == "link" else "read"
        from models.dispatch.reach import STAGES

        if STAGES.index(notice.stage) >= STAGES.index(needed):
            return
        self._step(notice.link, ev.REACH_TIMED_OUT, notice_id, stage=stage, limit_s=limit)

    def _check_alarms(self) -> None:
        standing = [n for n in self.dispatch.state.reach.open_alarms() if n.kind == "eido"]
        ids = {n.notice_id for n in standing}
        if ids == self._alarms:
            return
        new = [n for n in standing if n.notice_id not in self._alarms]
        self._alarms = ids
        for listener in self._alarm_listeners:
            listener(standing, new)

    # -- the log ----------------------------------------------------------------------

    def _submit(self, kind: str, payload: dict[str, Any], source: str) -> Any:
        event = NewEvent(source=source, kind=kind, rx_time=_now(), payload=payload)
        handle = self.writer.submit(event)
        add = getattr(handle, "add_done_callback", None)
        if add is not None:
            add(_log_failure(kind))
        return handle

    async def _commit(self, kind: str, payload: dict[str, Any], source: str) -> Any:
        handle = self._submit(kind, payload, source)
        return await asyncio.wrap_future(handle.as_future())

    def _step(self, partner: str, kind: str, notice_id: str, **extra: Any) -> None:
        self._submit(kind, {"notice_id": notice_id, **extra}, ev.reach_source(partner))


def _outbox_events(store: Any) -> list[Any]:
    from models.store import queries

    with store.engine.connect() as conn:
        return queries.kind_events_between(conn, OUTBOX_KINDS, 0)


def _now() -> datetime:
    return datetime.now(UTC)


def _log_failure(what: str) -> Callable[[Any], None]:
    def done(handle: Any) -> None:
        try:
            error = handle.exception()
        except Exception as exc:  # cancelled
            error = exc
        if error is not None:
            _LOGGER.warning("%s not stored: %s", what, error)

    return done
