"""Zone-alarm lines under fuzzing, read with several site grammars; and the grammars themselves.

Every line is decoded with each grammar of :data:`GRAMMARS`: the default
grammar and site grammars as a ``site.toml`` gives them, with local clocks
(Paris, Kiritimati at UTC+14, where year-9999 times overflow), their own
time formats, ISO times with offsets, and other encodings (UTF-16, cp1252).
Seeds are lines our encoder writes and lines in each site grammar's
wording. Mutations work on the blank- or ``;``-separated tokens (edge
numbers, times, texts, dropped, doubled and swapped tokens, keywords).

:func:`random_pattern` and :func:`mutate_grammar` fuzz the grammars: a
site's ``[alarm_grammars.NAME]`` table is untrusted input too, and a pattern
that builds must match in linear time with Python's meaning (see
``test_fuzz_zone_alarm.py``). So that the long runs explore grammar loading as
well, an input may carry its own grammar: ``GRAMMAR\\0`` + the table as JSON +
``\\n`` + the line (:func:`with_grammar`); :func:`run` then loads that table
(a grammar or an ``AlarmGrammarError``, nothing else) and reads the line
with it.
"""

from __future__ import annotations

import encodings.aliases
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from radio.codecs.zone_alarm import (
    DEFAULT_GRAMMAR,
    GROUPS,
    AlarmGrammar,
    AlarmGrammarError,
    decode_zone_alarm,
    encode_zone_alarm,
)
from tests.radio.codecs.fuzz.contract import ContractViolation, check
from tests.radio.codecs.fuzz.mutators import TIMES, Rng, mutate_bytes, mutate_fields
from tests.radio.codecs.fuzz.target import Target

__all__ = ["GRAMMARS", "GRAMMAR_MAPPINGS", "ZONE_ALARM", "mutate_grammar", "random_pattern"]

GRAMMAR_MAPPINGS: dict[str, dict[str, Any]] = {
    "acme": {
        "name": "acme",
        "pattern": (
            r"(?P<time>[\d-]+ [\d:]+);(?P<sensor>[^;]+);(?P<zone>[^;]+);(?P<target>[^;]*);"
            r"(?P<kind>\w+);(?P<severity>\d)(?:;(?P<lat>[^;]+);(?P<lon>[^;]+))?"
        ),
        "time_format": "%Y-%m-%d %H:%M:%S",
        "timezone": "Europe/Paris",
    },
    "kiritimati": {
        "name": "kiritimati",
        "pattern": (
            r"(?P<time>\S+) (?P<sensor>\S+) (?P<zone>[^;]+);(?P<range_m>[\d.+-]*);"
            r"(?P<bearing_deg>[^;]*)"
        ),
        "timezone": "Pacific/Kiritimati",
    },
    "utf16": {
        "name": "utf16",
        "pattern": r"ZONE=(?P<zone>\w+)(?:;LAT=(?P<lat>[^;]*);LON=(?P<lon>[^;]*))?",
        "encoding": "utf-16-le",
    },
    "letters": {
        "name": "letters",
        "pattern": r"(?i)(?P<kind>[^\W\d_]+)\s+zone\s+(?P<zone>.+?)\s*(?:sev\s+(?P<severity>\d))?",
        "encoding": "cp1252",
    },
    "offset": {
        "name": "offset",
        "pattern": r"(?a)(?P<time>\d{8}T\d{6}[+-]\d{4})\b\s*(?P<zone>\S+)",
        "timezone": "America/St_Johns",
    },
}
GRAMMARS: tuple[AlarmGrammar, ...] = (
    DEFAULT_GRAMMAR,
    *(AlarmGrammar.from_mapping(mapping) for mapping in GRAMMAR_MAPPINGS.values()),
)
WORDS = (
    "ALARM", "ZONE", "TARGET", "RANGE", "BRG", "POS", "KIND", "SEV", "TIME", "zone", "sev",
    "INTRUSION", "RDR-2", "NORTH-FENCE", "Entrée", "北門", "20240501T080000+0530",
    "99991231T235959-1400", "00010101T000000+1400", "ZONE=", ";LAT=", ";LON=",
)  # fmt: skip
TOKENS = (*(word.encode("utf-8") for word in WORDS[:9]), b";", b" ", b"\t", b"\x00")

