"""Table-driven ASTERIX item definitions: the building blocks of a UAP.

Role: describe each data item of a category once, as data, so that one
generic walker decodes, skips and encodes every item. A category module
(``cat048``, ``cat010``, ``cat034``, ``cat062``) lists its items as
instances of the length kinds EUROCONTROL defines:

- :class:`Fixed` ``n`` octets, split into :class:`Field` s;
- :class:`Extended` 1-octet parts chained by an FX bit (bit 1) each;
- :class:`Repetitive` a one-octet repetition factor, then that many fixed
  elements; :class:`RepetitiveFx` fixed elements chained by an FX bit
  (bit 1) each, with no repetition factor (I062/510);
- :class:`Explicit` a one-octet length (counting itself), then opaque bytes
  (SP and RE items);
- :class:`Compound` an FX-chained primary subfield whose bits announce
  subfields, each itself one of the kinds above.

Contract: every spec has ``parse(data, pos, end) -> (value, new_pos)``,
``skip(data, pos, end) -> new_pos`` (lengths only, no conversion) and
``encode(value) -> bytes``. ``parse`` and ``skip`` raise :class:`ItemError`
(never anything else for any input) when the item runs past ``end``; the
record walker turns that into a ``DecodeError``. Decoded values are plain
JSON types: a dict of field name -> int/float/str per fixed part, a list of
such dicts for repetitive items, a hex string for explicit items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Compound",
    "Explicit",
    "Extended",
    "Field",
    "Fixed",
    "ItemError",
    "ItemSpec",
    "Repetitive",
    "RepetitiveFx",
]

# Field kinds. U/S: unsigned/two's-complement integer, scaled to float when
# the field has an LSB; OCT: Mode 1/2/3/A code as 4 octal digits; CHARS: ICAO
# 6-bit characters; HEX: raw bits as lowercase hex; ASCII: 8-bit characters
# (flight plan fields of I062/390; a byte above 0x7F reads as U+FFFD).
U, S, OCT, CHARS, HEX, ASCII = range(6)
_KINDS = {"u": U, "s": S, "oct": OCT, "chars": CHARS, "hex": HEX, "ascii": ASCII}

# ICAO Annex 10 6-bit character set (IA-5 subset); '#' marks unassigned codes.
_ICAO = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######"
_ICAO_CODE = {char: code for code, char in enumerate(_ICAO) if char != "#"}


class ItemError(Exception):
    """An item that cannot be read (truncated, bad length); caught by the walker."""


@dataclass(frozen=True, slots=True)
class Field:
    """``bits`` wide field; ``name`` None marks spare bits. ``lsb`` scales to float."""

    name: str | None
    bits: int
    kind: str = "u"
    lsb: float | None = None


# A compiled field: (name, shift, mask, kind, lsb or None, sign bit, bits).
_Compiled = tuple[str, int, int, int, float | None, int, int]


def _compile(fields: Sequence[Field], total_bits: int, low_bits: int = 0) -> tuple[_Compiled, ...]:
    """Lay ``fields`` out from the most significant bit; ``low_bits`` are reserved (FX)."""
    used = sum(f.bits for f in fields)
    if used + low_bits != total_bits:
        raise ValueError(f"fields cover {used} + {low_bits} bits, item has {total_bits}")
    out: list[_Compiled] = []
    offset = 0
    for f in fields:
        offset += f.bits
        if f.name is not None:
            shift = total_bits - offset
            kind = _KINDS[f.kind]
            out.append((f.name, shift, (1 << f.bits) - 1, kind, f.lsb, 1 << (f.bits - 1), f.bits))
    return tuple(out)


def _unpack(value: int, fields: tuple[_Compiled, ...], out: dict[str, Any]) -> None:
    for name, shift, mask, kind, lsb, sign, bits in fields:
        raw = (value >> shift) & mask
        if kind == U:
            out[name] = raw if lsb is None else raw * lsb
        elif kind == S:
            if raw & sign:
                raw -= mask + 1
            out[name] = raw if lsb is None else raw * lsb
        elif kind == OCT:
            out[name] = f"{raw:04o}"
        elif kind == CHARS:
            out[name] = "".join(_ICAO[(raw >> s) & 63] for s in range(bits - 6, -1, -6))
        elif kind == ASCII:
            out[name] = raw.to_bytes(bits // 8, "big").decode("ascii", "replace")
        else:
            out[name] = f"{raw:0{bits // 4}x}"


def _pack(values: dict[str, Any], fields: tuple[_Compiled, ...]) -> int:
    out = 0
    for name, shift, mask, kind, lsb, _sign, bits in fields:
        value = values.get(name)
        if value is None:
            continue
        if kind == OCT:
            raw = int(value, 8)
        elif kind == CHARS:
            text = str(value).upper().ljust(bits // 6)
            raw = 0
            for char in text:
                raw = (raw << 6) | _ICAO_CODE.get(char, 32)
        elif kind == HEX:
            raw = int(value, 16)
        elif kind == ASCII:
            raw = int.from_bytes(str(value).ljust(bits // 8).encode("ascii", "replace"), "big")
        else:
            raw = int(value) if lsb is None else round(value / lsb)
        out |= (raw & mask) << shift
    return out


def _need(end: int, pos: int, size: int) -> None:
    if pos + size > end:
        left = max(end - pos, 0)
        raise ItemError(f"truncated: needs {size} bytes, {left} left")


class ItemSpec:
    """Base of the length kinds; ``name`` is the item's human name for reports."""

    __slots__ = ("name",)

    def parse(self, data: bytes, pos: int, end: int) -> tuple[Any, int]:
        raise NotImplementedError

    def skip(self, data: bytes, pos: int, end: int) -> int:
        raise NotImplementedError

    def encode(self, value: Any) -> bytes:
        raise NotImplementedError


