"""The event log's sentences for a drill's own events (context ``EventText``).

Contract: ``drill_summary(kind, payload)`` words ``drill.started``,
``drill.clock``, ``drill.injected``/``drill.manual`` (from the ``fields`` the
event carries, in the reader's language, else its stored English ``summary``)
and ``drill.ended``; part of ``console.reports.event_text.summarize``, whose
contract (language, isolation) it follows.
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


def _drill_clock(seconds: Any) -> str:
    """Drill time as "m:ss" (left to right in a right-to-left console)."""
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        return "?"
    whole = max(0, int(seconds))
    return _l(f"{whole // 60}:{whole % 60:02d}")


def _injection_type(code: Any) -> str:
    """An injection's type ("call", "track", ...) by the drill reports' word for it."""
    from models.drills.report_texts import INJECTION_TYPES

    source = INJECTION_TYPES.get(str(code))
    if source is None:
        return _l(code)
    return _i(QCoreApplication.translate("DrillReport", source))


def _injection_summary(p: dict[str, Any]) -> str:
    """What an injection did: made from the ``fields`` it was made from (events written
    since they carry them), in the reader's language; else the English summary stored."""
    fields = p.get("fields")
    if isinstance(fields, dict):
        from console.reports.drill_texts import report_language
        from models.drills.report_texts import injection_text

        try:
            text = injection_text(report_language(), str(p.get("type")), fields)
        except (KeyError, TypeError, ValueError, IndexError):
            text = None
        if text is not None:
            not_sent = p.get("not_sent")
            if not_sent:
                return _tr("{summary} — not sent: {error}").format(
                    summary=_i(text), error=_i(not_sent)
                )
            return _i(text)
    return _i(p.get("summary"))


def drill_summary(kind: str, p: dict[str, Any]) -> str:
    """A drill's own events (``models.drills.events``): start, clock, injections, end."""
    if kind == "drill.started":
        trainees = ", ".join(_i(t) for t in p.get("trainees") or ()) or "—"
        return _tr("drill {title} started (×{speed}), trainees: {trainees}").format(
            title=_i(p.get("title") or p.get("scenario")),
            speed=_l(f"{p.get('speed', 1.0):g}"),
            trainees=trainees,
        )
    if kind == "drill.clock":
        at = _drill_clock(p.get("drill_s"))
        if p.get("paused"):
            return _tr("drill clock {time}: paused").format(time=at)
        return _tr("drill clock {time}: running (×{speed})").format(
            time=at, speed=_l(f"{p.get('speed', 1.0):g}")
        )
    if kind in ("drill.injected", "drill.manual"):
        fields = {
            "n": p.get("index"),
            "type": _injection_type(p.get("type")),
            "time": _drill_clock(p.get("drill_s")),
            "summary": _injection_summary(p),
        }
        if kind == "drill.manual":
            return _tr("drill {time}: trainer {by} injected #{n} ({type}): {summary}").format(
                by=_i(p.get("by")), **fields
            )
        return _tr("drill {time}: injected #{n} ({type}): {summary}").format(**fields)
    if kind == "drill.ended":
        reason = str(p.get("reason") or "")
        words = {"completed": _tr("completed"), "ended by trainer": _tr("ended by trainer")}
        why = words.get(reason) or _i(reason)
        return _tr("drill ended at {time}: {reason}").format(
            time=_drill_clock(p.get("drill_s")), reason=why
        )
    details = ", ".join(f"{key}={value}" for key, value in sorted(p.items())[:4])
    return _l(f"{kind} {details}".strip())
