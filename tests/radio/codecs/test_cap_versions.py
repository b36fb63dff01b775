"""CAP 1.0 and 1.1 alerts decode like 1.2, and the payload says which version.

The fixtures are our own, written from the element sets of the OASIS CAP
1.0 (2004) and 1.1 (2005, errata 2007) specifications: what those versions
have that 1.2 has not (1.0's ``<password>``, ``valueName=value`` codes,
certainty "Very Likely", dates with ``Z`` or fractions) and what they lack
(1.0: Draft, CBRNE, responseType; 1.1: responseType Avoid/AllClear).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from radio.codecs.cap import decode_cap
from radio.messages import DecodeError
from radio.messages_sensor import CapAlert

CAP10 = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="http://www.incident.com/cap/1.0">
  <identifier>KSTO-2004-0001</identifier>
  <sender>hazards@example.org</sender>
  <password>s3cret-passw0rd</password>
  <source>duty forecaster</source>
  <sent>2004-05-10T21:02:00Z</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <incidents>INC-7</incidents>
  <info>
    <category>Met</category>
    <event>Severe Thunderstorm</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Very Likely</certainty>
    <audience>general public</audience>
    <eventCode>SAME=SVR</eventCode>
    <effective>2004-05-10T14:02:00.500-07:00</effective>
    <expires>2004-05-10T16:00:00-07:00</expires>
    <senderName>Weather Office Sacramento</senderName>
    <headline>Severe thunderstorm warning</headline>
    <instruction>Take shelter in a sturdy building.</instruction>
    <parameter>storm_speed=25 km/h</parameter>
    <resource>
      <resourceDesc>radar image</resourceDesc>
      <uri>http://example.org/radar.png</uri>
    </resource>
    <area>
      <areaDesc>Northern valley</areaDesc>
      <polygon>38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14</polygon>
      <circle>38.4,-120.0 12.5</circle>
      <geocode>fips6=006109</geocode>
      <geocode>fips6=006103</geocode>
      <altitude>0</altitude>
      <ceiling>30000</ceiling>
    </area>
  </info>
</alert>
"""

CAP11 = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">
  <identifier>CHEM-2006-42</identifier>
  <sender>civil.protection@example.org</sender>
  <sent>2006-03-01T08:15:00-00:00</sent>
  <status>Draft</status>
  <msgType>Update</msgType>
  <scope>Restricted</scope>
  <restriction>emergency services only</restriction>
  <references>civil.protection@example.org,CHEM-2006-41,2006-03-01T08:00:00.25-00:00</references>
  <info>
    <language>fr-CA</language>
    <category>CBRNE</category>
    <category>Safety</category>
    <event>Chemical release</event>
    <responseType>Shelter</responseType>
    <responseType>Monitor</responseType>
    <urgency>Expected</urgency>
    <severity>Moderate</severity>
    <certainty>Observed</certainty>
    <eventCode><valueName>local</valueName><value>CHEM</value></eventCode>
    <onset>2006-03-01T08:00:00-05:00</onset>
    <parameter><valueName>substance</valueName><value>chlorine</value></parameter>
    <resource>
      <resourceDesc>plume map</resourceDesc>
      <size>2048</size>
      <derefUri>aGVsbG8=</derefUri>
    </resource>
    <area>
      <areaDesc>Rail yard</areaDesc>
      <circle>45.5,-73.6 1.5</circle>
      <geocode><valueName>SGC</valueName><value>2466023</value></geocode>
    </area>
  </info>
