"""AML under fuzzing: SMS version 1 and 2 texts and HTTPS form bodies, lengths kept right.

Seeds: SMS texts and HTTPS bodies our encoders write, hand-written v2 texts,
and the AML samples (the SMS cases and the HTTPS POST bodies). SMS texts are
mutated attribute by attribute (``key=value`` split on ``;``: edge values,
dropped, doubled, reordered and unknown attributes, a changed header), then
:func:`fixup` recomputes a trailing ``ml=`` (the length of the whole text)
so the attribute decoders are reached. HTTPS bodies are mutated as form
pairs and re-encoded (so the percent-encoding stays valid and the values
reach the field decoders), and one in five is then broken at byte level
(stray ``%``, ``&``, ``=``). Every frame goes through every entry point:
the SMS decoder, the HTTPS decoder with several content types, the line
decoder that tells them apart, and the HMAC check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from radio.codecs.aml import (
    FORM_CONTENT_TYPE,
    decode_aml_http,
    decode_aml_line,
    decode_aml_sms,
    encode_aml_http,
    encode_aml_sms,
    verify_aml_http_hmac,
)
from radio.messages_location import CallerLocation
from tests.radio.codecs.fuzz.contract import ContractViolation, check
from tests.radio.codecs.fuzz.mutators import Rng, mutate_bytes, mutate_fields, mutate_number
from tests.radio.codecs.fuzz.target import Target, sample_lines

__all__ = ["AML", "fixup"]

HEADER = 'A"ML='
SMS_KEYS = ("lt", "lg", "rd", "top", "lc", "pm", "si", "ei", "mcc", "mnc", "ml", "en", "et", "lo",
            "lz", "ls", "nc", "hc", "xx", "", "LT")  # fmt: skip
SMS_VALUES = (
    "+54.76397", "-0.18305", "54.76397", "+90.00000", "+90.00001", "-180.00000", "-180.00001",
    "5.1", "+054.76397", "N", "50", "0", "999999", "1000000", "20130717141935", "00000101000000",
    "99991231235959", "20240230000000", "2013071714193", "100", "101", "G", "W", "C", "F", "U",
    "X", "123456789012345", "1234", "1234567890123456", "12345678901234567", "234", "30", "3",
    "112", "+*#", "1593187189", "253402300799", "253402300800", "-37.42175,-122.08461,20.1",
    "1,2", "1,2,3,4", ",,", "-9", "-10000000", "10000001", "-100.1,10.5", "1,-1", "310260",
    "20801", "en-US", "x" * 9, "en--US", "1=2", "=",
)  # fmt: skip
HTTP_KEYS = (
    "v", "device_number", "location_latitude", "location_longitude", "location_accuracy",
    "location_time", "location_source", "location_certainty", "location_confidence",
    "location_floor", "device_imei", "hmac", "emergency_number", "vendor_field", "", "V",
)  # fmt: skip
HTTP_VALUES = (
    "1", "2", "", "+447477593102", "55.85732", "-4.26325", "90.1", "-180.5", "10.4", "-1",
    "20037509", "1476189444435", "253402300799999", "253402300800000", "9" * 16, "GPS", "gps",
    "wifi", "Cell", "unknown", "satellite", "83", "100.5", "5", "Ground", "é", "\x00", "a&b=c",
)  # fmt: skip
CONTENT_TYPES = (
    FORM_CONTENT_TYPE,
    "application/x-www-form-urlencoded; charset=utf-8",
    "APPLICATION/X-WWW-FORM-URLENCODED",
    "text/plain",
    "",
    None,
)
HMAC_KEY = b"fuzz-key"
TOKENS = (b'A"ML=1;', b'A"ML=2;', b";ml=", b"lt=", b"&", b"=", b"%", b"%2B", b"v=1&")

WHEN = datetime(2024, 5, 1, 8, 7, 6, tzinfo=UTC)
_RECORDS = (
    CallerLocation(
        "aml-sms", "AML-SMS", "aml", number="+447700900123", lat=51.501, lon=-0.142,
        radius_m=12.0, confidence=68.0, time=WHEN, method="Wi-Fi",
        civic=(("FLR", "3"),), extras=(("imsi", "234159176307582"), ("imei", "354773072099116"),
                                       ("mcc", "234"), ("mnc", "15"), ("device_model", "X1")),
    ),
    CallerLocation("aml-sms", "AML-SMS", "aml", number="112"),
    CallerLocation("aml-sms", "AML-SMS", "aml", lat=-89.99999, lon=179.99999, radius_m=0.0),
)  # fmt: skip
_V2 = (
    'A"ML=2;en=112;et=1593187189;lo=-37.42175,-122.08461,20.1;lt=-9;lc=68;'
    "lz=-100.1,10.5;ls=G;ei=358239059042542;nc=310260;hc=20801;lg=en-US",
    'A"ML=2;en=112;et=1593187189;lo=1.5,2.5;ml=41',
    'A"ML=2;en=112;zz=new;ls=U',
)


def _own() -> list[bytes]:
    out: list[bytes] = []
    for record in _RECORDS:
        out.append(encode_aml_sms(record))
        out.append(encode_aml_http(record))
        out.append(encode_aml_http(record, HMAC_KEY))
    out += [fixup(text.encode("ascii")) for text in _V2]
    return out


@cache
def seeds(samples: Path | None) -> list[bytes]:
    out = _own()
    if samples is not None:
        out += sample_lines(samples / "aml" / "aml_sms_text_cases.tsv", column=4)
        out += sample_lines(samples / "aml" / "aml_https_post_bodies.txt")
    return list(dict.fromkeys(out))


def fixup(data: bytes) -> bytes:
    """An SMS text whose last attribute is ``ml=...`` gets the length of the whole text."""
    head, sep, value = data.rpartition(b";ml=")
    if not sep or not data.startswith(b'A"ML') or not value.isdigit():
        return data
    length = len(head) + len(sep) + 1
    while len(head) + len(sep) + len(str(length)) != length:
        length += 1
    return head + sep + str(length).encode()


def _mutate_sms(text: str, rng: Rng) -> str:
    parts = text.split(";")
    roll = rng.randrange(10)
    if roll < 6:
        at = rng.randrange(len(parts))
        key, _, value = parts[at].partition("=")
        if at == 0 and rng.random() < 0.5:
            value = rng.choice(("1", "2", "3", "", "1.0", "01"))
        elif rng.random() < 0.25:
            key = rng.choice(SMS_KEYS)
        else:
            value = rng.choice(SMS_VALUES) if rng.random() < 0.6 else mutate_number(value, rng)
        parts[at] = f"{key}={value}"
    elif roll < 9:
        pairs = [f"{rng.choice(SMS_KEYS)}={rng.choice(SMS_VALUES)}"]
        parts = [parts[0], *mutate_fields(parts[1:], rng, pairs, keep_first=False)]
    else:
        parts[0] = rng.choice(('A"ML=1', 'A"ML=2', 'a"ML=1', "AML=1", 'A"ML', 'A"ML=1=1'))
    if rng.random() < 0.3 and not parts[-1].startswith("ml="):
        parts.append("ml=0")
    return ";".join(parts)


def _mutate_http(data: bytes, rng: Rng) -> bytes:
    try:
        pairs = parse_qsl(data.decode("ascii"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return mutate_bytes(data, rng, TOKENS)
    for _ in range(1 + rng.randrange(3)):
        roll = rng.randrange(8)
        at = rng.randrange(len(pairs)) if pairs else 0
        if roll < 4 and pairs:
            key, value = pairs[at]
            value = rng.choice(HTTP_VALUES) if rng.random() < 0.6 else mutate_number(value, rng)
            pairs[at] = (key, value)
        elif roll == 4 and pairs:
            del pairs[at]
        elif roll == 5 and pairs:
            pairs.insert(at, pairs[at])
        else:
            pairs.insert(at, (rng.choice(HTTP_KEYS), rng.choice(HTTP_VALUES)))
    body = urlencode(pairs).encode("ascii")
    if rng.random() < 0.2:
        body = mutate_bytes(body, rng, TOKENS)
    return body


def mutate(data: bytes, rng: Rng) -> bytes:
    if rng.random() < 0.05:
        return mutate_bytes(data, rng, TOKENS)
    if data.startswith(b'A"ML'):
        out = _mutate_sms(data.decode("latin-1"), rng).encode("latin-1", "replace")
    else:
        out = _mutate_http(data, rng)
    if rng.random() < 0.1:
        out += rng.choice((b"\r\n", b"\n", b" ", b"\x00"))
    return fixup(out) if rng.random() < 0.9 else out


def run(data: bytes) -> None:
    check(decode_aml_sms(data), "aml-sms")
    for content_type in CONTENT_TYPES:
        check(decode_aml_http(data, content_type), "aml-http")
    check(decode_aml_line(data))
    if verify_aml_http_hmac(data, HMAC_KEY) not in (True, False):
        raise ContractViolation("verify_aml_http_hmac returned neither True nor False")


AML = Target(
    name="aml",
    seeds=seeds,
    mutate=mutate,
    fixup=fixup,
    run=run,
    decode=decode_aml_line,
    tokens=TOKENS,
)
