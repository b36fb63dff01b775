"""The control room as documented: a recorder runs the radio, a position runs no link.

A real ``python -m console record`` child on a real SQLite store owns the TETRA
line (the project's gateway simulator on a pseudo-terminal); a real console
position (offscreen) on the same file at ``--links none`` dispatches. The
recorder pages the unit over the pty, the crew's status 3 comes back over it and
moves the unit in the position's picture; a unit that never answers raises the
NOT ACKNOWLEDGED alarm, which the position shows from the log. The position
itself never pages; its RESEND is queued in the log and sent by the recorder, its
VOICE ends the alarm.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from models.dispatch import events as dev
from models.dispatch.reach import notice_base
from models.dispatch.status import UnitStatus
from models.store import open_store
from radio.simulators.pty import PtyPeer
from radio.simulators.tetra_gateway import TetraGateway
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(180)
REPO_ROOT = Path(__file__).resolve().parents[3]
EN_ROUTE, TALK = 32773, 32775  # the built-in status table: status 3, status 5


def _reach_toml(radio: str) -> str:
    return f"""
[reach]
link_limit_s = 5
crew_limit_s = 2

[[reach.links]]
name = "radio"
kind = "tetra"
url = "{radio}"

[[reach.paths]]
unit = "HE11"
link = "radio"
address = "2011"

