"""One-line, human-readable summaries of stored events for the event log.

Contract: ``summarize(event, *, type_name=None, namer=None) -> str`` for any
``StoredEvent`` (unknown kinds
get a generic summary, never an exception; the notification chain's
``reach.*`` steps, partner handovers and answers, a drill's own events
(``drill.*``) and ``headless.started`` read as sentences, as do every
``operator.*`` event (sign-in, failed attempt with its reason, sign-out,
shift change, password and role changes, disabling, break-glass sessions;
never a password hash) and ``incident.reopened``; a drill's injection is
worded from the ``fields`` its event carries, in the reader's language
(``models.drills.report_texts.injection_text``), and by its stored English
``summary`` for events from before them); ``position_update(event)``
extracts a unit's new position from a committed ``frame.decoded`` event, or
None.
``place_summary(payload)`` says what an ``incident.created`` or
``incident.location`` recorded about its place ("verified to Mariankatu 12
(address, 0 m)", "UNVERIFIED forced point, near Mariankatu near
Liisankatu, 30 m"); "" for events from before places.
``name_incident_types(names)`` names the catalogue's incident types for the
event log's lines (a code not named is shown as the code); an alert's origin
and severity are translated words (English: their codes, as before).
The incident report's timeline is these same sentences, one implementation
(``console.reports.incident_data``): it passes ``type_name`` (an incident
type code -> its catalogue name in the console's language) and ``namer``
(a caller position -> its nearest street), which make the line more precise
without changing what it says.

Language: the sentences are translated through ``QCoreApplication.translate``
(context ``EventText``; unit statuses under ``status``), which is
thread-safe and needs no application object, so ``summarize`` runs on the
store's writer or follower thread as before and a command run without Qt
translators (the recorder, ``report`` from a shell) writes English. Counts
are plural forms (``%n``). Values inside a sentence (call signs, incident
numbers, coordinates, times) are isolated left to right and free text
(names, reasons, notes) first-strong isolated while the console is laid out
right to left (``widgets.bidi``), so a Hebrew or Arabic line never scrambles
them; a left-to-right console gets plain text.
A summary is made once, in the language installed when the event is shown
(committed, loaded into the event log, or written into a report): lines
already in the event log keep the language they were made in. The console
changes language at its next start, which reloads the event log, so in
practice every line of a running console reads in one language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from console.reports.event_text_drills import drill_summary
from console.reports.event_text_operators import operator_summary, role_word
from console.reports.event_text_reach import answer_summary, reach_summary
from console.reports.plural import english_plural
from console.reports.recommendation_reasons import reason_words
from widgets.bidi import right_to_left
from widgets.bidi import shown_isolated as _i
from widgets.bidi import shown_ltr as _l
from widgets.dialogs import disposition_label

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


def _disposition(value: Any) -> Any:
    """A listed disposition in the console's language; a typed one as stored."""
    return disposition_label(value) if isinstance(value, str) else value


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


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventText", text)


def _trn(text: str, n: int) -> str:
    return english_plural(text, n, QCoreApplication.translate("EventText", text, "", n))


def _status(status: Any) -> str:
    """A unit status in the console's language (the status board's words)."""
    return QCoreApplication.translate("status", str(status)) if status else str(status)


def _frames(count: Any) -> str:
    if isinstance(count, int) and not isinstance(count, bool):
        return _trn("%n frame(s)", count)
    return _tr("{count} frames").format(count=count)


#: Names a caller's position by its nearest street ("Mariankatu 12, 8 m"), or None.
Namer = Callable[[float, float], "str | None"]


# Incident type code -> the catalogue's (English) name, for lines made without ``type_name``.
_type_names: dict[str, str] = {}


def name_incident_types(names: Mapping[str, str]) -> None:
    """The catalogue's incident types (code -> its English name) by which the event log's
    lines name them when no ``type_name`` is given, in the console's language; a code not
    named stays the code. The session sets them once its catalogue is loaded (before the
    event log's history is summarised); thread-safe (the mapping is replaced whole)."""
    global _type_names
    _type_names = dict(names)


