"""Python's regular-expression syntax, run by RE2: matching in linear time.

Contract: ``to_re2(pattern, error)`` translates a pattern already compiled
by Python's ``re`` (so its syntax, group names and flags are Python's) from
its parse tree into RE2 syntax, keeping Python's meaning (Unicode or
``(?a)`` ASCII ``\\d`` ``\\w`` ``\\s``, ``(?i)`` ``(?m)`` ``(?s)`` ``(?x)``,
named groups, lazy quantifiers, ``^`` ``$`` ``\\A`` ``\\Z``).
``linear_matcher(pattern, error)`` compiles that with RE2 (google-re2), an
automaton that never backtracks, for UTF-8 ``bytes`` input. A construct RE2
cannot run (a backreference, lookaround, a conditional or atomic group, a
possessive quantifier, a count above 1000, a Unicode ``\\b`` without
``(?a)``) or an automaton over :data:`MAX_PROGRAM` instructions raises
``error`` (the caller's exception type) with a message starting
``pattern:`` that names the construct. Used by the site alarm grammars
(``radio.codecs.zone_alarm``), which run on untrusted lines.
"""

from __future__ import annotations

import re
import string
from re import _constants as _sre  # type: ignore[attr-defined]  # Python's regex parse tree
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

import re2  # google-re2: RE2, a regular-expression automaton that never backtracks

__all__ = ["MAX_PROGRAM", "linear_matcher", "to_re2"]

# The largest RE2 automaton a grammar may compile to. Matching takes time
# proportional to the line's length (at most MAX_LINE characters reach the
# matcher) times the automaton's active states, so this bounds the worst
# case too: a few milliseconds for a full-length line with a pattern built
# to keep every state active at the limit, tens of microseconds for ordinary
# grammars. A Unicode class costs about 1,300 instructions per repetition
# (the default grammar is under 800 in all; ``\\w{60}`` is 80,000).
MAX_PROGRAM = 100_000

_IGNORECASE = _sre.SRE_FLAG_IGNORECASE
_MULTILINE = _sre.SRE_FLAG_MULTILINE
_DOTALL = _sre.SRE_FLAG_DOTALL
_ASCII = _sre.SRE_FLAG_ASCII
_MAX_REPEAT = 1000  # RE2's largest repetition count
_LAST = 0x10FFFF
_PLAIN = frozenset(string.ascii_letters + string.digits)

Ranges = tuple[tuple[int, int], ...]

# Python's \s: str.isspace() characters (Unicode), or the ASCII six under (?a).
_SPACE_UNICODE: Ranges = (
    (0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
    (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
)  # fmt: skip
_SPACE_ASCII: Ranges = ((0x09, 0x0D), (0x20, 0x20))
_DIGIT_ASCII: Ranges = ((0x30, 0x39),)
_WORD_ASCII: Ranges = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))

# What RE2 cannot run, by opcode of Python's parse tree.
_REFUSED = {
    _sre.GROUPREF: "a backreference (\\N or (?P=name))",
    _sre.GROUPREF_EXISTS: "a conditional group (?(id)yes|no)",
    _sre.POSSESSIVE_REPEAT: "a possessive quantifier (*+, ++, ?+ or {m,n}+)",
    _sre.ATOMIC_GROUP: "an atomic group (?>...)",
}
_ANCHORS = {
    _sre.AT_BEGINNING_STRING: r"\A",
    _sre.AT_END_STRING: r"\z",
}


class _Untranslatable(Exception):
    """A construct RE2 cannot run; the message names it."""


def _char(code: int) -> str:
    """One code point in RE2 syntax, safe inside and outside a class."""
    return chr(code) if chr(code) in _PLAIN else f"\\x{{{code:x}}}"


def _ranges(ranges: Ranges) -> str:
    return "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in ranges)


def _complement(ranges: Ranges) -> Ranges:
    out: list[tuple[int, int]] = []
    start = 0
    for lo, hi in ranges:
        if lo > start:
            out.append((start, lo - 1))
        start = hi + 1
    if start <= _LAST:
        out.append((start, _LAST))
    return tuple(out)


