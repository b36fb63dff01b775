"""The ``[[inject]]`` entries of a scenario: their types, fields, defaults and checks.

Contract: ``INJECTION_FIELDS`` maps each injection type to its fields; a
field is ``(check, default)`` where ``REQUIRED`` as default makes it
mandatory. ``check_fields(entry_type, entry, fail)`` returns the entry's
fields with defaults filled in and every value checked, calling
``fail(field, reason)`` (which must raise) on the first problem; unknown
fields are refused. ``check_timeline(injections, fail)`` checks what only
the whole, time-sorted timeline shows (a rebid needs an earlier call from
the same caller, link_up needs an earlier link_down, CAP references name
earlier messages) and fills a rebid's ``via`` from its call. Pure; no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

REQUIRED: Any = object()

CALL_VIAS = ("ali", "aml", "pidf")
TRACK_VIAS = ("asterix", "arpa")
DRILL_LINKS = ("ali", "avl", "radar", "alarm", "http")
CAP_MSG_TYPES = ("Alert", "Update", "Cancel")
CAP_URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
CAP_SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CAP_CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")
#: Largest track number per radar protocol (ASTERIX I048/161 is 12 bits; NMEA TTM 2 digits).
TRACK_NUMBER_MAX = {"asterix": 4095, "arpa": 99}

Fail = Callable[[str, str], NoReturn]
Check = Callable[[Any, str, Fail], Any]


def text(value: Any, field: str, fail: Fail) -> str:
    if not isinstance(value, str) or not value.strip():
        fail(field, f"must be a non-empty string, not {value!r}")
    return value.strip()


def label(value: Any, field: str, fail: Fail) -> str:
    """A short identifier given as text or a whole number (a target id, say)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return text(value, field, fail)


def number(low: float | None = None, high: float | None = None, positive: bool = False) -> Check:
    def check(value: Any, field: str, fail: Fail) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            fail(field, f"must be a number, not {value!r}")
        if not math.isfinite(value):
            fail(field, f"must be a finite number, not {value!r}")
        if positive and value <= 0:
            fail(field, f"must be more than 0, not {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            fail(field, f"must be between {low} and {high}, not {value!r}")
        return float(value)

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any, field: str, fail: Fail) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            fail(field, f"must be a whole number from {low} to {high}, not {value!r}")
        return int(value)

    return check


def choice(options: Sequence[str]) -> Check:
    def check(value: Any, field: str, fail: Fail) -> str:
        if value not in options:
            fail(field, f"must be one of {', '.join(options)}, not {value!r}")
        return str(value)

    return check


def boolean(value: Any, field: str, fail: Fail) -> bool:
    if not isinstance(value, bool):
        fail(field, f"must be true or false, not {value!r}")
    return value


def strings(value: Any, field: str, fail: Fail) -> tuple[str, ...]:
    if not isinstance(value, list):
        fail(field, f"must be a list of strings, not {value!r}")
    return tuple(text(v, field, fail) for v in value)


def point(value: Any, field: str, fail: Fail, n: int | None = None) -> tuple[float, float]:
    where = field if n is None else f"{field}[{n}]"
    if not isinstance(value, list) or len(value) != 2:
        fail(where, f"must be [lat, lon], not {value!r}")
    lat = number(-90.0, 90.0)(value[0], where, fail)
    lon = number(-180.0, 180.0)(value[1], where, fail)
    return (lat, lon)


def path(value: Any, field: str, fail: Fail) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, list) or len(value) < 2:
        fail(field, "must be a list of at least 2 [lat, lon] points")
    points = tuple(point(v, field, fail, n) for n, v in enumerate(value, 1))
    if len(set(points)) < 2:
        fail(field, "needs at least 2 different points")
    return points


def polygon(value: Any, field: str, fail: Fail) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, list):
        fail(field, "must be a list of [lat, lon] points")
    points = [point(v, field, fail, n) for n, v in enumerate(value, 1)]
    if len(set(points)) < 3:
        fail(field, "needs at least 3 different points")
    if points[0] != points[-1]:
        points.append(points[0])  # CAP polygons are closed rings
    return tuple(points)


LAT = number(-90.0, 90.0)
LON = number(-180.0, 180.0)
POSITIVE = number(positive=True)
NOTE = (text, None)  # a line for the trainer, never sent

