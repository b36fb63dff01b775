"""Event kinds and payloads of dispatch actions: the one vocabulary that the
console appends, the projections record and replay reads.

Contract: every operator action is one event with ``source =
"operator:<name>"`` and one of the kinds below; payloads are plain JSON
objects with exactly the keys listed (``None`` allowed where marked
optional). Each payload states the resulting state explicitly (e.g. the new
status and the previous one) so that consumers never re-derive it.

- ``incident.created``: incident_id (str, e.g. "2026-000123"), type (catalogue
  code), priority (int, 1 = highest), lat, lon, location (text or None: what
  the dispatcher typed, or the call's civic address; never a lookup's
  answer), call_id (or None). Optional (absent in stores written before
  places; readers treat absence as "not recorded"): ``place`` (the place the
  position was verified to, a ``place_payload`` object, or None), ``verified``
  (bool: a place confirmed the position), ``override`` (bool: the dispatcher
  forced an unverified point, e.g. picked on the map), ``reverse`` (the
  position's name as the dispatcher saw it, a ``place_payload`` object of kind
  ``reverse``, or None).
- ``incident.location``: incident_id, lat, lon, location, place, verified,
  override, reverse (as above): the incident's location in force from now on
  (the dispatcher verified or replaced it); ``previous`` {lat, lon, location}
  says what it replaced. Nothing earlier is rewritten: the log keeps both.
- ``incident.note``: incident_id, text.
- ``incident.closed``: incident_id, disposition (text).
- ``incident.reopened``: incident_id, type, priority (the incident's, as
  in force: a reader that tracks open incidents needs no other event),
  reason (text: why a supervisor opened it again), previous {disposition,
  closed (ISO 8601 UTC of the closing event, or None)}: the closure it
  undoes. The incident is open again from
  this event on; its history (notes, assignments, its first dispatch and
  first arrival, which the statistics keep) and the closing event stay in
  the log. Optional kind: absent in stores written before it.
- ``unit.assigned``: unit, incident_id, eta_s (or None), route_m (or None),
  recommended (bool: the dispatcher took the console's recommendation),
  reason (text or None).
- ``unit.status``: unit, status (a ``UnitStatus`` value), previous, incident_id
  (or None: the incident the unit is committed to after the change).

Reaching the units (optional kinds, absent in stores written before them;
``models.dispatch.reach`` reads them). One *notice* is one text to one unit
over one path; ``notice_id`` (str, ``"<incident_id>/<unit>/<n>"``) names it
in every step. The source of a step the console's link runner observed is
``reach:<link>``; a crew's is ``radio:<link>:<address>``; a dispatcher's
``operator:<name>``.

- ``reach.queued``: notice_id, unit, incident_id, link (a ``[[reach.links]]``
  name), kind (``espa`` or ``tetra``), address (pager call address or ISSI),
  text (what the device shows), truncated (bool), two_way (bool: the path can
  report read/accepted), resend_of (notice_id or None), link_limit_s,
  crew_limit_s (None on one-way paths).
- ``reach.sent``: notice_id, attempt (int).
- ``reach.link_ack``: notice_id (the paging system or radio took it).
- ``reach.delivered``: notice_id, detail (ESPA call status or TETRA report
  text, or None).
- ``reach.read``: notice_id.
- ``reach.accepted`` / ``reach.rejected``: notice_id, by (what showed it,
  e.g. ``status 3``).
- ``reach.failed``: notice_id, reason (the link gave up on it).
- ``reach.timed_out``: notice_id, stage (``link`` or ``crew``), limit_s: the
  alarm to the dispatcher is raised (the escalation).
- ``reach.voice``: notice_id: the dispatcher reached the unit by voice; the
  chain and its alarm end.
- ``reach.talk_request``: unit (or None), link, address, code, label: a crew
  asks to talk (e.g. status 5/0); an alert to the dispatcher.
- ``reach.refused``: link, address, unit (or None), value (int or None),
  code, wanted (status or None), reason: a crew's message the console did not
  apply (unknown address, a status missing from the table, a transition the
  status machine refuses), stored and shown, never dropped.
- ``unit.status`` and ``incident.note`` from a crew carry the crew's source
  and, in ``unit.status``, ``by`` (e.g. ``status 3``).

A ``place_payload`` object: label, kind (a search result's kind, or
``reverse``), lat, lon (the named point), distance_m (from the incident's
position to that point), match and score (how sure), locality, place_id,
build_id (the places-index build that resolved it) — every key but label and
kind may be None.
"""

from __future__ import annotations

from typing import Any

INCIDENT_CREATED = "incident.created"
INCIDENT_NOTE = "incident.note"
INCIDENT_CLOSED = "incident.closed"
INCIDENT_REOPENED = "incident.reopened"
UNIT_ASSIGNED = "unit.assigned"
UNIT_STATUS = "unit.status"
INCIDENT_LOCATION = "incident.location"
REACH_QUEUED = "reach.queued"
REACH_SENT = "reach.sent"
REACH_LINK_ACK = "reach.link_ack"
REACH_DELIVERED = "reach.delivered"
REACH_READ = "reach.read"
REACH_ACCEPTED = "reach.accepted"
REACH_REJECTED = "reach.rejected"
REACH_FAILED = "reach.failed"
REACH_TIMED_OUT = "reach.timed_out"
REACH_VOICE = "reach.voice"
REACH_TALK_REQUEST = "reach.talk_request"
REACH_REFUSED = "reach.refused"

#: The steps of a notice's chain, in the order they normally come.
REACH_CHAIN_KINDS = (
    REACH_QUEUED,
    REACH_SENT,
    REACH_LINK_ACK,
    REACH_DELIVERED,
    REACH_READ,
    REACH_ACCEPTED,
    REACH_REJECTED,
    REACH_FAILED,
    REACH_TIMED_OUT,
    REACH_VOICE,
)
REACH_KINDS = (*REACH_CHAIN_KINDS, REACH_TALK_REQUEST, REACH_REFUSED)

DISPATCH_KINDS = (
    INCIDENT_CREATED,
    INCIDENT_NOTE,
    INCIDENT_CLOSED,
    UNIT_ASSIGNED,
    UNIT_STATUS,
    INCIDENT_LOCATION,
    INCIDENT_REOPENED,
    *REACH_KINDS,
)

PLACE_KEYS = (
    "label",
    "kind",
    "lat",
    "lon",
    "distance_m",
    "match",
    "score",
    "locality",
    "place_id",
    "build_id",
)


def place_payload(
    place: Any, *, distance_m: float | None, build_id: str | None, kind: str | None = None
) -> dict[str, Any]:
    """The event object of a search result (``models.places.types.Place``) or a
    reverse name (``ReverseName``, kind ``reverse``)."""

    def get(name: str) -> Any:
        return getattr(place, name, None)

    score = get("score")
    return {
        "label": str(place.label),
        "kind": kind or str(get("kind") or "reverse"),
        "lat": float(place.lat),
        "lon": float(place.lon),
        "distance_m": None if distance_m is None else round(float(distance_m), 1),
        "match": get("match"),
        "score": None if score is None else round(float(score), 3),
        "locality": get("locality"),
        "place_id": get("place_id") or None,
        "build_id": build_id,
    }


def operator_source(operator: str) -> str:
    return f"operator:{operator}"


def reach_source(link: str) -> str:
    """The source of a chain step the console's link runner observed on ``link``."""
    return f"reach:{link}"


def radio_source(link: str, address: str) -> str:
    """The source of what a crew sent: ``radio:<link>:<issi>``."""
    return f"radio:{link}:{address}"
