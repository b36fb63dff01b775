"""Perimeter-radar zone alarms: one text line per alarm, read with a per-link grammar.

Role: vendors of perimeter radars and fence sensors send an alarm as one
text line over TCP, each in its own wording. A site describes each wording
once, as a grammar in ``site.toml``::

    [alarm_grammars.acme]
    pattern = '(?P<time>\\d{8} \\d{6});(?P<sensor>[^;]+);(?P<zone>[^;]+);(?P<kind>\\w+)'
    time_format = "%Y%m%d %H%M%S"
    timezone = "Europe/Paris"      # the zone of the sensor's clock; default UTC
    encoding = "latin-1"           # default utf-8

``pattern`` is a Python regular expression that must match the whole line
(``fullmatch``, after trailing blanks and CR/LF are stripped). Its named
groups are the values: ``zone`` is required; ``sensor``, ``target``,
``time``, ``lat``/``lon`` (a pair, signed decimal degrees), ``range_m``,
``bearing_deg``, ``kind`` and ``severity`` are optional; other group names
are rejected (a typo would silently lose a value). Numbers are plain
decimals (:mod:`radio.codecs.numbers`: no exponent, ``nan`` or ``inf``);
``range_m`` is at most half the equator (20,037,508 m), ``bearing_deg``
0-360, ``lat``/``lon`` WGS84 degrees; one bad number rejects the line.
Without ``time_format`` a time is ISO 8601; a time without an offset is in
``timezone`` (a ``time_format`` may carry one: ``%z``). Times are returned
in UTC.

The built-in grammar :data:`DEFAULT_GRAMMAR` (``"default"``), for sensors
we configure ourselves and for simulators (:func:`encode_zone_alarm`)::

    ALARM <sensor> ZONE <zone> [TARGET <id>] [RANGE <m> BRG <deg>]
          [POS <lat> <lon>] [KIND <kind>] [SEV <severity>] [TIME <iso 8601>]

keywords upper case and in this order, values without blanks, separated by
blanks, e.g. ``ALARM RDR-2 ZONE NORTH-FENCE TARGET 17 RANGE 412.5 BRG 33.0
TIME 2024-05-01T08:00:00Z``.

Contract: :meth:`AlarmGrammar.from_mapping` validates a grammar and raises
:class:`AlarmGrammarError` whose message starts with the offending key
(``pattern: ...``), as :mod:`radio.codecs.ali_profile` does.
:func:`decode_zone_alarm` takes any ``bytes`` and never raises: it returns a
:class:`~radio.messages_sensor.ZoneAlarm` or a
:class:`~radio.messages.DecodeError` with the reason.

Matching cannot block: a site's pattern runs on untrusted lines, and Python's
backtracking ``re`` takes exponential time on a pattern such as
``(?P<zone>(a+)+)$``. So ``pattern`` is written in Python's syntax and
checked by Python's ``re`` (the same error messages, group names and flags),
then translated from its parse tree into RE2 syntax and compiled with RE2
(``google-re2``), an automaton that never backtracks: matching time is
linear in the line's length whatever the pattern (a 10,000-character line in
well under a millisecond for the default grammar), and lines longer than
:data:`MAX_LINE` characters are refused unmatched, so the automaton's size
(:data:`MAX_PROGRAM`) bounds the time per line. The translation keeps
Python's meaning: Unicode ``\\d`` ``\\w`` ``\\s`` (or their ASCII forms
under ``(?a)``), ``(?i)`` ``(?m)`` ``(?s)`` ``(?x)``, named groups, lazy
quantifiers, ``^`` ``$`` ``\\A`` ``\\Z``. A pattern using what RE2 cannot
run (a backreference, lookahead or lookbehind, a conditional group, an
atomic group or possessive quantifier, a repetition count above 1000, a
Unicode word boundary ``\\b`` without ``(?a)``, or an automaton larger than
:data:`MAX_PROGRAM` instructions) is refused when the grammar is built, with
an :class:`AlarmGrammarError` naming the construct, so a site that uses one
does not load. Known differences of no practical weight: RE2's Unicode tables
may be newer than Python's, and ``(?i)`` folds case by Unicode's simple
folding (the Turkish dotted and dotless i fold differently). An ``encoding``
must be a text encoding (``hex`` or ``rot13`` are refused at load), and a
line whose decoded text holds a lone surrogate (``utf-7`` can make one) is
rejected with a reason.
:func:`protocol_fields` / :func:`zone_alarm_protocol` give the pieces of a
``radio.protocols.Protocol`` for a grammar (line framing).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from radio.codecs import regex_linear
from radio.codecs.numbers import MAX_DISTANCE_M, NumberError, parse_decimal, shown
from radio.codecs.regex_linear import MAX_PROGRAM
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_sensor import ZoneAlarm

if TYPE_CHECKING:
    from radio.protocols import Protocol

__all__ = [
    "DEFAULT_GRAMMAR",
    "GROUPS",
    "MAX_LINE",
    "MAX_PROGRAM",
    "PROTOCOL",
    "AlarmGrammar",
    "AlarmGrammarError",
    "decode",
    "decode_zone_alarm",
    "encode_zone_alarm",
    "linear_matcher",
    "protocol_fields",
    "to_re2",
    "zone_alarm_protocol",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "zone-alarm"
MAX_LINE = 2048

GROUPS = frozenset(
    {
        "zone",
        "sensor",
        "target",
        "time",
        "lat",
        "lon",
        "range_m",
        "bearing_deg",
        "kind",
        "severity",
    }
)
_GRAMMAR_KEYS = frozenset({"name", "pattern", "time_format", "timezone", "encoding"})
# C0 controls but TAB, and DEL (C1 and other non-printables are vendor text).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_CHECK_TIME = datetime(2031, 12, 29, 23, 58, 57)
_make = ZoneAlarm.make  # type: ignore[attr-defined]


class AlarmGrammarError(ValueError):
    """A site's alarm grammar is invalid; the message starts with the key at fault."""


