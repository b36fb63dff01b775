"""The Links dock's rows for links another process runs, read from the log
(console.session.logged_links), and which links those are (link_ownership.others_links)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from console.config.site import load_site
from console.session.link_ownership import link_names, others_links, take_links
from console.session.logged_links import LoggedLinks
from models.store import GroupCommitWriter, NewEvent, open_store
from widgets.views import EventView

T = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _view(kind: str, source: str, seq: int = 1) -> EventView:
    return EventView(seq=seq, rx_time=T, source=source, kind=kind, summary="")


def test_what_another_process_runs_is_the_rest_of_the_sites_links() -> None:
    site = load_site(Path(__file__).parents[3] / "resources" / "sites" / "helsinki")
    none, _ = take_links(site, frozenset(), None)
    others = others_links(site, none)
    assert [name for name, _ in others] == link_names(site)
    everything, _ = take_links(site, None, None)
    assert others_links(site, everything) == []


def test_state_from_the_store_then_from_commits_and_frames_counted(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            writer.submit(
                NewEvent(
                    source="link:radar", kind="link.state", rx_time=T,
                    payload={"link": "radar", "state": "down", "endpoint": "udp 0.0.0.0:4000",
                             "error": "no route"},
                )
            ).result(10)  # fmt: skip
        clock = [100.0]
        links = LoggedLinks([("radar", "asterix"), ("avl", "nmea")], clock=lambda: clock[0])
        links.seed(store)
    finally:
        store.close()
    radar, avl = links.views()
    assert (radar.name, radar.state, radar.endpoint, radar.last_error) == (
        "radar",
        "down",
        "udp 0.0.0.0:4000",
        "no route",
    )
    assert (avl.name, avl.state, avl.protocol, avl.last_frame_age_s) == (
        "avl",
        "unknown",
        "nmea",
        None,
    )
    assert radar.notes and "log" in radar.notes[0]

    class Up:
        kind, source, payload = "link.state", "link:radar", {"state": "up", "endpoint": "udp x"}

    class Other:
        kind, source, payload = "link.state", "link:elsewhere", {"state": "down"}

    links.on_states([Up(), Other()])
    links.on_views(
        [_view("frame.decoded", "link:avl"), _view("frame.rejected", "link:avl"),
         _view("frame.decoded", "link:not-ours"), _view("call.offered", "link:avl")]
    )  # fmt: skip
    clock[0] = 102.5
    radar, avl = links.views()
    assert (radar.state, radar.endpoint, radar.last_error) == ("up", "udp x", None)
    assert (avl.frames, avl.errors, avl.last_frame_age_s) == (2, 1, 2.5)


def test_a_store_that_cannot_be_read_leaves_them_unknown() -> None:
    class Broken:
        def latest_events(self, *args: object) -> list[object]:
            raise OSError("gone")

    links = LoggedLinks([("radar", "asterix")])
    links.seed(Broken())
    assert links.views()[0].state == "unknown"
