"""Every fuzz target by name: what ``dev.py fuzz``, the harnesses and the benchmark iterate.

ASTERIX is fuzzed in the normal suite by
``tests/radio/codecs/asterix/test_fuzz_asterix.py`` (its own seeds and
block-length repair); its target here reuses those seeds and that
mutation for the long atheris runs and the benchmark.
"""

from __future__ import annotations

from tests.radio.codecs.fuzz.ali_target import ALI
from tests.radio.codecs.fuzz.aml_target import AML
from tests.radio.codecs.fuzz.asterix_target import ASTERIX
from tests.radio.codecs.fuzz.cap_target import CAP
from tests.radio.codecs.fuzz.eido_answer_target import EIDO_ANSWER
from tests.radio.codecs.fuzz.eido_target import EIDO
from tests.radio.codecs.fuzz.espa_target import ESPA
from tests.radio.codecs.fuzz.framing_target import FRAMING
from tests.radio.codecs.fuzz.nmea_target import NMEA
from tests.radio.codecs.fuzz.pidf_target import PIDF
from tests.radio.codecs.fuzz.target import Target
from tests.radio.codecs.fuzz.tetra_pei_target import TETRA_PEI
from tests.radio.codecs.fuzz.zone_alarm_target import ZONE_ALARM

__all__ = ["TARGETS"]

TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        NMEA, ALI, AML, PIDF, CAP, ZONE_ALARM, ASTERIX, FRAMING, ESPA, TETRA_PEI, EIDO,
        EIDO_ANSWER,
    )
}  # fmt: skip
