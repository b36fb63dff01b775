"""Structure-aware mutation for the fuzzers: bytes, separated fields, numbers, XML trees.

Role: the mutation engine shared by the Hypothesis fuzz tests, the atheris
harnesses' custom mutator and the fuzz benchmark. Every function takes an
``rng`` with the ``random.Random`` interface (``randrange``, ``choice``,
``random``): a seeded ``random.Random`` in the benchmark and atheris,
Hypothesis's ``st.randoms(use_true_random=False)`` in the tests, so the
tests stay deterministic and shrink.

Text protocols are mutated field by field (:func:`mutate_fields`) with
values chosen to sit on the decoders' edges (:data:`NUMBERS`, :data:`TEXTS`,
:data:`TIMES`), then put back together by each codec's target, which fixes
what a mutation would otherwise break first (checksums, lengths), so
mutations reach the field decoders instead of stopping at the framing. XML
documents are mutated as trees (:func:`mutate_xml`: drop, duplicate, swap,
rename elements, replace texts and attributes, insert known fragments) and
serialised in several well-formed forms (encodings, declarations) or
deliberately broken ones (truncation, a DTD, stray markup).
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any, Protocol

import defusedxml.ElementTree as SafeET

__all__ = [
    "NUMBERS",
    "TEXTS",
    "TIMES",
    "Rng",
    "mutate_bytes",
    "mutate_fields",
    "mutate_number",
    "mutate_xml",
]


class Rng(Protocol):
    def randrange(self, start: int, stop: int = ..., step: int = ...) -> int: ...
    def choice(self, seq: Sequence[Any]) -> Any: ...
    def random(self) -> float: ...


# Numbers on the edges of every bound the codecs check: signs, WGS84 limits,
# exponents, overflow to inf, nan spellings, non-ASCII digits, huge digit runs.
NUMBERS: tuple[str, ...] = (
    "0", "-0", "+0", "00", "0.0", ".5", "5.", ".", "-", "+", "1", "-1", "+1",
    "59.99999", "60", "90", "-90", "90.000001", "-90.00001", "180", "-180", "180.00001",
    "360", "360.0001", "-360.1", "100", "101", "999", "1000", "1000.1", "100000", "100000.1",
    "20037508", "20037509", "1000000", "-12000", "-12001", "4294967296", "18446744073709551616",
    "1e3", "1E-3", "1e308", "1e309", "-1e309", "2.5e-324", "nan", "NaN", "-nan", "inf", "-inf",
    "Infinity", "1_000", "0x1A", "٣", "１２", "½", "−5", "1,5", " 5", "5 ", "1.2.3", "--1",
    "9" * 20, "9" * 310, "1." + "9" * 400, "0." + "0" * 400 + "1", "-" + "9" * 400,
)  # fmt: skip
TEXTS: tuple[str, ...] = (
    "", " ", "  ", "\t", "x", "A", "N", "S", "E", "W", "T", "R", "M", "K", "V", "Z", "é", "ß",
    "日本", "\U0001f600", "\u202e", "\u00a0", "\ufeff", "\u0000", "\x7f", "<", ">", "&", "&amp;",
    "]]>", '"', "'", ";", ",", "*", "$", "!", "\\", "=", "%", "%00", "%ff", "%E9", "%ED%A0%80",
    "+", "#", "A" * 300, "a" * 5000,
)  # fmt: skip
TIMES: tuple[str, ...] = (
    "2024-05-01T08:00:00+00:00", "2024-05-01T08:00:00Z", "2024-05-01T08:00:00-00:00",
    "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59", "2024-02-30T00:00:00+00:00", "2024-05-01T24:00:00+00:00",
    "2024-05-01T08:00:60+00:00", "2024-05-01T08:00:00.123456789+01:00", "2024-05-01T08:00:00+25:00",
    "2024-05-01", "20240501T0800", "2024-05-01 08:00:00", "２０２４-05-01T08:00:00+00:00",
    "0001-01-01 00:00:00", "9999-12-31 23:59:59", "2024-13-01 00:00:00", "1970-01-01 00:00:00",
)  # fmt: skip


def mutate_number(text: str, rng: Rng) -> str:
    """``text`` with one numeric change: a digit, a sign, a dot, an exponent, or an edge value."""
    roll = rng.randrange(8)
    if roll == 0 or not text:
        return rng.choice(NUMBERS)
    if roll == 1:
        return ("-" + text) if not text.startswith("-") else text[1:]
    if roll == 2:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice("0123456789.-+eE") + text[at:]
    if roll == 3:
        at = rng.randrange(len(text))
        return text[:at] + rng.choice("0123456789") + text[at + 1 :]
    if roll == 4:
        return text + "9" * rng.choice((1, 5, 20, 320))
    if roll == 5:
        return text + rng.choice(("e308", "e-400", "E5", "e", ".", "0"))
    if roll == 6:
        at = rng.randrange(len(text))
        return text[:at] + text[at + 1 :]
    return "9" * rng.randrange(1, 12) + "." + "9" * rng.randrange(0, 8)


def _value(rng: Rng, extra: Sequence[str]) -> str:
    pools: list[Sequence[str]] = [NUMBERS, TEXTS, TIMES]
    if extra:
        pools += [extra, extra]
    return str(rng.choice(rng.choice(pools)))


def mutate_fields(
    fields: list[str], rng: Rng, extra: Sequence[str] = (), keep_first: bool = True
) -> list[str]:
    """A few field-level mutations of ``fields`` (``keep_first``: leave the address/header)."""
    out = list(fields)
    low = 1 if keep_first and len(out) > 1 else 0
    for _ in range(1 + rng.randrange(3)):
        if len(out) <= low:
            out.append(_value(rng, extra))
            continue
        at = rng.randrange(low, len(out))
        roll = rng.randrange(10)
        if roll <= 2:
            out[at] = _value(rng, extra)
        elif roll <= 4:
            out[at] = mutate_number(out[at], rng)
        elif roll == 5:
            del out[at]
        elif roll == 6:
            out.insert(at, out[at] if rng.random() < 0.5 else _value(rng, extra))
        elif roll == 7:
            other = rng.randrange(low, len(out))
            out[at], out[other] = out[other], out[at]
        elif roll == 8:
            out[at] = ""
        else:
            out.extend(rng.choice((["x"], ["", ""], [_value(rng, extra)] * 3)))
    return out


def mutate_bytes(data: bytes, rng: Rng, tokens: Sequence[bytes] = ()) -> bytes:
    """One to four byte-level mutations (flip, set, insert, delete, duplicate, truncate)."""
    buf = bytearray(data)
    for _ in range(1 + rng.randrange(4)):
        where = rng.randrange(len(buf) + 1)
        roll = rng.randrange(8)
        if roll == 0 and where < len(buf):
            buf[where] ^= 1 << rng.randrange(8)
        elif roll == 1 and where < len(buf):
            buf[where] = rng.randrange(256)
        elif roll == 2:
            buf[where:where] = bytes(rng.randrange(256) for _ in range(1 + rng.randrange(4)))
        elif roll == 3 and tokens:
            buf[where:where] = rng.choice(tokens)
        elif roll == 4:
            del buf[where : where + 1 + rng.randrange(8)]
        elif roll == 5 and buf:
            start = rng.randrange(len(buf))
            buf[where:where] = buf[start : start + 1 + rng.randrange(16)]
        elif roll == 6:
            del buf[where:]
        else:
            buf[where:where] = rng.choice((b"\r", b"\n", b"\r\n", b"\x00", b"\xff", b"\xc3\xa9"))
    return bytes(buf)


# --- XML --------------------------------------------------------------------------------

_ENCODINGS = ("utf-8", "utf-8", "utf-8", "us-ascii", "iso-8859-1", "utf-16", "cp1252")
_BROKEN_DECLARATIONS = (
    b'<?xml version="1.0" encoding="UTF-32"?>',
    b'<?xml version="1.0" encoding="x-klingon"?>',
    b'<?xml version="1.0" encoding="rot13"?>',
    b'<?xml version="1.0" encoding="hex"?>',
    b'<?xml version="1.0" encoding="utf-16"?>',
    b'<?xml version="1.0" encoding="shift_jis"?>',
    b'<?xml version="1.1"?>',
    b'<?xml version="2.0"?>',
    b"<?xml?>",
)
_HOSTILE_PROLOGUES = (
    b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE r SYSTEM "http://example.invalid/r.dtd">',
    b"<!DOCTYPE r>",
    b"<!-- comment -->",
    b"<?pi data?>",
    b"\xef\xbb\xbf",
    b"\xff\xfe\x00\x00",
    b"   \n",
)
_STRAY = (
    b"<",
    b">",
    b"&",
    b"&x;",
    b"&#0;",
    b"&#xD800;",
    b"]]>",
    b"<![CDATA[x]]>",
    b"</a>",
    b"\x00",
)


def _elements(root: ET.Element) -> list[tuple[ET.Element | None, ET.Element]]:
    """Every element with its parent (None for the root), in document order."""
    out: list[tuple[ET.Element | None, ET.Element]] = [(None, root)]
    for parent in root.iter():
        out.extend((parent, child) for child in parent)
    return out


def _tree_op(
    root: ET.Element, rng: Rng, tags: Sequence[str], fragments: Sequence[str], extra: Sequence[str]
) -> ET.Element:
    pairs = _elements(root)
    parent, element = rng.choice(pairs)
    roll = rng.randrange(12)
    if roll <= 2:  # a new text: numbers, times, strings on the edges
        if element.text is not None and element.text.strip() and rng.random() < 0.5:
            words = element.text.split()
            at = rng.randrange(len(words))
            words[at] = mutate_number(words[at], rng)
            element.text = " ".join(words)
        else:
            element.text = _value(rng, extra)
    elif roll == 3 and parent is not None:
        parent.remove(element)
    elif roll == 4 and parent is not None:
        parent.insert(rng.randrange(len(parent) + 1), copy.deepcopy(element))
    elif roll == 5 and len(element) >= 2:
        a, b = rng.randrange(len(element)), rng.randrange(len(element))
        children = list(element)
        children[a], children[b] = children[b], children[a]
        for child in list(element):
            element.remove(child)
        element.extend(children)
    elif roll == 6 and tags:
        element.tag = rng.choice(tags)
    elif roll == 7 and fragments:
        try:
            fragment = ET.fromstring(rng.choice(fragments))
        except ET.ParseError:  # pragma: no cover - the fragments are ours
            return root
        element.insert(rng.randrange(len(element) + 1), fragment)
    elif roll == 8:
        names = list(element.attrib) or ["srsName", "uom", "id", "pdf", "srsDimension", "entity"]
        name = rng.choice(names)
        element.set(name, _value(rng, extra) if rng.random() < 0.5 else rng.choice(extra or ["x"]))
    elif roll == 9 and element.attrib:
        del element.attrib[rng.choice(list(element.attrib))]
    elif roll == 10:
        for child in list(element):
            element.remove(child)
        element.text = _value(rng, extra)
    else:
        element.tail = rng.choice((None, "", " ", "x", "\n"))
    return root


def _serialise(root: ET.Element, rng: Rng) -> bytes:
    encoding = rng.choice(_ENCODINGS)
    try:
        if rng.random() < 0.3 and encoding == "utf-8":
            return ET.tostring(root, encoding="unicode").encode("utf-8")
        return ET.tostring(root, encoding=encoding, xml_declaration=True)
    except (UnicodeError, ValueError):  # a lone surrogate in a mutated text
        return ET.tostring(root, encoding="us-ascii", xml_declaration=True)


def _break(data: bytes, rng: Rng) -> bytes:
    roll = rng.randrange(6)
    if roll == 0:
        return data[: rng.randrange(len(data) + 1)]
    if roll == 1:
        body = data.split(b"?>", 1)[-1] if data.startswith(b"<?xml") else data
        return rng.choice(_BROKEN_DECLARATIONS) + body
    if roll == 2:
        head, sep, body = data.partition(b"?>")
        if not sep:
            head, body = b"", data
        else:
            head += sep
        return head + rng.choice(_HOSTILE_PROLOGUES) + body
    if roll == 3:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.choice(_STRAY) + data[at:]
    if roll == 4:
        return data + rng.choice((b"<x/>", b"trailing", b"\x00", data[:50]))
    return mutate_bytes(data, rng, _STRAY)


def mutate_xml(
    seed: bytes,
    rng: Rng,
    tags: Sequence[str] = (),
    fragments: Sequence[str] = (),
    extra: Sequence[str] = (),
) -> bytes:
    """A mutated document: tree mutations, then a serialisation, sometimes broken on purpose.

    ``tags`` are qualified names (``{namespace}local``) to rename elements to,
    ``fragments`` XML snippets to insert, ``extra`` values for texts and
    attributes. About one document in five is not well-formed (truncated,
    an unreadable encoding, a DTD, stray markup, flipped bytes).
    """
    try:  # defused: atheris hands back corpus inputs that may be hostile
        root = SafeET.fromstring(seed, forbid_dtd=True)
    except Exception:  # not XML, hostile, an encoding expat cannot read: bytes, then
        return mutate_bytes(seed, rng, _STRAY)
    for _ in range(1 + rng.randrange(4)):
        root = _tree_op(root, rng, tags, fragments, extra)
    data = _serialise(root, rng)
    if rng.random() < 0.2:
        data = _break(data, rng)
    return data
