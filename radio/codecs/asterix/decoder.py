"""ASTERIX data block decoder: one generic walker over the per-category UAP tables.

Role: turn an ASTERIX data block (``CAT`` 1 byte, ``LEN`` 2 bytes counting
the whole block, then records of FSPEC + items) into one message per
record — a :class:`~radio.messages_sensor.RadarTarget` for target reports
and system tracks (CAT 048, 010, 062), a
:class:`~radio.messages_sensor.RadarServiceMessage` for radar service
messages (CAT 034) — and split a byte stream into blocks for the framing
layer.

Contract:

- :func:`decode_block` never raises. It returns a list: one message per
  record, in order. A corrupt record (truncated FSPEC or item, an FSPEC
  bit for an FRN the UAP does not define, a length running past the block)
  adds one ``DecodeError`` naming the category, the record index (0-based)
  and the item, and ends the list (the next record's start is unknowable);
  the records before it are kept. A record whose structure is sound but
  whose value is impossible (a WGS-84 latitude beyond ±90 or longitude
  beyond ±180: ``RANGES`` of the category module) is refused with a
  ``DecodeError`` in its place, never turned into a position, and
  decoding goes on with the next record. A block-level fault (shorter than
  3 bytes, ``LEN`` not the frame's length, unsupported category) gives a
  one-element list with the ``DecodeError``.
- Editions: a category module may name older editions whose items differ
  in length (``EDITIONS``: CAT010 0.24's 3-octet I010/202). A block that
  is corrupt under the current layout but decodes whole under an older one
  is decoded with the older one, its records tagged with that ``edition``;
  otherwise the current layout's result (and error) stands.
- :func:`decode` is the registry's one-message-per-frame form: an
  :class:`~radio.messages_sensor.AsterixBlock`, or a ``DecodeError`` when
  the block is unusable or not one record decodes.
- :func:`walk_block` checks the same structure without converting values
  (record count or ``DecodeError``; value ranges are not checked); it is
  the benchmark baseline and a cheap validator.
- :func:`frame_block` is a pure framer (see :mod:`radio.framing.base`).
"""

from __future__ import annotations

import logging
from typing import Any

from radio.codecs.asterix import cat010, cat034, cat048, cat062
from radio.codecs.asterix.uap import ItemError, ItemSpec
from radio.messages import DecodeError
from radio.messages_sensor import AsterixBlock, RadarServiceMessage, RadarTarget

