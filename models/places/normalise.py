"""Fold names and queries to the form the places index compares.

Contract: ``fold(text) -> str`` lower-cases and folds ``text`` so that what a
caller types and what OpenStreetMap holds compare equal: Latin diacritics are
dropped (``ä`` -> ``a``, ``ř`` -> ``r``, ``ß`` -> ``ss``), Hebrew vowel points
and cantillation are dropped and final letters become their plain form
(``ם`` -> ``מ``), Arabic harakat and tatweel are dropped and letter variants
merge (``أ إ آ ٱ`` -> ``ا``, ``ة`` -> ``ه``, ``ى`` -> ``ي``), Arabic-Indic and
Persian digits become ASCII digits, bidi marks and control characters vanish,
and every run of punctuation becomes one space. ``words(text)`` is
``fold(text).split()``. ``STREET_WORDS`` are the folded street-type words
(katu, gatan, strasse, rue, ulice, רחוב, شارع, ...) a query may leave out or
add, grouped by what they name in ``STREET_KINDS`` (``street_kind(word)``:
rue, street, ulice, ул, רחוב, شارع are all "street"); ``ABBREVIATIONS`` read
"bd", "av", "nám", "ul", "ул", "רח", "שד" as the word they stand for, in names
and queries alike; ``FILLER_WORDS`` are particles (de, la, von, אל, ...) a
query may leave out.
``split_type_suffix(word)`` splits a compound such as ``mariankatu`` into
``("marian", "katu")`` (or returns ``None``). Pure functions, no state.
"""

from __future__ import annotations

import re
import unicodedata

_HEBREW_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None, "ؤ": "و", "ئ": "ي"}
)
_DIGITS = str.maketrans(
    {**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}}
)
# Letters NFKD does not decompose but a caller types without their stroke or ligature.
_LATIN_EXTRA = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
_SEPARATORS = re.compile(r"[^\w]+|_+")

# Street-type words by what they name, in the sites' languages (folded; Hebrew final letters
# in their plain form): a typed type word agrees with a name's when both are of one kind, so
# "ul. Národní", "ברחוב יפו" and "rue X" for "X Street" are no contradiction, "bd" for an avenue
# is.
STREET_KINDS: dict[str, tuple[str, ...]] = {
    "street": (
        "katu", "gatan", "gata", "strasse", "str", "rue", "street", "st", "ulice", "ul",
        "ulica", "улица", "ул", "רחוב", "רח", "شارع", "ش",
    ),
    "avenue": ("avenue", "av", "ave", "allee", "allees", "trida", "tr", "alej", "aleja"),
    "boulevard": ("boulevard", "bd", "blvd", "bvd", "bulevar", "bul", "булевар", "бул", "שדרות",
                  "שד"),
    "square": (
        "place", "pl", "square", "sq", "namesti", "nam", "trg", "трг", "platz", "tori", "torget",
        "aukio", "platsen", "כיכר", "ميدان", "ساحه", "دوار",
    ),
    "road": ("route", "rte", "road", "rd", "tie", "vag", "vagen", "weg", "put", "пут", "דרכ",
             "طريق", "way", "drive", "dr"),
    "lane": (
        "impasse", "imp", "passage", "ruelle", "kuja", "gasse", "grand", "lane", "ln", "sokak",
        "сокак",
        "סמטה", "סמטת", "סמ", "زقاق",
    ),
    "path": ("chemin", "ch", "sentier", "polku", "stigen", "שביל", "path"),
    "quay": ("quai", "kajen", "ranta", "nabrezi", "nabr", "kej", "кеј"),
    "stairs": ("escalier", "escaliers", "esc", "montee", "descente", "rampe"),
    "promenade": ("promenade", "esplanade", "puistikko"),
}  # fmt: skip
_KIND_OF = {word: kind for kind, words in STREET_KINDS.items() for word in words}
STREET_WORDS = frozenset(_KIND_OF)
FILLER_WORDS = frozenset(
    {"de", "la", "le", "les", "du", "des", "d", "l", "von", "van", "der", "den", "di", "del",
     "della", "al", "el", "the", "of", "a", "an", "y", "אל", "א", "ال"}
)  # fmt: skip
# Compounds end in these (Finnish, Swedish, German, Dutch): "mariankatu", "hauptstrasse".
_TYPE_SUFFIXES = (
    "katu", "kuja", "tie", "gatan", "vagen", "strasse", "weg", "gasse", "platz", "straat",
)  # fmt: skip
# Abbreviated street-type words, read as the word they stand for (both in names and queries).
ABBREVIATIONS = {
    "bd": "boulevard", "blvd": "boulevard", "bvd": "boulevard", "av": "avenue", "ave": "avenue",
    "rd": "road", "str": "strasse", "pl": "place", "nam": "namesti", "sq": "square",
    "ln": "lane", "rte": "route", "imp": "impasse", "esc": "escalier", "ch": "chemin",
    "tr": "trida", "nabr": "nabrezi", "ul": "ulice", "ул": "улица", "бул": "булевар",
    "bul": "bulevar", "רח": "רחוב", "שד": "שדרות", "סמ": "סמטה", "ش": "شارع",
}  # fmt: skip
_ABBREVIATED_SUFFIX = re.compile(r"^(\w{3,})str$")  # "hauptstr." -> "hauptstrasse"


def fold(text: str) -> str:
    """The comparison form of ``text``: folded letters and digits, single spaces."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(_SEPARATORS.sub(" ", text.lower()).split())
    text = unicodedata.normalize("NFKD", text.casefold())
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Mn" or cat == "Cf" or cat == "Cc":
            continue  # combining marks (diacritics, niqqud, harakat), bidi marks, controls
        out.append(ch)
    text = "".join(out).translate(_HEBREW_FINALS).translate(_ARABIC_LETTERS)
    text = text.translate(_DIGITS).translate(_LATIN_EXTRA)
    return " ".join(_SEPARATORS.sub(" ", text).split())


def words(text: str) -> list[str]:
    return fold(text).split()


def expand_abbreviation(word: str) -> str:
    """``hauptstr`` -> ``hauptstrasse``, ``bd`` -> ``boulevard``; other words unchanged."""
    full = ABBREVIATIONS.get(word)
    if full is not None:
        return full
    match = _ABBREVIATED_SUFFIX.match(word)
    return match.group(1) + "strasse" if match else word


def split_type_suffix(word: str) -> tuple[str, str] | None:
    """``mariankatu`` -> ``("marian", "katu")``; ``None`` when no type word ends it."""
    for suffix in _TYPE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)], suffix
    return None


def street_kind(word: str) -> str | None:
    """What a street-type word names (``"street"``, ``"square"``, ...), None for other words."""
    return _KIND_OF.get(word)


def is_optional(word: str) -> bool:
    """A street-type word or a particle: a name still matches when the query leaves it out."""
    return word in STREET_WORDS or word in FILLER_WORDS
