"""CAP 1.0, 1.1 and 1.2 alerts under fuzzing: element trees, namespaces, XML variants.

Seeds: our own alerts for each version (1.0 with ``valueName=value``
pairs, ``Z`` times and a password; 1.1 with fractional times, references
and a Restricted scope; 1.2 with every area form), the same alerts under
the other versions' namespaces (so each version's rules meet the others'
documents), and the four OASIS CAP 1.2 examples. Mutations work on the
element tree (:func:`~tests.radio.codecs.fuzz.mutators.mutate_xml`): texts
(enumerations of every version, dateTimes of every form, polygons,
circles, altitudes), elements renamed, dropped, doubled, swapped, fragments
inserted; then the document is written in one of several encodings or
broken on purpose.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from radio.codecs.cap import NAMESPACES, decode_cap
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.mutators import Rng, mutate_xml
from tests.radio.codecs.fuzz.target import Target

__all__ = ["CAP"]

CAP12 = "urn:oasis:names:tc:emergency:cap:1.2"

ALERT_10 = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="http://www.incident.com/cap/1.0">
  <identifier>FUZZ-2004-1</identifier><sender>hazards@example.org</sender>
  <password>s3cret</password><sent>2004-05-10T21:02:00Z</sent><status>Actual</status>
  <msgType>Alert</msgType><scope>Public</scope><incidents>INC-7 "INC 8"</incidents>
  <info><category>Met</category><event>Storm</event><urgency>Immediate</urgency>
    <severity>Severe</severity><certainty>Very Likely</certainty><eventCode>SAME=SVR</eventCode>
    <effective>2004-05-10T14:02:00.500-07:00</effective><parameter>speed=25 km/h</parameter>
    <resource><resourceDesc>radar</resourceDesc></resource>
    <area><areaDesc>Valley</areaDesc>
      <polygon>38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14</polygon>
      <circle>38.4,-120.0 12.5</circle><geocode>fips6=006109</geocode>
      <altitude>0</altitude><ceiling>30000</ceiling></area></info>
</alert>"""
ALERT_11 = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">
  <identifier>CHEM-2006-42</identifier><sender>civil.protection@example.org</sender>
  <sent>2006-03-01T08:15:00-00:00</sent><status>Draft</status><msgType>Update</msgType>
  <scope>Restricted</scope><restriction>services only</restriction>
  <references>civil.protection@example.org,CHEM-2006-41,2006-03-01T08:00:00.25-00:00</references>
  <info><language>fr-CA</language><category>CBRNE</category><event>Chemical release</event>
    <responseType>Shelter</responseType><urgency>Expected</urgency><severity>Moderate</severity>
    <certainty>Observed</certainty>
    <eventCode><valueName>local</valueName><value>CHEM</value></eventCode>
    <onset>2006-03-01T08:00:00-05:00</onset>
    <parameter><valueName>substance</valueName><value>chlorine</value></parameter>
    <area><areaDesc>Rail yard</areaDesc><circle>45.5,-73.6 1.5</circle>
      <geocode><valueName>SGC</valueName><value>2466023</value></geocode></area></info>
</alert>"""
ALERT_12 = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>FUZZ-2024-1</identifier><sender>ops@example.org</sender>
  <sent>2024-05-01T08:00:00+02:00</sent><status>Exercise</status><msgType>Alert</msgType>
  <scope>Private</scope><addresses>"unit one" unit2</addresses><code>drill</code>
  <note>fuzz</note>
  <info><category>Fire</category><category>Safety</category><event>Wildfire</event>
    <responseType>Evacuate</responseType><responseType>AllClear</responseType>
    <urgency>Immediate</urgency><severity>Extreme</severity><certainty>Likely</certainty>
    <expires>2024-05-01T20:00:00+02:00</expires><headline>Fire</headline>
    <resource><resourceDesc>map</resourceDesc><mimeType>image/png</mimeType></resource>
    <area><areaDesc>North</areaDesc>
      <polygon>60.1,24.9 60.2,24.9 60.2,25.0 60.1,24.9</polygon>
      <polygon>-90,-180 90,-180 90,180 -90,-180</polygon>
      <circle>60.17,24.94 2.5</circle><circle>0,0 20037.508</circle>
      <geocode><valueName>FIPS6</valueName><value>006113</value></geocode>
      <altitude>-39370</altitude><ceiling>3280840</ceiling></area></info>
  <info><category>Other</category><event>Second</event><urgency>Past</urgency>
    <severity>Unknown</severity><certainty>Unknown</certainty></info>
</alert>"""

