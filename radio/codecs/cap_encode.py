"""OASIS CAP 1.2 encoder for simulators, drills and tests.

Role: the reverse of :mod:`radio.codecs.cap` for the common case: one
``<alert>`` with one ``<info>`` and at most one ``<area>`` (polygons and/or
circles), which :func:`radio.codecs.cap.decode_cap` reads back.

Contract: :func:`encode_cap` returns the UTF-8 document as ``bytes``. Values
are XML-escaped; ``sent`` must be timezone-aware and is written in the CAP
dateTime form (seconds, explicit offset). Enumerations (status, msgType,
scope, category, urgency, severity, certainty) are checked against the
decoder's own lists and polygons must be closed rings of at least four
points; anything else raises ``ValueError``: encoders serve our own code, so
wrong input is a programming error.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from radio.codecs.cap import (
    CATEGORY,
    CERTAINTY,
    MSG_TYPE,
    NAMESPACE,
    SCOPE,
    SEVERITY,
    STATUS,
    URGENCY,
)

__all__ = ["encode_cap"]


def _choice(what: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _token(what: str, value: str) -> str:
    if not value or any(ch.isspace() or ch in ",<&" for ch in value):
        raise ValueError(f"{what} must be non-empty without blanks, commas, < or &: {value!r}")
    return value


def _datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("sent must be timezone-aware")
    text = value.replace(microsecond=0).isoformat()
    return text.replace("+00:00", "-00:00") if text.endswith("+00:00") else text


def _polygon(points: Sequence[Sequence[float]]) -> str:
    ring = [(float(p[0]), float(p[1])) for p in points]
    if len(ring) < 4 or ring[0] != ring[-1]:
        raise ValueError("a CAP polygon is a closed ring of at least four lat,lon points")
    return " ".join(f"{lat:.6f},{lon:.6f}" for lat, lon in ring)


def encode_cap(
    *,
    identifier: str,
    sender: str,
    sent: datetime,
    status: str,
    msg_type: str,
    event: str,
    urgency: str,
    severity: str,
    certainty: str,
    category: str = "Safety",
    scope: str = "Public",
    headline: str | None = None,
    description: str | None = None,
    area_desc: str = "Area",
    polygons: Sequence[Sequence[Sequence[float]]] = (),
    circles: Sequence[tuple[float, float, float]] = (),
    note: str | None = None,
    references: Sequence[tuple[str, str, datetime]] = (),
) -> bytes:
    """One CAP 1.2 alert with one info block; ``circles`` are (lat, lon, radius km).

    ``references`` are the (sender, identifier, sent) of earlier messages an
    Update or Cancel refers to.
    """
    if scope != "Public":
        raise ValueError("only Public scope is encoded (Restricted/Private need more fields)")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<alert xmlns="{NAMESPACE}">',
        f"<identifier>{escape(_token('identifier', identifier))}</identifier>",
        f"<sender>{escape(_token('sender', sender))}</sender>",
        f"<sent>{_datetime(sent)}</sent>",
        f"<status>{_choice('status', status, STATUS)}</status>",
        f"<msgType>{_choice('msg_type', msg_type, MSG_TYPE)}</msgType>",
        f"<scope>{_choice('scope', scope, SCOPE)}</scope>",
    ]
    if note:
        parts.append(f"<note>{escape(note)}</note>")
    if references:
        refs = " ".join(
            f"{_token('sender', s)},{_token('identifier', i)},{_datetime(t)}"
            for s, i, t in references
        )
        parts.append(f"<references>{escape(refs)}</references>")
    parts += [
        "<info>",
        f"<category>{_choice('category', category, CATEGORY)}</category>",
        f"<event>{escape(event)}</event>",
        f"<urgency>{_choice('urgency', urgency, URGENCY)}</urgency>",
        f"<severity>{_choice('severity', severity, SEVERITY)}</severity>",
        f"<certainty>{_choice('certainty', certainty, CERTAINTY)}</certainty>",
    ]
    if headline:
        parts.append(f"<headline>{escape(headline)}</headline>")
    if description:
        parts.append(f"<description>{escape(description)}</description>")
    if polygons or circles:
        parts.append(f"<area><areaDesc>{escape(area_desc)}</areaDesc>")
        parts += [f"<polygon>{_polygon(p)}</polygon>" for p in polygons]
        parts += [f"<circle>{lat:.6f},{lon:.6f} {km:g}</circle>" for lat, lon, km in circles]
        parts.append("</area>")
    parts += ["</info>", "</alert>"]
    return "\n".join(parts).encode("utf-8")
