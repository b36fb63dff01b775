"""OASIS Common Alerting Protocol (CAP) codec: versions 1.2, 1.1 and 1.0.

Role: turn one CAP XML document (an HTTP body, a file, a feed entry) into a
:class:`~radio.messages_sensor.CapAlert` whose ``version`` says which CAP
it was (``"1.2"``, ``"1.1"``, ``"1.0"``).

Contract:

- :func:`decode_cap` (alias :func:`decode` for the protocol registry)
  never raises; anything it cannot accept is a
  :class:`~radio.messages.DecodeError` with the reason.
- Hostile XML is refused before any content is read: the document is parsed
  with defusedxml with DTDs forbidden, so no entity is declared or expanded
  (billion laughs), no external entity or DTD is resolved and nothing is
  fetched from the network. Documents over :data:`MAX_DOCUMENT` bytes are
  refused unread, and so is a document in or declaring an encoding expat
  cannot read (``UTF-32``, an unknown name), with a one-line reason
  (:func:`unreadable_encoding`, :func:`utf32_reason`, shared with the
  PIDF-LO codec).
- The version is the root element's namespace: ``urn:oasis:names:tc:
  emergency:cap:1.2`` or ``:1.1``, and for 1.0 the specification's own
  ``http://www.incident.com/cap/1.0`` or ``urn:oasis:names:tc:emergency:
  cap:1.0`` (both are in use).
- Validation follows each version's specification and schema by hand (the
  schemas are not shipped): required elements present and not repeated
  (alert: identifier, sender, sent, status, msgType, scope; info: category,
  event, urgency, severity, certainty; area: areaDesc; resource:
  resourceDesc, and mimeType from 1.2; parameter/eventCode/geocode:
  valueName and value), every enumeration of that version,
  ``restriction`` for Restricted and ``addresses`` for Private scope,
  identifier/sender without spaces or commas, polygons of at least four
  points forming a closed ring, circles, ``ceiling`` only with
  ``altitude``. Elements the console does not use (resources' content,
  signatures, other namespaces) are checked where required and otherwise
  ignored. Status Exercise, System, Test and Draft are kept as sent: the
  consumer decides what they mean.
- What differs before 1.2 is read as those versions wrote it: dates are
  XML Schema dateTimes (1.2 forbids fractional seconds; 1.1 and 1.0 allow
  them, and 1.0 also allows ``Z``), always with a time zone; 1.0 writes
  eventCode, parameter and geocode as ``valueName=value`` text and has no
  Draft status, no CBRNE category and no responseType (one that appears
  anyway is read with 1.1's values); 1.1 has no responseType Avoid or
  AllClear; certainty ``Very Likely`` (1.0, and deprecated in 1.1) is read
  as ``Likely``, as CAP 1.1 prescribes; 1.0's ``<password>`` is never
  copied into the message.
- Numbers are plain decimals (:mod:`radio.codecs.numbers`: no exponent,
  ``nan`` or ``inf``) within bounds: coordinates in WGS 84 ranges, a circle
  radius at most half the equator (20,037.508 km), altitude and ceiling
  from -39,370 ft to 3,280,840 ft (-12 km to 1000 km); one bad number
  rejects the whole document.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree as SafeElementTree

from radio.codecs.numbers import (
    MAX_ALTITUDE_M,
    MAX_DISTANCE_M,
    MIN_ALTITUDE_M,
    NumberError,
    parse_decimal,
    shown,
)
from radio.messages import DecodeError
from radio.messages_sensor import CapAlert, CapArea, CapInfo, CapReference

__all__ = [
    "MAX_DOCUMENT",
    "NAMESPACE",
    "NAMESPACES",
    "PROTOCOL",
    "decode",
    "decode_cap",
    "unreadable_encoding",
    "utf32_reason",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "cap"
NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
MAX_DOCUMENT = 1 << 20

STATUS = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPE = ("Alert", "Update", "Cancel", "Ack", "Error")
SCOPE = ("Public", "Restricted", "Private")
CATEGORY = (
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
)
RESPONSE_TYPE = (
    "Shelter",
    "Evacuate",
    "Prepare",
    "Execute",
    "Avoid",
    "Monitor",
    "Assess",
    "AllClear",
    "None",
)
URGENCY = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITY = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTY = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")

# CAP 1.2 section 3.3.2: no "Z", no fractions, an explicit offset.
_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d")
# CAP 1.1 and 1.0: an XML Schema dateTime with a time zone (1.1 forbids "Z").
_DATETIME_11 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[-+]\d\d:\d\d")
_DATETIME_10 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[-+]\d\d:\d\d|Z)")
# Space-delimited values; a value holding spaces is double-quoted (addresses, incidents).
_TOKENS = re.compile(r'"([^"]*)"|(\S+)')
_BAD_ID = re.compile(r"[\s,<&]")
# The encoding an XML declaration names, for the reason when expat cannot read it.
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,40})""")