def _category(category: Any, unicode: bool) -> str | None:
    """The class item for a category (``\\d``, ``\\W``, ...); None for a Unicode ``\\W``."""
    if category == _sre.CATEGORY_DIGIT:
        return r"\p{Nd}" if unicode else _ranges(_DIGIT_ASCII)
    if category == _sre.CATEGORY_NOT_DIGIT:
        return r"\P{Nd}" if unicode else _ranges(_complement(_DIGIT_ASCII))
    if category == _sre.CATEGORY_SPACE:
        return _ranges(_SPACE_UNICODE if unicode else _SPACE_ASCII)
    if category == _sre.CATEGORY_NOT_SPACE:
        return _ranges(_complement(_SPACE_UNICODE if unicode else _SPACE_ASCII))
    if category == _sre.CATEGORY_WORD:
        # Python's \w is str.isalnum() or "_": letters and numbers of every kind.
        return r"\p{L}\p{N}_" if unicode else _ranges(_WORD_ASCII)
    if category == _sre.CATEGORY_NOT_WORD:
        return None if unicode else _ranges(_complement(_WORD_ASCII))
    raise _Untranslatable(f"the character category {category}")


def _fold(text: str, flags: int) -> str:
    return f"(?i:{text})" if flags & _IGNORECASE else text


def _class(items: list[tuple[Any, Any]], flags: int) -> str:
    """A Python character class ``[...]`` (parse-tree items) as RE2 syntax."""
    negate = bool(items) and items[0][0] == _sre.NEGATE
    if negate:
        items = items[1:]
    unicode = not flags & _ASCII
    parts: list[str] = []
    not_word = False
    kept_word = {"digits": True, "underscore": True}
    for op, value in items:
        if op == _sre.LITERAL:
            parts.append(_char(value))
            if value == ord("_"):
                kept_word["underscore"] = False
        elif op == _sre.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
            kept_word["underscore"] = kept_word["digits"] = False  # only exact forms below
        elif op == _sre.CATEGORY:
            item = _category(value, unicode)
            if item is None:
                not_word = True
            else:
                parts.append(item)
                kept_word["digits"] = kept_word["digits"] and value != _sre.CATEGORY_DIGIT
                if value != _sre.CATEGORY_DIGIT:
                    kept_word["underscore"] = False
        else:
            raise _Untranslatable(f"the class item {op}")
    if not not_word:
        if not parts:  # nothing (or everything, negated): no Python parse gives this
            return "[^\\x00-\\x{10ffff}]" if not negate else "(?s:.)"
        return _fold(f"[{'^' if negate else ''}{''.join(parts)}]", flags)
    # Unicode \W is "neither a letter, a number nor _": a complement RE2 has no
    # class item for, so it is one alternative of its own ...
    if not negate:
        word_not = r"[^\p{L}\p{N}_]"
        return _fold(f"(?:{word_not}|[{''.join(parts)}])" if parts else word_not, flags)
    # ... and [^\W...] is \w minus the rest, which RE2 can only write when the
    # rest is \d and/or _ (the idiom [^\W\d_]: letters only).
    plain_rest = all(
        (op == _sre.CATEGORY and value == _sre.CATEGORY_DIGIT)
        or (op == _sre.LITERAL and value == ord("_"))
        or (op == _sre.CATEGORY and value == _sre.CATEGORY_NOT_WORD)
        for op, value in items
    )
    if not plain_rest:
        raise _Untranslatable(r"a negated class holding \W with items other than \d and _")
    word = r"\p{L}\p{Nl}\p{No}"
    word += r"\p{Nd}" if not any(v == _sre.CATEGORY_DIGIT for _, v in items) else ""
    word += "_" if not any(op == _sre.LITERAL for op, _ in items) else ""
    return _fold(f"[{word}]", flags)


def _repeat(low: int, high: int, lazy: bool) -> str:
    for count in (low, high):
        if count != _sre.MAXREPEAT and count > _MAX_REPEAT:
            raise _Untranslatable(f"a repetition count of {count} (RE2 allows up to 1000)")
    if high == _sre.MAXREPEAT:
        quantifier = {0: "*", 1: "+"}.get(low, f"{{{low},}}")
    elif low == high:
        quantifier = f"{{{low}}}"
    elif (low, high) == (0, 1):
        quantifier = "?"
    else:
        quantifier = f"{{{low},{high}}}"
    return quantifier + ("?" if lazy else "")


