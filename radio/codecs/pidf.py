"""NENA i3 / IETF PIDF-LO location objects (RFC 4119, RFC 5491, RFC 7459).

Role: turn a PIDF-LO document (the body a SIP INVITE or a HELD response
carries) into :class:`~radio.messages_location.CallerLocation` messages.

Contract:

- :func:`decode_pidf(document) <decode_pidf>` never raises. A document that
  cannot be read at all (not XML, hostile XML, not a ``<presence>``, too
  big) gives one :class:`~radio.messages.DecodeError`; otherwise a list with
  one entry per location, in document order: a ``CallerLocation`` or a
  ``DecodeError`` naming what was wrong with that one (an unknown shape, a
  malformed coordinate). Locations sit in ``<tuple>``, ``<dm:device>`` and
  ``<dm:person>`` elements; each ``<gp:location-info>`` gives one location
  per geodetic shape (see :mod:`radio.codecs.pidf_shapes`), each carrying
  the civic address of the same location-info if any, or one civic-only
  location.
- The XML is parsed with defusedxml and no DTD is allowed at all, so entity
  expansion (billion laughs), external entities and external DTDs are
  rejected before anything is expanded or fetched; nothing touches the
  network. A document in or declaring an encoding expat cannot read
  (``UTF-32``, an unknown name) is one ``DecodeError`` with a one-line
  reason.
- Shapes in three dimensions (RFC 5491 section 5.2: a Point with three
  coordinates, Sphere, Ellipsoid, Prism, EPSG 4979) keep ``lat``/``lon``
  and the horizontal ``radius_m`` as their 2D counterparts do, plus
  ``altitude_m`` and ``vertical_uncertainty_m`` (see
  :mod:`radio.codecs.pidf_shapes` for each shape). Every number must be
  finite and within its bounds, or that location is a ``DecodeError``.
- ``confidence`` is ``con:confidence`` (RFC 7459) in percent; without one, a
  shape with an uncertainty region gets 95 (RFC 5491 section 5 requires
  shapes to be expressed at 95% confidence) and the extra
  ``confidence_assumed=True``; a Point or a civic address gets none.
  ``method`` is ``gp:method``, ``time`` the tuple's ``<timestamp>`` (or
  ``dm:timestamp``), ``number`` the ``tel:``/``sip:`` number of the
  presentity (``entity``) or of the device's ``dm:deviceID``.
- :func:`decode_pidf_frame` wraps the result in one
  :class:`~radio.messages_location.PidfDocument` for the protocol registry
  (a ``DecodeError`` when no location could be decoded);
  :func:`encode_pidf` builds a one-tuple document for simulators and tests.
"""

from __future__ import annotations

import logging
import math
import re
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from radio.codecs.cap import unreadable_encoding, utf32_reason
from radio.codecs.pidf_shapes import GML, GS, SHAPE_NAMESPACES, Shape, ShapeError, read_shape
from radio.messages import DecodeError
from radio.messages_location import CallerLocation, PidfDocument

__all__ = ["MAX_DOCUMENT", "PROTOCOL", "decode_pidf", "decode_pidf_frame", "encode_pidf"]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "pidf"
MAX_DOCUMENT = 256 * 1024

PIDF = "urn:ietf:params:xml:ns:pidf"
DM = "urn:ietf:params:xml:ns:pidf:data-model"
GP = "urn:ietf:params:xml:ns:pidf:geopriv10"
CA = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
CA_OLD = "urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc"  # a common misspelling
CON = "urn:ietf:params:xml:ns:geopriv:conf"

_OWNERS = {f"{{{PIDF}}}tuple": "tuple", f"{{{DM}}}device": "device", f"{{{DM}}}person": "person"}
_TEL = re.compile(r"(?:tel|sip|sips):(\+?[0-9][0-9().-]*)")
_PDFS = frozenset({"unknown", "normal", "rectangular"})

Result = list[CallerLocation | DecodeError] | DecodeError


def decode_pidf(document: bytes) -> Result:
    """Decode every location of a PIDF-LO document. Never raises."""
    if type(document) is not bytes:
        document = bytes(document)
    try:
        return _decode(document)
    except Exception as exc:  # a bug must not take the link down; keep the document
        _LOGGER.exception("PIDF-LO decoder failed on %r", document[:200])
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", document)


def decode_pidf_frame(frame: bytes) -> PidfDocument | DecodeError:
    """One message per document, for the protocol registry. Never raises."""
    result = decode_pidf(frame)
    if isinstance(result, DecodeError):
        return result
    good = tuple(item for item in result if isinstance(item, CallerLocation))
    errors = tuple(item.reason for item in result if isinstance(item, DecodeError))
    if not good:
        reason = "; ".join(errors) if errors else "no location in document"
        return DecodeError(PROTOCOL, reason, bytes(frame))
    entity = good[0].extra("entity")
    return PidfDocument.make(PROTOCOL, "PIDF-LO", entity, good, errors)  # type: ignore[attr-defined]


