"""Typed messages for radar and sensor alerts: ASTERIX, NMEA ARPA, zone alarms, CAP.

Contract: the same as :mod:`radio.messages` (frozen, slotted dataclasses,
plain values, ``to_dict()`` JSON-ready, ``Cls.make(*values)`` for hot
paths), plus nesting: CAP alerts hold info and area objects, so their
``to_dict()`` converts nested dataclasses, tuples and datetimes
recursively. ARPA messages (NMEA TTM, TLL, OSD, RSD, TLB) carry SI units
whatever the sentence used: metres, metres per second, degrees, with the
bearing's reference kept beside it (``"T"`` true, ``"R"`` relative to the
own ship's heading). ``RadarTarget.items`` and ``RadarServiceMessage.items``
(with its ``status`` and ``processing_mode``) are the mutable-typed fields:
dicts of decoded items (JSON-ready: dicts, lists, str, int, float); treat
them as read-only. ASTERIX target reports and system tracks (CAT 048, 010,
062) are ``RadarTarget`` s; radar service messages (CAT 034: north marker,
sector crossing, ...) are ``RadarServiceMessage`` s; an ``AsterixBlock``
holds either. Codecs return these, never raise; failures are
:class:`~radio.messages.DecodeError`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from radio.messages import Message, _with_make

__all__ = [
    "AsterixBlock",
    "CapAlert",
    "CapArea",
    "CapInfo",
    "CapReference",
    "OwnShipData",
    "RadarServiceMessage",
    "RadarSystemData",
    "RadarTarget",
    "RadarTargetPosition",
    "RadarTrackReport",
    "TargetLabels",
    "ZoneAlarm",
]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not None
        }
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Nested(Message):
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    def to_payload(self) -> dict[str, Any]:
        # Item-by-item detail stays in the stored raw frame (see Message).
        out = self.to_dict()
        out.pop("items", None)
        return out


@_with_make
@dataclass(frozen=True, slots=True)
class RadarTarget(_Nested):
    """One ASTERIX target report (CAT 048, CAT 010) or system track (CAT 062) record.

    Summary fields are in fixed units whatever the category: NM and degrees
    for the polar position, metres for the cartesian one (from the sensor;
    CAT 062's system-centred cartesian position stays in ``items``), WGS84
    degrees (never outside ±90/±180: such a record is refused), knots,
    flight levels; ``mode3a`` as 4 octal digits, ``aircraft_address`` as 6
    hex digits. ``items`` maps item ids (``"040"``, ``"SP"``) to the decoded
    item in the specification's own units and mnemonics. ``edition`` is set
    only when the record needed an older edition's layout than the one the
    category module names first (CAT010 ``"0.24"``).
    """

    protocol: str  # "asterix"
    kind: str  # "cat048", "cat010", "cat062"
    category: int
    record_index: int  # 0-based position of the record in its data block
    sac: int | None = None
    sic: int | None = None
    time_of_day_s: float | None = None  # seconds since UTC midnight, as the record claims
    rho_nm: float | None = None
    theta_deg: float | None = None
    x_m: float | None = None
    y_m: float | None = None
    lat: float | None = None
    lon: float | None = None
    track_number: int | None = None
    mode3a: str | None = None
    flight_level: float | None = None
    speed_kt: float | None = None
    heading_deg: float | None = None
    aircraft_address: str | None = None
    callsign: str | None = None
    message_type: int | None = None  # CAT010 I010/000
    items: dict[str, Any] = field(default_factory=dict)
    edition: str | None = None

    def to_payload(self) -> dict[str, Any]:
        # Summary fields are plain numbers and strings: no conversion needed.
        out: dict[str, Any] = {}
        for name in _TARGET_SUMMARY:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


@_with_make
@dataclass(frozen=True, slots=True)
class RadarServiceMessage(_Nested):
    """One ASTERIX CAT 034 record: a radar's north marker, sector crossing, ... message.

    What a radar-health view needs: a turning radar sends a north marker
    (``message_type`` 1) once per ``rotation_period_s`` and sector crossings
    (2) at ``sector_azimuth_deg``; a missing north marker means the radar
    (or its link) is down. ``nogo`` True: the radar says its data must not
    be used operationally. ``warnings`` names every problem the record
    states (NOGO, overloads, disconnected monitoring, invalid time source,
    no channel selected, active data reduction steps), empty when none or
    when the record carries no status. ``status`` (I034/050) and
    ``processing_mode`` (I034/060) are the decoded compound items (subfield
    -> spec mnemonic -> value); ``radar_lat``/``radar_lon``/
    ``radar_height_m`` are the radar's own position (I034/120) when sent.
    Units: seconds, degrees, metres. ``items`` holds every decoded item.
    """

    protocol: str  # "asterix"
    kind: str  # "cat034"
    category: int
    record_index: int  # 0-based position of the record in its data block
    sac: int | None = None
    sic: int | None = None
    message_type: int | None = None  # I034/000
    message_type_name: str | None = None  # "north marker", "sector crossing", ...
    time_of_day_s: float | None = None  # seconds since UTC midnight, as the record claims
    sector_azimuth_deg: float | None = None  # I034/020
    rotation_period_s: float | None = None  # I034/041
    nogo: bool | None = None  # I034/050 COM NOGO; None when not sent
    warnings: tuple[str, ...] = ()
    status: dict[str, Any] | None = None
    processing_mode: dict[str, Any] | None = None
    radar_lat: float | None = None
    radar_lon: float | None = None
    radar_height_m: float | None = None
    items: dict[str, Any] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in _SERVICE_SUMMARY:
            value = getattr(self, name)
            if value is not None and value != ():
                out[name] = list(value) if type(value) is tuple else value
        return out


@_with_make
@dataclass(frozen=True, slots=True)
class AsterixBlock(_Nested):
    """One ASTERIX data block, for consumers that want one message per frame.

    ``records`` are the records that decoded; ``errors`` the reasons for
    those that did not: one per record refused for an impossible value
    (decoding goes on after it), and at most one, last, for a corrupt
    record (which ends the block).
    """

    protocol: str
    kind: str  # "cat048", ...
    category: int
    records: tuple[RadarTarget | RadarServiceMessage, ...]
    errors: tuple[str, ...] = ()

    def to_payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "protocol": self.protocol,
            "kind": self.kind,
            "category": self.category,
            "records": [record.to_payload() for record in self.records],
        }
        if self.errors:
            out["errors"] = list(self.errors)
        return out

    def parts(self) -> tuple[tuple[RadarTarget | RadarServiceMessage, ...], tuple[str, ...]]:
        """The block's records and the reasons others failed (see ``Message``)."""
        return self.records, self.errors


@_with_make
@dataclass(frozen=True, slots=True)
class CapReference:
    """One entry of ``<references>``: ``sender,identifier,sent``."""

    sender: str
    identifier: str
    sent: datetime


@_with_make
@dataclass(frozen=True, slots=True)
class CapArea:
    """``<area>``: polygons are closed rings of (lat, lon); circles (lat, lon, radius_km)."""

    area_desc: str
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()
    geocodes: tuple[tuple[str, str], ...] = ()
    altitude_ft: float | None = None
    ceiling_ft: float | None = None


@_with_make
@dataclass(frozen=True, slots=True)
class CapInfo:
    """``<info>``: one language's description of the event."""

    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    language: str = "en-US"
    response_types: tuple[str, ...] = ()
    audience: str | None = None
    event_codes: tuple[tuple[str, str], ...] = ()
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str | None = None
    headline: str | None = None
    description: str | None = None
    instruction: str | None = None
    web: str | None = None
    contact: str | None = None
    parameters: tuple[tuple[str, str], ...] = ()
    areas: tuple[CapArea, ...] = ()


@_with_make
@dataclass(frozen=True, slots=True)
class CapAlert(_Nested):
    """An OASIS CAP ``<alert>`` (1.0, 1.1 or 1.2: ``version``). Statuses are kept as sent."""

    protocol: str  # "cap"
    kind: str  # "alert"
    identifier: str
    sender: str
    sent: datetime  # timezone-aware, as the alert claims
    status: str
    msg_type: str
    scope: str
    source: str | None = None
    restriction: str | None = None
    addresses: str | None = None
    codes: tuple[str, ...] = ()
    note: str | None = None
    references: tuple[CapReference, ...] = ()
    incidents: tuple[str, ...] = ()
    infos: tuple[CapInfo, ...] = ()
    version: str | None = None  # the CAP version of the document: "1.0", "1.1", "1.2"


@_with_make
@dataclass(frozen=True, slots=True)
class RadarTrackReport(Message):
    """NMEA TTM: one ARPA tracked target, polar from the radar (own ship).

    ``bearing_ref`` is ``"T"`` (true north) or ``"R"`` (relative to the own
    ship's heading: add an :class:`OwnShipData` heading to get a true
    bearing); the same for ``course_ref``. ``units`` is the sentence's own
    K/N/S (km, nautical miles, statute miles) that the metre and m/s values
    were converted from. ``tcpa_min`` is negative once the CPA has passed.
    ``status``: ``"L"`` lost, ``"Q"`` query (being acquired), ``"T"`` tracking.
    ``acquisition``: ``"A"`` automatic, ``"M"`` manual, ``"R"`` reported (AIS).
    """

    protocol: str  # "nmea"
    kind: str  # "TTM"
    talker: str  # usually "RA"
    target_number: int | None
    range_m: float | None = None
    bearing_deg: float | None = None
    bearing_ref: str | None = None
    speed_mps: float | None = None
    course_deg: float | None = None
    course_ref: str | None = None
    cpa_m: float | None = None
    tcpa_min: float | None = None
    units: str | None = None
    name: str | None = None
    status: str | None = None
    reference_target: bool = False
    fix_time: time | None = None
    acquisition: str | None = None
    source: str | None = None  # TAG block s:
    checksum: bool | None = None
    tag_time: int | None = None
    notes: tuple[str, ...] = ()  # what the decoder tolerated (radio.codecs.nmea_notes)


@_with_make
@dataclass(frozen=True, slots=True)
class RadarTargetPosition(Message):
    """NMEA TLL: an ARPA target's WGS84 position (None when not given, e.g. a lost target)."""

    protocol: str  # "nmea"
    kind: str  # "TLL"
    talker: str
    target_number: int | None
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    fix_time: time | None = None
    status: str | None = None  # L / Q / T as in TTM
    reference_target: bool = False
    source: str | None = None
    checksum: bool | None = None
    tag_time: int | None = None
    notes: tuple[str, ...] = ()  # what the decoder tolerated (radio.codecs.nmea_notes)


@_with_make
@dataclass(frozen=True, slots=True)
class OwnShipData(Message):
    """NMEA OSD: the radar platform's heading, course and speed.

    ``heading_valid`` is the sentence's status (A valid, V invalid): a
    relative bearing may only be turned true with a valid heading.
    ``course_ref``/``speed_ref``: B bottom, M manual, W water, R radar,
    P positioning system. ``set_deg`` and ``drift_mps`` are the current's.
    """

    protocol: str  # "nmea"
    kind: str  # "OSD"
    talker: str
    heading_deg: float | None = None
    heading_valid: bool = False
    course_deg: float | None = None
    course_ref: str | None = None
    speed_mps: float | None = None
    speed_ref: str | None = None
    set_deg: float | None = None
    drift_mps: float | None = None
    units: str | None = None
    source: str | None = None
    checksum: bool | None = None
    tag_time: int | None = None
    notes: tuple[str, ...] = ()  # what the decoder tolerated (radio.codecs.nmea_notes)


@_with_make
@dataclass(frozen=True, slots=True)
class RadarSystemData(Message):
    """NMEA RSD: the radar display's origins, markers, cursor and range scale.

    Distances in metres, bearings in degrees (relative to the display);
    ``rotation``: C course-up, H head-up, N north-up.
    """

    protocol: str  # "nmea"
    kind: str  # "RSD"
    talker: str
    origin1_range_m: float | None = None
    origin1_bearing_deg: float | None = None
    vrm1_m: float | None = None
    ebl1_deg: float | None = None
    origin2_range_m: float | None = None
    origin2_bearing_deg: float | None = None
    vrm2_m: float | None = None
    ebl2_deg: float | None = None
    cursor_range_m: float | None = None
    cursor_bearing_deg: float | None = None
    range_scale_m: float | None = None
    units: str | None = None
    rotation: str | None = None
    source: str | None = None
    checksum: bool | None = None
    tag_time: int | None = None
    notes: tuple[str, ...] = ()  # what the decoder tolerated (radio.codecs.nmea_notes)


@_with_make
@dataclass(frozen=True, slots=True)
class TargetLabels(Message):
    """NMEA TLB: labels the operator gave ARPA targets, as (target number, label) pairs."""

    protocol: str  # "nmea"
    kind: str  # "TLB"
    talker: str
    labels: tuple[tuple[int, str], ...]
    source: str | None = None
    checksum: bool | None = None
    tag_time: int | None = None
    notes: tuple[str, ...] = ()  # what the decoder tolerated (radio.codecs.nmea_notes)


@_with_make
@dataclass(frozen=True, slots=True)
class ZoneAlarm(Message):
    """A perimeter radar's zone alarm line, read with a site's grammar.

    ``time`` is the time the line claims, converted to UTC (timezone-aware).
    ``alarm_kind`` and ``severity`` are the vendor's words, kept as sent.
    ``lat``/``lon`` are WGS84 degrees; ``range_m``/``bearing_deg`` are polar
    from the sensor.
    """

    protocol: str  # "zone-alarm"
    kind: str  # "alarm"
    grammar: str  # the name of the grammar that read the line
    zone: str
    sensor: str | None = None
    target: str | None = None
    time: datetime | None = None
    lat: float | None = None
    lon: float | None = None
    range_m: float | None = None
    bearing_deg: float | None = None
    alarm_kind: str | None = None
    severity: str | None = None


_TARGET_SUMMARY = tuple(f.name for f in dataclasses.fields(RadarTarget) if f.name != "items")
_SERVICE_SUMMARY = tuple(
    f.name for f in dataclasses.fields(RadarServiceMessage) if f.name != "items"
)
