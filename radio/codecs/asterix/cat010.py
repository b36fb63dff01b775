"""ASTERIX CAT 010 (surface movement / monosensor target reports) UAP, ed. 0.24 to 1.1.

Role: the table the generic walker uses for category 10, and the mapping
from decoded items to :class:`~radio.messages_sensor.RadarTarget` fields.

Contract: as :mod:`radio.codecs.asterix.cat048`: ``UAP[frn - 1]`` is
``(item id, spec)`` or ``None`` (FRN 26 is spare). Units are the
specification's: metres (I010/040, /042, /270, /280), m/s (I010/202), m/s²
(I010/210), NM/s (I010/200 ground speed), degrees, seconds, flight levels,
feet (I010/091). Editions 0.31 and 1.1 share this UAP; the third octets of
I010/020 and I010/170 are decoded when sent. A WGS-84 position (I010/041)
beyond ±90/±180 refuses the record (``RANGES``).

Edition 0.24 (deployed by Sensis surface radars and multilateration)
differs in one length: its I010/202 is 3 octets (Vx, Vy 12 bits each)
where later editions have 4 (16 bits each, LSB 0.25 m/s). Its FSPEC
positions and every other item length are those of 1.1, so a 0.24 record
with I010/202 reads one octet too far under the 1.1 table and fails
further on — typically at I010/500 "standard deviation of position", the
last item such a report carries. ``EDITIONS`` gives the walker the 0.24
table to retry such a block with (see :mod:`radio.codecs.asterix.decoder`).
0.24's Vx/Vy LSB is not confirmed by a specification we hold, so they are
decoded as raw counts, ``VXRAW``/``VYRAW``, never as m/s.
"""

from __future__ import annotations

from radio.codecs.asterix.cat048 import UAP as _UAP048
from radio.codecs.asterix.uap import (
    Explicit,
    Extended,
    Field,
    Fixed,
    ItemSpec,
    Repetitive,
)

CATEGORY = 10

_DEG16 = 360.0 / 2**16
_BDS = dict(item for item in _UAP048 if item is not None)["250"]


