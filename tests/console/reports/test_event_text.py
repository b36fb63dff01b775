"""Event summaries read as sentences for every kind the console writes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.reports.event_text import place_summary, position_update, summarize
from models.store import StoredEvent

T = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _event(kind: str, payload: dict, error: str | None = None) -> StoredEvent:
    return StoredEvent("operator:anna", kind, T, payload, None, error, 7, "")


def test_dispatch_summaries() -> None:
    created = {
        "incident_id": "2026-000001",
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.17,
        "lon": 24.94,
        "location": "Mariankatu 12",
        "call_id": None,
    }
    assert summarize(_event("incident.created", created)) == (
        "new incident 2026-000001 structure-fire (P1) at Mariankatu 12"
    )
    assigned = {"unit": "HE11", "incident_id": "2026-000001", "eta_s": 247.2, "recommended": True}
    assert summarize(_event("unit.assigned", assigned)) == (
        "HE11 assigned to 2026-000001, ETA 4:07, as recommended"
    )
    status = {"unit": "HE11", "status": "en route", "previous": "dispatched", "incident_id": "X"}
    assert summarize(_event("unit.status", status)) == "HE11 en route (was dispatched) — X"
    assert summarize(_event("incident.closed", {"incident_id": "X", "disposition": "ok"})) == (
        "X closed: ok"
    )


def test_frames_and_unknown_kinds() -> None:
    decoded = {
        "protocol": "nmea",
        "unit": "HE11",
        "message": {"talker": "GP", "kind": "GGA", "lat": 60.1, "lon": 24.9, "speed_knots": 10},
    }
    event = StoredEvent("link:avl", "frame.decoded", T, decoded, b"$GPGGA", None, 3, "")
    assert summarize(event) == "GPGGA HE11 60.10000, 24.90000"
    update = position_update(event)
    assert update is not None and update.call_sign == "HE11"
    assert abs(update.speed_mps - 5.14444) < 1e-6
    rejected = _event("frame.rejected", {"protocol": "nmea"}, error="checksum mismatch")
    assert summarize(rejected) == "rejected nmea frame: checksum mismatch"
    assert summarize(_event("something.new", {"a": 1})) == "something.new a=1"


def test_call_and_alert_summaries() -> None:
    offered = {
        "call_id": "C000002",
        "number": "0401234567",
        "via": "ali",
        "class_of_service": "WPH2",
        "location": {"lat": 60.17, "lon": 24.94, "radius_m": 60.0},
    }
    assert summarize(_event("call.offered", offered)) == (
        "call C000002 from 0401234567 (ALI WPH2) at 60.17000, 24.94000 ± 60 m"
    )
    rebid = {"call_id": "C000002", "rebid": True, "location": {"civic": {"RD": "Main St"}}}
    assert summarize(_event("call.location", rebid)) == "call C000002 rebid: Main St"
    raised = {
        "alert_id": "A000001",
        "origin": "cap",
        "severity": "severe",
        "title": "Flood warning",
        "exercise": True,
    }
    assert summarize(_event("alert.raised", raised)) == (
        "EXERCISE alert A000001 (CAP, severe): Flood warning"
    )


def test_store_and_health_summaries() -> None:
    rejected = _event("event.rejected", {"rejected_kind": "frame.decoded"}, error="infinite number")
    assert summarize(rejected) == "not stored as frame.decoded: infinite number"
    dropped = {"link": "avl", "count": 12, "bytes": 960, "first_rx": "12:00:00",
               "last_rx": "12:00:05", "reason": "store at its cap"}  # fmt: skip
    assert summarize(_event("link.dropped", dropped)) == (
        "link avl dropped 12 frames (960 bytes) between 12:00:00 and 12:00:05: store at its cap"
    )
    health = {"sensor": "radar-west", "state": "down", "reason": "no north marker for 31 s"}
    assert summarize(_event("sensor.health", health)) == (
        "sensor radar-west down: no north marker for 31 s"
    )


PLACE = {
    "label": "Mariankatu 12",
    "kind": "address",
    "lat": 60.1712,
    "lon": 24.9528,
    "distance_m": 0.0,
    "match": "fuzzy",
    "score": 0.73,
    "locality": "Kruununhaka",
    "place_id": "a:12",
    "build_id": "B1",
}


def test_place_summaries_say_what_the_dispatcher_saw() -> None:
    created = {
        "incident_id": "2026-000001",
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.1712,
        "lon": 24.9528,
        "location": "marainkatu 12",
        "call_id": None,
        "place": PLACE,
        "verified": True,
        "override": False,
        "reverse": dict(PLACE, kind="reverse", distance_m=2.0),
    }
    assert summarize(_event("incident.created", created)) == (
        "new incident 2026-000001 structure-fire (P1) at marainkatu 12, "
        "verified to Mariankatu 12 (address, 0 m) [places B1]"
    )
    forced = dict(created, location=None, place=None, verified=False, override=True)
    forced["reverse"] = dict(PLACE, label="Liisankatu near Mariankatu, 35 m", kind="reverse")
    assert place_summary(forced) == (
        "UNVERIFIED forced point, near Liisankatu near Mariankatu, 35 m [places B1]"
    )
    moved = dict(created, previous={"lat": 1, "lon": 2, "location": None})
    assert summarize(_event("incident.location", moved)).startswith(
        "2026-000001 moved from 1.00000, 2.00000 to marainkatu 12, verified to Mariankatu 12"
    )
    first = {k: v for k, v in moved.items() if k != "previous"}
    assert summarize(_event("incident.location", first)).startswith(
        "2026-000001 moved to marainkatu 12, verified"
    )
    legacy = {k: v for k, v in created.items() if k not in ("place", "verified", "reverse")}
    assert place_summary(legacy) == ""


def test_reach_and_partner_steps_read_as_sentences() -> None:
    n = "2026-000001/HE11/1"
    cases = [
        ("reach.queued", {"notice_id": n, "unit": "HE11", "incident_id": "2026-000001",
                          "link": "radio", "kind": "tetra", "address": "2011",
                          "text": "Structure fire Mannerheimintie 5", "resend_of": None},
         "HE11 for 2026-000001: queued on radio 2011: Structure fire Mannerheimintie 5"),
        ("reach.queued", {"notice_id": "2026-000001/HE11/2", "unit": "HE11",
                          "incident_id": "2026-000001", "link": "radio", "kind": "tetra",
                          "address": "2011", "text": "x", "resend_of": n, "by": "anna"},
         "HE11 for 2026-000001: queued on radio 2011, re-sent by anna: x"),
        ("reach.sent", {"notice_id": n, "attempt": 2}, "HE11 for 2026-000001: sent (attempt 2)"),
        ("reach.link_ack", {"notice_id": n}, "HE11 for 2026-000001: acknowledged by the link"),
        ("reach.read", {"notice_id": "2026-000001/HE11/3"},
         "HE11 for 2026-000001 #3: read by the crew"),
        ("reach.accepted", {"notice_id": n, "by": "status 3"},
         "HE11 for 2026-000001: accepted by the crew (status 3)"),
        ("reach.timed_out", {"notice_id": n, "stage": "crew", "limit_s": 60.0},
         "NOT ACKNOWLEDGED: HE11 for 2026-000001: no crew answer within 60 s"),
        ("reach.timed_out", {"notice_id": n, "stage": "link", "limit_s": 30},
         "NOT ACKNOWLEDGED: HE11 for 2026-000001: no link acknowledgement within 30 s"),
        ("reach.voice", {"notice_id": n}, "HE11 for 2026-000001: reached by voice"),
        ("reach.failed", {"notice_id": n, "reason": "NAK x3", "final": True},
         "HE11 for 2026-000001: FAILED (final): NAK x3"),
        ("reach.talk_request", {"link": "radio", "address": "2011", "unit": "HE11",
                                "label": "request to talk", "code": 5},
         "HE11 asks to talk (request to talk) on radio 2011"),
        ("reach.refused", {"link": "radio", "address": "2999", "unit": None,
                           "reason": "unknown ISSI 2999"},
         "from 2999 on radio: refused: unknown ISSI 2999"),
        # A handover to a partner control room (NENA EIDO) and its answers.
        ("reach.queued", {"notice_id": "2026-000001/police-east/1", "unit": "police-east",
                          "incident_id": "2026-000001", "link": "police-east", "kind": "eido",
                          "address": "https://police.example/eido", "message_id": "urn:x:1",
                          "document": "{...}"},
         "2026-000001 handed over to partner police-east (https://police.example/eido), "
         "EIDO urn:x:1"),
        ("reach.link_ack", {"notice_id": "2026-000001/police-east/1", "status": 200,
                            "answer": "ok"},
         "police-east for 2026-000001: the partner took it (HTTP 200)"),
        ("reach.accepted", {"notice_id": "2026-000001/police-east/1", "by": "partner",
                            "answer_id": "a1", "call_id": "C000009"},
         "police-east for 2026-000001: accepted by the partner"),
        ("reach.rejected", {"notice_id": "2026-000001/police-east/1", "by": "partner",
                            "reason": "out of our area"},
         "police-east for 2026-000001: rejected by the partner: out of our area"),
        ("reach.delivered", {"notice_id": "2026-000001/police-east/1", "by": "partner",
                             "detail": "completed"},
         "police-east for 2026-000001: the partner reports it completed"),
        ("partner.answer_queued", {"answer_id": "urn:x:1:answer:accepted:ab12",
                                   "partner": "fire-west", "call_id": "C000004",
                                   "message_id": "urn:x:1",
                                   "answer": "accepted", "reason": None, "document": "{}"},
         "answer accepted for call C000004 queued to fire-west"),
        ("partner.answer_delivered", {"answer_id": "urn:x:1:answer:completed:ab12", "status": 200},
         "answer completed delivered to the partner (HTTP 200)"),
        ("partner.answer_failed", {"answer_id": "urn:x:1:answer:rejected:ab12", "final": False,
                                   "reason": "timed out"},
         "answer rejected FAILED (retrying): timed out"),
    ]  # fmt: skip
    for kind, payload, text in cases:
        assert summarize(_event(kind, payload)) == text, kind


def test_headless_started_says_who_where_and_which_database_role() -> None:
    payload = {
        "command": "drill run --headless", "os_user": "tom", "host": "cc-pc4", "pid": 4242,
        "db_role": "dispatch_owner", "db_kind": "owner", "operator": "tom", "role": "trainer",
    }  # fmt: skip
    assert summarize(_event("headless.started", payload)) == (
        "drill run --headless run by OS user tom on cc-pc4 (pid 4242), operator tom (trainer), "
        "database role dispatch_owner (owner)"
    )
    sqlite = {**payload, "db_role": None, "db_kind": "owner", "operator": None, "role": None}
    assert summarize(_event("headless.started", sqlite)) == (
        "drill run --headless run by OS user tom on cc-pc4 (pid 4242), no operator of this store"
    )


def test_operator_and_reopen_summaries_read_as_sentences() -> None:
    def said(kind: str, **payload: object) -> str:
        return summarize(StoredEvent("position:p1", kind, T, payload, None, None, 9, ""))

    assert (
        said("operator.signed_in", name="dina", role="dispatcher", position="p1", method="password")
        == "dina (dispatcher) signed in at p1"
    )
    assert said(
        "operator.signed_in", name="olli", role="administrator", position="p1", method="os-user"
    ) == ("olli (administrator) signed in at p1 (as the OS user, no password)")
    assert said(
        "operator.sign_in_failed", name="dina", position="p2", reason="wrong password", failures=3
    ) == ("sign-in as dina refused at p2: wrong password, 3 failed in a row")
    assert said(
        "operator.sign_in_failed",
        name="dina",
        position="p2",
        reason="signed in at another position",
        failures=0,
    ) == ("sign-in as dina refused at p2: signed in at another position")
    assert said("operator.signed_out", name="dina", position="p1", reason="signed out") == (
        "dina signed out at p1"
    )
    assert said("operator.signed_out", name="dina", position="p1", reason="idle") == (
        "dina signed out at p1 (idle)"
    )
    assert (
        said("operator.changed", position="p1", previous="dina", name="sam", role="supervisor")
        == "shift change at p1: dina handed over to sam (supervisor)"
    )
    hashed = said("operator.password_changed", name="dina", password_hash="$argon2id$v=19$x")
    assert hashed == "password of dina changed" and "argon2" not in hashed
    assert said("operator.password_changed", name="dina", password_hash="$a", rehash=True) == (
        "password of dina changed (re-hashed with today's parameters at sign-in)"
    )
    added = said("operator.added", name="carl", role="call-taker", password_hash="$argon2id$")
    assert added == "operator carl added with the call-taker role" and "argon2" not in added
    assert said(
        "operator.added", name="olli", role="administrator", password_hash=None, first=True
    ) == (
        "operator olli added with the administrator role as the store's first administrator, "
        "no password yet"
    )
    assert (
        said("operator.role_changed", name="dina", role="supervisor", previous="dispatcher")
        == "dina's role changed from dispatcher to supervisor"
    )
    assert said("operator.disabled", name="carl", reason="left") == "operator carl DISABLED: left"
    assert said("operator.locked", name="dina", position="p1", reason="idle 10 min") == (
        "position at p1 locked for dina: idle 10 min"
    )
    assert said(
        "operator.break_glass",
        name="dina",
        role="dispatcher",
        position="p1",
        reason="database down",
        minutes=30,
        until="2026-11-22T12:30:00+00:00",
    ) == (
        "BREAK-GLASS emergency session for dina (dispatcher) at p1 for 30 min until "
        "2026-11-22T12:30:00+00:00: database down"
    )
    assert said(
        "operator.break_glass_ended", name="dina", position="p1", reason="signed in normally"
    ) == ("break-glass session of dina at p1 ended: signed in normally")
    unknown = said("operator.something_new", name="x", secret_hash="$argon2")
    assert "argon2" not in unknown and unknown.startswith("operator.something_new")
    reopened = {"incident_id": "X", "reason": "rang again", "previous": {"disposition": "ok"}}
    assert said("incident.reopened", **reopened) == "X REOPENED: rang again (was closed: ok)"


# --- languages ----------------------------------------------------------------------------

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
SCRIPT = {"he": "\u0590-\u05ff", "ar": "\u0600-\u06ff"}


def _outside_isolates(text: str) -> str:
    """``text`` without its isolated values (what the translation itself wrote)."""
    import re

    return re.sub(f"[{LRI}{FSI}][^{PDI}]*{PDI}", " ", text)


@pytest.fixture
def language(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from widgets.i18n import install_language

    def install(code: str) -> None:
        install_language(qapp, code, cache_dir=tmp_path)

    yield install
    install_language(qapp, "en", cache_dir=tmp_path)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_summaries_read_in_the_console_language_with_values_isolated(language, code) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtCore import QCoreApplication

    language(code)
    status = {"unit": "HE11", "status": "en route", "previous": "dispatched", "incident_id": "X"}
    created = {"incident_id": "2026-000001", "type": "structure-fire", "priority": 1,
               "location": "Jaffa Road 12", "verified": False, "override": True}  # fmt: skip
    timed_out = {"notice_id": "2026-000001/HE11/1@ab12", "stage": "crew", "limit_s": 60}
    refused = {"name": "dina", "position": "pos-2", "reason": "wrong password", "failures": 3}
    lines = {
        "system.start": summarize(_event("system.start", {"site": "Jerusalem centre"})),
        "link.state": summarize(
            _event("link.state", {"link": "avl-udp", "state": "up", "endpoint": "udp :10210"})
        ),
        "unit.status": summarize(_event("unit.status", status)),
        "incident.created": summarize(_event("incident.created", created)),
        "reach.timed_out": summarize(_event("reach.timed_out", timed_out)),
        "operator.sign_in_failed": summarize(_event("operator.sign_in_failed", refused)),
    }
    for kind, line in lines.items():
        own = _outside_isolates(line)
        assert re.search(f"[{SCRIPT[code]}]", own), f"{kind}: {line!r}"
        assert not re.search(r"[A-Za-z]{3,}", own), f"{kind} left English: {line!r}"
    assert f"{FSI}Jerusalem centre{PDI}" in lines["system.start"]
    assert f"{LRI}avl-udp{PDI}" in lines["link.state"]
    assert QCoreApplication.translate("LinkStatusModel", "up") in lines["link.state"]
    assert QCoreApplication.translate("status", "en route") in lines["unit.status"]
    assert f"{LRI}HE11{PDI}" in lines["unit.status"]
    assert f"{LRI}2026-000001{PDI}" in lines["incident.created"]
    assert f"{FSI}Jaffa Road 12{PDI}" in lines["incident.created"]
    # The notice's process token is not shown; the limit is.
    assert "ab12" not in lines["reach.timed_out"] and "60" in lines["reach.timed_out"]
    assert "3" in lines["operator.sign_in_failed"]


def test_counts_take_each_language_plural_form(language) -> None:  # type: ignore[no-untyped-def]
    dropped = {"link": "avl", "count": 1, "bytes": 80, "first_rx": "12:00:00",
               "last_rx": "12:00:00", "reason": "store at its cap"}  # fmt: skip
    # No catalogue installed (a headless command): English, "(s)" resolved.
    assert " 1 frame (80 bytes)" in summarize(_event("link.dropped", dropped))
    language("cs")
    words = {n: summarize(_event("link.dropped", {**dropped, "count": n})) for n in (1, 3, 5)}
    assert "1 rámec " in words[1] and "3 rámce " in words[3] and "5 rámců " in words[5]
    language("en")
    assert " 2 frames (80 bytes)" in summarize(_event("link.dropped", {**dropped, "count": 2}))


def test_a_left_to_right_console_gets_plain_text(language) -> None:  # type: ignore[no-untyped-def]
    language("fr")
    line = summarize(_event("system.start", {"site": "Nice"}))
    assert line == "console démarrée sur le site Nice"


def test_drill_events_read_as_sentences() -> None:
    started = {"scenario": "structure-fire", "title": "Structure fire", "trainees": ["anna"],
               "speed": 2.0, "started_utc": "2026-12-06T18:00:00+00:00"}  # fmt: skip
    assert summarize(_event("drill.started", started)) == (
        "drill Structure fire started (×2), trainees: anna"
    )
    clock = {"drill_s": 75.4, "speed": 1.0, "paused": True}
    assert summarize(_event("drill.clock", clock)) == "drill clock 1:15: paused"
    injected = {"index": 3, "type": "call", "at_s": 60, "drill_s": 61, "summary": "caller"}
    assert summarize(_event("drill.manual", {**injected, "by": "tom"})) == (
        "drill 1:01: trainer tom injected #3 (call): caller"
    )
    ended = {"drill_s": 600, "reason": "ended by trainer"}
    assert summarize(_event("drill.ended", ended)) == "drill ended at 10:00: ended by trainer"


def test_a_decoded_frame_isolates_its_values_right_to_left(language) -> None:  # type: ignore[no-untyped-def]
    decoded = {"protocol": "nmea", "unit": "HE11",
               "message": {"talker": "GP", "kind": "GGA", "lat": 31.7, "lon": 35.2}}  # fmt: skip
    event = StoredEvent("link:avl", "frame.decoded", T, decoded, b"$GPGGA", None, 3, "")
    language("he")
    assert summarize(event) == (f"{LRI}GPGGA{PDI} {LRI}HE11{PDI} {LRI}31.70000, 35.20000{PDI}")
    unknown = {"protocol": "nmea", "unknown_unit": "ZZ9", "message": {"reason": "no fix"}}
    line = summarize(StoredEvent("link:avl", "frame.decoded", T, unknown, b"", None, 4, ""))
    assert "'ZZ9'" in line and f"{FSI}no fix{PDI}" in line and "unknown" not in line
    language("en")
    assert summarize(event) == "GPGGA HE11 31.70000, 35.20000"


def _injected(kind: str, fields: dict, **extra: object) -> StoredEvent:
    """A ``drill.injected`` as the drill runner writes it (English summary and fields)."""
    from models.drills import events as dev
    from models.drills.injections import summary, summary_fields

    payload = dev.injected_payload(3, kind, 60.0, 61.5, summary(kind, fields))
    words = summary_fields(kind, fields)
    assert words is not None
    return StoredEvent("drill:runner", "drill.injected", T, {**payload, "fields": words, **extra},
                       None, None, 7, "")  # fmt: skip


CALL = {"caller": "+972501234567", "via": "aml", "class_of_service": None,
        "lat": 31.78123, "lon": 35.21789, "uncertainty_m": 25.0}  # fmt: skip


@pytest.mark.parametrize("code", ["he", "ar"])
def test_a_drill_injection_reads_in_the_console_language(language, code) -> None:  # type: ignore[no-untyped-def]
    import re

    language(code)
    line = summarize(_injected("call", CALL))
    assert "+972501234567" in line and "31.78123" in line
    assert re.search(f"[{SCRIPT[code]}]", line)
    # No English word left outside the isolated values ("call from", "via", "injected").
    assert not re.findall(r"[A-Za-z]{3,}", _outside_isolates(line)), line
    english = "call from +972501234567 via AML"
    assert english not in line
    # A note, and an injection that could not be sent: its reason isolated, the rest translated.
    note = summarize(_injected("note", {"text": "עשן נראה"}, not_sent="pty closed"))
    assert f"{FSI}pty closed{PDI}" in note and "not sent" not in note, note
    assert not re.findall(r"[A-Za-z]{3,}", _outside_isolates(note)), note


def test_a_drill_injection_from_an_old_store_shows_its_stored_summary(language) -> None:  # type: ignore[no-untyped-def]
    from models.drills import events as dev

    language("he")
    old = dev.injected_payload(2, "link_down", 30.0, 30.2, "link ali down")
    line = summarize(StoredEvent("drill:runner", "drill.injected", T, old, None, None, 7, ""))
    assert f"{FSI}link ali down{PDI}" in line, line
    language("fr")
    line = summarize(_injected("link_down", {"link": "ali"}))
    assert "ali" in line and "link ali down" not in line, line
    # Without a translator (a report from a shell) the words are the stored English ones.
    language("en")
    assert "call from +972501234567 via AML at 31.78123, 35.21789" in summarize(
        _injected("call", CALL)
    )


def test_the_event_log_names_incident_types_and_alert_words_in_its_language(language) -> None:  # type: ignore[no-untyped-def]
    import re

    from console.reports.event_text import name_incident_types

    created = {"incident_id": "2026-000001", "type": "structure-fire", "priority": 1,
               "lat": 31.78, "lon": 35.21}  # fmt: skip
    raised = {"alert_id": "A000001", "origin": "cap", "severity": "moderate",
              "title": "עשן כבד", "exercise": False}  # fmt: skip
    language("he")
    name_incident_types({})
    assert f"{LRI}structure-fire{PDI}" in summarize(_event("incident.created", created))
    name_incident_types({"structure-fire": "Structure fire"})
    try:
        for line in (summarize(_event("incident.created", created)),
                     summarize(_event("alert.raised", raised))):  # fmt: skip
            assert not re.findall(r"[A-Za-z]{3,}", _outside_isolates(line)), line
            inside = re.findall(f"{FSI}([^{PDI}]*){PDI}", line)
            words = [w for w in inside if w.strip("\u200f") != "CAP"]  # CAP is CAP
            assert not any(re.search(r"[A-Za-z]{3,}", word) for word in words), line
    finally:
        name_incident_types({})


def test_operator_reasons_read_in_the_console_language(language) -> None:  # type: ignore[no-untyped-def]
    """A failed sign-in's reason and why a session ended are the console's codes: shown
    translated; a reason a person typed stays as typed."""
    import re

    refused = {"name": "dina", "position": "p2", "reason": "wrong password", "failures": 3}
    closed = {"name": "dina", "position": "p2", "reason": "console closed"}
    ended = {"name": "dina", "position": "p2", "reason": "time is up"}
    typed = {"name": "dina", "position": "p2", "reason": "end of shift"}
    language("he")
    for kind, payload in (("operator.sign_in_failed", refused), ("operator.signed_out", closed),
                          ("operator.break_glass_ended", ended)):  # fmt: skip
        line = summarize(_event(kind, payload))
        inside = re.findall(f"{FSI}([^{PDI}]*){PDI}", line)
        assert not any(re.search(r"[A-Za-z]{3,}", w) for w in inside if w != "dina"), line
        assert re.search(f"[{SCRIPT['he']}]", "".join(inside)), line
    assert f"{FSI}end of shift{PDI}" in summarize(_event("operator.signed_out", typed))
    language("en")
    assert summarize(_event("operator.signed_out", closed)).endswith("(console closed)")


def test_a_devices_status_word_reads_in_the_console_language(language) -> None:  # type: ignore[no-untyped-def]
    """A TETRA delivery report's and an ESPA call status's words, stored in English by the
    radio layer, read in the console's language; a word that
    is not one of theirs (another device's, an older store's) is shown as stored."""
    from radio.codecs import espa
    from radio.codecs import tetra_pei as pei

    tetra = pei.DELIVERY_STATUS[0x00]
    espa_word = espa.CALL_STATUS["6"]
    n = "2026-000001/HE11/1"
    delivered = _event("reach.delivered", {"notice_id": n, "detail": tetra})
    paged = _event("reach.delivered", {"notice_id": n, "detail": espa_word})
    failed = _event("reach.failed", {"notice_id": n, "reason": pei.DELIVERY_STATUS[0x4B]})
    odd = _event("reach.delivered", {"notice_id": n, "detail": "vendor status 0x7E"})
    language("fr")
    assert "réception accusée par le destinataire" in summarize(delivered)
    assert "acquitté par l’appelé" in summarize(paged)
    assert "destinataire non inscrit sur le réseau" in summarize(failed)
    assert "vendor status 0x7E" in summarize(odd)
    language("he")
    assert "היעד אישר קבלה" in summarize(delivered)
    language("en")
    assert summarize(delivered).endswith("(receipt acknowledged by destination)")


def test_a_listed_disposition_reads_in_the_console_language(language) -> None:  # type: ignore[no-untyped-def]
    """The close dialog's dispositions and a drill's are stored in English and read in the
    console's language in the log; one the dispatcher typed reads as typed."""
    closed = _event("incident.closed", {"incident_id": "2026-000001", "disposition": "False alarm"})
    drill = _event("incident.closed", {"incident_id": "2026-000002", "disposition": "drill ended"})
    typed = _event("incident.closed", {"incident_id": "2026-000003", "disposition": "vu sur place"})
    previous = {"disposition": "False alarm"}
    reopened = _event(
        "incident.reopened", {"incident_id": "2026-000001", "reason": "again", "previous": previous}
    )
    language("fr")
    assert "Fausse alerte" in summarize(closed)
    assert "Exercice terminé" in summarize(drill)
    assert "vu sur place" in summarize(typed)
    assert "Fausse alerte" in summarize(reopened)
    language("en")
    assert summarize(drill) == "2026-000002 closed: Drill ended"