_UTF32_STARTS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"<\x00\x00\x00", b"\x00\x00\x00<")

_FEET_PER_METRE = 1 / 0.3048
MIN_ALTITUDE_FT = float(round(MIN_ALTITUDE_M * _FEET_PER_METRE))
MAX_ALTITUDE_FT = float(round(MAX_ALTITUDE_M * _FEET_PER_METRE))
MAX_RADIUS_KM = MAX_DISTANCE_M / 1000.0


@dataclass(frozen=True, slots=True)
class _Version:
    """What one CAP version allows."""

    name: str
    status: tuple[str, ...]
    category: tuple[str, ...]
    response_type: tuple[str, ...]
    certainty: tuple[str, ...]
    datetime: re.Pattern[str]
    datetime_form: str
    pairs_as_text: bool  # 1.0: eventCode/parameter/geocode are "valueName=value"
    mime_type_required: bool


_V12 = _Version(
    "1.2", STATUS, CATEGORY, RESPONSE_TYPE, CERTAINTY, _DATETIME,
    "YYYY-MM-DDThh:mm:ss+hh:mm", False, True,
)  # fmt: skip
_V11 = _Version(
    "1.1",
    STATUS,
    CATEGORY,
    tuple(r for r in RESPONSE_TYPE if r not in ("Avoid", "AllClear")),
    (*CERTAINTY, "Very Likely"),
    _DATETIME_11,
    "YYYY-MM-DDThh:mm:ss[.s]+hh:mm in CAP 1.1",
    False,
    False,
)
_V10 = _Version(
    "1.0",
    tuple(s for s in STATUS if s != "Draft"),
    tuple(c for c in CATEGORY if c != "CBRNE"),
    # 1.0 has no responseType; one that appears anyway is read as 1.1 wrote it.
    _V11.response_type,
    ("Very Likely", "Likely", "Possible", "Unlikely", "Unknown"),
    _DATETIME_10,
    "YYYY-MM-DDThh:mm:ss[.s]+hh:mm or Z in CAP 1.0",
    True,
    False,
)
NAMESPACES: dict[str, str] = {
    NAMESPACE: "1.2",
    "urn:oasis:names:tc:emergency:cap:1.1": "1.1",
    "urn:oasis:names:tc:emergency:cap:1.0": "1.0",
    "http://www.incident.com/cap/1.0": "1.0",
}
_VERSIONS = {"1.2": _V12, "1.1": _V11, "1.0": _V10}


class _Invalid(Exception):
    """A document that breaks the specification; the message is the reason."""


def decode_cap(document: bytes) -> CapAlert | DecodeError:
    """Decode one CAP alert document (1.2, 1.1 or 1.0). Never raises."""
    raw = bytes(document)
    try:
        root, namespace = _root(raw)
        return _Reader(namespace).alert(root)
    except _Invalid as exc:
        return DecodeError(PROTOCOL, str(exc), raw)
    except Exception as exc:  # a bug must not take the link down; keep the document
        _LOGGER.exception("CAP decoder failed")
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", raw)


