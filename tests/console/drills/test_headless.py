"""``dispatch-console drill run --headless``: whole drills end to end, the live store untouched.

The user data dir is a temporary folder (``XDG_DATA_HOME``), so the default
drill store and the live store's default place are both inside it: after the
drill, the live store file must not exist. The scripted responder answers
every call, creates one incident for the fire and attaches the second
caller to it, dispatches the recommendation; every dispatch is paged over
the drill's TETRA pty and the crews report en route and on scene over it; at
the end the incidents are closed and the reports written. The
unanswered-page drill raises the NOT ACKNOWLEDGED alarm for its silent unit.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from console.commands.drill import add_drill_parser, drill_command
from models.drills.events import CREW_OPERATOR
from models.drills.report_json import read_json_report
from models.operators import Actor, OperatorsState, add_operator
from models.operators.headless import HEADLESS_STARTED, os_user
from models.store import GroupCommitWriter, StoreError, default_store_path, open_store

pytestmark = pytest.mark.timeout(240)


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="dispatch-console")
    parser.add_argument("--site")
    parser.add_argument("--store")
    add_drill_parser(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    code = drill_command(parser.parse_args(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _events(store_file: Path) -> list:
    store = open_store(f"sqlite:///{store_file}", purpose="drill")
    try:
        return store.events_since(0)
    finally:
        store.close()


def test_headless_fire_drill_end_to_end(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    drill_site_dir: Path,
    scenario_file: Callable[[str], Path],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    live = default_store_path()
    assert live.is_relative_to(tmp_path)

    code, out, err = _run(
        "drill", "run", str(scenario_file("mini-fire")), "--headless",
        "--speed", "60", "--site", str(drill_site_dir),
    )  # fmt: skip

    assert code == 0, err
    assert not live.exists(), "a drill must never create or touch the live store"
    drills = tmp_path / "data" / "dispatch-console" / "drills"
    (store_file,) = drills.glob("mini-fire-*.sqlite")
    assert store_file.with_suffix(".html").is_file() and store_file.with_suffix(".json").is_file()
    assert "EXERCISE" in out and str(store_file.with_suffix(".html")) in out
    with pytest.raises(StoreError):  # a drill store never opens as a live one
        open_store(f"sqlite:///{store_file}").close()

    events = _events(store_file)
    kinds = [e.kind for e in events]
    assert kinds.count("drill.started") == 1 and kinds.count("drill.injected") == 4
    # Run by the OS user, who is the trainer of the drill and of every injection.
    (who,) = [e.payload for e in events if e.kind == HEADLESS_STARTED]
    assert (who["command"], who["os_user"]) == ("drill run --headless", os_user())
    (started,) = [e.payload for e in events if e.kind == "drill.started"]
    assert started["trainer"] == os_user()
    assert {e.payload["trainer"] for e in events if e.kind == "drill.injected"} == {os_user()}
    (ended,) = [e for e in events if e.kind == "drill.ended"]
    assert ended.payload["reason"] == "completed" and ended.payload["drill_s"] >= 420
    assert kinds.index("drill.ended") == len(kinds) - 1 or all(
        k in ("link.state", "system.stop") for k in kinds[kinds.index("drill.ended") + 1 :]
    )

    # The responder handled both calls through the console's own services.
    answered = [e for e in events if e.kind == "call.answered"]
    assert len(answered) == 2 and {e.source for e in answered} == {"operator:responder"}
    (created,) = [e for e in events if e.kind == "incident.created"]
    incident_id = created.payload["incident_id"]
    assert created.payload["type"] == "structure-fire" and created.source == "operator:responder"
    attached = [e.payload for e in events if e.kind == "call.attached"]
    assert len(attached) == 2 and {a["incident_id"] for a in attached} == {incident_id}
    assigned = [e.payload for e in events if e.kind == "unit.assigned"]
    assert all(a["recommended"] for a in assigned)
    assert {a["unit"] for a in assigned} >= {"HE11", "HE12", "HE14"}  # 2 engines, the ladder
    # The rebid arrived on the same call.
    assert any(e.kind == "call.location" and e.payload.get("rebid") for e in events)
    # Every dispatch was paged over the drill's radio and read by its crew; the crews drove
    # there and said so over the radio (the console applied their status values); the
    # responder closed the incident at the end.
    read = {e.payload["notice_id"].split("/")[1] for e in events if e.kind == "reach.read"}
    assert read == {a["unit"] for a in assigned}
    on_scene = [e for e in events if e.kind == "unit.status" and e.payload["status"] == "on scene"]
    assert on_scene and all(e.source.startswith("radio:drill-radio:") for e in on_scene)
    assert not [e for e in events if e.source == f"operator:{CREW_OPERATOR}"]
    assert not [e for e in events if e.kind in ("reach.timed_out", "reach.refused")]
    (closed,) = [e for e in events if e.kind == "incident.closed"]
    assert closed.payload["incident_id"] == incident_id

    report = read_json_report(store_file.with_suffix(".json"))
    assert report["scenario_id"] == "mini-fire" and report["ended_reason"] == "completed"
    assert [t["name"] for t in report["trainees"]] == ["responder"]
    assert "EXERCISE" in store_file.with_suffix(".html").read_text(encoding="utf-8")


def test_headless_alerts_and_link_failure(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    drill_site_dir: Path,
    scenario_file: Callable[[str], Path],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store_file = tmp_path / "alerts.sqlite"
    report = tmp_path / "out" / "alerts.json"

    code, _out, err = _run(
        "drill", "run", str(scenario_file("mini-alerts")), "--headless", "--speed", "30",
        "--site", str(drill_site_dir), "--store", f"sqlite:///{store_file}",
        "--report", str(report),
    )  # fmt: skip

    assert code == 0, err
    assert report.is_file() and report.with_suffix(".html").is_file()
    assert not default_store_path().exists()
    events = _events(store_file)
    raised = {e.payload["alert_id"]: e.payload for e in events if e.kind == "alert.raised"}
    by_origin = {p["origin"]: a for a, p in raised.items()}
    assert set(by_origin) == {"zone-entry", "zone-alarm", "cap"}
    assert raised[by_origin["cap"]]["exercise"] is True
    handled = {e.payload["alert_id"]: e.kind for e in events if e.source == "operator:responder"
               and e.kind.startswith("alert.")}  # fmt: skip
    assert handled[by_origin["zone-alarm"]] == "alert.promoted"
    assert handled[by_origin["zone-entry"]] == "alert.acknowledged"
    assert handled[by_origin["cap"]] == "alert.acknowledged"
    # The ALI line failed (the console logged it) and the call held meanwhile got through
    # and joined the fence incident.
    ali_states = [e.payload["state"] for e in events
                  if e.kind == "link.state" and e.payload["link"] == "drill-ali"]  # fmt: skip
    assert "down" in ali_states and ali_states[ali_states.index("down") :].count("up") >= 1
    (offered,) = [e for e in events if e.kind == "call.offered"]
    assert offered.payload["number"] == "+358401330001"
    (incident,) = [e.payload for e in events if e.kind == "incident.created"]
    attached = [e.payload for e in events if e.kind == "call.attached"]
    assert attached == [
        {"call_id": offered.payload["call_id"], "incident_id": incident["incident_id"]}
    ]
    down_at = next(e.payload["drill_s"] for e in events if e.kind == "drill.injected"
                   and e.payload["type"] == "link_down")  # fmt: skip
    assert down_at >= 60


def test_a_bad_scenario_exits_2_with_or_without_a_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _out, err = _run("drill", "run", "no-such-scenario", "--headless")
    assert code == 2 and "no-such-scenario" in err
    code, _out, err = _run("drill", "run", "no-such-scenario")
    assert code == 2 and "no-such-scenario" in err
    assert not (tmp_path / "data").exists()


def test_a_dispatcher_may_not_run_a_drill_a_trainer_may(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    drill_site_dir: Path,
    scenario_file: Callable[[str], Path],
) -> None:
    """An OS user linked to an operator of the drill store acts with that operator's role."""
    from datetime import UTC, datetime

    from argon2 import PasswordHasher

    from console.drills.headless import run_headless

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store_file = tmp_path / "drill.sqlite"
    store = open_store(f"sqlite:///{store_file}", purpose="drill")
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash
    now = datetime.now(UTC)
    events = add_operator(OperatorsState(), Actor("root", None), "anna", "dispatcher",
                          "long enough pw", now, cheap)  # fmt: skip
    with GroupCommitWriter(store, window_s=0) as writer:
        for event in events:
            writer.submit(event).result(10)
    store.close()
    out, err = io.StringIO(), io.StringIO()
    code = run_headless(
        str(scenario_file("mini-fire")), site_dir=str(drill_site_dir),
        store_url=f"sqlite:///{store_file}", speed=60, out=out, err=err, os_user="anna",
    )  # fmt: skip
    assert (code, out.getvalue()) == (1, "")
    assert err.getvalue() == (
        "dispatch-console drill run: refused: running a drill needs the supervisor or "
        "trainer role; you are dispatcher (as OS user anna, operator anna (dispatcher))\n"
    )
    assert not any(e.kind.startswith("drill.") for e in _events(store_file))