class Fixed(ItemSpec):
    """A fixed-length item of ``size`` octets."""

    __slots__ = ("_fields", "size")

    def __init__(self, name: str, size: int, fields: Sequence[Field]) -> None:
        self.name = name
        self.size = size
        self._fields = _compile(fields, size * 8)

    def parse(self, data: bytes, pos: int, end: int) -> tuple[dict[str, Any], int]:
        new = pos + self.size
        if new > end:
            _need(end, pos, self.size)
        out: dict[str, Any] = {}
        _unpack(int.from_bytes(data[pos:new], "big"), self._fields, out)
        return out, new

    def skip(self, data: bytes, pos: int, end: int) -> int:
        new = pos + self.size
        if new > end:
            _need(end, pos, self.size)
        return new

    def encode(self, value: dict[str, Any]) -> bytes:
        return _pack(value, self._fields).to_bytes(self.size, "big")


class Extended(ItemSpec):
    """Octets of 7 data bits + FX. ``parts[i]`` describes octet i; later octets are skipped."""

    __slots__ = ("_parts",)

    def __init__(self, name: str, parts: Sequence[Sequence[Field]]) -> None:
        self.name = name
        self._parts = tuple(_compile(p, 8, low_bits=1) for p in parts)

    def parse(self, data: bytes, pos: int, end: int) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        parts = self._parts
        index = 0
        while True:
            if pos >= end:
                raise ItemError("truncated: FX announces an octet past the end")
            octet = data[pos]
            if index < len(parts):
                _unpack(octet, parts[index], out)
            pos += 1
            index += 1
            if not octet & 1:
                return out, pos

    def skip(self, data: bytes, pos: int, end: int) -> int:
        while True:
            if pos >= end:
                raise ItemError("truncated: FX announces an octet past the end")
            octet = data[pos]
            pos += 1
            if not octet & 1:
                return pos

    def encode(self, value: dict[str, Any]) -> bytes:
        # As many octets as the last part holding a given field: what decode produced.
        count = 1
        for index, part in enumerate(self._parts):
            if any(compiled[0] in value for compiled in part):
                count = index + 1
        octets = [_pack(value, self._parts[i]) for i in range(count)]
        return bytes(o | (1 if i < count - 1 else 0) for i, o in enumerate(octets))


class Repetitive(ItemSpec):
    """REP octet, then REP elements of ``element`` (a :class:`Fixed`)."""

    __slots__ = ("_element",)

    def __init__(self, name: str, element: Fixed) -> None:
        self.name = name
        self._element = element

    def parse(self, data: bytes, pos: int, end: int) -> tuple[list[dict[str, Any]], int]:
        _need(end, pos, 1)
        count = data[pos]
        pos += 1
        _need(end, pos, count * self._element.size)
        element = self._element
        out = []
        for _ in range(count):
            value, pos = element.parse(data, pos, end)
            out.append(value)
        return out, pos

    def skip(self, data: bytes, pos: int, end: int) -> int:
        _need(end, pos, 1)
        size = 1 + data[pos] * self._element.size
        _need(end, pos, size)
        return pos + size

    def encode(self, value: list[dict[str, Any]]) -> bytes:
        if len(value) > 255:
            raise ValueError(f"{self.name}: at most 255 repetitions, got {len(value)}")
        return bytes([len(value)]) + b"".join(self._element.encode(v) for v in value)


