"""Notice ids are unique across processes: two services on one store re-send at once.

Two ``DispatchService``/``ReachService`` pairs, each with its own store handle
and group-commit writer on one store, SQLite or PostgreSQL (two processes: a
position and the recorder), each hearing both writers' commits (as their log
followers would). A page queued under an old store's id
(``<incident>/<unit>/<n>``, no token) is re-sent by both at the same instant:
both count the same ``n``, and the ids still differ.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from console.config.reach import reach_from_mapping
from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.dispatch import DispatchService
from console.services.reach import ReachService
from models.dispatch import events as ev
from models.dispatch.reach import notice_base, split_notice_id
from models.store import GroupCommitWriter, open_store


async def until(check: Callable[[], Any], timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"not reached within {timeout} s")


def test_two_services_on_one_store_never_issue_the_same_notice_id(store_url: str) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        site = load_site(DEFAULT_SITE_DIR)
        catalogue = site_catalogue(site)
        stores = [open_store(store_url), open_store(store_url)]  # two processes' handles
        config = reach_from_mapping(
            {
                "links": [{"name": "radio", "kind": "tetra", "url": "/dev/null-not-opened"}],
                "paths": [{"unit": "HE11", "link": "radio", "address": "2011"}],
            },
            units=[u.call_sign for u in site.units],
        )
        pairs: list[tuple[DispatchService, ReachService]] = []

        def hear(events: list[Any]) -> None:  # both writers' commits reach both pictures
            def apply() -> None:
                mine = [e for e in events if e.kind in ev.DISPATCH_KINDS]
                for dispatch, reach in pairs:
                    dispatch.on_committed(mine)
                    reach.on_committed(mine)

            loop.call_soon_threadsafe(apply)

        for store, operator in zip(stores, ("anna", "recorder"), strict=True):
            writer = GroupCommitWriter(store, on_committed=hear)
            dispatch = DispatchService(site, catalogue, writer, operator)
            # Neither runs the line: a re-send is queued in the log for its owner.
            pairs.append((dispatch, ReachService(site, config, dispatch, catalogue, links=())))
        (position, position_reach), (recorder, recorder_reach) = pairs
        assert position_reach.token != recorder_reach.token
        try:
            for _dispatch, reach in pairs:
                reach.start()
            incident = await position.create_incident("structure-fire", 60.1712, 24.9433, "x")
            await position.dispatch(incident, ["HE11"], recommended=False)
            old = f"{incident}/HE11/1"  # as an older store wrote it: no process token
            queued = {
                "notice_id": old, "unit": "HE11", "incident_id": incident, "link": "radio",
                "kind": "tetra", "address": "2011", "text": "x", "two_way": True,
            }  # fmt: skip
            await position.record([(ev.REACH_QUEUED, queued)], "reach:radio")
            await until(lambda: old in recorder.state.reach.notices)
            assert split_notice_id(old) == (incident, "HE11", "1")

            ids = await asyncio.gather(position_reach.resend("HE11"), recorder_reach.resend("HE11"))

            assert ids[0] != ids[1]
            assert [notice_base(i) for i in ids] == [f"{incident}/HE11/2"] * 2
            assert [split_notice_id(i) for i in ids] == [(incident, "HE11", "2")] * 2
            for dispatch, _reach in pairs:
                await until(lambda d=dispatch: set(ids) <= set(d.state.reach.notices))
                notices = dispatch.state.reach.notices
                assert len(notices) == 3  # two re-sends, neither lost under the other
                assert notices[old].replaced_by in ids
        finally:
            for dispatch, reach in pairs:
                await reach.close()
                await loop.run_in_executor(None, dispatch.writer.close)
            for store in stores:
                store.close()

    asyncio.run(main())
