"""The event log's sentences for operators (context ``EventText``).

Contract: ``operator_summary(kind, payload)`` words every ``operator.*`` event
(sign-in, failed attempt with its reason, sign-out, shift change, password and
role changes, disabling, break-glass sessions; never a password hash); part of
``console.reports.event_text.summarize``, whose contract (language,
isolation) it follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.reports.plural import english_plural
from widgets.bidi import shown_isolated as _i
from widgets.bidi import shown_ltr as _l


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventText", text)


def _trn(text: str, n: int) -> str:
    return english_plural(text, n, QCoreApplication.translate("EventText", text, "", n))


def role_word(role: Any) -> str:
    words = {
        "dispatcher": _tr("dispatcher"),
        "supervisor": _tr("supervisor"),
        "administrator": _tr("administrator"),
        "call-taker": _tr("call-taker"),
        "trainer": _tr("trainer"),
    }
    return words.get(str(role), _i(role))


def _at(template: str, p: dict[str, Any], **fields: Any) -> str:
    """``template`` (with ``{at}``) filled; ``{at}`` is " at <position>" or ""."""
    at = _tr(" at {position}").format(position=_l(p["position"])) if p.get("position") else ""
    return template.format(at=at, **fields)


def operator_summary(kind: str, p: dict[str, Any]) -> str:
    """An ``operator.*`` event as a sentence (payloads: ``models.operators.events``)."""
    name = _i(p.get("name") or "?")
    role = role_word(p.get("role"))
    what = kind.removeprefix("operator.")
    if what == "added":
        if p.get("first"):
            template = (
                _tr("operator {name} added with the {role} role as the store's first administrator")
                if p.get("password_hash")
                else _tr(
                    "operator {name} added with the {role} role as the store's first "
                    "administrator, no password yet"
                )
            )
        else:
            template = (
                _tr("operator {name} added with the {role} role")
                if p.get("password_hash")
                else _tr("operator {name} added with the {role} role, no password yet")
            )
        return template.format(name=name, role=role)
    if what == "signed_in":
        if p.get("method") == "os-user":
            return _at(_tr("{name} ({role}) signed in{at} (as the OS user, no password)"), p,
                       name=name, role=role)  # fmt: skip
        return _at(_tr("{name} ({role}) signed in{at}"), p, name=name, role=role)
    if what == "sign_in_failed":
        failures = p.get("failures")
        text = _at(_tr("sign-in as {name} refused{at}: {reason}"), p, name=name,
                   reason=_operator_reason(p.get("reason")))  # fmt: skip
        if isinstance(failures, int) and failures:
            text += _trn(", %n failed in a row", failures)
        return text
    if what == "signed_out":
        reason = p.get("reason")
        if reason and reason != "signed out":
            return _at(_tr("{name} signed out{at} ({reason})"), p, name=name,
                       reason=_operator_reason(reason))  # fmt: skip
        return _at(_tr("{name} signed out{at}"), p, name=name)
    if what == "changed":
        return _at(_tr("shift change{at}: {previous} handed over to {name} ({role})"), p,
                   previous=_i(p.get("previous")), name=name, role=role)  # fmt: skip
    if what in ("locked", "unlocked"):
        template = (
            _tr("position{at} locked for {name}")
            if what == "locked"
            else _tr("position{at} unlocked for {name}")
        )
        text = _at(template, p, name=name)
        if p.get("reason"):
            text = _tr("{text}: {reason}").format(text=text, reason=_i(p["reason"]))
        return text
    if what == "password_changed":
        if p.get("rehash"):
            return _tr(
                "password of {name} changed (re-hashed with today's parameters at sign-in)"
            ).format(name=name)
        return _tr("password of {name} changed").format(name=name)
    if what == "role_changed":
        return _tr("{name}'s role changed from {previous} to {role}").format(
            name=name, previous=role_word(p.get("previous")), role=role
        )
    if what == "disabled":
        if p.get("reason"):
            return _tr("operator {name} DISABLED: {reason}").format(
                name=name, reason=_i(p["reason"])
            )
        return _tr("operator {name} DISABLED").format(name=name)
    if what == "break_glass":
        return _at(
            _tr("BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} "
                "until {until}: {reason}"),
            p, name=name, role=role, minutes=_minutes(p.get("minutes")),
            until=_l(p.get("until")), reason=_i(p.get("reason")),
        )  # fmt: skip
    if what == "break_glass_ended":
        return _at(_tr("break-glass session of {name}{at} ended: {reason}"), p, name=name,
                   reason=_operator_reason(p.get("reason")))  # fmt: skip
    details = ", ".join(
        f"{key}={value}" for key, value in sorted(p.items())[:4] if "hash" not in key
    )
    return _l(f"{kind} {details}".strip())


def _operator_reason(reason: Any) -> str:
    """Why a sign-in failed or a session ended: the codes the console writes
    (``models.operators.events.FAILURE_REASONS``, the desk's and the session's reasons)
    in the console's language; anything else (typed by a person) as it is, isolated."""
    words = {
        "wrong password": _tr("wrong password"),
        "unknown operator": _tr("unknown operator"),
        "account disabled": _tr("account disabled"),
        "backing off": _tr("backing off"),
        "signed in at another position": _tr("signed in at another position"),
        "signed out": _tr("signed out"),
        "console closed": _tr("console closed"),
        "time is up": _tr("time is up"),
        "signed in normally": _tr("signed in normally"),
    }
    word = words.get(str(reason))
    return _i(word if word is not None else reason)


def _minutes(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _l(_tr("{n} min").format(n=f"{value:g}"))
    return _l(_tr("{n} min").format(n="?"))
