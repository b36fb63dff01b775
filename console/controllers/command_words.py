"""The command line's words: tokens, keyboard layouts and the names a command takes
(Qt-free).

Contract: ``ParseError`` (``template``/``args``, ``position``/``end``) is what a
refused line returns; ``CommandContext`` is what the console knows for
matching. Inside the grammar a refusal is raised as ``_Fail(token, template,
**args)``; every template is a literal marked with ``QT_TRANSLATE_NOOP``
(context ``CommandGrammar``) so it is translated where it is shown, and the
English ``message`` reads as before; in a right-to-left console the values
inside it are isolated (``widgets.bidi``), the ``usage`` left for the command
line to translate. ``latin_keys`` reads text typed in a
Hebrew or Arabic layout on its Latin keys. The name helpers (``_incident``,
``_closed_incident``, ``_partner``, ``_call``, ``_alert``, ``_units``,
``_incident_type``, ``_optional_call``/``_optional_alert``) match
case-insensitively against the context and return the canonical spelling, or
raise an "unknown ..." refusal with the closest known name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from console.controllers.command_help import QT_TRANSLATE_NOOP, HelpEntry
from widgets.bidi import shown_isolated, shown_ltr

__all__ = ["CommandContext", "ParseError", "latin_keys"]


@dataclass(frozen=True, slots=True)
class ParseError:
    template: str  # str.format template, translatable as is
    args: tuple[tuple[str, str], ...]
    position: int
    end: int

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.args))


@dataclass(frozen=True, slots=True)
class CommandContext:
    """What the console knows right now, for matching and completion."""

    units: tuple[str, ...] = ()
    incidents: tuple[str, ...] = ()  # open incident ids
    incident_types: tuple[str, ...] = ()  # catalogue codes
    selected_incident: str | None = None
    selected_unit: str | None = None
    dispositions: tuple[str, ...] = ()
    calls: tuple[str, ...] = ()  # active call ids (ringing and answered)
    ringing: tuple[str, ...] = ()  # ringing call ids, longest-ringing first
    selected_call: str | None = None
    alerts: tuple[str, ...] = ()  # alert ids that take an action (new, acknowledged)
    selected_alert: str | None = None
    #: Ids of calls and alerts that are over (released, promoted, ...): named, never
    #: proposed; the console says why it cannot act on them.
    ended: tuple[str, ...] = ()
    #: Closed incident ids (REOPEN names one), most recently closed first.
    closed_incidents: tuple[str, ...] = ()
    #: Partner control rooms' names (HANDOVER); empty: the console refuses a handover.
    partners: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class _Fail(Exception):
    """A refusal: ``template`` (marked for translation) and its values. In a right-to-left
    console the values are isolated (``widgets.bidi``): the typed ``word`` by its own
    first letter, names and numbers left to right; ``usage`` stays plain, for the command
    line to translate and isolate."""

    def __init__(self, token: _Token | int, template: str, **args: str) -> None:
        super().__init__(template)
        start, end = (token, token) if isinstance(token, int) else (token.start, token.end)
        shown = tuple(
            (key, value if key == "usage" else _shown(key, value)) for key, value in args.items()
        )
        self.error = ParseError(template, shown, start, end)


def _shown(key: str, value: str) -> str:
    return shown_isolated(value) if key == "word" else shown_ltr(value)


_SEL_WORDS = frozenset({"selected", "sel", "."})
_NUMBER = r"[-+]?\d+(?:\.\d*)?"


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start()) for m in re.finditer(r"\S+", text)]


# -- keyboard layouts ----------------------------------------------------------------

# Unshifted keys of the Hebrew (SI-1452) and Arabic (101) layouts -> the Latin key.
_HEBREW_KEYS = dict(
    zip("קראטוןםפשדגכעיחלךףזסבהנמצתץ'/", "ertyuiopasdfghjkl;zxcvbnm,.wq", strict=True)
)
_ARABIC_KEYS = dict(
    zip("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ", "qwertyuiop[]asdfghjkl;'zxcvnm,./`", strict=True)
)
_DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))
_LATIN_KEYS = str.maketrans({**_HEBREW_KEYS, **_ARABIC_KEYS, **_DIGITS})
_LAYOUT_CHARS = frozenset(_HEBREW_KEYS) | frozenset(_ARABIC_KEYS) | frozenset(_DIGITS)


def latin_keys(text: str) -> str:
    """``text`` as the same physical keys type it in a Latin layout ("גץ" -> "d.",
    "ي" -> "d"; Arabic "لا", one key, is "b"; Arabic-Indic digits are digits)."""
    return text.replace("لا", "b").translate(_LATIN_KEYS)


def _word_start(text: str, at: int) -> int:
    """Where free text starting at ``at`` begins as typed: a Hebrew word's first letter
    may sit on the comma key (ת, و), so a part split there starts at its word."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start if latin_keys(text[start:at]).strip(",") == "" else at


