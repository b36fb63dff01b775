"""HANDOVER and PANSWER typed on the command line, through the real ``PartnerService``.

The real console runs offscreen on a temporary store; the session's partner
service is a real ``PartnerService`` for one partner ("east", an address
nobody listens on) that this position does not deliver to (``links=()``: the
handover is queued in the log for the process owning the outbox). A
supervisor's ``HO <number> <note>`` stores the handover (``reach.queued``,
kind ``eido``) and says "handed over to east"; an unknown partner is refused
by the grammar naming the known ones; ``PA C<n> accepted`` of a call no
partner sent reaches the service and its refusal is shown inline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from console import app as app_module
from console.app import Console
from console.controllers.command_grammar import PartnerAnswer
from console.services.partner import PartnerService
from models.dispatch import events as ev
from models.store import open_store, verify_chain
from radio.links.http_types import HttpConfig, HttpPartner
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def test_handover_and_partner_answer_from_the_command_line(
    console_loop, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "default_operator", lambda: "olli")
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", links="none")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        controller, calls = session.controller, session.call_controller
        assert controller is not None and calls is not None
        http = HttpConfig(partners=(HttpPartner("east", "https://127.0.0.1:9"),))
        partners = PartnerService(
            session.site, http, session.dispatch, session.writer,
            calls=session.calls.state, links=(),
        )  # fmt: skip
        controller.partners = calls.partners = partners
        incident = await session.dispatch.create_incident(
            "structure-fire", 60.17, 24.945, "Mariankatu 9"
        )
        line = console.window.command_line
        await wait_for(lambda: line.context().partners == ("east",), "partners in context")
        number = int(incident.rsplit("-", 1)[-1])

        line.line_edit().setText(f"HO {number} west")
        assert line.submit() is None
        assert line.error_text() == "unknown partner 'west' — did you mean east?"

        line.line_edit().setText(f"HO {number} EAST ladder needed on the 5th floor")
        assert line.submit() is not None, line.error_text()
        await controller.wait_idle()
        assert line.error_text() == "handed over to east"
        assert not line.refusal_text()
        # The incident card's reach lines name the partner (no unit is committed).
        text, alarm = controller.reach_lines(incident)["east"]
        assert text.startswith("east https://127.0.0.1:9: ") and not alarm
        controller._select_incident(incident, center=False)
        rows = console.window.incident_panel.partner_rows()
        assert [r for r, _alarm in rows if r.startswith("Partner east — ")], rows

        # No call in the picture: the grammar refuses the name; a call id the grammar
        # passes (the selected call) goes to the service, which refuses a non-partner call.
        line.line_edit().setText("PA C1 accepted")
        assert line.submit() is None
        assert line.error_text() == "unknown call 'C1'"
        calls._on_command_line_intent(PartnerAnswer("C000001", "accepted", None))
        await calls.wait_idle()
        assert line.refusal_text() == (
            "partner answer: C000001 is not a call handed over by a partner"
        )
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        [queued] = store.latest_events(10, kinds=[ev.REACH_QUEUED])
        assert queued.payload["kind"] == "eido"
        assert queued.payload["unit"] == "east"
        assert "ladder needed on the 5th floor" in queued.payload["document"]
    finally:
        store.close()
