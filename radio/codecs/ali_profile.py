"""ALI screen layouts (profiles) and the class-of-service table.

Role: describe where each value sits in a vendor's fixed-width ALI record,
so that one decoder serves every ALI controller a site has. A site config
gives its layout as a mapping (:meth:`AliProfile.from_mapping`); without
one, :data:`DEFAULT_PROFILE` applies.

Contract: a profile is ``lines`` x ``columns`` of text, lines separated by
CR or CRLF inside the record, and a tuple of :class:`AliField` (name,
1-based line and column, width, parser, required). Profiles are validated
when built; a bad one raises :class:`AliProfileError` whose message starts
with the offending key (``fields.lat.width: ...``). Pure: no I/O except the
time-zone lookup when a profile names a zone.

The default layout (8 lines x 32 columns, columns 1-based)::

    line 1  ANI (calling number)  c1  w15 | class of service c17 w4 | ESN c22 w5
    line 2  call time             c1  w19 "YYYY-MM-DD hh:mm:ss" (UTC) | pANI c21 w12
    line 3  customer name         c1  w32
    line 4  house number          c1  w8  | street c10 w23
    line 5  community             c1  w26 | state c28 w2
    line 6  latitude              c1  w10 | longitude c12 w11 | uncertainty m c24 w5
                                            | confidence % c30 w3
    line 7  carrier / provider    c1  w32
    line 8  location text         c1  w32 (apartment, floor, sector, ...)

for example::

    5551234567      WPH2 00123
    2024-03-01 14:05:09 5559876543
    WIRELESS CALLER
    (blank: no house number or street for a wireless caller)
    ANYTOWN                    ST
    +39.739236 -104.990251 00050 090
    EXAMPLE WIRELESS
    SECTOR NE

Latitude and longitude are signed decimal degrees, written ``+DD.DDDDDD``
and ``+DDD.DDDDDD`` (the sign may be omitted for positive values).
Uncertainty is in metres, confidence in percent (0-100).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "CLASS_OF_SERVICE",
    "DEFAULT_PROFILE",
    "DEFAULT_XOR_PROFILE",
    "PARSERS",
    "WIRELESS_CLASSES",
    "AliField",
    "AliProfile",
    "AliProfileError",
]


class AliProfileError(ValueError):
    """A site's ALI profile is invalid; the message names the field."""


# NENA class-of-service display codes, plus vendor codes seen on ALI screens.
# An unknown code is kept with a warning, never rejected: a new carrier code
# must not cost a caller's location.
CLASS_OF_SERVICE: dict[str, str] = {
    "RESD": "residence",
    "BUSN": "business",
    "RSDX": "residence, PBX / multi-line (vendor code)",
    "BSNX": "business, PBX / multi-line (vendor code)",
    "RPBX": "residence PBX",
    "BPBX": "business PBX",
    "CNTX": "Centrex",
    "PAY": "pay phone",
    "PAY$": "pay phone",
    "COIN": "coin phone, two-way",
    "CPAY": "customer-owned pay phone",
    "ROPX": "residence off-premises extension",
    "BOPX": "business off-premises extension",
    "MOBL": "mobile (pre-wireless-phase radio telephone)",
    "WRLS": "wireless, no phase given",
    "WPH1": "wireless phase I (cell sector location)",
    "WPH2": "wireless phase II (handset location)",
    "VOIP": "VoIP",
    "VRES": "VoIP residence",
    "VBUS": "VoIP business",
    "VPAY": "VoIP pay phone",
    "VMBL": "VoIP mobile",
    "VNOM": "VoIP nomadic",
    "VENT": "VoIP enterprise",
    "TLMA": "telematics",
    "TEXT": "text to 9-1-1",
    "NRF": "no record found",
    "TEST": "test record",
}

# Classes whose location is the handset's (or cell's) coordinates, not an address.
WIRELESS_CLASSES = frozenset({"MOBL", "WRLS", "WPH1", "WPH2", "VMBL", "TLMA", "TEXT"})

PARSERS = frozenset(
    {"text", "phone", "digits", "int", "number", "lat", "lon", "cos", "time", "percent"}
)

