"""The drill feeds deliver through the console's real links, and fail like real links.

The console's ``IngestService`` (with the call tracker and the group-commit
writer) runs on the drill copy of a site; every feed sends what the drill's
encoders build, and the frames must arrive decoded in the drill store from
the right link: ALI over the pty (ACKed), AVL NMEA and ASTERIX over UDP, a
zone alarm over TCP, AML / PIDF-LO / CAP over HTTP with the drill's token.
Taking the ALI feed down turns the console's serial link DOWN; bringing it
back brings the link UP and the record held meanwhile arrives. Taking the
alarm feed down drops the console's TCP peer.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace

import pytest

from console.config.site import load_site
from console.drills import encode
from console.drills.feeds import ALARM_LINK, ALI_LINK, AVL_LINK, DrillFeeds, asterix_link
from console.services.ingest import IngestService
from models.calls.state import CallState
from models.calls.tracker import CallTracker
from models.store import GroupCommitWriter, open_store
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _call(via: str, caller: str, lat: float = 60.1700, lon: float = 24.9450) -> SimpleNamespace:
    fields = {"via": via, "caller": caller, "lat": lat, "lon": lon, "uncertainty_m": 40.0}
    return SimpleNamespace(type="call", fields=fields, index=1)


def _decoded(store, link: str) -> list:
    return [
        e for e in store.latest_events(500, kinds=["frame.decoded"]) if e.source == f"link:{link}"
    ]


def _link_states(store) -> list[str]:
    return [
        e.payload["state"]
        for e in store.latest_events(200, kinds=["link.state"])[::-1]
        if e.payload["link"] == ALI_LINK
    ]


def test_every_feed_reaches_the_store_through_its_link(
    drill_site_dir: Path, tmp_path: Path
) -> None:
    site = load_site(drill_site_dir)
    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    seen: dict[str, object] = {}

    async def scenario() -> None:
        feeds = await DrillFeeds.open(site)
        drill_site = feeds.drill_site()
        # Live links are gone: only the drill's own links, on loopback and the pty.
        names = {spec.name for spec in drill_site.links}
        assert names == {
            ALI_LINK,
            AVL_LINK,
            ALARM_LINK,
            "drill-asterix-T-RADAR",
            "drill-arpa-T-RADAR",
        }
        assert drill_site.http is not None and drill_site.http.sources[0].token == feeds.token
        writer = GroupCommitWriter(store)
        ingest = IngestService(drill_site, writer, call_tracker=CallTracker(CallState()))
        await ingest.start()
        try:
            links = {r.spec.name: r.link for r in ingest.links}
            await wait_for(lambda: all(k.health.state.value == "up" for k in links.values()), "up")

            await feeds.send_ali(encode.caller_location(_call("ali", "+358401110001")).data)
            await feeds.ali_idle()
            seen["acked"] = feeds.stats["ali_acked"]
            await feeds.send_nmea([encode.avl_fix("HE11", 60.1690, 24.9440, 8.0, 45.0)])
            radar = next(s for s in drill_site.sensors if s.sensor_id == "T-RADAR")
            block = encode.radar_report(radar, "asterix", 7, 60.1660, 24.9550, 3.0, 90.0)
            await feeds.send_asterix(block, sensor="T-RADAR")
            fence = {"sensor": "T-FENCE", "zone": "T-ZONE-FENCE", "state": "alarm"}
            await feeds.send_alarm(encode.zone_alarm_line(SimpleNamespace(fields=fence)))
            for via in ("aml", "pidf"):
                wire = encode.caller_location(_call(via, f"+35840222000{len(via)}"))
                seen[via] = await feeds.post(wire.route, wire.data, wire.content_type)
            cap, _sender, _sent = encode.cap_document(
                SimpleNamespace(fields={
                    "identifier": "t-cap-1", "event": "Gas leak",
                    "area": [[60.17, 24.94], [60.171, 24.94], [60.171, 24.942], [60.17, 24.94]],
                })
            )  # fmt: skip
            seen["cap"] = await feeds.post(cap.route, cap.data, cap.content_type)
            await asyncio.get_running_loop().run_in_executor(None, writer.flush)
            await wait_for(lambda: len(_decoded(store, AVL_LINK)) == 1, "AVL fix stored")
            await wait_for(lambda: _decoded(store, asterix_link("T-RADAR")), "radar stored")
            await wait_for(lambda: _decoded(store, ALARM_LINK), "alarm stored")
        finally:
            await ingest.stop()
            await feeds.close()
            await asyncio.get_running_loop().run_in_executor(None, writer.close)

    try:
        asyncio.run(scenario())
        assert seen["acked"] == 1
        assert (seen["aml"], seen["pidf"], seen["cap"]) == (200, 200, 200)
        (ali,) = _decoded(store, ALI_LINK)
        assert ali.payload["message"]["number"] == "+358401110001"
        (fix,) = _decoded(store, AVL_LINK)
        assert fix.payload["unit"] == "HE11"
        assert fix.payload["message"]["lat"] == pytest.approx(60.1690, abs=1e-6)
        (block,) = _decoded(store, asterix_link("T-RADAR"))
        assert block.payload["message"]["records"][0]["track_number"] == 7
        (alarm,) = _decoded(store, ALARM_LINK)
        assert alarm.payload["message"]["zone"] == "T-ZONE-FENCE"
        http = _decoded(store, "drill-http")
        protocols = sorted(e.payload["message"]["protocol"] for e in http)
        assert protocols == ["aml-http", "cap", "pidf"]
        cap_event = next(e for e in http if e.payload["message"]["protocol"] == "cap")
        assert cap_event.payload["message"]["status"] == "Exercise"
        offered = store.latest_events(100, kinds=["call.offered"])
        assert sorted(e.payload["via"] for e in offered) == ["ali", "aml", "pidf"]
    finally:
        store.close()


def test_link_down_shows_in_the_consoles_link_health(drill_site_dir: Path, tmp_path: Path) -> None:
    site = load_site(drill_site_dir)
    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    states: list[str] = []

    async def scenario() -> None:
        feeds = await DrillFeeds.open(site)
        writer = GroupCommitWriter(store)
        ingest = IngestService(feeds.drill_site(), writer, call_tracker=CallTracker(CallState()))
        await ingest.start()
        try:
            links = {r.spec.name: r.link for r in ingest.links}
            ali, alarm = links[ALI_LINK], links[ALARM_LINK]
            await wait_for(lambda: all(k.health.state.value == "up" for k in links.values()), "up")
            await feeds.send_alarm(encode.zone_alarm_line(
                SimpleNamespace(fields={"sensor": "T-FENCE", "zone": "T-ZONE-FENCE"})
            ))  # fmt: skip
            await wait_for(lambda: alarm.health.peers, "the panel connected")

            feeds.set_down("ali", True)
            await wait_for(lambda: ali.health.state.value == "down", "serial link down")
            states.append(ali.health.state.value)
            states.append(str(ali.health.last_error))
            # The console logs it too (its health watcher samples once a second).
            await wait_for(lambda: "down" in _link_states(store), "link.state down logged")
            # A record sent while the line is down is held, then delivered.
            await feeds.send_ali(encode.caller_location(_call("ali", "+358401110009")).data)
            feeds.set_down("alarm", True)
            await wait_for(lambda: not alarm.health.peers, "the panel's peer gone")

            feeds.set_down("ali", False)
            await wait_for(lambda: ali.health.state.value == "up", "serial link up again", 60)
            states.append(ali.health.state.value)
            await feeds.ali_idle()
            await wait_for(lambda: _link_states(store)[-1] == "up", "link.state up logged")
        finally:
            await ingest.stop()
            await feeds.close()
            await asyncio.get_running_loop().run_in_executor(None, writer.close)

    try:
        asyncio.run(scenario())
        assert states[0] == "down" and states[2] == "up"
        assert states[1] != "None"
        (record,) = _decoded(store, ALI_LINK)
        assert record.payload["message"]["number"] == "+358401110009"
        link_states = _link_states(store)
        assert link_states.index("down") < len(link_states) - 1
        assert link_states[link_states.index("down") + 1 :].count("up") >= 1
    finally:
        store.close()
