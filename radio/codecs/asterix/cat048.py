"""ASTERIX CAT 048 (monoradar target reports) UAP, editions 1.15 to 1.2x.

Role: the table the generic walker (:mod:`radio.codecs.asterix.decoder`)
uses for category 48, and the mapping from decoded items to the summary
fields of :class:`~radio.messages_sensor.RadarTarget`.

Contract: ``UAP[frn - 1]`` is ``(item id, spec)`` or ``None`` for an FRN the
UAP leaves unused; every item of the UAP has its exact length so items the
console does not use are still skipped correctly. Units are the
specification's: NM, degrees, seconds, flight levels, NM/s (I048/200
ground speed), feet (I048/110). Field names are the specification's
mnemonics. Edition differences handled: the third octet of I048/020
(ADS-B/SCN/PAI, ed. 1.21+) is decoded when sent and ignored otherwise.
"""

from __future__ import annotations

from radio.codecs.asterix.uap import (
    Compound,
    Explicit,
    Extended,
    Field,
    Fixed,
    ItemSpec,
    Repetitive,
)

CATEGORY = 48

_NM_S = 2.0**-14  # ground speed LSB, NM/s
_DEG16 = 360.0 / 2**16


def _byte(name: str, kind: str = "u", lsb: float | None = None) -> Fixed:
    return Fixed(name, 1, [Field(name, 8, kind, lsb)])


def _mode_code(name: str) -> Fixed:
    return Fixed(
        name,
        2,
        [Field("V", 1), Field("G", 1), Field("L", 1), Field(None, 1), Field("MODE", 12, "oct")],
    )


_I130 = Compound(
    "I048/130 radar plot characteristics",
    [
        ("SRL", _byte("SRL", lsb=360.0 / 2**13)),
        ("SRR", _byte("SRR")),
        ("SAM", _byte("SAM", "s")),
        ("PRL", _byte("PRL", lsb=360.0 / 2**13)),
        ("PAM", _byte("PAM", "s")),
        ("RPD", _byte("RPD", "s", 1.0 / 256)),
        ("APD", _byte("APD", "s", 360.0 / 2**14)),
    ],
)

_I120 = Compound(
    "I048/120 radial Doppler speed",
    [
        ("CAL", Fixed("CAL", 2, [Field("D", 1), Field(None, 5), Field("CAL", 10, "s")])),
        (
            "RDS",
            Repetitive(
                "RDS",
                Fixed("RDS", 6, [Field("DOP", 16), Field("AMB", 16), Field("FRQ", 16)]),
            ),
        ),
    ],
)