# Default parser per known field name; other names are text kept as extras.
_KNOWN: dict[str, str] = {
    "ani": "phone",
    "cos": "cos",
    "time": "time",
    "esn": "digits",
    "pani": "phone",
    "lat": "lat",
    "lon": "lon",
    "uncertainty": "number",
    "confidence": "percent",
}

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_PROFILE_KEYS = frozenset({"name", "lines", "columns", "bcc", "time_format", "timezone", "fields"})
_FIELD_KEYS = frozenset({"name", "line", "column", "width", "parser", "required"})


@dataclass(frozen=True, slots=True)
class AliField:
    """One value's place in the record: 1-based ``line`` and ``column``, ``width`` columns."""

    name: str
    line: int
    column: int
    width: int
    parser: str = "text"
    required: bool = False


@dataclass(frozen=True, slots=True)
class AliProfile:
    """A vendor's ALI layout. Build with :meth:`from_mapping` or :meth:`build`."""

    name: str
    lines: int
    columns: int
    fields: tuple[AliField, ...]
    bcc: str = "none"  # "none" or "xor" (XOR of the bytes after STX up to ETX)
    time_format: str = "%Y-%m-%d %H:%M:%S"
    timezone: str = "UTC"  # the zone the controller's clock shows; times are stored in UTC
    tz: tzinfo = UTC

    def field(self, name: str) -> AliField | None:
        """The field called ``name``, if the profile has one."""
        for item in self.fields:
            if item.name == name:
                return item
        return None

    @classmethod
    def build(
        cls,
        name: str,
        lines: int,
        columns: int,
        fields: list[AliField] | tuple[AliField, ...],
        bcc: str = "none",
        time_format: str = "%Y-%m-%d %H:%M:%S",
        timezone: str = "UTC",
    ) -> AliProfile:
        """A validated profile (raises :class:`AliProfileError`)."""
        if not isinstance(name, str) or not name:
            raise AliProfileError("name: must be a non-empty string")
        _positive("lines", lines, 1, 200)
        _positive("columns", columns, 1, 1000)
        if bcc not in ("none", "xor"):
            raise AliProfileError(f"bcc: must be 'none' or 'xor', got {bcc!r}")
        if not isinstance(time_format, str) or "%" not in time_format:
            raise AliProfileError(f"time_format: must be a strftime format, got {time_format!r}")
        try:
            datetime.strptime("", time_format)
        except re.error as exc:  # a directive twice ("%H %H"): strptime cannot build its regex
            raise AliProfileError(f"time_format: {time_format!r} cannot be parsed: {exc}") from None
        except ValueError:  # "" does not match: the format itself is usable
            pass
        zone = _zone(timezone)
        seen: dict[str, AliField] = {}
        for item in fields:
            _check_field(item, lines, columns)
            if item.name in seen:
                raise AliProfileError(f"fields.{item.name}: defined twice")
            for other in seen.values():
                if other.line == item.line and _overlap(other, item):
                    raise AliProfileError(
                        f"fields.{item.name}: overlaps fields.{other.name} on line {item.line}"
                    )
            seen[item.name] = item
        if ("lat" in seen) != ("lon" in seen):
            missing = "lon" if "lat" in seen else "lat"
            raise AliProfileError(f"fields.{missing}: lat and lon come as a pair")
        if "ani" not in seen:
            raise AliProfileError("fields.ani: every profile needs the calling number")
        return cls(name, lines, columns, tuple(fields), bcc, time_format, timezone, zone)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> AliProfile:
        """Build a profile from a site config mapping.

        ``fields`` is either a list of tables with a ``name`` key or a table
        keyed by field name; each gives ``line``, ``column``, ``width`` and
        optionally ``parser`` (default by name: see :data:`PARSERS`) and
        ``required``.
        """
        if not isinstance(mapping, Mapping):
            raise AliProfileError(f"profile: must be a table, got {type(mapping).__name__}")
        unknown = sorted(set(mapping) - _PROFILE_KEYS)
        if unknown:
            raise AliProfileError(f"{unknown[0]}: unknown profile key")
        raw_fields = mapping.get("fields")
        if isinstance(raw_fields, Mapping):
            items = [
                ({**value, "name": key} if isinstance(value, Mapping) else value, key)
                for key, value in raw_fields.items()
            ]
        elif isinstance(raw_fields, list):
            items = [(value, f"[{index}]") for index, value in enumerate(raw_fields)]
        else:
            raise AliProfileError("fields: must be a list or a table of fields")
        fields = [_field_from_mapping(value, label) for value, label in items]
        return cls.build(
            name=mapping.get("name", "site"),
            lines=mapping.get("lines", 8),
            columns=mapping.get("columns", 32),
            fields=fields,
            bcc=mapping.get("bcc", "none"),
            time_format=mapping.get("time_format", "%Y-%m-%d %H:%M:%S"),
            timezone=mapping.get("timezone", "UTC"),
        )


