"""Which cached samples a stretch of new events changed (``SampleCache._update``).

Contract: ``touched(old, new, tracker)`` gives the records (calls, incidents,
unit responses, alerts, in the tracker's order) whose samples may differ
between two exported tracker states; ``old_days(old, *touched)`` the UTC
days their samples were on before; ``Gone(*touched).kept(cols)`` the rows
of a cached day to keep (None: all). ``KNOWN_KEYS`` are the sample keys
this knows how to attribute to a record: a cache with any other key is
built again rather than patched.
"""

from __future__ import annotations

import math
from typing import Any

from models.stats.columns import DAY_S, SampleColumns
from models.stats.tracker import CallRec, IncidentRec, IntervalTracker

_CALL_KEYS = frozenset(("answering", "processing"))
_INCIDENT_KEYS = frozenset(("alarm_handling", "total_response"))
_RESPONSE_KEYS = frozenset(("turnout", "travel"))
_ALERT_KEYS = frozenset(("alert_handling",))
KNOWN_KEYS = _CALL_KEYS | _INCIDENT_KEYS | _RESPONSE_KEYS | _ALERT_KEYS


def _changed(old: list[Any], new: list[Any]) -> list[int]:
    """Indices of the records whose exported fields differ or that are new (records keep their
    place: the tracker never drops one, and appends new ones)."""
    if len(new) < len(old):
        raise ValueError("records were dropped")
    changed = [i for i, (a, b) in enumerate(zip(old, new[: len(old)], strict=True)) if a != b]
    return changed + list(range(len(old), len(new)))


def touched(old: Any, new: Any, tracker: IntervalTracker) -> tuple[list[Any], ...]:
    """The records (calls, incidents, unit responses, alerts, in the tracker's order) whose
    samples may differ between the exported states ``old`` and ``new``: those changed, and
    those whose samples read a changed one (a call: its incident; an incident: its calls; a
    response: its incident; an alert raised at the same instant as a changed one, as alert
    rows are known by their key and start)."""
    calls = list(tracker.calls.values())
    incidents = list(tracker.incidents.values())
    responses = list(tracker.responses.values())
    alerts = list(tracker.alerts.values())
    c = {calls[i].call_id for i in _changed(old[2], new[2])}
    inc = {incidents[i].incident_id for i in _changed(old[3], new[3])}
    inc |= {call.incident_id for call in calls if call.call_id in c and call.incident_id}
    c |= {call.call_id for call in calls if call.incident_id in inc}
    r = {(responses[i].unit, responses[i].incident_id) for i in _changed(old[4], new[4])}
    raised = {alerts[i].raised for i in _changed(old[5], new[5])}
    return (
        [call for call in calls if call.call_id in c],
        [incident for incident in incidents if incident.incident_id in inc],
        [x for x in responses if x.incident_id in inc or (x.unit, x.incident_id) in r],
        [alert for alert in alerts if alert.raised in raised],
    )


def old_days(
    old: Any, calls: list[Any], incidents: list[Any], responses: list[Any], alerts: list[Any]
) -> set[int]:
    """The days the touched records' samples were on before (the exported state ``old``):
    a tracker of only their old records, and those their samples read, makes those samples
    (``samples_of``: the same code as every sample; no clock, as the cache is not used for
    a drill's update)."""
    version, last_seq, call_rows, incident_rows, response_rows, alert_rows, _ = old
    call_ids = {call.call_id for call in calls}
    incident_ids = {incident.incident_id for incident in incidents}
    response_keys = {(x.unit, x.incident_id) for x in responses}
    raised = {alert.raised for alert in alerts}
    old_calls = [t for t in call_rows if t[0] in call_ids]
    wanted = incident_ids | {t[_CALL_INCIDENT] for t in old_calls} | {k[1] for k in response_keys}
    old_incidents = [t for t in incident_rows if t[0] in wanted]
    wanted_calls = call_ids | {c for t in old_incidents for c in t[_INCIDENT_CALLS]}
    was = IntervalTracker()
    was.restore_state((version, last_seq, [t for t in call_rows if t[0] in wanted_calls],
                       old_incidents, [t for t in response_rows if (t[0], t[1]) in response_keys],
                       [t for t in alert_rows if t[1] in raised], []))  # fmt: skip
    samples = was.samples_of(
        [was.calls[c] for c in call_ids if c in was.calls],
        [was.incidents[i] for i in incident_ids if i in was.incidents],
        [was.responses[k] for k in response_keys if k in was.responses],
        list(was.alerts.values()),
    )
    return {math.floor(sample.start / DAY_S) for sample in samples}


_CALL_INCIDENT = list(CallRec.__dataclass_fields__).index("incident_id")
_INCIDENT_CALLS = list(IncidentRec.__dataclass_fields__).index("calls")


class Gone:
    """Which cached rows are the old samples of the touched records."""

    def __init__(self, calls: list[Any], incidents: list[Any], responses: list[Any],
                 alerts: list[Any]) -> None:  # fmt: skip
        self.calls = {call.call_id for call in calls}
        self.incidents = {incident.incident_id for incident in incidents}
        self.responses = {(x.unit, x.incident_id) for x in responses}
        self.raised = {alert.raised for alert in alerts}

    def kept(self, cols: SampleColumns) -> Any:
        """Indices of ``cols``'s rows to keep, or None when every row is kept."""
        import numpy as np

        n = len(cols)
        if not n:
            return None
        keys, units = cols.names["key"], cols.names["unit"]
        kind = np.asarray([_kind_of(k) for k in keys], dtype=np.int8)[cols.codes["key"]]
        gone = np.zeros(n, dtype=bool)
        call_id, incident_id = cols.call_id, cols.incident_id
        unit_code = cols.codes["unit"]
        if self.calls:
            for i in np.nonzero(kind == 0)[0].tolist():
                gone[i] = call_id[i] in self.calls
        if self.incidents:
            for i in np.nonzero(kind == 1)[0].tolist():
                gone[i] = incident_id[i] in self.incidents
        if self.responses:
            for i in np.nonzero(kind == 2)[0].tolist():
                gone[i] = (units[unit_code[i]], incident_id[i]) in self.responses
        if self.raised:
            alert_rows = kind == 3
            gone[alert_rows] = np.isin(cols.start[alert_rows], list(self.raised))
        if not gone.any():
            return None
        return np.nonzero(~gone)[0]


def _kind_of(key: Any) -> int:
    if key in _CALL_KEYS:
        return 0
    if key in _INCIDENT_KEYS:
        return 1
    if key in _RESPONSE_KEYS:
        return 2
    return 3
