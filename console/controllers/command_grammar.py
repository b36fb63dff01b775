"""The dispatcher's command line: grammar, parser, completion and help (Qt-free).

Contract:

* ``parse(text, context) -> Intent | ParseError``. Verbs are case-insensitive
  and have aliases; call signs, incident ids and type codes are matched
  case-insensitively against ``context`` and returned in their canonical
  spelling. Intents are frozen dataclasses; the console carries them out (the
  parser knows nothing of unit statuses or the state machine's rules).
* ``ParseError`` has a ``message`` a dispatcher reads ("unknown unit 'E99' —
  did you mean E19?") and the character ``position`` (and ``end``) of the
  offending word. Its ``template``/``args`` let a Qt widget translate it.
* ``complete(text, cursor, context) -> list[str]`` proposes replacements for
  the word at ``cursor`` (``word_span`` tells which characters): verbs first,
  then units, incidents, incident types or dispositions by argument position.
* ``HELP`` lists every command (``help_for(verb)`` resolves aliases).
* Places: after ``@`` a command that takes a place (N, LOC) reads
  coordinates (``@ 60.17,24.94 [text]``), ``@ selected``, or else the rest of
  the line as a place query (``@ mariankatu 12``, ``@ liisankatu &
  mariankatu``) that the console resolves with its places index: the intent
  carries ``place_query`` and, in ``location``, what was typed.
  ``place_span(text, cursor)`` is the (start, end) of that query while the
  cursor is in it (the command line shows its completion list then), None
  elsewhere; ``attach_place(intent, typed, place)`` records a result the
  dispatcher picked from that list (the line then holds the place's label;
  ``typed`` is what they had typed, kept as the location text).

Commands (aliases in brackets):

    D <incident> <unit> [<unit>...]   dispatch units            [DISP, DISPATCH]
    D <incident>                      dispatch the recommendation
    ER|OS|TR|AH|AV|AR <unit>...       en route, on scene, transporting, at
                                      hospital, available, available on radio
    OOS <unit>... [reason]            out of service            [OUT]
    N <type> [@ place | @ lat,lon [text] | @ selected]  new incident  [NEW]
    LOC <incident> @ place|lat,lon|selected   verify or replace its location
                                                              [LOCATION, VERIFY]
    WHERE <unit|incident>             name its position (nearest street) [W]
    R <incident>                      show the recommendation   [REC]
    NOTE <incident> <text...>         add a note                [NT]
    CLOSE <incident> <disposition...> close                     [CL]
    SEL <unit|incident>               select and centre         [S, SELECT]
    HELP [command]                    show this table           [H, ?]

An incident is its full id ("2026-000123"), its trailing number ("123",
leading zeros optional, "#123" too) or "." for the selected incident. Units
may also be separated by commas ("OS E11,E12"). ``@ selected`` leaves the
position to the console (the selected map point, incident or unit).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.dispatch.status import UnitStatus

__all__ = [
    "HELP",
    "AddNote",
    "ChangeStatus",
    "CloseIncident",
    "CommandContext",
    "DispatchUnits",
    "Help",
    "HelpEntry",
    "Intent",
    "NamePosition",
    "NewIncident",
    "ParseError",
    "Relocate",
    "Select",
    "ShowRecommendation",
    "attach_place",
    "complete",
    "help_for",
    "parse",
    "place_span",
    "word_span",
]


# -- intents -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DispatchUnits:
    incident: str
    units: tuple[str, ...] | None  # None: take the console's recommendation


@dataclass(frozen=True, slots=True)
class ChangeStatus:
    units: tuple[str, ...]
    status: UnitStatus
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class NewIncident:
    type_code: str
    lat: float | None
    lon: float | None
    at_selected: bool
    location: str | None  # what the dispatcher typed as the place (kept, never replaced)
    place_query: str | None = None  # a place to resolve (``@ mariankatu 12``)
    place: object | None = None  # the result picked from the completion list


@dataclass(frozen=True, slots=True)
class Relocate:
    """Verify or replace an incident's location."""

    incident: str
    lat: float | None
    lon: float | None
    at_selected: bool
    location: str | None
    place_query: str | None = None
    place: object | None = None