def to_re2(pattern: re.Pattern[str]) -> str:
    """A grammar's pattern in RE2 syntax (``radio.codecs.regex_linear``)."""
    return regex_linear.to_re2(pattern, AlarmGrammarError)


def linear_matcher(pattern: re.Pattern[str]) -> Any:
    """A grammar's pattern compiled with RE2 (``radio.codecs.regex_linear``)."""
    return regex_linear.linear_matcher(pattern, AlarmGrammarError)


@dataclass(frozen=True, slots=True)
class AlarmGrammar:
    """A validated line grammar. Build with :meth:`from_mapping` or :meth:`build`."""

    name: str
    pattern: re.Pattern[str]  # as written, checked by Python's re; never run on lines
    time_format: str | None = None  # None: ISO 8601
    timezone: str = "UTC"
    encoding: str = "utf-8"
    tz: tzinfo = UTC
    # The pattern compiled with RE2 (see the module docstring): what lines are
    # matched with. Made from ``pattern`` when not given.
    matcher: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.matcher is None:
            object.__setattr__(self, "matcher", linear_matcher(self.pattern))

    @property
    def groups(self) -> frozenset[str]:
        """The value names this grammar can fill."""
        return frozenset(self.pattern.groupindex)

    @classmethod
    def build(
        cls,
        name: str,
        pattern: str,
        time_format: str | None = None,
        timezone: str = "UTC",
        encoding: str = "utf-8",
    ) -> AlarmGrammar:
        """A validated grammar (raises :class:`AlarmGrammarError`)."""
        if not isinstance(name, str) or not name:
            raise AlarmGrammarError(f"name: must be a non-empty string, got {name!r}")
        if not isinstance(pattern, str) or not pattern:
            raise AlarmGrammarError(f"pattern: must be a non-empty string, got {pattern!r}")
        try:
            compiled = re.compile(pattern)
        except (re.error, OverflowError) as exc:  # OverflowError: a repetition count too large
            raise AlarmGrammarError(f"pattern: not a valid regular expression: {exc}") from None
        except RecursionError:
            raise AlarmGrammarError("pattern: nested too deeply") from None
        _check_groups(compiled)
        if time_format is not None:
            _check_time_format(time_format)
        zone = _zone(timezone)
        if not isinstance(encoding, str):
            raise AlarmGrammarError(f"encoding: must be a codec name, got {encoding!r}")
        try:
            codec = codecs.lookup(encoding)
        except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
            raise AlarmGrammarError(f"encoding: unknown text encoding {encoding!r}") from None
        # codecs.lookup also knows bytes-to-bytes and str-to-str codecs ("hex",
        # "zlib", "rot13"), which bytes.decode refuses: every line would fail.
        if not getattr(codec, "_is_text_encoding", True):
            raise AlarmGrammarError(
                f"encoding: {encoding!r} is not a text encoding (bytes to text)"
            )
        return cls(name, compiled, time_format, timezone, encoding, zone)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> AlarmGrammar:
        """Build a grammar from a site config table (keys: see the module docstring)."""
        if not isinstance(mapping, Mapping):
            raise AlarmGrammarError(f"grammar: must be a table, got {type(mapping).__name__}")
        unknown = sorted(set(mapping) - _GRAMMAR_KEYS)
        if unknown:
            known = ", ".join(sorted(_GRAMMAR_KEYS))
            raise AlarmGrammarError(f"{unknown[0]}: unknown grammar key; known keys: {known}")
        if "pattern" not in mapping:
            raise AlarmGrammarError("pattern: missing (a regular expression with a zone group)")
        return cls.build(
            name=mapping.get("name", "site"),
            pattern=mapping["pattern"],
            time_format=mapping.get("time_format"),
            timezone=mapping.get("timezone", "UTC"),
            encoding=mapping.get("encoding", "utf-8"),
        )


