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
* Refusals, usage and summaries are English templates marked for
  translation (context ``CommandGrammar``); the command line translates them.

The grammar is split by concern, each module Qt-free with its own contract:
``command_help`` (the table), ``command_words`` (tokens, keyboard layouts,
names, refusals), ``command_places`` (``@`` clauses), ``command_complete``
(completion); this module parses a line into an intent and re-exports the
public names, so ``console.controllers.command_grammar`` stays the one module
the console hands to the window.
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

from console.controllers.command_complete import complete, word_span
from console.controllers.command_help import (
    HELP,
    QT_TRANSLATE_NOOP,
    STATUS_VERBS,
    VERBS,
    HelpEntry,
    help_for,
)
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
from console.controllers.command_places import (
    _new_incident,
    _relocate,
    _relocate_call,
    attach_place,
    place_span,
)
from console.controllers.command_words import (
    _ALERT_WORD,
    _ANSWERS,
    _CALL_WORD,
    CommandContext,
    ParseError,
    _alert,
    _call,
    _closed_incident,
    _Fail,
    _incident,
    _incident_type,
    _known_names,
    _looks_like,
    _needs,
    _no_more,
    _on_latin_keys,
    _optional_alert,
    _optional_call,
    _partner,
    _rest,
    _split_commas,
    _Token,
    _tokens,
    _unit,
    _units,
    _unknown,
    _word_start,
    latin_keys,
)

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


def _parse_call(
    name: str, text: str, args: list[_Token], verb: HelpEntry, ctx: CommandContext
) -> Intent:
    if name == "ANS":
        if not args:
            if not ctx.ringing:
                raise _Fail(len(text), QT_TRANSLATE_NOOP("CommandGrammar", "no call is ringing"))
            return AnswerCall(ctx.ringing[0])
        _no_more(verb, args[1:])
        return AnswerCall(_call(args[0], ctx))
    if name == "CI":
        if not args or args[0].text == "." or _looks_like(_CALL_WORD, args[0], ctx.calls):
            # No type yet: the console puts the line back with the call's place shown.
            call, rest = _optional_call(args, ctx, verb, text)
            if rest:
                raise _Fail(
                    rest[0],
                    QT_TRANSLATE_NOOP("CommandGrammar", "the type comes first: {usage}"),
                    usage=verb.usage,
                )
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
        raise _Fail(0, QT_TRANSLATE_NOOP("CommandGrammar", "type a command, or HELP for the list"))
    head, args = tokens[0], tokens[1:]
    verb = VERBS.get(head.text.casefold())
    if verb is None:
        raise _unknown(head, "command", [w.upper() for w in VERBS])
    name = verb.verb
    if name in STATUS_VERBS:
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
            return ChangeStatus(units, STATUS_VERBS[name], reason or None)
        return ChangeStatus(_units(args, ctx), STATUS_VERBS[name], None)
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
    target = VERBS.get(args[0].text.casefold())
    if target is None:
        raise _unknown(args[0], "command", [w.upper() for w in VERBS])
    return Help(target.verb)


def parse(text: str, context: CommandContext) -> Intent | ParseError:
    """Parse one command line; never raises for bad input."""
    try:
        return _parse(text, context)
    except _Fail as fail:
        return fail.error
