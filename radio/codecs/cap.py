"""OASIS Common Alerting Protocol (CAP) 1.2 codec.

Role: turn one CAP 1.2 XML document (an HTTP body, a file, a feed entry)
into a :class:`~radio.messages_sensor.CapAlert`.

Contract:

- :func:`decode_cap` (alias :func:`decode` for the protocol registry)
  never raises; anything it cannot accept is a
  :class:`~radio.messages.DecodeError` with the reason.
- Hostile XML is refused before any content is read: the document is parsed
  with defusedxml with DTDs forbidden, so no entity is declared or expanded
  (billion laughs), no external entity or DTD is resolved and nothing is
  fetched from the network. Documents over :data:`MAX_DOCUMENT` bytes are
  refused unread.
- Validation follows the CAP 1.2 specification and its schema by hand (the
  schema is not shipped): required elements present and not repeated
  (alert: identifier, sender, sent, status, msgType, scope; info: category,
  event, urgency, severity, certainty; area: areaDesc; resource:
  resourceDesc, mimeType; parameter/eventCode/geocode: valueName, value),
  every enumeration, the CAP dateTime form with an explicit offset,
  ``restriction`` for Restricted and ``addresses`` for Private scope,
  identifier/sender without spaces or commas, polygons of at least four
  points forming a closed ring, circles, ``ceiling`` only with
  ``altitude``. Elements the console does not use (resources' content,
  signatures, other namespaces) are checked where required and otherwise
  ignored. Status Exercise, System, Test and Draft are kept as sent: the
  consumer decides what they mean.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree as SafeElementTree

from radio.messages import DecodeError
from radio.messages_sensor import CapAlert, CapArea, CapInfo, CapReference

__all__ = ["MAX_DOCUMENT", "NAMESPACE", "PROTOCOL", "decode", "decode_cap"]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "cap"
NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
MAX_DOCUMENT = 1 << 20

_NS = "{" + NAMESPACE + "}"

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
# Space-delimited values; a value holding spaces is double-quoted (addresses, incidents).
_TOKENS = re.compile(r'"([^"]*)"|(\S+)')
_BAD_ID = re.compile(r"[\s,<&]")


class _Invalid(Exception):
    """A document that breaks the specification; the message is the reason."""


def decode_cap(document: bytes) -> CapAlert | DecodeError:
    """Decode one CAP 1.2 alert document. Never raises."""
    raw = bytes(document)
    try:
        return _alert(_root(raw))
    except _Invalid as exc:
        return DecodeError(PROTOCOL, str(exc), raw)
    except Exception as exc:  # a bug must not take the link down; keep the document
        _LOGGER.exception("CAP decoder failed")
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", raw)


decode = decode_cap


def _root(raw: bytes) -> Element:
    if len(raw) > MAX_DOCUMENT:
        raise _Invalid(f"document of {len(raw)} bytes exceeds the {MAX_DOCUMENT}-byte limit")
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
    if root.tag != _NS + "alert":
        if root.tag.endswith("}alert") or root.tag == "alert":
            namespace = root.tag[1:].partition("}")[0] if root.tag[0] == "{" else "none"
            raise _Invalid(f"not a CAP 1.2 alert: namespace {namespace!r}, expected {NAMESPACE!r}")
        raise _Invalid(f"not a CAP alert: root element is {root.tag!r}")
    return root


def _all(parent: Element, tag: str) -> list[str]:
    return [(child.text or "").strip() for child in parent.findall(_NS + tag)]


def _one(parent: Element, tag: str, where: str, required: bool = False) -> str | None:
    values = _all(parent, tag)
    if len(values) > 1:
        raise _Invalid(f"{where}: <{tag}> appears {len(values)} times (at most once)")
    if not values or not values[0]:
        if required:
            raise _Invalid(f"{where}: missing required <{tag}>")
        return None
    return values[0]


def _required(parent: Element, tag: str, where: str) -> str:
    value = _one(parent, tag, where, required=True)
    assert value is not None
    return value


def _enum(value: str, allowed: tuple[str, ...], tag: str, where: str) -> str:
    if value not in allowed:
        raise _Invalid(f"{where}: <{tag}> {value!r} is not one of {', '.join(allowed)}")
    return value


def _datetime(value: str, tag: str, where: str) -> datetime:
    if not _DATETIME.fullmatch(value):
        raise _Invalid(
            f"{where}: <{tag}> {value!r} is not a CAP dateTime (YYYY-MM-DDThh:mm:ss+hh:mm)"
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise _Invalid(f"{where}: <{tag}> {value!r}: {exc}") from None


def _optional_time(parent: Element, tag: str, where: str) -> datetime | None:
    value = _one(parent, tag, where)
    return None if value is None else _datetime(value, tag, where)


def _identifier(value: str, tag: str) -> str:
    if _BAD_ID.search(value):
        raise _Invalid(f"alert: <{tag}> {value!r} must not contain spaces, commas, '<' or '&'")
    return value


def _tokens(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(quoted or plain for quoted, plain in _TOKENS.findall(value))


def _references(value: str | None) -> tuple[CapReference, ...]:
    out = []
    for token in _tokens(value):
        parts = token.split(",")
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise _Invalid(f"alert: <references> entry {token!r} is not 'sender,identifier,sent'")
        sent = _datetime(parts[2], "references", "alert")
        out.append(CapReference(parts[0], parts[1], sent))
    return tuple(out)


def _pairs(parent: Element, tag: str, where: str) -> tuple[tuple[str, str], ...]:
    out = []
    for index, child in enumerate(parent.findall(_NS + tag), 1):
        here = f"{where} <{tag}> {index}"
        name = _required(child, "valueName", here)
        value = _one(child, "value", here)
        if not child.findall(_NS + "value"):
            raise _Invalid(f"{here}: missing required <value>")
        out.append((name, value or ""))
    return tuple(out)


def _alert(root: Element) -> CapAlert:
    where = "alert"
    identifier = _identifier(_required(root, "identifier", where), "identifier")
    sender = _identifier(_required(root, "sender", where), "sender")
    sent = _datetime(_required(root, "sent", where), "sent", where)
    status = _enum(_required(root, "status", where), STATUS, "status", where)
    msg_type = _enum(_required(root, "msgType", where), MSG_TYPE, "msgType", where)
    scope = _enum(_required(root, "scope", where), SCOPE, "scope", where)
    restriction = _one(root, "restriction", where, required=scope == "Restricted")
    addresses = _one(root, "addresses", where, required=scope == "Private")
    infos = tuple(
        _info(info, f"info {index}") for index, info in enumerate(root.findall(_NS + "info"), 1)
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
        source=_one(root, "source", where),
        restriction=restriction,
        addresses=addresses,
        codes=tuple(_all(root, "code")),
        note=_one(root, "note", where),
        references=_references(_one(root, "references", where)),
        incidents=_tokens(_one(root, "incidents", where)),
        infos=infos,
    )


def _info(info: Element, where: str) -> CapInfo:
    categories = tuple(_enum(c, CATEGORY, "category", where) for c in _all(info, "category"))
    if not categories:
        raise _Invalid(f"{where}: missing required <category>")
    responses = tuple(
        _enum(r, RESPONSE_TYPE, "responseType", where) for r in _all(info, "responseType")
    )
    fields: dict[str, Any] = {
        "categories": categories,
        "event": _required(info, "event", where),
        "urgency": _enum(_required(info, "urgency", where), URGENCY, "urgency", where),
        "severity": _enum(_required(info, "severity", where), SEVERITY, "severity", where),
        "certainty": _enum(_required(info, "certainty", where), CERTAINTY, "certainty", where),
        "language": _one(info, "language", where) or "en-US",
        "response_types": responses,
        "audience": _one(info, "audience", where),
        "event_codes": _pairs(info, "eventCode", where),
        "effective": _optional_time(info, "effective", where),
        "onset": _optional_time(info, "onset", where),
        "expires": _optional_time(info, "expires", where),
        "sender_name": _one(info, "senderName", where),
        "headline": _one(info, "headline", where),
        "description": _one(info, "description", where),
        "instruction": _one(info, "instruction", where),
        "web": _one(info, "web", where),
        "contact": _one(info, "contact", where),
        "parameters": _pairs(info, "parameter", where),
    }
    for index, resource in enumerate(info.findall(_NS + "resource"), 1):
        here = f"{where} <resource> {index}"
        _required(resource, "resourceDesc", here)
        _required(resource, "mimeType", here)
    fields["areas"] = tuple(
        _area(area, f"{where} <area> {index}")
        for index, area in enumerate(info.findall(_NS + "area"), 1)
    )
    return CapInfo(**fields)


def _point(text: str, where: str) -> tuple[float, float]:
    lat_text, comma, lon_text = text.partition(",")
    try:
        if not comma:
            raise ValueError
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise _Invalid(f"{where}: {text!r} is not a 'lat,lon' point") from None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise _Invalid(f"{where}: point {text!r} is outside WGS 84 ranges")
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
        raise _Invalid(f"{where}: circle {text!r} is not 'lat,lon radius_km'")
    lat, lon = _point(parts[0], where)
    try:
        radius = float(parts[1])
    except ValueError:
        raise _Invalid(f"{where}: circle radius {parts[1]!r} is not a number") from None
    if not radius >= 0.0:
        raise _Invalid(f"{where}: circle radius {parts[1]!r} is negative")
    return lat, lon, radius


def _decimal(parent: Element, tag: str, where: str) -> float | None:
    value = _one(parent, tag, where)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise _Invalid(f"{where}: <{tag}> {value!r} is not a number") from None


def _area(area: Element, where: str) -> CapArea:
    altitude = _decimal(area, "altitude", where)
    ceiling = _decimal(area, "ceiling", where)
    if ceiling is not None and altitude is None:
        raise _Invalid(f"{where}: <ceiling> given without <altitude>")
    return CapArea(
        area_desc=_required(area, "areaDesc", where),
        polygons=tuple(_polygon(p, f"{where} <polygon>") for p in _all(area, "polygon")),
        circles=tuple(_circle(c, f"{where} <circle>") for c in _all(area, "circle")),
        geocodes=_pairs(area, "geocode", where),
        altitude_ft=altitude,
        ceiling_ft=ceiling,
    )
