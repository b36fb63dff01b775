"""ASTERIX CAT 062 (SDPS system track messages) UAP, editions 1.16 to 1.21.

Role: the table the generic walker uses for category 62, and the mapping
from decoded items to :class:`~radio.messages_sensor.RadarTarget` fields, so
a tracker's (ARTAS, an SDPS) fused tracks plot like radar tracks.

Contract: as :mod:`radio.codecs.asterix.cat048`: ``UAP[frn - 1]`` is
``(item id, spec)`` or ``None`` (FRN 2 and 29 to 33 are spare). Every item
of the UAP is decoded in full, compound items (I062/110, /290, /295, /340,
/380, /390, /500) subfield by subfield, so a record's length is always
known and the records after it decode. Editions 1.16 to 1.21 share every
item length: they differ in bits (I062/060 V and G from 1.17, I062/080's
sixth and seventh octets), which the extended items decode when sent.

Summary: position from I062/105 (WGS-84; a latitude beyond ±90 or a
longitude beyond ±180 refuses the record); the Cartesian I062/100 is
relative to the system's own reference point, which the record does not
carry, so it stays in ``items`` and is never given as ``x_m``/``y_m`` (a
consumer would take those as relative to a radar). Speed and heading come
from I062/185 (Vx, Vy: the y axis points to geographical north), else from
I062/380's ground speed and track angle; flight level from I062/136, else
I062/135; callsign from I062/245, else I062/380 (downlinked), else the
flight plan's (I062/390).
"""

from __future__ import annotations

import math
from typing import Any

from radio.codecs.asterix.uap import (
    Compound,
    Explicit,
    Extended,
    Field,
    Fixed,
    ItemSpec,
    Repetitive,
    RepetitiveFx,
)

CATEGORY = 62

_DEG16 = 360.0 / 2**16
_LATLON23 = 180.0 / 2**23
_LATLON25 = 180.0 / 2**25
_AGE = 0.25  # s, the LSB of every age in I062/290 and /295


