"""Fuzzing NENA EIDO: documents mutated as JSON trees decode or are refused with a reason.

Structure-aware (see ``eido_target``): values dropped, retyped, duplicated
and moved, references broken, PIDF-LO replaced, then written back, now and
then broken as bytes or nested deeply. No failure has been found at the
time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.eido import EidoDocument, decode
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.eido_target import EIDO


def test_seeds_decode(seed_samples: Path | None) -> None:
    kinds = []
    for seed in EIDO.seeds(seed_samples):
        document = decode(seed)
        assert isinstance(document, EidoDocument), document
        kinds.append(document.kind)
        EIDO.run(seed)
    assert kinds == ["incident", "call-transfer"]


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_documents_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(EIDO, seed_samples, data)