WHEN = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _own() -> list[bytes]:
    return [
        encode_zone_alarm("RDR-2", "NORTH-FENCE", 17, range_m=412.5, bearing_deg=33.0,
                          lat=43.7384, lon=7.4246, kind="INTRUSION", severity="HIGH", time=WHEN),
        encode_zone_alarm("S1", "Z1"),
        encode_zone_alarm("S", "Gate", "T9", time=datetime(9999, 12, 31, 23, 59, tzinfo=UTC)),
        b"ALARM S1 ZONE Z1 TIME 2024-05-01T10:00:00+02:00\r\n",
        b"ALARM\tS1 ZONE Z1\x00\x00",
        b"2024-05-01 10:00:00;RDR-7;North fence;T12;INTRUSION;3",
        b"2024-01-15 10:00:00;R;Gate;;TAMPER;1;48.85;2.35\n",
        b"2024-05-01T08:00:00 RDR-3 East gate;412.5;33",
        b"9999-12-31T23:59:00 RDR-3 East gate;;",
        "ZONE=Entrée;LAT=48.85;LON=2.35".encode("utf-16-le"),
        "ZONE=北門".encode("utf-16-le"),
        "Intrusion zone Entrée sud sev 3".encode("cp1252"),
        b"20240501T080000+0530 Z7",
    ]  # fmt: skip


MAGIC = b"GRAMMAR\x00"


def with_grammar(mapping: Any, line: bytes) -> bytes:
    """An input that carries its own grammar table (see the module docstring)."""
    return MAGIC + json.dumps(mapping).encode("ascii") + b"\n" + line


def _grammar_of(data: bytes) -> tuple[Any, bytes] | None:
    """(table, line) of an input made by :func:`with_grammar`, else None."""
    if not data.startswith(MAGIC):
        return None
    head, _, line = data[len(MAGIC) :].partition(b"\n")
    try:
        return json.loads(head), line
    except (ValueError, RecursionError):  # not JSON (any more): an ordinary line
        return None


@cache
def seeds(samples: Path | None) -> list[bytes]:
    # The samples hold no zone-alarm lines: the seeds are ours, one set per grammar.
    del samples
    lines = _own()
    tables = [with_grammar(mapping, lines[5]) for mapping in GRAMMAR_MAPPINGS.values()]
    return lines + tables


def _split(text: str) -> tuple[list[str], str]:
    for separator in (";", " "):
        if separator in text:
            return text.split(separator), separator
    return [text], " "


def mutate(data: bytes, rng: Rng) -> bytes:
    carried = _grammar_of(data)
    if carried is not None:
        mapping, line = carried
        if rng.random() < 0.5:
            mapping = mutate_grammar(rng)
        return with_grammar(mapping, _mutate_line(line, rng) if rng.random() < 0.5 else line)
    return _mutate_line(data, rng)


