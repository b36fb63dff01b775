"""Scenario injections -> wire bytes, with radio's own encoders.

Contract: every function here builds the bytes a real sender would put on
the wire, using the encoder that lives beside each decoder in ``radio`` (ALI
records in the site's record layout, AML HTTPS bodies, PIDF-LO documents,
NMEA RMC with a TAG block naming the unit, ASTERIX CAT048, NMEA ARPA TTM/TLL,
zone-alarm lines in the default grammar, CAP 1.2): no protocol logic is
written twice. ``field(injection, name, default)`` reads an injection's
value whether the scenario loader gives plain ``fields`` or typed
attributes. A caller location becomes a :class:`Wire` (which feed, bytes,
HTTP route and content type, a one-line summary for ``drill.injected``).
CAP alerts always carry ``<status>Exercise</status>``, whatever the scenario
says. Radar positions are converted to range/bearing from the sensor on the
WGS84 ellipsoid (the inverse of what the console does on receipt).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pyproj import Geod

from models.sensors.config import Sensor
from radio.codecs.ali import encode_ali
from radio.codecs.ali_profile import DEFAULT_PROFILE, AliProfile
from radio.codecs.aml_http import encode_aml_http
from radio.codecs.asterix import encode_block
from radio.codecs.cap_encode import encode_cap
from radio.codecs.nmea_encode import encode_rmc, encode_tll, encode_ttm, with_tag_block
from radio.codecs.pidf import encode_pidf
from radio.codecs.zone_alarm import encode_zone_alarm
from radio.messages_location import CallerLocation

__all__ = [
    "CAP_SENDER",
    "Wire",
    "avl_fix",
    "caller_location",
    "cap_document",
    "field",
    "radar_report",
    "zone_alarm_line",
]

CAP_SENDER = "drill@dispatch-console.invalid"
MPS_PER_KNOT = 1852.0 / 3600.0
_GEOD = Geod(ellps="WGS84")
_MISSING = object()
_ALI_WIDTHS = {"NAM": 32, "RD": 23}


@dataclass(frozen=True, slots=True)
class Wire:
    feed: str  # "ali" | "http"
    data: bytes
    summary: str
    route: str | None = None  # HTTP route (aml, pidf, cap)
    content_type: str | None = None


def field(injection: Any, name: str, default: Any = _MISSING) -> Any:
    """The injection's ``name``: from ``injection.fields`` or an attribute of that name."""
    fields = getattr(injection, "fields", None)
    if isinstance(fields, Mapping) and name in fields:
        return fields[name]
    value = getattr(injection, name, _MISSING)
    if value is not _MISSING and value is not None:
        return value
    if default is _MISSING:
        raise KeyError(f"injection #{getattr(injection, 'index', '?')}: no {name!r}")
    return default


def _now() -> datetime:
    return datetime.now(UTC)


def caller_location(
    injection: Any, *, profile: AliProfile | None = None, now: datetime | None = None
) -> Wire:
    """A call or rebid as its ``via`` sends it: an ALI record, an AML or a PIDF-LO POST."""
    via = str(field(injection, "via", "ali"))
    caller = str(field(injection, "caller"))
    lat, lon = float(field(injection, "lat")), float(field(injection, "lon"))
    radius = float(field(injection, "uncertainty_m", 50.0))
    when = now or _now()
    civic: list[tuple[str, str]] = []
    name = field(injection, "name", None)
    address = field(injection, "address", None)
    if name:
        civic.append(("NAM", str(name)[: _ALI_WIDTHS["NAM"]] if via == "ali" else str(name)))
    if address:
        civic.append(("RD", str(address)[: _ALI_WIDTHS["RD"]] if via == "ali" else str(address)))
    what = "rebid" if str(field(injection, "type", "call")) == "rebid" else "call"
    summary = f"{what} {caller} via {via} at {lat:.5f}, {lon:.5f} ±{radius:g} m"
    if via == "ali":
        cos = str(field(injection, "class_of_service", "WPH2"))
        record = CallerLocation(
            "ali", "ALI", "ali", number=caller, lat=lat, lon=lon, radius_m=radius,
            confidence=90, class_of_service=cos, time=when, civic=tuple(civic),
        )  # fmt: skip
        return Wire("ali", encode_ali(record, profile or DEFAULT_PROFILE), f"{summary} ({cos})")
    if via == "aml":
        record = CallerLocation(
            "aml-http", "AML-HTTP", "aml", number=caller, lat=lat, lon=lon, radius_m=radius,
            confidence=68, time=when, method="gnss",
        )  # fmt: skip
        body = encode_aml_http(record)
        return Wire("http", body, summary, "aml", "application/x-www-form-urlencoded")
    if via == "pidf":
        record = CallerLocation(
            "pidf", "PIDF-LO", "pidf", number=caller, lat=lat, lon=lon, radius_m=radius,
            confidence=95, time=when, civic=tuple(civic),
        )  # fmt: skip
        return Wire("http", encode_pidf(record), summary, "pidf", "application/pidf+xml")
    raise ValueError(f"injection #{getattr(injection, 'index', '?')}: unknown via {via!r}")