@dataclass(frozen=True, slots=True)
class NamePosition:
    """Name where a unit or incident is (reverse geocoding)."""

    kind: str  # "unit" or "incident"
    target: str


@dataclass(frozen=True, slots=True)
class ShowRecommendation:
    incident: str


@dataclass(frozen=True, slots=True)
class AddNote:
    incident: str
    text: str


@dataclass(frozen=True, slots=True)
class CloseIncident:
    incident: str
    disposition: str


@dataclass(frozen=True, slots=True)
class Select:
    kind: str  # "unit" or "incident"
    target: str


@dataclass(frozen=True, slots=True)
class Help:
    verb: str | None  # canonical verb, None: the whole table


Intent = (
    DispatchUnits
    | ChangeStatus
    | NewIncident
    | ShowRecommendation
    | AddNote
    | CloseIncident
    | Select
    | Help
    | Relocate
    | NamePosition
)


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


# -- help ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HelpEntry:
    verb: str
    aliases: tuple[str, ...]
    usage: str
    summary: str
    example: str


HELP: tuple[HelpEntry, ...] = (
    HelpEntry("D", ("DISP", "DISPATCH"), "D <incident> [<unit>...]",
              "Dispatch units; without units, the recommendation", "D 123 E11 M31"),
    HelpEntry("ER", ("ENR", "ENROUTE"), "ER <unit>...", "En route", "ER E11 E12"),
    HelpEntry("OS", ("ONS", "ONSCENE"), "OS <unit>...", "On scene", "OS E11"),
    HelpEntry("TR", ("TRANS", "TRANSPORT"), "TR <unit>...", "Transporting", "TR M31"),
    HelpEntry("AH", ("HOSP",), "AH <unit>...", "At hospital", "AH M31"),
    HelpEntry("AV", ("AVAIL", "AQ"), "AV <unit>...", "Available in quarters", "AV E11"),
    HelpEntry("AR", ("AOR", "RADIO"), "AR <unit>...", "Available on radio", "AR P21"),
    HelpEntry("OOS", ("OUT",), "OOS <unit>... [reason]", "Out of service", "OOS E12 flat tyre"),
    HelpEntry("N", ("NEW",), "N <type> [@ place | @ lat,lon [text] | @ selected]",
              "New incident; after @ type an address, corner or landmark and pick",
              "N struct @ aleksanterinkatu 9"),
    HelpEntry("LOC", ("LOCATION", "VERIFY"), "LOC <incident> @ place | lat,lon | selected",
              "Verify or replace an incident's location (the typed text is kept)",
              "LOC . @ 60.1699,24.9384"),
    HelpEntry("WHERE", ("W",), "WHERE <unit|incident>", "Name its position: nearest street",
              "WHERE E11"),
    HelpEntry("R", ("REC", "RECOMMEND"), "R <incident>", "Show the recommendation", "R 123"),
    HelpEntry("NOTE", ("NT",), "NOTE <incident> <text>", "Add a note", "NOTE . caller 2nd floor"),
    HelpEntry("CLOSE", ("CL",), "CLOSE <incident> <disposition>", "Close an incident",
              "CLOSE 123 false alarm"),
    HelpEntry("SEL", ("S", "SELECT"), "SEL <unit|incident>", "Select and centre on the map",
              "SEL E11"),
    HelpEntry("HELP", ("H", "?"), "HELP [command]", "Show this help", "HELP D"),
)  # fmt: skip

_VERBS: dict[str, HelpEntry] = {}
for _entry in HELP:
    for _word in (_entry.verb, *_entry.aliases):
        _VERBS[_word.casefold()] = _entry

_STATUS_VERBS: dict[str, UnitStatus] = {
    "ER": UnitStatus.EN_ROUTE,
    "OS": UnitStatus.ON_SCENE,
    "TR": UnitStatus.TRANSPORTING,
    "AH": UnitStatus.AT_HOSPITAL,
    "AV": UnitStatus.AVAILABLE,
    "AR": UnitStatus.AVAILABLE_ON_RADIO,
    "OOS": UnitStatus.OUT_OF_SERVICE,
}