def _translate(tree: Any, flags: int, names: dict[int, str]) -> str:
    """A parsed Python pattern (``re._parser`` tree) as an RE2 pattern of the same meaning."""
    out: list[str] = []
    for op, value in tree:
        if op == _sre.LITERAL:
            out.append(_fold(_char(value), flags))
        elif op == _sre.NOT_LITERAL:
            out.append(_fold(f"[^{_char(value)}]", flags))
        elif op == _sre.ANY:
            out.append("(?s:.)" if flags & _DOTALL else ".")
        elif op == _sre.IN:
            out.append(_class(value, flags))
        elif op == _sre.BRANCH:
            alternatives = (_translate(alt, flags, names) for alt in value[1])
            out.append(f"(?:{'|'.join(alternatives)})")
        elif op == _sre.SUBPATTERN:
            group, add, remove, body = value
            inner = _translate(body, (flags | add) & ~remove, names)
            if group is None:
                out.append(f"(?:{inner})")
            elif group in names:
                out.append(f"(?P<{names[group]}>{inner})")
            else:
                out.append(f"({inner})")
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, body = value
            item = _translate(body, flags, names)
            out.append(f"(?:{item}){_repeat(low, high, op == _sre.MIN_REPEAT)}")
        elif op == _sre.AT:
            out.append(_anchor(value, flags))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            look = "lookahead" if value[0] > 0 else "lookbehind"
            negative = "negative " if op == _sre.ASSERT_NOT else ""
            syntax = {(1, ""): "(?=...)", (1, "negative "): "(?!...)"}.get(
                (value[0], negative), "(?<=...)" if not negative else "(?<!...)"
            )
            raise _Untranslatable(f"a {negative}{look} {syntax}")
        elif op in _REFUSED:
            raise _Untranslatable(_REFUSED[op])
        else:
            raise _Untranslatable(f"the construct {op}")
    return "".join(out)


def _anchor(code: Any, flags: int) -> str:
    if code in _ANCHORS:
        return _ANCHORS[code]
    if code == _sre.AT_BEGINNING:
        return "(?m:^)" if flags & _MULTILINE else r"\A"
    if code == _sre.AT_END:
        # Python's $ also matches before a final "\n"; a line reaching the
        # matcher holds no "\n" (control characters are rejected first).
        return "(?m:$)" if flags & _MULTILINE else r"\z"
    if code in (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY):
        if flags & _ASCII:
            return r"\b" if code == _sre.AT_BOUNDARY else r"\B"
        raise _Untranslatable(
            r"a Unicode word boundary \b or \B (RE2 knows ASCII word boundaries only: "
            "add (?a) to the pattern to use them)"
        )
    raise _Untranslatable(f"the anchor {code}")


def to_re2(pattern: re.Pattern[str], error: type[Exception] = ValueError) -> str:
    """``pattern`` (already compiled by Python's ``re``) in RE2 syntax; ``error`` if
    it uses a construct RE2 cannot run (the message names it)."""
    tree = _sre_parser.parse(pattern.pattern, pattern.flags)
    names = {index: name for name, index in tree.state.groupdict.items()}
    try:
        return _translate(tree, tree.state.flags, names)
    except RecursionError:
        raise error("pattern: nested too deeply") from None
    except _Untranslatable as exc:
        raise error(
            f"pattern: uses {exc}, which the linear-time matcher (RE2) cannot run; "
            "rewrite the grammar without it"
        ) from None


def linear_matcher(pattern: re.Pattern[str], error: type[Exception] = ValueError) -> Any:
    """``pattern`` compiled with RE2 for UTF-8 ``bytes`` lines (see the module docstring).

    Raises ``error`` for a pattern RE2 cannot run or that compiles to more
    than :data:`MAX_PROGRAM` instructions.
    """
    translated = to_re2(pattern, error)
    options = re2.Options()
    options.log_errors = False
    try:
        matcher = re2.compile(translated.encode("utf-8"), options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise error(f"pattern: the linear-time matcher refuses it: {detail}") from None
    size = matcher.programsize
    if size > MAX_PROGRAM:
        raise error(
            f"pattern: too large for linear-time matching ({size} RE2 instructions, "
            f"at most {MAX_PROGRAM}); simplify the repetitions"
        )
    return matcher
