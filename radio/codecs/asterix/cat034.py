"""ASTERIX CAT 034 (monoradar service messages) UAP, editions 1.26 to 1.29.

Role: the table the generic walker uses for category 34, and the builder
that turns one decoded record into a
:class:`~radio.messages_sensor.RadarServiceMessage` (north marker, sector
crossing, geographical filtering, jamming strobe, ...): what a "radar
health" view needs to tell a turning, operational radar from one that has
stopped, is inhibited (NOGO) or overloaded.

Contract: as :mod:`radio.codecs.asterix.cat048` for ``UAP`` (``UAP[frn - 1]``
is ``(item id, spec)``; FRN 13 is RE and FRN 14 SP, in that order in this
category). :func:`build` never raises for any decoded items. Units are the
specification's: seconds (I034/030, /041), degrees (I034/020, /090 azimuth,
/100 theta, /120), NM (I034/090 range, /100 rho), metres (I034/120 height).
Editions 1.26 to 1.29 share the layout; 1.28/1.29 only add message types 5
to 7 and message counter types 17 to 20, which decode by number.
"""

from __future__ import annotations

from typing import Any

from radio.codecs.asterix.uap import (
    Compound,
    Explicit,
    Field,
    Fixed,
    ItemSpec,
    Repetitive,
)
from radio.messages_sensor import RadarServiceMessage

CATEGORY = 34

MESSAGE_TYPES = {
    1: "north marker",
    2: "sector crossing",
    3: "geographical filtering",
    4: "jamming strobe",
    5: "solar storm",
    6: "SSR jamming strobe",
    7: "Mode S jamming strobe",
}

_DEG8 = 360.0 / 2**8
_DEG16 = 360.0 / 2**16
_LATLON = 180.0 / 2**23


def _byte(name: str, fields: list[Field]) -> Fixed:
    return Fixed(name, 1, fields)


_SENSOR_STATUS = [Field("ANT", 1), Field("CHAB", 2), Field("OVL", 1), Field("MSC", 1)]

_I050 = Compound(
    "I034/050 system configuration and status",
    [
        (
            "COM",
            _byte(
                "COM",
                [
                    Field("NOGO", 1),
                    Field("RDPC", 1),
                    Field("RDPR", 1),
                    Field("OVLRDP", 1),
                    Field("OVLXMT", 1),
                    Field("MSC", 1),
                    Field("TSV", 1),
                    Field(None, 1),
                ],
            ),
        ),
        None,
        None,
        ("PSR", _byte("PSR", [*_SENSOR_STATUS, Field(None, 3)])),
        ("SSR", _byte("SSR", [*_SENSOR_STATUS, Field(None, 3)])),
        (
            "MDS",
            Fixed(
                "MDS",
                2,
                [
                    Field("ANT", 1),
                    Field("CHAB", 2),
                    Field("OVLSUR", 1),
                    Field("MSC", 1),
                    Field("SCF", 1),
                    Field("DLF", 1),
                    Field("OVLSCF", 1),
                    Field("OVLDLF", 1),
                    Field(None, 7),
                ],
            ),
        ),
    ],
)

_I060 = Compound(
    "I034/060 system processing mode",
    [
        (
            "COM",
            _byte("COM", [Field(None, 1), Field("REDRDP", 3), Field("REDXMT", 3), Field(None, 1)]),
        ),
        None,
        None,
        (
            "PSR",
            _byte("PSR", [Field("POL", 1), Field("REDRAD", 3), Field("STC", 2), Field(None, 2)]),
        ),
        ("SSR", _byte("SSR", [Field("REDRAD", 3), Field(None, 5)])),
        ("MDS", _byte("MDS", [Field("REDRAD", 3), Field("CLU", 1), Field(None, 4)])),
    ],
)

_ITEMS: list[tuple[str, ItemSpec] | None] = [
    ("010", Fixed("I034/010 data source", 2, [Field("SAC", 8), Field("SIC", 8)])),
    ("000", Fixed("I034/000 message type", 1, [Field("MT", 8)])),
    ("030", Fixed("I034/030 time of day", 3, [Field("ToD", 24, "u", 1.0 / 128)])),
    ("020", Fixed("I034/020 sector number", 1, [Field("SECTOR", 8, "u", _DEG8)])),
    ("041", Fixed("I034/041 antenna rotation period", 2, [Field("ARS", 16, "u", 1.0 / 128)])),
    ("050", _I050),
    ("060", _I060),
    (
        "070",
        Repetitive(
            "I034/070 message count values",
            Fixed("COUNT", 2, [Field("TYP", 5), Field("COUNT", 11)]),
        ),
    ),
    (
        "100",
        Fixed(
            "I034/100 generic polar window",
            8,
            [
                Field("RHOST", 16, "u", 1.0 / 256),
                Field("RHOEND", 16, "u", 1.0 / 256),
                Field("THETAST", 16, "u", _DEG16),
                Field("THETAEND", 16, "u", _DEG16),
            ],
        ),
    ),
    ("110", Fixed("I034/110 data filter", 1, [Field("TYP", 8)])),
    (
        "120",
        Fixed(
            "I034/120 3D position of data source",
            8,
            [
                Field("HGT", 16, "s", 1.0),
                Field("LAT", 24, "s", _LATLON),
                Field("LON", 24, "s", _LATLON),
            ],
        ),
    ),
    (
        "090",
        Fixed(
            "I034/090 collimation error",
            2,
            [Field("RNG", 8, "s", 1.0 / 128), Field("AZM", 8, "s", 360.0 / 2**14)],
        ),
    ),
    ("RE", Explicit("I034/RE reserved expansion field")),
    ("SP", Explicit("I034/SP special purpose field")),
]

