"""CAD-to-CAD between two live console sessions on one machine: each its own site (an
``[http]`` HTTPS endpoint on loopback and the other as ``[[http.partners]]``), its own
SQLite store, its own window. A hands an incident to B through the session's partner
service; it is a new call in B's call queue; B's answer comes back into A's incident card.

Real parts: the sessions as ``console.app`` starts them, the real HTTPS endpoints
(self-signed certificates made here), the real outboxes.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR
from console.services.dispatch import DispatchError
from models.dispatch import events as ev
from models.store import open_store
from tests.console.services.partner_kit import self_signed
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

AT = (60.1712, 24.9433)
A_TO_B, B_TO_A = "token-a-presents-to-b-0001", "token-b-presents-to-a-0001"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _site(folder: Path, me: str, port: int, partner: str, partner_port: int) -> Path:
    """The embedded site without its links, with an HTTPS endpoint and one partner."""
    text = (DEFAULT_SITE_DIR / "site.toml").read_text(encoding="utf-8")
    head = text.split("[[links]]", 1)[0]
    roads = (DEFAULT_SITE_DIR / "roads.npz").as_posix()
    head = head.replace('roads = "roads.npz"', f'roads = "{roads}"')
    token_in, token_out = (B_TO_A, A_TO_B) if me == "a" else (A_TO_B, B_TO_A)
    site = folder / f"site-{me}"
    site.mkdir()
    (site / "site.toml").write_text(
        head
        + f"""
[http]
host = "127.0.0.1"
port = {port}
tls_cert = "{(folder / f"{me}.pem").as_posix()}"
tls_key = "{(folder / f"{me}.key").as_posix()}"

[[http.partners]]
name = "{partner}"
url = "https://127.0.0.1:{partner_port}"
token = "{token_in}"
send_token = "{token_out}"
server_ca = "{(folder / f"{partner}.pem").as_posix()}"
retry_min_s = 0.1
retry_max_s = 0.5
""",
        encoding="utf-8",
    )
    return site


def test_two_console_sessions_hand_an_incident_over_and_hear_the_answer(
    console_loop: Any, qtbot: Any, tmp_path: Path
) -> None:
    from console.app import Console

    self_signed(tmp_path, "a")
    self_signed(tmp_path, "b")
    port_a, port_b = _free_port(), _free_port()
    site_a = _site(tmp_path, "a", port_a, "b", port_b)
    site_b = _site(tmp_path, "b", port_b, "a", port_a)
    urls = {n: f"sqlite:///{tmp_path / f'{n}.sqlite'}" for n in "ab"}
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        a = Console(str(site_a), urls["a"], "day", operator="anna")
        b = Console(str(site_b), urls["b"], "day", operator="bert")
        for console in (a, b):
            qtbot.addWidget(console.window)
            await console.session.start()
        sa, sb = a.session, b.session
        try:
            assert sa.partners is not None and sb.partners is not None
            assert sa.reach_owned == {"b"} and sb.reach_owned == {"a"}
            assert sa.controller.partners is sa.partners  # HANDOVER acts on it
            assert sb.call_controller.partners is sb.partners  # PANSWER acts on it
            incident = await sa.dispatch.create_incident("structure-fire", *AT)
            with pytest.raises(DispatchError, match="unknown partner"):
                await sa.partners.hand_over(incident, "nowhere")
            notice = await sa.partners.hand_over(incident, "b", note="third floor")

            def partner_calls() -> list[Any]:
                return [c for c in sb.calls.state.calls.values() if c.via == "eido"]

            (call,) = await wait_for(partner_calls, "a new call in B's queue")
            assert call.frame["partner"] == "a" and call.frame["incident_id"] == incident
            queue = b.window.call_queue.model()
            await wait_for(lambda: call.call_id in queue.call_ids(), "B's call queue shows it")
            await wait_for(
                lambda: sa.dispatch.state.reach.latest(incident)["b"].stage == "link_ack", "2xx"
            )
            # B's call-taker takes the call into an incident of B's: answered "accepted"
            # on its own (the session feeds the partner service the committed calls).
            await sb.calls.answer(call.call_id)
            incident_b = await sb.dispatch.create_incident("structure-fire", *AT)
            await sb.calls.attach(call.call_id, incident_b)
            await wait_for(
                lambda: sa.dispatch.state.reach.notices[notice].stage == "accepted", "accepted"
            )
            # Back in A's incident card: the partner's row says it took the incident.
            lines = sa.controller.reach_lines(incident)
            assert "b" in lines and "accepted" in lines["b"][0], lines
            # PANSWER's service call: B says the job is done.
            await sb.partners.answer(call.call_id, "completed")
            await wait_for(
                lambda: sa.dispatch.state.reach.notices[notice].detail == "completed", "done"
            )
            assert sa.controller.reach_lines(incident)["b"][0].endswith("completed")
            seen["incident"], seen["notice"] = incident, notice
        finally:
            await a.shutdown()
            await b.shutdown()

    console_loop.run_until_complete(scenario())

    store = open_store(urls["a"])
    try:
        events = sorted(store.latest_events(limit=1000), key=lambda e: e.seq)
    finally:
        store.close()
    chain = [e.kind for e in events if (e.payload or {}).get("notice_id") == seen["notice"]]
    assert chain[0] == ev.REACH_QUEUED and ev.REACH_LINK_ACK in chain
    assert ev.REACH_ACCEPTED in chain and chain[-1] == ev.REACH_DELIVERED  # completed
