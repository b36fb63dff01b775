"""Completion on the command line (Qt-free).

Contract: ``complete(text, cursor, context) -> list[str]`` proposes
replacements for the word at ``cursor`` (``word_span`` tells which
characters): verbs first, then units, incidents, incident types, calls,
alerts, partners, answers or dispositions by the argument kinds of the
verb's ``HELP`` entry; words typed in a Hebrew or Arabic layout complete to
their Latin spelling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from console.controllers.command_help import HELP, STATUS_VERBS, VERBS, HelpEntry
from console.controllers.command_words import (
    _ALERT_WORD,
    _ANSWERS,
    _CALL_WORD,
    CommandContext,
    _known_names,
    _looks_like,
    _on_latin_keys,
    _Token,
    _trailing_number,
    _unit,
)

__all__ = ["complete", "word_span"]


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
    entry = VERBS.get(before[0].casefold())
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
    if name in STATUS_VERBS or name in ("D",):
        index = len(before) - 1
    else:
        index = _argument_index(entry, before[1:], context)
    return _complete_kind(_kind_at(entry, index), partial, context, used, name)