def help_for(verb: str) -> HelpEntry | None:
    """The help entry of ``verb`` or one of its aliases (any case)."""
    return _VERBS.get(verb.strip().casefold())


# -- parsing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class _Fail(Exception):
    def __init__(self, token: _Token | int, template: str, **args: str) -> None:
        super().__init__(template)
        start, end = (token, token) if isinstance(token, int) else (token.start, token.end)
        self.error = ParseError(template, tuple(args.items()), start, end)


_SEL_WORDS = frozenset({"selected", "sel", "."})
_NUMBER = r"[-+]?\d+(?:\.\d*)?"


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start()) for m in re.finditer(r"\S+", text)]


def _split_commas(tokens: Sequence[_Token]) -> list[_Token]:
    parts: list[_Token] = []
    for token in tokens:
        for m in re.finditer(r"[^,]+", token.text):
            parts.append(_Token(m.group(), token.start + m.start()))
    return parts


def _unknown(token: _Token, what: str, candidates: Sequence[str]) -> _Fail:
    by_fold = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(token.text.casefold(), list(by_fold), n=1, cutoff=0.5)
    if close:
        return _Fail(
            token,
            f"unknown {what} '{{word}}' — did you mean {{suggestion}}?",
            word=token.text,
            suggestion=by_fold[close[0]],
        )
    return _Fail(token, f"unknown {what} '{{word}}'", word=token.text)


def _trailing_number(incident_id: str) -> int | None:
    match = re.search(r"(\d+)$", incident_id)
    return int(match.group(1)) if match else None


def _incident(token: _Token, ctx: CommandContext) -> str:
    raw = token.text.lstrip("#")
    if raw == ".":
        if ctx.selected_incident is None:
            raise _Fail(token, "no incident is selected ('.' means the selected incident)")
        return ctx.selected_incident
    for incident_id in ctx.incidents:
        if incident_id.casefold() == raw.casefold():
            return incident_id
    if raw.isdigit():
        matches = [i for i in ctx.incidents if _trailing_number(i) == int(raw)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise _Fail(
                token,
                "incident '{word}' is ambiguous: {choices}",
                word=token.text,
                choices=", ".join(matches),
            )
    raise _unknown(token, "incident", ctx.incidents)


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
            "incident type '{word}' is ambiguous: {choices}",
            word=token.text,
            choices=", ".join(sorted(prefixed)),
        )
    raise _unknown(token, "incident type", ctx.incident_types)


def _needs(verb: HelpEntry, at: int) -> _Fail:
    return _Fail(at, "{verb} needs more: {usage}", verb=verb.verb, usage=verb.usage)


def _rest(text: str, tokens: Sequence[_Token]) -> str:
    return text[tokens[0].start :].strip() if tokens else ""


def _no_more(verb: HelpEntry, tokens: Sequence[_Token]) -> None:
    if tokens:
        raise _Fail(
            tokens[0], "unexpected '{word}'; usage: {usage}", word=tokens[0].text, usage=verb.usage
        )


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
            "bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) "
            "or @ selected",
            word=word,
        )
    lat, lon = float(match.group(1)), float(match.group(2))
    if not -90 <= lat <= 90:
        raise _Fail(at, "latitude {value} is out of range (-90 to 90)", value=match.group(1))
    if not -180 <= lon <= 180:
        raise _Fail(at, "longitude {value} is out of range (-180 to 180)", value=match.group(2))
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
                raise _Fail(at, "where? type a place after @, e.g. @ Mariankatu 12")
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
            else _Fail(at, "unexpected '{word}'; usage: {usage}", word=at.text, usage=verb.usage)
        )
    query = _place_query(text, at)
    if query is not None and not _BARE_NUMBERS.match(text, at.start):
        if not query[1]:
            raise _Fail(at, "where? type a place after @, e.g. @ Mariankatu 12")
        typed = " ".join(query[1].split())
        return Relocate(incident, None, None, False, typed, typed)
    lat, lon, at_selected, end = _position(text, at)
    location = " ".join(text[end:].split()) or None
    return Relocate(incident, lat, lon, at_selected, location)


def _name_position(args: list[_Token], verb: HelpEntry, ctx: CommandContext, text: str) -> Intent:
    selected = _select(args, verb, ctx, text)
    assert isinstance(selected, Select)
    return NamePosition(selected.kind, selected.target)