def test_headless_unanswered_page_raises_the_alarm_and_scores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped drill whose first ambulance never answers, on the default site: the page
    goes out over the TETRA pty to both units, the engine's crew reads it and its statuses
    come back over the radio, the silent ambulance's chain stops at the link acknowledgement
    and the crew limit raises the alarm; the reports carry it (the responder's stand-down
    at the end is the first dispatcher action on that unit)."""
    import math

    from models.dispatch import events as ev
    from models.drills.alarms import alarm_responses
    from models.drills.clock import DrillClock

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store_file = tmp_path / "unanswered.sqlite"
    report = tmp_path / "unanswered.json"
    code, out, err = _run(
        "drill", "run", "cardiac-arrest-unanswered", "--headless", "--speed", "60",
        "--store", f"sqlite:///{store_file}", "--report", str(report),
    )  # fmt: skip
    assert code == 0, err
    assert "NOT ACKNOWLEDGED alarms: 1 raised" in out
    events = _events(store_file)
    queued = {
        e.payload["notice_id"]: e.payload["unit"] for e in events if e.kind == ev.REACH_QUEUED
    }
    assert set(queued.values()) >= {"HE121", "HE11"}

    def steps(unit: str) -> list[str]:
        reach = [e for e in events if e.kind.startswith("reach.")]
        return [e.kind for e in reach if queued.get(e.payload.get("notice_id")) == unit]

    silent = steps("HE121")
    assert ev.REACH_LINK_ACK in silent and ev.REACH_TIMED_OUT in silent
    assert ev.REACH_READ not in silent and ev.REACH_ACCEPTED not in silent
    (alarm,) = [e for e in events if e.kind == ev.REACH_TIMED_OUT]
    assert alarm.payload["stage"] == "crew" and alarm.source == "reach:drill-radio"
    engine = steps("HE11")
    assert ev.REACH_READ in engine and ev.REACH_TIMED_OUT not in engine
    statuses = [(e.payload["status"], e.source) for e in events
                if e.kind == ev.UNIT_STATUS and e.payload["unit"] == "HE11"]  # fmt: skip
    from_radio = [s for s, source in statuses if source.startswith("radio:drill-radio:")]
    assert from_radio == ["en route", "on scene"]
    # The silent crew never got the job: it did not turn out.
    assert [e.payload["status"] for e in events
            if e.kind == ev.UNIT_STATUS and e.payload["unit"] == "HE121"] == [
        "dispatched", "available",
    ]  # fmt: skip

    (response,) = alarm_responses(events, DrillClock.from_events(events).drill_s)
    assert (response.unit, response.stage) == ("HE121", "crew")
    data = read_json_report(report)
    (scored,) = data["alarms"]
    assert (scored["unit"], scored["stage"], scored["notice_id"]) == (
        "HE121", "crew", response.notice_id,
    )  # fmt: skip
    assert math.isclose(scored["raised_s"], response.raised_s)
    assert 0 < scored["raised_s"] < 600
    assert next(m for m in data["measures"] if m["name"] == "alarm_response")["count"] == 1
    html = report.with_suffix(".html").read_text(encoding="utf-8")
    assert "NOT ACKNOWLEDGED" in html and "HE121" in html


def test_headless_reports_in_the_language_asked_for(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    drill_site_dir: Path,
    scenario_file: Callable[[str], Path],
) -> None:
    """``drill run --headless --lang he``: both reports in Hebrew, right to left; the JSON
    keeps its keys and codes; the summary printed for logs and CI stays English."""
    import re

    from widgets.i18n import install_language

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    report = tmp_path / "out" / "fire.html"
    try:
        code, out, err = _run(
            "drill", "run", str(scenario_file("mini-fire")), "--headless", "--speed", "60",
            "--site", str(drill_site_dir), "--report", str(report), "--lang", "he",
        )  # fmt: skip
    finally:
        install_language(qapp, "en", cache_dir=tmp_path / "cache")
    assert code == 0, err
    assert "EXERCISE" in out  # the printed summary is for logs: English
    html = report.read_text(encoding="utf-8")
    assert '<html lang="he" dir="rtl">' in html
    assert "דוח תרגיל" in html and "ציר זמן של ההזרקות" in html
    data = read_json_report(report.with_suffix(".json"))
    assert data["language"] == "he" and data["format"] == "dispatch-console/drill-report"
    assert all(re.search("[\u0590-\u05ff]", t["summary"]) for t in data["timeline"])
    assert data["labels"]["verdict"]["passed"] == "עבר"
