"""ALI records under fuzzing: the default layouts and site profiles, BCC kept right.

Every frame is decoded with each profile of :data:`PROFILES`: the default
8x32 layout without and with an XOR block check, and site profiles as a
``site.toml`` would give them (:meth:`AliProfile.from_mapping`): a 4x40
layout on a Tokyo clock with its own time format and vendor fields, and a
wide 3-line layout whose fields run to hundreds of columns. Seeds are
records our encoder writes for each profile. Mutations write edge values
into a profile's fields (padded to, or overflowing, the field's width),
add, drop and stretch lines, change line breaks and framing (lost STX or
ETX, a second STX, trailing bytes, control and non-ASCII bytes), then the
record either gets a freshly computed XOR block check or none, so both the
``none`` and the ``xor`` profiles get past the framing.

:data:`PROFILE_MAPPINGS` and :func:`mutate_profile` fuzz the profiles
themselves: a site file's ``[ali_profiles.NAME]`` table is untrusted too. So
that the long runs explore profile loading as well, an input may carry its
own profile: ``PROFILE\\0`` + the table as JSON + ``\\n`` + the record
(:func:`with_profile`); :func:`run` then loads that table (a profile or an
``AliProfileError``, nothing else) and decodes the record with it.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from radio.codecs.ali import ACK, NAK, ack_for, decode_ali, encode_ali
from radio.codecs.ali_profile import (
    CLASS_OF_SERVICE,
    DEFAULT_PROFILE,
    DEFAULT_XOR_PROFILE,
    AliField,
    AliProfile,
    AliProfileError,
)
from radio.framing.stx_etx import xor_bcc
from radio.messages_location import CallerLocation
from tests.radio.codecs.fuzz.contract import ContractViolation, check
from tests.radio.codecs.fuzz.mutators import TEXTS, Rng, mutate_bytes, mutate_number
from tests.radio.codecs.fuzz.target import Target

__all__ = [
    "ALI",
    "PROFILES",
    "PROFILE_MAPPINGS",
    "fixup",
    "mutate_profile",
    "run",
    "with_profile",
]

STX, ETX = b"\x02", b"\x03"

PROFILE_MAPPINGS: dict[str, dict[str, Any]] = {
    "tokyo-4x40": {
        "name": "tokyo-4x40",
        "lines": 4,
        "columns": 40,
        "bcc": "xor",
        "time_format": "%d/%m/%Y %H:%M",
        "timezone": "Asia/Tokyo",
        "fields": {
            "ani": {"line": 1, "column": 1, "width": 16},
            "cos": {"line": 1, "column": 18, "width": 4},
            "time": {"line": 1, "column": 23, "width": 16},
            "lat": {"line": 2, "column": 1, "width": 11},
            "lon": {"line": 2, "column": 13, "width": 12},
            "uncertainty": {"line": 2, "column": 26, "width": 8},
            "confidence": {"line": 2, "column": 35, "width": 3},
            "callback": {"line": 3, "column": 1, "width": 15, "parser": "phone"},
            "sector": {"line": 3, "column": 17, "width": 24, "parser": "int"},
            "street": {"line": 4, "column": 1, "width": 30},
            "flr": {"line": 4, "column": 32, "width": 8},
        },
    },
    "wide-3x1000": {
        "name": "wide-3x1000",
        "lines": 3,
        "columns": 1000,
        "time_format": "%Y%m%d%H%M%S",
        "timezone": "America/Los_Angeles",
        "fields": [
            {"name": "ani", "line": 1, "column": 1, "width": 15},
            {"name": "cos", "line": 1, "column": 17, "width": 4, "required": True},
            {"name": "time", "line": 1, "column": 22, "width": 14},
            {"name": "esn", "line": 1, "column": 40, "width": 400},
            {"name": "uncertainty", "line": 2, "column": 1, "width": 500},
            {"name": "lat", "line": 2, "column": 501, "width": 20},
            {"name": "lon", "line": 2, "column": 522, "width": 20},
            {"name": "count", "line": 3, "column": 1, "width": 600, "parser": "int"},
            {"name": "confidence", "line": 3, "column": 601, "width": 10},
        ],
    },
}
PROFILES: tuple[AliProfile, ...] = (
    DEFAULT_PROFILE,
    DEFAULT_XOR_PROFILE,
    *(AliProfile.from_mapping(mapping) for mapping in PROFILE_MAPPINGS.values()),
)

WHEN = datetime(2024, 3, 1, 14, 5, 9, tzinfo=UTC)
WIRELESS = CallerLocation(
    "ali", "ALI", "ali", number="5551234567", lat=39.739236, lon=-104.990251, radius_m=50.0,
    confidence=90, class_of_service="WPH2", time=WHEN,
    civic=(("NAM", "WIRELESS CALLER"), ("A3", "ANYTOWN"), ("A1", "ST"), ("LOC", "SECTOR NE")),
    extras=(("esn", "00123"), ("pani", "5559876543"), ("carrier", "EXAMPLE WIRELESS"),
            ("callback", "+81312345678"), ("sector", 7), ("count", 12)),
)  # fmt: skip
LANDLINE = CallerLocation(
    "ali", "ALI", "ali", number="3035550100", class_of_service="RESD", time=WHEN,
    civic=(("NAM", "DOE JOHN"), ("HNO", "1200"), ("RD", "MAIN ST"), ("A3", "SPRINGFIELD"),
           ("FLR", "3")),
    extras=(("esn", "00456"),),
)  # fmt: skip
NO_RECORD = CallerLocation("ali", "ALI", "ali", number="5550000000", class_of_service="NRF")

# Values per parser: on and past each parser's edges.
_BY_PARSER: dict[str, tuple[str, ...]] = {
    "phone": ("5551234567", "+1 (555) 123-4567", "12", "123", "9" * 15, "9" * 16, "+", "555-CALL",
              "1.2.3/4", "()"),
    "cos": (*CLASS_OF_SERVICE, "wph2", "ZZZZ", "W", "WPH22"),
    "digits": ("00123", "0", "12a", "-1", "9" * 400),
    "int": ("0", "100", "-1", "1.5", "9" * 30, "9" * 600, "٣"),
    "percent": ("0", "100", "101", "999", "-5", "9" * 10),
    "number": ("50", "0", "12.5", ".5", "5.", "-1", "1e3", "9" * 20, "9" * 310, "1." + "9" * 400),
    "lat": ("+39.739236", "-90.000000", "+90.000001", "90", "-0", "+", "39.", "1e1", "+123.0"),
    "lon": ("-104.990251", "+180.000000", "-180.000001", "181", "+0.5", "180.", "--1"),
    "time": ("2024-03-01 14:05:09", "0001-01-01 00:00:00", "9999-12-31 23:59:59",
             "2024-02-30 00:00:00", "01/01/0001 00:00", "31/12/9999 23:59", "01/03/2024 14:05",
             "00010101000000", "99991231235959", "20240301140509", "2024-03-01T14:05:09"),
    "text": TEXTS,
}  # fmt: skip
_FRAMING = (b"\x02", b"\x03", b"\x02\x02", b"\x00", b"\x7f", b"\xe9", b"\r", b"\n", b"\r\n\r\n")


def _records() -> list[bytes]:
    out = []
    for profile in PROFILES:
        for record in (WIRELESS, LANDLINE, NO_RECORD):
            try:
                frame = encode_ali(record, profile)
            except ValueError:  # a value wider than this profile's field
                continue
            out.append(_unpadded_coordinates(frame, profile, record))
    return out


def _unpadded_coordinates(frame: bytes, profile: AliProfile, record: CallerLocation) -> bytes:
    """``frame`` with lat/lon written as the decoder reads them.

    encode_ali pads coordinates with zeros to the field's width
    (``+00039.739236``), which decode_ali refuses in fields wider than the
    default layout's; the seeds should decode, so they carry ``+39.739236``.
    """
    if record.lat is None or record.lon is None or profile.field("lat") is None:
        return frame
    etx = frame.find(ETX)
    lines = frame[1:etx].decode("ascii").split("\r\n")
    for name, value in (("lat", record.lat), ("lon", record.lon)):
        item = profile.field(name)
        assert item is not None
        text = f"{value:+.6f}".ljust(item.width)[: item.width]
        line = lines[item.line - 1]
        lines[item.line - 1] = line[: item.column - 1] + text + line[item.column - 1 + item.width :]
    body = "\r\n".join(lines).encode("ascii") + ETX
    return STX + body + (bytes([xor_bcc(body)]) if profile.bcc == "xor" else b"")


MAGIC = b"PROFILE\x00"


def with_profile(mapping: Any, frame: bytes) -> bytes:
    """An input that carries its own profile table (see the module docstring)."""
    return MAGIC + json.dumps(mapping).encode("ascii") + b"\n" + frame


def _profile_of(data: bytes) -> tuple[Any, bytes] | None:
    if not data.startswith(MAGIC):
        return None
    head, _, frame = data[len(MAGIC) :].partition(b"\n")
    try:
        return json.loads(head), frame
    except (ValueError, RecursionError):  # not JSON (any more): an ordinary frame
        return None


@cache
def seeds(samples: Path | None) -> list[bytes]:
    # The samples hold no ALI records: the seeds are our own, for every profile.
    del samples
    records = _records()
    tables = [with_profile(mapping, records[-1]) for mapping in PROFILE_MAPPINGS.values()]
    return records + tables


def fixup(data: bytes) -> bytes:
    """Recompute the XOR block check of ``STX ... ETX BCC`` (one byte after the only ETX)."""
    if data.startswith(MAGIC):
        head, newline, frame = data.partition(b"\n")
        return head + newline + fixup(frame)
    etx = data.find(ETX)
    if data[:1] != STX or etx < 0 or len(data) != etx + 2:
        return data
    return data[: etx + 1] + bytes([xor_bcc(data[1 : etx + 1])])


def _profile_for(lines: int, rng: Rng) -> AliProfile:
    fitting = [p for p in PROFILES if p.lines == lines]
    return rng.choice(fitting or PROFILES)


def _write_field(lines: list[str], rng: Rng) -> None:
    profile = _profile_for(len(lines), rng)
    item: AliField = rng.choice(profile.fields)
    while len(lines) < item.line:
        lines.append("")
    line = lines[item.line - 1].ljust(item.column - 1)
    value = str(rng.choice(_BY_PARSER.get(item.parser, TEXTS)))
    if rng.random() < 0.2:
        value = mutate_number(value, rng)
    if len(value) <= item.width or rng.random() < 0.5:
        value = value[: item.width].ljust(item.width) if rng.random() < 0.8 else value[: item.width]
    lines[item.line - 1] = line[: item.column - 1] + value + line[item.column - 1 + item.width :]


def _line_op(lines: list[str], rng: Rng) -> None:
    at = rng.randrange(len(lines)) if lines else 0
    roll = rng.randrange(5)
    if roll == 0 and lines:
        del lines[at]
    elif roll == 1 and lines:
        lines.insert(at, lines[at])
    elif roll == 2:
        lines.insert(at, "")
    elif roll == 3 and lines:
        lines[at] += "X" * rng.choice((1, 10, 1000))
    else:
        lines.extend(rng.choice(([""], ["", ""], list(lines))))


def mutate(data: bytes, rng: Rng) -> bytes:
    carried = _profile_of(data)
    if carried is not None:
        mapping, frame = carried
        if rng.random() < 0.5:
            mapping = mutate_profile(rng)
        return with_profile(mapping, _mutate_record(frame, rng) if rng.random() < 0.5 else frame)
    return _mutate_record(data, rng)


def _mutate_record(data: bytes, rng: Rng) -> bytes:
    etx = data.find(ETX)
    if data[:1] == STX and etx > 0:
        body = data[1:etx].decode("latin-1")
    else:
        body = data.strip(b"\x02\x03").decode("latin-1")
    separator = "\r\n"
    lines = body.split("\r\n")
    for _ in range(1 + rng.randrange(3)):
        roll = rng.randrange(10)
        if roll < 7:
            _write_field(lines, rng)
        elif roll < 9:
            _line_op(lines, rng)
        else:
            separator = rng.choice(("\r", "\n", "\n\r", "\r\r\n"))
    text = separator.join(lines)
    if rng.random() < 0.1:
        text = rng.choice(("\r\n", "")) + text + rng.choice(("\r\n", ""))
    out = STX + text.encode("latin-1", "replace") + ETX
    roll = rng.randrange(20)
    if roll == 0:
        out = out[1:]
    elif roll == 1:
        out = out[:-1]
    elif roll == 2:
        out = out + out
    elif roll == 3:
        out = out + rng.choice((b"x", b"\x02", b"\r\n", b"\x02abc"))
    elif roll == 4:
        out = mutate_bytes(out, rng, _FRAMING)
    if rng.random() < 0.5:
        out += b"\x00"  # a block check byte, computed by fixup
    return fixup(out)


def run(data: bytes) -> None:
    carried = _profile_of(data)
    if carried is not None:
        mapping, frame = carried
        try:
            profile = AliProfile.from_mapping(mapping)
        except AliProfileError:
            return
        except Exception as exc:
            raise ContractViolation(f"profile loader raised {exc!r}") from None
        check(decode_ali(frame, profile), "ali")
        return
    for profile in PROFILES:
        result = check(decode_ali(data, profile), "ali")
        if ack_for(result) not in (ACK, NAK, b""):
            raise ContractViolation(f"ack_for gave {ack_for(result)!r}")


def mutate_profile(rng: Rng) -> Any:
    """A site's ``[ali_profiles.NAME]`` table, mutated (for :meth:`AliProfile.from_mapping`)."""
    mapping = copy.deepcopy(rng.choice(list(PROFILE_MAPPINGS.values())))
    values: tuple[Any, ...] = (
        0, 1, -1, 8, 32, 200, 201, 1000, 1001, 2**70, 1.5, True, None, "", "x", "8", [], {},
        "xor", "none", "XOR", "%Y", "%", "%Q", "%Y-%m-%d %H:%M:%S", "UTC", "utc", "Europe/Paris",
        "Mars/Olympus", "../etc", "Etc", "zone.tab", "a\x00b", "\ud800", "phone", "PHONE", "int",
        "lat", "ani", "9x", "Ani",
    )  # fmt: skip
    for _ in range(1 + rng.randrange(3)):
        roll = rng.randrange(6)
        fields = mapping.get("fields")
        if roll <= 1:
            mapping[rng.choice(["lines", "columns", "bcc", "time_format", "timezone", "name",
                                "colour"])] = rng.choice(values)  # fmt: skip
        elif roll <= 3 and isinstance(fields, dict) and fields:
            name = rng.choice(list(fields))
            if isinstance(fields[name], dict):
                key = rng.choice(["line", "column", "width", "parser", "required", "name", "x"])
                fields[name][key] = rng.choice(values)
        elif roll <= 3 and isinstance(fields, list) and fields:
            item = rng.choice(fields)
            if isinstance(item, dict):
                key = rng.choice(["line", "column", "width", "parser", "required", "name", "x"])
                item[key] = rng.choice(values)
        elif roll == 4 and isinstance(fields, dict) and fields:
            fields.pop(rng.choice(list(fields)))
        else:
            mapping["fields"] = rng.choice(values) if rng.random() < 0.3 else fields
    return mapping if rng.random() < 0.95 else rng.choice(values)


ALI = Target(
    name="ali",
    seeds=seeds,
    mutate=mutate,
    fixup=fixup,
    run=run,
    decode=lambda data: decode_ali(data, DEFAULT_PROFILE),
    tokens=(STX, ETX, b"\r\n", b"WPH2", b"RESD", b"+39.739236", b"-104.990251"),
)
