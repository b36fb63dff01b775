"""AML SMS version 2 (``A"ML=2;...``): the compact SMS of ETSI TS 103 625's later editions.

Role: helper of :mod:`radio.codecs.aml`, whose :func:`~radio.codecs.aml.decode_aml_sms`
sends here every SMS whose header says version 2, already split into its
``key=value`` attributes (in order, none duplicated). It returns the same
:class:`~radio.messages_location.CallerLocation` as version 1 (``protocol``
``"aml-sms"``, ``kind`` ``"AML-SMS"``, extras ``aml_version=2``) or raises
:class:`~radio.codecs.aml_common.AmlError` naming the field.

The attributes, as handsets send them and deployed parsers (aml-lib) read
them; all optional, in any order::

    A"ML=2;en=112;et=1593187189;lo=-37.42175,-122.08461,20.1;lt=-9;lc=68;
    lz=-100.1,10.5;ls=G;ei=358239059042542;nc=310260;hc=310260;lg=en-US

- ``en``: the emergency number dialled (digits, ``+``, ``*``, ``#``; extra
  ``emergency_number``).
- ``et``: when the emergency call started, UNIX seconds (UTC; extra
  ``call_time``, ISO 8601).
- ``lo``: ``latitude,longitude,radius``: WGS84 decimal degrees and the
  uncertainty radius in metres (0 means unknown: a Point). Without a radius
  the location is a Point with a warning; without ``lo`` the message is a
  no-location message (no coordinates), as v1's ``pm=N``.
- ``lt``: when the position was determined, in seconds relative to ``et``
  (negative: before the call); ``time`` is ``et + lt``. ``lt`` without
  ``et`` gives no time and a warning.
- ``lc``: level of confidence, a percentage 0-100.
- ``lz``: ``altitude,vertical accuracy`` in metres (``altitude_m`` and
  ``vertical_uncertainty_m``; an accuracy of 0 means unknown).
- ``ls``: positioning source: ``G`` GNSS, ``W`` Wi-Fi, ``C`` cell, ``F``
  fused, ``U`` unknown (``method``).
- ``ei``: the IMEI(SV) (extra ``imei``); ``nc`` and ``hc``: the network's
  and the home network's MCC+MNC, five or six digits (extras ``mcc``/``mnc``
  and ``home_mcc``/``home_mnc``); ``lg``: the handset's language, a BCP 47
  tag (extra ``language``).
- ``ml``: not part of version 2; when a sender adds it anyway it is checked
  as in version 1 (last attribute, the length of the whole text).

Any other attribute is kept in ``extras`` as ``sms_<key>`` with a warning
naming it (the standard grows; a new attribute must not lose the location).
A value of a known attribute that is malformed or out of range rejects the
message: numbers go through :mod:`radio.codecs.numbers` (plain decimals,
finite, bounded).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from radio.codecs.aml_common import AmlError, make_location
from radio.codecs.numbers import (
    MAX_ALTITUDE_M,
    MAX_DISTANCE_M,
    MIN_ALTITUDE_M,
    NumberError,
    parse_decimal,
    parse_integer,
    shown,
)
from radio.messages_location import CallerLocation

__all__ = ["SOURCES", "decode_v2"]

SOURCES = {"G": "GNSS", "W": "Wi-Fi", "C": "cell", "F": "fused", "U": "unknown"}

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z
_MAX_OFFSET_S = 10_000_000  # about 116 days either side of the call
_EMERGENCY_NUMBER = re.compile(r"[0-9+*#]{1,15}\Z")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*\Z")
# Attributes whose absence from a message with a location earns a warning.
_EXPECTED = ("et", "lt", "lc", "ls")
_KNOWN = frozenset({"en", "et", "lo", "lt", "lc", "lz", "ls", "ei", "nc", "hc", "lg", "ml"})


def _number(key: str, text: str, low: float, high: float, signed: bool = True) -> float:
    try:
        return parse_decimal(text, low, high, signed=signed)
    except NumberError as exc:
        raise AmlError(f"field {key!r}: {exc}") from None


def _integer(key: str, text: str, low: int, high: int, signed: bool = False) -> int:
    try:
        return parse_integer(text, low, high, signed=signed)
    except NumberError as exc:
        raise AmlError(f"field {key!r}: {exc}") from None


def _digits(key: str, text: str, low: int, high: int) -> str:
    if not (text.isascii() and text.isdigit() and low <= len(text) <= high):
        size = f"{low}" if low == high else f"{low}-{high}"
        raise AmlError(f"field {key!r}: {shown(text)} is not {size} digits")
    return text


def _instant(seconds: int, what: str) -> datetime:
    if not 0 <= seconds <= _LAST_SECOND:
        raise AmlError(f"{what}: {seconds} seconds since 1970 is out of range")
    return _EPOCH + timedelta(seconds=seconds)


def _location(text: str, warnings: list[str]) -> tuple[float | None, float | None, float | None]:
    parts = text.split(",")
    if len(parts) not in (2, 3):
        raise AmlError(f"field 'lo': {shown(text)} is not 'latitude,longitude,radius'")
    lat = _number("lo", parts[0], -90.0, 90.0)
    lon = _number("lo", parts[1], -180.0, 180.0)
    if len(parts) == 2:
        warnings.append("field 'lo' has no radius")
        return lat, lon, None
    return lat, lon, _number("lo", parts[2], 0.0, MAX_DISTANCE_M, signed=False)


def _network(key: str, text: str) -> tuple[str, str]:
    code = _digits(key, text, 5, 6)
    return code[:3], code[3:]


def decode_v2(text: str, fields: dict[str, str]) -> CallerLocation:
    """The location of an AML v2 SMS (``fields``: its attributes but the header)."""
    warnings: list[str] = []
    extras: list[tuple[str, Any]] = []
    if "ml" in fields:
        if next(reversed(fields)) != "ml":
            raise AmlError("field 'ml': must be the last attribute")
        declared = _integer("ml", fields["ml"], 0, 999)
        if declared != len(text):
            raise AmlError(
                f"field 'ml': declares {declared} characters, the message has {len(text)}"
            )
    number = fields.get("en")
    if number is not None:
        if not _EMERGENCY_NUMBER.match(number):
            raise AmlError(f"field 'en': {shown(number)} is not a dialled number")
        extras.append(("emergency_number", number))
    call_time = None
    if "et" in fields:
        call_time = _instant(_integer("et", fields["et"], 0, _LAST_SECOND), "field 'et'")
        extras.append(("call_time", call_time.isoformat()))
    when = None
    if "lt" in fields:
        offset = _integer("lt", fields["lt"], -_MAX_OFFSET_S, _MAX_OFFSET_S, signed=True)
        if call_time is None:
            warnings.append("field 'lt' without 'et': no time of positioning")
        else:
            when = _instant(int(call_time.timestamp()) + offset, "field 'lt'")
    lat = lon = radius = None
    if "lo" in fields:
        lat, lon, radius = _location(fields["lo"], warnings)
    confidence = None
    if "lc" in fields:
        confidence = _number("lc", fields["lc"], 0.0, 100.0, signed=False)
    altitude = vertical = None
    if "lz" in fields:
        parts = fields["lz"].split(",")
        if len(parts) != 2:
            raise AmlError(f"field 'lz': {shown(fields['lz'])} is not 'altitude,accuracy'")
        altitude = _number("lz", parts[0], MIN_ALTITUDE_M, MAX_ALTITUDE_M)
        vertical = _number("lz", parts[1], 0.0, MAX_DISTANCE_M, signed=False) or None
    method = None
    if "ls" in fields:
        method = SOURCES.get(fields["ls"])
        if method is None:
            raise AmlError(f"field 'ls': {shown(fields['ls'])} is not one of G, W, C, F, U")
    if "ei" in fields:
        extras.append(("imei", _digits("ei", fields["ei"], 14, 16)))
    for key, prefix in (("nc", ""), ("hc", "home_")):
        if key in fields:
            mcc, mnc = _network(key, fields[key])
            extras += [(f"{prefix}mcc", mcc), (f"{prefix}mnc", mnc)]
    if "lg" in fields:
        if not _LANGUAGE.match(fields["lg"]):
            raise AmlError(f"field 'lg': {shown(fields['lg'])} is not a language tag")
        extras.append(("language", fields["lg"]))
    for key, value in fields.items():
        if key not in _KNOWN:
            warnings.append(f"unknown field {key!r}")
            extras.append((f"sms_{key}", value))
    if lat is not None:
        warnings += [f"missing field {key!r}" for key in _EXPECTED if key not in fields]
    else:
        altitude = vertical = None
    extras.append(("aml_version", 2))
    return make_location(
        "aml-sms", "AML-SMS", None, lat, lon, radius, confidence, when, method, (),
        tuple(extras), warnings, altitude, vertical,
    )  # fmt: skip