def _mutate_line(data: bytes, rng: Rng) -> bytes:
    roll = rng.randrange(10)
    if roll == 0:
        return mutate_bytes(data, rng, TOKENS)
    for encoding in ("utf-8", "utf-16-le", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.isprintable() or encoding == "cp1252":
            break
    else:  # pragma: no cover - cp1252 decodes nearly anything
        return mutate_bytes(data, rng, TOKENS)
    fields, separator = _split(text.rstrip("\r\n\x00"))
    fields = mutate_fields(fields, rng, WORDS + TIMES, keep_first=False)
    out = separator.join(fields)
    if rng.random() < 0.1:
        out += rng.choice(("\r\n", "\x00", " \t", "\x07"))
    target = rng.choice((encoding, encoding, "utf-8", "utf-16-le", "latin-1"))
    return out.encode(target, "replace")


def run(data: bytes) -> None:
    carried = _grammar_of(data)
    if carried is not None:
        mapping, line = carried
        try:
            grammar = AlarmGrammar.from_mapping(mapping)
        except AlarmGrammarError:
            return
        except Exception as exc:
            raise ContractViolation(f"grammar loader raised {exc!r}") from None
        check(decode_zone_alarm(line, grammar), "zone-alarm")
        return
    for grammar in GRAMMARS:
        check(decode_zone_alarm(data, grammar), "zone-alarm")


# --- grammars ---------------------------------------------------------------------------

# Every codec name Python knows, text encodings or not: a site may write any of them.
CODEC_NAMES: tuple[str, ...] = tuple(
    sorted({*encodings.aliases.aliases.values(), "utf-7", "punycode", "idna", "unicode_escape"})
)
_ATOMS = (
    "a", "b", "é", ".", r"\d", r"\w", r"\s", r"\S", r"\W", r"\D", "[ab]", "[^a]", "[a-c]",
    r"[\d\s]", r"[^\W\d_]", r"[\W\d]", r"[^\W\s]", "[é-ü]", r"\.", "-", ";", " ", r"\u00e9",
    r"\N{DIGIT ONE}", r"\x00",
)  # fmt: skip
_QUANTIFIERS = ("", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{0,}", "{2,}?",
                "{1001}", "*+", "{,2}")  # fmt: skip
_WRAPPERS = (
    "({})", "(?:{})", "(?i:{})", "(?-i:{})", "(?s:{})", "(?>{})", "(?={})", "(?!{})",
    "(?<=a){}", "(?<!b){}", "{}|{}", "{}{}", r"\b{}\b", "^{}$", r"\A{}\Z", "(?a:{})",
)  # fmt: skip
_FLAGS = ("", "", "", "(?i)", "(?a)", "(?x)", "(?s)", "(?m)", "(?ai)", "(?u)", "(?L)")


def _piece(rng: Rng, depth: int) -> str:
    if depth <= 0 or rng.random() < 0.4:
        return rng.choice(_ATOMS) + rng.choice(_QUANTIFIERS)
    wrapper = rng.choice(_WRAPPERS)
    parts = [_piece(rng, depth - 1) for _ in range(wrapper.count("{}"))]
    quantifier = rng.choice(_QUANTIFIERS)
    if quantifier and rng.random() < 0.9:  # mostly valid: a group to repeat
        return "(?:" + wrapper.format(*parts) + ")" + quantifier
    return wrapper.format(*parts) + quantifier


def random_pattern(rng: Rng) -> str:
    """A pattern of Python's syntax with a zone group and what RE2 can and cannot run."""
    names = sorted(GROUPS)
    body = "".join(_piece(rng, 3) for _ in range(1 + rng.randrange(3)))
    zone = f"(?P<zone>{_piece(rng, 2)})"
    extra = ""
    if rng.random() < 0.3:
        name = rng.choice(names)
        extra = f"(?P<{name}>{_piece(rng, 1)})" if name not in ("zone", "lat", "lon") else ""
    if rng.random() < 0.05:
        extra += rng.choice((r"(?P=zone)", r"\1", "(?(1)a|b)", "(?P<zone>x)", "(", "[", "a{2,1}"))
    return rng.choice(_FLAGS) + rng.choice((zone + body + extra, body + zone + extra))


def mutate_grammar(rng: Rng) -> Any:
    """A site's ``[alarm_grammars.NAME]`` table, mutated (for AlarmGrammar.from_mapping)."""
    mapping: dict[str, Any] = dict(rng.choice(list(GRAMMAR_MAPPINGS.values())))
    values: tuple[Any, ...] = (
        None, 0, 1.5, True, "", "x", [], {}, "UTC", "utc", "Europe/Paris", "Pacific/Kiritimati",
        "Mars/Olympus", "../etc/passwd", "zone.tab", "\ud800", "%Y", "%H:%M", "%", "%Q",
        "%Y-%m-%d %H:%M:%S", "%Y%m%dT%H%M%S%z", "%s", "\x00", "(" * 5000 + ")" * 5000,
        "a{99999999999}", "(?P<zone>" * 300 + "a" + ")" * 300,
    )  # fmt: skip
    for _ in range(1 + rng.randrange(3)):
        roll = rng.randrange(8)
        if roll <= 2:
            mapping["pattern"] = random_pattern(rng)
        elif roll == 3:
            mapping["encoding"] = rng.choice(CODEC_NAMES)
        elif roll == 4:
            mapping[rng.choice(("timezone", "time_format", "name", "colour"))] = rng.choice(values)
        elif roll == 5:
            mapping["pattern"] = rng.choice(values)
        elif roll == 6:
            mapping.pop(rng.choice(list(mapping)), None)
        else:
            mapping["encoding"] = rng.choice(values)
    return mapping if rng.random() < 0.97 else rng.choice(values)


ZONE_ALARM = Target(
    name="zone-alarm",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=lambda data: decode_zone_alarm(data, DEFAULT_GRAMMAR),
    tokens=TOKENS,
)