decode = decode_cap


def _root(raw: bytes) -> tuple[Element, str]:
    if len(raw) > MAX_DOCUMENT:
        raise _Invalid(f"document of {len(raw)} bytes exceeds the {MAX_DOCUMENT}-byte limit")
    utf32 = utf32_reason(raw)
    if utf32 is not None:
        raise _Invalid(utf32)
    try:
        root = SafeElementTree.fromstring(raw, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        raise _Invalid("refused: the document declares a DTD (entity expansion risk)") from None
    except defusedxml.EntitiesForbidden as exc:
        raise _Invalid(f"refused: the document declares entity {exc.name!r}") from None
    except defusedxml.ExternalReferenceForbidden as exc:
        raise _Invalid(f"refused: external reference to {exc.sysid!r}") from None
    except defusedxml.DefusedXmlException as exc:
        raise _Invalid(f"refused: unsafe XML ({exc})") from None
    except ParseError as exc:
        raise _Invalid(f"not well-formed XML: {exc}") from None
    except (LookupError, ValueError) as exc:
        # expat's unknown-encoding handler: LookupError for a name Python
        # does not know, ValueError for a multi-byte one (UTF-32).
        raise _Invalid(unreadable_encoding(raw, exc)) from None
    if root.tag[:1] == "{":
        namespace = root.tag[1:].partition("}")[0]
        if namespace in NAMESPACES and root.tag == "{" + namespace + "}alert":
            return root, namespace
    if root.tag.endswith("}alert") or root.tag == "alert":
        namespace = root.tag[1:].partition("}")[0] if root.tag[0] == "{" else "none"
        known = ", ".join(repr(n) for n in NAMESPACES)
        raise _Invalid(f"not a CAP alert: namespace {namespace!r}, expected one of {known}")
    raise _Invalid(f"not a CAP alert: root element is {root.tag!r}")


def unreadable_encoding(raw: bytes, exc: Exception) -> str:
    """The one-line reason for an XML document whose declared encoding expat cannot read."""
    match = _DECLARED_ENCODING.match(raw[:200])
    name = match.group(1).decode("ascii", "backslashreplace") if match else "?"
    return f"unsupported XML encoding {name!r} ({exc}); use UTF-8"


def utf32_reason(raw: bytes) -> str | None:
    """The reason for a document that is UTF-32 text (expat reads no UTF-32), else None.

    Found by its first four bytes (a byte order mark, or ``<`` in either byte
    order, XML 1.0 appendix F), so that it is refused as what it is rather
    than as "not well-formed".
    """
    if raw[:4] in _UTF32_STARTS:
        return "unsupported XML encoding: the document is UTF-32 text; use UTF-8"
    return None


def _tokens(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(quoted or plain for quoted, plain in _TOKENS.findall(value))


def _identifier(value: str, tag: str) -> str:
    if _BAD_ID.search(value):
        raise _Invalid(f"alert: <{tag}> {value!r} must not contain spaces, commas, '<' or '&'")
    return value


def _enum(value: str, allowed: tuple[str, ...], tag: str, where: str) -> str:
    if value not in allowed:
        raise _Invalid(f"{where}: <{tag}> {value!r} is not one of {', '.join(allowed)}")
    return value


def _point(text: str, where: str) -> tuple[float, float]:
    lat_text, comma, lon_text = text.partition(",")
    try:
        if not comma:
            raise NumberError
        lat, lon = parse_decimal(lat_text), parse_decimal(lon_text)
    except NumberError:
        raise _Invalid(f"{where}: {shown(text)} is not a 'lat,lon' point") from None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise _Invalid(f"{where}: point {shown(text)} is outside WGS 84 ranges")
    return lat, lon


def _polygon(text: str, where: str) -> tuple[tuple[float, float], ...]:
    points = tuple(_point(p, where) for p in text.split())
    if len(points) < 4:
        raise _Invalid(f"{where}: a polygon needs at least 4 points, got {len(points)}")
    if points[0] != points[-1]:
        raise _Invalid(f"{where}: polygon is not closed (first point != last point)")
    return points


def _circle(text: str, where: str) -> tuple[float, float, float]:
    parts = text.split()
    if len(parts) != 2:
        raise _Invalid(f"{where}: circle {shown(text)} is not 'lat,lon radius_km'")
    lat, lon = _point(parts[0], where)
    try:
        radius = parse_decimal(parts[1], 0.0, MAX_RADIUS_KM, signed=False)
    except NumberError as exc:
        raise _Invalid(f"{where}: circle radius {exc}") from None
    return lat, lon, radius


class _Reader:
    """Reads one document of one CAP version (its namespace and its rules)."""

    __slots__ = ("ns", "version")

    def __init__(self, namespace: str) -> None:
        self.ns = "{" + namespace + "}"
        self.version = _VERSIONS[NAMESPACES[namespace]]

    def all(self, parent: Element, tag: str) -> list[str]:
        return [(child.text or "").strip() for child in parent.findall(self.ns + tag)]

    def one(self, parent: Element, tag: str, where: str, required: bool = False) -> str | None:
        values = self.all(parent, tag)
        if len(values) > 1:
            raise _Invalid(f"{where}: <{tag}> appears {len(values)} times (at most once)")
        if not values or not values[0]:
            if required:
                raise _Invalid(f"{where}: missing required <{tag}>")
            return None
        return values[0]

    def required(self, parent: Element, tag: str, where: str) -> str:
        value = self.one(parent, tag, where, required=True)
        assert value is not None
        return value

    def datetime(self, value: str, tag: str, where: str) -> datetime:
        version = self.version
        if not version.datetime.fullmatch(value):
            raise _Invalid(
                f"{where}: <{tag}> {value!r} is not a CAP dateTime ({version.datetime_form})"
            )
        try:
            return datetime.fromisoformat(value)
        except ValueError as exc:
            raise _Invalid(f"{where}: <{tag}> {value!r}: {exc}") from None

    def optional_time(self, parent: Element, tag: str, where: str) -> datetime | None:
        value = self.one(parent, tag, where)
        return None if value is None else self.datetime(value, tag, where)

    def references(self, value: str | None) -> tuple[CapReference, ...]:
        out = []
        for token in _tokens(value):
            parts = token.split(",")
            if len(parts) != 3 or not parts[0] or not parts[1]:
                raise _Invalid(
                    f"alert: <references> entry {token!r} is not 'sender,identifier,sent'"
                )
            sent = self.datetime(parts[2], "references", "alert")
            out.append(CapReference(parts[0], parts[1], sent))
        return tuple(out)

    def pairs(self, parent: Element, tag: str, where: str) -> tuple[tuple[str, str], ...]:
        out = []
        for index, child in enumerate(parent.findall(self.ns + tag), 1):
            here = f"{where} <{tag}> {index}"
            if self.version.pairs_as_text and child.find(self.ns + "valueName") is None:
                name, equals, value = (child.text or "").strip().partition("=")
                if not equals or not name.strip():
                    raise _Invalid(f"{here}: {shown(child.text or '')} is not 'valueName=value'")
                out.append((name.strip(), value.strip()))
                continue
            name = self.required(child, "valueName", here)
            value = self.one(child, "value", here)
            if not child.findall(self.ns + "value"):
                raise _Invalid(f"{here}: missing required <value>")
            out.append((name, value or ""))
        return tuple(out)

    def alert(self, root: Element) -> CapAlert:
        where = "alert"
        one, required = self.one, self.required
        identifier = _identifier(required(root, "identifier", where), "identifier")
        sender = _identifier(required(root, "sender", where), "sender")
        sent = self.datetime(required(root, "sent", where), "sent", where)
        status = _enum(required(root, "status", where), self.version.status, "status", where)
        msg_type = _enum(required(root, "msgType", where), MSG_TYPE, "msgType", where)
        scope = _enum(required(root, "scope", where), SCOPE, "scope", where)
        restriction = one(root, "restriction", where, required=scope == "Restricted")
        addresses = one(root, "addresses", where, required=scope == "Private")
        infos = tuple(
            self.info(info, f"info {index}")
            for index, info in enumerate(root.findall(self.ns + "info"), 1)
        )
        return CapAlert(
            protocol=PROTOCOL,
            kind="alert",
            identifier=identifier,
            sender=sender,
            sent=sent,
            status=status,
            msg_type=msg_type,
            scope=scope,
            source=one(root, "source", where),
            restriction=restriction,
            addresses=addresses,
            codes=tuple(self.all(root, "code")),
            note=one(root, "note", where),
            references=self.references(one(root, "references", where)),
            incidents=_tokens(one(root, "incidents", where)),
            infos=infos,
            version=self.version.name,
        )

    def info(self, info: Element, where: str) -> CapInfo:
        version, one, required = self.version, self.one, self.required
        categories = tuple(
            _enum(c, version.category, "category", where) for c in self.all(info, "category")
        )
        if not categories:
            raise _Invalid(f"{where}: missing required <category>")
        responses = tuple(
            _enum(r, version.response_type, "responseType", where)
            for r in self.all(info, "responseType")
        )
        certainty = _enum(required(info, "certainty", where), version.certainty, "certainty", where)
        if certainty == "Very Likely":
            certainty = "Likely"  # CAP 1.1 section 3.2.2: treat as equivalent
        fields: dict[str, Any] = {
            "categories": categories,
            "event": required(info, "event", where),
            "urgency": _enum(required(info, "urgency", where), URGENCY, "urgency", where),
            "severity": _enum(required(info, "severity", where), SEVERITY, "severity", where),
            "certainty": certainty,
            "language": one(info, "language", where) or "en-US",
            "response_types": responses,
            "audience": one(info, "audience", where),
            "event_codes": self.pairs(info, "eventCode", where),
            "effective": self.optional_time(info, "effective", where),
            "onset": self.optional_time(info, "onset", where),
            "expires": self.optional_time(info, "expires", where),
            "sender_name": one(info, "senderName", where),
            "headline": one(info, "headline", where),
            "description": one(info, "description", where),
            "instruction": one(info, "instruction", where),
            "web": one(info, "web", where),
            "contact": one(info, "contact", where),
            "parameters": self.pairs(info, "parameter", where),
        }
        for index, resource in enumerate(info.findall(self.ns + "resource"), 1):
            here = f"{where} <resource> {index}"
            required(resource, "resourceDesc", here)
            if version.mime_type_required:
                required(resource, "mimeType", here)
        fields["areas"] = tuple(
            self.area(area, f"{where} <area> {index}")
            for index, area in enumerate(info.findall(self.ns + "area"), 1)
        )
        return CapInfo(**fields)

    def altitude(self, parent: Element, tag: str, where: str) -> float | None:
        value = self.one(parent, tag, where)
        if value is None:
            return None
        try:
            return parse_decimal(value, MIN_ALTITUDE_FT, MAX_ALTITUDE_FT)
        except NumberError as exc:
            raise _Invalid(f"{where}: <{tag}> {exc}") from None

    def area(self, area: Element, where: str) -> CapArea:
        altitude = self.altitude(area, "altitude", where)
        ceiling = self.altitude(area, "ceiling", where)
        if ceiling is not None and altitude is None:
            raise _Invalid(f"{where}: <ceiling> given without <altitude>")
        return CapArea(
            area_desc=self.required(area, "areaDesc", where),
            polygons=tuple(_polygon(p, f"{where} <polygon>") for p in self.all(area, "polygon")),
            circles=tuple(_circle(c, f"{where} <circle>") for c in self.all(area, "circle")),
            geocodes=self.pairs(area, "geocode", where),
            altitude_ft=altitude,
            ceiling_ft=ceiling,
        )