[[reach.paths]]
unit = "HE12"
link = "radio"
address = "2012"
"""


def _wait_text(path: Path, text: str, child: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while text not in path.read_text(encoding="utf-8", errors="replace"):
        if child.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"recorder: no {text!r}:\n{path.read_text(errors='replace')}")
        time.sleep(0.05)


def test_the_recorder_pages_and_hears_the_crews_for_a_position_at_links_none(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Path
) -> None:
    from console.config.site import load_site
    from console.controllers import command_grammar
    from console.main_window import MainWindow
    from console.session.live import ConsoleSession

    gateway = TetraGateway(never_acknowledge=frozenset({"2012"}))
    store_url = f"sqlite:///{tmp_path / 'room.sqlite'}"
    log = tmp_path / "recorder.log"
    with PtyPeer(gateway) as radio:
        site_dir = make_site([], extra=_reach_toml(radio.path))
        with log.open("wb") as err:
            child = subprocess.Popen(
                [sys.executable, "-m", "console", "record", "--site", str(site_dir),
                 "--store", store_url, "--links", "all"],
                cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=err,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )  # fmt: skip
        try:
            _wait_text(log, "paging and radio on radio", child, 90)
            site = load_site(site_dir)

            async def scenario() -> None:
                window = MainWindow(site.name, None, command_grammar)
                qtbot.addWidget(window)
                session = ConsoleSession(window, site, store_url, links=frozenset())
                await session.start()
                try:
                    reach = session.reach
                    assert reach is not None and reach.runners == {}
                    assert session.reach_owned == frozenset()
                    d = session.dispatch
                    assert d is not None
                    incident = await d.create_incident(
                        "structure-fire", 60.1712, 24.9433, "Mannerheimintie 5"
                    )
                    await d.dispatch(incident, ["HE11"], recommended=False)
                    # The recorder pages HE11 over the pty; the radio reads it.
                    texts = await wait_for(lambda: list(radio.call(lambda: gateway.texts)),
                                           "the page on the radio line", timeout=30)  # fmt: skip
                    assert texts[0][0] == "2011" and incident in texts[0][1]
                    # The recorder's id: ``<incident>/HE11/1@<its token>``.
                    await wait_for(
                        lambda: [n for n in d.state.reach.notices.values()
                                 if notice_base(n.notice_id) == f"{incident}/HE11/1"
                                 and n.stage == "read"],
                        "the chain up to read, at the position", timeout=30,
                    )  # fmt: skip
                    # The crew's status 3 over the radio moves HE11 at the position.
                    radio.call(gateway.send_status, "2011", EN_ROUTE)
                    await wait_for(lambda: d.state.unit("HE11").status == UnitStatus.EN_ROUTE,
                                   "HE11 en route at the position", timeout=30)  # fmt: skip
                    await wait_for(
                        lambda: session.roster.get("HE11").status == UnitStatus.EN_ROUTE.value,
                        "HE11 en route on the position's board", timeout=30,
                    )  # fmt: skip
                    # A request to talk: the recorder, whose radio heard it, raises the alert.
                    radio.call(gateway.send_status, "2011", TALK)
                    queue = window.alert_queue.model()
                    (alert,) = await wait_for(
                        lambda: [a for a in queue.alerts() if a.origin == "radio"],
                        "the request to talk in the position's alert queue", timeout=30,
                    )  # fmt: skip
                    assert alert.title == "HE11: request to talk (radio radio 2011)"
                    # HE12's radio never answers: the alarm, raised by the recorder, shows here.
                    await d.dispatch(incident, ["HE12"], recommended=False)
                    await wait_for(
                        lambda: not window.banner.isHidden()
                        and "NOT ACKNOWLEDGED" in window.banner.text()
                        and "HE12" in window.banner.text(),
                        "the NOT ACKNOWLEDGED banner at the position", timeout=30,
                    )  # fmt: skip
                    assert [n.unit for n in d.state.reach.open_alarms()] == ["HE12"]
                    # RESEND at the position: queued in the log, sent by the line's owner.
                    resent = await reach.resend("HE12")
                    await wait_for(
                        lambda: [t for t in radio.call(lambda: list(gateway.texts))
                                 if t[0] == "2012"][1:],
                        "the re-send on the radio line", timeout=30,
                    )  # fmt: skip
                    await wait_for(
                        lambda: resent in d.state.reach.notices
                        and d.state.reach.notices[resent].stage != "queued",
                        "the re-send acknowledged by the line", timeout=30,
                    )  # fmt: skip
                    # Reached by voice: the alarm goes, at the position.
                    await reach.voice("HE12")
                    await wait_for(lambda: not d.state.reach.open_alarms(), "no alarm standing")
                    await wait_for(
                        lambda: window.banner.isHidden()
                        or "NOT ACKNOWLEDGED" not in window.banner.text(),
                        "the banner gone",
                    )  # fmt: skip
                finally:
                    await session.shutdown()

            console_loop.run_until_complete(scenario())
        finally:
            child.send_signal(signal.SIGTERM)
            code = child.wait(60)
    assert code == 0, log.read_text(errors="replace")

    store = open_store(store_url)
    try:
        events = sorted(store.latest_events(limit=1000), key=lambda e: e.seq)
    finally:
        store.close()
    queued = [e for e in events if e.kind == dev.REACH_QUEUED]
    assert [e.payload["unit"] for e in queued] == ["HE11", "HE12", "HE12"]  # one pager each
    assert all(e.source == "reach:radio" for e in queued)
    assert queued[2].payload["resend_of"] == queued[1].payload["notice_id"]
    sent = [e for e in events if e.kind == dev.REACH_SENT]
    assert len({e.payload["notice_id"] for e in sent}) == 3
    status = [e for e in events if e.kind == dev.UNIT_STATUS and e.payload["unit"] == "HE11"]
    assert status[-1].source == "radio:radio:2011"  # the crew's word, not an operator's
    assert status[-1].payload["status"] == UnitStatus.EN_ROUTE.value
    raised = [e for e in events if e.kind == "alert.raised"]
    assert len(raised) == 1 and raised[0].payload["frame"] == {"link": "radio", "peer": "2011"}
    timed_out = [e for e in events if e.kind == dev.REACH_TIMED_OUT]
    assert {e.payload["notice_id"].split("/")[-2] for e in timed_out} == {"HE12"}
    assert timed_out[0].payload["stage"] == "crew"


def _recorder(site_dir: Path, store_url: str, links: frozenset[str] | None) -> Any:
    from console.commands.record import Recorder
    from console.config.site import load_site

    return Recorder(load_site(site_dir), open_store(store_url), links)


def _close(recorder: Any) -> None:
    recorder.writer.close(10)
    recorder.claims.release_all()
    recorder.store.close()


def test_a_reach_line_another_process_owns_is_skipped_naming_the_owner(
    make_site: Any, tmp_path: Path, caplog: Any
) -> None:
    from models.store.link_claims import LinkClaims

    site_dir = make_site([], extra=_reach_toml(str(tmp_path / "ttyRADIO")))
    store_url = f"sqlite:///{tmp_path / 'room.sqlite'}"
    other_store = open_store(store_url)
    other = LinkClaims(other_store, "console ben")
    assert other.claim("radio") is None
    try:
        with caplog.at_level("WARNING"):
            recorder = _recorder(site_dir, store_url, None)
        try:
            assert recorder.reach_links.owned == frozenset()
            assert any("radio" in r.message and "console ben" in r.message
                       for r in caplog.records)  # fmt: skip
        finally:
            _close(recorder)
    finally:
        other.release_all()
        other_store.close()
    # Released: the recorder runs it, and --links picks it by name.
    for wanted, owned in ((None, {"radio"}), (frozenset({"radio"}), {"radio"}),
                          (frozenset({"gps"}), set())):  # fmt: skip
        caplog.clear()
        with caplog.at_level("WARNING"):
            recorder = _recorder(site_dir, store_url, wanted)
        try:
            assert recorder.reach_links.owned == owned
            assert recorder.ingest.site.links == ()
            unknown = [r.message for r in caplog.records if "is not in" in r.message]
            # A reach line's name is no unknown link; "gps" (in neither) is one.
            assert len(unknown) == (1 if wanted == {"gps"} else 0)
            assert all("gps" in m for m in unknown)
        finally:
            _close(recorder)


def test_the_recorder_hands_over_for_a_position_and_takes_the_partners_answer(
    console_loop: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Control room A: its recorder runs the HTTPS endpoint and the outbox to B, its
    position at ``--links none`` hands an incident over; B (a console session) takes it
    into an incident, and the accepted answer comes back through A's recorder to A's
    position."""
    from console.app import Console
    from console.config.site import load_site
    from console.controllers import command_grammar
    from console.main_window import MainWindow
    from console.session.live import ConsoleSession
    from tests.console.services.partner_kit import self_signed
    from tests.console.session.test_live_partners import _free_port, _site

    self_signed(tmp_path, "a")
    self_signed(tmp_path, "b")
    port_a, port_b = _free_port(), _free_port()
    site_a = _site(tmp_path, "a", port_a, "b", port_b)
    site_b = _site(tmp_path, "b", port_b, "a", port_a)
    url_a, url_b = (f"sqlite:///{tmp_path / f'{n}.sqlite'}" for n in "ab")
    log = tmp_path / "recorder.log"
    with log.open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "console", "record", "--site", str(site_a),
             "--store", url_a, "--links", "all"],
            cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
    try:
        _wait_text(log, "partners: delivering to b", child, 90)
        site = load_site(site_a)

        async def scenario() -> None:
            window = MainWindow(site.name, None, command_grammar)
            qtbot.addWidget(window)
            position = ConsoleSession(window, site, url_a, links=frozenset())
            b = Console(str(site_b), url_b, "day", operator="bert")
            qtbot.addWidget(b.window)
            await position.start()
            await b.session.start()
            sb = b.session
            try:
                assert position.partners is not None and position.reach_owned == frozenset()
                d = position.dispatch
                incident = await d.create_incident("structure-fire", 60.1712, 24.9433)
                notice = await position.partners.hand_over(incident, "b", note="third floor")
                (call,) = await wait_for(
                    lambda: [c for c in sb.calls.state.calls.values() if c.via == "eido"],
                    "a new call in B's queue", timeout=30,
                )  # fmt: skip
                assert call.frame["partner"] == "a" and call.frame["incident_id"] == incident
                await sb.calls.answer(call.call_id)
                incident_b = await sb.dispatch.create_incident("structure-fire", 60.17, 24.94)
                await sb.calls.attach(call.call_id, incident_b)
                await wait_for(
                    lambda: d.state.reach.notices[notice].stage == "accepted",
                    "B's acceptance at A's position", timeout=30,
                )  # fmt: skip
            finally:
                await b.shutdown()
                await position.shutdown()

        console_loop.run_until_complete(scenario())
    finally:
        child.send_signal(signal.SIGTERM)
        code = child.wait(60)
    assert code == 0, log.read_text(errors="replace")
    store = open_store(url_b)
    try:
        offered = [e for e in store.latest_events(limit=1000) if e.kind == "call.offered"]
    finally:
        store.close()
    assert len(offered) == 1  # delivered once
