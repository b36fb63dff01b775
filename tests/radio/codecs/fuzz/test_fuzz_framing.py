"""Fuzzing the framers (lines, STX/ETX with and without BCC, whole): nothing lost, chunking free.

The property is :func:`tests.radio.codecs.fuzz.framing_target.run`'s: every
framer call well-formed, the emitted frames the stream itself in order less
only the bytes the framing may drop, whatever ``max_frame``, and the same
frames whether the stream comes whole, in chunks or byte by byte. No
failure has been found at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from radio.framing.lines import frame_line
from radio.framing.stx_etx import frame_stx_etx_bcc
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.contract import ContractViolation
from tests.radio.codecs.fuzz.framing_target import FRAMING, _check_conservation, frames_of


def test_seeds_keep_the_framing_contract(seed_samples: Path | None) -> None:
    for seed in FRAMING.seeds(seed_samples):
        FRAMING.run(seed)


def test_the_conservation_check_sees_a_lost_byte() -> None:
    data = b"abc\r\ndef\r\n"
    frames = frames_of(frame_line, [data], 100)
    assert frames == [b"abc", b"def"]
    with pytest.raises(ContractViolation, match="lost"):
        _check_conservation("lines", data + b"x", frames, frozenset(b"\r\n"), False)
    record = b"\x02AB\x03C"
    assert frames_of(frame_stx_etx_bcc, [record[:4], record[4:]], 100) == [record]


@fuzz_settings(200)
@given(data=st.data())
def test_mutated_streams_keep_the_framing_contract(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(FRAMING, seed_samples, data)


@fuzz_settings(200)
@given(stream=st.binary(max_size=300))
def test_arbitrary_streams_keep_the_framing_contract(stream: bytes) -> None:
    FRAMING.run(stream)