_ITEMS: list[tuple[str, ItemSpec] | None] = [
    ("010", Fixed("I048/010 data source", 2, [Field("SAC", 8), Field("SIC", 8)])),
    ("140", Fixed("I048/140 time of day", 3, [Field("ToD", 24, "u", 1.0 / 128)])),
    (
        "020",
        Extended(
            "I048/020 target report descriptor",
            [
                [
                    Field("TYP", 3),
                    Field("SIM", 1),
                    Field("RDP", 1),
                    Field("SPI", 1),
                    Field("RAB", 1),
                ],
                [
                    Field("TST", 1),
                    Field("ERR", 1),
                    Field("XPP", 1),
                    Field("ME", 1),
                    Field("MI", 1),
                    Field("FOEFRI", 2),
                ],
                [Field("ADSB", 2), Field("SCN", 2), Field("PAI", 2), Field(None, 1)],
            ],
        ),
    ),
    (
        "040",
        Fixed(
            "I048/040 measured position (polar)",
            4,
            [Field("RHO", 16, "u", 1.0 / 256), Field("THETA", 16, "u", _DEG16)],
        ),
    ),
    ("070", _mode_code("I048/070 mode 3/A code")),
    (
        "090",
        Fixed(
            "I048/090 flight level",
            2,
            [Field("V", 1), Field("G", 1), Field("FL", 14, "s", 0.25)],
        ),
    ),
    ("130", _I130),
    ("220", Fixed("I048/220 aircraft address", 3, [Field("ADR", 24, "hex")])),
    ("240", Fixed("I048/240 aircraft identification", 6, [Field("IDENT", 48, "chars")])),
    (
        "250",
        Repetitive(
            "I048/250 BDS register data",
            Fixed("BDS", 8, [Field("MBDATA", 56, "hex"), Field("BDS1", 4), Field("BDS2", 4)]),
        ),
    ),
    ("161", Fixed("I048/161 track number", 2, [Field(None, 4), Field("TRN", 12)])),
    (
        "042",
        Fixed(
            "I048/042 calculated position (cartesian)",
            4,
            [Field("X", 16, "s", 1.0 / 128), Field("Y", 16, "s", 1.0 / 128)],
        ),
    ),
    (
        "200",
        Fixed(
            "I048/200 calculated track velocity (polar)",
            4,
            [Field("GSP", 16, "u", _NM_S), Field("HDG", 16, "u", _DEG16)],
        ),
    ),
    (
        "170",
        Extended(
            "I048/170 track status",
            [
                [
                    Field("CNF", 1),
                    Field("RAD", 2),
                    Field("DOU", 1),
                    Field("MAH", 1),
                    Field("CDM", 2),
                ],
                [
                    Field("TRE", 1),
                    Field("GHO", 1),
                    Field("SUP", 1),
                    Field("TCC", 1),
                    Field(None, 3),
                ],
            ],
        ),
    ),
    (
        "210",
        Fixed(
            "I048/210 track quality",
            4,
            [
                Field("SIGX", 8, "u", 1.0 / 128),
                Field("SIGY", 8, "u", 1.0 / 128),
                Field("SIGV", 8, "u", _NM_S),
                Field("SIGH", 8, "u", 360.0 / 2**12),
            ],
        ),
    ),
    ("030", Extended("I048/030 warning/error conditions", [[Field("CODE", 7)]])),
    (
        "080",
        Fixed("I048/080 mode 3/A confidence", 2, [Field(None, 4), Field("QA", 12, "hex")]),
    ),
    (
        "100",
        Fixed(
            "I048/100 mode C code and confidence",
            4,
            [
                Field("V", 1),
                Field("G", 1),
                Field(None, 2),
                Field("CODE", 12, "hex"),
                Field(None, 4),
                Field("QC", 12, "hex"),
            ],
        ),
    ),
    ("110", Fixed("I048/110 height (3D radar)", 2, [Field(None, 2), Field("HGT", 14, "s", 25.0)])),
    ("120", _I120),
    (
        "230",
        Fixed(
            "I048/230 communications/ACAS capability",
            2,
            [
                Field("COM", 3),
                Field("STAT", 3),
                Field("SI", 1),
                Field(None, 1),
                Field("MSSC", 1),
                Field("ARC", 1),
                Field("AIC", 1),
                Field("B1A", 1),
                Field("B1B", 4),
            ],
        ),
    ),
    ("260", Fixed("I048/260 ACAS resolution advisory", 7, [Field("ACASRA", 56, "hex")])),
    (
        "055",
        Fixed(
            "I048/055 mode 1 code",
            1,
            [Field("V", 1), Field("G", 1), Field("L", 1), Field("CODE", 5)],
        ),
    ),
    ("050", _mode_code("I048/050 mode 2 code")),
    ("065", Fixed("I048/065 mode 1 confidence", 1, [Field(None, 3), Field("QA", 5)])),
    ("060", Fixed("I048/060 mode 2 confidence", 2, [Field(None, 4), Field("QA", 12, "hex")])),
    ("SP", Explicit("I048/SP special purpose field")),
    ("RE", Explicit("I048/RE reserved expansion field")),
]

UAP: tuple[tuple[str, ItemSpec] | None, ...] = tuple(_ITEMS)

_KT = 3600.0  # NM/s -> knots
_M_PER_NM = 1852.0

# RadarTarget field -> (item, field, factor or None). Applied by the decoder.
SUMMARY: tuple[tuple[str, str, str, float | None], ...] = (
    ("sac", "010", "SAC", None),
    ("sic", "010", "SIC", None),
    ("time_of_day_s", "140", "ToD", None),
    ("rho_nm", "040", "RHO", None),
    ("theta_deg", "040", "THETA", None),
    ("x_m", "042", "X", _M_PER_NM),
    ("y_m", "042", "Y", _M_PER_NM),
    ("track_number", "161", "TRN", None),
    ("mode3a", "070", "MODE", None),
    ("flight_level", "090", "FL", None),
    ("speed_kt", "200", "GSP", _KT),
    ("heading_deg", "200", "HDG", None),
    ("aircraft_address", "220", "ADR", None),
    ("callsign", "240", "IDENT", None),
)