def _type_shown(code: str, type_name: Callable[[str], str] | None) -> str:
    if type_name is not None:
        return _i(type_name(code))
    name = _type_names.get(code)
    if name is None:
        return _l(code)
    from widgets.catalogue_labels import incident_type_label

    return _i(incident_type_label(name))


def summarize(
    event: StoredEvent,
    *,
    type_name: Callable[[str], str] | None = None,
    namer: Namer | None = None,
) -> str:
    """The event's sentence; ``type_name`` names an incident type code (the catalogue's
    name: an incident report passes it), ``namer`` adds a caller position's nearest
    street. Without them the event log's line, with them the same line more precise."""
    payload = event.payload or {}
    kind = event.kind
    p = payload
    if kind == "frame.decoded":
        return _frame_decoded(payload)
    if kind == "frame.rejected":
        return _tr("rejected {protocol} frame: {error}").format(
            protocol=_l(p.get("protocol", "")), error=_i(event.error)
        )
    if kind == "link.state":
        text = _tr("link {link} {state} ({endpoint})").format(
            link=_l(p.get("link")),
            state=_link_state(p.get("state")),
            endpoint=_l(p.get("endpoint")),
        )
        if p.get("error") and p.get("state") != "up":
            text = _tr("{text}: {error}").format(text=text, error=_i(p["error"]))
        return text
    if kind == "event.rejected":
        return _tr("not stored as {kind}: {error}").format(
            kind=_l(p.get("rejected_kind", "?")), error=_i(event.error)
        )
    if kind in ("link.dropped", "store.dropped"):
        fields = {
            "frames": _frames(p.get("count")),
            "bytes": _l(p.get("bytes")),
            "first": _l(p.get("first_rx")),
            "last": _l(p.get("last_rx")),
            "reason": _i(p.get("reason")),
        }
        if p.get("link"):
            return _tr(
                "link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}"
            ).format(link=_l(p["link"]), **fields)
        return _tr(
            "the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}"
        ).format(**fields)
    if kind == "sensor.health":
        return _tr("sensor {sensor} {state}: {reason}").format(
            sensor=_i(p.get("sensor")),
            state=_sensor_state(p.get("state")),
            reason=_i(p.get("reason")),
        )
    if kind == "link.config-error":
        return _tr("link {link} not started: {error}").format(
            link=_l(p.get("link")), error=_i(p.get("error"))
        )
    if kind == "incident.created":
        where = p.get("location") or _coordinates(p)
        place = place_summary(p)
        code = str(p.get("type"))
        fields = {
            "incident": _l(p.get("incident_id")),
            "type": _type_shown(code, type_name),
            "priority": p.get("priority"),
            "where": _i(where),
        }
        if p.get("call_id"):
            text = _tr("new incident {incident} {type} (P{priority}) at {where} from call {call}")
            text = text.format(call=_l(p["call_id"]), **fields)
        else:
            text = _tr("new incident {incident} {type} (P{priority}) at {where}").format(**fields)
        return _with_place(text, place)
    if kind == "incident.location":
        where = p.get("location") or _coordinates(p)
        previous = p.get("previous") if isinstance(p.get("previous"), dict) else None
        if previous:
            text = _tr("{incident} moved from {before} to {where}").format(
                incident=_l(p.get("incident_id")),
                before=_i(previous.get("location") or _coordinates(previous)),
                where=_i(where),
            )
        else:
            text = _tr("{incident} moved to {where}").format(
                incident=_l(p.get("incident_id")), where=_i(where)
            )
        return _with_place(text, place_summary(p))
    if kind == "unit.assigned":
        eta = p.get("eta_s")
        how = _tr("as recommended") if p.get("recommended") else _tr("dispatcher's choice")
        fields = {"unit": _l(p.get("unit")), "incident": _l(p.get("incident_id")), "how": how}
        if eta is not None:
            text = _tr("{unit} assigned to {incident}, ETA {eta}, {how}").format(
                eta=_l(f"{int(eta) // 60}:{int(eta) % 60:02d}"), **fields
            )
        else:
            text = _tr("{unit} assigned to {incident}, {how}").format(**fields)
        if p.get("reason") or p.get("why"):  # the recommender's reason, worded from its data
            reason = reason_words(p.get("why"), p.get("reason"))
            text = _tr("{text}: {reason}").format(text=text, reason=_i(reason))
        return text
    if kind == "unit.status":
        text = _tr("{unit} {status} (was {previous})").format(
            unit=_l(p.get("unit")),
            status=_status(p.get("status")),
            previous=_status(p.get("previous")),
        )
        if p.get("incident_id"):
            text += f" — {_l(p['incident_id'])}"
        if p.get("reason"):
            text = _tr("{text}: {reason}").format(text=text, reason=_i(p["reason"]))
        return text
    if kind == "incident.note":
        return _tr("note on {incident}: {text}").format(
            incident=_l(p.get("incident_id")), text=_i(p.get("text"))
        )
    if kind == "incident.closed":
        return _tr("{incident} closed: {disposition}").format(
            incident=_l(p.get("incident_id")), disposition=_i(_disposition(p.get("disposition")))
        )
    if kind == "incident.reopened":
        previous = p.get("previous") if isinstance(p.get("previous"), dict) else {}
        fields = {"incident": _l(p.get("incident_id")), "reason": _i(p.get("reason"))}
        if previous.get("disposition"):
            return _tr("{incident} REOPENED: {reason} (was closed: {disposition})").format(
                disposition=_i(_disposition(previous["disposition"])), **fields
            )
        return _tr("{incident} REOPENED: {reason}").format(**fields)
    if kind.startswith("operator."):
        return operator_summary(kind, payload)
    if kind.startswith("call."):
        return _call_summary(kind, payload, namer)
    if kind.startswith("alert."):
        return _alert_summary(kind, payload)
    if kind.startswith("reach."):
        return reach_summary(kind, payload)
    if kind.startswith("partner.answer_"):
        return answer_summary(kind, payload)
    if kind == "headless.started":
        return _headless_summary(payload)
    if kind.startswith("drill."):
        return drill_summary(kind, payload)
    if kind == "system.start":
        return _tr("console started on site {site}").format(site=_i(p.get("site")))
    if kind == "system.stop":
        return _tr("console stopped on site {site}").format(site=_i(p.get("site")))
    details = ", ".join(f"{key}={value}" for key, value in sorted(payload.items())[:4])
    return _l(f"{kind} {details}".strip())


