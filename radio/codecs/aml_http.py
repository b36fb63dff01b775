"""AML over HTTPS: the handset's form-encoded POST body (ETSI TS 103 625).

Role: turn an AML HTTPS POST body (``application/x-www-form-urlencoded``,
``v=1&device_number=...&location_latitude=...``) into a
:class:`~radio.messages_location.CallerLocation` (``source="aml"``,
``protocol="aml-http"``), check its HMAC, and build bodies for simulators.

Contract: :func:`decode_aml_http` never raises; it checks the content type,
size (16 KiB) and encoding, rejects duplicated keys, a missing ``v``, half a
coordinate pair and malformed values with a reason naming the field, and
keeps unknown keys in ``extras`` with a warning (vendors add fields).
Numbers are plain decimals (:mod:`radio.codecs.numbers`: no exponent,
``nan`` or ``inf``): coordinates within WGS84 ranges, ``location_accuracy``
at most half the equator (20,037,508 m). ``location_time`` is milliseconds
since 1970 (UTC, up to the year 9999); ``location_certainty``
(or ``location_confidence``) is a percentage; ``location_source`` is
``gps``, ``wifi``, ``cell`` or ``unknown``; ``location_floor`` goes to the
civic ``FLR``. :func:`verify_aml_http_hmac` checks a trailing ``hmac``
(HMAC-SHA1 of the body before ``&hmac=``). Import these from
:mod:`radio.codecs.aml`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

from radio.codecs.aml_common import AmlError, make_location, printable
from radio.codecs.numbers import MAX_DISTANCE_M, NumberError, parse_decimal, shown
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

_LOGGER = logging.getLogger(__name__)

HTTP_PROTOCOL = "aml-http"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
MAX_HTTP_BODY = 16 * 1024
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LAST_MILLISECOND = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z
_HTTP_SOURCES = {"gps": "GNSS", "wifi": "Wi-Fi", "cell": "cell", "unknown": "unknown"}
_HTTP_SOURCES_BACK = {"GNSS": "gps", "Wi-Fi": "wifi", "cell": "cell"}

# HTTPS form keys kept as extras as they are (Android ELS / EENA HTTPS
# fields); keys outside these and _HTTP_CORE are kept too, with a warning.
_HTTP_EXTRAS = frozenset(
    {
        "emergency_number",
        "source",
        "thunderbird_version",
        "time",
        "gt_location_latitude",
        "gt_location_longitude",
        "location_altitude",
        "location_vertical_accuracy",
        "location_bearing",
        "location_speed",
        "device_model",
        "device_imei",
        "device_imsi",
        "device_iccid",
        "device_os",
        "device_languages",
        "cell_carrier",
        "cell_home_mcc",
        "cell_home_mnc",
        "cell_network_mcc",
        "cell_network_mnc",
        "cell_id",
        "adr_carcrash_time",
        "hmac",
    }
)
_HTTP_CORE = frozenset(
    {
        "v",
        "device_number",
        "location_latitude",
        "location_longitude",
        "location_accuracy",
        "location_time",
        "location_source",
        "location_certainty",
        "location_confidence",
        "location_floor",
    }
)


def decode_aml_http_frame(frame: bytes) -> CallerLocation | DecodeError:
    """:func:`decode_aml_http` for a body already known to be form-encoded (registry use)."""
    return decode_aml_http(frame, FORM_CONTENT_TYPE)


def decode_aml_http(
    body: bytes, content_type: str | None = FORM_CONTENT_TYPE
) -> CallerLocation | DecodeError:
    """Decode one AML HTTPS POST body. Never raises."""
    if type(body) is not bytes:
        body = bytes(body)
    try:
        return _decode_http(body, content_type)
    except AmlError as exc:
        return DecodeError(HTTP_PROTOCOL, str(exc), body)
    except Exception as exc:  # a bug must not take the link down; keep the body
        _LOGGER.exception("AML HTTP decoder failed on %r", body[:200])
        return DecodeError(HTTP_PROTOCOL, f"internal decoder error: {exc!r}", body)


def _decode_http(body: bytes, content_type: str | None) -> CallerLocation:
    if content_type is not None:
        media = content_type.split(";", 1)[0].strip().lower()
        if media != FORM_CONTENT_TYPE:
            raise AmlError(f"unsupported content type {media!r}; expected {FORM_CONTENT_TYPE}")
    if len(body) > MAX_HTTP_BODY:
        raise AmlError(f"body too large: {len(body)} bytes (limit {MAX_HTTP_BODY})")
    data = body.rstrip(b"\r\n")
    if not data:
        raise AmlError("empty body")
    if not printable(data):
        raise AmlError("form body is not printable ASCII (not URL-encoded)")
    try:
        pairs = parse_qsl(
            data.decode("ascii"),
            keep_blank_values=True,
            strict_parsing=True,
            errors="strict",
            max_num_fields=200,
        )
    except (ValueError, UnicodeDecodeError) as exc:
        raise AmlError(f"malformed form body: {exc}") from None
    fields: dict[str, str] = {}
    for key, value in pairs:
        if key in fields:
            raise AmlError(f"duplicated field {key!r}")
        fields[key] = value.strip()
    version = fields.get("v")
    if version is None:
        raise AmlError("missing mandatory field 'v'")
    if version != "1":
        raise AmlError(f"field 'v': unsupported version {version!r}")
    lat_text = fields.get("location_latitude") or None
    lon_text = fields.get("location_longitude") or None
    if (lat_text is None) != (lon_text is None):
        missing = "location_longitude" if lon_text is None else "location_latitude"
        raise AmlError(f"missing mandatory field {missing!r}")
    lat = lon = None
    if lat_text is not None and lon_text is not None:
        lat = _http_float("location_latitude", lat_text, 90.0)
        lon = _http_float("location_longitude", lon_text, 180.0)
    radius = None
    if fields.get("location_accuracy"):
        radius = _http_float("location_accuracy", fields["location_accuracy"], None)
        if radius > MAX_DISTANCE_M:
            raise AmlError(
                f"field 'location_accuracy': {radius:g} m is beyond {MAX_DISTANCE_M:.0f} m"
            )
    confidence = None
    for key in ("location_confidence", "location_certainty"):
        if fields.get(key):
            confidence = _http_float(key, fields[key], None)
            if confidence > 100:
                raise AmlError(f"field {key!r}: {confidence} is not a percentage (0-100)")
    when = (
        _http_time("location_time", fields["location_time"])
        if fields.get("location_time")
        else None
    )
    method = None
    source = fields.get("location_source")
    if source:
        method = _HTTP_SOURCES.get(source.lower())
        if method is None:
            raise AmlError(f"field 'location_source': {source!r} is not gps, wifi, cell or unknown")
    warnings: list[str] = []
    extras: list[tuple[str, Any]] = [("aml_version", 1)]
    for key, value in fields.items():
        if key in _HTTP_CORE:
            continue
        if key not in _HTTP_EXTRAS:
            warnings.append(f"unknown field {key!r}")
        extras.append((key, value))
    civic = (("FLR", fields["location_floor"]),) if fields.get("location_floor") else ()
    number = fields.get("device_number") or None
    if number is None:
        warnings.append("missing field 'device_number'")
    return make_location(
        HTTP_PROTOCOL, "AML-HTTP", number, lat, lon, radius, confidence, when, method, civic,
        tuple(extras), warnings,
    )  # fmt: skip


def _http_float(key: str, value: str, limit: float | None) -> float:
    try:
        number = parse_decimal(value)
    except NumberError as exc:
        raise AmlError(f"field {key!r}: {exc}") from None
    if limit is None:
        if number < 0:
            raise AmlError(f"field {key!r}: {number} is negative")
    elif abs(number) > limit:
        raise AmlError(f"field {key!r}: {number} is out of range (+-{limit:g})")
    return number


def _http_time(key: str, value: str) -> datetime:
    if not (value.isascii() and value.isdigit()) or len(value) > 15:
        raise AmlError(f"field {key!r}: {shown(value)} is not milliseconds since 1970")
    millis = int(value)
    if millis > _LAST_MILLISECOND:
        raise AmlError(f"field {key!r}: {value} milliseconds since 1970 is beyond the year 9999")
    return _EPOCH + timedelta(milliseconds=millis)


def verify_aml_http_hmac(body: bytes, key: bytes) -> bool:
    """True if the body's trailing ``&hmac=<hex>`` is HMAC-SHA1 of what precedes it."""
    message, sep, digest = body.rstrip(b"\r\n").rpartition(b"&hmac=")
    if not sep:
        return False
    expected = hmac.new(key, message, hashlib.sha1).hexdigest().encode("ascii")
    return hmac.compare_digest(expected, digest.lower())