def _select(args: list[_Token], verb: HelpEntry, ctx: CommandContext, text: str) -> Intent:
    if not args:
        raise _needs(verb, len(text))
    _no_more(verb, args[1:])
    token = args[0]
    unit = _unit(token, ctx)
    if unit is not None:
        return Select("unit", unit)
    raw = token.text.lstrip("#")
    if raw == "." or raw.isdigit() or raw.casefold() in {i.casefold() for i in ctx.incidents}:
        return Select("incident", _incident(token, ctx))
    raise _unknown(token, "unit or incident", ctx.units + ctx.incidents)


def _parse(text: str, ctx: CommandContext) -> Intent:
    tokens = _tokens(text)
    if not tokens:
        raise _Fail(0, "type a command, or HELP for the list")
    head, args = tokens[0], tokens[1:]
    verb = _VERBS.get(head.text.casefold())
    if verb is None:
        raise _unknown(head, "command", [w.upper() for w in _VERBS])
    name = verb.verb
    if name in _STATUS_VERBS:
        if not args:
            raise _needs(verb, len(text))
        if name == "OOS":
            # Units first (at least one), then everything else is the reason.
            split = _split_commas(args)
            count = 1
            while count < len(split) and _unit(split[count], ctx) is not None:
                count += 1
            units = _units(split[:count], ctx)
            reason = text[split[count].start :].strip() if count < len(split) else ""
            return ChangeStatus(units, _STATUS_VERBS[name], reason or None)
        return ChangeStatus(_units(args, ctx), _STATUS_VERBS[name], None)
    if name == "D":
        if not args:
            raise _needs(verb, len(text))
        incident = _incident(args[0], ctx)
        return DispatchUnits(incident, _units(args[1:], ctx) if args[1:] else None)
    if name == "N":
        return _new_incident(text, args, verb, ctx)
    if name in ("R", "NOTE", "CLOSE"):
        if not args:
            raise _needs(verb, len(text))
        incident = _incident(args[0], ctx)
        if name == "R":
            _no_more(verb, args[1:])
            return ShowRecommendation(incident)
        rest = _rest(text, args[1:])
        if not rest:
            raise _needs(verb, len(text))
        if name == "NOTE":
            return AddNote(incident, rest)
        known = {d.casefold(): d for d in ctx.dispositions}
        return CloseIncident(incident, known.get(rest.casefold(), rest))
    if name == "SEL":
        return _select(args, verb, ctx, text)
    if name == "LOC":
        return _relocate(text, args, verb, ctx)
    if name == "WHERE":
        return _name_position(args, verb, ctx, text)
    # HELP
    if not args:
        return Help(None)
    _no_more(verb, args[1:])
    target = _VERBS.get(args[0].text.casefold())
    if target is None:
        raise _unknown(args[0], "command", [w.upper() for w in _VERBS])
    return Help(target.verb)


def parse(text: str, context: CommandContext) -> Intent | ParseError:
    """Parse one command line; never raises for bad input."""
    try:
        return _parse(text, context)
    except _Fail as fail:
        return fail.error


# -- completion ----------------------------------------------------------------


def word_span(text: str, cursor: int) -> tuple[int, int]:
    """The (start, end) of the word under ``cursor`` that a completion replaces."""
    cursor = max(0, min(cursor, len(text)))
    start = cursor
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = cursor
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _natural(text: str) -> list[object]:
    return [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text)]


def _complete_verbs(partial: str) -> list[str]:
    fold = partial.casefold()
    verbs = [e.verb for e in HELP if e.verb.casefold().startswith(fold)]
    if fold:
        verbs += [a for e in HELP for a in e.aliases if a.casefold().startswith(fold)]
    return verbs


def _complete_units(partial: str, ctx: CommandContext, used: set[str]) -> list[str]:
    # "E11,E1" completes the part after the last comma and keeps the rest.
    head, _comma, tail = partial.rpartition(",")
    lead = head + _comma
    used = used | {w.casefold() for w in head.split(",") if w}
    fold = tail.casefold()
    hits = [u for u in ctx.units if u.casefold().startswith(fold) and u.casefold() not in used]
    return [lead + u for u in sorted(hits, key=_natural)]


