"""Fit a dispatch text to what a device can show: character set, transliteration, length.

Role: each path to a unit has its own limits. ESPA pagers take 7-bit ISO 646
national sets (German pagers show ``[`` as ``Ä``) and short texts; TETRA SDS
carries ISO 8859-1 or UCS-2 (Hebrew, Arabic, Cyrillic, Greek). This module
turns a dispatch (incident type, address, details) into the text one device
gets, so that the address and the incident type always come first and only
the details are cut.

Contract (pure functions, no I/O):

- :class:`TextProfile` ``(charset, max_chars, transliterate=True)`` is one
  path's setting; ``charset`` is one of :data:`CHARSETS` (``iso646-irv``
  (ASCII), ``iso646-de``, ``-gb``, ``-fr``, ``-it``, ``-es``, ``-se``,
  ``-dk``, ``-no``, ``latin-1``, ``ucs2``, or ``auto``: Latin-1 when the text
  fits it, else UCS-2). ``ValueError`` for an unknown charset or a limit
  under 1.
- :func:`fit` ``(profile, incident_type, address, details=())`` returns a
  :class:`FittedText`: ``display`` (the Unicode text the device will show),
  ``wire`` (what the codec takes: for an ISO 646 variant the 7-bit str in
  which ``Ä`` is ``[``, ready for :func:`radio.codecs.espa.encode_block`; for
  Latin-1 and UCS-2 the same as ``display``), ``encoded`` (the bytes on the
  air), ``coding`` (the TETRA text coding scheme: 1 or 26; None for ISO 646),
  ``truncated`` and ``replaced`` (characters the set could not carry:
  transliterated, or ``?`` when there is no transliteration).
- :func:`to_charset` ``(text, charset, transliterate=True)`` converts one
  string without a limit (``(display, wire, replaced)``).
- :data:`DEFAULT_PROFILES` per path kind (``espa``: ISO 646 IRV, 80
  characters, what any pager shows; ``tetra``: ``auto``, 120 characters, an
  SDS-TL text in UCS-2 fits in one SDS type 4); :func:`profile_from_mapping`
  reads a site's ``{ charset = ..., max_chars = ..., transliterate = ... }``
  table over a default (``ValueError`` naming the key).

Order and cutting: the parts are ``incident_type``, ``address``, then each
detail, separated by ``" "`` (type, address) and ``" / "`` (details). The
type is kept whole unless it alone exceeds the limit, then the address gets
the room left, then the details; a cut part ends with ``"..."`` (``"."`` when
under four characters remain) so the crew sees the text was cut. Never more
than ``max_chars`` characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CHARSETS",
    "DEFAULT_PROFILES",
    "FittedText",
    "TextProfile",
    "fit",
    "profile_from_mapping",
    "to_charset",
]

# ISO 646 national variants: the IRV positions each one redefines (ISO-IR numbers
# 21 DE, 4 GB, 69 FR, 15 IT, 17 ES, 10 SE, 60 NO / DK).
_ISO646: dict[str, dict[str, str]] = {
    "iso646-irv": {},
    "iso646-de": {"@": "§", "[": "Ä", "\\": "Ö", "]": "Ü", "{": "ä", "|": "ö", "}": "ü", "~": "ß"},
    "iso646-gb": {"#": "£", "~": "‾"},
    "iso646-fr": {
        "#": "£", "@": "à", "[": "°", "\\": "ç", "]": "§", "`": "µ",
        "{": "é", "|": "ù", "}": "è", "~": "¨",
    },
    "iso646-it": {
        "#": "£", "@": "§", "[": "°", "\\": "ç", "]": "é", "`": "ù",
        "{": "à", "|": "ò", "}": "è", "~": "ì",
    },
    "iso646-es": {"#": "£", "@": "§", "[": "¡", "\\": "Ñ", "]": "¿", "{": "°", "|": "ñ", "}": "ç"},
    "iso646-se": {"$": "¤", "[": "Ä", "\\": "Ö", "]": "Å", "{": "ä", "|": "ö", "}": "å", "~": "‾"},
    "iso646-no": {"[": "Æ", "\\": "Ø", "]": "Å", "{": "æ", "|": "ø", "}": "å", "~": "‾"},
    "iso646-dk": {"[": "Æ", "\\": "Ø", "]": "Å", "{": "æ", "|": "ø", "}": "å", "~": "‾"},
}  # fmt: skip
CHARSETS = (*_ISO646, "latin-1", "ucs2", "auto")

# Replacements tried before Unicode decomposition, for letters that do not
# decompose or whose customary spelling is not the bare base letter.
_LATIN: dict[str, str] = {
    "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Å": "A", "å": "a", "Œ": "OE", "œ": "oe",
    "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d",
    "€": "EUR", "£": "GBP", "°": "o", "§": "S", "–": "-", "—": "-", "‘": "'", "’": "'",
    "“": '"', "”": '"', "„": '"', "…": "...", "«": '"', "»": '"', "\u00a0": " ",
    "[": "(", "]": ")", "{": "(", "}": ")", "\\": "/", "|": "/", "~": "-", "@": "at",
    "#": "No.", "$": "S", "`": "'", "^": "'", "µ": "u", "¨": '"', "‾": "-", "¡": "!",
    "¿": "?", "¤": "o",
}  # fmt: skip
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
        (
            "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch '' y ' e yu ya ye i yi g"
        ).split(),
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o".split(),
        strict=True,
    )
)
_HEBREW = dict(
    zip(
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        "' b g d h v z kh t y k kh l m m n n s ' p f ts ts k r sh t".split(),
        strict=True,
    )
)
_ARABIC = dict(
    zip(
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
        "' a a ' i ' a b h t th j h kh d dh r z s sh s d t z ' gh f q k l m n h w a y".split(),
        strict=True,
    )
)


def _script(char: str) -> str | None:
    lower = char.lower()
    for table in (_CYRILLIC, _GREEK):
        if lower in table:
            value = table[lower]
            return value.capitalize() if char != lower else value
    return _HEBREW.get(char) or _ARABIC.get(char)


def _transliterate(char: str) -> str | None:
    """An ASCII spelling of ``char``, or None."""
    if char in _LATIN:
        return _LATIN[char]
    scripted = _script(char)
    if scripted is not None:
        return scripted
    base = "".join(
        part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
    )
    if base and base.isascii() and base.isprintable():
        return base
    return None


@dataclass(frozen=True, slots=True)
class TextProfile:
    """One path's text limits: character set, length in characters, transliteration."""

    charset: str
    max_chars: int
    transliterate: bool = True

    def __post_init__(self) -> None:
        if self.charset not in CHARSETS:
            raise ValueError(f"unknown charset {self.charset!r}; known: {', '.join(CHARSETS)}")
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be at least 1, not {self.max_chars}")


