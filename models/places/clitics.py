"""What Hebrew and Arabic add to a name in speech: prefix letters, the article, plene spelling.

A caller says "ביפו" (in Jaffa), "מהנביאים" (from HaNevi'im), "بالجامعة" (at
the university): the name with one-letter words written onto it. These
functions give the readings the matcher compares; all take and give folded
words (``models.places.normalise.fold``).

Contract:

- ``typed_cores(word)``: a typed word without its prefix letters, every
  reading, longest first, each at least ``MIN_CORE`` letters (so a short word
  never reduces to almost nothing and matches everything). Hebrew: an optional
  ו, then ש, כש or מש, then one of ב כ ל מ, then the article ה, in that
  order, at least one of them ("וב", "מה", "שב", "ומה"). Arabic: an optional
  و or ف, then one of ب ك ل, then the article ال ("وال", "بال", "فال",
  "كال"), and ل + ال written "لل". Words of other scripts: ``()``.
- ``article_core(word)``: an indexed word without its article (ה, ال), at
  least ``MIN_CORE`` letters left, else ``None``. Only the article is taken
  from an indexed word: "ביאליק" is never read as ב + "יאליק".
- A typed word and an indexed word match through their clitics when a typed
  reading (the word itself, or one of ``typed_cores``) equals the indexed
  word or its ``article_core``: "ביפו" = "יפו", "נביאים" = "הנביאים",
  "בנביאים" = "הנביאים" (the ב absorbed the article), "جامعه" = "الجامعه",
  "للجامعه" = "الجامعه".
- ``skeleton(word)``: a Hebrew word without the ו and י it may be written
  with or without (matres lectionis: "הילל" / "הלל", "שלום" / "שלם"), the
  first letter always kept; ``None`` for other scripts or when fewer than
  ``MIN_CORE`` letters remain (so "בית" / "בת" stay apart). Two words with
  the same skeleton differ by spelling only: the matcher counts that as one
  edit, whatever the words' lengths (the decision for short names: "הלל"
  finds "הילל" as a fuzzy match, never as an exact one).

Pure functions (cached), no state.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CORE = 3
_HEBREW = re.compile(r"^[\u05d0-\u05ea]+$")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_HE_PREFIX = re.compile(r"^ו?(?:ש|כש|מש)?[בכלמ]?ה?$")
_AR_PREFIX = re.compile(r"^[وف]?[بكل]?(?:ال)?$")
_AR_LIL = re.compile(r"^[وف]?لل$")  # ل + ال: "للجامعه"
_HE_ARTICLE = "ה"
_AR_ARTICLE = "ال"


def script(word: str) -> str | None:
    """``"he"``, ``"ar"`` or ``None``, by the word's first letter."""
    if not word:
        return None
    first = word[0]
    if "\u05d0" <= first <= "\u05ea":
        return "he"
    if "\u0621" <= first <= "\u064a":
        return "ar"
    return None


@lru_cache(maxsize=65536)
def typed_cores(word: str) -> tuple[str, ...]:
    kind = script(word)
    if kind is None:
        return ()
    out: list[str] = []
    if kind == "he":
        if not _HEBREW.match(word):
            return ()
        for k in range(1, min(5, len(word) - MIN_CORE + 1)):
            if _HE_PREFIX.match(word[:k]):
                out.append(word[k:])
    else:
        if not _ARABIC.match(word):
            return ()
        for k in range(1, min(6, len(word) - MIN_CORE + 1)):
            head = word[:k]
            if _AR_PREFIX.match(head) or _AR_LIL.match(head):
                out.append(word[k:])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def article_core(word: str) -> str | None:
    kind = script(word)
    if kind == "he" and word.startswith(_HE_ARTICLE) and _HEBREW.match(word):
        rest = word[1:]
    elif kind == "ar" and word.startswith(_AR_ARTICLE) and _ARABIC.match(word):
        rest = word[2:]
    else:
        return None
    return rest if len(rest) >= MIN_CORE else None


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str | None:
    if script(word) != "he" or not _HEBREW.match(word):
        return None
    bare = word[0] + word[1:].replace("ו", "").replace("י", "")
    return bare if len(bare) >= MIN_CORE else None


def typed_street_word(word: str, street_words: frozenset[str]) -> str | None:
    """``"ברחוב"`` -> ``"רחוב"``: a street-type word under prefix letters (``"ברח"`` too)."""
    kind = script(word)
    if kind is None:
        return None
    pattern = _HE_PREFIX if kind == "he" else _AR_PREFIX
    for k in range(1, min(5, len(word) - 1)):
        if pattern.match(word[:k]) and word[k:] in street_words:
            return word[k:]
    return None
