"""NMEA 0183 under fuzzing: position and ARPA sentences, TAG blocks, checksums kept right.

Seeds: sentences our encoders write (GGA, RMC, TTM, TLL, OSD, RSD, TLB,
with and without TAG blocks), hand-written ones for what they do not write
(GLL, GNS, VTG, ZDA, proprietary, AIS, one-digit and missing checksums,
blank padding), and every line of the gpsd, pynmea2 and ARPA samples.
Mutations work on the comma-separated fields (edge values, digits, dropped
and doubled fields, a changed address) and on the TAG blocks, then
:func:`fixup` recomputes every XOR checksum (TAG blocks' and the
sentence's) so the field decoders are reached; one mutation in ten keeps
its broken checksum on purpose.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from functools import cache
from pathlib import Path

from radio.codecs import nmea
from radio.codecs.nmea import (
    checksum,
    encode_gga,
    encode_osd,
    encode_rmc,
    encode_rsd,
    encode_tlb,
    encode_tll,
    encode_ttm,
    with_tag_block,
)
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.mutators import Rng, mutate_bytes, mutate_fields
from tests.radio.codecs.fuzz.target import Target, sample_lines

__all__ = ["NMEA", "fixup", "seal"]

WHEN = datetime(2024, 5, 1, 8, 7, 6, 500000, tzinfo=UTC)
ADDRESSES = (
    "GPGGA", "GNRMC", "GLGLL", "GAGNS", "BDGGA", "GPVTG", "GPZDA", "RATTM", "RATLL", "RAOSD",
    "RARSD", "RATLB", "IITTM", "PGRME", "PASHR", "P", "PX", "GP", "", "gpgga", "GPGG1", "12GGA",
    "PPGGA", "AIVDM", "GPGGAA",
)  # fmt: skip
VALUES = (
    "A", "V", "N", "S", "E", "W", "T", "R", "K", "M", "L", "Q", "P", "B", "D", "F", "H", "C",
    "123519", "235959.999", "240000", "235960", "235961", "0000", "12:30:00", "010100", "310299",
    "290223", "290224", "000000", "311324", "4807.038", "01131.000", "9000.0000", "9000.0001",
    "18000.0000", "18000.0001", "0000.0000", "4860.0000", "0460.0000", "12345.67", "99.99",
    "00", "08", "9", "1000", "999", "-12.5", "ADMN", "NNNN", "G", "1.5", "360.0", "AB*12",
)  # fmt: skip
TAG_ITEMS = (
    "s:UNIT-42", "s:", "c:1700000000", "c:1700000000123", "c:" + "9" * 16, "c:x", "n:12",
    "n:-1", "d:DEST", "t:text", "r:5", "x", "ss:1", "s", ":", "",
)  # fmt: skip
TOKENS = (*(a.encode() for a in ADDRESSES[:14]), b"$", b"!", b"*", b",", b"\\s:", b"\\c:")


def seal(body: str, lead: str = "$") -> bytes:
    """``body`` framed as a sentence with its checksum."""
    raw = body.encode("latin-1")
    return b"%s%s*%02X" % (lead.encode(), raw, checksum(raw))


def _own() -> list[bytes]:
    gga = encode_gga(60.1699, 24.9384, WHEN.timetz(), "GP", 2, 11, 1.3, -12.5)
    rmc = encode_rmc(-33.8688, 151.2093, WHEN, 12.25, 271.5, "GN")
    seeds = [
        gga,
        rmc,
        encode_gga(90.0, -180.0, time(23, 59, 59, 999000, UTC)),
        with_tag_block(gga, "UNIT-42", 1700000000),
        with_tag_block(with_tag_block(rmc, "CAR-7", 9), "GW-1"),
        encode_ttm(7, 4630.0, 45.0, 6.2, 270.0, bearing_ref="R", cpa_m=555.6, name="FERRY"),
        encode_tll(7, 48.1173, -11.5167, name="FERRY", fix_time=WHEN.timetz()),
        encode_osd(90.5, 88.0, 5.1, set_deg=180.0, drift_mps=0.7),
        encode_rsd(1481.6, 326.9, 11112.0, units="K", rotation="H"),
        encode_tlb([(1, "ALPHA"), (12, "BRAVO")]),
        with_tag_block(encode_tlb([(3, "C")]), "RADAR-1", 1700000000123),
        seal("GPGLL,4916.45,N,12311.12,W,225444,A,A"),
        seal("GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,"),
        seal("GPGNS,014035.00,,,,,NN,00,,,,,"),
        seal("GPVTG,054.7,T,034.4,M,005.5,N,010.2,K,A"),
        seal("GPZDA,201530.00,04,07,2002,00,00"),
        seal("GPRMC,081836,A,3751.65,S,14507.36,E,000.0,360.0,130998,011.3,E"),
        seal("GPRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,,A"),
        seal("GPGGA,,,,,,0,,,,M,,M,,"),
        seal("PGRME,15.0,M,45.0,M,25.0,M"),
        seal("AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0", "!"),
        b"$GPHDT,,T*1B",
        b"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        b"  " + gga + b"\t",
        gga.rsplit(b"*", 1)[0] + b"*" + b"%X" % checksum(gga[1:].rsplit(b"*", 1)[0]),
    ]
    return seeds


# Seeds the decoder refuses as they are: a TAG block alone, a wrong checksum.
REFUSED = (
    b"\\s:UNIT-9*" + b"%02X" % checksum(b"s:UNIT-9") + b"\\",
    b"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*00",
)


@cache
def seeds(samples: Path | None) -> list[bytes]:
    out = [*_own(), *REFUSED]
    if samples is not None:
        lines = []
        for log in sorted((samples / "nmea").glob("*.log")):
            lines += sample_lines(log)
        # At most a few lines per sentence type: the logs are mostly satellites in view.
        per_address: dict[bytes, int] = {}
        for line in dict.fromkeys(lines):
            address = line.split(b",", 1)[0][-5:]
            per_address[address] = per_address.get(address, 0) + 1
            if per_address[address] <= 6:
                out.append(line)
        out += sample_lines(samples / "nmea" / "arpa_radar_sentences.tsv", column=4)
    return list(dict.fromkeys(out))


def fixup(data: bytes) -> bytes:
    """Recompute the checksums of the TAG blocks and of the sentence (two-digit ones only)."""
    out = bytearray(data)
    pos = 0
    while out[pos : pos + 1] == b"\\":
        close = out.find(b"\\", pos + 1)
        if close < 0:
            break
        star = out.rfind(b"*", pos + 1, close)
        if star >= 0 and close - star == 3:
            out[star + 1 : close] = b"%02X" % checksum(out[pos + 1 : star])
        pos = close + 1
    while out[pos : pos + 1] in (b" ", b"\t"):
        pos += 1
    if out[pos : pos + 1] in (b"$", b"!"):
        star = out.find(b"*", pos + 1)
        tail = out[star + 1 :].rstrip(b" \t") if star >= 0 else b""
        if star >= 0 and len(tail) == 2:
            out[star + 1 : star + 3] = b"%02X" % checksum(out[pos + 1 : star])
    return bytes(out)


def _tag_blocks(rng: Rng) -> str:
    items = [rng.choice(TAG_ITEMS) for _ in range(1 + rng.randrange(3))]
    body = ",".join(items)
    star = "*00" if rng.random() < 0.8 else rng.choice(("", "*", "*0", "*ZZ", "*000"))
    return "\\" + body + star + "\\"


def mutate(data: bytes, rng: Rng) -> bytes:
    if rng.random() < 0.1:
        out = mutate_bytes(data, rng, TOKENS)
        return fixup(out) if rng.random() < 0.5 else out
    text = data.decode("utf-8", "surrogateescape")
    prefix = ""
    while text.startswith("\\") and text.find("\\", 1) > 0:
        close = text.find("\\", 1)
        prefix, text = prefix + text[: close + 1], text[close + 1 :]
    lead, body = (text[:1], text[1:]) if text[:1] in ("$", "!") else ("$", text)
    body, star, given = body.partition("*")
    if star or rng.random() < 0.7:
        star, given = "*", "00"  # recomputed by fixup
    roll = rng.randrange(20)
    if roll < 15:
        fields = body.split(",")
        if rng.random() < 0.15:
            fields[0] = rng.choice(ADDRESSES)
        body = ",".join(mutate_fields(fields, rng, VALUES))
    elif roll < 17:
        prefix = "" if prefix and rng.random() < 0.3 else prefix + _tag_blocks(rng)
    elif roll < 19:
        star, given = rng.choice((("", ""), ("*", "0"), ("*", "a1"), ("*", "*12"), ("*", "")))
    else:
        lead = rng.choice(("$", "!", "", " $", "\\", "$$"))
    out = (prefix + lead + body + star + given).encode("utf-8", "surrogateescape")
    return fixup(out) if rng.random() < 0.9 else out


def run(data: bytes) -> None:
    check(nmea.decode(data), "nmea")


NMEA = Target(
    name="nmea",
    seeds=seeds,
    mutate=mutate,
    fixup=fixup,
    run=run,
    decode=nmea.decode,
    tokens=TOKENS,
)