def _complete_incidents(partial: str, ctx: CommandContext) -> list[str]:
    fold = partial.lstrip("#").casefold()
    hits = []
    for incident_id in ctx.incidents:
        number = _trailing_number(incident_id)
        short = "" if number is None else str(number)
        digits = re.search(r"(\d*)$", incident_id)
        tail = digits.group(1) if digits else ""
        if (
            incident_id.casefold().startswith(fold)
            or short.startswith(fold)
            or (fold and tail.startswith(fold))
        ):
            hits.append(incident_id)
    return sorted(hits, key=_natural)


def _complete_types(partial: str, ctx: CommandContext) -> list[str]:
    fold = partial.casefold()
    prefixed = sorted(c for c in ctx.incident_types if c.casefold().startswith(fold))
    # Words inside a code too ("fire" finds "structure-fire"), after the prefix hits.
    inner = sorted(
        c
        for c in ctx.incident_types
        if c not in prefixed and any(p.startswith(fold) for p in c.casefold().split("-"))
    )
    return prefixed + inner


def complete(text: str, cursor: int, context: CommandContext) -> list[str]:
    """Candidates to replace the word at ``cursor`` (see ``word_span``)."""
    start, _end = word_span(text, cursor)
    partial = text[start : max(start, cursor)]
    before = text[:start].split()
    if not before:
        return _complete_verbs(partial)
    verb = _VERBS.get(before[0].casefold())
    if verb is None:
        return []
    name, index = verb.verb, len(before) - 1  # index of the word among the arguments
    used = {w.casefold() for word in before[1:] for w in word.split(",")}
    if name in _STATUS_VERBS:
        if name == "OOS" and any(_unit(_Token(w, 0), context) is None for w in before[1:]):
            return []  # past the units: this is the reason
        return _complete_units(partial, context, used)
    if name == "D":
        if index == 0:
            return _complete_incidents(partial, context)
        return _complete_units(partial, context, used)
    if name == "N":
        if index == 0:
            return _complete_types(partial, context)
        return ["@selected"] if partial.startswith("@") and "@selected".startswith(partial) else []
    if name == "LOC":
        if index == 0:
            return _complete_incidents(partial, context)
        return ["@selected"] if partial.startswith("@") and "@selected".startswith(partial) else []
    if name == "WHERE":
        if index > 0:
            return []
        return _complete_units(partial, context, set()) + _complete_incidents(partial, context)
    if name in ("R", "NOTE", "CLOSE"):
        if index == 0:
            return _complete_incidents(partial, context)
        if name == "CLOSE" and index == 1:
            fold = partial.casefold()
            return [d for d in context.dispositions if d.casefold().startswith(fold)]
        return []
    if name == "SEL":
        if index > 0:
            return []
        return _complete_units(partial, context, set()) + _complete_incidents(partial, context)
    if name == "HELP" and index == 0:
        return _complete_verbs(partial)
    return []


# -- places ----------------------------------------------------------------------

_PLACE_VERBS = frozenset({"N", "LOC"})


def place_span(text: str, cursor: int) -> tuple[int, int] | None:
    """The (start, end) of the place query after ``@`` while ``cursor`` is in it.

    None when the command takes no place, the cursor is before the ``@``, or
    the clause is coordinates or ``selected`` (nothing to look up)."""
    tokens = _tokens(text)
    if not tokens:
        return None
    verb = _VERBS.get(tokens[0].text.casefold())
    if verb is None or verb.verb not in _PLACE_VERBS:
        return None
    first_arg = 1 if verb.verb == "N" else 2  # the type, or the incident, comes first
    at = next((t for t in tokens[first_arg:] if t.text.startswith("@")), None)
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
    if not isinstance(intent, NewIncident | Relocate) or intent.place_query is None:
        return intent
    label = " ".join(str(getattr(place, "label", "")).split())
    if label.casefold() != intent.place_query.casefold():
        return intent  # edited after the pick: resolve what is there now
    typed = " ".join(typed.split()) or intent.place_query
    return replace(intent, place=place, location=typed)