def _frame_decoded(payload: dict[str, Any]) -> str:
    """ "GPRMC HE11 60.17000, 24.94000": the storm path (thousands a second, on the GUI
    thread when followed), so plain f-strings and no translation unless a unit is
    unknown; values are isolated only in a right-to-left console."""
    message = payload.get("message") or {}
    unit = payload.get("unit")
    where = ""
    if "lat" in message and "lon" in message:
        where = f"{message['lat']:.5f}, {message['lon']:.5f}"
    name = f"{message.get('talker', '')}{message.get('kind', '')}"
    if unit and where and name:
        if right_to_left():  # each value one left-to-right isolate (widgets.bidi.ltr)
            return f"\u2066{name}\u2069 \u2066{unit}\u2069 \u2066{where}\u2069"
        return f"{name} {unit} {where}"
    who = _l(unit) if unit else ""
    if not who and "unknown_unit" in payload:
        who = _tr("unknown unit {unit}").format(unit=_l(repr(payload["unknown_unit"])))
    if where:
        where = _l(where)
    elif message.get("reason"):
        where = _i(message["reason"])
    return " ".join(part for part in (_l(name) if name else "", who, where) if part)


def _link_state(state: Any) -> str:
    """A link's state in the Links panel's words."""
    words = {
        "up": _tr("up"),
        "connecting": _tr("connecting"),
        "down": _tr("down"),
        "stopped": _tr("stopped"),
    }
    return words.get(str(state), _l(state))


def _sensor_state(state: Any) -> str:
    words = {"up": _tr("up"), "down": _tr("down"), "degraded": _tr("degraded"), "ok": _tr("ok")}
    return words.get(str(state), _l(state))


