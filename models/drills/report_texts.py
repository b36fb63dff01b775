"""The language a drill's reports are written in, without Qt.

Contract:
- Every text a drill report writes (headings, column titles, verdicts, the
  measures' explanations, the injections' one-line summaries, the words for
  outcomes, stages, handlings and end reasons) is an English literal marked
  ``QT_TRANSLATE_NOOP("DrillReport", "...")`` in ``models.drills``: this
  module's marker returns its text and ``resources/translations/update.py``
  hands the module to lupdate, so the ``.ts`` files hold them under the
  context ``DrillReport``. Counts are plural sources (``%n``) listed in
  :data:`PLURALS`: lupdate cannot see a plural marker in a Qt-free module, so
  the console's translator (``console.reports.drill_texts``) names each one as
  a literal of its own ``_trn`` helper.
- :class:`ReportLanguage` is how a report is given its language: the caller
  (the console, which has Qt's translators) passes ``translate(source)``,
  ``translate_n(source, n)``, a ``number(value, decimals)`` and a
  ``percent(share)`` formatter in the locale's way, the names of unit and
  incident types (``unit_type(code)``, ``incident_type(code)``: the
  catalogue's words in that language), the language ``code`` and whether it
  is read ``right_to_left``. The default, :data:`ENGLISH`, is the
  source language with plain numbers: a report made without a translator is
  English, as before.
- In a right-to-left language every value filled into a text is isolated
  with the Unicode isolates (U+2066 LRI ... U+2069 PDI for a value that reads
  left to right: numbers, call signs, incident numbers, times, codes; U+2068
  FSI ... PDI for free text of unknown direction: names, titles, notes), the
  Qt-free equivalent of ``widgets.bidi``; a left-to-right language gets the
  values as they are.
- :func:`injection_text` is an injection's one-line summary in the report's
  language (``models.drills.injections.summary`` is the English one written
  into the log); :func:`word` looks a code (an outcome, a stage, a handling,
  an injection type, an end reason) up among the translated words and gives
  an unknown code back as it is (isolated).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "DrillReport"

LRI = "\u2066"
FSI = "\u2068"
PDI = "\u2069"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as translatable under ``context`` for pyside6-lupdate; returns it."""
    return text


#: Plural sources the reports use (the console's translator names each as a literal).
ALARMS_RAISED = "%n alarm(s) raised"
ALARMS_UNANSWERED = "%n never acted on"
TRACK_POINTS = "%n point(s)"
PLURALS = (ALARMS_RAISED, ALARMS_UNANSWERED, TRACK_POINTS)


def english_plural(source: str, n: int) -> str:
    """The English form of a ``%n`` source: "(s)" kept as "s" or dropped by ``n``."""
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def _same(text: str) -> str:
    return text


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _plain_percent(share: float) -> str:
    return f"{100 * share:.0f} %"


@dataclass(frozen=True)
class ReportLanguage:
    """The texts and number formats of one language (see the module contract)."""

    code: str = "en"
    right_to_left: bool = False
    translate: Callable[[str], str] = field(default=_same)
    translate_n: Callable[[str, int], str] = field(default=english_plural)
    number: Callable[[float, int], str] = field(default=_plain_number)
    percent: Callable[[float], str] = field(default=_plain_percent)
    unit_type: Callable[[str], str] = field(default=_same)  # a unit type code, in words
    incident_type: Callable[[str], str] = field(default=_same)  # an incident type code

    def t(self, source: str) -> str:
        """``source`` (a ``DrillReport`` text) in this language."""
        return self.translate(source)

    def n(self, source: str, count: int) -> str:
        """A ``%n`` source of :data:`PLURALS` in the form ``count`` takes."""
        return self.translate_n(source, count)

    def ltr(self, value: Any) -> str:
        """A value that reads left to right, isolated in a right-to-left language."""
        text = "" if value is None else str(value)
        if not self.right_to_left or not text or text.startswith((LRI, FSI)):
            return text
        return f"{LRI}{text}{PDI}"

    def isolated(self, value: Any) -> str:
        """Free text (a name, a title, a note) isolated by its own first letter (RTL only)."""
        text = "" if value is None else str(value)
        if not self.right_to_left or not text or text.startswith((LRI, FSI)):
            return text
        return f"{FSI}{text}{PDI}"

    def seconds(self, value: float | None, decimals: int = 1) -> str:
        """``12.3 s`` in this language; "—" for None."""
        if value is None:
            return "—"
        text = self.t(QT_TRANSLATE_NOOP("DrillReport", "{n} s"))
        return self.ltr(text.format(n=self.number(value, decimals)))

    def metres(self, value: float | None) -> str:
        if value is None:
            return "—"
        text = self.t(QT_TRANSLATE_NOOP("DrillReport", "{m} m"))
        return self.ltr(text.format(m=self.number(value, 0)))

    def share(self, share: float | None) -> str:
        return "—" if share is None else self.ltr(self.percent(share))