def _decode(document: bytes) -> Result:
    if len(document) > MAX_DOCUMENT:
        return DecodeError(
            PROTOCOL, f"document too large: {len(document)} bytes (limit {MAX_DOCUMENT})", document
        )
    utf32 = utf32_reason(document)
    if utf32 is not None:
        return DecodeError(PROTOCOL, utf32, document)
    try:
        root = SafeET.fromstring(document, forbid_dtd=True)
    except DTDForbidden:
        return DecodeError(
            PROTOCOL, "hostile or unsupported XML: a DTD is not allowed in PIDF-LO", document
        )
    except EntitiesForbidden as exc:
        return DecodeError(PROTOCOL, f"hostile XML: entity declaration {exc.name!r}", document)
    except ExternalReferenceForbidden:
        return DecodeError(PROTOCOL, "hostile XML: external reference", document)
    except DefusedXmlException as exc:
        return DecodeError(PROTOCOL, f"hostile or unsupported XML: {exc}", document)
    except ParseError as exc:
        return DecodeError(PROTOCOL, f"not well-formed XML: {exc}", document)
    except (LookupError, ValueError) as exc:
        # expat's unknown-encoding handler: LookupError for a name Python
        # does not know, ValueError for a multi-byte one (UTF-32).
        return DecodeError(PROTOCOL, unreadable_encoding(document, exc), document)
    if root.tag != f"{{{PIDF}}}presence":
        return DecodeError(PROTOCOL, f"not a PIDF document: root element is {root.tag!r}", document)
    entity = root.get("entity")
    results: list[CallerLocation | DecodeError] = []
    for owner in root:
        kind = _OWNERS.get(owner.tag)
        if kind is None:
            continue
        context = _Context(owner, kind, entity)
        for geopriv in owner.iter(f"{{{GP}}}geopriv"):
            results.extend(context.locations(geopriv, document))
    if not results:
        return DecodeError(PROTOCOL, "no gp:geopriv location in document", document)
    return results


class _Context:
    """What a tuple, device or person says about all its locations."""

    __slots__ = ("entity", "extras", "number", "time", "time_error")

    def __init__(self, owner: Element, kind: str, entity: str | None) -> None:
        self.entity = entity
        device_id = owner.findtext(f"{{{DM}}}deviceID")
        stamp = owner.findtext(f"{{{PIDF}}}timestamp")
        if stamp is None:
            stamp = owner.findtext(f"{{{DM}}}timestamp")
        self.time: datetime | None = None
        self.time_error: str | None = None
        if stamp is not None and stamp.strip():
            try:
                self.time = _timestamp(stamp)
            except ValueError:
                self.time_error = f"timestamp {stamp.strip()[:40]!r} is not an ISO 8601 time"
            except OverflowError:  # year 1 or 9999 pushed past the calendar by its offset
                self.time_error = f"timestamp {stamp.strip()[:40]!r} is out of range in UTC"
        self.number = _number(entity) or _number(device_id)
        extras: list[tuple[str, Any]] = [("element", kind)]
        if owner.get("id"):
            extras.append(("id", owner.get("id")))
        if entity:
            extras.append(("entity", entity))
        if device_id and device_id.strip():
            extras.append(("device_id", device_id.strip()))
        self.extras = tuple(extras)

    def locations(self, geopriv: Element, raw: bytes) -> list[CallerLocation | DecodeError]:
        where = f"{self.extras[0][1]} {self.extra_id}".strip()
        if self.time_error:
            return [DecodeError(PROTOCOL, f"{where}: {self.time_error}", raw)]
        info = geopriv.find(f"{{{GP}}}location-info")
        if info is None:
            return [DecodeError(PROTOCOL, f"{where}: gp:geopriv without gp:location-info", raw)]
        method = (geopriv.findtext(f"{{{GP}}}method") or "").strip() or None
        shapes: list[Shape | DecodeError] = []
        civic: tuple[tuple[str, str], ...] = ()
        confidence: float | None = None
        pdf: str | None = None
        warnings: list[str] = []
        for child in info:
            namespace = child.tag[1:].partition("}")[0] if child.tag.startswith("{") else ""
            if namespace in SHAPE_NAMESPACES:
                try:
                    shapes.append(read_shape(child))
                except ShapeError as exc:
                    shapes.append(DecodeError(PROTOCOL, f"{where}: {exc}", raw))
            elif namespace in (CA, CA_OLD):
                if namespace == CA_OLD:
                    warnings.append("civic address in the misspelt civicLoc namespace")
                civic = _civic(child)
            elif namespace == CON:
                try:
                    confidence, pdf = _confidence(child)
                except ValueError as exc:
                    return [DecodeError(PROTOCOL, f"{where}: {exc}", raw)]
            else:
                warnings.append(f"ignored element {child.tag!r} in location-info")
        if not shapes and not civic:
            return [DecodeError(PROTOCOL, f"{where}: location-info holds no location", raw)]
        if not shapes:
            return [self._make(None, civic, None, None, method, warnings)]
        out: list[CallerLocation | DecodeError] = []
        for shape in shapes:
            if isinstance(shape, DecodeError):
                out.append(shape)
            else:
                out.append(self._make(shape, civic, confidence, pdf, method, warnings))
        return out

    @property
    def extra_id(self) -> str:
        for key, value in self.extras:
            if key == "id":
                return repr(value)
        return ""

    def _make(
        self,
        shape: Shape | None,
        civic: tuple[tuple[str, str], ...],
        confidence: float | None,
        pdf: str | None,
        method: str | None,
        warnings: list[str],
    ) -> CallerLocation:
        extras = self.extras
        if pdf is not None:
            extras += (("pdf", pdf),)
        if shape is None:
            return CallerLocation.make(  # type: ignore[attr-defined]
                PROTOCOL, "PIDF-LO", "pidf", self.number, None, None, None, None, None, (),
                civic, self.time, None, method, extras, tuple(warnings),
            )  # fmt: skip
        if confidence is None and shape.radius_m is not None:
            confidence = 95.0
            extras += (("confidence_assumed", True),)
        return CallerLocation.make(  # type: ignore[attr-defined]
            PROTOCOL, "PIDF-LO", "pidf", self.number, shape.lat, shape.lon, shape.radius_m,
            confidence, shape.name, shape.params, civic, self.time, None, method, extras,
            tuple(warnings), shape.altitude_m, shape.vertical_m,
        )  # fmt: skip


