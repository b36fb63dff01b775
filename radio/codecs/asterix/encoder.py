"""ASTERIX encoder for CAT 048, 010, 034 and 062 records, for simulators and tests.

Role: the inverse of :mod:`radio.codecs.asterix.decoder`, driven by the same
UAP tables, so that ``decode_block(encode_block(cat, [items]))`` gives the
items back (values on the items' LSB grid round-trip exactly).

Contract: ``items`` maps item ids (``"010"``, ``"040"``, ``"SP"``) to values
shaped as the decoder returns them (a dict of field mnemonics per fixed or
extended item, a list of dicts for repetitive items, a dict of subfields for
compound items, a hex string for SP/RE). Fields left out encode as 0;
extended items get as many octets as their last given field needs.
``edition`` picks an older edition's layout a category module names in
``EDITIONS`` (CAT010 ``"0.24"``); None is the current one. Unlike
the decoder, the encoder raises ``ValueError`` for an unknown category or
item id and for a block longer than 65,535 bytes: its input is the
caller's own data, not the wire's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from radio.codecs.asterix.decoder import CATEGORIES

__all__ = ["encode_block", "encode_record"]


def encode_record(category: int, items: Mapping[str, Any], edition: str | None = None) -> bytes:
    """One record (FSPEC + items in FRN order) of ``category``."""
    cat = CATEGORIES.get(category)
    if cat is None:
        raise ValueError(f"CAT{category:03d} has no encoder")
    if edition is not None:
        older = {c.edition: c for c in cat.alternates}
        if edition not in older:
            raise ValueError(f"{cat.kind.upper()} has no edition {edition!r}")
        cat = older[edition]
    positions = {entry[0]: frn for frn, entry in enumerate(cat.uap) if entry is not None}
    unknown = set(items) - set(positions)
    if unknown:
        raise ValueError(f"{cat.kind.upper()} has no items {sorted(unknown)}")
    frns = sorted(positions[item_id] for item_id in items)
    fspec = bytearray(frns[-1] // 7 + 1 if frns else 1)
    body = bytearray()
    for frn in frns:
        fspec[frn // 7] |= 1 << (7 - frn % 7)
        item_id, spec = cat.uap[frn]  # type: ignore[misc]
        body += spec.encode(items[item_id])
    for index in range(len(fspec) - 1):
        fspec[index] |= 1
    return bytes(fspec + body)


def encode_block(
    category: int, records: Iterable[Mapping[str, Any]], edition: str | None = None
) -> bytes:
    """A data block (CAT, LEN, records) holding ``records``."""
    body = b"".join(encode_record(category, items, edition) for items in records)
    length = len(body) + 3
    if length > 0xFFFF:
        raise ValueError(f"data block of {length} bytes exceeds the 65,535 LEN limit")
    return bytes([category]) + length.to_bytes(2, "big") + body
