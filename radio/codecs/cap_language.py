"""Which ``<info>`` block of a CAP alert to show: the one in the operator's language.

CAP writes one ``<info>`` per language (``<language>``, an RFC 3066/BCP 47
tag, "en-US" when absent); a municipal alert in Israel may carry Hebrew,
Arabic and English blocks, one from Nice French and English.

Contract:

- :func:`choose_info` takes the decoded info blocks (mappings with a
  ``language`` key, as ``radio.codecs.cap`` gives them, or their dict form
  from the store) and the console's language code (``he``, ``ar``, ``cs``,
  ``fr``, ``sr``, ``sr_Latn``, ``en``; ``None``: the one set with
  :func:`set_preferred_language`) and returns the block to show: the first
  whose tag has the same primary language (for Serbian, the same script
  first: ``sr-Latn`` for ``sr_Latn``, Cyrillic or untagged ``sr`` for ``sr``,
  then any Serbian), else the first block (CAP's default), ``None`` when
  there is none. Tags are compared case-insensitively with ``-`` or ``_``.
- :func:`set_preferred_language` is set once by the application with the
  console's language (plain module state, no Qt; safe from any thread to
  read).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["choose_info", "preferred_language", "set_preferred_language", "tag_parts"]

_PREFERRED = ["en"]


def set_preferred_language(code: str | None) -> None:
    """The console's language, for :func:`choose_info` without one."""
    _PREFERRED[0] = (code or "en").strip() or "en"


def preferred_language() -> str:
    return _PREFERRED[0]


def tag_parts(tag: object) -> tuple[str, str]:
    """(primary language, script) of a language tag, lower case: "sr-Latn-RS" ->
    ("sr", "latn"); "he-IL" -> ("he", ""); "iw" -> ("he", "")."""
    parts = [p for p in str(tag or "").strip().replace("_", "-").lower().split("-") if p]
    if not parts:
        return "", ""
    primary = {"iw": "he"}.get(parts[0], parts[0])
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    return primary, script


def choose_info(
    infos: Sequence[Mapping[str, Any]], language: str | None = None
) -> Mapping[str, Any] | None:
    """The info block to show to an operator reading ``language`` (see the contract)."""
    blocks = [i for i in infos if isinstance(i, Mapping)]
    if not blocks:
        return None
    wanted, wanted_script = tag_parts(language if language is not None else _PREFERRED[0])
    same = [b for b in blocks if tag_parts(b.get("language") or "en-US")[0] == wanted]
    if not same:
        return blocks[0]
    if wanted == "sr":
        script = wanted_script or "cyrl"
        for block in same:
            own = tag_parts(block.get("language"))[1] or "cyrl"  # untagged Serbian: Cyrillic
            if own == script:
                return block
    return same[0]