</alert>
"""


def _alert(text: str) -> CapAlert:
    alert = decode_cap(text.encode("utf-8"))
    assert isinstance(alert, CapAlert), alert
    json.dumps(alert.to_payload(), allow_nan=False)
    return alert


def _reason(text: str) -> str:
    result = decode_cap(text.encode("utf-8"))
    assert isinstance(result, DecodeError), result
    assert not result.reason.startswith("internal")
    return result.reason


def test_cap_10_decodes_like_12() -> None:
    alert = _alert(CAP10)
    assert alert.version == "1.0" and alert.to_payload()["version"] == "1.0"
    assert (alert.identifier, alert.sender, alert.source) == (
        "KSTO-2004-0001",
        "hazards@example.org",
        "duty forecaster",
    )
    assert alert.sent == datetime(2004, 5, 10, 21, 2, tzinfo=UTC)
    assert (alert.status, alert.msg_type, alert.scope, alert.incidents) == (
        "Actual",
        "Alert",
        "Public",
        ("INC-7",),
    )
    (info,) = alert.infos
    assert info.categories == ("Met",) and info.response_types == ()
    assert info.certainty == "Likely"  # "Very Likely", as CAP 1.1 says to read it
    assert info.event_codes == (("SAME", "SVR"),)
    assert info.parameters == (("storm_speed", "25 km/h"),)
    assert info.effective == datetime(
        2004, 5, 10, 14, 2, 0, 500000, tzinfo=timezone(timedelta(hours=-7))
    )
    (area,) = info.areas
    assert area.geocodes == (("fips6", "006109"), ("fips6", "006103"))
    assert area.circles == ((38.4, -120.0, 12.5),)
    assert (area.altitude_ft, area.ceiling_ft) == (0.0, 30000.0)
    assert len(area.polygons[0]) == 4


def test_cap_10_password_never_reaches_the_payload() -> None:
    payload = json.dumps(_alert(CAP10).to_payload())
    assert "s3cret" not in payload and "password" not in payload


def test_cap_10_oasis_namespace_too() -> None:
    text = CAP10.replace("http://www.incident.com/cap/1.0", "urn:oasis:names:tc:emergency:cap:1.0")
    assert _alert(text) == _alert(CAP10)


def test_cap_11_decodes_like_12() -> None:
    alert = _alert(CAP11)
    assert alert.version == "1.1" and alert.to_payload()["version"] == "1.1"
    assert (alert.status, alert.scope, alert.restriction) == (
        "Draft",
        "Restricted",
        "emergency services only",
    )
    (ref,) = alert.references
    assert ref.identifier == "CHEM-2006-41"
    assert ref.sent == datetime(2006, 3, 1, 8, 0, 0, 250000, tzinfo=UTC)
    (info,) = alert.infos
    assert info.language == "fr-CA" and info.categories == ("CBRNE", "Safety")
    assert info.response_types == ("Shelter", "Monitor")
    assert info.certainty == "Observed"
    assert info.event_codes == (("local", "CHEM"),)
    assert info.parameters == (("substance", "chlorine"),)
    assert info.areas[0].geocodes == (("SGC", "2466023"),)
    assert info.areas[0].circles == ((45.5, -73.6, 1.5),)


def test_cap_11_deprecated_very_likely() -> None:
    text = CAP11.replace("<certainty>Observed</certainty>", "<certainty>Very Likely</certainty>")
    assert _alert(text).infos[0].certainty == "Likely"


@pytest.mark.parametrize(
    ("text", "old", "new", "reason"),
    [
        (CAP10, "<status>Actual</status>", "<status>Draft</status>", "<status> 'Draft'"),
        (CAP10, "<category>Met</category>", "<category>CBRNE</category>", "<category> 'CBRNE'"),
        (
            CAP10,
            "<certainty>Very Likely</certainty>",
            "<certainty>Observed</certainty>",
            "'Observed'",
        ),
        (
            CAP10,
            "<sent>2004-05-10T21:02:00Z</sent>",
            "<sent>2004-05-10T21:02:00</sent>",
            "dateTime",
        ),
        (
            CAP10,
            "<geocode>fips6=006103</geocode>",
            "<geocode>006103</geocode>",
            "'valueName=value'",
        ),
        (
            CAP10,
            "<geocode>fips6=006103</geocode>",
            "<geocode>=006103</geocode>",
            "'valueName=value'",
        ),
        (
            CAP11,
            "<responseType>Monitor</responseType>",
            "<responseType>Avoid</responseType>",
            "'Avoid'",
        ),
        (
            CAP11,
            "<sent>2006-03-01T08:15:00-00:00</sent>",
            "<sent>2006-03-01T08:15:00Z</sent>",
            "dateTime",
        ),
        (CAP11, "<value>chlorine</value>", "", "missing required <value>"),
        (CAP11, "<resourceDesc>plume map</resourceDesc>", "", "missing required <resourceDesc>"),
    ],
)
def test_what_a_version_does_not_allow_is_refused(
    text: str, old: str, new: str, reason: str
) -> None:
    assert old in text
    assert reason in _reason(text.replace(old, new, 1))


def test_cap_12_rules_are_unchanged() -> None:
    # 1.2 keeps its stricter dateTime (no fraction, no Z) and requires mimeType
    text = CAP11.replace("cap:1.1", "cap:1.2")
    text = text.replace("<size>2048</size>", "<mimeType>image/png</mimeType>")
    assert "dateTime" in _reason(text)
    text = text.replace("08:00:00.25-00:00", "08:00:00-00:00")
    assert _alert(text).version == "1.2"
    text = text.replace("<mimeType>image/png</mimeType>", "")
    assert "missing required <mimeType>" in _reason(text)


def test_cap_12_samples_say_version_12(samples_dir: Path) -> None:
    for path in sorted((samples_dir / "cap").glob("*.xml")):
        alert = decode_cap(path.read_bytes())
        assert isinstance(alert, CapAlert) and alert.to_payload()["version"] == "1.2"