ENGLISH = ReportLanguage()

#: What each measure of the score is (``models.drills.scoring``), in words.
MEASURE_LABELS: Mapping[str, str] = {
    "answer": QT_TRANSLATE_NOOP("DrillReport", "Calls answered (offered → answered)"),
    "answer_95": QT_TRANSLATE_NOOP("DrillReport", "Calls answered, second target"),
    "process": QT_TRANSLATE_NOOP(
        "DrillReport", "High-priority calls processed (answered → first unit dispatched)"
    ),
    "alert_handle": QT_TRANSLATE_NOOP("DrillReport", "Alerts handled (raised → first handling)"),
    "alarm_response": QT_TRANSLATE_NOOP(
        "DrillReport",
        "NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)",
    ),
}

#: An expected alert's outcome (``AlertScore.outcome``).
OUTCOMES: Mapping[str, str] = {
    "handled": QT_TRANSLATE_NOOP("DrillReport", "handled"),
    "late": QT_TRANSLATE_NOOP("DrillReport", "late"),
    "wrong": QT_TRANSLATE_NOOP("DrillReport", "wrong handling"),
    "missed": QT_TRANSLATE_NOOP("DrillReport", "missed"),
    "not raised": QT_TRANSLATE_NOOP("DrillReport", "not raised"),
}

#: How an alert was handled (``models.drills.drill_log.HANDLING_OF``).
HANDLINGS: Mapping[str, str] = {
    "acknowledge": QT_TRANSLATE_NOOP("DrillReport", "acknowledged"),
    "promote": QT_TRANSLATE_NOOP("DrillReport", "promoted to an incident"),
    "link": QT_TRANSLATE_NOOP("DrillReport", "linked to an incident"),
    "dismiss": QT_TRANSLATE_NOOP("DrillReport", "dismissed"),
}

#: Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).
ALERT_KINDS: Mapping[str, str] = {
    "cap": QT_TRANSLATE_NOOP("DrillReport", "CAP alert"),
    "zone_alarm": QT_TRANSLATE_NOOP("DrillReport", "zone alarm"),
    "zone_entry": QT_TRANSLATE_NOOP("DrillReport", "zone entry"),
}

#: Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).
STAGES: Mapping[str, str] = {
    "link": QT_TRANSLATE_NOOP("DrillReport", "no link acknowledgement"),
    "crew": QT_TRANSLATE_NOOP("DrillReport", "no crew answer"),
}

#: The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).
ACTIONS: Mapping[str, str] = {
    "reach.queued": QT_TRANSLATE_NOOP("DrillReport", "sent again"),
    "reach.voice": QT_TRANSLATE_NOOP("DrillReport", "reached by voice"),
    "unit.status": QT_TRANSLATE_NOOP("DrillReport", "unit status changed"),
    "unit.assigned": QT_TRANSLATE_NOOP("DrillReport", "another unit assigned"),
}

#: How a drill ended (``drill.ended`` reason).
END_REASONS: Mapping[str, str] = {
    "completed": QT_TRANSLATE_NOOP("DrillReport", "completed"),
    "ended by trainer": QT_TRANSLATE_NOOP("DrillReport", "ended by trainer"),
}

