"""The dispatch controller's reopen, in the real console offscreen on a temporary store.

A signed-in dispatcher's reopen is refused inline, naming the supervisor
role, and nothing is stored; the supervisor's reopen, typed on the command
line (``RO <number> <reason>``, the closed incident named by its trailing
number), puts the incident back in the queue. ``HANDOVER`` on a site with no
partner agencies is refused naming ``[[http.partners]]``; ``PANSWER`` of a
call that no partner handed over reaches the partner service's refusal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from console import app as app_module
from console.app import Console
from models.dispatch import events as ev
from models.operators.manage import add_operator
from models.store import open_store, verify_chain
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def test_reopen_refused_to_a_dispatcher_and_done_by_a_supervisor(
    console_loop, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "default_operator", lambda: "olli")
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", links="none", sign_in=True)
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        controller, desk = session.controller, session.desk
        assert controller is not None and desk is not None
        now = datetime.now(UTC)
        for name, role in (("dina", "dispatcher"), ("sam", "supervisor")):
            outcome = await desk.manage(add_operator, name, role, f"{name}-pass-1")
            assert outcome.ok, outcome.message
        assert (await desk.sign_in("dina", "dina-pass-1")).ok
        service = session.dispatch
        incident = await service.create_incident("structure-fire", 60.17, 24.945, "Mariankatu 9")
        await service.close_incident(incident, "false alarm")
        window = console.window
        await wait_for(lambda: window.incident_queue.model().row_of(incident) is None, "closed")

        assert controller.closed_incident_ids() == (incident,)
        await controller.reopen(incident, "caller rang again")
        assert "reopen: reopening an incident needs the supervisor role; you are dispatcher" in (
            window.command_line.error_text()
        )
        assert service.state.incidents[incident].status == "closed"

        assert (await desk.sign_in("sam", "sam-pass-1")).ok
        line = window.command_line
        await wait_for(lambda: incident in line.context().closed_incidents, "closed in context")
        number = int(incident.rsplit("-", 1)[-1])
        line.line_edit().setText(f"RO {number} caller rang again")
        assert line.submit() is not None, line.error_text()
        await controller.wait_idle()
        assert service.state.incidents[incident].status == "open"
        await wait_for(
            lambda: window.incident_queue.model().row_of(incident) is not None, "back in queue"
        )
        assert now <= service.state.incidents[incident].reopened_at
        assert controller.closed_incident_ids() == ()

        # HANDOVER with no partner agencies on this site: refused, naming the table.
        assert controller.partners is None
        line.line_edit().setText(f"HO {number} east needs a ladder")
        assert line.submit() is not None, line.error_text()
        await controller.wait_idle()
        assert line.refusal_text() == (
            "handover: this site has no partner agencies ([[http.partners]] in site.toml)"
        )
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        [reopened] = store.latest_events(10, kinds=[ev.INCIDENT_REOPENED])
        assert reopened.source == "operator:sam"
        assert reopened.payload["reason"] == "caller rang again"
    finally:
        store.close()
