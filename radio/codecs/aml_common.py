"""Helpers shared by the AML SMS and HTTPS codecs (:mod:`radio.codecs.aml`).

Contract: internal to the AML codecs. :class:`AmlError` carries a reason
that names the field; the public decoders turn it into a ``DecodeError``.
:func:`make_location` builds the ``CallerLocation`` every form returns (SMS
v1 and v2, HTTPS).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from radio.messages_location import CallerLocation

_NON_PRINTABLE = re.compile(rb"[^\x20-\x7e]")


class AmlError(ValueError):
    """A field of an AML message is missing or malformed; the message names it."""


def printable(data: bytes) -> bool:
    """True if ``data`` is printable ASCII only."""
    return _NON_PRINTABLE.search(data) is None


def make_location(
    protocol: str,
    kind: str,
    number: str | None,
    lat: float | None,
    lon: float | None,
    radius: float | None,
    confidence: float | None,
    when: datetime | None,
    method: str | None,
    civic: tuple[tuple[str, Any], ...],
    extras: tuple[tuple[str, Any], ...],
    warnings: list[str],
    altitude: float | None = None,
    vertical: float | None = None,
) -> CallerLocation:
    """The message for either form: a Circle with a radius, a Point with none or 0."""
    shape = None
    params: tuple[tuple[str, Any], ...] = ()
    if lat is not None and lon is not None:
        if radius:
            shape, params = "Circle", (("radius", radius), ("uom", "m"))
        else:
            shape, radius = "Point", None
    else:
        radius = None
        warnings.append("no location (the handset had no fix)")
    return CallerLocation.make(  # type: ignore[attr-defined]
        protocol, kind, "aml", number, lat, lon, radius, confidence, shape, params, civic,
        when, None, method, extras, tuple(warnings), altitude, vertical,
    )  # fmt: skip
