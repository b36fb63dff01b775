"""Fuzzing TETRA PEI: line framer, codec and the console's PEI session, whatever the radio says.

Structure-aware (see ``tetra_pei_target``): ``+CTSDSR`` headers with edge
identities, AI services and lengths, PDUs with bytes changed and cut, raw
byte mutations with CR, LF, Ctrl-Z and ESC. The property: only terminators
dropped by the framing, frames independent of the chunking, every frame
decoded or refused with a reason, the session never raising. No failure
has been found at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.tetra_pei_target import TETRA_PEI


def test_seeds_keep_the_contract(seed_samples: Path | None) -> None:
    for seed in TETRA_PEI.seeds(seed_samples):
        TETRA_PEI.run(seed)


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_streams_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(TETRA_PEI, seed_samples, data)


@fuzz_settings(150)
@given(stream=st.binary(max_size=300))
def test_arbitrary_bytes(stream: bytes) -> None:
    TETRA_PEI.run(stream)