def _with_place(text: str, place: str) -> str:
    return _tr("{text}, {place}").format(text=text, place=place) if place else text


def _coordinates(payload: dict[str, Any]) -> str:
    lat, lon = payload.get("lat"), payload.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return _l(f"{lat:.5f}, {lon:.5f}")
    return "?"


def _distance(place: dict[str, Any]) -> str:
    metres = place.get("distance_m")
    label = str(place.get("label") or "")
    if isinstance(metres, int | float) and not label.endswith(" m"):
        return f"{_i(label)}, {_metres(metres)}"
    return _i(label)


def _metres(metres: float) -> str:
    return _l(_tr("{m} m").format(m=f"{metres:.0f}"))


def _place_kind(kind: Any) -> str:
    words = {
        "address": _tr("address"),
        "street": _tr("street"),
        "intersection": _tr("intersection"),
        "landmark": _tr("landmark"),
        "coordinates": _tr("coordinates"),
        "site": _tr("named site"),
        "place": _tr("named place"),
    }
    return words.get(str(kind), _i(kind))


def place_summary(payload: dict[str, Any]) -> str:
    """What an incident event recorded about its place; "" when it recorded nothing."""
    place = payload.get("place") if isinstance(payload.get("place"), dict) else None
    reverse = payload.get("reverse") if isinstance(payload.get("reverse"), dict) else None
    verified = payload.get("verified")
    if verified is True and place is not None:
        metres = place.get("distance_m")
        fields = {"label": _i(place.get("label")), "kind": _place_kind(place.get("kind"))}
        if isinstance(metres, int | float):
            text = _tr("verified to {label} ({kind}, {distance})").format(
                distance=_metres(metres), **fields
            )
        else:
            text = _tr("verified to {label} ({kind})").format(**fields)
    elif verified is False:
        text = (
            _tr("UNVERIFIED forced point")
            if payload.get("override")
            else _tr("UNVERIFIED position")
        )
    else:
        return ""
    same = place is not None and reverse is not None and place.get("label") == reverse.get("label")
    if reverse is not None and not same:
        text = _tr("{text}, near {place}").format(text=text, place=_distance(reverse))
    builds = sorted({str(p["build_id"]) for p in (place, reverse) if p and p.get("build_id")})
    if builds:
        text = _tr("{text} [places {builds}]").format(text=text, builds=_l(", ".join(builds)))
    return text


def _where(
    location: dict[str, Any] | None, namer: Namer | None = None, source: bool = False
) -> str:
    """A caller location: ``[SOURCE ]lat, lon ± r m (c %)`` (left to right), its
    nearest street when ``namer`` names it, else the civic address."""
    if not location:
        return _tr("no location")
    if location.get("lat") is not None and location.get("lon") is not None:
        text = f"{location['lat']:.5f}, {location['lon']:.5f}"
        if source and location.get("source"):
            text = f"{str(location['source']).upper()} {text}"
        if location.get("radius_m") is not None:
            text += f" ± {location['radius_m']:.0f} m"
        if isinstance(location.get("confidence"), int | float):
            text += f" ({location['confidence']:g} %)"
        text = _l(text)
        name = _nearest(location, namer)
        return _tr("{text}, near {place}").format(text=text, place=_i(name)) if name else text
    civic = location.get("civic") or {}
    return _i(" ".join(str(v) for v in civic.values())) or _tr("address only")


def _nearest(location: dict[str, Any], namer: Namer | None) -> str | None:
    """The nearest street of a caller's position (an incident report's namer), or None."""
    lat, lon = location.get("lat"), location.get("lon")
    if namer is None or not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    return namer(float(lat), float(lon))


