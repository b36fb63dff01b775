"""The command line's table of commands: verbs, aliases, usage, summary, example and
argument kinds (Qt-free).

Contract: ``HELP`` is the one table that help, completion and parsing read;
``help_for(verb)`` resolves a verb or alias in any case; ``VERBS`` maps every
case-folded verb and alias to its entry and ``STATUS_VERBS`` the status verbs
to their ``UnitStatus``. ``usage`` and ``summary`` are marked for translation
(context ``CommandGrammar``, ``QT_TRANSLATE_NOOP``, which also lives here and
returns its text unchanged); the command line shows them translated, the
verbs and examples as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.dispatch.status import UnitStatus

__all__ = ["HELP", "QT_TRANSLATE_NOOP", "STATUS_VERBS", "VERBS", "HelpEntry", "help_for"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as translatable under ``context`` for pyside6-lupdate and returns it
    unchanged: the grammar stays Qt-free; the command line translates it when shown."""
    return text


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
    HelpEntry(
        "D",
        ("DISP", "DISPATCH"),
        QT_TRANSLATE_NOOP("CommandGrammar", "D <incident> [<unit>...]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Dispatch units; without units, the recommendation"),
        "D 123 E11 M31",
        ("incident", "unit..."),
    ),
    HelpEntry(
        "ER",
        ("ENR", "ENROUTE"),
        QT_TRANSLATE_NOOP("CommandGrammar", "ER <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "En route"),
        "ER E11 E12",
        ("unit...",),
    ),
    HelpEntry(
        "OS",
        ("ONS", "ONSCENE"),
        QT_TRANSLATE_NOOP("CommandGrammar", "OS <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "On scene"),
        "OS E11",
        ("unit...",),
    ),
    HelpEntry(
        "TR",
        ("TRANS", "TRANSPORT"),
        QT_TRANSLATE_NOOP("CommandGrammar", "TR <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "Transporting"),
        "TR M31",
        ("unit...",),
    ),
    HelpEntry(
        "AH",
        ("HOSP",),
        QT_TRANSLATE_NOOP("CommandGrammar", "AH <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "At hospital"),
        "AH M31",
        ("unit...",),
    ),
    HelpEntry(
        "AV",
        ("AVAIL", "AQ"),
        QT_TRANSLATE_NOOP("CommandGrammar", "AV <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "Available in quarters"),
        "AV E11",
        ("unit...",),
    ),
    HelpEntry(
        "AR",
        ("AOR", "RADIO"),
        QT_TRANSLATE_NOOP("CommandGrammar", "AR <unit>..."),
        QT_TRANSLATE_NOOP("CommandGrammar", "Available on radio"),
        "AR P21",
        ("unit...",),
    ),
    HelpEntry(
        "OOS",
        ("OUT",),
        QT_TRANSLATE_NOOP("CommandGrammar", "OOS <unit>... [reason]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Out of service"),
        "OOS E12 flat tyre",
        ("unit...",),
    ),
    HelpEntry(
        "N",
        ("NEW",),
        QT_TRANSLATE_NOOP("CommandGrammar", "N <type> [@ place | @ lat,lon [text] | @ selected]"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "New incident; after @ type an address, corner or landmark and pick"
        ),
        "N struct @ aleksanterinkatu 9",
        ("type", "place"),
    ),
    HelpEntry(
        "LOC",
        ("LOCATION", "VERIFY"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "LOC <incident> @ place | LOC [<call>] [@ place | lat,lon | offered]"
        ),
        QT_TRANSLATE_NOOP(
            "CommandGrammar",
            "Verify or replace a location: an incident's, or a call's (no @: verify it)",
        ),
        "LOC . @ 60.1699,24.9384",
        ("incident|call", "place"),
    ),
    HelpEntry(
        "WHERE",
        ("W",),
        QT_TRANSLATE_NOOP("CommandGrammar", "WHERE <unit|incident>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Name its position: nearest street"),
        "WHERE E11",
        ("unit|incident",),
    ),
    HelpEntry(
        "R",
        ("REC", "RECOMMEND"),
        QT_TRANSLATE_NOOP("CommandGrammar", "R <incident>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Show the recommendation"),
        "R 123",
        ("incident",),
    ),
    HelpEntry(
        "NOTE",
        ("NT",),
        QT_TRANSLATE_NOOP("CommandGrammar", "NOTE <incident> <text>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Add a note"),
        "NOTE . caller 2nd floor",
        ("incident", "text"),
    ),
    HelpEntry(
        "CLOSE",
        ("CL",),
        QT_TRANSLATE_NOOP("CommandGrammar", "CLOSE <incident> <disposition>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Close an incident"),
        "CLOSE 123 false alarm",
        ("incident", "disposition"),
    ),
    HelpEntry(
        "REOPEN",
        ("RO",),
        QT_TRANSLATE_NOOP("CommandGrammar", "REOPEN <incident> <reason>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Reopen a closed incident (supervisor)"),
        "REOPEN 123 caller rang again",
        ("incident", "reason"),
    ),
    HelpEntry(
        "HANDOVER",
        ("HO",),
        QT_TRANSLATE_NOOP("CommandGrammar", "HANDOVER <incident> <partner> [note]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Hand the incident over to a partner control room"),
        "HANDOVER 123 east needs ladder",
        ("incident", "partner", "text"),
    ),
    HelpEntry(
        "PANSWER",
        ("PA",),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "PANSWER [<call>] accepted|rejected|completed [reason]"
        ),
        QT_TRANSLATE_NOOP("CommandGrammar", "Answer the partner whose handover made the call"),
        "PANSWER C42 accepted",
        ("call", "answer", "text"),
    ),
    HelpEntry(
        "SEL",
        ("S", "SELECT"),
        QT_TRANSLATE_NOOP("CommandGrammar", "SEL <unit|incident|call|alert>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Select and centre on the map"),
        "SEL E11",
        ("unit|incident|call|alert",),
    ),
    HelpEntry(
        "CARD",
        ("OPEN", "I"),
        QT_TRANSLATE_NOOP("CommandGrammar", "CARD [<incident>]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Open the incident's card (units, timers, notes)"),
        "CARD 123",
        ("incident",),
    ),
    HelpEntry(
        "ANS",
        ("A", "ANSWER"),
        QT_TRANSLATE_NOOP("CommandGrammar", "ANS [<call>]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Answer a call; alone, the one ringing longest"),
        "ANS",
        ("call",),
    ),
    HelpEntry(
        "CI",
        ("INC", "FROMCALL"),
        QT_TRANSLATE_NOOP("CommandGrammar", "CI [<type>] [<call>]"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar",
            "Incident from the call at its place (address verified); no type: asks",
        ),
        "CI struct C42",
        ("type", "call"),
    ),
    HelpEntry(
        "ATT",
        ("ATTACH", "DUP"),
        QT_TRANSLATE_NOOP("CommandGrammar", "ATT <incident> [<call>]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Attach the call to an incident (a duplicate)"),
        "ATT 123",
        ("incident", "call"),
    ),
    HelpEntry(
        "REL",
        ("RELEASE",),
        QT_TRANSLATE_NOOP("CommandGrammar", "REL [<call>]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Release the call (it is over)"),
        "REL C42",
        ("call",),
    ),
    HelpEntry(
        "ABN",
        ("ABANDON", "ABD"),
        QT_TRANSLATE_NOOP("CommandGrammar", "ABN [<call>] [reason]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Mark the call abandoned (the caller hung up)"),
        "ABN C42 no answer on callback",
        ("call", "text"),
    ),
    HelpEntry(
        "ACK",
        ("ACKNOWLEDGE", "K"),
        QT_TRANSLATE_NOOP("CommandGrammar", "ACK [<alert>]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Acknowledge an alert"),
        "ACK A7",
        ("alert",),
    ),
    HelpEntry(
        "PROM",
        ("PROMOTE", "PRO"),
        QT_TRANSLATE_NOOP("CommandGrammar", "PROM [<alert>] [<type>]"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "Promote the alert to an incident (type: the suggested one)"
        ),
        "PROM A7",
        ("alert", "type"),
    ),
    HelpEntry(
        "LINK",
        ("LK",),
        QT_TRANSLATE_NOOP("CommandGrammar", "LINK [<alert>] <incident|call>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Link the alert to an incident or a call"),
        "LINK A7 123",
        ("alert", "incident|call"),
    ),
    HelpEntry(
        "DISMISS",
        ("DIS", "DSM"),
        QT_TRANSLATE_NOOP("CommandGrammar", "DISMISS [<alert>] <reason>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Dismiss the alert, with the reason"),
        "DISMISS A7 bird on the fence",
        ("alert", "text"),
    ),
    HelpEntry(
        "RESEND",
        ("RS", "PAGE"),
        QT_TRANSLATE_NOOP("CommandGrammar", "RESEND <unit> [<link>]"),
        QT_TRANSLATE_NOOP(
            "CommandGrammar", "Page the unit again; with a link name, over that path instead"
        ),
        "RESEND E11 radio",
        ("unit", "text"),
    ),
    HelpEntry(
        "VOICE",
        ("VC",),
        QT_TRANSLATE_NOOP("CommandGrammar", "VOICE <unit>"),
        QT_TRANSLATE_NOOP("CommandGrammar", "The unit was reached by voice: ends its page's alarm"),
        "VOICE E11",
        ("unit",),
    ),
    HelpEntry(
        "HELP",
        ("H", "?"),
        QT_TRANSLATE_NOOP("CommandGrammar", "HELP [command]"),
        QT_TRANSLATE_NOOP("CommandGrammar", "Show this help"),
        "HELP D",
        ("command",),
    ),
)

VERBS: dict[str, HelpEntry] = {}
for _entry in HELP:
    for _word in (_entry.verb, *_entry.aliases):
        VERBS[_word.casefold()] = _entry

STATUS_VERBS: dict[str, UnitStatus] = {
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
    return VERBS.get(verb.strip().casefold())