def encode_aml_http(record: CallerLocation, hmac_key: bytes | None = None) -> bytes:
    """Build an AML HTTPS form body; with ``hmac_key``, append its ``hmac`` field."""
    fields: list[tuple[str, str]] = [("v", "1")]
    if record.number is not None:
        fields.append(("device_number", record.number))
    if record.lat is not None and record.lon is not None:
        fields += [("location_latitude", f"{record.lat:.5f}")]
        fields += [("location_longitude", f"{record.lon:.5f}")]
    if record.time is not None:
        fields.append(("location_time", str(round(record.time.timestamp() * 1000))))
    if record.radius_m is not None:
        fields.append(("location_accuracy", f"{record.radius_m:g}"))
    if record.method is not None:
        fields.append(("location_source", _HTTP_SOURCES_BACK.get(record.method, "unknown")))
    if record.confidence is not None:
        fields.append(("location_certainty", f"{record.confidence:g}"))
    floor = record.civic_address().get("FLR")
    if floor is not None:
        fields.append(("location_floor", floor))
    fields += [
        (key, str(value)) for key, value in record.extras if key in _HTTP_EXTRAS and key != "hmac"
    ]
    body = urlencode(fields).encode("ascii")
    if hmac_key is not None:
        body += b"&hmac=" + hmac.new(hmac_key, body, hashlib.sha1).hexdigest().encode("ascii")
    return body
