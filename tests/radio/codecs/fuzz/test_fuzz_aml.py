"""Fuzzing AML: mutated SMS texts (v1, v2) and HTTPS bodies decode or are refused, by every decoder.

Structure-aware (see ``aml_target``): SMS attributes and form pairs are
mutated as such, the SMS ``ml`` length is recomputed afterwards and form
values are re-encoded, so the attribute decoders are reached. No crash has
been found in these decoders at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.aml import decode_aml_line, decode_aml_sms
from radio.messages_location import CallerLocation
from tests.radio.codecs.fuzz.aml_target import AML, _own, fixup
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings


def test_own_seeds_decode_and_samples_keep_the_contract(seed_samples: Path | None) -> None:
    for seed in _own():
        assert isinstance(decode_aml_line(seed), CallerLocation), seed
    for seed in AML.seeds(seed_samples):
        AML.run(seed)


def test_fixup_recomputes_the_sms_length() -> None:
    text = b'A"ML=1;lt=+55.74317;lg=+037.61911;rd=50;ml=999'
    fixed = fixup(text)
    assert fixed.endswith(b";ml=%d" % len(fixed))
    assert isinstance(decode_aml_sms(fixed), CallerLocation)
    assert fixup(b"v=1&ml=3") == b"v=1&ml=3"


@fuzz_settings(400)
@given(data=st.data())
def test_mutated_messages_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(AML, seed_samples, data)
