"""Typed messages that codecs produce from frames.

Contract: every message is a frozen, slotted dataclass with plain values
(str, int, float, datetime in UTC, None). ``to_dict()`` returns a JSON-ready
dict (datetimes as ISO 8601 strings) used for the event log's payload and for
``dispatch-console decode``. A codec never raises on bad input: it returns a
:class:`DecodeError` carrying the reason and the raw frame.

Notes: the NMEA messages (``PositionFix``, ``NoFix``, ``NmeaSentence`` and
the ARPA messages of ``radio.messages_sensor``) have ``notes``, a tuple of
one-line strings saying what the decoder tolerated (a one-digit checksum, a
short RMC: ``radio.codecs.nmea_notes``); ``to_dict()`` shows them as
``"notes": [...]`` and leaves the key out while there are none, so the
payload of an ordinary sentence has no ``notes``.

Fast construction: every class here also has ``Cls.make(*values)``, taking
every field positionally in declaration order (defaults do not apply,
except to ``notes``, which may be left out). It
returns an object equal to ``Cls(*values)`` in about a third of the time, by
setting the slots directly instead of going through the frozen dataclass
``__init__`` (one ``object.__setattr__`` call per field). It is the one
sanctioned way around ``__init__``; codecs use it on their hot path, and
everything else should use the ordinary constructor. The objects stay frozen
from the outside: assigning an attribute still raises
``dataclasses.FrozenInstanceError``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

_T = TypeVar("_T")


def _with_make(cls: type[_T]) -> type[_T]:
    """Add the ``make`` classmethod (see the module docstring) to a slotted dataclass.

    The constructor is generated source, compiled once at import, so that it
    is one straight-line function: ``object.__new__`` plus one slot
    descriptor ``__set__`` per field (the descriptors bypass the frozen
    ``__setattr__`` the same way ``dataclasses`` itself does with
    ``object.__setattr__``, only without the name lookup).
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = [field.name for field in fields]
    namespace: dict[str, Any] = {"_new": object.__new__}
    # ``notes`` (the last field where there is one) may be left out.
    params = [f"{f.name}=()" if _empty_default(f) else f.name for f in fields]
    lines = [f"def make(cls, {', '.join(params)}):", "    self = _new(cls)"]
    for name in names:
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
        lines.append(f"    _set_{name}(self, {name})")
    lines.append("    return self")
    # The source is built from the dataclass field names only, never from input.
    exec("\n".join(lines), namespace)
    make = namespace["make"]
    make.__qualname__ = f"{cls.__qualname__}.make"
    make.__doc__ = f"Build a {cls.__name__} from every field, positionally, skipping __init__."
    cls.make = classmethod(make)  # type: ignore[attr-defined]
    if issubclass(cls, Message) and cls.to_dict is Message.to_dict:
        cls.to_dict = _generated_to_dict(cls)  # type: ignore[attr-defined]
    return cls


_PLAIN_TYPES = {"str", "int", "float", "bool"}


def _empty_default(field: dataclasses.Field[Any]) -> bool:
    """The ``notes`` field: may be left out of ``make`` and is left out of ``to_dict``
    while empty."""
    return field.name == "notes" and field.default == ()


def _is_plain(annotation: object) -> bool:
    """A field whose values JSON takes as they are (``str``, ``float | None`` ...)."""
    parts = {part.strip() for part in str(annotation).split("|")} - {"None"}
    return bool(parts) and parts <= _PLAIN_TYPES


def _generated_to_dict(cls: type) -> Any:
    """``Message.to_dict`` as one straight-line function for ``cls``: same output,
    about a quarter of the time (it runs for every frame the console stores)."""
    namespace: dict[str, Any] = {"_jsonable": _jsonable}
    lines = ["def to_dict(self):", "    out = {}"]
    for field in dataclasses.fields(cls):
        name = field.name
        value = "v" if _is_plain(field.type) else "_jsonable(v)"
        lines.append(f"    v = self.{name}")
        if _empty_default(field):
            lines.append(f"    if v: out[{name!r}] = {value}")
        else:
            lines.append(f"    if v is not None: out[{name!r}] = {value}")
    lines.append("    return out")
    # The source is built from the dataclass field names only, never from input.
    exec("\n".join(lines), namespace)
    to_dict = namespace["to_dict"]
    to_dict.__qualname__ = f"{cls.__qualname__}.to_dict"
    to_dict.__doc__ = Message.to_dict.__doc__
    return to_dict


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


