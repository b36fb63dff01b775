"""Fuzzing ESPA 4.4.4: framer, block codec and control station, whatever the line carries.

Structure-aware (see ``espa_target``): records rewritten with edge values,
headers and separators changed, control characters inserted, BCCs repaired
so blocks reach the record parser. The property: nothing lost by the
framing, frames independent of the chunking, every frame decoded or refused
with a reason, the control station never raising. No failure has been found
at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.espa import EspaBlock, decode
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.espa_target import ESPA, fixup


def test_seeds_keep_the_contract_and_fixup_repairs_the_bcc(seed_samples: Path | None) -> None:
    for seed in ESPA.seeds(seed_samples):
        ESPA.run(seed)
    block = ESPA.seeds(None)[1]
    broken = block[:-1] + b"\x00"
    assert not isinstance(decode(broken), EspaBlock)
    assert isinstance(decode(fixup(broken)), EspaBlock)


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_streams_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(ESPA, seed_samples, data)


@fuzz_settings(150)
@given(stream=st.binary(max_size=300))
def test_arbitrary_bytes(stream: bytes) -> None:
    ESPA.run(stream)