def _one(name: str, bits: int, kind: str = "u", lsb: float | None = None) -> Fixed:
    """A subfield that is a single field named like the subfield."""
    return Fixed(name, bits // 8, [Field(name, bits, kind, lsb)])


def _mode_code(name: str, first: list[Field]) -> Fixed:
    return Fixed(name, 2, [*first, Field("MODE3A", 12, "oct")])


def _ages(names: list[str]) -> list[tuple[str, ItemSpec] | None]:
    return [(n, _one(n, 8, lsb=_AGE)) for n in names]


_I080 = Extended(
    "I062/080 track status",
    [
        [Field("MON", 1), Field("SPI", 1), Field("MRH", 1), Field("SRC", 3), Field("CNF", 1)],
        [
            Field("SIM", 1),
            Field("TSE", 1),
            Field("TSB", 1),
            Field("FPC", 1),
            Field("AFF", 1),
            Field("STP", 1),
            Field("KOS", 1),
        ],
        [Field("AMA", 1), Field("MD4", 2), Field("ME", 1), Field("MI", 1), Field("MD5", 2)],
        [
            Field("CST", 1),
            Field("PSR", 1),
            Field("SSR", 1),
            Field("MDS", 1),
            Field("ADS", 1),
            Field("SUC", 1),
            Field("AAC", 1),
        ],
        [Field("SDS", 2), Field("EMS", 3), Field("PFT", 1), Field("FPLT", 1)],
        [
            Field("DUPT", 1),
            Field("DUPF", 1),
            Field("DUPM", 1),
            Field("SFC", 1),
            Field("IDD", 1),
            Field("IEC", 1),
            Field("MLAT", 1),
        ],
        [Field("M5I", 1), Field(None, 6)],
    ],
)

_I110 = Compound(
    "I062/110 mode 5 data reports and extended mode 1 code",
    [
        (
            "SUM",
            Fixed(
                "SUM",
                1,
                [
                    Field("M5", 1),
                    Field("ID", 1),
                    Field("DA", 1),
                    Field("M1", 1),
                    Field("M2", 1),
                    Field("M3", 1),
                    Field("MC", 1),
                    Field("X", 1),
                ],
            ),
        ),
        (
            "PMN",
            Fixed(
                "PMN",
                4,
                [
                    Field(None, 2),
                    Field("PIN", 14),
                    Field(None, 3),
                    Field("NAT", 5),
                    Field(None, 2),
                    Field("MIS", 6),
                ],
            ),
        ),
        (
            "POS",
            Fixed("POS", 6, [Field("LAT", 24, "s", _LATLON23), Field("LON", 24, "s", _LATLON23)]),
        ),
        ("GA", Fixed("GA", 2, [Field(None, 1), Field("RES", 1), Field("GA", 14, "s", 25.0)])),
        ("EM1", Fixed("EM1", 2, [Field(None, 4), Field("EM1", 12, "oct")])),
        ("TOS", _one("TOS", 8, "s", 1.0 / 128)),
        (
            "XP",
            Fixed(
                "XP",
                1,
                [
                    Field(None, 3),
                    Field("X5", 1),
                    Field("XC", 1),
                    Field("X3", 1),
                    Field("X2", 1),
                    Field("X1", 1),
                ],
            ),
        ),
    ],
)

_I290 = Compound(
    "I062/290 system track update ages",
    [
        *_ages(["TRK", "PSR", "SSR", "MDS"]),
        ("ADS", _one("ADS", 16, lsb=_AGE)),
        *_ages(["ES", "VDL", "UAT", "LOP", "MLT"]),
    ],
)

_I295 = Compound(
    "I062/295 track data ages",
    _ages(
        "MFL MD1 MD2 MDA MD4 MD5 MHG IAS TAS SAL FSS TID COM SAB ACS BVR GVR RAN TAR TAN GSP"
        " VUN MET EMC POS GAL PUN MB IAR MAC BPS".split()
    ),
)

_I340 = Compound(
    "I062/340 measured information",
    [
        ("SID", Fixed("SID", 2, [Field("SAC", 8), Field("SIC", 8)])),
        (
            "POS",
            Fixed("POS", 4, [Field("RHO", 16, "u", 1.0 / 256), Field("THETA", 16, "u", _DEG16)]),
        ),
        # Unsigned up to edition 1.18, signed from 1.19: signed reads both for real heights.
        ("HEIGHT", _one("HEIGHT", 16, "s", 25.0)),
        ("MDC", Fixed("MDC", 2, [Field("V", 1), Field("G", 1), Field("LMC", 14, "s", 0.25)])),
        ("MDA", _mode_code("MDA", [Field("V", 1), Field("G", 1), Field("L", 1), Field(None, 1)])),
        (
            "TYP",
            Fixed(
                "TYP",
                1,
                [
                    Field("TYP", 3),
                    Field("SIM", 1),
                    Field("RAB", 1),
                    Field("TST", 1),
                    Field(None, 2),
                ],
            ),
        ),
    ],
)

_I380 = Compound(
    "I062/380 aircraft derived data",
    [
        ("ADR", _one("ADR", 24, "hex")),
        ("ID", _one("ID", 48, "chars")),
        ("MHG", _one("MHG", 16, lsb=_DEG16)),
        ("IAS", Fixed("IAS", 2, [Field("IM", 1), Field("IAS", 15)])),  # IM: 0 IAS, 1 Mach
        ("TAS", _one("TAS", 16)),
        (
            "SAL",
            Fixed("SAL", 2, [Field("SAS", 1), Field("SRC", 2), Field("ALT", 13, "s", 25.0)]),
        ),
        (
            "FSS",
            Fixed(
                "FSS",
                2,
                [Field("MV", 1), Field("AH", 1), Field("AM", 1), Field("ALT", 13, "s", 25.0)],
            ),
        ),
        ("TIS", Extended("TIS", [[Field("NAV", 1), Field("NVB", 1), Field(None, 5)]])),
        (
            "TID",
            Repetitive(
                "TID",
                Fixed(
                    "TID",
                    15,
                    [
                        Field("TCA", 1),
                        Field("NC", 1),
                        Field("TCPN", 6),
                        Field("ALT", 16, "s", 10.0),
                        Field("LAT", 24, "s", _LATLON23),
                        Field("LON", 24, "s", _LATLON23),
                        Field("PT", 4),
                        Field("TD", 2),
                        Field("TRA", 1),
                        Field("TOA", 1),
                        Field("TOV", 24),
                        Field("TTR", 16, "u", 0.01),
                    ],
                ),
            ),
        ),
        (
            "COM",
            Fixed(
                "COM",
                2,
                [
                    Field("COM", 3),
                    Field("STAT", 3),
                    Field(None, 2),
                    Field("SSC", 1),
                    Field("ARC", 1),
                    Field("AIC", 1),
                    Field("B1A", 1),
                    Field("B1B", 4),
                ],
            ),
        ),
        (
            "SAB",
            Fixed(
                "SAB",
                2,
                [
                    Field("AC", 2),
                    Field("MN", 2),
                    Field("DC", 2),
                    Field("GBS", 1),
                    Field(None, 6),
                    Field("STAT", 3),
                ],
            ),
        ),
        ("ACS", _one("ACS", 56, "hex")),
        ("BVR", _one("BVR", 16, "s", 6.25)),
        ("GVR", _one("GVR", 16, "s", 6.25)),
        ("RAN", _one("RAN", 16, "s", 0.01)),
        (
            "TAR",
            Fixed(
                "TAR",
                2,
                [Field("TI", 2), Field(None, 6), Field("ROT", 7, "s", 0.25), Field(None, 1)],
            ),
        ),
        ("TAN", _one("TAN", 16, lsb=_DEG16)),
        ("GS", _one("GS", 16, "s", 2.0**-14)),
        ("VUN", _one("VUN", 8)),
        (
            "MET",
            Fixed(
                "MET",
                8,
                [
                    Field("WS", 1),
                    Field("WD", 1),
                    Field("TMP", 1),
                    Field("TRB", 1),
                    Field(None, 4),
                    Field("WSD", 16),
                    Field("WDD", 16),
                    Field("TMPD", 16, "s", 0.25),
                    Field("TRBD", 8),
                ],
            ),
        ),
        ("EMC", _one("EMC", 8)),
        (
            "POS",
            Fixed("POS", 6, [Field("LAT", 24, "s", _LATLON23), Field("LON", 24, "s", _LATLON23)]),
        ),
        ("GAL", _one("GAL", 16, "s", 6.25)),
        ("PUN", Fixed("PUN", 1, [Field(None, 4), Field("PUN", 4)])),
        (
            "MB",
            Repetitive(
                "MB",
                Fixed("MB", 8, [Field("MBDATA", 56, "hex"), Field("BDS1", 4), Field("BDS2", 4)]),
            ),
        ),
        ("IAR", _one("IAR", 16)),
        ("MAC", _one("MAC", 16, lsb=1.0 / 125)),
        ("BPS", Fixed("BPS", 2, [Field(None, 4), Field("BPS", 12, "u", 0.1)])),
    ],
)

_I390 = Compound(
    "I062/390 flight plan related data",
    [
        ("TAG", Fixed("TAG", 2, [Field("SAC", 8), Field("SIC", 8)])),
        ("CS", _one("CS", 56, "ascii")),
        ("IFI", Fixed("IFI", 4, [Field("TYP", 2), Field(None, 3), Field("NBR", 27)])),
        (
            "FCT",
            Fixed(
                "FCT",
                1,
                [
                    Field("GATOAT", 2),
                    Field("FR1FR2", 2),
                    Field("RVSM", 2),
                    Field("HPR", 1),
                    Field(None, 1),
                ],
            ),
        ),
        ("TAC", _one("TAC", 32, "ascii")),
        ("WTC", _one("WTC", 8, "ascii")),
        ("DEP", _one("DEP", 32, "ascii")),
        ("DST", _one("DST", 32, "ascii")),
        (
            "RDS",
            Fixed(
                "RDS",
                3,
                [Field("NU1", 8, "ascii"), Field("NU2", 8, "ascii"), Field("LTR", 8, "ascii")],
            ),
        ),
        ("CFL", _one("CFL", 16, lsb=0.25)),
        ("CTL", Fixed("CTL", 2, [Field("CENTRE", 8), Field("POSITION", 8)])),
        (
            "TOD",
            Repetitive(
                "TOD",
                Fixed(
                    "TOD",
                    4,
                    [
                        Field("TYP", 5),
                        Field("DAY", 2),
                        Field(None, 4),
                        Field("HOR", 5),
                        Field(None, 2),
                        Field("MIN", 6),
                        Field("AVS", 1),
                        Field(None, 1),
                        Field("SEC", 6),
                    ],
                ),
            ),
        ),
        ("AST", _one("AST", 48, "ascii")),
        ("STS", Fixed("STS", 1, [Field("EMP", 2), Field("AVL", 2), Field(None, 4)])),
        ("STD", _one("STD", 56, "ascii")),
        ("STA", _one("STA", 56, "ascii")),
        ("PEM", _mode_code("PEM", [Field(None, 3), Field("VA", 1)])),
        ("PEC", _one("PEC", 56, "ascii")),
    ],
)

_I500 = Compound(
    "I062/500 estimated accuracies",
    [
        ("APC", Fixed("APC", 4, [Field("X", 16, "u", 0.5), Field("Y", 16, "u", 0.5)])),
        ("COV", _one("COV", 16, "s", 0.5)),
        (
            "APW",
            Fixed("APW", 4, [Field("LAT", 16, "u", _LATLON25), Field("LON", 16, "u", _LATLON25)]),
        ),
        ("AGA", _one("AGA", 8, lsb=6.25)),
        ("ABA", _one("ABA", 8, lsb=0.25)),
        ("ATV", Fixed("ATV", 2, [Field("X", 8, "u", 0.25), Field("Y", 8, "u", 0.25)])),
        ("AA", Fixed("AA", 2, [Field("X", 8, "u", 0.25), Field("Y", 8, "u", 0.25)])),
        ("ARC", _one("ARC", 8, lsb=6.25)),
    ],
)

_ITEMS: list[tuple[str, ItemSpec] | None] = [
    ("010", Fixed("I062/010 data source", 2, [Field("SAC", 8), Field("SIC", 8)])),
    None,  # FRN 2: spare
    ("015", Fixed("I062/015 service identification", 1, [Field("SID", 8)])),
    ("070", Fixed("I062/070 time of track information", 3, [Field("ToD", 24, "u", 1.0 / 128)])),
    (
        "105",
        Fixed(
            "I062/105 position WGS-84",
            8,
            [Field("LAT", 32, "s", _LATLON25), Field("LON", 32, "s", _LATLON25)],
        ),
    ),
    (
        "100",
        Fixed(
            "I062/100 position (cartesian)",
            6,
            [Field("X", 24, "s", 0.5), Field("Y", 24, "s", 0.5)],
        ),
    ),
    (
        "185",
        Fixed(
            "I062/185 velocity (cartesian)",
            4,
            [Field("VX", 16, "s", 0.25), Field("VY", 16, "s", 0.25)],
        ),
    ),
    (
        "210",
        Fixed(
            "I062/210 acceleration (cartesian)",
            2,
            [Field("AX", 8, "s", 0.25), Field("AY", 8, "s", 0.25)],
        ),
    ),
    (
        "060",
        _mode_code(
            "I062/060 track mode 3/A code",
            [Field("V", 1), Field("G", 1), Field("CH", 1), Field(None, 1)],
        ),
    ),
    (
        "245",
        Fixed(
            "I062/245 target identification",
            7,
            [Field("STI", 2), Field(None, 6), Field("CHR", 48, "chars")],
        ),
    ),
    ("380", _I380),
    ("040", Fixed("I062/040 track number", 2, [Field("TRN", 16)])),
    ("080", _I080),
    ("290", _I290),
    (
        "200",
        Fixed(
            "I062/200 mode of movement",
            1,
            [
                Field("TRANS", 2),
                Field("LONG", 2),
                Field("VERT", 2),
                Field("ADF", 1),
                Field(None, 1),
            ],
        ),
    ),
    ("295", _I295),
    ("136", Fixed("I062/136 measured flight level", 2, [Field("MFL", 16, "s", 0.25)])),
    ("130", Fixed("I062/130 geometric altitude", 2, [Field("ALT", 16, "s", 6.25)])),
    (
        "135",
        Fixed(
            "I062/135 barometric altitude",
            2,
            [Field("QNH", 1), Field("CTB", 15, "s", 0.25)],
        ),
    ),
    ("220", Fixed("I062/220 rate of climb/descent", 2, [Field("ROCD", 16, "s", 6.25)])),
    ("390", _I390),
    (
        "270",
        Extended(
            "I062/270 target size and orientation",
            [
                [Field("LENGTH", 7, "u", 1.0)],
                [Field("ORIENTATION", 7, "u", 360.0 / 128)],
                [Field("WIDTH", 7, "u", 1.0)],
            ],
        ),
    ),
    ("300", Fixed("I062/300 vehicle fleet identification", 1, [Field("VFI", 8)])),
    ("110", _I110),
    ("120", Fixed("I062/120 track mode 2 code", 2, [Field(None, 4), Field("MODE2", 12, "oct")])),
    (
        "510",
        RepetitiveFx(
            "I062/510 composed track number",
            3,
            [Field("IDENT", 8), Field("TRACK", 15)],
        ),
    ),
    ("500", _I500),
    ("340", _I340),
    None,  # FRN 29 to 33: spare
    None,
    None,
    None,
    None,
    ("RE", Explicit("I062/RE reserved expansion field")),
    ("SP", Explicit("I062/SP special purpose field")),
]

UAP: tuple[tuple[str, ItemSpec] | None, ...] = tuple(_ITEMS)

_KT_PER_MPS = 3600.0 / 1852.0
_KT = 3600.0  # NM/s -> knots

# RadarTarget field -> (item, field or path into a compound, factor or None).
# A field named twice takes the first item present.
SUMMARY: tuple[tuple[str, str, str | tuple[str, ...], float | None], ...] = (
    ("sac", "010", "SAC", None),
    ("sic", "010", "SIC", None),
    ("time_of_day_s", "070", "ToD", None),
    ("lat", "105", "LAT", None),
    ("lon", "105", "LON", None),
    ("track_number", "040", "TRN", None),
    ("mode3a", "060", "MODE3A", None),
    ("flight_level", "136", "MFL", None),
    ("flight_level", "135", "CTB", None),
    ("speed_kt", "380", ("GS", "GS"), _KT),
    ("heading_deg", "380", ("TAN", "TAN"), None),
    ("aircraft_address", "380", ("ADR", "ADR"), None),
    ("callsign", "245", "CHR", None),
    ("callsign", "380", ("ID", "ID"), None),
    ("callsign", "390", ("CS", "CS"), None),
)

RANGES: tuple[tuple[str, str, float, float, str], ...] = (
    ("105", "LAT", -90.0, 90.0, "latitude"),
    ("105", "LON", -180.0, 180.0, "longitude"),
)


def derive(items: dict[str, Any]) -> dict[str, Any]:
    """Summary fields computed from several values: speed and heading from I062/185."""
    velocity = items.get("185")
    if velocity is None:
        return {}
    vx, vy = velocity["VX"], velocity["VY"]
    out: dict[str, Any] = {"speed_kt": math.hypot(vx, vy) * _KT_PER_MPS}
    if vx or vy:  # a track standing still has no heading
        out["heading_deg"] = math.degrees(math.atan2(vx, vy)) % 360.0
    return out
