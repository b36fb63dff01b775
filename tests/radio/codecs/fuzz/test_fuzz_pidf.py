"""Fuzzing PIDF-LO: mutated documents of every shape give locations or reasons, nothing else.

Structure-aware (see ``pidf_target``): element trees mutated (texts,
attributes, shapes renamed, elements dropped, doubled, inserted), written
in several encodings, and about one in five broken on purpose (truncated,
a DTD, an encoding expat cannot read). No crash has been found in this
decoder at the time of writing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.pidf import decode_pidf_frame
from radio.messages_location import PidfDocument
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.pidf_target import PIDF, _own


def test_own_seeds_decode_and_samples_keep_the_contract(seed_samples: Path | None) -> None:
    shapes = set()
    for seed in _own():
        document = decode_pidf_frame(seed)
        assert isinstance(document, PidfDocument) and not document.errors, document
        shapes |= {location.shape for location in document.locations}
    assert shapes >= {"Point", "Circle", "Ellipse", "ArcBand", "Polygon", "Sphere", "Ellipsoid"}
    assert shapes >= {"Prism", None}  # None: a civic address alone
    for seed in PIDF.seeds(seed_samples):
        PIDF.run(seed)


@fuzz_settings(250)
@given(data=st.data())
def test_mutated_documents_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(PIDF, seed_samples, data)