class Message:
    """Mixin for all decoded messages.

    A message that carries several items of its own (a PIDF-LO document's
    locations, an ASTERIX block's records) also has ``parts() -> (items,
    error reasons)``, so tools can show one line per item.

    ``to_payload()`` is what the event log stores as the decoded payload:
    by default ``to_dict()``; a message with bulky detail that its raw bytes
    already hold (an ASTERIX record's every item) keeps only what consumers
    use, and the detail is one re-decode of the stored raw frame away.
    """

    __slots__ = ()
    protocol: str
    kind: str

    def to_payload(self) -> dict[str, Any]:
        """The decoded payload the event log stores (see the class docstring)."""
        return self.to_dict()

    def to_dict(self) -> dict[str, Any]:
        """Every field that is not None, JSON-ready (times as ISO 8601 strings)."""
        out: dict[str, Any] = {}
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if value is not None and not (value == () and _empty_default(field)):
                out[field.name] = _jsonable(value)
        return out


@_with_make
@dataclass(frozen=True, slots=True)
class DecodeError:
    """A frame that could not be decoded, and why. Returned, never raised."""

    protocol: str
    reason: str
    raw: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": False,
            "protocol": self.protocol,
            "error": self.reason,
            "raw": self.raw.decode("ascii", "backslashreplace"),
        }


@_with_make
@dataclass(frozen=True, slots=True)
class TagBlock:
    """NMEA 4.10 TAG block fields that precede a sentence (``\\s:SRC,c:123*hh\\``)."""

    source: str | None = None  # s: the source / station identifier
    unix_time: int | None = None  # c: UNIX time in seconds (or ms, as sent)
    destination: str | None = None  # d:
    text: str | None = None  # t:
    line_count: int | None = None  # n:


@_with_make
@dataclass(frozen=True, slots=True)
class PositionFix(Message):
    """A position from an automatic vehicle location feed (NMEA GGA, RMC, ...).

    ``lat``/``lon`` are WGS84 decimal degrees. ``fix_time`` is the time the
    sentence claims (UTC), combined with a date when the sentence carries one;
    the receive time is kept separately by the link layer.
    """

    protocol: str
    kind: str  # sentence type, e.g. "GGA", "RMC"
    talker: str  # "GP", "GN", "GL", "GA", "BD", ...
    lat: float
    lon: float
    fix_time: time | None = None
    fix_date: date | None = None
    source: str | None = None  # from the TAG block's s: field, names the unit
    quality: int | None = None  # GGA fix quality
    satellites: int | None = None
    hdop: float | None = None
    altitude_m: float | None = None
    speed_knots: float | None = None
    course_deg: float | None = None
    status: str | None = None  # RMC A/V
    mode: str | None = None  # RMC/GNS mode indicator
    checksum: bool | None = None  # NMEA: True if a checksum was present (and matched)
    tag_time: int | None = None  # NMEA TAG block c: (UNIX time as sent)
    notes: tuple[str, ...] = ()  # what the decoder tolerated (see the module docstring)


@_with_make
@dataclass(frozen=True, slots=True)
class NmeaSentence(Message):
    """A valid NMEA sentence the console stores but does not act on (VTG, ZDA, ...).

    Kept so that every well-formed frame decodes to something; ``fields``
    holds the raw comma-separated fields after the address.
    """

    protocol: str
    kind: str
    talker: str
    fields: tuple[str, ...]
    source: str | None = None
    checksum: bool | None = None  # True if a checksum was present (and matched)
    tag_time: int | None = None  # TAG block c: (UNIX time as sent)
    address: str | None = None  # the whole address field, e.g. "GPVTG", "PTNTA"
    notes: tuple[str, ...] = ()  # what the decoder tolerated (see the module docstring)


@_with_make
@dataclass(frozen=True, slots=True)
class NoFix(Message):
    """A position sentence saying the receiver has no fix (empty lat/lon, RMC V, GGA quality 0)."""

    protocol: str
    kind: str
    talker: str
    fix_time: time | None = None
    source: str | None = None
    reason: str = "no fix"
    fix_date: date | None = None
    checksum: bool | None = None  # NMEA: True if a checksum was present (and matched)
    tag_time: int | None = None  # NMEA TAG block c: (UNIX time as sent)
    notes: tuple[str, ...] = ()  # what the decoder tolerated (see the module docstring)
