"""NENA EIDO (NENA-STA-021, JSON): incidents handed between control rooms.

Role: the payload of CAD-to-CAD handover. :func:`decode` reads an Emergency
Incident Data Object into an :class:`EidoDocument` holding what the console
uses (incident id and type, location, caller, notes, requested resources);
:func:`encode_eido` writes one from a plain incident dict. The transport
(HTTPS, tokens, at-least-once delivery, de-duplication) is not here.

Contract:

- :func:`decode` takes one document (bytes, UTF-8 JSON) and returns an
  :class:`EidoDocument` or a :class:`~radio.messages.DecodeError` whose
  reason names the field (``incidentComponent.locationReference[0]: no
  locationComponent with $id 'x'``); it never raises. Validation is by hand
  and covers the fields used: the EIDO's prologue (``$id``,
  ``lastUpdateTimeStamp``, ``updatedByAgencyReference``), ``eidoVersion``
  ``"1.0"``, ``issuingElementIdentification``, ``agencyComponent``; every
  ``...Component`` an array of objects with a ``$id`` (``incidentComponent``
  one object, as the schema has it; an array of one is taken too); the
  incident's ``incidentTypeCommonRegistryText``; every reference the
  incident makes resolving to a component of the right kind; notes with
  their ``notesActionComments``; a ``locationByValue`` a PIDF-LO
  (:mod:`radio.codecs.pidf`) with a readable location. Other components
  are counted, not read. An EIDO without an incident component (a call
  transfer) is valid: ``kind`` is ``"call-transfer"``, else ``"incident"``.
- :func:`encode_eido` raises ``ValueError`` for an incident dict it cannot
  express (a missing id or type, an unknown key, a bad coordinate); what it
  writes decodes back to the same fields.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from radio.codecs.pidf import decode_pidf, encode_pidf
from radio.messages import DecodeError, Message
from radio.messages_location import CallerLocation

__all__ = ["MAX_DOCUMENT", "PROTOCOL", "EidoDocument", "decode", "encode_eido"]

PROTOCOL = "eido"
MAX_DOCUMENT = 1 << 20
VERSION = "1.0"
_CONTEXT = {"@vocab": "./JSON-LD_Contexts/EmergencyIncidentDataObjectType.jsonld"}


@dataclass(frozen=True, slots=True)
class EidoDocument(Message):
    """What the console reads from an EIDO (see the module contract).

    ``location``, ``caller``, ``notes`` and ``resources`` are plain dicts
    (JSON-ready); ``components`` maps each component name present to how
    many entries it holds.
    """

    protocol: str
    kind: str  # "incident" or "call-transfer"
    eido_id: str
    version: str
    issuer: str
    updated: str
    agency: str
    components: tuple[tuple[str, int], ...]
    incident_id: str | None = None
    incident_type: str | None = None
    incident_type_text: str | None = None
    priority: str | None = None
    location: dict[str, Any] | None = None
    caller: dict[str, Any] | None = None
    notes: tuple[dict[str, Any], ...] = ()
    resources: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"protocol": self.protocol, "kind": self.kind}
        for name in ("incident_id", "incident_type", "incident_type_text", "priority"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.location is not None:
            out["location"] = self.location
        out.update(
            eido_id=self.eido_id,
            version=self.version,
            issuer=self.issuer,
            updated=self.updated,
            agency=self.agency,
            components=dict(self.components),
        )
        if self.caller is not None:
            out["caller"] = self.caller
        if self.notes:
            out["notes"] = list(self.notes)
        if self.resources:
            out["resources"] = list(self.resources)
        return out


class _Invalid(Exception):
    """The document breaks a rule; the message names the field."""


def _text(obj: Mapping[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise _Invalid(f"{where}{key}: missing (required)")
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{where}{key}: must be a non-empty string")
    return value


def _ref(obj: Mapping[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise _Invalid(f"{where}{key}: missing (required)")
        return None
    if not isinstance(value, Mapping):
        raise _Invalid(f'{where}{key}: must be a reference object {{"$ref": ...}}')
    return _text(value, "$ref", f"{where}{key}.")


def _refs(obj: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{where}{key}: must be an array of references")
    out = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise _Invalid(f"{where}{key}[{index}]: must be a reference object")
        ref = _text(item, "$ref", f"{where}{key}[{index}].")
        assert ref is not None
        out.append(ref)
    return out


def _timestamp(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _text(obj, key, where)
    assert value is not None
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Invalid(f"{where}{key}: not an ISO 8601 date-time: {value[:40]!r}") from None
    if stamp.tzinfo is None:
        raise _Invalid(f"{where}{key}: date-time without a UTC offset: {value[:40]!r}")
    return value


def _components(doc: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    out: dict[str, list[Mapping[str, Any]]] = {}
    for name, value in doc.items():
        if not name.endswith("Component"):
            continue
        items = value
        if name == "incidentComponent" and isinstance(value, Mapping):
            items = [value]
        if not isinstance(items, list):
            raise _Invalid(f"{name}: must be an array of components")
        if name == "incidentComponent" and len(items) != 1:
            raise _Invalid(f"{name}: one incident per EIDO, not {len(items)}")
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                raise _Invalid(f"{name}[{index}]: must be an object")
            _text(item, "$id", f"{name}[{index}].")
        out[name] = items
    return out


def _by_id(
    components: dict[str, list[Mapping[str, Any]]], name: str
) -> dict[str, Mapping[str, Any]]:
    return {item["$id"]: item for item in components.get(name, [])}


def _resolve(
    refs: list[str], table: dict[str, Mapping[str, Any]], where: str, component: str
) -> list[Mapping[str, Any]]:
    out = []
    for index, ref in enumerate(refs):
        item = table.get(ref)
        if item is None:
            raise _Invalid(f"{where}[{index}]: no {component} with $id {ref!r}")
        out.append(item)
    return out


def _location(item: Mapping[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item["$id"]}
    kind = _text(item, "locationTypeDescriptionRegistryText", where, required=False)
    if kind is not None:
        out["type"] = kind
    for key, name in (
        ("locationDescriptionText", "description"),
        ("locationByReferenceUrl", "url"),
    ):
        value = _text(item, key, where, required=False)
        if value is not None:
            out[name] = value
    by_value = _text(item, "locationByValue", where, required=False)
    if by_value is not None:
        results = decode_pidf(by_value.encode("utf-8"))
        if isinstance(results, DecodeError):
            raise _Invalid(f"{where}locationByValue: {results.reason}")
        good = [result for result in results if isinstance(result, CallerLocation)]
        if not good:
            reason = results[0].reason if results else "no location"  # type: ignore[union-attr]
            raise _Invalid(f"{where}locationByValue: {reason}")
        first = good[0]
        for name in ("lat", "lon", "radius_m"):
            value = getattr(first, name)
            if value is not None:
                out[name] = value
        if first.civic:
            out["civic"] = dict(first.civic)
    return out


def _person(item: Mapping[str, Any], callbacks: dict[str, Mapping[str, Any]], where: str) -> dict:
    out: dict[str, Any] = {"id": item["$id"]}
    name = _person_name(item.get("ncPersonComponent"))
    if name:
        out["name"] = name
    callback = _ref(item, "callBackReference", where, required=False)
    if callback is not None:
        target = callbacks.get(callback)
        if target is None:
            raise _Invalid(f"{where}callBackReference: no callbackComponent with $id {callback!r}")
        uris = target.get("callBackInformationUri")
        if isinstance(uris, list):
            out["callback"] = [uri for uri in uris if isinstance(uri, str)]
    return out


def _texts(value: Any) -> list[str]:
    """The strings of a NIEM text array (``[{"value": "..."}]``; bare strings taken too)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        text = item.get("value") if isinstance(item, Mapping) else item
        if isinstance(text, str) and text.strip():
            out.append(text.strip())
    return out


