"""Fuzzing NMEA 0183: mutated position and ARPA sentences with TAG blocks decode or are refused.

Structure-aware (see ``nmea_target``): mutations change fields, addresses,
TAG blocks and checksum forms, and the checksums are recomputed afterwards
so the field decoders are reached. The property is the one of
``contract.check``: a message or a ``DecodeError`` with a reason, nothing
non-finite or unencodable, and a payload the store can encode. No crash has
been found in this decoder (the in-suite examples, plus 10^5 mutations per
seed set and the long atheris runs at the time of writing).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs import nmea
from radio.messages import DecodeError, NmeaSentence, PositionFix
from radio.messages_sensor import RadarTrackReport
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.nmea_target import NMEA, _own, fixup, seal


def test_own_seeds_decode_and_samples_keep_the_contract(seed_samples: Path | None) -> None:
    for seed in _own():
        assert not isinstance(check(nmea.decode(seed), "nmea"), DecodeError), seed
    for seed in NMEA.seeds(seed_samples):
        NMEA.run(seed)


def test_fixup_recomputes_sentence_and_tag_block_checksums() -> None:
    gga = seal("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")
    broken = gga.replace(b"4807.038", b"4807.039")
    assert isinstance(nmea.decode(broken), DecodeError)
    assert isinstance(nmea.decode(fixup(broken)), PositionFix)
    tagged = b"\\s:UNIT-1,c:1700000000*00\\" + gga
    message = nmea.decode(fixup(tagged))
    assert isinstance(message, PositionFix) and message.source == "UNIT-1"
    assert fixup(b"$GPVTG,1,T*B") == b"$GPVTG,1,T*B"  # a one-digit checksum is left alone


@fuzz_settings(400)
@given(data=st.data())
def test_mutated_sentences_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(NMEA, seed_samples, data)


def test_hostile_edge_cases() -> None:
    # Shapes worth keeping as named cases whatever the fuzzer draws.
    cases = {
        "ARPA distance one digit short of overflow": seal("RATTM,1," + "9" * 308 + ",1,T,,,,,,N"),
        "ARPA distance overflowing to inf": seal("RATTM,1," + "9" * 309 + ",1,T,,,,,,N"),
        "GGA HDOP of 400 digits on the fast path": seal("GPGGA,,,,,,1,08," + "9" * 400 + ",,M"),
        "TAG block time of 16 digits": b"\\c:" + b"9" * 16 + b"*00\\" + seal("GPVTG,1,T"),
        "RMC course of 400 digits": seal("GPRMC,1,A,,,,,," + "9" * 400 + ",010100"),
        "proprietary sentence, lower case": seal("Pgrme,1"),
        "TLB with an odd field count": seal("RATLB,1,A,2"),
    }
    for name, frame in cases.items():
        result = check(nmea.decode(fixup(frame)), "nmea")
        assert isinstance(result, (DecodeError, NmeaSentence, RadarTrackReport)), name
