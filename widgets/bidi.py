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

Plain functions of ``str`` (no Qt): safe anywhere, including worker threads.
"""

from __future__ import annotations

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_OPENERS = (LRI, RLI, FSI)
_MARKS = str.maketrans("", "", LRI + RLI + FSI + PDI)

__all__ = ["FSI", "LRI", "PDI", "RLI", "is_isolated", "isolate", "ltr", "strip_isolates"]


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