def avl_fix(
    call_sign: str,
    lat: float,
    lon: float,
    speed_mps: float = 0.0,
    course_deg: float = 0.0,
    now: datetime | None = None,
) -> bytes:
    """One RMC sentence with a TAG block ``s:<call sign>`` (how the AVL links name units)."""
    when = now or _now()
    sentence = encode_rmc(
        lat, lon, when, speed_knots=max(0.0, speed_mps) / MPS_PER_KNOT,
        course_deg=course_deg % 360.0,
    )  # fmt: skip
    return with_tag_block(sentence, call_sign, int(when.timestamp()))


def radar_report(
    sensor: Sensor,
    via: str,
    track: int,
    lat: float,
    lon: float,
    speed_mps: float,
    course_deg: float,
    now: datetime | None = None,
) -> bytes:
    """A radar target report: one ASTERIX CAT048 block, or NMEA TTM (TLL without a fix)."""
    when = now or _now()
    azimuth, _back, range_m = _GEOD.inv(sensor.lon, sensor.lat, lon, lat)
    bearing = float(azimuth) % 360.0
    course = course_deg % 360.0
    if via == "asterix":
        record: dict[str, Any] = {
            "010": {"SAC": sensor.sac or 0, "SIC": sensor.sic or 0},
            "140": {"ToD": _time_of_day(when)},
            "020": {"TYP": 5, "SIM": 1, "RDP": 0, "SPI": 0, "RAB": 0},  # SIM: simulated
            "040": {"RHO": float(range_m) / 1852.0, "THETA": bearing},
            "161": {"TRN": int(track) % 4096},
            "200": {"GSP": max(0.0, speed_mps) / 1852.0, "HDG": course},
        }
        return encode_block(48, [record])
    if via == "arpa":
        # TTM is relative to the radar the link is bound to; TLL when that radar moves.
        ttm = encode_ttm(
            int(track) % 1000, float(range_m), bearing, max(0.0, speed_mps), course,
            units="K", fix_time=when,
        )  # fmt: skip
        return ttm + b"\r\n"
    raise ValueError(f"unknown radar feed {via!r} (expected asterix or arpa)")


def tll_report(track: int, lat: float, lon: float, now: datetime | None = None) -> bytes:
    """An ARPA TLL target position (for radars without a fixed site)."""
    return encode_tll(int(track) % 1000, lat, lon, fix_time=now or _now()) + b"\r\n"


def _time_of_day(when: datetime) -> float:
    utc = when.astimezone(UTC)
    seconds = utc.hour * 3600 + utc.minute * 60 + utc.second + utc.microsecond / 1e6
    return math.floor(seconds * 128) / 128  # the item's 1/128 s grid


def zone_alarm_line(injection: Any, now: datetime | None = None) -> bytes:
    """One zone-alarm line in the default grammar (the drill's alarm link reads it)."""
    state = field(injection, "state", None)
    target = field(injection, "target", None)
    severity = field(injection, "severity", None)
    lat, lon = field(injection, "lat", None), field(injection, "lon", None)
    return encode_zone_alarm(
        str(field(injection, "sensor")),
        str(field(injection, "zone")),
        target,
        lat=None if lat is None else float(lat),
        lon=None if lon is None else float(lon),
        kind=str(state) if state else None,
        severity=str(severity) if severity else None,
        time=now or _now(),
    )


def cap_document(
    injection: Any,
    now: datetime | None = None,
    earlier: Mapping[str, tuple[str, datetime]] | None = None,
) -> tuple[Wire, str, datetime]:
    """A CAP 1.2 alert, status always Exercise; also its (sender, sent) for later references.

    ``earlier`` maps identifiers already sent to their (sender, sent), for the
    references of an Update or Cancel.
    """
    area = field(injection, "area", None)
    identifier = str(field(injection, "identifier"))
    event = str(field(injection, "event"))
    sender = str(field(injection, "sender", CAP_SENDER))
    sent = (now or _now()).astimezone(UTC).replace(microsecond=0)
    references = [
        (earlier[ref][0], ref, earlier[ref][1])
        for ref in field(injection, "references", ())
        if earlier and ref in earlier
    ]
    body = encode_cap(
        identifier=identifier,
        sender=sender,
        sent=sent,
        status="Exercise",
        msg_type=str(field(injection, "msg_type", "Alert")),
        event=event,
        urgency=str(field(injection, "urgency", "Immediate")),
        severity=str(field(injection, "severity", "Severe")),
        certainty=str(field(injection, "certainty", "Observed")),
        headline=field(injection, "headline", None),
        description=field(injection, "description", None),
        area_desc=event,
        polygons=[area] if area else [],
        note="Drill: exercise traffic, not a real alert",
        references=references,
    )
    wire = Wire("http", body, f"CAP {identifier} ({event}, Exercise)", "cap", "application/cap+xml")
    return wire, sender, sent