def _person_name(person: Any) -> str | None:
    """``ncPersonComponent.name[0]``: its ``personFullName``, else given and surnames."""
    if not isinstance(person, Mapping):
        return None
    names = person.get("name")
    first = names[0] if isinstance(names, list) and names else names
    if not isinstance(first, Mapping):
        return None
    full = _texts(first.get("personFullName"))
    if full:
        return full[0]
    parts = _texts(first.get("personGivenName")) + _texts(first.get("personSurName"))
    return " ".join(parts) or None


def _roles(item: Mapping[str, Any]) -> list[str]:
    roles = item.get("personIncidentRoleRegistryText")
    return [role for role in roles if isinstance(role, str)] if isinstance(roles, list) else []


def _read(doc: Any) -> EidoDocument:
    if not isinstance(doc, Mapping):
        raise _Invalid("an EIDO is a JSON object")
    eido_id = _text(doc, "$id", "")
    updated = _timestamp(doc, "lastUpdateTimeStamp", "")
    agency = _ref(doc, "updatedByAgencyReference", "")
    version = _text(doc, "eidoVersion", "")
    if version != VERSION:
        raise _Invalid(f"eidoVersion: {version!r} is not supported (expected {VERSION!r})")
    issuer = _text(doc, "issuingElementIdentification", "")
    if "agencyComponent" not in doc:
        raise _Invalid("agencyComponent: missing (required)")
    components = _components(doc)
    locations = _by_id(components, "locationComponent")
    persons = _by_id(components, "personComponent")
    callbacks = _by_id(components, "callbackComponent")
    notes_by_id = _by_id(components, "notesComponent")
    resources_by_id = _by_id(components, "emergencyResourceComponent")
    for index, note in enumerate(components.get("notesComponent", [])):
        _text(note, "notesActionComments", f"notesComponent[{index}].")
    fields: dict[str, Any] = {}
    incident = components.get("incidentComponent", [None])[0]
    location_items = list(locations.values())[:1]
    caller_items = [item for item in persons.values() if "Caller" in _roles(item)][:1]
    note_items = list(notes_by_id.values())
    if incident is not None:
        where = "incidentComponent."
        fields["incident_id"] = (
            _text(incident, "internalIncidentId", where, False) or incident["$id"]
        )
        fields["incident_type"] = _text(incident, "incidentTypeCommonRegistryText", where)
        fields["incident_type_text"] = _text(incident, "incidentTypeInternalText", where, False)
        fields["priority"] = _text(incident, "incidentPriorityInternalText", where, False)
        refs = _refs(incident, "locationReference", where)
        if refs:
            location_items = _resolve(
                refs, locations, f"{where}locationReference", "locationComponent"
            )
        refs = _refs(incident, "personReference", where)
        if refs:
            people = _resolve(refs, persons, f"{where}personReference", "personComponent")
            caller_items = [item for item in people if "Caller" in _roles(item)][:1]
        refs = _refs(incident, "notesReference", where)
        if refs:
            note_items = _resolve(refs, notes_by_id, f"{where}notesReference", "notesComponent")
    if location_items:
        index = list(locations).index(location_items[0]["$id"])
        fields["location"] = _location(location_items[0], f"locationComponent[{index}].")
    if caller_items:
        index = list(persons).index(caller_items[0]["$id"])
        fields["caller"] = _person(caller_items[0], callbacks, f"personComponent[{index}].")
    fields["notes"] = tuple(
        {
            "id": note["$id"],
            "text": note["notesActionComments"],
            "time": note.get("lastUpdateTimeStamp"),
        }
        for note in note_items
    )
    resources = []
    for index, item in enumerate(resources_by_id.values()):
        where = f"emergencyResourceComponent[{index}]."
        resource = {"id": item["$id"]}
        for key, name in (
            ("emergencyResourceTypeCommonRegistryText", "type"),
            ("emergencyResourceName", "name"),
            ("primaryUnitStatusRegistryText", "status"),
        ):
            value = _text(item, key, where, required=False)
            if value is not None:
                resource[name] = value
        resources.append(resource)
    fields["resources"] = tuple(resources)
    assert eido_id and version and issuer and agency
    return EidoDocument(
        protocol=PROTOCOL,
        kind="incident" if incident is not None else "call-transfer",
        eido_id=eido_id,
        version=version,
        issuer=issuer,
        updated=updated,
        agency=agency,
        components=tuple((name, len(items)) for name, items in components.items()),
        **fields,
    )