def _pair(name: str, bits: int, kind: str, lsb: float, first: str, second: str) -> Fixed:
    return Fixed(name, bits // 4, [Field(first, bits, kind, lsb), Field(second, bits, kind, lsb)])


_ITEMS: list[tuple[str, ItemSpec] | None] = [
    ("010", Fixed("I010/010 data source", 2, [Field("SAC", 8), Field("SIC", 8)])),
    ("000", Fixed("I010/000 message type", 1, [Field("MT", 8)])),
    (
        "020",
        Extended(
            "I010/020 target report descriptor",
            [
                [
                    Field("TYP", 3),
                    Field("DCR", 1),
                    Field("CHN", 1),
                    Field("GBS", 1),
                    Field("CRT", 1),
                ],
                [
                    Field("SIM", 1),
                    Field("TST", 1),
                    Field("RAB", 1),
                    Field("LOP", 2),
                    Field("TOT", 2),
                ],
                [Field("SPI", 1), Field(None, 6)],
            ],
        ),
    ),
    ("140", Fixed("I010/140 time of day", 3, [Field("ToD", 24, "u", 1.0 / 128)])),
    ("041", _pair("I010/041 position WGS-84", 32, "s", 180.0 / 2**31, "LAT", "LON")),
    (
        "040",
        Fixed(
            "I010/040 measured position (polar)",
            4,
            [Field("RHO", 16, "u", 1.0), Field("THETA", 16, "u", _DEG16)],
        ),
    ),
    ("042", _pair("I010/042 position (cartesian)", 16, "s", 1.0, "X", "Y")),
    (
        "200",
        Fixed(
            "I010/200 calculated track velocity (polar)",
            4,
            [Field("GSP", 16, "u", 2.0**-14), Field("TA", 16, "u", _DEG16)],
        ),
    ),
    ("202", _pair("I010/202 calculated track velocity (cartesian)", 16, "s", 0.25, "VX", "VY")),
    ("161", Fixed("I010/161 track number", 2, [Field(None, 4), Field("TRN", 12)])),
    (
        "170",
        Extended(
            "I010/170 track status",
            [
                [
                    Field("CNF", 1),
                    Field("TRE", 1),
                    Field("CST", 2),
                    Field("MAH", 1),
                    Field("TCC", 1),
                    Field("STH", 1),
                ],
                [Field("TOM", 2), Field("DOU", 3), Field("MRS", 2)],
                [Field("GHO", 1), Field(None, 6)],
            ],
        ),
    ),
    (
        "060",
        Fixed(
            "I010/060 mode 3/A code",
            2,
            [Field("V", 1), Field("G", 1), Field("L", 1), Field(None, 1), Field("MODE", 12, "oct")],
        ),
    ),
    ("220", Fixed("I010/220 target address", 3, [Field("ADR", 24, "hex")])),
    (
        "245",
        Fixed(
            "I010/245 target identification",
            7,
            [Field("STI", 2), Field(None, 6), Field("CHR", 48, "chars")],
        ),
    ),
    ("250", _BDS),
    ("300", Fixed("I010/300 vehicle fleet identification", 1, [Field("VFI", 8)])),
    (
        "090",
        Fixed(
            "I010/090 flight level",
            2,
            [Field("V", 1), Field("G", 1), Field("FL", 14, "s", 0.25)],
        ),
    ),
    ("091", Fixed("I010/091 measured height", 2, [Field("HGT", 16, "s", 6.25)])),
    (
        "270",
        Extended(
            "I010/270 target size and orientation",
            [
                [Field("LENGTH", 7, "u", 1.0)],
                [Field("ORIENTATION", 7, "u", 360.0 / 128)],
                [Field("WIDTH", 7, "u", 1.0)],
            ],
        ),
    ),
    (
        "550",
        Fixed(
            "I010/550 system status",
            1,
            [
                Field("NOGO", 2),
                Field("OVL", 1),
                Field("TSV", 1),
                Field("DIV", 1),
                Field("TTF", 1),
                Field(None, 2),
            ],
        ),
    ),
    ("310", Fixed("I010/310 pre-programmed message", 1, [Field("TRB", 1), Field("MSG", 7)])),
    (
        "500",
        Fixed(
            "I010/500 standard deviation of position",
            4,
            [
                Field("SDX", 8, "u", 0.25),
                Field("SDY", 8, "u", 0.25),
                Field("SDXY", 16, "s", 0.25),
            ],
        ),
    ),
    (
        "280",
        Repetitive(
            "I010/280 presence",
            Fixed("PRESENCE", 2, [Field("DRHO", 8, "u", 1.0), Field("DTHETA", 8, "u", 0.15)]),
        ),
    ),
    ("131", Fixed("I010/131 amplitude of primary plot", 1, [Field("PAM", 8)])),
    ("210", _pair("I010/210 calculated acceleration", 8, "s", 0.25, "AX", "AY")),
    None,  # FRN 26: spare
    ("SP", Explicit("I010/SP special purpose field")),
    ("RE", Explicit("I010/RE reserved expansion field")),
]

UAP: tuple[tuple[str, ItemSpec] | None, ...] = tuple(_ITEMS)

_I202_024 = Fixed(
    "I010/202 calculated track velocity (cartesian, ed. 0.24)",
    3,
    [Field("VXRAW", 12, "s"), Field("VYRAW", 12, "s")],
)
# Older editions, newest first: name -> UAP (the walker retries a corrupt block with each).
EDITIONS: dict[str, tuple[tuple[str, ItemSpec] | None, ...]] = {
    "0.24": tuple(("202", _I202_024) if e is not None and e[0] == "202" else e for e in _ITEMS),
}

RANGES: tuple[tuple[str, str, float, float, str], ...] = (
    ("041", "LAT", -90.0, 90.0, "latitude"),
    ("041", "LON", -180.0, 180.0, "longitude"),
)

_KT = 3600.0
_NM_PER_M = 1.0 / 1852.0

SUMMARY: tuple[tuple[str, str, str, float | None], ...] = (
    ("sac", "010", "SAC", None),
    ("sic", "010", "SIC", None),
    ("message_type", "000", "MT", None),
    ("time_of_day_s", "140", "ToD", None),
    ("lat", "041", "LAT", None),
    ("lon", "041", "LON", None),
    ("rho_nm", "040", "RHO", _NM_PER_M),
    ("theta_deg", "040", "THETA", None),
    ("x_m", "042", "X", None),
    ("y_m", "042", "Y", None),
    ("track_number", "161", "TRN", None),
    ("mode3a", "060", "MODE", None),
    ("flight_level", "090", "FL", None),
    ("speed_kt", "200", "GSP", _KT),
    ("heading_deg", "200", "TA", None),
    ("aircraft_address", "220", "ADR", None),
    ("callsign", "245", "CHR", None),
)