INJECTION_FIELDS: dict[str, dict[str, tuple[Check, Any]]] = {
    "call": {
        "via": (choice(CALL_VIAS), REQUIRED),
        "caller": (text, REQUIRED),
        "lat": (LAT, REQUIRED),
        "lon": (LON, REQUIRED),
        "uncertainty_m": (POSITIVE, 50.0),
        "class_of_service": (text, None),
        "name": (text, None),
        "address": (text, None),
        "note": NOTE,
    },
    "rebid": {
        "caller": (text, REQUIRED),
        "via": (choice(CALL_VIAS), None),
        "lat": (LAT, REQUIRED),
        "lon": (LON, REQUIRED),
        "uncertainty_m": (POSITIVE, 50.0),
        "class_of_service": (text, None),
        "note": NOTE,
    },
    "track": {
        "sensor": (text, REQUIRED),
        "via": (choice(TRACK_VIAS), "asterix"),
        "track": (integer(0, 4095), REQUIRED),
        "path": (path, REQUIRED),
        "speed_mps": (POSITIVE, REQUIRED),
        "interval_s": (POSITIVE, 4.0),
        "note": NOTE,
    },
    "zone_alarm": {
        "sensor": (text, REQUIRED),
        "zone": (text, REQUIRED),
        "state": (text, "alarm"),
        "target": (label, None),
        "severity": (text, None),
        "lat": (LAT, None),
        "lon": (LON, None),
        "note": NOTE,
    },
    "cap": {
        "identifier": (text, REQUIRED),
        "event": (text, REQUIRED),
        "msg_type": (choice(CAP_MSG_TYPES), "Alert"),
        "status": (choice(("Exercise",)), "Exercise"),
        "urgency": (choice(CAP_URGENCIES), "Immediate"),
        "severity": (choice(CAP_SEVERITIES), "Severe"),
        "certainty": (choice(CAP_CERTAINTIES), "Observed"),
        "sender": (text, "drill@dispatch-console.invalid"),
        "headline": (text, None),
        "description": (text, None),
        "references": (strings, ()),
        "area": (polygon, None),
        "note": NOTE,
    },
    "link_down": {"link": (choice(DRILL_LINKS), REQUIRED), "note": NOTE},
    "link_up": {"link": (choice(DRILL_LINKS), REQUIRED), "note": NOTE},
    "note": {"text": (text, REQUIRED)},
}

INJECTION_TYPES = tuple(INJECTION_FIELDS)


