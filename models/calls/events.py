"""Event kinds and payloads of calls: the vocabulary the call tracker and the
call-taker's actions append, the projections record and replay reads.

Contract: payloads state their result explicitly; consumers never re-derive
call matching. A ``location`` object is the JSON of one caller location:
``{"source": "ali"|"aml"|"pidf"|"typed"|"map", "lat", "lon", "radius_m",
"confidence", "shape", "time" (claimed, ISO or None), "civic" (dict),
"class_of_service", "method", "number"}`` — absent values as None.

- ``call.offered`` (source ``system``): call_id ("C" + a number, e.g.
  "C000042"), number (caller's number as sent or None), via ("ali" | "aml" |
  "pidf"), class_of_service (or None), location (or None), frame (``{"link",
  "peer"}`` of the frame it came from).
- ``call.location`` (source ``system``): call_id, location, rebid (bool: a new
  location for a call that already had one), frame.
- ``call.answered`` (operator): call_id.
- ``call.abandoned`` (operator, or ``system`` when the phone system says so):
  call_id, reason (or None).
- ``call.location-verified`` (operator): call_id, location (the one the
  call-taker confirmed or typed; source "typed" or "map" for typed/clicked).
  After it, automatic fixes for the call are offered, never applied.
- ``call.attached`` (operator): call_id, incident_id (the call is about that
  incident: a duplicate call, or the call an incident was created from).
- ``call.released`` (operator): call_id (the call-taker is done with it).
"""

from __future__ import annotations

CALL_OFFERED = "call.offered"
CALL_LOCATION = "call.location"
CALL_ANSWERED = "call.answered"
CALL_ABANDONED = "call.abandoned"
CALL_LOCATION_VERIFIED = "call.location-verified"
CALL_ATTACHED = "call.attached"
CALL_RELEASED = "call.released"

CALL_KINDS = (
    CALL_OFFERED,
    CALL_LOCATION,
    CALL_ANSWERED,
    CALL_ABANDONED,
    CALL_LOCATION_VERIFIED,
    CALL_ATTACHED,
    CALL_RELEASED,
)

#: Where a caller location came from; the map draws a distinct symbol for each.
LOCATION_SOURCES = ("ali", "aml", "pidf", "typed", "map")
