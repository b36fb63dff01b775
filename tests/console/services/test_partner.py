"""CAD-to-CAD between two consoles of this project on one machine: two SQLite stores, two
real HTTPS endpoints on loopback (self-signed certificates made here), the real ingest
path, partner services and outboxes.

Checks: an incident handed from A becomes a NEW call in B's queue (never merged); a retry
of the same message id makes no second call; B's accepted / completed answers come back
into A's reach chain; a handover queued while B is down is delivered after A restarts
(the outbox is the log); bad input is stored with its reason and refused."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from console.services.dispatch import DispatchError
from console.services.partner_outbox import Outgoing
from models.calls import events as cev
from models.dispatch import events as ev
from radio.links.http_types import HttpPartner
from tests.console.services.partner_kit import (
    TOKEN_B,
    Console,
    endpoint_config,
    notice_field,
    pair,
    self_signed,
    until,
)

pytestmark = pytest.mark.timeout(90)
AT = (60.1712, 24.9433)


def run(body: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(body())


def chain(console: Console, notice_id: str) -> list[str]:
    return [
        e.kind.removeprefix("reach.")
        for e in console.events("reach.")
        if (e.payload or {}).get("notice_id") == notice_id
    ]


def partner_calls(console: Console) -> list[Any]:
    return [c for c in console.calls.calls.values() if c.via == "eido"]


def test_a_handover_becomes_a_new_call_at_the_partner_and_its_answers_come_back(
    tmp_path: Path, store_url: str
) -> None:
    async def body() -> None:
        a, b = await pair(tmp_path, store_url)  # A on SQLite, then on PostgreSQL
        try:
            # A caller's own call at B, same number as A's caller: the handover is not merged.
            d = a.dispatch
            incident = await d.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            await d.add_note(incident, "smoke from the third floor")
            notice = await a.partner.hand_over(
                incident, "b", resources=[{"type": "Engine", "name": "ladder"}]
            )
            call = (await until(lambda: partner_calls(b)))[0]
            frame = call.frame
            assert frame["partner"] == "a" and frame["incident_id"] == incident
            assert frame["incident_type"] == "structure-fire"
            assert "smoke from the third floor" in frame["notes"]
            assert frame["resources"][0]["type"] == "Engine"
            located = b.calls.location_in_force(call).location
            assert located["lat"] == pytest.approx(AT[0]) and located["lon"] == pytest.approx(AT[1])
            offered = [e for e in b.events(cev.CALL_OFFERED)]
            assert offered[-1].source == "partner:a"
            # A sees the partner's 2xx as the link acknowledgement.
            await until(lambda: a.dispatch.state.reach.latest(incident)["b"].stage == "link_ack")
            assert "link_ack" in chain(a, notice)

            # A retry of the same message (at-least-once): stored, answered, no second call.
            queued = a.events(ev.REACH_QUEUED)[-1].payload
            a.partner.outbox.put(
                Outgoing("b", "eido", queued["document"].encode(), "application/json", "again")
            )
            await until(
                lambda: any(
                    (e.payload or {}).get("duplicate_of") == call.call_id
                    for e in b.events("frame.")
                )
            )
            assert len(partner_calls(b)) == 1

            # B's dispatcher takes it: accepted, then completed, back in A's chain.
            await b.partner.answer(call.call_id, "accepted")
            await until(lambda: notice_field(a, notice, "stage") == "accepted")
            seen = a.dispatch.state.reach.latest(incident)["b"]
            assert seen.stage == "accepted" and seen.ended and not seen.alarm
            await b.partner.answer(call.call_id, "completed")
            await until(lambda: notice_field(a, notice, "detail") == "completed")
            assert [e.kind for e in b.events("partner.answer_delivered")] == [
                "partner.answer_delivered"
            ] * 2
            with pytest.raises(DispatchError, match="not a call handed over"):
                await a.partner.answer("C999999", "accepted")
        finally:
            await a.stop()
            await b.stop()

    run(body)


def test_attaching_the_partner_call_to_an_incident_accepts_and_a_rejection_is_kept(
    tmp_path: Path,
) -> None:
    async def body() -> None:
        a, b = await pair(tmp_path)
        try:
            first = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            second = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 7")
            n1 = await a.partner.hand_over(first, "b")
            n2 = await a.partner.hand_over(second, "b")
            calls = await until(lambda: len(partner_calls(b)) == 2 and partner_calls(b))
            by_incident = {c.frame["incident_id"]: c.call_id for c in calls}
            theirs = await b.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            b.partner.on_committed(
                [_Event(cev.CALL_ATTACHED, {"call_id": by_incident[first], "incident_id": theirs})]
            )
            await until(lambda: "accepted" in chain(a, n1))
            await b.partner.answer(by_incident[second], "rejected", "no ladder free")
            await until(lambda: notice_field(a, n2, "rejected"))
            rejected = [e for e in a.events(ev.REACH_REJECTED)]
            assert rejected[0].payload["reason"] == "no ladder free"
            assert a.dispatch.state.reach.notices[n2].rejected
        finally:
            await a.stop()
            await b.stop()

    run(body)


class _Event:
    def __init__(self, kind: str, payload: dict[str, Any]) -> None:
        self.kind, self.payload = kind, payload


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_handover_owed_to_a_partner_that_is_down_is_delivered_after_a_restart(
    tmp_path: Path,
) -> None:
    async def body() -> None:
        from radio.links.http_types import HttpSource

        a_cert, a_key = self_signed(tmp_path, "a")
        b_cert, _ = self_signed(tmp_path, "b")
        port = _free_port()
        to_b = HttpPartner(
            "b",
            f"https://127.0.0.1:{port}",
            server_ca=b_cert,
            client_cert=a_cert,
            client_key=a_key,
            retry_min_s=0.05,
            retry_max_s=0.2,
        )
        pr = frozenset({"eido", "eido-answer"})
        a_http = endpoint_config(tmp_path, "a", (HttpSource("b", TOKEN_B, pr),))
        a = Console(tmp_path, "a", a_http)
        await a.start_endpoint()
        await a.start_partners((to_b,))
        incident = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
        notice = await a.partner.hand_over(incident, "b")
        await until(lambda: chain(a, notice).count("failed") >= 2)
        failed = [e for e in a.events(ev.REACH_FAILED)]
        assert failed[0].payload["retrying"] is True and failed[0].payload["reason"]
        await a.stop()
        a.store.close()

        # B comes up on the port A was told; A restarts on the same store.
        b_http = endpoint_config(tmp_path, "b", (HttpSource("a", "", pr, client_cert=a_cert),))
        b = Console(tmp_path, "b", dataclasses.replace(b_http, port=port))
        await b.start_endpoint()
        await b.start_partners((HttpPartner("a", "https://127.0.0.1:9", send_token=TOKEN_B),))
        a2 = Console(tmp_path, "a", a_http)
        # The picture from the log, as a session loads it at start.
        a2.dispatch.on_committed([e for e in a2.events() if e.kind in ev.DISPATCH_KINDS])
        await a2.start_endpoint()
        await a2.start_partners((to_b,))
        try:
            await until(lambda: "link_ack" in chain(a2, notice))
            assert len(partner_calls(b)) == 1
            kinds = chain(a2, notice)
            assert kinds[0] == "queued" and kinds.count("queued") == 1
        finally:
            await a2.stop()
            await b.stop()

    run(body)


def test_bad_input_is_stored_with_its_reason_and_refused(tmp_path: Path) -> None:
    async def body() -> None:
        a, b = await pair(tmp_path)
        url = f"https://127.0.0.1:{a.port}"
        ssl_ctx = __import__("ssl").create_default_context(cafile=str(tmp_path / "a.pem"))
        headers = {"Authorization": f"Bearer {TOKEN_B}", "Content-Type": "application/json"}
        try:
            async with aiohttp.ClientSession() as http:
                async with http.post(
                    f"{url}/eido", data=b'{"not": "an eido"}', headers=headers, ssl=ssl_ctx
                ) as r:
                    assert r.status == 400
                    assert "$id" in await r.text()
                answer = {
                    "answer_id": "x:1",
                    "message_id": "urn:nothing-we-sent",
                    "answer": "accepted",
                    "time": "2026-12-06T16:00:00+00:00",
                }
                async with http.post(
                    f"{url}/eido-answer", data=json.dumps(answer), headers=headers, ssl=ssl_ctx
                ) as r:
                    assert r.status == 422
                async with http.post(
                    f"{url}/eido",
                    data=b"{}",
                    ssl=ssl_ctx,
                    headers={"Content-Type": "application/json"},
                ) as r:
                    assert r.status == 401
                # A partner may only hand over and answer: not post caller locations or CAP.
                cap = {**headers, "Content-Type": "application/cap+xml"}
                async with http.post(f"{url}/cap", data=b"<alert/>", headers=cap, ssl=ssl_ctx) as r:
                    assert r.status == 403
            rejected = await until(
                lambda: len(a.events("frame.rejected")) >= 4 and a.events("frame.rejected")
            )
            reasons = " | ".join(str(e.error) for e in rejected)
            assert "$id" in reasons and "no handover of ours" in reasons
            assert "source 'b' may not post to /cap" in reasons
            refused = a.events(ev.REACH_REFUSED)
            assert refused and "no handover of ours" in refused[0].payload["reason"]
            assert not partner_calls(a)
            with pytest.raises(DispatchError, match="unknown partner"):
                await a.partner.hand_over("2026-000001", "nobody")
        finally:
            await a.stop()
            await b.stop()

    run(body)


def test_mutual_tls_takes_the_partners_certificate_and_no_other(tmp_path: Path) -> None:
    async def body() -> None:
        import ssl

        a, b = await pair(tmp_path)
        stranger, stranger_key = self_signed(tmp_path, "stranger")
        url = f"https://127.0.0.1:{b.port}/eido"
        try:
            for cert, key in ((stranger, stranger_key), (None, None)):
                context = ssl.create_default_context(cafile=str(tmp_path / "b.pem"))
                if cert is not None:
                    context.load_cert_chain(str(cert), str(key))
                async with aiohttp.ClientSession() as http:
                    try:
                        async with http.post(
                            url,
                            data=b"{}",
                            ssl=context,
                            headers={"Content-Type": "application/json"},
                        ) as r:
                            status = r.status
                    except aiohttp.ClientError:
                        status = None  # the handshake refused the stranger's certificate
                assert status in (None, 401) and (cert is None) == (status == 401)
            assert not partner_calls(b)
        finally:
            await a.stop()
            await b.stop()

    run(body)


def test_a_position_that_does_not_own_the_partner_queues_and_the_owner_delivers(
    tmp_path: Path,
) -> None:
    """The control room: a position at ``--links none`` hands over and answers; the process
    owning the partner's outbox (the recorder) delivers each once, from the log."""
    from console.services.partner import PartnerService

    async def body() -> None:
        a, b = await pair(tmp_path)
        assert a.partner is not None and b.partner is not None
        at_a = PartnerService(a.site, a.site.http, a.dispatch, a.dispatch.writer,
                              calls=a.calls, links=())  # fmt: skip
        at_b = PartnerService(b.site, b.site.http, b.dispatch, b.dispatch.writer,
                              calls=b.calls, links=())  # fmt: skip
        try:
            incident = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            notice = await at_a.hand_over(incident, "b")
            assert at_a.outbox.clients == {}
            call = (await until(lambda: partner_calls(b)))[0]
            assert call.frame["incident_id"] == incident
            await until(lambda: notice_field(a, notice, "stage") == "link_ack")
            await at_b.answer(call.call_id, "accepted")
            await until(lambda: notice_field(a, notice, "stage") == "accepted")
            await until(lambda: b.events("partner.answer_delivered"))
            await asyncio.sleep(0.3)  # a second delivery would have landed by now
            assert len(partner_calls(b)) == 1
            assert [e.kind for e in a.events(ev.REACH_QUEUED)] == [ev.REACH_QUEUED]
            assert len(b.events("partner.answer_sent")) == 1
            assert not [e for e in b.events("frame.") if (e.payload or {}).get("duplicate_of")]
        finally:
            await a.stop()
            await b.stop()

    run(body)


def test_a_handover_nobody_delivers_raises_the_alarm_where_it_was_queued(tmp_path: Path) -> None:
    from console.services.partner import PartnerService

    async def body() -> None:
        a, b = await pair(tmp_path)
        assert a.partner is not None
        owner, a.partner = a.partner, None  # the recorder owning the outbox is not running
        await owner.close()
        at_a = PartnerService(a.site, a.site.http, a.dispatch, a.dispatch.writer,
                              calls=a.calls, links=(), link_limit_s=0.3)  # fmt: skip
        await at_a.start()
        try:
            incident = await a.dispatch.create_incident("structure-fire", *AT, "Mannerheimintie 5")
            notice = await at_a.hand_over(incident, "b")
            # The notice is in the picture once its queued event is applied: wait for both.
            await until(lambda: notice_field(a, notice, "alarm") == "link")
            assert chain(a, notice) == ["queued", "timed_out"]
            assert not partner_calls(b)
        finally:
            await at_a.close()
            await a.stop()
            await b.stop()

    run(body)
