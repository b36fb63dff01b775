"""The dispatcher's command line: grammar, parser, completion and help (Qt-free).

Contract:

* ``parse(text, context) -> Intent | ParseError``. Verbs are case-insensitive
  and have aliases; call signs, incident ids and type codes are matched
  case-insensitively against ``context`` and returned in their canonical
  spelling. Intents are frozen dataclasses (``command_intents``, re-exported
  here); the console carries them out (the parser knows nothing of unit
  statuses or the state machine's rules).
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

Commands (aliases in brackets; ``HELP`` below is the one table that help,
completion and parsing read: verbs, aliases, usage, argument kinds, examples):

    D <incident> <unit> [<unit>...]   dispatch units            [DISP, DISPATCH]
    D <incident>                      dispatch the recommendation
    ER|OS|TR|AH|AV|AR <unit>...       en route, on scene, transporting, at
                                      hospital, available, available on radio
    OOS <unit>... [reason]            out of service            [OUT]
    N <type> [@ place | @ lat,lon [text] | @ selected]  new incident  [NEW]
    LOC <incident> @ place|lat,lon|selected   verify or replace its location
    LOC [<call>] [@ place|lat,lon|offered]    verify (no @) or replace a call's
                                              location           [LOCATION, VERIFY]
    WHERE <unit|incident>             name its position (nearest street) [W]
    R <incident>                      show the recommendation   [REC]
    NOTE <incident> <text...>         add a note                [NT]
    CLOSE <incident> <disposition...> close                     [CL]
    REOPEN <incident> <reason...>   reopen a closed incident (supervisor)  [RO]
    HANDOVER <incident> <partner> [note...]  hand it over to a partner
                                      control room (CAD-to-CAD) [HO]
    PANSWER [<call>] accepted|rejected|completed [reason...]  answer the
                                      partner whose handover made the call [PA]
    SEL <unit|incident|call|alert>    select and centre         [S, SELECT]
    CARD [<incident>]                 open the incident's card  [OPEN, I]
    ANS [<call>]                      answer (default: the longest-ringing call)
                                                                [A, ANSWER]
    CI <type> [<call>]                incident from the call (its place)  [INC]
    CI [<call>]                       the line comes back as "CI _ <call>" with
                                      the call's place shown: type the type
    ATT <incident> [<call>]           attach the call (a duplicate) [ATTACH, DUP]
    REL [<call>]                      release the call          [RELEASE]
    ABN [<call>] [reason]             the caller hung up        [ABANDON]
    ACK [<alert>]                     acknowledge an alert      [ACKNOWLEDGE, K]
    PROM [<alert>] [<type>]           promote it to an incident [PROMOTE, PRO]
    LINK [<alert>] <incident|call>    link it                   [LK]
    DISMISS [<alert>] <reason...>     dismiss it                [DIS, DSM]
    RESEND <unit> [<link>]            page the unit again; with a link, over
                                      that path instead         [RS, PAGE]
    VOICE <unit>                      reached by voice: ends its page alarm [VC]
    HELP [command]                    show this table           [H, ?]

Keyboard layouts: a dispatcher whose keyboard is set to Hebrew (SI-1452) or
Arabic (101) types commands on the same physical keys as in Latin, without
switching layouts: "ג 123 חכ11" is "D 123 JF11", "םד ק11" "OS E11", "ي 123" "D 123"
(``latin_keys``). A word is read on its Latin keys only where it is not
already a known name (a site's Hebrew call sign stays itself), and only for
the command word and names (units, incidents, calls, alerts, types): free
text (a note, a reason, a disposition, a place after ``@``) is kept exactly
as typed. Arabic-Indic digits read as digits. Command words are not
translated: the same short codes in every language and on every keyboard.

An incident is its full id ("2026-000123"), its trailing number ("123",
leading zeros optional, "#123" too) or "." for the selected incident. A call
is its id ("C000042") or "C42"; an alert "A000007" or "A7"; where a call or
alert is optional it defaults to the selected one ("." names it too), and
``ANS`` alone answers the call ringing longest. Units may also be separated
by commas ("OS E11,E12"). ``@ selected`` leaves the position to the console
(the selected map point, incident or unit); ``@ offered`` takes the newer
automatic fix a call's verified location holds back.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from console.controllers.command_intents import (
    ALERT_INTENTS,
    CALL_INTENTS,
    AbandonCall,
    AcknowledgeAlert,
    AddNote,
    AnswerCall,
    AttachCall,
    ChangeStatus,
    CloseIncident,
    DismissAlert,
    DispatchUnits,
    HandOver,
    Help,
    IncidentFromCall,
    Intent,
    LinkAlert,
    NamePosition,
    NewIncident,
    OpenIncident,
    PartnerAnswer,
    PromoteAlert,
    ReachedByVoice,
    ReleaseCall,
    Relocate,
    RelocateCall,
    ReopenIncident,
    ResendPage,
    Select,
    ShowRecommendation,
)
from models.dispatch.status import UnitStatus

__all__ = [
    "ALERT_INTENTS",
    "CALL_INTENTS",
    "HELP",
    "AbandonCall",
    "AcknowledgeAlert",
    "AddNote",
    "AnswerCall",
    "AttachCall",
    "ChangeStatus",
    "CloseIncident",
    "CommandContext",
    "DismissAlert",
    "DispatchUnits",
    "HandOver",
    "Help",
    "HelpEntry",
    "IncidentFromCall",
    "Intent",
    "LinkAlert",
    "NamePosition",
    "NewIncident",
    "OpenIncident",
    "ParseError",
    "PartnerAnswer",
    "PromoteAlert",
    "ReachedByVoice",
    "ReleaseCall",
    "Relocate",
    "RelocateCall",
    "ReopenIncident",
    "ResendPage",
    "Select",
    "ShowRecommendation",
    "attach_place",
    "complete",
    "help_for",
    "latin_keys",
    "parse",
    "place_span",
    "word_span",
]


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


# -- help ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HelpEntry:
    verb: str
    aliases: tuple[str, ...]
    usage: str
    summary: str
    example: str
    #: What each argument is, by position, for completion ("unit..." repeats;
    #: "a|b" either): incident, unit, type, call, alert, place, disposition,
    #: command, text.
    args: tuple[str, ...] = ()


HELP: tuple[HelpEntry, ...] = (
    HelpEntry("D", ("DISP", "DISPATCH"), "D <incident> [<unit>...]",
              "Dispatch units; without units, the recommendation", "D 123 E11 M31",
              ("incident", "unit...")),
    HelpEntry("ER", ("ENR", "ENROUTE"), "ER <unit>...", "En route", "ER E11 E12", ("unit...",)),
    HelpEntry("OS", ("ONS", "ONSCENE"), "OS <unit>...", "On scene", "OS E11", ("unit...",)),
    HelpEntry("TR", ("TRANS", "TRANSPORT"), "TR <unit>...", "Transporting", "TR M31",
              ("unit...",)),
    HelpEntry("AH", ("HOSP",), "AH <unit>...", "At hospital", "AH M31", ("unit...",)),
    HelpEntry("AV", ("AVAIL", "AQ"), "AV <unit>...", "Available in quarters", "AV E11",
              ("unit...",)),
    HelpEntry("AR", ("AOR", "RADIO"), "AR <unit>...", "Available on radio", "AR P21",
              ("unit...",)),
    HelpEntry("OOS", ("OUT",), "OOS <unit>... [reason]", "Out of service", "OOS E12 flat tyre",
              ("unit...",)),
    HelpEntry("N", ("NEW",), "N <type> [@ place | @ lat,lon [text] | @ selected]",
              "New incident; after @ type an address, corner or landmark and pick",
              "N struct @ aleksanterinkatu 9", ("type", "place")),
    HelpEntry("LOC", ("LOCATION", "VERIFY"),
              "LOC <incident> @ place | LOC [<call>] [@ place | lat,lon | offered]",
              "Verify or replace a location: an incident's, or a call's (no @: verify it)",
              "LOC . @ 60.1699,24.9384", ("incident|call", "place")),
    HelpEntry("WHERE", ("W",), "WHERE <unit|incident>", "Name its position: nearest street",
              "WHERE E11", ("unit|incident",)),
    HelpEntry("R", ("REC", "RECOMMEND"), "R <incident>", "Show the recommendation", "R 123",
              ("incident",)),
    HelpEntry("NOTE", ("NT",), "NOTE <incident> <text>", "Add a note", "NOTE . caller 2nd floor",
              ("incident", "text")),
    HelpEntry("CLOSE", ("CL",), "CLOSE <incident> <disposition>", "Close an incident",
              "CLOSE 123 false alarm", ("incident", "disposition")),
    HelpEntry("REOPEN", ("RO",), "REOPEN <incident> <reason>",
              "Reopen a closed incident (supervisor)", "REOPEN 123 caller rang again",
              ("incident", "reason")),
    HelpEntry("HANDOVER", ("HO",), "HANDOVER <incident> <partner> [note]",
              "Hand the incident over to a partner control room", "HANDOVER 123 east needs ladder",
              ("incident", "partner", "text")),
    HelpEntry("PANSWER", ("PA",), "PANSWER [<call>] accepted|rejected|completed [reason]",
              "Answer the partner whose handover made the call", "PANSWER C42 accepted",
              ("call", "answer", "text")),
    HelpEntry("SEL", ("S", "SELECT"), "SEL <unit|incident|call|alert>",
              "Select and centre on the map", "SEL E11", ("unit|incident|call|alert",)),
    HelpEntry("CARD", ("OPEN", "I"), "CARD [<incident>]",
              "Open the incident's card (units, timers, notes)", "CARD 123", ("incident",)),
    HelpEntry("ANS", ("A", "ANSWER"), "ANS [<call>]",
              "Answer a call; alone, the one ringing longest", "ANS", ("call",)),
    HelpEntry("CI", ("INC", "FROMCALL"), "CI [<type>] [<call>]",
              "Incident from the call at its place (address verified); no type: asks",
              "CI struct C42", ("type", "call")),
    HelpEntry("ATT", ("ATTACH", "DUP"), "ATT <incident> [<call>]",
              "Attach the call to an incident (a duplicate)", "ATT 123", ("incident", "call")),
    HelpEntry("REL", ("RELEASE",), "REL [<call>]", "Release the call (it is over)", "REL C42",
              ("call",)),
    HelpEntry("ABN", ("ABANDON", "ABD"), "ABN [<call>] [reason]",
              "Mark the call abandoned (the caller hung up)", "ABN C42 no answer on callback",
              ("call", "text")),
    HelpEntry("ACK", ("ACKNOWLEDGE", "K"), "ACK [<alert>]", "Acknowledge an alert", "ACK A7",
              ("alert",)),
    HelpEntry("PROM", ("PROMOTE", "PRO"), "PROM [<alert>] [<type>]",
              "Promote the alert to an incident (type: the suggested one)", "PROM A7",
              ("alert", "type")),
    HelpEntry("LINK", ("LK",), "LINK [<alert>] <incident|call>",
              "Link the alert to an incident or a call", "LINK A7 123",
              ("alert", "incident|call")),
    HelpEntry("DISMISS", ("DIS", "DSM"), "DISMISS [<alert>] <reason>",
              "Dismiss the alert, with the reason", "DISMISS A7 bird on the fence",
              ("alert", "text")),
    HelpEntry("RESEND", ("RS", "PAGE"), "RESEND <unit> [<link>]",
              "Page the unit again; with a link name, over that path instead",
              "RESEND E11 radio", ("unit", "text")),
    HelpEntry("VOICE", ("VC",), "VOICE <unit>",
              "The unit was reached by voice: ends its page's alarm", "VOICE E11", ("unit",)),
    HelpEntry("HELP", ("H", "?"), "HELP [command]", "Show this help", "HELP D", ("command",)),
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


def _closed_incident(token: _Token, ctx: CommandContext) -> str:
    """A closed incident named as ``_incident`` names an open one."""
    raw = token.text.lstrip("#")
    if raw == ".":
        if ctx.selected_incident is None:
            raise _Fail(token, "no incident is selected ('.' means the selected incident)")
        return ctx.selected_incident
    for incident_id in ctx.closed_incidents:
        if incident_id.casefold() == raw.casefold():
            return incident_id
    if raw.isdigit():
        matches = [i for i in ctx.closed_incidents if _trailing_number(i) == int(raw)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise _Fail(
                token,
                "incident '{word}' is ambiguous: {choices}",
                word=token.text,
                choices=", ".join(matches),
            )
    raise _unknown(token, "closed incident", ctx.closed_incidents)


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


def _parse_partner(
    name: str, text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext
) -> Intent:
    if name == "REOPEN":
        if len(args) < 2:
            raise _needs(verb, len(text))
        return ReopenIncident(_closed_incident(args[0], ctx), _rest(text, args[1:]))
    if name == "HANDOVER":
        if len(args) < 2:
            raise _needs(verb, len(text))
        incident = _incident(args[0], ctx)
        partner = _partner(args[1], ctx)
        return HandOver(incident, partner, _rest(text, args[2:]) or None)
    # PANSWER
    call, rest = _optional_call(args, ctx, verb, text)
    if not rest:
        raise _needs(verb, len(text))
    fold = rest[0].text.casefold()
    answer = next((a for a in _ANSWERS if a.startswith(fold)), None)
    if answer is None:
        raise _unknown(rest[0], "answer", _ANSWERS)
    return PartnerAnswer(call, answer, _rest(text, rest[1:]) or None)


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
            raise _Fail(token, f"no {what} is selected ('.' means the selected {what})")
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
        raise _Fail(at, "no call is selected: name one ({usage})", usage=verb.usage)
    return ctx.selected_call


def _selected_alert(ctx: CommandContext, verb: HelpEntry, at: int) -> str:
    if ctx.selected_alert is None:
        raise _Fail(at, "no alert is selected: name one ({usage})", usage=verb.usage)
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
    if verb.verb == "SEL":
        if _looks_like(_CALL_WORD, token, ctx.calls):
            return Select("call", _call(token, ctx))
        if _looks_like(_ALERT_WORD, token, ctx.alerts):
            return Select("alert", _alert(token, ctx))
    raise _unknown(token, "unit or incident", ctx.units + ctx.incidents)


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


def _relocate_call(text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext) -> Intent:
    call, rest = _optional_call(args, ctx, verb, text)
    if not rest:
        return RelocateCall(call)  # verify the location in force
    at = rest[0]
    if not at.text.startswith("@"):
        raise _Fail(at, "unexpected '{word}'; usage: {usage}", word=at.text, usage=verb.usage)
    word = text[at.start + 1 :].strip()
    if word.casefold() in ("offered", "offer", "new"):
        return RelocateCall(call, offered=True)
    query = _place_query(text, at)
    if query is not None and not _BARE_NUMBERS.match(text, at.start):
        if not query[1]:
            raise _Fail(at, "where? type a place after @, e.g. @ Mariankatu 12")
        typed = " ".join(query[1].split())
        if typed.casefold() in _SEL_WORDS:
            raise _Fail(at, "a call's place is @ place, @ lat,lon or @ offered")
        return RelocateCall(call, location=typed, place_query=typed)
    lat, lon, at_selected, end = _position(text, at)
    if at_selected:
        raise _Fail(at, "a call's place is @ place, @ lat,lon or @ offered")
    return RelocateCall(call, lat, lon, " ".join(text[end:].split()) or None)


def _parse_call(
    name: str, text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext
) -> Intent:
    if name == "ANS":
        if not args:
            if not ctx.ringing:
                raise _Fail(len(text), "no call is ringing")
            return AnswerCall(ctx.ringing[0])
        _no_more(verb, args[1:])
        return AnswerCall(_call(args[0], ctx))
    if name == "CI":
        if not args or args[0].text == "." or _looks_like(_CALL_WORD, args[0], ctx.calls):
            # No type yet: the console puts the line back with the call's place shown.
            call, rest = _optional_call(args, ctx, verb, text)
            if rest:
                raise _Fail(rest[0], "the type comes first: {usage}", usage=verb.usage)
            return IncidentFromCall(call, None)
        type_code = _incident_type(args[0], ctx)
        call, rest = _optional_call(args[1:], ctx, verb, text)
        _no_more(verb, rest)
        return IncidentFromCall(call, type_code)
    if name == "ATT":
        if not args:
            raise _needs(verb, len(text))
        incident = _incident(args[0], ctx)
        call, rest = _optional_call(args[1:], ctx, verb, text)
        _no_more(verb, rest)
        return AttachCall(call, incident)
    if name == "REL":
        call, rest = _optional_call(args, ctx, verb, text)
        _no_more(verb, rest)
        return ReleaseCall(call)
    # ABN
    call, rest = _optional_call(args, ctx, verb, text)
    return AbandonCall(call, _rest(text, rest) or None)


def _parse_alert(
    name: str, text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext
) -> Intent:
    alert, rest = _optional_alert(args, ctx, verb, text)
    if name == "ACK":
        _no_more(verb, rest)
        return AcknowledgeAlert(alert)
    if name == "PROM":
        _no_more(verb, rest[1:])
        return PromoteAlert(alert, _incident_type(rest[0], ctx) if rest else None)
    if name == "LINK":
        if not rest:
            raise _needs(verb, len(text))
        _no_more(verb, rest[1:])
        target = rest[0]
        if _looks_like(_CALL_WORD, target, ctx.calls):
            return LinkAlert(alert, _call(target, ctx))
        return LinkAlert(alert, _incident(target, ctx))
    # DISMISS
    reason = _rest(text, rest)
    if not reason:
        raise _needs(verb, len(text))
    return DismissAlert(alert, reason)


_CALL_VERBS = frozenset({"ANS", "CI", "ATT", "REL", "ABN"})
_ALERT_VERBS = frozenset({"ACK", "PROM", "LINK", "DISMISS"})


def _parse(text: str, ctx: CommandContext) -> Intent:
    known = _known_names(ctx)
    # Names typed in a Hebrew or Arabic layout; free text is read from ``text`` as typed.
    tokens = [_on_latin_keys(token, known) for token in _tokens(text)]
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
            reason = (
                text[_word_start(text, split[count].start) :].strip() if count < len(split) else ""
            )
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
        if not args or args[0].text.startswith("@") or _looks_like(_CALL_WORD, args[0], ctx.calls):
            if args or ctx.selected_call is not None:
                return _relocate_call(text, args, verb, ctx)
        return _relocate(text, args, verb, ctx)
    if name == "CARD":
        if not args:
            if ctx.selected_incident is None:
                raise _needs(verb, len(text))
            return OpenIncident(ctx.selected_incident)
        _no_more(verb, args[1:])
        return OpenIncident(_incident(args[0], ctx))
    if name in ("REOPEN", "HANDOVER", "PANSWER"):
        return _parse_partner(name, text, args, verb, ctx)
    if name in _CALL_VERBS:
        return _parse_call(name, text, args, verb, ctx)
    if name in _ALERT_VERBS:
        return _parse_alert(name, text, args, verb, ctx)
    if name == "WHERE":
        return _name_position(args, verb, ctx, text)
    if name in ("RESEND", "VOICE"):
        if not args:
            raise _needs(verb, len(text))
        (unit,) = _units(args[:1], ctx)
        if name == "VOICE":
            _no_more(verb, args[1:])
            return ReachedByVoice(unit)
        _no_more(verb, args[2:])
        return ResendPage(unit, args[1].text if args[1:] else None)
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


def _complete_ids(partial: str, ids: Sequence[str]) -> list[str]:
    """Calls and alerts: by id, or by their letter and number ("C4" finds C000042)."""
    fold = partial.lstrip("#").casefold()
    hits = []
    for known in ids:
        number = _trailing_number(known)
        short = f"{known[:1]}{number}".casefold() if number is not None else ""
        if known.casefold().startswith(fold) or short.startswith(fold):
            hits.append(known)
    return hits


def _kind_at(entry: HelpEntry, index: int) -> str:
    """The argument kind at ``index`` (the last one repeats when it ends in "...")."""
    if index < len(entry.args):
        return entry.args[index]
    if entry.args and entry.args[-1].endswith("..."):
        return entry.args[-1]
    return ""


def _complete_kind(
    kind: str, partial: str, ctx: CommandContext, used: set[str], verb: str
) -> list[str]:
    found: list[str] = []
    for part in kind.removesuffix("...").split("|"):
        if part == "unit":
            found += _complete_units(partial, ctx, used if kind.endswith("...") else set())
        elif part == "incident":
            closed = replace(ctx, incidents=ctx.closed_incidents)
            found += _complete_incidents(partial, closed if verb == "REOPEN" else ctx)
        elif part == "type":
            found += _complete_types(partial, ctx)
        elif part == "call":
            # Ringing calls first: the one to answer next on top.
            order = list(ctx.ringing) + [c for c in ctx.calls if c not in ctx.ringing]
            found += _complete_ids(partial, order)
            if verb == "PANSWER":  # the call is optional: the selected one, then the answer
                found += [a for a in _ANSWERS if a.startswith(partial.casefold())]
        elif part == "alert":
            found += _complete_ids(partial, ctx.alerts)
        elif part == "partner":
            fold = partial.casefold()
            found += [p for p in ctx.partners if p.casefold().startswith(fold)]
        elif part == "answer":
            found += [a for a in _ANSWERS if a.startswith(partial.casefold())]
        elif part == "disposition":
            fold = partial.casefold()
            found += [d for d in ctx.dispositions if d.casefold().startswith(fold)]
        elif part == "command":
            found += _complete_verbs(partial)
        elif part == "place" and partial.startswith("@"):
            words = ["@selected", "@offered"] if verb == "LOC" else ["@selected"]
            found += [w for w in words if w.startswith(partial.casefold())]
    return found


def _argument_index(entry: HelpEntry, words: Sequence[str], ctx: CommandContext) -> int:
    """Which of the entry's arguments the next word is, skipping optional leading ones
    (a call or an alert) that were left out."""
    index = 0
    for word in words:
        kind = _kind_at(entry, index)
        token = _Token(word, 0)
        if kind == "alert" and not (word == "." or _looks_like(_ALERT_WORD, token, ctx.alerts)):
            index += 1  # the selected alert; this word is the next argument
        elif (
            kind == "call"
            and entry.verb == "PANSWER"
            and not (word == "." or _looks_like(_CALL_WORD, token, ctx.calls))
        ):
            index += 1  # the selected call
        elif kind == "incident|call" and entry.verb == "LOC" and word.startswith("@"):
            index += 1
        if not _kind_at(entry, index).endswith("..."):
            index += 1
    return index


def complete(text: str, cursor: int, context: CommandContext) -> list[str]:
    """Candidates to replace the word at ``cursor`` (see ``word_span``), by the argument
    kinds of the verb's ``HELP`` entry."""
    start, _end = word_span(text, cursor)
    known = _known_names(context)
    partial = _on_latin_keys(_Token(text[start : max(start, cursor)], start), known).text
    before = [_on_latin_keys(_Token(w, 0), known).text for w in text[:start].split()]
    if not before:
        return _complete_verbs(partial)
    entry = _VERBS.get(before[0].casefold())
    if entry is None:
        return []
    name = entry.verb
    used = {w.casefold() for word in before[1:] for w in word.split(",")}
    if name == "OOS" and any(_unit(_Token(w, 0), context) is None for w in before[1:]):
        return []  # past the units: this is the reason
    if partial.startswith("@") and "place" in entry.args:
        return _complete_kind("place", partial, context, used, name)
    if entry.args and "place" in entry.args and any(w.startswith("@") for w in before[1:]):
        return []  # inside a place: the command line's place list completes it
    if name in _STATUS_VERBS or name in ("D",):
        index = len(before) - 1
    else:
        index = _argument_index(entry, before[1:], context)
    return _complete_kind(_kind_at(entry, index), partial, context, used, name)


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
