"""CAP 1.2 codec on our own documents: hostile XML, required fields, enumerations, statuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from radio.codecs.cap import MAX_DOCUMENT, decode_cap
from radio.messages import DecodeError
from radio.messages_sensor import CapAlert

_INFO = """<info><category>Fire</category><category>Safety</category><event>Wildfire</event>
<responseType>Evacuate</responseType><urgency>Expected</urgency><severity>Extreme</severity>
<certainty>Possible</certainty><onset>2024-07-01T12:00:00+02:00</onset>
<area><areaDesc>Ridge "North"</areaDesc>
<polygon>45.0,7.0 45.1,7.0 45.1,7.1 45.0,7.0</polygon>
<polygon>46.0,8.0 46.1,8.0 46.1,8.1 46.0,8.0</polygon>
<circle>45.05,7.05 2.5</circle><altitude>1000</altitude><ceiling>5000.5</ceiling></area>
</info>"""


def _doc(
    status: str = "Exercise",
    extra: str = "",
    info: str = _INFO,
    head: str = "",
    scope: str = "<scope>Public</scope>",
) -> bytes:
    return (
        f'{head}<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
        "<identifier>DRILL-42</identifier><sender>ops@example.org</sender>"
        f"<sent>2024-07-01T10:00:00+00:00</sent><status>{status}</status>"
        f"<msgType>Update</msgType>{scope}{extra}{info}</alert>"
    ).encode()


def _reason(document: bytes) -> str:
    result = decode_cap(document)
    assert isinstance(result, DecodeError), result
    assert result.protocol == "cap" and result.raw == document
    return result.reason


@pytest.mark.parametrize("status", ["Actual", "Exercise", "System", "Test", "Draft"])
def test_every_status_is_kept_as_sent(status: str) -> None:
    alert = decode_cap(_doc(status))
    assert isinstance(alert, CapAlert) and alert.status == status


def test_full_alert_values() -> None:
    extra = (
        "<note>drill for shift B</note>"
        "<references>a@x.org,ID-1,2024-07-01T09:00:00+00:00 "
        "b@y.org,ID-2,2024-07-01T09:30:00-05:00</references>"
        '<incidents>INC-1 "Valley fire 2"</incidents>'
    )
    alert = decode_cap(_doc(extra=extra))
    assert isinstance(alert, CapAlert)
    assert alert.sent == datetime(2024, 7, 1, 10, tzinfo=UTC) and alert.sent.tzinfo is not None
    assert alert.note == "drill for shift B"
    assert [(r.sender, r.identifier) for r in alert.references] == [
        ("a@x.org", "ID-1"),
        ("b@y.org", "ID-2"),
    ]
    assert alert.references[1].sent == datetime(2024, 7, 1, 14, 30, tzinfo=UTC)
    assert alert.incidents == ("INC-1", "Valley fire 2")
    (info,) = alert.infos
    assert info.categories == ("Fire", "Safety") and info.response_types == ("Evacuate",)
    assert info.onset is not None and info.onset.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]
    (area,) = info.areas
    assert area.area_desc == 'Ridge "North"'
    assert len(area.polygons) == 2 and area.polygons[1][2] == (46.1, 8.1)
    assert area.circles == ((45.05, 7.05, 2.5),)
    assert (area.altitude_ft, area.ceiling_ft) == (1000.0, 5000.5)
    payload = alert.to_dict()
    assert payload["references"][0]["sent"] == "2024-07-01T09:00:00+00:00"
    assert payload["infos"][0]["areas"][0]["circles"] == [[45.05, 7.05, 2.5]]


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol3;</identifier></alert>"""

_EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><note>&xxe;</note></alert>"""

_EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE alert SYSTEM "http://127.0.0.1:9/evil.dtd">
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>"""


@pytest.mark.parametrize("document", [_BILLION_LAUGHS, _EXTERNAL_ENTITY, _EXTERNAL_DTD])
def test_hostile_xml_is_refused(document: bytes) -> None:
    assert _reason(document).startswith("refused:")


