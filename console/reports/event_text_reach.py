"""The event log's sentences for reaching the units and the partners (context ``EventText``).

Contract: ``reach_summary(kind, payload)`` words a ``reach.*`` event (a unit's
notification chain: queued, sent, acknowledged by the link, delivered, read,
accepted or rejected, timed out, re-sent, reached by voice, a request to talk)
and ``answer_summary(kind, payload)`` a ``partner.answer_*`` event (a partner's
accepted/rejected/completed answer on its way back); part of
``console.reports.event_text.summarize``, whose contract (language, isolation)
they follow. A device's status word (a TETRA delivery status, an ESPA call
status) is shown through ``console.reports.link_texts.link_text``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.reports.link_texts import link_text
from console.reports.plural import english_plural
from widgets.bidi import shown_isolated as _i
from widgets.bidi import shown_ltr as _l


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventText", text)


def _trn(text: str, n: int) -> str:
    return english_plural(text, n, QCoreApplication.translate("EventText", text, "", n))


def _notice(p: dict[str, Any]) -> str:
    """``<incident>/<unit or partner>/<n>`` as "HE11 for 2026-000001" (#n past the first)."""
    parts = str(p.get("notice_id")).partition("@")[0].split("/")  # "@<token>": its process
    if len(parts) != 3:
        return _l(p.get("notice_id"))
    if parts[2] not in ("1", ""):
        return _tr("{unit} for {incident} #{n}").format(
            unit=_l(parts[1]), incident=_l(parts[0]), n=parts[2]
        )
    return _tr("{unit} for {incident}").format(unit=_l(parts[1]), incident=_l(parts[0]))


def reach_summary(kind: str, p: dict[str, Any]) -> str:
    """The notification chain's steps (pages, radio texts, partner handovers: NENA EIDO)."""
    step = kind.removeprefix("reach.")
    partner = p.get("by") == "partner"
    if step == "queued":
        if p.get("kind") == "eido":
            return _tr("{incident} handed over to partner {partner} ({address}), EIDO {id}").format(
                incident=_l(p.get("incident_id")),
                partner=_i(p.get("unit")),
                address=_l(p.get("address")),
                id=_l(p.get("message_id")),
            )
        fields = {
            "unit": _l(p.get("unit")),
            "incident": _l(p.get("incident_id")),
            "link": _l(p.get("link")),
            "address": _l(p.get("address")),
            "text": _i(p.get("text")),
        }
        if p.get("resend_of") and p.get("by"):
            return _tr(
                "{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}"
            ).format(by=_i(p["by"]), **fields)
        if p.get("resend_of"):
            return _tr("{unit} for {incident}: queued on {link} {address}, re-sent: {text}").format(
                **fields
            )
        return _tr("{unit} for {incident}: queued on {link} {address}: {text}").format(**fields)
    who = _notice(p)
    if step == "sent":
        return _tr("{who}: sent (attempt {n})").format(who=who, n=p.get("attempt") or 1)
    if step == "link_ack":
        if p.get("status") is not None:
            return _tr("{who}: the partner took it (HTTP {status})").format(
                who=who, status=p["status"]
            )
        return _tr("{who}: acknowledged by the link").format(who=who)
    if step == "delivered":
        if p.get("detail") == "completed":
            return _tr("{who}: the partner reports it completed").format(who=who)
        if p.get("detail"):
            return _tr("{who}: delivered to the device ({detail})").format(
                who=who, detail=_i(link_text(p["detail"]))
            )
        return _tr("{who}: delivered to the device").format(who=who)
    if step == "read":
        return _tr("{who}: read by the crew").format(who=who)
    if step == "accepted":
        if partner:
            return _tr("{who}: accepted by the partner").format(who=who)
        if p.get("by"):
            return _tr("{who}: accepted by the crew ({by})").format(who=who, by=_i(p["by"]))
        return _tr("{who}: accepted by the crew").format(who=who)
    if step == "rejected":
        text = (
            _tr("{who}: rejected by the partner") if partner else _tr("{who}: rejected by the crew")
        ).format(who=who)
        if p.get("reason"):
            text = _tr("{text}: {reason}").format(text=text, reason=_i(p["reason"]))
        return text
    if step == "failed":
        template = (
            _tr("{who}: FAILED (final): {reason}")
            if p.get("final")
            else _tr("{who}: FAILED (retrying): {reason}")
            if p.get("retrying")
            else _tr("{who}: FAILED: {reason}")
        )
        return template.format(who=who, reason=_i(link_text(p.get("reason") or "")))
    if step == "timed_out":
        crew = p.get("stage", "link") != "link"
        if isinstance(p.get("limit_s"), int | float):
            template = (
                _tr("NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s")
                if crew
                else _tr("NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s")
            )
            return template.format(who=who, limit=f"{p['limit_s']:g}")
        template = (
            _tr("NOT ACKNOWLEDGED: {who}: no crew answer")
            if crew
            else _tr("NOT ACKNOWLEDGED: {who}: no link acknowledgement")
        )
        return template.format(who=who)
    if step == "voice":
        return _tr("{who}: reached by voice").format(who=who)
    if step == "talk_request":
        return _tr("{who} asks to talk ({label}) on {link} {address}").format(
            who=_l(p.get("unit") or p.get("address")),
            label=_i(p.get("label")),
            link=_l(p.get("link")),
            address=_l(p.get("address")),
        )
    if step == "refused":
        sender = p.get("unit") or p.get("address") or "?"
        return _tr("from {sender} on {link}: refused: {reason}").format(
            sender=_l(sender), link=_l(p.get("link")), reason=_i(p.get("reason"))
        )
    return f"{who}: {_l(step)}"


def _answer_word(what: Any) -> str:
    words = {
        "accepted": _tr("accepted"),
        "rejected": _tr("rejected"),
        "completed": _tr("completed"),
    }
    return words.get(str(what), _l(what))


def answer_summary(kind: str, p: dict[str, Any]) -> str:
    """Our answers to a partner's handover (accepted / rejected / completed)."""
    answer_id = str(p.get("answer_id"))
    what = _answer_word(
        p.get("answer") or (answer_id.split(":answer:")[-1].split(":")[0] or "answer")
    )
    if kind == "partner.answer_queued":
        fields = {"what": what, "call": _l(p.get("call_id")), "partner": _i(p.get("partner"))}
        if p.get("reason"):
            return _tr("answer {what} for call {call} queued to {partner}: {reason}").format(
                reason=_i(p["reason"]), **fields
            )
        return _tr("answer {what} for call {call} queued to {partner}").format(**fields)
    if kind == "partner.answer_sent":
        return _tr("answer {what} sent to the partner (attempt {n})").format(
            what=what, n=p.get("attempt") or 1
        )
    if kind == "partner.answer_delivered":
        return _tr("answer {what} delivered to the partner (HTTP {status})").format(
            what=what, status=p.get("status")
        )
    if kind == "partner.answer_failed":
        template = (
            _tr("answer {what} FAILED (final): {reason}")
            if p.get("final")
            else _tr("answer {what} FAILED (retrying): {reason}")
        )
        return template.format(what=what, reason=_i(p.get("reason")))
    return _tr("answer {what} {step}").format(
        what=what, step=_l(kind.removeprefix("partner.answer_"))
    )