def decode(frame: bytes) -> EidoDocument | DecodeError:
    """One EIDO document (UTF-8 JSON) as an :class:`EidoDocument`; never raises."""
    raw = bytes(frame)
    try:
        if len(raw) > MAX_DOCUMENT:
            raise _Invalid(f"document of {len(raw)} bytes is over {MAX_DOCUMENT}")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Invalid(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
        try:
            doc = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError) as exc:
            raise _Invalid(f"not JSON: {str(exc)[:120]}") from None
        return _read(doc)
    except _Invalid as invalid:
        return DecodeError(PROTOCOL, str(invalid), raw)
    except Exception as exc:  # a bug must not take the endpoint down; report it
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", raw)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# -- encoder ------------------------------------------------------------------

_INCIDENT_KEYS = {"id", "type", "type_text", "priority", "location", "caller", "notes", "resources"}


def _prologue(component_id: str, updated: str, agency: str) -> dict[str, Any]:
    return {
        "$id": component_id,
        "lastUpdateTimeStamp": updated,
        "updatedByAgencyReference": {"$ref": agency},
    }


def _stamp(value: datetime | str) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("updated: a datetime needs a time zone")
        return value.astimezone(UTC).isoformat()
    datetime.fromisoformat(value.replace("Z", "+00:00"))  # ValueError if it is not one
    return value