class RepetitiveFx(ItemSpec):
    """Elements of ``size`` octets, each ending in an FX bit that chains the next one.

    ``fields`` describe one element without its FX bit (``size * 8 - 1`` bits).
    """

    __slots__ = ("_fields", "size")

    def __init__(self, name: str, size: int, fields: Sequence[Field]) -> None:
        self.name = name
        self.size = size
        self._fields = _compile(fields, size * 8, low_bits=1)

    def parse(self, data: bytes, pos: int, end: int) -> tuple[list[dict[str, Any]], int]:
        out = []
        size = self.size
        while True:
            _need(end, pos, size)
            value = int.from_bytes(data[pos : pos + size], "big")
            element: dict[str, Any] = {}
            _unpack(value, self._fields, element)
            out.append(element)
            pos += size
            if not value & 1:
                return out, pos

    def skip(self, data: bytes, pos: int, end: int) -> int:
        size = self.size
        while True:
            _need(end, pos, size)
            pos += size
            if not data[pos - 1] & 1:
                return pos

    def encode(self, value: list[dict[str, Any]]) -> bytes:
        if not value:
            raise ValueError(f"{self.name}: needs at least one element")
        last = len(value) - 1
        return b"".join(
            ((_pack(v, self._fields)) | (i < last)).to_bytes(self.size, "big")
            for i, v in enumerate(value)
        )


class Explicit(ItemSpec):
    """LEN octet (counting itself) then opaque data, decoded as a hex string."""

    __slots__ = ()

    def __init__(self, name: str) -> None:
        self.name = name

    def parse(self, data: bytes, pos: int, end: int) -> tuple[str, int]:
        new = self.skip(data, pos, end)
        return data[pos + 1 : new].hex(), new

    def skip(self, data: bytes, pos: int, end: int) -> int:
        _need(end, pos, 1)
        size = data[pos]
        if size < 1:
            raise ItemError("explicit length 0 (must count its own octet)")
        _need(end, pos, size)
        return pos + size

    def encode(self, value: str) -> bytes:
        body = bytes.fromhex(value)
        if len(body) > 254:
            raise ValueError(f"{self.name}: explicit item longer than 254 bytes")
        return bytes([len(body) + 1]) + body


class Compound(ItemSpec):
    """FX-chained primary subfield; bit i (from the MSB, FX bits excluded) -> subfield i.

    ``subfields`` holds ``(name, spec)`` pairs, ``None`` for spare bits. A bit
    for a subfield the table does not define makes the item unreadable (its
    length is unknown), so it is reported, never guessed.
    """

    __slots__ = ("_subfields",)

    def __init__(self, name: str, subfields: Sequence[tuple[str, ItemSpec] | None]) -> None:
        self.name = name
        self._subfields = tuple(subfields)

    def _present(self, data: bytes, pos: int, end: int) -> tuple[list[tuple[str, ItemSpec]], int]:
        present = []
        index = 0
        while True:
            _need(end, pos, 1)
            octet = data[pos]
            pos += 1
            for bit in range(7, 0, -1):
                if octet >> bit & 1:
                    slot = index + 7 - bit
                    sub = self._subfields[slot] if slot < len(self._subfields) else None
                    if sub is None:
                        raise ItemError(f"primary subfield announces undefined subfield {slot + 1}")
                    present.append(sub)
            index += 7
            if not octet & 1:
                return present, pos

    def parse(self, data: bytes, pos: int, end: int) -> tuple[dict[str, Any], int]:
        present, pos = self._present(data, pos, end)
        out: dict[str, Any] = {}
        for name, spec in present:
            out[name], pos = spec.parse(data, pos, end)
        return out, pos

    def skip(self, data: bytes, pos: int, end: int) -> int:
        present, pos = self._present(data, pos, end)
        for _name, spec in present:
            pos = spec.skip(data, pos, end)
        return pos

    def encode(self, value: dict[str, Any]) -> bytes:
        slots = [i for i, sub in enumerate(self._subfields) if sub is not None and sub[0] in value]
        unknown = set(value) - {sub[0] for sub in self._subfields if sub is not None}
        if unknown:
            raise ValueError(f"{self.name}: unknown subfields {sorted(unknown)}")
        octets = bytearray((max(slots, default=0) // 7) + 1)
        body = b""
        for slot in slots:
            octets[slot // 7] |= 1 << (7 - slot % 7)
            name, spec = self._subfields[slot]  # type: ignore[misc]
            body += spec.encode(value[name])
        for i in range(len(octets) - 1):
            octets[i] |= 1
        return bytes(octets) + body
