"""One-line, human-readable summaries of stored events for the event log.

Contract: ``summarize(event) -> str`` for any ``StoredEvent`` (unknown kinds
get a generic summary, never an exception; the notification chain's
``reach.*`` steps, partner handovers and answers, and ``headless.started``
read as sentences, as do every ``operator.*`` event (sign-in, failed
attempt with its reason, sign-out, shift change, password and role
changes, disabling, break-glass sessions; never a password hash) and
``incident.reopened``); ``position_update(event)``
extracts a unit's new position from a committed ``frame.decoded`` event, or
None. Qt-free, so the recorder and reports can use it too.
``place_summary(payload)`` says what an ``incident.created`` or
``incident.location`` recorded about its place ("verified to Mariankatu 12
(address, 0 m)", "UNVERIFIED forced point, near Mariankatu near
Liisankatu, 30 m"); "" for events from before places.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store (SQLAlchemy) loads off the GUI thread, after first paint
    from models.store import StoredEvent

KNOT_MPS = 0.514444


@dataclass(frozen=True, slots=True)
class PositionUpdate:
    call_sign: str
    lat: float
    lon: float
    rx_time: datetime
    speed_mps: float | None
    course_deg: float | None
    seq: int


def position_update(event: StoredEvent) -> PositionUpdate | None:
    payload = event.payload
    if event.kind != "frame.decoded" or not payload:
        return None
    unit = payload.get("unit")
    message: dict[str, Any] = payload.get("message") or {}
    if not unit or "lat" not in message or "lon" not in message:
        return None
    speed = message.get("speed_knots")
    return PositionUpdate(
        call_sign=unit,
        lat=float(message["lat"]),
        lon=float(message["lon"]),
        rx_time=event.rx_time,
        speed_mps=None if speed is None else float(speed) * KNOT_MPS,
        course_deg=message.get("course_deg"),
        seq=event.seq,
    )


def summarize(event: StoredEvent) -> str:
    payload = event.payload or {}
    kind = event.kind
    if kind == "frame.decoded":
        message = payload.get("message") or {}
        name = f"{message.get('talker', '')}{message.get('kind', '')}"
        who = payload.get("unit") or (
            f"unknown unit {payload['unknown_unit']!r}" if "unknown_unit" in payload else ""
        )
        where = ""
        if "lat" in message and "lon" in message:
            where = f"{message['lat']:.5f}, {message['lon']:.5f}"
        elif message.get("reason"):
            where = str(message["reason"])
        return " ".join(part for part in (name, who, where) if part)
    if kind == "frame.rejected":
        return f"rejected {payload.get('protocol', '')} frame: {event.error}"
    if kind == "link.state":
        text = f"link {payload.get('link')} {payload.get('state')} ({payload.get('endpoint')})"
        if payload.get("error") and payload.get("state") != "up":
            text += f": {payload['error']}"
        return text
    if kind == "event.rejected":
        return f"not stored as {payload.get('rejected_kind', '?')}: {event.error}"
    if kind in ("link.dropped", "store.dropped"):
        where = f"link {payload['link']}" if payload.get("link") else "the store"
        return (
            f"{where} dropped {payload.get('count')} frames ({payload.get('bytes')} bytes) "
            f"between {payload.get('first_rx')} and {payload.get('last_rx')}: "
            f"{payload.get('reason')}"
        )
    if kind == "sensor.health":
        return f"sensor {payload.get('sensor')} {payload.get('state')}: {payload.get('reason')}"
    if kind == "link.config-error":
        return f"link {payload.get('link')} not started: {payload.get('error')}"
    if kind == "incident.created":
        where = payload.get("location") or _coordinates(payload)
        place = place_summary(payload)
        return (
            f"new incident {payload.get('incident_id')} {payload.get('type')} "
            f"(P{payload.get('priority')}) at {where}" + (f", {place}" if place else "")
        )
    if kind == "incident.location":
        where = payload.get("location") or _coordinates(payload)
        place = place_summary(payload)
        return f"{payload.get('incident_id')} moved to {where}" + (f", {place}" if place else "")
    if kind == "unit.assigned":
        eta = payload.get("eta_s")
        eta_text = f", ETA {int(eta) // 60}:{int(eta) % 60:02d}" if eta is not None else ""
        how = "as recommended" if payload.get("recommended") else "dispatcher's choice"
        return f"{payload.get('unit')} assigned to {payload.get('incident_id')}{eta_text}, {how}"
    if kind == "unit.status":
        text = f"{payload.get('unit')} {payload.get('status')} (was {payload.get('previous')})"
        if payload.get("incident_id"):
            text += f" — {payload['incident_id']}"
        if payload.get("reason"):
            text += f": {payload['reason']}"
        return text
    if kind == "incident.note":
        return f"note on {payload.get('incident_id')}: {payload.get('text')}"
    if kind == "incident.closed":
        return f"{payload.get('incident_id')} closed: {payload.get('disposition')}"
    if kind == "incident.reopened":
        previous = payload.get("previous") if isinstance(payload.get("previous"), dict) else {}
        was = f" (was closed: {previous['disposition']})" if previous.get("disposition") else ""
        return f"{payload.get('incident_id')} REOPENED: {payload.get('reason')}{was}"
    if kind.startswith("operator."):
        return _operator_summary(kind, payload)
    if kind.startswith("call."):
        return _call_summary(kind, payload)
    if kind.startswith("alert."):
        return _alert_summary(kind, payload)
    if kind.startswith("reach."):
        return _reach_summary(kind, payload)
    if kind.startswith("partner.answer_"):
        return _answer_summary(kind, payload)
    if kind == "headless.started":
        return _headless_summary(payload)
    if kind == "system.start":
        return f"console started on site {payload.get('site')}"
    if kind == "system.stop":
        return f"console stopped on site {payload.get('site')}"
    details = ", ".join(f"{key}={value}" for key, value in sorted(payload.items())[:4])
    return f"{kind} {details}".strip()


def _coordinates(payload: dict[str, Any]) -> str:
    lat, lon = payload.get("lat"), payload.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return f"{lat:.5f}, {lon:.5f}"
    return "?"


def _distance(place: dict[str, Any]) -> str:
    metres = place.get("distance_m")
    label = str(place.get("label") or "")
    if isinstance(metres, int | float) and not label.endswith(" m"):
        return f"{label}, {metres:.0f} m"
    return label


def place_summary(payload: dict[str, Any]) -> str:
    """What an incident event recorded about its place; "" when it recorded nothing."""
    place = payload.get("place") if isinstance(payload.get("place"), dict) else None
    reverse = payload.get("reverse") if isinstance(payload.get("reverse"), dict) else None
    verified = payload.get("verified")
    if verified is True and place is not None:
        metres = place.get("distance_m")
        away = f", {metres:.0f} m" if isinstance(metres, int | float) else ""
        text = f"verified to {place.get('label')} ({place.get('kind')}{away})"
    elif verified is False:
        text = "UNVERIFIED " + ("forced point" if payload.get("override") else "position")
    else:
        return ""
    same = place is not None and reverse is not None and place.get("label") == reverse.get("label")
    if reverse is not None and not same:
        text += f", near {_distance(reverse)}"
    builds = sorted({str(p["build_id"]) for p in (place, reverse) if p and p.get("build_id")})
    if builds:
        text += f" [places {', '.join(builds)}]"
    return text


def _where(location: dict[str, Any] | None) -> str:
    if not location:
        return "no location"
    if location.get("lat") is not None and location.get("lon") is not None:
        text = f"{location['lat']:.5f}, {location['lon']:.5f}"
        if location.get("radius_m") is not None:
            text += f" ± {location['radius_m']:.0f} m"
        return text
    civic = location.get("civic") or {}
    return " ".join(str(v) for v in civic.values()) or "address only"


def _call_summary(kind: str, p: dict[str, Any]) -> str:
    call = p.get("call_id")
    if kind == "call.offered":
        number = p.get("number") or "unknown number"
        via = str(p.get("via", "")).upper()
        cos = f" {p['class_of_service']}" if p.get("class_of_service") else ""
        return f"call {call} from {number} ({via}{cos}) at {_where(p.get('location'))}"
    if kind == "call.location":
        what = "rebid" if p.get("rebid") else "location"
        return f"call {call} {what}: {_where(p.get('location'))}"
    if kind == "call.location-verified":
        return f"call {call} location verified: {_where(p.get('location'))}"
    if kind == "call.attached":
        return f"call {call} attached to {p.get('incident_id')}"
    if kind == "call.abandoned":
        reason = f": {p['reason']}" if p.get("reason") else ""
        return f"call {call} abandoned{reason}"
    return f"call {call} {kind.removeprefix('call.')}"


def _alert_summary(kind: str, p: dict[str, Any]) -> str:
    alert = p.get("alert_id")
    if kind == "alert.raised":
        exercise = "EXERCISE " if p.get("exercise") else ""
        return f"{exercise}alert {alert} ({p.get('origin')}, {p.get('severity')}): {p.get('title')}"
    if kind in ("alert.promoted", "alert.linked"):
        return f"alert {alert} {kind.removeprefix('alert.')} to {p.get('incident_id')}"
    if kind in ("alert.dismissed", "alert.cancelled"):
        return f"alert {alert} {kind.removeprefix('alert.')}: {p.get('reason')}"
    return f"alert {alert} {kind.removeprefix('alert.')}"


def _notice(p: dict[str, Any]) -> str:
    """``<incident>/<unit or partner>/<n>`` as "HE11 for 2026-000001" (#n past the first)."""
    parts = str(p.get("notice_id")).split("/")
    if len(parts) != 3:
        return str(p.get("notice_id"))
    again = f" #{parts[2]}" if parts[2] not in ("1", "") else ""
    return f"{parts[1]} for {parts[0]}{again}"


def _reach_summary(kind: str, p: dict[str, Any]) -> str:
    """The notification chain's steps (pages, radio texts, partner handovers: NENA EIDO)."""
    step = kind.removeprefix("reach.")
    partner = p.get("by") == "partner"
    if step == "queued":
        if p.get("kind") == "eido":
            return (
                f"{p.get('incident_id')} handed over to partner {p.get('unit')} "
                f"({p.get('address')}), EIDO {p.get('message_id')}"
            )
        again = f", re-sent by {p['by']}" if p.get("resend_of") and p.get("by") else ""
        again = again or (", re-sent" if p.get("resend_of") else "")
        return (
            f"{p.get('unit')} for {p.get('incident_id')}: queued on {p.get('link')} "
            f"{p.get('address')}{again}: {p.get('text')}"
        )
    who = _notice(p)
    if step == "sent":
        return f"{who}: sent (attempt {p.get('attempt') or 1})"
    if step == "link_ack":
        if p.get("status") is not None:
            return f"{who}: the partner took it (HTTP {p['status']})"
        return f"{who}: acknowledged by the link"
    if step == "delivered":
        if p.get("detail") == "completed":
            return f"{who}: the partner reports it completed"
        return f"{who}: delivered to the device" + (f" ({p['detail']})" if p.get("detail") else "")
    if step == "read":
        return f"{who}: read by the crew"
    if step == "accepted":
        by = "the partner" if partner else f"the crew ({p['by']})" if p.get("by") else "the crew"
        return f"{who}: accepted by {by}"
    if step == "rejected":
        by = "the partner" if partner else "the crew"
        return f"{who}: rejected by {by}" + (f": {p['reason']}" if p.get("reason") else "")
    if step == "failed":
        how = " (final)" if p.get("final") else " (retrying)" if p.get("retrying") else ""
        return f"{who}: FAILED{how}: {p.get('reason')}"
    if step == "timed_out":
        what = "link acknowledgement" if p.get("stage", "link") == "link" else "crew answer"
        limit = f" within {p['limit_s']:g} s" if isinstance(p.get("limit_s"), int | float) else ""
        return f"NOT ACKNOWLEDGED: {who}: no {what}{limit}"
    if step == "voice":
        return f"{who}: reached by voice"
    if step == "talk_request":
        return (
            f"{p.get('unit') or p.get('address')} asks to talk ({p.get('label')}) "
            f"on {p.get('link')} {p.get('address')}"
        )
    if step == "refused":
        sender = p.get("unit") or p.get("address") or "?"
        return f"from {sender} on {p.get('link')}: refused: {p.get('reason')}"
    return f"{who}: {step}"


def _answer_summary(kind: str, p: dict[str, Any]) -> str:
    """Our answers to a partner's handover (accepted / rejected / completed)."""
    answer_id = str(p.get("answer_id"))
    what = p.get("answer") or (answer_id.split(":answer:")[-1].split(":")[0] or "answer")
    if kind == "partner.answer_queued":
        reason = f": {p['reason']}" if p.get("reason") else ""
        return f"answer {what} for call {p.get('call_id')} queued to {p.get('partner')}{reason}"
    if kind == "partner.answer_sent":
        return f"answer {what} sent to the partner (attempt {p.get('attempt') or 1})"
    if kind == "partner.answer_delivered":
        return f"answer {what} delivered to the partner (HTTP {p.get('status')})"
    if kind == "partner.answer_failed":
        how = "final" if p.get("final") else "retrying"
        return f"answer {what} FAILED ({how}): {p.get('reason')}"
    return f"answer {what} {kind.removeprefix('partner.answer_')}"


def _headless_summary(p: dict[str, Any]) -> str:
    """Who a headless command ran as: OS user, host, operator, database role."""
    text = f"{p.get('command') or 'headless command'} run by OS user {p.get('os_user')}"
    text += f" on {p.get('host')}" + (f" (pid {p['pid']})" if p.get("pid") is not None else "")
    if p.get("operator"):
        text += f", operator {p['operator']} ({p.get('role')})"
    else:
        text += ", no operator of this store"
    if p.get("db_role"):
        text += f", database role {p['db_role']} ({p.get('db_kind')})"
    return text


def _at(p: dict[str, Any]) -> str:
    return f" at {p['position']}" if p.get("position") else ""


def _operator_summary(kind: str, p: dict[str, Any]) -> str:
    """An ``operator.*`` event as a sentence (payloads: ``models.operators.events``)."""
    name = p.get("name") or "?"
    what = kind.removeprefix("operator.")
    if what == "added":
        first = " as the store's first administrator" if p.get("first") else ""
        how = "" if p.get("password_hash") else ", no password yet"
        return f"operator {name} added with the {p.get('role')} role{first}{how}"
    if what == "signed_in":
        how = " (as the OS user, no password)" if p.get("method") == "os-user" else ""
        return f"{name} ({p.get('role')}) signed in{_at(p)}{how}"
    if what == "sign_in_failed":
        failures = p.get("failures")
        count = f", {failures} failed in a row" if isinstance(failures, int) and failures else ""
        return f"sign-in as {name} refused{_at(p)}: {p.get('reason')}{count}"
    if what == "signed_out":
        reason = p.get("reason")
        why = f" ({reason})" if reason and reason != "signed out" else ""
        return f"{name} signed out{_at(p)}{why}"
    if what == "changed":
        return f"shift change{_at(p)}: {p.get('previous')} handed over to {name} ({p.get('role')})"
    if what in ("locked", "unlocked"):
        reason = f": {p['reason']}" if p.get("reason") else ""
        return f"position{_at(p)} {what} for {name}{reason}"
    if what == "password_changed":
        how = " (re-hashed with today's parameters at sign-in)" if p.get("rehash") else ""
        return f"password of {name} changed{how}"
    if what == "role_changed":
        return f"{name}'s role changed from {p.get('previous')} to {p.get('role')}"
    if what == "disabled":
        reason = f": {p['reason']}" if p.get("reason") else ""
        return f"operator {name} DISABLED{reason}"
    if what == "break_glass":
        return (
            f"BREAK-GLASS emergency session for {name} ({p.get('role')}){_at(p)} for "
            f"{_minutes(p.get('minutes'))} until {p.get('until')}: {p.get('reason')}"
        )
    if what == "break_glass_ended":
        return f"break-glass session of {name}{_at(p)} ended: {p.get('reason')}"
    details = ", ".join(
        f"{key}={value}" for key, value in sorted(p.items())[:4] if "hash" not in key
    )
    return f"{kind} {details}".strip()


def _minutes(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g} min"
    return "? min"