def _coordinate(location: Mapping[str, Any], key: str, bound: float) -> float | None:
    value = location.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"location.{key}: must be a number")
    if not math.isfinite(value) or abs(value) > bound:
        raise ValueError(f"location.{key}: {value} out of range")
    return float(value)


def encode_eido(
    incident: Mapping[str, Any],
    *,
    agency: str,
    issuer: str,
    updated: datetime | str,
    eido_id: str | None = None,
) -> bytes:
    """An EIDO (UTF-8 JSON) for ``incident``: a plain dict with ``id`` and ``type``
    and optionally ``type_text``, ``priority``, ``location`` (``lat``, ``lon``,
    ``radius_m``, ``description``, ``civic``), ``caller`` (``name``, ``phone``),
    ``notes`` (strings or ``{"text", "time"}``) and ``resources`` (``{"type",
    "name", "status"}``: the resources requested from the partner)."""
    unknown = sorted(set(incident) - _INCIDENT_KEYS)
    if unknown:
        raise ValueError(f"unknown incident key {unknown[0]!r}")
    incident_id = incident.get("id")
    kind = incident.get("type")
    if not isinstance(incident_id, str) or not incident_id:
        raise ValueError("incident id: a non-empty string is required")
    if not isinstance(kind, str) or not kind:
        raise ValueError("incident type: a non-empty string is required")
    stamp = _stamp(updated)
    base = eido_id or f"urn:emergency:uid:incidentid:{incident_id}:{issuer}"
    doc: dict[str, Any] = {
        "$id": base,
        "lastUpdateTimeStamp": stamp,
        "updatedByAgencyReference": {"$ref": agency},
        "eidoVersion": VERSION,
        "issuingElementIdentification": issuer,
    }
    body: dict[str, Any] = _prologue(f"{base}:incident", stamp, agency)
    body["incidentTypeCommonRegistryText"] = kind
    body["internalIncidentId"] = incident_id
    for key, name in (
        ("type_text", "incidentTypeInternalText"),
        ("priority", "incidentPriorityInternalText"),
    ):
        if incident.get(key) is not None:
            body[name] = str(incident[key])
    components: dict[str, list[dict[str, Any]]] = {}
    location = incident.get("location")
    if location is not None:
        body["locationReference"] = [{"$ref": f"{base}:location:1"}]
        components["locationComponent"] = [_encode_location(location, base, stamp, agency)]
    caller = incident.get("caller")
    if caller is not None:
        person, callback = _encode_caller(caller, base, stamp, agency)
        body["personReference"] = [{"$ref": person["$id"]}]
        components["personComponent"] = [person]
        if callback is not None:
            components["callbackComponent"] = [callback]
    notes = _encode_notes(incident.get("notes") or (), base, stamp, agency)
    if notes:
        body["notesReference"] = [{"$ref": note["$id"]} for note in notes]
        components["notesComponent"] = notes
    resources = _encode_resources(incident.get("resources") or (), base, stamp, agency)
    if resources:
        components["emergencyResourceComponent"] = resources
    doc["incidentComponent"] = body
    doc.update(components)
    agency_item = _prologue(agency, stamp, agency)
    agency_item["agencyRoleDescriptionRegistryText"] = ["Dispatch"]
    doc["agencyComponent"] = [agency_item]
    doc["@context"] = dict(_CONTEXT)
    return json.dumps(doc, ensure_ascii=False, allow_nan=False).encode("utf-8")