def _positive(key: str, value: Any, low: int, high: int) -> None:
    if type(value) is not int or not low <= value <= high:
        raise AliProfileError(f"{key}: must be an integer from {low} to {high}, got {value!r}")


def _zone(name: Any) -> tzinfo:
    if not isinstance(name, str) or not name:
        raise AliProfileError(f"timezone: must be a zone name, got {name!r}")
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise AliProfileError(f"timezone: unknown time zone {name!r}") from exc


def _overlap(a: AliField, b: AliField) -> bool:
    return a.column < b.column + b.width and b.column < a.column + a.width


def _check_field(item: AliField, lines: int, columns: int) -> None:
    label = f"fields.{item.name}"
    if not isinstance(item.name, str) or not _NAME.match(item.name):
        raise AliProfileError(f"{label}: name must be lower-case letters, digits and _")
    _positive(f"{label}.line", item.line, 1, lines)
    _positive(f"{label}.column", item.column, 1, columns)
    _positive(f"{label}.width", item.width, 1, columns)
    if item.column + item.width - 1 > columns:
        raise AliProfileError(
            f"{label}.width: column {item.column} + width {item.width} runs past column {columns}"
        )
    if not isinstance(item.parser, str) or item.parser not in PARSERS:  # a list: unhashable
        raise AliProfileError(
            f"{label}.parser: unknown parser {item.parser!r}; known: {', '.join(sorted(PARSERS))}"
        )
    if type(item.required) is not bool:
        raise AliProfileError(f"{label}.required: must be true or false")


def _field_from_mapping(value: Any, label: str) -> AliField:
    if not isinstance(value, Mapping):
        raise AliProfileError(f"fields.{label}: must be a table")
    name = value.get("name")
    if not isinstance(name, str):
        raise AliProfileError(f"fields.{label}.name: missing or not a string")
    unknown = sorted(set(value) - _FIELD_KEYS)
    if unknown:
        raise AliProfileError(f"fields.{name}.{unknown[0]}: unknown field key")
    for key in ("line", "column", "width"):
        if key not in value:
            raise AliProfileError(f"fields.{name}.{key}: missing")
    return AliField(
        name=name,
        line=value["line"],
        column=value["column"],
        width=value["width"],
        parser=value.get("parser", _KNOWN.get(name, "text")),
        required=value.get("required", name == "ani"),
    )


DEFAULT_PROFILE = AliProfile.build(
    name="default-8x32",
    lines=8,
    columns=32,
    fields=[
        AliField("ani", 1, 1, 15, "phone", required=True),
        AliField("cos", 1, 17, 4, "cos", required=True),
        AliField("esn", 1, 22, 5, "digits"),
        AliField("time", 2, 1, 19, "time"),
        AliField("pani", 2, 21, 12, "phone"),
        AliField("name", 3, 1, 32),
        AliField("hno", 4, 1, 8),
        AliField("street", 4, 10, 23),
        AliField("community", 5, 1, 26),
        AliField("state", 5, 28, 2),
        AliField("lat", 6, 1, 10, "lat"),
        AliField("lon", 6, 12, 11, "lon"),
        AliField("uncertainty", 6, 24, 5, "number"),
        AliField("confidence", 6, 30, 3, "percent"),
        AliField("carrier", 7, 1, 32),
        AliField("loc", 8, 1, 32),
    ],
)

# The same layout for controllers that send a block check character.
DEFAULT_XOR_PROFILE = dataclasses.replace(DEFAULT_PROFILE, name="default-8x32-xor", bcc="xor")
