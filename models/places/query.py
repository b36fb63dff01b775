"""Take a typed location apart: corner, house number, name words, as-you-type prefix.

Contract: ``clean(text) -> str`` drops control characters and bidi marks,
turns Arabic-Indic digits into ASCII and cuts the text to ``MAX_CHARS``.
``parse(text) -> Query`` reads the cleaned text:

- ``corner``: for "X & Y", "X / Y", "X + Y", "X and Y", "X x Y", "X ja Y",
  "X och Y", "X et Y", "X und Y", "X פינת Y", the two sides as ``Query``
  each (a word separator such as "and" also keeps the whole text as a name,
  since "Pierre et Marie Curie" is one street);
- ``housenumber``: a number standing first or last (``12``, ``12b``,
  ``12 B``, ``12א``, ``15-17``, ``670/31``), as ``HouseNumber`` with the
  keys to look up in order (``15-17``, ``15``, ``17``; ``12b``, ``12``);
- ``words``: the other words, folded (``models.places.normalise``), with
  abbreviated street-type words spelt out and one under Hebrew or Arabic
  prefix letters read as itself ("ברחוב" -> "רחוב"), at most ``MAX_WORDS``;
  ``prefix`` is true when the text does not end in a space, so the last
  word may still be growing (search as you type).

Pure functions; never raise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from models.places.clitics import typed_street_word
from models.places.normalise import STREET_WORDS, expand_abbreviation, fold

MAX_CHARS = 200
MAX_WORDS = 8
_DIGITS = str.maketrans(
    {**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}}
)
_SYMBOL_CORNER = re.compile(r"\s*(?:&|\+|×|@)\s*|(?<!\d)\s*/\s*|\s*/\s*(?!\d)")
_WORD_CORNER = re.compile(r"\s+(?:and|x|ja|och|et|und|corner|cnr|פינת|ופינת|تقاطع)\s+", re.I)
_HN_CORE = r"\d{1,5}(?:\s?[a-zA-Z\u05d0-\u05ea\u0621-\u064a](?![\w]))?"
_HN = re.compile(rf"^(?:{_HN_CORE}(?:\s*[-–]\s*{_HN_CORE})?|\d{{1,5}}\s*/\s*\d{{1,5}}[a-zA-Z]?)$")
_HN_END = re.compile(
    rf"(?:^|[\s,])(?P<hn>{_HN_CORE}(?:\s*[-–]\s*{_HN_CORE})?|\d{{1,5}}\s*/\s*\d{{1,5}}[a-zA-Z]?)"
    r"\s*,?\s*$"
)
_HN_START = re.compile(
    rf"^\s*(?P<hn>{_HN_CORE}(?:\s*[-–]\s*{_HN_CORE})?|\d{{1,5}}\s*/\s*\d{{1,5}}[a-zA-Z]?)"
    r"(?:[\s,]+|$)"
)


@dataclass(frozen=True, slots=True)
class HouseNumber:
    text: str  # as typed, tidied: "12 B", "15-17"
    keys: tuple[str, ...]  # lookup keys, best first: ("12b", "12")


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    words: tuple[str, ...]
    prefix: bool
    housenumber: HouseNumber | None = None
    corner: tuple[Query, Query] | None = None
    corner_also_name: bool = False  # the separator was a word: try the whole text as a name too
    number_words: tuple[str, ...] = field(default=())  # the words with the number kept as a word


def clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = text[: MAX_CHARS * 4].translate(_DIGITS)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(" " if ch in "\t\n\r\x0b\x0c" else "")
        else:
            out.append(ch)
    return "".join(out)[:MAX_CHARS]


def _number_key(text: str) -> str:
    from models.places.extract import housenumber_key

    return housenumber_key(text)


def _house_number(text: str) -> HouseNumber:
    tidy = " ".join(text.split())
    keys: list[str] = []

    def add(key: str) -> None:
        if key and key not in keys:
            keys.append(key)

    add(_number_key(tidy))
    for piece in re.split(r"\s*[-–/]\s*", tidy):
        add(_number_key(piece))
        digits = re.match(r"\d+", piece)
        if digits:
            add(digits.group(0))
    return HouseNumber(tidy, tuple(keys))


def _word(word: str) -> str:
    """A folded typed word as the index reads it: abbreviations spelt out, a street-type word
    under Hebrew or Arabic prefix letters ("ברחוב", "בשד", "بشارع") as that word."""
    if word not in STREET_WORDS:
        under = typed_street_word(word, STREET_WORDS)
        if under is not None:
            word = under
    return expand_abbreviation(word)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_word(w) for w in fold(text).split())[:MAX_WORDS]


def _single(text: str, prefix: bool) -> Query:
    body = text.strip()
    number: HouseNumber | None = None
    name_part = body
    end = _HN_END.search(body)
    start = _HN_START.match(body)
    if end is not None and end.start("hn") > 0:
        number = _house_number(end.group("hn"))
        name_part = body[: end.start("hn")]
    elif start is not None and start.end() < len(body):
        number = _house_number(start.group("hn"))
        name_part = body[start.end() :]
    words = _words(name_part)
    if number is not None and not words:
        number = None
        words = _words(body)
    # The number may belong to the name ("28. října", "Route 66"): keep a reading with it.
    number_words = _words(body) if number is not None else ()
    prefix_here = prefix and (number is None or end is None or name_part is body)
    return Query(body, words, prefix_here, number, number_words=number_words)


def parse(text: object) -> Query:
    cleaned = clean(text)
    prefix = bool(cleaned) and not cleaned[-1].isspace()
    body = cleaned.strip()
    for pattern, also_name in ((_SYMBOL_CORNER, False), (_WORD_CORNER, True)):
        parts = [p for p in pattern.split(body, maxsplit=1)]
        if len(parts) == 2 and parts[0].strip():
            left = _single(parts[0], False)
            right = _single(parts[1], prefix)
            if not left.words:
                continue
            whole = _single(body, prefix)
            return Query(
                body,
                whole.words,
                prefix,
                whole.housenumber,
                corner=(left, right),
                corner_also_name=also_name,
                number_words=whole.number_words,
            )
    return _single(body, prefix)