def _number(uri: str | None) -> str | None:
    if not uri:
        return None
    match = _TEL.match(uri.strip())
    if match is None:
        return None
    digits = re.sub(r"[().-]", "", match.group(1))
    return digits if sum(ch.isdigit() for ch in digits) >= 3 else None


def _timestamp(text: str) -> datetime:
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _civic(element: Element) -> tuple[tuple[str, str], ...]:
    pairs = []
    for child in element:
        text = (child.text or "").strip()
        if text:
            pairs.append((child.tag.rpartition("}")[2], text))
    return tuple(pairs)


def _confidence(element: Element) -> tuple[float, str]:
    text = (element.text or "").strip()
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"con:confidence {text[:20]!r} is not a number") from None
    if not math.isfinite(value) or not 0 < value <= 100:
        raise ValueError(f"con:confidence {value} is not a percentage in (0, 100]")
    pdf = element.get("pdf", "unknown")
    if pdf not in _PDFS:
        raise ValueError(f"con:confidence pdf {pdf!r} is not unknown, normal or rectangular")
    return value, pdf


def encode_pidf(record: CallerLocation, entity: str | None = None) -> bytes:
    """A one-tuple PIDF-LO document: a Point or Circle (from ``radius_m``) and/or civic."""
    presentity = entity or (f"tel:{record.number}" if record.number else "pres:unknown@invalid")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<presence xmlns="{PIDF}" xmlns:gp="{GP}" xmlns:gml="{GML}" xmlns:gs="{GS}"'
        f' xmlns:ca="{CA}" xmlns:con="{CON}"'
        f" entity={quoteattr(presentity)}>",
        '<tuple id="t1"><status><gp:geopriv><gp:location-info>',
    ]
    if record.lat is not None and record.lon is not None:
        pos = f"<gml:pos>{record.lat:.6f} {record.lon:.6f}</gml:pos>"
        if record.radius_m is not None:
            parts.append(
                f'<gs:Circle srsName="urn:ogc:def:crs:EPSG::4326">{pos}'
                f'<gs:radius uom="urn:ogc:def:uom:EPSG::9001">{record.radius_m:g}</gs:radius>'
                "</gs:Circle>"
            )
        else:
            parts.append(f'<gml:Point srsName="urn:ogc:def:crs:EPSG::4326">{pos}</gml:Point>')
        if record.confidence is not None:
            parts.append(f'<con:confidence pdf="normal">{record.confidence:g}</con:confidence>')
    if record.civic:
        parts.append("<ca:civicAddress>")
        parts += [f"<ca:{key}>{escape(str(value))}</ca:{key}>" for key, value in record.civic]
        parts.append("</ca:civicAddress>")
    parts.append("</gp:location-info><gp:usage-rules/>")
    if record.method:
        parts.append(f"<gp:method>{escape(record.method)}</gp:method>")
    parts.append("</gp:geopriv></status>")
    if record.time is not None:
        parts.append(f"<timestamp>{record.time.astimezone(UTC).isoformat()}</timestamp>")
    parts.append("</tuple></presence>")
    return "".join(parts).encode("utf-8")
