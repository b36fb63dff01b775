"""Fuzzing a partner's answer (``eido-answer``): mutated answers decode or are refused.

Structure-aware (see ``eido_answer_target``): fields dropped, retyped,
duplicated, unknown ones added, texts stretched, times broken, then
written back, now and then broken as bytes, nested deeply or oversized.
No failure has been found at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.eido_answer import EidoAnswer, decode
from radio.messages import DecodeError
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.eido_answer_target import EIDO_ANSWER


def test_seeds_decode(seed_samples: Path | None) -> None:
    kinds = []
    for seed in EIDO_ANSWER.seeds(seed_samples):
        answer = decode(seed)
        assert isinstance(answer, EidoAnswer), answer
        kinds.append(answer.kind)
        EIDO_ANSWER.run(seed)
    assert kinds == ["accepted", "rejected", "completed"]


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_answers_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    frame = exercise(EIDO_ANSWER, seed_samples, data)
    result = decode(frame)
    if isinstance(result, DecodeError):
        assert result.reason and not result.reason.startswith("internal decoder error")
