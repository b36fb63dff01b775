"""AML (Advanced Mobile Location, ETSI TS 103 625) in its SMS and HTTPS forms.

Role: turn a handset's AML message into a
:class:`~radio.messages_location.CallerLocation` (``source="aml"``), and
build messages for simulators and tests.

Contract:

- :func:`decode_aml_sms` takes the SMS text (``A"ML=1;lt=...;ml=NNN``) as
  bytes and never raises. It validates as the standard does: the ``A"ML``
  header comes first with version 1, ``ml`` comes last and equals the
  length of the whole text, every attribute is ``key=value`` once, keys are
  the defined ones (``lt lg rd top lc pm si ei mcc mnc ml``), and values have
  their formats: ``lt``/``lg`` signed degrees with five decimals (the sign
  and leading zeros may be left out, as handsets do), ``rd`` whole metres or
  ``N``, ``top`` ``YYYYMMDDhhmmss`` UTC, ``lc`` 0-100, ``pm`` one of ``G``
  (GNSS), ``W`` (Wi-Fi), ``C`` (cell), ``N`` (no location), ``si`` an IMSI,
  ``ei`` an IMEI(SV), ``mcc`` three and ``mnc`` two or three digits.
  ``lt``, ``lg``, ``rd`` and ``ml`` are mandatory (a location is useless
  without them); a missing ``top``, ``lc``, ``pm``, ``si``, ``ei``, ``mcc`` or
  ``mnc`` is accepted with a warning naming it, as deployed parsers do. A
  no-location message (``pm=N`` / ``rd=N``) decodes with no coordinates.
  Trailing CR/LF (a transport artefact) is ignored. The v2 SMS format
  (``A"ML=2;en=...;et=...;lo=lat,lon,radius;...``) decodes to the same
  message with ``aml_version=2`` in ``extras``: its attributes are
  documented in :mod:`radio.codecs.aml_sms2`. Other versions are rejected.
- :func:`decode_aml_http` (implemented in :mod:`radio.codecs.aml_http`,
  re-exported here) takes an HTTPS POST body
  (``application/x-www-form-urlencoded``, ``v=1&device_number=...``) and
  never raises; unknown keys are kept in ``extras`` with a warning (vendors
  add fields), duplicated keys and malformed values are rejected.
  :func:`verify_aml_http_hmac` checks a trailing ``hmac`` (HMAC-SHA1 over
  the body before ``&hmac=``).
- Errors are :class:`~radio.messages.DecodeError` whose reason names the
  field. :func:`encode_aml_sms` and :func:`encode_aml_http` build messages.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from radio.codecs.aml_common import AmlError, make_location, printable
from radio.codecs.aml_http import (
    FORM_CONTENT_TYPE,
    decode_aml_http,
    decode_aml_http_frame,
    encode_aml_http,
    verify_aml_http_hmac,
)
from radio.codecs.aml_sms2 import decode_v2
from radio.codecs.numbers import shown
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

__all__ = [
    "FORM_CONTENT_TYPE",
    "POSITIONING_METHODS",
    "decode_aml_http",
    "decode_aml_http_frame",
    "decode_aml_line",
    "decode_aml_sms",
    "encode_aml_http",
    "encode_aml_sms",
    "verify_aml_http_hmac",
]

_LOGGER = logging.getLogger(__name__)

SMS_PROTOCOL = "aml-sms"

POSITIONING_METHODS = {"G": "GNSS", "W": "Wi-Fi", "C": "cell", "N": "no location"}
_PM_BACK = {value: key for key, value in POSITIONING_METHODS.items()}
_SMS_KEYS = ("lt", "lg", "rd", "top", "lc", "pm", "si", "ei", "mcc", "mnc", "ml")
_SMS_MANDATORY = ("lt", "lg", "rd", "ml")
_LT = re.compile(r"[+-]?\d{1,2}\.\d{5}\Z")
_LG = re.compile(r"[+-]?\d{1,3}\.\d{5}\Z")
_DIGITS = {
    "rd": (1, 6),
    "lc": (1, 3),
    "si": (5, 15),
    "ei": (14, 16),
    "mcc": (3, 3),
    "mnc": (2, 3),
    "ml": (1, 3),
}

# --------------------------------------------------------------------- SMS


def decode_aml_sms(frame: bytes) -> CallerLocation | DecodeError:
    """Decode one AML SMS text. Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        return _decode_sms(frame)
    except AmlError as exc:
        return DecodeError(SMS_PROTOCOL, str(exc), frame)
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("AML SMS decoder failed on %r", frame)
        return DecodeError(SMS_PROTOCOL, f"internal decoder error: {exc!r}", frame)