def _known_names(ctx: CommandContext) -> frozenset[str]:
    names = (
        *ctx.units,
        *ctx.incidents,
        *ctx.calls,
        *ctx.alerts,
        *ctx.incident_types,
        *ctx.ended,
        *ctx.closed_incidents,
        *ctx.partners,
    )
    return frozenset(n.casefold() for n in names)


def _on_latin_keys(token: _Token, known: frozenset[str]) -> _Token:
    """The token read on its Latin keys when it was typed in a Hebrew or Arabic layout
    and is not a known name as typed."""
    if _LAYOUT_CHARS.isdisjoint(token.text) or token.text.casefold() in known:
        return token
    return _Token(latin_keys(token.text), token.start)


def _split_commas(tokens: Sequence[_Token]) -> list[_Token]:
    parts: list[_Token] = []
    for token in tokens:
        for m in re.finditer(r"[^,]+", token.text):
            parts.append(_Token(m.group(), token.start + m.start()))
    return parts


#: "unknown <what> '{word}'" and its "did you mean" form, per kind of name.
_UNKNOWN: dict[str, tuple[str, str]] = {
    "incident": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown incident '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown incident '{word}' — did you mean {suggestion}?"
        ),
    ),
    "closed incident": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown closed incident '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown closed incident '{word}' — did you mean {suggestion}?"
        ),
    ),
    "partner": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown partner '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown partner '{word}' — did you mean {suggestion}?"
        ),
    ),
    "answer": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown answer '{word}'"),
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown answer '{word}' — did you mean {suggestion}?"),
    ),
    "call": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown call '{word}'"),
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown call '{word}' — did you mean {suggestion}?"),
    ),
    "alert": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown alert '{word}'"),
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown alert '{word}' — did you mean {suggestion}?"),
    ),
    "unit": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown unit '{word}'"),
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown unit '{word}' — did you mean {suggestion}?"),
    ),
    "incident type": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown incident type '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown incident type '{word}' — did you mean {suggestion}?"
        ),
    ),
    "unit or incident": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown unit or incident '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown unit or incident '{word}' — did you mean {suggestion}?"
        ),
    ),
    "command": (
        QT_TRANSLATE_NOOP("CommandGrammar", "unknown command '{word}'"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "unknown command '{word}' — did you mean {suggestion}?"
        ),
    ),
}
#: "no <what> is selected" for a call or an alert named by ".".
_NONE_SELECTED = {
    "call": QT_TRANSLATE_NOOP(
        "CommandGrammar", "no call is selected ('.' means the selected call)"
    ),
    "alert": QT_TRANSLATE_NOOP(
        "CommandGrammar", "no alert is selected ('.' means the selected alert)"
    ),
}


def _unknown(token: _Token, what: str, candidates: Sequence[str]) -> _Fail:
    """An unknown name of the kind ``what`` (a key of ``_UNKNOWN``), with the closest
    known one as a suggestion."""
    plain, suggesting = _UNKNOWN[what]
    by_fold = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(token.text.casefold(), list(by_fold), n=1, cutoff=0.5)
    if close:
        return _Fail(token, suggesting, word=token.text, suggestion=by_fold[close[0]])
    return _Fail(token, plain, word=token.text)


def _trailing_number(incident_id: str) -> int | None:
    match = re.search(r"(\d+)$", incident_id)
    return int(match.group(1)) if match else None


def _incident(token: _Token, ctx: CommandContext) -> str:
    """An open incident by its id, its number or '.' for the selected one."""
    return _incident_among(token, ctx, ctx.incidents, "incident")


def _closed_incident(token: _Token, ctx: CommandContext) -> str:
    """A closed incident named as ``_incident`` names an open one."""
    return _incident_among(token, ctx, ctx.closed_incidents, "closed incident")