def _encode_location(location: Any, base: str, stamp: str, agency: str) -> dict[str, Any]:
    if not isinstance(location, Mapping):
        raise ValueError("location: must be a dict")
    lat = _coordinate(location, "lat", 90)
    lon = _coordinate(location, "lon", 180)
    radius = _coordinate(location, "radius_m", 20_037_509)
    civic = location.get("civic") or {}
    if not isinstance(civic, Mapping):
        raise ValueError("location.civic: must be a dict of civic address elements")
    item = _prologue(f"{base}:location:1", stamp, agency)
    item["locationTypeDescriptionRegistryText"] = "Incident"
    if (lat is None) != (lon is None):
        raise ValueError("location: lat and lon go together")
    if lat is not None or civic:
        record = CallerLocation(
            protocol="pidf",
            kind="PIDF-LO",
            source="pidf",
            lat=lat,
            lon=lon,
            radius_m=radius,
            civic=tuple((str(key), str(value)) for key, value in civic.items()),
        )
        item["locationByValue"] = encode_pidf(record, entity=f"pres:{base}").decode("utf-8")
    if location.get("description"):
        item["locationDescriptionText"] = str(location["description"])
    return item


def _encode_caller(
    caller: Any, base: str, stamp: str, agency: str
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    if not isinstance(caller, Mapping):
        raise ValueError("caller: must be a dict")
    person = _prologue(f"{base}:person:caller", stamp, agency)
    person["personIncidentRoleRegistryText"] = ["Caller"]
    if caller.get("name"):
        full_name = [{"value": str(caller["name"])}]
        person["ncPersonComponent"] = {"name": [{"personFullName": full_name}]}
    callback = None
    if caller.get("phone"):
        callback = _prologue(f"{base}:callback:caller", stamp, agency)
        callback["callBackInformationUri"] = [f"tel:{caller['phone']}"]
        person["callBackReference"] = {"$ref": callback["$id"]}
    return person, callback


def _encode_notes(notes: Any, base: str, stamp: str, agency: str) -> list[dict[str, Any]]:
    if not isinstance(notes, Sequence) or isinstance(notes, str):
        raise ValueError("notes: must be a list")
    out = []
    for index, note in enumerate(notes, 1):
        text, when = (
            (note, stamp) if isinstance(note, str) else (note.get("text"), note.get("time"))
        )
        if not isinstance(text, str) or not text:
            raise ValueError(f"notes[{index - 1}]: needs a text")
        item = _prologue(f"{base}:note:{index}", _stamp(when or stamp), agency)
        item["notesActionComments"] = text
        out.append(item)
    return out


def _encode_resources(resources: Any, base: str, stamp: str, agency: str) -> list[dict[str, Any]]:
    if not isinstance(resources, Sequence) or isinstance(resources, str):
        raise ValueError("resources: must be a list")
    out = []
    for index, resource in enumerate(resources, 1):
        if not isinstance(resource, Mapping) or not resource.get("type"):
            raise ValueError(f"resources[{index - 1}]: needs a type")
        item = _prologue(f"{base}:resource:{index}", stamp, agency)
        item["emergencyResourceTypeCommonRegistryText"] = str(resource["type"])
        if resource.get("name"):
            item["emergencyResourceName"] = str(resource["name"])
        item["primaryUnitStatusRegistryText"] = str(resource.get("status") or "Requested")
        item["secondaryUnitStatusRegistryText"] = []
        item["resourceAttributeRegistryText"] = []
        item["agentReference"] = []
        out.append(item)
    return out