def _call_summary(kind: str, p: dict[str, Any], namer: Namer | None = None) -> str:
    call = _l(p.get("call_id"))
    if kind == "call.offered":
        number = _l(p["number"]) if p.get("number") else _tr("unknown number")
        via = str(p.get("via", "")).upper()
        cos = f" {p['class_of_service']}" if p.get("class_of_service") else ""
        return _tr("call {call} from {number} ({via}) at {where}").format(
            call=call, number=number, via=_l(via + cos), where=_where(p.get("location"), namer)
        )
    if kind == "call.location":
        template = (
            _tr("call {call} rebid: {where}")
            if p.get("rebid")
            else _tr("call {call} location: {where}")
        )
        return template.format(call=call, where=_where(p.get("location"), namer, source=True))
    if kind == "call.location-verified":
        return _tr("call {call} location verified: {where}").format(
            call=call, where=_where(p.get("location"), namer, source=True)
        )
    if kind == "call.attached":
        return _tr("call {call} attached to {incident}").format(
            call=call, incident=_l(p.get("incident_id"))
        )
    if kind == "call.abandoned":
        if p.get("reason"):
            return _tr("call {call} abandoned: {reason}").format(call=call, reason=_i(p["reason"]))
        return _tr("call {call} abandoned").format(call=call)
    words = {
        "call.answered": _tr("call {call} answered"),
        "call.released": _tr("call {call} released"),
    }
    template = words.get(kind)
    if template is not None:
        return template.format(call=call)
    return _tr("call {call} {what}").format(call=call, what=_l(kind.removeprefix("call.")))


def _alert_summary(kind: str, p: dict[str, Any]) -> str:
    alert = _l(p.get("alert_id"))
    if kind == "alert.raised":
        template = (
            _tr("EXERCISE alert {alert} ({origin}, {severity}): {title}")
            if p.get("exercise")
            else _tr("alert {alert} ({origin}, {severity}): {title}")
        )
        return template.format(
            alert=alert,
            origin=_i(_alert_word(p.get("origin"))),
            severity=_i(_alert_word(p.get("severity"))),
            title=_i(p.get("title")),
        )
    incident = _l(p.get("incident_id"))
    reason = _i(p.get("reason"))
    templates = {
        "alert.promoted": _tr("alert {alert} promoted to {incident}"),
        "alert.linked": _tr("alert {alert} linked to {incident}"),
        "alert.dismissed": _tr("alert {alert} dismissed: {reason}"),
        "alert.cancelled": _tr("alert {alert} cancelled: {reason}"),
        "alert.acknowledged": _tr("alert {alert} acknowledged"),
        "alert.updated": _tr("alert {alert} updated"),
    }
    template = templates.get(kind)
    if template is not None:
        return template.format(alert=alert, incident=incident, reason=reason)
    return _tr("alert {alert} {what}").format(alert=alert, what=_l(kind.removeprefix("alert.")))


def _alert_word(code: Any) -> str:
    """An alert's origin or severity code in the console's language (English: the code)."""
    words = {
        "cap": _tr("CAP"),
        "zone-entry": _tr("zone-entry"),
        "zone-alarm": _tr("zone-alarm"),
        "radio": _tr("radio"),
        "extreme": _tr("extreme"),
        "severe": _tr("severe"),
        "moderate": _tr("moderate"),
        "minor": _tr("minor"),
        "unknown": _tr("unknown"),
    }
    return words.get(str(code), str(code))


def _headless_summary(p: dict[str, Any]) -> str:
    """Who a headless command ran as: OS user, host, operator, database role."""
    command = _l(p["command"]) if p.get("command") else _tr("headless command")
    text = _tr("{command} run by OS user {user} on {host}").format(
        command=command, user=_l(p.get("os_user")), host=_l(p.get("host"))
    )
    if p.get("pid") is not None:
        text = _tr("{text} (pid {pid})").format(text=text, pid=p["pid"])
    if p.get("operator"):
        text = _tr("{text}, operator {operator} ({role})").format(
            text=text, operator=_i(p["operator"]), role=role_word(p.get("role"))
        )
    else:
        text = _tr("{text}, no operator of this store").format(text=text)
    if p.get("db_role"):
        text = _tr("{text}, database role {role} ({kind})").format(
            text=text, role=_l(p["db_role"]), kind=_l(p.get("db_kind"))
        )
    return text