#: Injection types (``models.drills.injections``).
INJECTION_TYPES: Mapping[str, str] = {
    "call": QT_TRANSLATE_NOOP("DrillReport", "call"),
    "rebid": QT_TRANSLATE_NOOP("DrillReport", "rebid"),
    "track": QT_TRANSLATE_NOOP("DrillReport", "track"),
    "zone_alarm": QT_TRANSLATE_NOOP("DrillReport", "zone alarm"),
    "cap": QT_TRANSLATE_NOOP("DrillReport", "CAP alert"),
    "link_down": QT_TRANSLATE_NOOP("DrillReport", "link down"),
    "link_up": QT_TRANSLATE_NOOP("DrillReport", "link up"),
    "note": QT_TRANSLATE_NOOP("DrillReport", "note"),
}


def word(lang: ReportLanguage, words: Mapping[str, str], code: Any) -> str:
    """``code`` as its translated word from ``words``; an unknown code as it is (isolated)."""
    source = words.get(str(code)) if code is not None else None
    return lang.t(source) if source is not None else lang.isolated(code)


def injection_text(lang: ReportLanguage, entry_type: str, fields: Mapping[str, Any]) -> str:
    """One line saying what an injection does, in ``lang`` (see the module contract)."""
    f = fields
    lt, iso = lang.ltr, lang.isolated
    if entry_type in ("call", "rebid"):
        template = (
            QT_TRANSLATE_NOOP("DrillReport", "call from {caller} via {via} at {where}")
            if entry_type == "call"
            else QT_TRANSLATE_NOOP("DrillReport", "rebid of {caller} via {via} at {where}")
        )
        via = str(f["via"]).upper()
        if f.get("class_of_service"):
            via += f" {f['class_of_service']}"
        where = f"{f['lat']:.5f}, {f['lon']:.5f} ±{f['uncertainty_m']:.0f} m"
        return lang.t(template).format(caller=lt(f["caller"]), via=lt(via), where=lt(where))
    if entry_type == "track":
        return lang.t(
            QT_TRANSLATE_NOOP("DrillReport", "track {track} on {sensor} ({via}), {points}, {speed}")
        ).format(
            track=lt(f["track"]),
            sensor=lt(f["sensor"]),
            via=lt(f["via"]),
            points=lang.n(TRACK_POINTS, len(f["path"])),
            speed=lt(lang.t(QT_TRANSLATE_NOOP("DrillReport", "{v} m/s")).format(
                v=lang.number(float(f["speed_mps"]), 1)
            )),
        )  # fmt: skip
    if entry_type == "zone_alarm":
        return lang.t(
            QT_TRANSLATE_NOOP("DrillReport", "zone alarm {state} from {sensor} in zone {zone}")
        ).format(state=lt(f["state"]), sensor=lt(f["sensor"]), zone=iso(f["zone"]))
    if entry_type == "cap":
        return lang.t(
            QT_TRANSLATE_NOOP("DrillReport", "CAP {type} {identifier}: {event} (exercise)")
        ).format(type=lt(f["msg_type"]), identifier=lt(f["identifier"]), event=iso(f["event"]))
    if entry_type == "link_down":
        return lang.t(QT_TRANSLATE_NOOP("DrillReport", "link {link} down")).format(
            link=lt(f["link"])
        )
    if entry_type == "link_up":
        return lang.t(QT_TRANSLATE_NOOP("DrillReport", "link {link} up")).format(link=lt(f["link"]))
    return lang.t(QT_TRANSLATE_NOOP("DrillReport", "note: {text}")).format(
        text=iso(f.get("text", ""))
    )


def timeline_text(
    lang: ReportLanguage,
    entry_type: str,
    logged: str,
    fields: Mapping[str, Any] | None,
) -> str:
    """A logged injection summary in ``lang``: made again from ``fields`` when the
    injection is known (what the log added after the English summary, such as
    " — not sent: <error>", is kept as it is), else the logged text isolated
    (an injection the scenario does not have: it was only ever logged)."""
    if fields is None:
        return lang.isolated(logged)
    from models.drills.injections import summary

    try:
        english = summary(entry_type, fields)
        text = injection_text(lang, entry_type, fields)
    except (KeyError, TypeError, ValueError):
        return lang.isolated(logged)
    if logged.startswith(english) and logged != english:
        return text + lang.isolated(logged[len(english) :])
    return text
