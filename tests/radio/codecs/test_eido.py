"""NENA EIDO: incidents and call transfers decode, the encoder round-trips, bad input is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from radio.codecs.eido import EidoDocument, decode, encode_eido
from radio.messages import DecodeError

STAMP = "2026-12-06T13:00:00+02:00"
INCIDENT = {
    "id": "2026-000001",
    "type": "Fire-Structure",
    "type_text": "structure fire",
    "priority": "1",
    "location": {
        "lat": 60.1745,
        "lon": 24.946,
        "radius_m": 25,
        "description": "Mariankatu 12, third floor",
        "civic": {"country": "FI", "A3": "Helsinki", "RD": "Mariankatu", "HNO": "12"},
    },
    "caller": {"name": "Anna Virtanen", "phone": "+358401234567"},
    "notes": ["smoke from the third floor", {"text": "gas bottles", "time": STAMP}],
    "resources": [{"type": "Fire Engine", "name": "HE11"}, {"type": "Ladder"}],
}


def encoded(**changes: Any) -> dict[str, Any]:
    doc = json.loads(
        encode_eido(INCIDENT, agency="rescue.hel.fi", issuer="cad.hel.fi", updated=STAMP)
    )
    doc.update(changes)
    return doc


def read(doc: Any) -> EidoDocument | DecodeError:
    return decode(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def test_round_trip_of_an_incident() -> None:
    document = read(encoded())
    assert isinstance(document, EidoDocument), document
    assert document.kind == "incident"
    assert (document.incident_id, document.incident_type) == ("2026-000001", "Fire-Structure")
    assert (document.incident_type_text, document.priority) == ("structure fire", "1")
    location = document.location
    assert location is not None
    assert location["lat"] == pytest.approx(60.1745) and location["lon"] == pytest.approx(24.946)
    assert location["radius_m"] == 25 and location["civic"]["RD"] == "Mariankatu"
    assert location["description"] == "Mariankatu 12, third floor"
    assert document.caller == {
        "id": "urn:emergency:uid:incidentid:2026-000001:cad.hel.fi:person:caller",
        "name": "Anna Virtanen",
        "callback": ["tel:+358401234567"],
    }
    assert [note["text"] for note in document.notes] == [
        "smoke from the third floor",
        "gas bottles",
    ]
    assert [(r["type"], r.get("name"), r["status"]) for r in document.resources] == [
        ("Fire Engine", "HE11", "Requested"),
        ("Ladder", None, "Requested"),
    ]
    components = dict(document.components)
    assert components["incidentComponent"] == 1 and components["notesComponent"] == 2
    out = document.to_dict()
    assert list(out)[:3] == ["protocol", "kind", "incident_id"]


def call_transfer() -> dict[str, Any]:
    """A call-transfer EIDO (no incident component), written by hand after NENA-STA-021."""
    prologue = {"lastUpdateTimeStamp": "2026-04-30T14:40:00.0-04:00"}
    agency = {"$ref": "psap.example.org"}
    return {
        "$id": "urn:emergency:uid:incidentid:0001:psap.example.org",
        "lastUpdateTimeStamp": "2026-04-30T14:43:49.439-04:00",
        "updatedByAgencyReference": agency,
        "eidoVersion": "1.0",
        "issuingElementIdentification": "esrp.example.org",
        "callComponent": [
            {"$id": "urn:emergency:uid:callid:1:psap.example.org", **prologue,
             "updatedByAgencyReference": agency, "direction": "incoming"},
        ],
        "callbackComponent": [
            {"$id": "cb-1", **prologue, "updatedByAgencyReference": agency,
             "callBackInformationUri": ["tel:5551212"]},
        ],
        "agencyComponent": [
            {"$id": "psap.example.org", **prologue, "updatedByAgencyReference": agency},
        ],
        "locationComponent": [
            {"$id": "loc-1", **prologue, "updatedByAgencyReference": agency,
             "locationTypeDescriptionRegistryText": "Caller",
             "locationByReferenceUrl": "https://lis.example.org/loc/1"},
        ],
        "personComponent": [
            {"$id": "p-1", **prologue, "updatedByAgencyReference": agency,
             "personIncidentRoleRegistryText": ["Caller"],
             "callBackReference": {"$ref": "cb-1"}},
        ],
    }  # fmt: skip


def test_call_transfer_without_an_incident_is_valid() -> None:
    document = read(call_transfer())
    assert isinstance(document, EidoDocument), document
    assert document.kind == "call-transfer" and document.incident_id is None
    assert document.location == {
        "id": "loc-1",
        "type": "Caller",
        "url": "https://lis.example.org/loc/1",
    }
    assert document.caller == {"id": "p-1", "callback": ["tel:5551212"]}
    assert "incidentComponent" not in dict(document.components)


def without(doc: dict[str, Any], key: str) -> dict[str, Any]:
    doc = dict(doc)
    del doc[key]
    return doc


def incident_with(**changes: Any) -> dict[str, Any]:
    doc = encoded()
    doc["incidentComponent"] = {**doc["incidentComponent"], **changes}
    return doc


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ([], "an EIDO is a JSON object"),
        (without(encoded(), "$id"), "$id: missing (required)"),
        (without(encoded(), "agencyComponent"), "agencyComponent: missing"),
        (encoded(eidoVersion="2.0"), "eidoVersion: '2.0' is not supported"),
        (encoded(lastUpdateTimeStamp="yesterday"), "lastUpdateTimeStamp: not an ISO 8601"),
        (encoded(lastUpdateTimeStamp="2026-01-01T00:00:00"), "without a UTC offset"),
        (encoded(updatedByAgencyReference="x"), "updatedByAgencyReference: must be a reference"),
        (encoded(notesComponent={"$id": "x"}), "notesComponent: must be an array"),
        (encoded(notesComponent=[{"$id": "x"}]), "notesComponent[0].notesActionComments: missing"),
        (encoded(personComponent=[{"name": "x"}]), "personComponent[0].$id: missing"),
        (encoded(incidentComponent=[]), "one incident per EIDO, not 0"),
        (
            incident_with(incidentTypeCommonRegistryText=None),
            "incidentComponent.incidentTypeCommonRegistryText: missing",
        ),
        (
            incident_with(locationReference=[{"$ref": "nowhere"}]),
            "incidentComponent.locationReference[0]: no locationComponent with $id 'nowhere'",
        ),
        (
            encoded(locationComponent=[{"$id": "l", "locationByValue": "<presence/>"}]),
            "locationComponent[0].locationByValue",
        ),
    ],
)
def test_bad_documents_are_refused_with_the_field(doc: Any, reason: str) -> None:
    if isinstance(doc, dict) and "locationComponent" in doc and reason.endswith("Value"):
        doc["incidentComponent"]["locationReference"] = [{"$ref": "l"}]
    error = read(doc)
    assert isinstance(error, DecodeError), error
    assert reason in error.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe{", "not UTF-8"),
        (b"{", "not JSON"),
        (b'{"a": NaN}', "not JSON"),
        (b"[" * 100_000, "not JSON"),
    ],
)
def test_unreadable_bytes(data: bytes, reason: str) -> None:
    error = decode(data)
    assert isinstance(error, DecodeError) and reason in error.reason


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": ""}, "incident id"),
        ({"type": None}, "incident type"),
        ({"colour": "red"}, "unknown incident key 'colour'"),
        ({"location": {"lat": 91, "lon": 0}}, "location.lat"),
        ({"location": {"lat": 1}}, "lat and lon go together"),
        ({"notes": [""]}, "notes[0]: needs a text"),
        ({"resources": [{}]}, "resources[0]: needs a type"),
    ],
)
def test_encoder_refusals(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        encode_eido({**INCIDENT, **change}, agency="a", issuer="i", updated=STAMP)


@pytest.mark.parametrize(
    ("person", "name"),
    [
        ({"name": [{"personFullName": [{"value": "Anna Virtanen"}]}]}, "Anna Virtanen"),
        (
            {"name": [{"personGivenName": [{"value": "Anna"}], "personSurName": [{"value": "V"}]}]},
            "Anna V",
        ),
        ({"name": []}, None),
        ({"name": [{"personFullName": [{"value": 5}]}]}, None),
        ("Anna", None),
    ],
)
def test_caller_name_from_the_niem_person(person: Any, name: str | None) -> None:
    doc = encoded()
    doc["personComponent"][0]["ncPersonComponent"] = person
    document = read(doc)
    assert isinstance(document, EidoDocument) and document.caller is not None
    assert document.caller.get("name") == name