@dataclass(frozen=True, slots=True)
class FittedText:
    """A text as one device gets it (see the module contract)."""

    display: str
    wire: str
    encoded: bytes
    charset: str
    coding: int | None
    truncated: bool
    replaced: int


def _fits(char: str, charset: str) -> bool:
    if charset == "latin-1":
        return ord(char) <= 0xFF and char.isprintable()
    if charset == "ucs2":
        return ord(char) <= 0xFFFF and not 0xD800 <= ord(char) <= 0xDFFF and char.isprintable()
    table = _ISO646[charset]
    if char in table.values():
        return True
    return 0x20 <= ord(char) <= 0x7E and char not in table


def to_charset(text: str, charset: str, transliterate: bool = True) -> tuple[str, str, int]:
    """``text`` in ``charset`` (not ``auto``): ``(display, wire, replaced)``."""
    if charset not in CHARSETS or charset == "auto":
        raise ValueError(f"not a concrete charset: {charset!r}")
    out: list[str] = []
    replaced = 0
    for char in text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "):
        if _fits(char, charset):
            out.append(char)
            continue
        replaced += 1
        spelled = _transliterate(char) if transliterate else None
        if spelled is not None and all(_fits(part, charset) for part in spelled):
            out.append(spelled)
        elif spelled is not None:
            out.append("".join(part if _fits(part, charset) else "?" for part in spelled))
        else:
            out.append("?")
    display = "".join(out)
    table = _ISO646.get(charset)
    if table:
        back = {value: key for key, value in table.items()}
        wire = "".join(back.get(char, char) for char in display)
    else:
        wire = display
    return display, wire, replaced


def _cut(text: str, room: int) -> str:
    if len(text) <= room:
        return text
    if room >= 4:
        return text[: room - 3].rstrip() + "..."
    return text[: room - 1] + "." if room >= 2 else text[:room]


def _compose(parts: list[str], limit: int) -> tuple[str, bool]:
    """Join ``parts`` (type, address, details...) within ``limit``, cutting from the end."""
    out = ""
    truncated = False
    for index, part in enumerate(parts):
        if not part:
            continue
        separator = "" if not out else (" " if index <= 1 else " / ")
        room = limit - len(out) - len(separator)
        if room <= 0:
            truncated = True
            break
        piece = _cut(part, room)
        truncated = truncated or piece != part
        out += separator + piece
        if piece != part:
            break
    return out, truncated


def fit(
    profile: TextProfile, incident_type: str, address: str, details: Sequence[str] = ()
) -> FittedText:
    """The text one device gets for a dispatch (see the module contract)."""
    charset = profile.charset
    raw_parts = [incident_type.strip(), address.strip(), *(d.strip() for d in details)]
    if charset == "auto":
        joined = "".join(raw_parts)
        charset = "latin-1" if all(_fits(char, "latin-1") for char in joined) else "ucs2"
    converted = [to_charset(part, charset, profile.transliterate) for part in raw_parts]
    replaced = sum(item[2] for item in converted)
    display, truncated = _compose([item[0] for item in converted], profile.max_chars)
    _, wire, _ = to_charset(display, charset, False)
    if charset == "ucs2":
        encoded, coding = display.encode("utf-16-be"), 26
    elif charset == "latin-1":
        encoded, coding = display.encode("latin-1"), 1
    else:
        encoded, coding = wire.encode("ascii"), None
    return FittedText(display, wire, encoded, charset, coding, truncated, replaced)


DEFAULT_PROFILES = {
    "espa": TextProfile("iso646-irv", 80),
    "tetra": TextProfile("auto", 120),
}


def profile_from_mapping(data: Mapping[str, Any], default: TextProfile) -> TextProfile:
    """A profile from a site's table; keys not given keep ``default``'s values."""
    unknown = sorted(set(data) - {"charset", "max_chars", "transliterate"})
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (charset, max_chars, transliterate)")
    charset = data.get("charset", default.charset)
    limit = data.get("max_chars", default.max_chars)
    transliterate = data.get("transliterate", default.transliterate)
    if not isinstance(charset, str):
        raise ValueError("charset: must be a string")
    if type(limit) is not int:
        raise ValueError("max_chars: must be an integer")
    if type(transliterate) is not bool:
        raise ValueError("transliterate: must be true or false")
    return TextProfile(charset, limit, transliterate)
