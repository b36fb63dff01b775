"""Unicode isolation for left-to-right fragments inside right-to-left text.

Contract:
- :func:`ltr` wraps a fragment that always reads left to right (phone
  number, call sign, coordinates, incident number, time, "± 35 m") in
  LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE (U+2066 ... U+2069), so
  in a Hebrew or Arabic sentence "+972 2 625 0000" stays "+972 2 625 0000"
  and is never shown as "0000 625 2 972+". It changes nothing visible in a
  left-to-right sentence.
- :func:`isolate` wraps a fragment of unknown direction (a street name that
  may be Hebrew, Arabic or Latin, an operator's note) in FIRST STRONG
  ISOLATE ... PDI (U+2068 ... U+2069): it takes the direction of its own first
  letter and does not disturb the text around it.
- Both return "" for "" and never wrap twice. :func:`strip_isolates` removes
  the marks again: use it for anything copied to the clipboard, written to a
  file or compared with typed input.
- :func:`shown_ltr` and :func:`shown_isolated` are what the widgets call on
  a value they show: :func:`ltr` / :func:`isolate` while the console is laid
  out right to left (:func:`set_right_to_left`, which
  ``widgets.i18n.install_language`` calls), the text unchanged otherwise, so
  a left-to-right console shows, copies and compares plain text; except that
  :func:`shown_isolated` isolates a value holding a right-to-left letter in a
  left-to-right console too (:func:`has_right_to_left`: "יפו 46, 9 m" in a
  French sentence keeps its own order and the sentence's).

Plain functions of ``str`` (no Qt): safe anywhere, including worker threads
(the direction is set once, on the GUI thread, before any window is built).
"""

from __future__ import annotations

import unicodedata

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_OPENERS = (LRI, RLI, FSI)
_MARKS = str.maketrans("", "", LRI + RLI + FSI + PDI)

_RIGHT_TO_LEFT = [False]

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLI",
    "has_right_to_left",
    "is_isolated",
    "isolate",
    "ltr",
    "right_to_left",
    "set_right_to_left",
    "shown_isolated",
    "shown_ltr",
    "strip_isolates",
]


def is_isolated(text: str) -> bool:
    """Whether ``text`` is already one isolate from its first to its last character."""
    if len(text) < 2 or text[0] not in _OPENERS or text[-1] != PDI:
        return False
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False  # "⁦a⁩ ⁦b⁩": two isolates side by side
    return depth == 0


def ltr(text: object) -> str:
    """``text`` as a fragment that always reads left to right (LRI … PDI)."""
    value = str(text)
    if not value or is_isolated(value):
        return value
    return f"{LRI}{value}{PDI}"


def isolate(text: object) -> str:
    """``text`` isolated with its own direction, from its first strong letter (FSI … PDI)."""
    value = str(text)
    if not value or is_isolated(value):
        return value
    return f"{FSI}{value}{PDI}"


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (for the clipboard, files and comparisons)."""
    return text.translate(_MARKS)


def set_right_to_left(flag: bool) -> None:
    """Whether the console is laid out right to left (set with its language)."""
    _RIGHT_TO_LEFT[0] = bool(flag)


def right_to_left() -> bool:
    return _RIGHT_TO_LEFT[0]


def shown_ltr(text: object) -> str:
    """``text`` as shown in the console: isolated left to right in a right-to-left one
    (``None`` shows as "")."""
    if text is None:
        return ""
    return ltr(text) if _RIGHT_TO_LEFT[0] else str(text)


def shown_isolated(text: object) -> str:
    """``text`` of unknown direction as shown: first-strong isolated in a right-to-left
    console, and in a left-to-right one when it holds a right-to-left letter (a Hebrew
    street name with its number in a French console); ``None`` shows as ""."""
    if text is None:
        return ""
    value = str(text)
    if _RIGHT_TO_LEFT[0] or has_right_to_left(value):
        return isolate(value)
    return value


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a Hebrew, Arabic (or other right-to-left script) letter."""
    return any(_is_rtl_letter(ch) for ch in text if ch > "\u058f")


def _is_rtl_letter(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")