def test_not_xml_wrong_namespace_wrong_root_and_oversize() -> None:
    assert "not well-formed XML" in _reason(b"<alert><unclosed></alert>")
    # CAP 1.1 and 1.0 are decoded now (test_cap_versions.py); an unknown version is not.
    cap13 = _doc().replace(b"cap:1.2", b"cap:1.3")
    assert "not a CAP alert: namespace 'urn:oasis:names:tc:emergency:cap:1.3'" in _reason(cap13)
    assert "root element" in _reason(b"<feed/>")
    assert "exceeds" in _reason(b" " * (MAX_DOCUMENT + 1))


@pytest.mark.parametrize(
    ("tag", "value", "reason"),
    [
        ("identifier", "", "missing required <identifier>"),
        ("sender", "a b", "must not contain spaces"),
        ("sent", "2024-07-01T10:00:00", "not a CAP dateTime"),
        ("sent", "2024-13-01T10:00:00+00:00", "<sent>"),
        ("msgType", "Notice", "<msgType> 'Notice' is not one of"),
    ],
)
def test_bad_alert_fields(tag: str, value: str, reason: str) -> None:
    document = _doc().decode()
    start = document.index(f"<{tag}>")
    end = document.index(f"</{tag}>") + len(tag) + 3
    replaced = document[:start] + (f"<{tag}>{value}</{tag}>" if value else "") + document[end:]
    assert reason in _reason(replaced.encode())


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("<category>Fire</category>", "<category>Flood</category>", "<category> 'Flood'"),
        ("<event>Wildfire</event>", "", "info 1: missing required <event>"),
        ("<severity>Extreme</severity>", "<severity>High</severity>", "<severity> 'High'"),
        ("<responseType>Evacuate</responseType>", "<responseType>Run</responseType>", "Run"),
        ('<areaDesc>Ridge "North"</areaDesc>', "", "missing required <areaDesc>"),
        ("45.0,7.0 45.1,7.0 45.1,7.1 45.0,7.0", "45.0,7.0 45.1,7.0 45.0,7.0", "at least 4"),
        ("45.0,7.0 45.1,7.0 45.1,7.1 45.0,7.0", "45.0,7.0 45.1,7.0 45.1,7.1 45.2,7.0", "closed"),
        ("45.0,7.0 45.1,7.0", "95.0,7.0 45.1,7.0", "outside WGS 84"),
        ("45.05,7.05 2.5", "45.05,7.05", "circle"),
        ("<altitude>1000</altitude>", "", "<ceiling> given without <altitude>"),
        ("<onset>2024-07-01T12:00:00+02:00</onset>", "<onset>noon</onset>", "<onset> 'noon'"),
    ],
)
def test_bad_info_and_area_fields(old: str, new: str, reason: str) -> None:
    document = _doc().decode()
    assert old in document
    assert reason in _reason(document.replace(old, new, 1).encode())


def test_conditional_scope_fields_and_references() -> None:
    restricted = "<scope>Restricted</scope>"
    assert "missing required <restriction>" in _reason(_doc(scope=restricted))
    ok = decode_cap(_doc(scope=restricted + "<restriction>staff only</restriction>"))
    assert isinstance(ok, CapAlert) and ok.restriction == "staff only"
    assert "missing required <addresses>" in _reason(_doc(scope="<scope>Private</scope>"))
    bad_ref = "<references>a@x.org,ID-1</references>"
    assert "is not 'sender,identifier,sent'" in _reason(_doc(extra=bad_ref))
    twice = "<note>a</note><note>b</note>"
    assert "<note> appears 2 times" in _reason(_doc(extra=twice))


def test_alert_without_info_is_valid() -> None:
    alert = decode_cap(_doc(status="System", info=""))
    assert isinstance(alert, CapAlert) and alert.infos == ()