def _decode_sms(frame: bytes) -> CallerLocation:
    data = frame.rstrip(b"\r\n")
    if not printable(data):
        raise AmlError("not printable ASCII")
    text = data.decode("ascii")
    if not text.startswith('A"ML='):
        raise AmlError('not an AML SMS: no A"ML= header')
    fields: dict[str, str] = {}
    parts = text.split(";")
    version = "1"
    for index, part in enumerate(parts):
        key, sep, value = part.partition("=")
        if not sep or not key or not value or "=" in value:
            raise AmlError(f"malformed attribute {shown(part)} at position {index + 1}")
        if index == 0:
            if value not in ("1", "2"):
                raise AmlError(f"unsupported AML version {shown(value)} (1 and 2 are decoded)")
            version = value
            continue
        if version == "1" and key not in _SMS_KEYS:
            raise AmlError(f"unknown field {shown(key)}")
        if key in fields:
            raise AmlError(f"duplicated field {shown(key)}")
        fields[key] = value
    if version == "2":
        return decode_v2(text, fields)
    for key in _SMS_MANDATORY:
        if key not in fields:
            raise AmlError(f"missing mandatory field {key!r}")
    if parts[-1].partition("=")[0] != "ml":
        raise AmlError("field 'ml': must be the last attribute")
    for key, (low, high) in _DIGITS.items():
        value = fields.get(key)
        if value is None or (key == "rd" and value == "N"):
            continue
        if not (value.isdigit() and low <= len(value) <= high):
            size = f"{low}" if low == high else f"{low}-{high}"
            raise AmlError(f"field {key!r}: {value!r} is not {size} digits")
    declared = int(fields["ml"])
    if declared != len(text):
        raise AmlError(f"field 'ml': declares {declared} characters, the message has {len(text)}")
    lat = _degrees("lt", fields["lt"], _LT, 90.0)
    lon = _degrees("lg", fields["lg"], _LG, 180.0)
    warnings = [f"missing field {key!r}" for key in _SMS_KEYS if key not in fields]
    pm = fields.get("pm")
    if pm is not None and pm not in POSITIONING_METHODS:
        raise AmlError(f"field 'pm': {pm!r} is not one of G, W, C, N")
    rd = fields["rd"]
    if (rd == "N") != (pm == "N") and pm is not None:
        raise AmlError(f"field 'rd': rd={rd} contradicts pm={pm}")
    confidence = None
    if "lc" in fields:
        confidence = int(fields["lc"])
        if confidence > 100:
            raise AmlError(f"field 'lc': {confidence} is not a percentage (0-100)")
    when = _sms_time(fields["top"]) if "top" in fields else None
    radius = None if rd == "N" else float(int(rd))
    if rd == "N":
        lat = lon = None
    extras = (
        *(
            (name, fields[key])
            for key, name in (("si", "imsi"), ("ei", "imei"), ("mcc", "mcc"), ("mnc", "mnc"))
            if key in fields
        ),
        ("aml_version", 1),
    )
    return make_location(
        SMS_PROTOCOL, "AML-SMS", None, lat, lon, radius, confidence, when,
        POSITIONING_METHODS.get(pm) if pm else None, (), extras, warnings,
    )  # fmt: skip


def _degrees(key: str, value: str, pattern: re.Pattern[str], limit: float) -> float:
    if not pattern.match(value):
        raise AmlError(f"field {key!r}: {value!r} is not signed degrees with 5 decimals")
    degrees = float(value)
    if abs(degrees) > limit:
        raise AmlError(f"field {key!r}: {degrees} is out of range (+-{limit:g})")
    return degrees


def _sms_time(value: str) -> datetime:
    if len(value) != 14 or not value.isdigit():
        raise AmlError(f"field 'top': {value!r} is not YYYYMMDDhhmmss")
    try:
        return datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        raise AmlError(f"field 'top': {value!r} is not a valid date and time") from None


def encode_aml_sms(record: CallerLocation) -> bytes:
    """Build an AML v1 SMS text from a location (``extras``: imsi, imei, mcc, mnc).

    A record without coordinates gives the no-location form (``pm=N``).
    """
    parts = ['A"ML=1']
    if record.lat is None or record.lon is None:
        parts += ["lt=+00.00000", "lg=+000.00000", "rd=N"]
        pm = "N"
    else:
        radius = round(record.radius_m) if record.radius_m is not None else 0
        parts += [f"lt={record.lat:+09.5f}", f"lg={record.lon:+010.5f}", f"rd={radius}"]
        pm = _PM_BACK.get(record.method or "", "G")
    if record.time is not None:
        parts.append(f"top={record.time.astimezone(UTC):%Y%m%d%H%M%S}")
    if record.confidence is not None:
        parts.append(f"lc={round(record.confidence)}")
    parts.append(f"pm={pm}")
    for key, name in (("si", "imsi"), ("ei", "imei"), ("mcc", "mcc"), ("mnc", "mnc")):
        value = record.extra(name)
        if value is not None:
            parts.append(f"{key}={value}")
    text = ";".join(parts) + ";ml="
    length = len(text) + 1
    while len(text) + len(str(length)) != length:
        length += 1
    return (text + str(length)).encode("ascii")


def decode_aml_line(frame: bytes) -> CallerLocation | DecodeError:
    """One AML message of either form, told apart by its start: the SMS text
    form begins ``A"ML=``, anything else is taken as an HTTPS form body."""
    if frame.lstrip().startswith(b'A"ML'):
        return decode_aml_sms(frame)
    return decode_aml_http_frame(frame)