def _check_groups(compiled: re.Pattern[str]) -> None:
    names = set(compiled.groupindex)
    unknown = sorted(names - GROUPS)
    if unknown:
        allowed = ", ".join(sorted(GROUPS))
        raise AlarmGrammarError(
            f"pattern: unknown group name(s) {', '.join(unknown)}; allowed: {allowed}"
        )
    if "zone" not in names:
        raise AlarmGrammarError("pattern: has no (?P<zone>...) group; every alarm names its zone")
    if ("lat" in names) != ("lon" in names):
        missing = "lon" if "lat" in names else "lat"
        raise AlarmGrammarError(f"pattern: has no (?P<{missing}>...) group; lat and lon are a pair")


def _check_time_format(time_format: Any) -> None:
    if not isinstance(time_format, str) or "%" not in time_format:
        raise AlarmGrammarError(f"time_format: must be a strftime format, got {time_format!r}")
    # Round-trip a known instant: catches bad directives and formats that
    # would lose the date or the time of day (a time-only format would make
    # every alarm happen on 1 January 1900). Seconds may be left out. The instant
    # is formatted aware (UTC), so a format with an offset (%z, %Z) round-trips too.
    try:
        sample = _CHECK_TIME.replace(tzinfo=UTC).strftime(time_format)
        parsed = datetime.strptime(sample, time_format)
    except (ValueError, re.error) as exc:  # re.error: a directive twice ("%S ... %S")
        raise AlarmGrammarError(f"time_format: {time_format!r} does not parse: {exc}") from None
    if parsed.replace(tzinfo=None, second=_CHECK_TIME.second) != _CHECK_TIME:
        raise AlarmGrammarError(
            f"time_format: {time_format!r} does not carry a full date and time of day"
        )


def _zone(name: Any) -> tzinfo:
    if not isinstance(name, str) or not name:
        raise AlarmGrammarError(f"timezone: must be a zone name, got {name!r}")
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise AlarmGrammarError(f"timezone: unknown time zone {name!r}") from exc


DEFAULT_GRAMMAR = AlarmGrammar.build(
    name="default",
    pattern=(
        r"ALARM\s+(?P<sensor>\S+)\s+ZONE\s+(?P<zone>\S+)"
        r"(?:\s+TARGET\s+(?P<target>\S+))?"
        r"(?:\s+RANGE\s+(?P<range_m>\S+)\s+BRG\s+(?P<bearing_deg>\S+))?"
        r"(?:\s+POS\s+(?P<lat>\S+)\s+(?P<lon>\S+))?"
        r"(?:\s+KIND\s+(?P<kind>\S+))?"
        r"(?:\s+SEV\s+(?P<severity>\S+))?"
        r"(?:\s+TIME\s+(?P<time>\S+))?"
    ),
)


class _Reject(ValueError):
    """A value in a matching line that is not what its group promises."""


