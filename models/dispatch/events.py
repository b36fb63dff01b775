"""Event kinds and payloads of dispatch actions: the one vocabulary that the
console appends, the projections record and replay reads.

Contract: every operator action is one event with ``source =
"operator:<name>"`` and one of the kinds below; payloads are plain JSON
objects with exactly the keys listed (``None`` allowed where marked
optional). Each payload states the resulting state explicitly (e.g. the new
status and the previous one) so that consumers never re-derive it.

- ``incident.created``: incident_id (str, e.g. "2026-000123"), type (catalogue
  code), priority (int, 1 = highest), lat, lon, location (text or None),
  call_id (or None).
- ``incident.note``: incident_id, text.
- ``incident.closed``: incident_id, disposition (text).
- ``unit.assigned``: unit, incident_id, eta_s (or None), route_m (or None),
  recommended (bool: the dispatcher took the console's recommendation),
  reason (text or None).
- ``unit.status``: unit, status (a ``UnitStatus`` value), previous, incident_id
  (or None: the incident the unit is committed to after the change).
"""

from __future__ import annotations

INCIDENT_CREATED = "incident.created"
INCIDENT_NOTE = "incident.note"
INCIDENT_CLOSED = "incident.closed"
UNIT_ASSIGNED = "unit.assigned"
UNIT_STATUS = "unit.status"

DISPATCH_KINDS = (INCIDENT_CREATED, INCIDENT_NOTE, INCIDENT_CLOSED, UNIT_ASSIGNED, UNIT_STATUS)


def operator_source(operator: str) -> str:
    return f"operator:{operator}"
