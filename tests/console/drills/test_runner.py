"""The runner plays the timeline in drill seconds: speed, pause and resume are honoured.

The wall clock is a number the test moves by hand (``now``), so every
assertion is about drill seconds, never about how long anything took. The
feeds and the writer are stand-ins that record what the runner hands them.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from console.drills.clock import RunClock
from console.drills.runner import DrillRunner
from models.drills import events as dev
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(60)


class FakeWriter:
    def __init__(self) -> None:
        self.events: list = []

    def submit(self, event):
        self.events.append(event)

    def kinds(self, kind: str) -> list[dict]:
        return [e.payload for e in self.events if e.kind == kind]


class FakeFeeds:
    def __init__(self) -> None:
        self.site = SimpleNamespace(sensors=())
        self.ali_profile = None
        self.down: list[tuple[str, bool]] = []

    def set_down(self, link: str, down: bool) -> None:
        self.down.append((link, down))


def _injection(index: int, at_s: float, kind: str = "note", **fields) -> SimpleNamespace:
    fields = fields or {"text": f"note {index}"}
    return SimpleNamespace(index=index, at_s=at_s, type=kind, fields=fields)


def _scenario(*injections, duration_s: float = 100.0) -> SimpleNamespace:
    return SimpleNamespace(id="t", title="Test", duration_s=duration_s, injections=injections)


def test_clock_counts_drill_seconds_at_speed_and_not_while_paused() -> None:
    wall = [100.0]
    clock = RunClock(speed=30, now=lambda: wall[0])
    assert clock.drill_s == 0.0
    clock.start()
    wall[0] += 2.0
    assert clock.drill_s == pytest.approx(60.0)
    clock.pause()
    wall[0] += 50.0
    assert clock.drill_s == pytest.approx(60.0) and clock.paused
    clock.resume()
    clock.set_speed(2.0)
    wall[0] += 5.0
    assert clock.drill_s == pytest.approx(70.0)
    with pytest.raises(ValueError):
        clock.set_speed(0)


def test_runner_honours_speed_pause_and_resume() -> None:
    wall = [0.0]
    writer = FakeWriter()
    feeds = FakeFeeds()
    scenario = _scenario(
        _injection(1, 10.0),
        _injection(2, 20.0, "link_down", link="ali"),
        _injection(3, 90.0),
        duration_s=100.0,
    )
    runner = DrillRunner(scenario, feeds, writer, trainees=["bea"], speed=30, now=lambda: wall[0])
    statuses: list = []
    runner.add_listener(statuses.append)

    async def play() -> None:
        await runner.start()
        wall[0] = 0.5  # 15 drill seconds: only the first injection is due
        await wait_for(lambda: len(writer.kinds(dev.DRILL_INJECTED)) == 1, "first injection")
        runner.pause()
        wall[0] = 100.0  # a long pause in wall time: the drill does not move
        seen = runner.clock.wakeups
        await wait_for(lambda: runner.clock.wakeups >= seen + 2, "the timeline looked again")
        assert len(writer.kinds(dev.DRILL_INJECTED)) == 1 and runner.drill_s == pytest.approx(15)
        runner.set_speed(60)
        runner.resume()
        wall[0] = 100.1  # +6 drill seconds at 60x: 21 s, the link_down is due
        await wait_for(lambda: len(writer.kinds(dev.DRILL_INJECTED)) == 2, "second injection")
        wall[0] = 102.0  # 21 + 114 drill seconds: past the end
        await runner.wait_ended()

    asyncio.run(play())

    injected = writer.kinds(dev.DRILL_INJECTED)
    assert [p["index"] for p in injected] == [1, 2, 3]
    assert injected[0]["drill_s"] == pytest.approx(15.0)
    assert injected[1]["drill_s"] == pytest.approx(21.0)
    assert injected[1]["summary"] == "link ali down"
    assert feeds.down == [("ali", True)]
    clocks = writer.kinds(dev.DRILL_CLOCK)
    assert [(c["paused"], c["speed"]) for c in clocks] == [
        (False, 30.0),  # start
        (True, 30.0),  # pause
        (True, 60.0),  # speed change while paused
        (False, 60.0),  # resume
        (False, 60.0),  # end
    ]
    assert clocks[1]["drill_s"] == pytest.approx(15.0)
    (started,) = writer.kinds(dev.DRILL_STARTED)
    assert started["trainees"] == ["bea"] and started["speed"] == 30.0
    (ended,) = writer.kinds(dev.DRILL_ENDED)
    assert ended["reason"] == dev.END_COMPLETED and ended["drill_s"] >= 100.0
    assert all(e.source == dev.RUNNER_SOURCE for e in writer.events)
    assert statuses[-1].state == "ended" and statuses[-1].injected == 3


def test_trainer_injects_by_hand_and_ends_the_drill() -> None:
    wall = [0.0]
    writer = FakeWriter()
    runner = DrillRunner(_scenario(_injection(1, 50.0)), FakeFeeds(), writer, now=lambda: wall[0])

    async def play() -> None:
        with pytest.raises(RuntimeError):
            await runner.inject(_injection(9, 0.0))  # not started yet
        await runner.start()
        await runner.inject(_injection(9, 0.0, text="smoke seen"), manual_by="trainer")
        await runner.end()
        await runner.wait_ended()

    asyncio.run(play())
    (manual,) = writer.kinds(dev.DRILL_MANUAL)
    assert manual["by"] == "trainer" and manual["summary"] == "note: smoke seen"
    assert writer.kinds(dev.DRILL_INJECTED) == []  # ended before the timeline's first
    (ended,) = writer.kinds(dev.DRILL_ENDED)
    assert ended["reason"] == dev.END_BY_TRAINER
    assert runner.state == "ended"


def test_the_trainer_is_named_by_the_drill_and_every_injection(tmp_path) -> None:
    """A real store and writer: the log says which trainer ran the drill and injected."""
    from models.store import GroupCommitWriter, open_store

    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    writer = GroupCommitWriter(store, window_s=0)
    wall = [0.0]
    runner = DrillRunner(
        _scenario(_injection(1, 0.0), _injection(2, 50.0)), FakeFeeds(), writer,
        trainees=["bea"], trainer="tom", now=lambda: wall[0],
    )  # fmt: skip

    async def drive() -> None:
        await runner.start()
        await wait_for(lambda: runner.injected == 1, "the first injection")
        await runner.inject(_injection(2, 50.0), manual=True)  # the trainer's hand
        await runner.inject(_injection(2, 50.0), manual_by="sue")  # a named hand
        await runner.end()

    asyncio.run(drive())
    assert writer.close(10)
    events = store.events_since(0)
    store.close()
    started = [e.payload for e in events if e.kind == dev.DRILL_STARTED]
    assert [p["trainer"] for p in started] == ["tom"] and started[0]["trainees"] == ["bea"]
    assert [p["trainer"] for p in (e.payload for e in events if e.kind == dev.DRILL_INJECTED)] == [
        "tom"
    ]
    manual = [e.payload for e in events if e.kind == dev.DRILL_MANUAL]
    assert [(p["by"], p["trainer"]) for p in manual] == [("tom", "tom"), ("sue", "tom")]
    (ended,) = [e.payload for e in events if e.kind == dev.DRILL_ENDED]
    assert ended["trainer"] == "tom"


def test_a_hand_injection_without_a_trainer_is_the_os_users_never_trainer() -> None:
    from models.operators.headless import os_user

    writer = FakeWriter()
    runner = DrillRunner(_scenario(_injection(1, 50.0)), FakeFeeds(), writer, now=lambda: 0.0)

    async def play() -> None:
        await runner.start()
        await runner.inject(_injection(9, 0.0), manual=True)
        await runner.end()

    asyncio.run(play())
    (manual,) = writer.kinds(dev.DRILL_MANUAL)
    assert manual["by"] == os_user()


class BrokenLinkFeeds(FakeFeeds):
    def set_down(self, link: str, down: bool) -> None:
        raise OSError(f"no such link {link}")


def test_the_log_keeps_what_an_injection_summary_is_made_from(tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A real store and writer: beside its English summary, each injection event keeps
    the fields it is made from (and why it was not sent), so the event log words it in
    the console's language; the English summary is unchanged."""
    import re

    from console.reports.event_text import summarize
    from models.drills.injections import summary
    from models.store import GroupCommitWriter, open_store
    from widgets.bidi import strip_isolates
    from widgets.i18n import install_language

    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    writer = GroupCommitWriter(store, window_s=0)
    wall = [0.0]
    runner = DrillRunner(
        _scenario(_injection(1, 0.0, "link_down", link="avl")), BrokenLinkFeeds(), writer,
        trainees=["bea"], trainer="tom", now=lambda: wall[0],
    )  # fmt: skip

    async def drive() -> None:
        await runner.start()
        await wait_for(lambda: runner.injected == 1, "the first injection")
        await runner.inject(_injection(2, 5.0, "note", text="smoke seen"), manual_by="sue")
        await runner.end()

    asyncio.run(drive())
    assert writer.close(10)
    events = [e for e in store.events_since(0) if e.kind in (dev.DRILL_INJECTED, dev.DRILL_MANUAL)]
    store.close()
    down, note = (e.payload for e in events)
    assert down["summary"] == "link avl down — not sent: no such link avl"
    assert down["fields"] == {"link": "avl"} and down["not_sent"] == "no such link avl"
    assert note["fields"] == {"text": "smoke seen"} and "not_sent" not in note
    assert summary(note["type"], note["fields"]) == note["summary"]
    try:
        install_language(qapp, "he", cache_dir=tmp_path)
        lines = [strip_isolates(summarize(e)) for e in events]
    finally:
        install_language(qapp, "en", cache_dir=tmp_path)
    for line in lines:
        words = re.findall(r"[A-Za-z]{3,}", line)
        assert set(words) <= {"avl", "such", "link", "smoke", "seen", "sue"}, line
        assert re.search("[\u0590-\u05ff]", line), line
    assert "no such link avl" in lines[0] and "not sent" not in lines[0]