__all__ = [
    "CATEGORIES",
    "PROTOCOL",
    "decode",
    "decode_block",
    "frame_block",
    "walk_block",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "asterix"

_Message = RadarTarget | RadarServiceMessage
_Entry = tuple[str, ItemSpec]
# Per FSPEC octet index and value: the items it announces, and the first FRN
# it announces that the UAP leaves undefined (0 when none).
_FspecTable = tuple[tuple[tuple[_Entry, ...], int], ...]

# RadarTarget's summary fields, in declaration order (between record_index and items).
_SUMMARY_FIELDS = (
    "sac",
    "sic",
    "time_of_day_s",
    "rho_nm",
    "theta_deg",
    "x_m",
    "y_m",
    "lat",
    "lon",
    "track_number",
    "mode3a",
    "flight_level",
    "speed_kt",
    "heading_deg",
    "aircraft_address",
    "callsign",
    "message_type",
)


_SLOT = {name: slot for slot, name in enumerate(_SUMMARY_FIELDS)}


class _Category:
    """One category's compiled tables (one edition's UAP; older editions in ``alternates``)."""

    __slots__ = (
        "alternates",
        "build",
        "derive",
        "edition",
        "fspec",
        "kind",
        "names",
        "number",
        "ranges",
        "summary",
        "uap",
    )

    def __init__(self, module: Any, uap: Any = None, edition: str | None = None) -> None:
        self.number: int = module.CATEGORY
        self.kind = f"cat{self.number:03d}"
        self.uap: tuple[_Entry | None, ...] = module.UAP if uap is None else uap
        self.edition = edition
        self.fspec = self._fspec_tables()
        self.names = {entry[0]: entry[1].name for entry in self.uap if entry is not None}
        # A module with build() makes its own messages; the others fill RadarTarget.
        self.build = getattr(module, "build", None)
        self.derive = getattr(module, "derive", None)
        self.ranges: tuple[tuple[str, str, float, float, str], ...] = getattr(module, "RANGES", ())
        self.summary = tuple(
            (_SLOT[name], item, key, factor)
            for name, item, key, factor in getattr(module, "SUMMARY", ())
        )
        self.alternates: tuple[_Category, ...] = ()
        if edition is None:
            self.alternates = tuple(
                _Category(module, alt, name)
                for name, alt in getattr(module, "EDITIONS", {}).items()
            )

    def make(self, index: int, items: dict[str, Any]) -> _Message:
        if self.build is not None:
            return self.build(PROTOCOL, index, items)  # type: ignore[no-any-return]
        return _target(self, index, items)

    def _fspec_tables(self) -> tuple[_FspecTable, ...]:
        tables = []
        for octet in range((len(self.uap) + 6) // 7):
            table = []
            for value in range(256):
                entries: list[_Entry] = []
                bad = 0
                for bit in range(7):
                    if value >> (7 - bit) & 1:
                        frn = octet * 7 + bit + 1
                        entry = self.uap[frn - 1] if frn <= len(self.uap) else None
                        if entry is None:
                            bad = bad or frn
                        else:
                            entries.append(entry)
                table.append((tuple(entries), bad))
            tables.append(tuple(table))
        return tuple(tables)


CATEGORIES: dict[int, _Category] = {
    c.number: c for c in map(_Category, (cat048, cat010, cat034, cat062))
}

_make_target = RadarTarget.make  # type: ignore[attr-defined]


class _RecordError(Exception):
    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")


def _fspec(cat: _Category, data: bytes, pos: int, end: int) -> tuple[list[_Entry], int]:
    tables = cat.fspec
    entries: list[_Entry] = []
    index = 0
    while True:
        if pos >= end:
            raise _RecordError("FSPEC", "runs past the end of the block")
        octet = data[pos]
        pos += 1
        if index < len(tables):
            announced, bad = tables[index][octet]
            if bad:
                raise _RecordError(
                    "FSPEC",
                    f"bit set for FRN {bad}, which the {cat.kind.upper()} UAP does not define",
                )
            entries.extend(announced)
        elif octet & 0xFE:
            raise _RecordError("FSPEC", f"bits set beyond the {cat.kind.upper()} UAP")
        index += 1
        if not octet & 1:
            if not entries:
                raise _RecordError("FSPEC", "announces no item")
            return entries, pos


def _record(cat: _Category, data: bytes, pos: int, end: int) -> tuple[dict[str, Any], int]:
    entries, pos = _fspec(cat, data, pos, end)
    items: dict[str, Any] = {}
    spec: ItemSpec | None = None
    try:
        for item_id, spec in entries:
            items[item_id], pos = spec.parse(data, pos, end)
    except ItemError as exc:
        raise _RecordError(spec.name if spec else "?", str(exc)) from None
    return items, pos


def _target(cat: _Category, index: int, items: dict[str, Any]) -> RadarTarget:
    values: list[Any] = [None] * len(_SUMMARY_FIELDS)
    if cat.derive is not None:
        for name, value in cat.derive(items).items():
            values[_SLOT[name]] = value
    for slot, item_id, key, factor in cat.summary:
        if values[slot] is not None:
            continue  # an earlier source (or derive) gave it
        item = items.get(item_id)
        if item is not None:
            if type(key) is tuple:  # a path into a compound item
                value = item
                for part in key:
                    value = value.get(part) if value is not None else None
            else:
                value = item.get(key)
            if value is not None:
                if factor is not None:
                    value *= factor
                elif type(value) is str:
                    value = value.strip()
                values[slot] = value
    return _make_target(PROTOCOL, cat.kind, cat.number, index, *values, items, cat.edition)


def _out_of_range(cat: _Category, items: dict[str, Any]) -> str | None:
    """Why a structurally sound record must be refused (an impossible position), or None."""
    for item_id, key, low, high, label in cat.ranges:
        item = items.get(item_id)
        if item is not None:
            value = item.get(key)
            if value is not None and not low <= value <= high:
                return (
                    f"{cat.names[item_id]}: {label} {value:.6f} outside {low:g}..{high:g}"
                    " (record refused)"
                )
    return None


def _block_header(frame: bytes) -> _Category | DecodeError:
    if len(frame) < 3:
        return DecodeError(
            PROTOCOL, f"data block of {len(frame)} bytes: shorter than CAT + LEN", frame
        )
    number = frame[0]
    length = frame[1] << 8 | frame[2]
    if length != len(frame):
        return DecodeError(
            PROTOCOL,
            f"CAT{number:03d} data block: LEN says {length} bytes, the block has {len(frame)}",
            frame,
        )
    cat = CATEGORIES.get(number)
    if cat is None:
        known = ", ".join(f"{n:03d}" for n in sorted(CATEGORIES))
        return DecodeError(PROTOCOL, f"CAT{number:03d} is not supported (known: {known})", frame)
    return cat


def _record_error(
    cat: _Category, index: int, start: int, exc: Exception | str, frame: bytes
) -> DecodeError:
    reason = f"CAT{cat.number:03d} record {index} (byte {start}) {exc}"
    return DecodeError(PROTOCOL, reason, frame)


def _decode_records(cat: _Category, frame: bytes) -> tuple[list[_Message | DecodeError], bool]:
    """Every record of the block under ``cat``'s layout; False when a corrupt record ended it."""
    out: list[_Message | DecodeError] = []
    pos = 3
    end = len(frame)
    index = 0
    ranges = cat.ranges
    while pos < end:
        try:
            items, new = _record(cat, frame, pos, end)
        except _RecordError as exc:
            out.append(_record_error(cat, index, pos, exc, frame))
            return out, False
        bad = _out_of_range(cat, items) if ranges else None
        if bad is None:
            out.append(cat.make(index, items))
        else:
            out.append(_record_error(cat, index, pos, bad, frame))
        pos = new
        index += 1
    return out, True


def decode_block(frame: bytes) -> list[_Message | DecodeError]:
    """Decode one data block into one message per record. Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        cat = _block_header(frame)
        if isinstance(cat, DecodeError):
            return [cat]
        out, whole = _decode_records(cat, frame)
        if not whole:
            for older in cat.alternates:
                older_out, older_whole = _decode_records(older, frame)
                if older_whole:
                    return older_out
        return out
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("ASTERIX decoder failed on %r", frame[:64])
        return [DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", frame)]


def decode(frame: bytes) -> AsterixBlock | DecodeError:
    """Decode one data block as one message (for the protocol registry). Never raises."""
    results = decode_block(frame)
    records = tuple(r for r in results if not isinstance(r, DecodeError))
    errors = tuple(r.reason for r in results if isinstance(r, DecodeError))
    if not records and errors:
        return DecodeError(PROTOCOL, errors[0], bytes(frame))
    number = frame[0]
    kind = f"cat{number:03d}"
    return AsterixBlock.make(PROTOCOL, kind, number, records, errors)  # type: ignore[attr-defined]


def _walk(cat: _Category, frame: bytes) -> int | DecodeError:
    pos = 3
    end = len(frame)
    index = 0
    while pos < end:
        start = pos
        try:
            entries, pos = _fspec(cat, frame, pos, end)
            for _item_id, spec in entries:
                try:
                    pos = spec.skip(frame, pos, end)
                except ItemError as exc:
                    raise _RecordError(spec.name, str(exc)) from None
        except _RecordError as exc:
            return _record_error(cat, index, start, exc, frame)
        index += 1
    return index


def walk_block(frame: bytes) -> int | DecodeError:
    """Check a block's structure (FSPECs and item lengths) without converting values.

    Returns the number of records, or the ``DecodeError`` of the first fault.
    Older editions are tried as :func:`decode_block` does.
    """
    cat = _block_header(frame)
    if isinstance(cat, DecodeError):
        return cat
    walked = _walk(cat, frame)
    if isinstance(walked, DecodeError):
        for older in cat.alternates:
            count = _walk(older, frame)
            if not isinstance(count, DecodeError):
                return count
    return walked


def frame_block(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one data block off ``buf[start:]`` by its LEN field (a pure framer).

    A LEN below 3 cannot be a block: those 3 bytes are emitted as a frame so
    the codec rejects them with a reason instead of the bytes vanishing.
    """
    if len(buf) - start < 3:
        return 0, None
    length = buf[start + 1] << 8 | buf[start + 2]
    if length < 3:
        return 3, bytes(buf[start : start + 3])
    if len(buf) - start < length:
        return 0, None
    return length, bytes(buf[start : start + length])
