"""TETRA PEI under fuzzing: the line framer, the codec and the console's PEI session.

Seeds are our own PEI exchanges: service selection and ``AT+CMGS`` with
Latin-1 and UCS-2 texts, ``+CMGS`` results, ``+CTSDSR`` statuses, texts,
delivery reports (long and short), ``+CTICN``, errors and noise.
Mutations rewrite header fields (AI service, identities, lengths) with edge
values, flip and cut PDU bytes before re-encoding them in hex, or work on
the raw bytes with CR, LF, Ctrl-Z, ESC and ``+CTSDSR:`` as tokens.

:func:`run` checks the framer's contract and conservation (only CR, LF and
the Ctrl-Z ending a PDU are dropped), chunking independence, the codec's
contract on every frame, and that :class:`radio.tetra_pei_station.TetraPeiStation`
takes the stream without raising.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from radio.codecs.tetra_pei import (
    ctsdsr,
    decode,
    encode_send_text,
    report_pdu,
    status_pdu,
    text_pdu,
)
from radio.framing.tetra_pei import frame_pei
from radio.tetra_pei_station import TetraPeiStation
from tests.radio.codecs.fuzz.contract import ContractViolation, check
from tests.radio.codecs.fuzz.framing_target import (
    _check_conservation,
    _check_framer_calls,
    frames_of,
)
from tests.radio.codecs.fuzz.mutators import Rng, mutate_bytes, mutate_fields
from tests.radio.codecs.fuzz.target import Target

__all__ = ["TETRA_PEI", "run"]

TOKENS = (b"\r", b"\n", b"\r\n", b"\x1a", b"\x1b", b"+CTSDSR: ", b"AT+CMGS=", b",", b"OK\r\n")
IDENTITIES = ("2001", "0", "", "262010001000", "99999999999999999999999999", "*31#", "-1", "a")


@cache
def seeds(samples: Path | None) -> list[bytes]:
    del samples  # no real-world PEI captures: our own exchanges only
    return [
        b"AT+CTSDS=12,0\r\nOK\r\n" + encode_send_text("2001", "Brand Küche", 7) + b"\r\n"
        b"+CMGS: 0,4,7\r\nOK\r\n",
        encode_send_text("2001", "Пожар", 8, coding=26),
        ctsdsr(13, "2001", "1000", status_pdu(0x8005)),
        ctsdsr(12, "2001", "1000", text_pdu("שריפה", 3, 26)),
        ctsdsr(12, "2001", "1000", report_pdu(7, 0x02)),
        ctsdsr(13, "2001", "1000", bytes((0x7E, 0x07))),
        ctsdsr(12, "2001", "1000", b"\x82\x01\x05\x87\x00\x00\x00\x01\xff\x81text"),
        ctsdsr(10, "2001", "1000", b"\x01\x02\x03\x04"),
        b"+CTSDSR: 13,1000,16\r\n8006\r\n",
        b"+CTICN: 1,0,0,0,2001,1,1,0,1,1,0,1000,0\r\n+CTCR: 1,1\r\n+CME ERROR: 35\r\n",
        b"ERROR\r\n\xff\xfe junk\r\nRING\r\n",
    ]


def _mutate_structured(rng: Rng) -> bytes:
    head = ["13", "2001", "0", "1000", "0", "16"]
    pdu = bytearray(
        rng.choice(
            (
                status_pdu(0x8005),
                text_pdu("Küche", 1),
                text_pdu("Пожар", 2, 26),
                report_pdu(3, 0x4B),
                b"\x02\x01abc",
            )
        )
    )
    head[0] = rng.choice(("12", "13", "9", "10", "11", "0", "99"))
    for _ in range(rng.randrange(4)):
        if pdu and rng.random() < 0.5:
            pdu[rng.randrange(len(pdu))] = rng.randrange(256)
        elif pdu:
            del pdu[rng.randrange(len(pdu)) :]
    head[5] = str(len(pdu) * 8)
    fields = mutate_fields(head, rng, IDENTITIES, keep_first=False) if rng.random() < 0.5 else head
    return f"+CTSDSR: {','.join(fields)}\r\n".encode("utf-8", "replace") + pdu.hex().encode()


def mutate(data: bytes, rng: Rng) -> bytes:
    if rng.random() < 0.5:
        where = rng.randrange(len(data) + 1)
        return data[:where] + _mutate_structured(rng) + b"\r\n" + data[where:]
    return mutate_bytes(data, rng, TOKENS)


def run(data: bytes) -> None:
    rng = random.Random(data)
    _check_framer_calls(frame_pei, "tetra-pei", data, rng)
    reference = frames_of(frame_pei, [data], len(data) + 1)
    _check_conservation("tetra-pei", data, reference, frozenset(b"\r\n\x1a"), True)
    cuts = sorted(rng.randrange(len(data) + 1) for _ in range(rng.randrange(5)))
    chunks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
    if frames_of(frame_pei, chunks, len(data) + 1) != reference:
        raise ContractViolation(f"tetra-pei: frames depend on the chunking at {cuts}")
    for frame in reference:
        check(decode(frame), "tetra-pei")
    station = TetraPeiStation()
    station.submit_text("2001", "x", 0.0)
    for index, chunk in enumerate(chunks):
        station.receive(chunk, 0.1 * index)
        station.tick(0.1 * index + 6.0)
        station.take_output()
        station.take_events()


TETRA_PEI = Target(
    name="tetra-pei",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode,
    tokens=TOKENS,
)
