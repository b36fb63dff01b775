"""A duration as a dispatcher reads it, in the console's language ("4 min 30 s").

Contract: ``duration_text(seconds)`` is "30 s", "4 min 05 s" or "1 h 05 min"
(rounded to the second) in the language installed (context ``IncidentReport``,
where it was first written); thread-safe (``QCoreApplication.translate``). The
incident report's intervals and the recommendation's reasons use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def duration_text(seconds: float) -> str:
    """``"4 min 30 s"`` in the language installed ("30 s", "1 h 05 min")."""
    whole = round(seconds)
    if whole < 60:
        return _tr("{n} s").format(n=whole)
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return _tr("{m} min {s} s").format(m=minutes, s=f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    return _tr("{h} h {m} min").format(h=hours, m=f"{minutes:02d}")