def check_fields(entry_type: str, entry: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """The entry's fields (not ``at_s``/``type``), checked, with defaults filled in."""
    spec = INJECTION_FIELDS[entry_type]
    for key in entry:
        if key not in spec and key not in ("at_s", "type"):
            fail(key, f"unknown field (known: {', '.join(sorted(spec))})")
    fields: dict[str, Any] = {}
    for key, (check, default) in spec.items():
        if key in entry:
            fields[key] = check(entry[key], key, fail)
        elif default is REQUIRED:
            fail(key, "is required")
        else:
            fields[key] = default
    _check_own(entry_type, fields, fail)
    return fields


def _check_own(entry_type: str, fields: dict[str, Any], fail: Fail) -> None:
    """Checks within one entry that depend on several of its fields."""
    if entry_type == "call":
        if fields["via"] == "ali":
            fields["class_of_service"] = fields["class_of_service"] or "WPH2"
            # An ALI record is ASCII on the wire: a Hebrew name would never be sent.
            for key in ("caller", "name", "address", "class_of_service"):
                value = fields[key]
                if isinstance(value, str) and not value.isascii():
                    fail(key, "an ALI record carries ASCII only: write it in Latin letters")
        elif fields["class_of_service"] is not None:
            fail("class_of_service", "is for ALI calls only (via = 'ali')")
    elif entry_type == "track":
        top = TRACK_NUMBER_MAX[fields["via"]]
        if fields["track"] > top:
            fail("track", f"a {fields['via']} track number goes up to {top}")
    elif entry_type == "zone_alarm":
        if (fields["lat"] is None) != (fields["lon"] is None):
            fail("lat" if fields["lat"] is None else "lon", "lat and lon go together")
    elif entry_type == "cap":
        if fields["msg_type"] == "Alert" and fields["area"] is None:
            fail("area", "an Alert needs an area (a polygon of [lat, lon] points)")
        if fields["msg_type"] != "Alert" and not fields["references"]:
            fail("references", f"an {fields['msg_type']} must reference earlier messages")


def check_timeline(injections: Sequence[Any], fail_at: Callable[[Any, str, str], NoReturn]) -> None:
    """Whole-timeline checks over time-sorted injections (``fail_at(injection, field, why)``)."""
    calls: dict[str, Any] = {}  # caller -> its call injection
    down: set[str] = set()
    caps: set[str] = set()
    for inj in injections:
        f = inj.fields
        if inj.type == "call":
            earlier = calls.get(f["caller"])
            if earlier is not None:
                fail_at(
                    inj,
                    "caller",
                    f"{f['caller']} already called at inject #{earlier.index}: use a rebid",
                )
            calls[f["caller"]] = inj
        elif inj.type == "rebid":
            call = calls.get(f["caller"])
            if call is None:
                fail_at(inj, "caller", f"{f['caller']} has no earlier call")
            via = call.fields["via"]
            if f["via"] is not None and f["via"] != via:
                fail_at(inj, "via", f"must be {via!r}, as the call at inject #{call.index}")
            f["via"] = via
            if via == "ali":
                f["class_of_service"] = f["class_of_service"] or "WPH2"
            elif f["class_of_service"] is not None:
                fail_at(inj, "class_of_service", "is for ALI calls only")
        elif inj.type == "link_down":
            if f["link"] in down:
                fail_at(inj, "link", f"link {f['link']!r} is already down")
            down.add(f["link"])
        elif inj.type == "link_up":
            if f["link"] not in down:
                fail_at(inj, "link", f"link {f['link']!r} is not down")
            down.discard(f["link"])
        elif inj.type == "cap":
            if f["identifier"] in caps:
                fail_at(inj, "identifier", f"{f['identifier']!r} is used twice")
            for ref in f["references"]:
                if ref not in caps:
                    fail_at(inj, "references", f"{ref!r} is no earlier CAP injection")
            caps.add(f["identifier"])


def summary(entry_type: str, fields: Mapping[str, Any]) -> str:
    """One line saying what an injection does, for the trainer panel and reports."""
    f = fields
    if entry_type in ("call", "rebid"):
        verb = "call" if entry_type == "call" else "rebid"
        extra = f" {f['class_of_service']}" if f.get("class_of_service") else ""
        return (
            f"{verb} {f['caller']} via {str(f['via']).upper()}{extra} at "
            f"{f['lat']:.5f}, {f['lon']:.5f} ±{f['uncertainty_m']:.0f} m"
        )
    if entry_type == "track":
        return (
            f"track {f['track']} on {f['sensor']} ({f['via']}), {len(f['path'])} points "
            f"at {f['speed_mps']:g} m/s"
        )
    if entry_type == "zone_alarm":
        return f"zone alarm {f['state']} from {f['sensor']} in zone {f['zone']}"
    if entry_type == "cap":
        return f"CAP {f['msg_type']} {f['identifier']!r}: {f['event']} (Exercise)"
    if entry_type in ("link_down", "link_up"):
        return f"link {f['link']} {'down' if entry_type == 'link_down' else 'up'}"
    return f"note: {f.get('text', '')}"


#: The fields each injection type's summary is made from (``summary``,
#: ``models.drills.report_texts.injection_text``).
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "call": ("caller", "via", "class_of_service", "lat", "lon", "uncertainty_m"),
    "rebid": ("caller", "via", "class_of_service", "lat", "lon", "uncertainty_m"),
    "track": ("track", "sensor", "via", "path", "speed_mps"),
    "zone_alarm": ("state", "sensor", "zone"),
    "cap": ("msg_type", "identifier", "event"),
    "link_down": ("link",),
    "link_up": ("link",),
    "note": ("text",),
}


def _plain(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def summary_fields(entry_type: str, fields: Mapping[str, Any]) -> dict[str, Any] | None:
    """What an injection's summary is made from, as JSON values, for the payload of
    ``drill.injected``/``drill.manual`` (key ``fields``): the event log words the
    summary from them in the reader's language. None for an unknown type or when the
    summary made again from them would differ from ``summary(entry_type, fields)``."""
    keys = SUMMARY_FIELDS.get(entry_type)
    if keys is None:
        return None
    kept = {key: _plain(fields[key]) for key in keys if key in fields}
    try:
        if summary(entry_type, kept) != summary(entry_type, fields):
            return None
    except (KeyError, TypeError, ValueError):
        return None
    return kept
