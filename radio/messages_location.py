"""Caller location messages shared by the ALI, AML and PIDF-LO codecs.

Contract: :class:`CallerLocation` is the one message a caller-location codec
returns, whatever the wire format. It is frozen and slotted like every
message in :mod:`radio.messages` (and has the same ``make`` fast
constructor). Coordinates are WGS84 decimal degrees, ``radius_m`` is the
uncertainty radius in metres (the circle's radius, or an equivalent for
other shapes: see each codec), ``confidence`` is a percentage, ``time`` is
the time the message claims (UTC, ``None`` when it claims none) and never
the receive time. A location may carry a civic address and no coordinates
(a landline ALI record, a civic PIDF-LO), coordinates and no address, both,
or neither (an AML "no location" message).

``altitude_m`` (metres, WGS84 ellipsoidal height for EPSG 4979 shapes, as
the source gives it otherwise) and ``vertical_uncertainty_m`` (the
half-height of the vertical extent around ``altitude_m``: a Sphere's
radius, an Ellipsoid's vertical semi-axis) are set only by sources that
give a third dimension; both were added after the first release, so
``CallerLocation.make`` takes them as optional trailing arguments
(``None``), and ``to_dict()`` shows them only when set.

Mappings are kept as tuples of ``(key, value)`` pairs so that the message
stays hashable and immutable; :meth:`CallerLocation.to_dict` turns them into
JSON objects. Civic address keys are the RFC 5139 / RFC 4776 element names
(``country``, ``A1`` .. ``A6``, ``RD``, ``STS``, ``HNO``, ``HNS``, ``LMK``,
``LOC``, ``FLR``, ``NAM``, ``PC``, ...), whichever protocol they came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from radio.messages import Message, _jsonable, _with_make

Pairs = tuple[tuple[str, Any], ...]


@_with_make
@dataclass(frozen=True, slots=True)
class CallerLocation(Message):
    """Where a caller is, as one source claims it.

    ``source`` is the family (``"ali"``, ``"aml"``, ``"pidf"``); ``protocol``
    the registered protocol name (``"ali"``, ``"aml-sms"``, ``"aml-http"``,
    ``"pidf"``); ``kind`` the form (``"ALI"``, ``"AML-SMS"``, ``"AML-HTTP"``,
    ``"PIDF-LO"``). ``number`` is the caller's number as sent (ANI, MSISDN,
    ``tel:`` URI digits). ``shape`` is ``None`` without coordinates, else a
    GeoShape name (``"Point"``, ``"Circle"``, ``"Ellipse"``, ``"Polygon"``,
    ``"ArcBand"``, ``"Sphere"``, ``"Ellipsoid"``, ``"Prism"``) whose own
    parameters are in ``shape_params``. ``extras`` holds protocol-specific
    values (ESN, pANI, IMEI, ...) and ``warnings`` anything odd that did not
    make the message unusable (an unknown class of service, a missing
    optional field).
    """

    protocol: str
    kind: str
    source: str
    number: str | None = None
    lat: float | None = None
    lon: float | None = None
    radius_m: float | None = None
    confidence: float | None = None
    shape: str | None = None
    shape_params: Pairs = ()
    civic: Pairs = ()
    time: datetime | None = None
    class_of_service: str | None = None
    method: str | None = None
    extras: Pairs = ()
    warnings: tuple[str, ...] = ()
    altitude_m: float | None = None
    vertical_uncertainty_m: float | None = None

    @property
    def has_position(self) -> bool:
        """True if the message carries coordinates."""
        return self.lat is not None and self.lon is not None

    def civic_address(self) -> dict[str, str]:
        """The civic address as a dict (empty when there is none)."""
        return dict(self.civic)

    def params(self) -> dict[str, Any]:
        """The shape's own parameters as a dict."""
        return dict(self.shape_params)

    def extra(self, name: str, default: Any = None) -> Any:
        """One protocol-specific value, or ``default``."""
        for key, value in self.extras:
            if key == name:
                return value
        return default

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "protocol": self.protocol,
            "kind": self.kind,
            "source": self.source,
        }
        for name in (
            "number",
            "lat",
            "lon",
            "radius_m",
            "confidence",
            "shape",
            "time",
            "class_of_service",
            "method",
            "altitude_m",
            "vertical_uncertainty_m",
        ):
            value = getattr(self, name)
            if value is not None:
                out[name] = _jsonable(value)
        for name in ("shape_params", "civic", "extras"):
            pairs = getattr(self, name)
            if pairs:
                out[name] = {key: _jsonable(value) for key, value in pairs}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


# Fields added after the first release are optional trailing arguments of
# ``make`` too, so that callers written before them keep working.
CallerLocation.make.__func__.__defaults__ = (None, None)  # type: ignore[attr-defined]


@_with_make
@dataclass(frozen=True, slots=True)
class PidfDocument(Message):
    """A whole PIDF-LO document: every location it holds, in document order.

    The registry's ``decode`` returns one message per frame; a PIDF-LO
    document may hold several locations (tuples, devices, persons, several
    shapes), and some of them may be unusable. ``locations`` holds the good
    ones, ``errors`` the reasons the others were rejected.
    """

    protocol: str
    kind: str
    entity: str | None = None
    locations: tuple[CallerLocation, ...] = ()
    errors: tuple[str, ...] = ()

    def parts(self) -> tuple[tuple[CallerLocation, ...], tuple[str, ...]]:
        """The document's locations and the reasons others failed (see ``Message``)."""
        return self.locations, self.errors

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"protocol": self.protocol, "kind": self.kind}
        if self.entity is not None:
            out["entity"] = self.entity
        out["locations"] = [location.to_dict() for location in self.locations]
        if self.errors:
            out["errors"] = list(self.errors)
        return out
