"""Why a unit is recommended or passed over, in the console's language.

Contract: ``reason_text(candidate)`` words a ``models.dispatch.recommend.
Candidate``'s reason from its data (``Candidate.why``) in the installed
language; ``why_data(why)`` is that data as a ``unit.assigned`` event stores
it and ``reason_words(why, english)`` words either form (the event log's
line of a dispatch), the stored English where there is no data (context
``Recommendation``): "ETA 3 min 50 s, 1.4 km, from station: no fix",
"slower: +45 s than HE12 (ETA 4 min 10 s, from AVL fix 12 s old)",
"busy: on scene" (the status board's word), "wrong type: the plan needs no
ladder" (the catalogue's name), "unreachable: …" (the road network's reason
through ``refusal_text``). Call signs read left to right and names by their
own direction inside right-to-left text. A candidate without ``why`` (made by
an older recommender) shows its English ``reason`` as it is.
``Candidate.reason`` stays the Qt-free English sentence (the ``recommend``
command, logs): this is its wording for the screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.reports.durations import duration_text
from console.reports.refusals import refusal_text
from widgets.bidi import shown_isolated, shown_ltr
from widgets.catalogue_labels import unit_type_label
from widgets.status_style import status_label

__all__ = ["reason_text"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recommendation", text)


def distance_text(metres: float) -> str:
    if metres < 1000:
        return _tr("{n} m").format(n=f"{metres:.0f}")
    return _tr("{n} km").format(n=f"{metres / 1000:.1f}")


def _origin(origin: tuple[Any, ...]) -> str:
    kind, age = origin if len(origin) == 2 else (None, None)
    if kind == "fix":
        return _tr("from AVL fix {age} old").format(age=shown_isolated(duration_text(age)))
    if kind == "stale":
        return _tr("from stale fix {age} old").format(age=shown_isolated(duration_text(age)))
    if kind == "station" and age is None:
        return _tr("from station: no fix")
    if kind == "station":
        return _tr("from station: fix {age} old").format(age=shown_isolated(duration_text(age)))
    return ""


def _eta(seconds: float | None) -> str:
    return shown_isolated(duration_text(seconds)) if seconds is not None else "—"


def reason_text(candidate: Any) -> str:
    """The candidate's reason for the screen (see the module's contract)."""
    return reason_words(getattr(candidate, "why", ()), candidate.reason)


def why_data(why: Any) -> Any:
    """``Candidate.why`` as JSON stores it (lists, status values, reasons as text), for a
    ``unit.assigned`` event; ``reason_words`` reads it back."""
    if isinstance(why, tuple | list):
        return [why_data(item) for item in why]
    if why is None or isinstance(why, bool | int | float):
        return why
    return str(getattr(why, "value", why))


def reason_words(why: Any, english: str | None) -> str:
    """``why`` (a ``Candidate.why``, or its JSON form from a ``unit.assigned`` event)
    worded in the console's language; ``english`` (isolated) where there is no ``why``
    or it is not understood."""
    if not why:
        return shown_isolated(english or "")
    try:
        return _words(why, english)
    except (TypeError, ValueError, IndexError):  # a stored form this version cannot read
        return shown_isolated(english or "")


def _words(why: Any, english: str | None) -> str:
    kind = why[0]
    if kind == "chosen":
        _, substitute_for, eta, route_m, origin = why
        values = {"eta": _eta(eta), "origin": _origin(origin)}
        if substitute_for is not None:
            values["type"] = shown_isolated(unit_type_label(substitute_for))
            if route_m is not None:
                return _tr("substitute for {type}, ETA {eta}, {distance}, {origin}").format(
                    distance=shown_isolated(distance_text(route_m)), **values
                )
            return _tr("substitute for {type}, ETA {eta}, {origin}").format(**values)
        if route_m is not None:
            return _tr("ETA {eta}, {distance}, {origin}").format(
                distance=shown_isolated(distance_text(route_m)), **values
            )
        return _tr("ETA {eta}, {origin}").format(**values)
    if kind == "slower":
        _, extra_s, than, eta, origin = why
        return _tr("slower: +{extra} than {unit} (ETA {eta}, {origin})").format(
            extra=shown_isolated(duration_text(extra_s)),
            unit=shown_ltr(than),
            eta=_eta(eta),
            origin=_origin(origin),
        )
    if kind == "not_needed":
        _, eta, origin = why
        return _tr("not needed (ETA {eta}, {origin})").format(eta=_eta(eta), origin=_origin(origin))
    if kind == "already":
        return _tr("already recommended for {type}").format(
            type=shown_isolated(unit_type_label(why[1]))
        )
    if kind == "unreachable":
        error = why[1]
        if error is None:
            return _tr("unreachable: no road route to the incident")
        return _tr("unreachable: {why}").format(why=refusal_text(error))
    if kind == "unplaced":
        return _tr("unreachable: no position and no station")
    if kind == "busy":
        status = why[1]
        return _tr("busy: {status}").format(
            status=shown_isolated(status_label(getattr(status, "value", status)))
        )
    if kind == "busy_unknown":
        return _tr("busy: unknown status {status}").format(status=shown_isolated(str(why[1])))
    if kind == "wrong_type":
        return _tr("wrong type: the plan needs no {type}").format(
            type=shown_isolated(unit_type_label(why[1]))
        )
    return shown_isolated(english or "")
