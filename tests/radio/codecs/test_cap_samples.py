"""The four CAP 1.2 specification examples (Appendix A) decode with the right values.

The official schema cross-checks our hand validation: every sample is valid
for both, and each mutation below is rejected by both.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from radio.codecs.cap import decode_cap
from radio.messages import DecodeError
from radio.messages_sensor import CapAlert


def _alert(samples_dir: Path, number: int) -> CapAlert:
    data = (samples_dir / "cap" / f"cap12-v1dot2_appendix_adot{number}.xml").read_bytes()
    alert = decode_cap(data)
    assert isinstance(alert, CapAlert), alert
    return alert


def test_a1_homeland_security_advisory(samples_dir: Path) -> None:
    alert = _alert(samples_dir, 1)
    assert (alert.identifier, alert.sender) == ("43b080713727", "hsas@dhs.gov")
    assert alert.sent == datetime(2003, 4, 2, 19, 39, 1, tzinfo=UTC)
    assert alert.sent.utcoffset() == timedelta(hours=-5)
    assert (alert.status, alert.msg_type, alert.scope) == ("Actual", "Alert", "Public")
    (info,) = alert.infos
    assert info.categories == ("Security",) and info.language == "en-US"
    assert (info.urgency, info.severity, info.certainty) == ("Immediate", "Severe", "Likely")
    assert info.headline == "Homeland Security Sets Code ORANGE"
    assert info.parameters == (("HSAS", "ORANGE"),)
    assert info.web == "http://www.dhs.gov/dhspublic/display?theme=29"
    assert info.areas[0].area_desc == "U.S. nationwide and interests worldwide"


def test_a2_severe_thunderstorm_polygon(samples_dir: Path) -> None:
    alert = _alert(samples_dir, 2)
    assert alert.identifier == "KSTO1055887203"
    (info,) = alert.infos
    assert info.categories == ("Met",) and info.response_types == ("Shelter",)
    assert info.event_codes == (("SAME", "SVR"),)
    assert info.expires == datetime(2003, 6, 17, 16, 0, tzinfo=timezone(timedelta(hours=-7)))
    (area,) = info.areas
    (ring,) = area.polygons
    assert ring[0] == (38.47, -120.14) and ring[0] == ring[-1] and len(ring) == 5
    assert area.geocodes == (("SAME", "006109"), ("SAME", "006009"), ("SAME", "006003"))


def test_a3_earthquake_update_references_and_circle(samples_dir: Path) -> None:
    alert = _alert(samples_dir, 3)
    assert alert.msg_type == "Update"
    (ref,) = alert.references
    assert (ref.sender, ref.identifier) == ("trinet@caltech.edu", "TRI13970876.1")
    assert ref.sent == datetime(2003, 6, 12, 3, 30, tzinfo=UTC)
    (info,) = alert.infos
    assert (info.categories, info.urgency, info.severity) == (("Geo",), "Past", "Minor")
    assert dict(info.parameters)["Magnitude"] == "3.4 Ml"
    assert info.areas[0].circles == ((32.9525, -115.5527, 0.0),)


def test_a4_amber_alert_two_languages(samples_dir: Path) -> None:
    alert = _alert(samples_dir, 4)
    assert alert.source == "SW" and alert.identifier == "KAR0-0306112239-SW"
    assert [i.language for i in alert.infos] == ["en-US", "es-US"]
    assert alert.infos[1].event == "Abducción de Niño"
    assert alert.infos[0].areas[0].geocodes == (("SAME", "006037"),)
    assert alert.to_dict()["infos"][1]["areas"][0]["area_desc"] == "condado de Los Ángeles"


_MUTATIONS = [
    ("<status>Actual</status>", "<status>Real</status>", "<status> 'Real'"),
    ("<scope>Public</scope>", "", "missing required <scope>"),
    ("<msgType>Alert</msgType>", "<msgType>Warning</msgType>", "<msgType> 'Warning'"),
    ("<urgency>Immediate</urgency>", "<urgency>Soon</urgency>", "<urgency> 'Soon'"),
    ("<certainty>Likely</certainty>", "", "missing required <certainty>"),
    ("<sent>2003-06-11T22:39:00-07:00</sent>", "<sent>2003-06-11T22:39:00Z</sent>", "dateTime"),
]


@pytest.mark.parametrize(("old", "new", "reason"), _MUTATIONS)
def test_mutations_rejected_like_the_official_schema(
    samples_dir: Path, old: str, new: str, reason: str
) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(samples_dir / "cap" / "cap12.xsd"))
    text = (samples_dir / "cap" / "cap12-v1dot2_appendix_adot4.xml").read_text(encoding="utf-8")
    assert schema.is_valid(text)
    assert old in text
    mutated = text.replace(old, new, 1)
    assert not schema.is_valid(mutated)
    result = decode_cap(mutated.encode())
    assert isinstance(result, DecodeError) and reason in result.reason, result