UAP: tuple[tuple[str, ItemSpec] | None, ...] = tuple(_ITEMS)

# Positions the walker checks before building a message (see decoder.RANGES).
RANGES: tuple[tuple[str, str, float, float, str], ...] = (
    ("120", "LAT", -90.0, 90.0, "latitude"),
    ("120", "LON", -180.0, 180.0, "longitude"),
)

# (subfield, flag, warning when the flag is 1) of I034/050.
_STATUS_WARNINGS = (
    ("COM", "NOGO", "system NOGO: operational use inhibited"),
    ("COM", "RDPR", "radar data processor chain reset: expect new track numbers"),
    ("COM", "OVLRDP", "radar data processor overload"),
    ("COM", "OVLXMT", "transmission subsystem overload"),
    ("COM", "MSC", "monitoring system disconnected"),
    ("COM", "TSV", "time source invalid"),
    ("PSR", "OVL", "PSR overload"),
    ("PSR", "MSC", "PSR monitoring system disconnected"),
    ("SSR", "OVL", "SSR overload"),
    ("SSR", "MSC", "SSR monitoring system disconnected"),
    ("MDS", "OVLSUR", "Mode S surveillance overload"),
    ("MDS", "MSC", "Mode S monitoring system disconnected"),
    ("MDS", "OVLSCF", "Mode S surveillance co-ordination function overload"),
    ("MDS", "OVLDLF", "Mode S data link function overload"),
)
# (subfield, field, what is reduced) of I034/060: a non-zero step is a warning.
_REDUCTIONS = (
    ("COM", "REDRDP", "radar data processor"),
    ("COM", "REDXMT", "transmission subsystem"),
    ("PSR", "REDRAD", "PSR"),
    ("SSR", "REDRAD", "SSR"),
    ("MDS", "REDRAD", "Mode S"),
)


def warnings_of(items: dict[str, Any]) -> tuple[str, ...]:
    """Health problems the record states (I034/050 flags, I034/060 reduction steps)."""
    out: list[str] = []
    status = items.get("050") or {}
    for sub, flag, text in _STATUS_WARNINGS:
        if (status.get(sub) or {}).get(flag):
            out.append(text)
    for sub, name in (("PSR", "PSR"), ("SSR", "SSR"), ("MDS", "Mode S")):
        chab = (status.get(sub) or {}).get("CHAB")
        if chab == 0:
            out.append(f"{name}: no channel selected")
        elif chab == 3 and sub != "PSR":  # PSR 3 is diversity mode, a normal state
            out.append(f"{name}: invalid channel A/B combination")
    mode = items.get("060") or {}
    for sub, field, what in _REDUCTIONS:
        step = (mode.get(sub) or {}).get(field)
        if step:
            out.append(f"{what} data reduction step {step} active")
    return tuple(out)


def build(protocol: str, index: int, items: dict[str, Any]) -> RadarServiceMessage:
    """The typed message for one decoded CAT034 record."""
    source = items.get("010") or {}
    mt = (items.get("000") or {}).get("MT")
    status = items.get("050")
    nogo = None
    if status is not None and "COM" in status:
        nogo = bool(status["COM"]["NOGO"])
    position = items.get("120") or {}
    return RadarServiceMessage(
        protocol=protocol,
        kind="cat034",
        category=CATEGORY,
        record_index=index,
        sac=source.get("SAC"),
        sic=source.get("SIC"),
        message_type=mt,
        message_type_name=None if mt is None else MESSAGE_TYPES.get(mt, f"unknown ({mt})"),
        time_of_day_s=(items.get("030") or {}).get("ToD"),
        sector_azimuth_deg=(items.get("020") or {}).get("SECTOR"),
        rotation_period_s=(items.get("041") or {}).get("ARS"),
        nogo=nogo,
        warnings=warnings_of(items),
        status=status,
        processing_mode=items.get("060"),
        radar_lat=position.get("LAT"),
        radar_lon=position.get("LON"),
        radar_height_m=position.get("HGT"),
        items=items,
    )
