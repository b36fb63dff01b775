"""English plural forms where no translator answers (Qt-level helper of the reports).

Contract: ``english_plural(source, n, translated)`` is ``translated`` (Qt's
answer for a ``%n`` source) when a translator had it, else the English form
of ``source`` for ``n``: "(s)" kept as "s" or dropped, ``%n`` replaced by the
number. A report or an event-log line made by a command run without the
console's catalogues thus never reads "1 unit(s)".
"""

from __future__ import annotations


def english_plural(source: str, n: int, translated: str) -> str:
    """``translated``, or the English form of ``source`` for ``n`` (see the contract)."""
    if translated != source.replace("%n", str(n)):
        return translated
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
