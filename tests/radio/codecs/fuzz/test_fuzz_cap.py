"""Fuzzing CAP 1.0, 1.1 and 1.2: mutated alerts decode or are refused with a reason, nothing else.

Structure-aware (see ``cap_target``): element trees mutated with every
version's enumerations, dateTime forms, areas and pairs, documents moved
between the versions' namespaces, written in several encodings and about
one in five broken on purpose. No crash has been found in this decoder at
the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.cap import decode_cap
from radio.messages_sensor import CapAlert
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.cap_target import ALERT_10, ALERT_11, ALERT_12, CAP


def test_own_seeds_decode_and_samples_keep_the_contract(seed_samples: Path | None) -> None:
    versions = []
    for document in (ALERT_10, ALERT_11, ALERT_12):
        alert = decode_cap(document.encode())
        assert isinstance(alert, CapAlert), alert
        versions.append(alert.version)
    assert versions == ["1.0", "1.1", "1.2"]
    for seed in CAP.seeds(seed_samples):
        CAP.run(seed)


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_alerts_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(CAP, seed_samples, data)