def decode_zone_alarm(
    frame: bytes, grammar: AlarmGrammar = DEFAULT_GRAMMAR
) -> ZoneAlarm | DecodeError:
    """Read one alarm line (terminator stripped or not) with ``grammar``. Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        return _decode(frame, grammar)
    except _Reject as exc:
        return DecodeError(PROTOCOL, str(exc), frame)
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("zone alarm decoder failed on %r", frame)
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", frame)


def decode(frame: bytes) -> ZoneAlarm | DecodeError:
    """:func:`decode_zone_alarm` with :data:`DEFAULT_GRAMMAR` (the registered protocol)."""
    return decode_zone_alarm(frame, DEFAULT_GRAMMAR)


def _decode(frame: bytes, grammar: AlarmGrammar) -> ZoneAlarm:
    try:
        text = frame.decode(grammar.encoding)
    except UnicodeDecodeError as exc:
        raise _Reject(
            f"byte 0x{frame[exc.start]:02X} at offset {exc.start} is not {grammar.encoding} text"
        ) from None
    except UnicodeError as exc:  # codecs such as punycode and idna raise the base class
        raise _Reject(f"not {grammar.encoding} text: {exc}") from None
    # Devices written in C may end a line with NUL; other control characters
    # would reach the alert panel as garbage, so they reject the line.
    text = text.rstrip(" \t\r\n\x00")
    if not text:
        raise _Reject("empty line")
    if len(text) > MAX_LINE:  # what the matcher may take: it bounds the time per line
        raise _Reject(f"line of {len(text)} characters is longer than {MAX_LINE}")
    control = _CONTROL.search(text)
    if control is not None:
        bad = control.start()
        raise _Reject(f"control character 0x{ord(text[bad]):02X} at offset {bad}")
    try:
        data = text.encode("utf-8")  # what RE2 reads
    except UnicodeEncodeError as exc:  # a lone surrogate ("utf-7" and "*escape" decode them)
        raise _Reject(
            f"character U+{ord(text[exc.start]):04X} at offset {exc.start} is not text "
            "(a lone surrogate)"
        ) from None
    match = grammar.matcher.fullmatch(data)
    if match is None:
        excerpt = text if len(text) <= 80 else text[:77] + "..."
        raise _Reject(f"line {excerpt!r} does not match the grammar {grammar.name!r}")
    # RE2 matches whole UTF-8 characters, so every group's bytes decode.
    values = {
        name.decode("ascii"): None if value is None else value.decode("utf-8")
        for name, value in match.groupdict().items()
    }
    zone = _text(values.get("zone"))
    if zone is None:
        raise _Reject(f"no zone in the line (grammar {grammar.name!r})")
    lat = _number(values.get("lat"), "lat")
    lon = _number(values.get("lon"), "lon")
    if (lat is None) != (lon is None):
        raise _Reject("lat and lon must both be given or both be absent")
    if lat is not None and not -90.0 <= lat <= 90.0:
        raise _Reject(f"lat: {shown(values['lat'])} is beyond 90 degrees")
    if lon is not None and not -180.0 <= lon <= 180.0:
        raise _Reject(f"lon: {shown(values['lon'])} is beyond 180 degrees")
    range_m = _number(values.get("range_m"), "range_m")
    if range_m is not None and range_m < 0:
        raise _Reject(f"range_m: {shown(values['range_m'])} must not be negative")
    if range_m is not None and range_m > MAX_DISTANCE_M:
        raise _Reject(f"range_m: {shown(values['range_m'])} is beyond {MAX_DISTANCE_M:.0f} m")
    bearing = _number(values.get("bearing_deg"), "bearing_deg")
    if bearing is not None and not 0.0 <= bearing <= 360.0:
        raise _Reject(f"bearing_deg: {shown(values['bearing_deg'])} is not within 0-360 degrees")
    return _make(  # type: ignore[no-any-return]
        PROTOCOL,
        "alarm",
        grammar.name,
        zone,
        _text(values.get("sensor")),
        _text(values.get("target")),
        _time(values.get("time"), grammar),
        lat,
        lon,
        range_m,
        bearing,
        _text(values.get("kind")),
        _text(values.get("severity")),
    )


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def _number(value: str | None, what: str) -> float | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return parse_decimal(value)
    except NumberError as exc:
        raise _Reject(f"{what}: {exc}") from None


def _time(value: str | None, grammar: AlarmGrammar) -> datetime | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if grammar.time_format is None:
            # fromisoformat also takes "2024-05-01" (midnight) and "20240501T0800":
            # both ISO 8601, so both fine.
            when = datetime.fromisoformat(value)
        else:
            when = datetime.strptime(value, grammar.time_format)
    except ValueError:
        expected = grammar.time_format or "ISO 8601"
        raise _Reject(f"time: {value!r} is not a time in the format {expected!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=grammar.tz)
    try:
        return when.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 pushed past the calendar by its offset
        raise _Reject(f"time: {value!r} is out of range once converted to UTC") from None


_TOKEN_FREE = re.compile(r"\S+")


def _token(what: str, value: object) -> str:
    text = str(value)
    if _TOKEN_FREE.fullmatch(text) is None or not text.isprintable():
        raise ValueError(f"{what} must be printable text without blanks, got {text!r}")
    return text


def encode_zone_alarm(
    sensor: str,
    zone: str,
    target: str | int | None = None,
    *,
    range_m: float | None = None,
    bearing_deg: float | None = None,
    lat: float | None = None,
    lon: float | None = None,
    kind: str | None = None,
    severity: str | None = None,
    time: datetime | None = None,
) -> bytes:
    """One line of :data:`DEFAULT_GRAMMAR`, without the terminator.

    ``range_m`` and ``bearing_deg`` come together, as do ``lat`` and ``lon``;
    a naive ``time`` is taken as UTC. Bad arguments raise ``ValueError``.
    """
    parts = ["ALARM", _token("sensor", sensor), "ZONE", _token("zone", zone)]
    if target is not None:
        parts += ("TARGET", _token("target", target))
    if (range_m is None) != (bearing_deg is None):
        raise ValueError("range_m and bearing_deg come together")
    if range_m is not None and bearing_deg is not None:
        if not range_m >= 0 or not 0 <= bearing_deg <= 360:
            raise ValueError("range_m must be >= 0 and bearing_deg within 0-360")
        parts += ("RANGE", f"{range_m:.1f}", "BRG", f"{bearing_deg:.1f}")
    if (lat is None) != (lon is None):
        raise ValueError("lat and lon come together")
    if lat is not None and lon is not None:
        if not -90 <= lat <= 90 or not -180 <= lon <= 180:
            raise ValueError(f"position {lat}, {lon} is not WGS84 degrees")
        parts += ("POS", f"{lat:.7f}", f"{lon:.7f}")
    if kind is not None:
        parts += ("KIND", _token("kind", kind))
    if severity is not None:
        parts += ("SEV", _token("severity", severity))
    if time is not None:
        when = time.replace(tzinfo=UTC) if time.tzinfo is None else time.astimezone(UTC)
        parts += ("TIME", when.isoformat().replace("+00:00", "Z"))
    return " ".join(parts).encode("utf-8")


def protocol_fields(grammar: AlarmGrammar = DEFAULT_GRAMMAR) -> dict[str, Any]:
    """Keyword arguments for ``radio.protocols.Protocol`` reading ``grammar``'s lines."""
    decoder: Callable[[bytes], ZoneAlarm | DecodeError]
    decoder = decode if grammar is DEFAULT_GRAMMAR else partial(decode_zone_alarm, grammar=grammar)
    return {
        "name": PROTOCOL,
        "framer": frame_line,
        "decode": decoder,
        "max_frame": MAX_LINE,
        "description": f"perimeter-radar zone alarm lines, grammar {grammar.name!r}",
        # Captures of the default grammar may carry "#" comments; a vendor's
        # own lines might start with "#", so custom grammars skip nothing.
        "comment_prefix": b"#" if grammar is DEFAULT_GRAMMAR else None,
    }


def zone_alarm_protocol(grammar: AlarmGrammar = DEFAULT_GRAMMAR) -> Protocol:
    """The zone-alarm ``Protocol`` for one link's grammar (``[alarm_grammars.NAME]``)."""
    # Imported here: radio.protocols imports this module to register "zone-alarm".
    from radio.protocols import Protocol

    return Protocol(**protocol_fields(grammar))