VALUES = (
    "Actual", "Exercise", "System", "Test", "Draft", "Alert", "Update", "Cancel", "Ack", "Error",
    "Public", "Restricted", "Private", "Geo", "CBRNE", "Other", "Shelter", "Avoid", "AllClear",
    "None", "Immediate", "Unknown", "Extreme", "Very Likely", "Likely", "Observed",
    "2024-05-01T08:00:00+02:00", "2024-05-01T08:00:00.5+02:00", "2024-05-01T08:00:00Z",
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-02-30T00:00:00+00:00",
    "2024-05-01T08:00:00+24:00", "٢٠٢٤-05-01T08:00:00+02:00",
    "60.1,24.9 60.2,24.9 60.2,25.0 60.1,24.9", "1,2 3,4 5,6", "91,0 0,0 0,1 91,0",
    "1,2 3,4 5,6 7,8", "0,0 20037.509", "0,0 -1", "0,0", "0,0 1 2", "a@b,ID-1,2024-05-01T08:00:00Z",
    'a@b,ID-1,2024-05-01T08:00:00+00:00 "x,y,z"', "x,,2024-05-01T08:00:00+00:00", "name=value",
    "=value", "has space", "comma,id", "&lt;", '"quoted words" plain', '"unclosed',
)  # fmt: skip
TAGS = (
    tuple(
        f"{{{CAP12}}}{local}"
        for local in (
            "alert",
            "info",
            "area",
            "polygon",
            "circle",
            "geocode",
            "valueName",
            "value",
            "parameter",
            "eventCode",
            "resource",
            "resourceDesc",
            "mimeType",
            "altitude",
            "ceiling",
            "sent",
            "status",
            "scope",
            "restriction",
            "addresses",
            "references",
            "category",
            "certainty",
            "responseType",
            "identifier",
            "sender",
        )
    )
    + tuple(f"{{{namespace}}}alert" for namespace in NAMESPACES)
    + ("{urn:x}alert", "alert")
)
FRAGMENTS = (
    f'<area xmlns="{CAP12}"><areaDesc>x</areaDesc><circle>1,2 3</circle></area>',
    f'<geocode xmlns="{CAP12}"><valueName>a</valueName></geocode>',
    f'<info xmlns="{CAP12}"><category>Geo</category><event>e</event><urgency>Future</urgency>'
    "<severity>Minor</severity><certainty>Possible</certainty></info>",
    f'<references xmlns="{CAP12}">a,b,2024-05-01T08:00:00+00:00</references>',
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>',
)


def _own() -> list[bytes]:
    out = []
    documents = (ALERT_10, ALERT_11, ALERT_12)
    for document in documents:
        out.append(document.encode("utf-8"))
    # Each alert under every other version's namespace as well.
    for document, namespace in (
        (ALERT_12, "urn:oasis:names:tc:emergency:cap:1.0"),
        (ALERT_12, "urn:oasis:names:tc:emergency:cap:1.1"),
        (ALERT_11, CAP12),
        (ALERT_10, CAP12),
    ):
        head, _, rest = document.partition('xmlns="')
        out.append((head + 'xmlns="' + namespace + rest[rest.index('"') :]).encode("utf-8"))
    return out


@cache
def seeds(samples: Path | None) -> list[bytes]:
    out = _own()
    if samples is not None:
        out += [path.read_bytes() for path in sorted((samples / "cap").glob("*.xml"))]
    return out


def mutate(data: bytes, rng: Rng) -> bytes:
    return mutate_xml(data, rng, TAGS, FRAGMENTS, VALUES)


def run(data: bytes) -> None:
    check(decode_cap(data), "cap")


CAP = Target(
    name="cap",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode_cap,
    tokens=(b"<info>", b"</info>", b"<area>", b"<polygon>", b"<circle>", b"&#", b"<!"),
)
