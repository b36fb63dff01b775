"""The simulated partner control room against a real console's partner service: the
handover is taken, the answer comes back into the console's chain; its faults (503, a
garbage answer) make the console retry and store the refusal."""

from __future__ import annotations

import asyncio
from pathlib import Path

from models.dispatch import events as ev
from radio.links.http_types import HttpPartner, HttpSource
from radio.simulators.partner_console import PartnerConsole
from tests.console.services.partner_kit import (
    TOKEN_B,
    Console,
    endpoint_config,
    notice_field,
    self_signed,
    until,
)

AT = (60.1712, 24.9433)
TOKEN_TO_SIM = "console-a-presents-this-to-sim-01"
PR = frozenset({"eido", "eido-answer"})


def run_with_sim(tmp_path: Path, fault: str | None, check) -> None:  # type: ignore[no-untyped-def]
    tmp_path.mkdir(parents=True, exist_ok=True)

    async def body() -> None:
        a_cert, _ = self_signed(tmp_path, "a")
        sim_cert, sim_key = self_signed(tmp_path, "sim")
        a = Console(tmp_path, "a", endpoint_config(tmp_path, "a", (HttpSource("b", TOKEN_B, PR),)))
        await a.start_endpoint()
        sim = PartnerConsole(
            token=TOKEN_TO_SIM,
            answer="accepted",
            answer_after_s=0.05,
            reply_url=f"https://127.0.0.1:{a.port}",
            reply_token=TOKEN_B,
            reply_ca=a_cert,
            fault=fault,
        )
        port = await sim.start(tls_cert=sim_cert, tls_key=sim_key)
        to_sim = HttpPartner(
            "b",
            f"https://127.0.0.1:{port}",
            send_token=TOKEN_TO_SIM,
            server_ca=sim_cert,
            retry_min_s=0.05,
            retry_max_s=0.2,
        )
        await a.start_partners((to_sim,))
        try:
            incident = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            notice = await a.partner.hand_over(incident, "b")
            await check(a, sim, notice)
        finally:
            await sim.close()
            await a.stop()

    asyncio.run(body())


def test_the_simulated_partner_takes_the_handover_and_accepts(tmp_path: Path) -> None:
    async def check(a: Console, sim: PartnerConsole, notice: str) -> None:
        await until(lambda: notice_field(a, notice, "stage") == "accepted")
        (doc,) = sim.received
        assert doc.incident_type == "structure-fire" and sim.answers[-1] == 200

    run_with_sim(tmp_path, None, check)


def test_an_unavailable_partner_is_retried_and_a_garbage_answer_refused(tmp_path: Path) -> None:
    async def retried(a: Console, sim: PartnerConsole, notice: str) -> None:
        await until(lambda: len([e for e in a.events(ev.REACH_FAILED)]) >= 2)
        assert not sim.received
        sim.fault = None  # it comes back: the outbox delivers
        await until(lambda: notice_field(a, notice, "stage") == "accepted")

    run_with_sim(tmp_path / "one", "unavailable", retried)

    async def refused(a: Console, sim: PartnerConsole, notice: str) -> None:
        await until(lambda: sim.answers)
        assert sim.answers == [400]
        rejected = await until(lambda: a.events("frame.rejected"))
        assert "not UTF-8" in str(rejected[0].error) or "JSON" in str(rejected[0].error)
        assert a.dispatch.state.reach.notices[notice].stage == "link_ack"

    run_with_sim(tmp_path / "two", "garbage", refused)
