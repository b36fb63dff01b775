"""Places on the command line: ``@ place``, ``@ lat,lon [text]``, ``@ selected`` and
``@ offered`` (Qt-free).

Contract: ``_new_incident`` (N), ``_relocate`` (LOC of an incident) and
``_relocate_call`` (LOC of a call) read the clause after ``@`` into their
intents: coordinates (range-checked), ``selected``, or a place query the
console resolves (``place_query``). ``place_span(text, cursor)`` is the span
of that query while the cursor is in it, None elsewhere;
``attach_place(intent, typed, place)`` records a place the dispatcher picked
from the list. Refusals are ``_Fail`` with marked templates
(``command_words``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from console.controllers.command_help import QT_TRANSLATE_NOOP, VERBS, HelpEntry
from console.controllers.command_intents import Intent, NewIncident, Relocate, RelocateCall
from console.controllers.command_words import (
    _NUMBER,
    _SEL_WORDS,
    CommandContext,
    _Fail,
    _incident,
    _incident_type,
    _needs,
    _optional_call,
    _Token,
    _tokens,
)

__all__ = ["attach_place", "place_span"]


_POSITION = re.compile(rf"@\s*(?:({_NUMBER})\s*[,\s]\s*({_NUMBER})|(\S+))?(?=\s|$)")
_BARE_NUMBERS = re.compile(rf"@\s*{_NUMBER}(?:\s*[,\s]\s*{_NUMBER})?\s*$")


def _place_query(text: str, at: _Token) -> tuple[int, str] | None:
    """The place text after ``@`` (start, text) when the clause is not coordinates or
    ``selected``; None otherwise."""
    match = _POSITION.match(text, at.start)
    if match and match.group(1) is not None:
        return None
    if match and match.group(3) and match.group(3).casefold() in _SEL_WORDS:
        if not text[match.end() :].strip():
            return None
    body = text[at.start + 1 :]
    stripped = body.lstrip()
    return at.start + 1 + (len(body) - len(stripped)), stripped.rstrip()


def _position(text: str, at: _Token) -> tuple[float | None, float | None, bool, int]:
    """Parse the ``@ lat,lon`` or ``@ selected`` clause at ``at``; return lat, lon,
    at_selected and its end."""
    match = _POSITION.match(text, at.start)
    if match and match.group(3) and match.group(3).casefold() in _SEL_WORDS:
        return None, None, True, match.end()
    if not match or match.group(1) is None:
        word = text[at.start : match.end() if match else at.end]
        raise _Fail(
            _Token(word, at.start),
            QT_TRANSLATE_NOOP(
                "CommandGrammar",
                "bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) "
                "or @ selected",
            ),
            word=word,
        )
    lat, lon = float(match.group(1)), float(match.group(2))
    if not -90 <= lat <= 90:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP("CommandGrammar", "latitude {value} is out of range (-90 to 90)"),
            value=match.group(1),
        )
    if not -180 <= lon <= 180:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP("CommandGrammar", "longitude {value} is out of range (-180 to 180)"),
            value=match.group(2),
        )
    return lat, lon, False, match.end()


def _new_incident(text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext) -> Intent:
    if not args:
        raise _needs(verb, len(text))
    type_code = _incident_type(args[0], ctx)
    lat = lon = None
    at_selected = False
    pieces: list[str] = []
    cursor = args[0].end
    at = next((t for t in args[1:] if t.text.startswith("@")), None)
    if at is not None:
        query = _place_query(text, at)
        if query is not None and not _BARE_NUMBERS.match(text, at.start):
            before = " ".join(text[cursor : at.start].split())
            if not query[1]:
                raise _Fail(
                    at,
                    QT_TRANSLATE_NOOP(
                        "CommandGrammar", "where? type a place after @, e.g. @ Mariankatu 12"
                    ),
                )
            location = " ".join(f"{before} {query[1]}".split())
            return NewIncident(type_code, None, None, False, location, " ".join(query[1].split()))
        lat, lon, at_selected, end = _position(text, at)
        pieces.append(text[cursor : at.start])
        cursor = end
    pieces.append(text[cursor:])
    location = " ".join(" ".join(pieces).split()) or None
    return NewIncident(type_code, lat, lon, at_selected, location)


def _relocate(text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext) -> Intent:
    if not args:
        raise _needs(verb, len(text))
    incident = _incident(args[0], ctx)
    at = args[1] if len(args) > 1 else None
    if at is None or not at.text.startswith("@"):
        raise (
            _needs(verb, len(text))
            if at is None
            else _Fail(
                at,
                QT_TRANSLATE_NOOP("CommandGrammar", "unexpected '{word}'; usage: {usage}"),
                word=at.text,
                usage=verb.usage,
            )
        )
    typed = _typed_place(text, at)
    if typed is not None:
        return Relocate(incident, None, None, False, typed, typed)
    lat, lon, at_selected, end = _position(text, at)
    location = " ".join(text[end:].split()) or None
    return Relocate(incident, lat, lon, at_selected, location)


def _typed_place(text: str, at: _Token) -> str | None:
    """The place typed after ``@`` (white space folded), None when ``@`` gives a position
    instead; refused when nothing follows the ``@``."""
    query = _place_query(text, at)
    if query is None or _BARE_NUMBERS.match(text, at.start):
        return None
    if not query[1]:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP(
                "CommandGrammar", "where? type a place after @, e.g. @ Mariankatu 12"
            ),
        )
    return " ".join(query[1].split())


def _relocate_call(text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext) -> Intent:
    call, rest = _optional_call(args, ctx, verb, text)
    if not rest:
        return RelocateCall(call)  # verify the location in force
    at = rest[0]
    if not at.text.startswith("@"):
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP("CommandGrammar", "unexpected '{word}'; usage: {usage}"),
            word=at.text,
            usage=verb.usage,
        )
    word = text[at.start + 1 :].strip()
    if word.casefold() in ("offered", "offer", "new"):
        return RelocateCall(call, offered=True)
    typed = _typed_place(text, at)
    if typed is not None:
        if typed.casefold() in _SEL_WORDS:
            raise _Fail(
                at,
                QT_TRANSLATE_NOOP(
                    "CommandGrammar", "a call's place is @ place, @ lat,lon or @ offered"
                ),
            )
        return RelocateCall(call, location=typed, place_query=typed)
    lat, lon, at_selected, end = _position(text, at)
    if at_selected:
        raise _Fail(
            at,
            QT_TRANSLATE_NOOP(
                "CommandGrammar", "a call's place is @ place, @ lat,lon or @ offered"
            ),
        )
    return RelocateCall(call, lat, lon, " ".join(text[end:].split()) or None)


_PLACE_VERBS = frozenset({"N", "LOC"})


def place_span(text: str, cursor: int) -> tuple[int, int] | None:
    """The (start, end) of the place query after ``@`` while ``cursor`` is in it.

    None when the command takes no place, the cursor is before the ``@``, or
    the clause is coordinates or ``selected`` (nothing to look up)."""
    tokens = _tokens(text)
    if not tokens:
        return None
    verb = VERBS.get(tokens[0].text.casefold())
    if verb is None or verb.verb not in _PLACE_VERBS:
        return None
    # After the type (N), the incident or call (LOC), or at once (LOC of the selected call).
    at = next((t for t in tokens[1:] if t.text.startswith("@")), None)
    if at is None or cursor <= at.start:
        return None
    query = _place_query(text, at)
    if query is None or not query[1]:
        return None
    start, body = query
    return start, start + len(body)


def attach_place(intent: object, typed: str, place: object) -> object:
    """``intent`` with the picked ``place`` when its place query is that place's label.

    The line held the label after the pick; ``typed`` (what the dispatcher had
    typed) becomes the kept location text. Any other intent is returned as is."""
    if not isinstance(intent, NewIncident | Relocate | RelocateCall) or intent.place_query is None:
        return intent
    label = " ".join(str(getattr(place, "label", "")).split())
    if label.casefold() != intent.place_query.casefold():
        return intent  # edited after the pick: resolve what is there now
    typed = " ".join(typed.split()) or intent.place_query
    return replace(intent, place=place, location=typed)