def _incident_among(token: _Token, ctx: CommandContext, ids: Sequence[str], what: str) -> str:
    raw = token.text.lstrip("#")
    if raw == ".":
        if ctx.selected_incident is None:
            raise _Fail(
                token,
                QT_TRANSLATE_NOOP(
                    "CommandGrammar", "no incident is selected ('.' means the selected incident)"
                ),
            )
        return ctx.selected_incident
    for incident_id in ids:
        if incident_id.casefold() == raw.casefold():
            return incident_id
    if raw.isdigit():
        matches = [i for i in ids if _trailing_number(i) == int(raw)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise _Fail(
                token,
                QT_TRANSLATE_NOOP("CommandGrammar", "incident '{word}' is ambiguous: {choices}"),
                word=token.text,
                choices=", ".join(matches),
            )
    raise _unknown(token, what, ids)


_ANSWERS = ("accepted", "rejected", "completed")


def _partner(token: _Token, ctx: CommandContext) -> str:
    """A partner by name (any case); with none known the console refuses the handover."""
    if not ctx.partners:
        return token.text
    fold = token.text.casefold()
    for name in ctx.partners:
        if name.casefold() == fold:
            return name
    raise _unknown(token, "partner", ctx.partners)


_CALL_WORD = re.compile(r"^#?[cC](\d+)$")
_ALERT_WORD = re.compile(r"^#?[aA](\d+)$")


def _looks_like(pattern: re.Pattern[str], token: _Token, ids: Sequence[str]) -> bool:
    fold = token.text.casefold()
    return bool(pattern.match(token.text)) or any(i.casefold() == fold for i in ids)


def _by_id(
    token: _Token, ids: Sequence[str], pattern: re.Pattern[str], what: str, selected: str | None
) -> str:
    """A call or alert named by its id, its letter and number ("C42"), or "." (selected)."""
    if token.text == ".":
        if selected is None:
            raise _Fail(token, _NONE_SELECTED[what])
        return selected
    fold = token.text.casefold()
    for known in ids:
        if known.casefold() == fold:
            return known
    match = pattern.match(token.text)
    if match:
        number = int(match.group(1))
        prefix = token.text.lstrip("#")[0].casefold()
        hits = [i for i in ids if i[:1].casefold() == prefix and _trailing_number(i) == number]
        if len(hits) == 1:
            return hits[0]
    raise _unknown(token, what, ids)


def _call(token: _Token, ctx: CommandContext) -> str:
    ids = ctx.calls + tuple(i for i in ctx.ended if i[:1] == "C")
    return _by_id(token, ids, _CALL_WORD, "call", ctx.selected_call)


def _alert(token: _Token, ctx: CommandContext) -> str:
    ids = ctx.alerts + tuple(i for i in ctx.ended if i[:1] == "A")
    return _by_id(token, ids, _ALERT_WORD, "alert", ctx.selected_alert)


def _selected_call(ctx: CommandContext, verb: HelpEntry, at: int) -> str:
    if ctx.selected_call is None:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP("CommandGrammar", "no call is selected: name one ({usage})"),
            usage=verb.usage,
        )
    return ctx.selected_call


def _selected_alert(ctx: CommandContext, verb: HelpEntry, at: int) -> str:
    if ctx.selected_alert is None:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP("CommandGrammar", "no alert is selected: name one ({usage})"),
            usage=verb.usage,
        )
    return ctx.selected_alert


def _unit(token: _Token, ctx: CommandContext) -> str | None:
    fold = token.text.casefold()
    return next((unit for unit in ctx.units if unit.casefold() == fold), None)


def _units(tokens: Sequence[_Token], ctx: CommandContext) -> tuple[str, ...]:
    units: dict[str, None] = {}  # ordered, without repeats
    for token in _split_commas(tokens):
        unit = _unit(token, ctx)
        if unit is None:
            raise _unknown(token, "unit", ctx.units)
        units[unit] = None
    return tuple(units)


def _incident_type(token: _Token, ctx: CommandContext) -> str:
    fold = token.text.casefold()
    exact = [code for code in ctx.incident_types if code.casefold() == fold]
    if exact:
        return exact[0]
    prefixed = [code for code in ctx.incident_types if code.casefold().startswith(fold)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        # Forgiving: a word inside the code ("collision" for "traffic-collision").
        prefixed = [
            code
            for code in ctx.incident_types
            if any(part.startswith(fold) for part in code.casefold().split("-"))
        ]
        if len(prefixed) == 1:
            return prefixed[0]
    if prefixed:
        raise _Fail(
            token,
            QT_TRANSLATE_NOOP("CommandGrammar", "incident type '{word}' is ambiguous: {choices}"),
            word=token.text,
            choices=", ".join(sorted(prefixed)),
        )
    raise _unknown(token, "incident type", ctx.incident_types)


def _needs(verb: HelpEntry, at: int) -> _Fail:
    return _Fail(
        at,
        QT_TRANSLATE_NOOP("CommandGrammar", "{verb} needs more: {usage}"),
        verb=verb.verb,
        usage=verb.usage,
    )


def _rest(text: str, tokens: Sequence[_Token]) -> str:
    return text[tokens[0].start :].strip() if tokens else ""


def _no_more(verb: HelpEntry, tokens: Sequence[_Token]) -> None:
    if tokens:
        raise _Fail(
            tokens[0],
            QT_TRANSLATE_NOOP("CommandGrammar", "unexpected '{word}'; usage: {usage}"),
            word=tokens[0].text,
            usage=verb.usage,
        )


def _optional_call(
    args: list[_Token], ctx: CommandContext, verb: HelpEntry, text: str
) -> tuple[str, list[_Token]]:
    """The call named first (``C42``, its id or ``.``), else the selected call; the rest."""
    if args and (args[0].text == "." or _looks_like(_CALL_WORD, args[0], ctx.calls)):
        return _call(args[0], ctx), args[1:]
    return _selected_call(ctx, verb, len(text)), args


def _optional_alert(
    args: list[_Token], ctx: CommandContext, verb: HelpEntry, text: str
) -> tuple[str, list[_Token]]:
    if args and (args[0].text == "." or _looks_like(_ALERT_WORD, args[0], ctx.alerts)):
        return _alert(args[0], ctx), args[1:]
    return _selected_alert(ctx, verb, len(text)), args
