"""The drill runner: plays a scenario's timeline through the drill feeds.

Contract (Qt-free, asyncio; the headless command and the GUI drill mode use
it alike): ``DrillRunner(scenario, feeds, writer, *, trainees, trainer,
speed, now, before_end)``. ``trainer`` names who runs the drill (the
signed-in trainer, or the OS user of a headless drill): ``drill.started``,
every ``drill.injected`` and ``drill.manual`` and ``drill.ended`` carry it
as ``trainer``, and a hand injection without ``manual_by`` is the
trainer's (without a trainer: the OS user's, never a made-up name).
``state`` is ``ready`` -> ``running`` <-> ``paused`` -> ``ended``;
``drill_s`` is the drill clock (``RunClock``: wall seconds x ``speed``,
pauses excluded). ``await start()`` writes ``drill.started`` and
``drill.clock`` and plays every injection when the drill clock reaches its
``at_s``; after ``duration_s`` the drill ends itself ("completed", after
``await before_end()`` if given: the responder tidies up there).
``pause``/``resume``/``set_speed`` write ``drill.clock``. ``await
inject(injection, manual_by=None)`` sends one injection now (a trainer's
hand injection when ``manual_by`` is set: ``drill.manual``) and writes
``drill.injected`` after it was handed to its feed: calls and rebids (ALI
record on the pty, AML or PIDF-LO POST), radar tracks (a target moving along
its path at ``speed_mps``, one report every ``interval_s`` drill seconds,
in the background), zone alarms, CAP alerts (always Exercise), link
failures and recoveries, notes (nothing sent). An injection that cannot be
sent is logged and recorded with the reason in its summary (and as
``not_sent``); the drill goes on. Beside the English ``summary``, the
injection events carry ``fields``: what the summary is made from
(``models.drills.injections.summary_fields``), so the event log words it in
the reader's language (``console.reports.event_text``). ``await end(reason)``
stops everything and writes ``drill.clock`` and ``drill.ended``; ``await
wait_ended()``. Listeners added with ``add_listener(fn)`` get a
``RunnerStatus`` on every change. Every event the runner writes has source
``drill:runner``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.drills import encode
from console.drills.clock import RunClock
from console.drills.polyline import Polyline
from models.drills import events as dev
from models.drills.injections import summary as injection_summary
from models.drills.injections import summary_fields
from models.operators.headless import os_user
from models.store import NewEvent

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunnerStatus:
    state: str
    drill_s: float
    speed: float
    duration_s: float
    injected: int  # injections sent so far (timeline and manual)
    total: int  # injections in the timeline
    last: str | None  # summary of the last injection
    reason: str | None = None  # why it ended


class DrillRunner:
    def __init__(
        self,
        scenario: Any,
        feeds: Any,
        writer: Any,
        *,
        trainees: Sequence[str] = (),
        trainer: str | None = None,
        speed: float = 1.0,
        now: Callable[[], float] = time.monotonic,
        before_end: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.scenario = scenario
        self.feeds = feeds
        self.writer = writer
        self.trainees = list(trainees)
        self.trainer = trainer
        self.clock = RunClock(speed, now)
        self.state = "ready"
        self.reason: str | None = None
        self.injected = 0
        self.last: str | None = None
        self._before_end = before_end
        self._listeners: list[Callable[[RunnerStatus], None]] = []
        self._play: asyncio.Task[None] | None = None
        self._tracks: set[asyncio.Task[None]] = set()
        self._ended = asyncio.Event()
        self._ending = False
        self._cap_sent: dict[str, tuple[str, datetime]] = {}
        self._sensors = {s.sensor_id: s for s in getattr(feeds.site, "sensors", ())}

    # -- reading ------------------------------------------------------------------

    @property
    def drill_s(self) -> float:
        return self.clock.drill_s

    @property
    def speed(self) -> float:
        return self.clock.speed

    def status(self) -> RunnerStatus:
        return RunnerStatus(
            self.state, self.drill_s, self.speed, float(self.scenario.duration_s),
            self.injected, len(self.scenario.injections), self.last, self.reason,
        )  # fmt: skip

    def add_listener(self, listener: Callable[[RunnerStatus], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        status = self.status()
        for listener in self._listeners:
            try:
                listener(status)
            except Exception:  # a broken panel must not stop the drill
                _LOGGER.exception("drill listener failed")

    def _write(self, kind: str, payload: dict[str, Any], signed: bool = False) -> Any:
        if signed and self.trainer is not None:
            payload = {**payload, "trainer": self.trainer}  # who ran it, in the log
        return self.writer.submit(
            NewEvent(
                source=dev.RUNNER_SOURCE, kind=kind, rx_time=datetime.now(UTC), payload=payload
            )
        )

    def _write_clock(self) -> None:
        self._write(dev.DRILL_CLOCK, dev.clock_payload(self.drill_s, self.speed, self.clock.paused))

    # -- control --------------------------------------------------------------------

    async def start(self) -> None:
        if self.state != "ready":
            raise RuntimeError(f"the drill is {self.state}: it can start only once")
        self._write(
            dev.DRILL_STARTED,
            dev.started_payload(
                self.scenario.id, self.scenario.title, self.trainees, self.speed,
                datetime.now(UTC).isoformat(),
            ),
            signed=True,
        )  # fmt: skip
        self.clock.start()
        self.state = "running"
        self._write_clock()
        self._play = asyncio.get_running_loop().create_task(self._timeline(), name="drill")
        self._notify()

    def pause(self) -> None:
        if self.state == "running":
            self.clock.pause()
            self.state = "paused"
            self._write_clock()
            self._notify()

    def resume(self) -> None:
        if self.state == "paused":
            self.clock.resume()
            self.state = "running"
            self._write_clock()
            self._notify()

    def set_speed(self, speed: float) -> None:
        if self.state == "ended":
            return
        self.clock.set_speed(speed)
        if self.state != "ready":
            self._write_clock()
        self._notify()

    async def wait_ended(self) -> None:
        await self._ended.wait()

    async def end(self, reason: str = dev.END_BY_TRAINER) -> None:
        if self._ending:
            await self._ended.wait()
            return
        self._ending = True
        current = asyncio.current_task()
        if self._play is not None and self._play is not current:
            self._play.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._play
        for task in list(self._tracks):
            task.cancel()
        if reason == dev.END_COMPLETED and self._before_end is not None:
            try:
                await self._before_end()
            except Exception:
                _LOGGER.exception("drill: tidying up before the end failed")
        drill_s = self.drill_s
        self.clock.stop()
        self.state = "ended"
        self.reason = reason
        self._write_clock()
        self._write(dev.DRILL_ENDED, dev.ended_payload(drill_s, reason), signed=True)
        self._ended.set()
        self._notify()

    async def _timeline(self) -> None:
        try:
            for injection in self.scenario.injections:
                if not await self.clock.sleep_until(float(injection.at_s)):
                    return
                await self.inject(injection, manual=False)
            if await self.clock.sleep_until(float(self.scenario.duration_s)):
                await self.end(dev.END_COMPLETED)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            _LOGGER.exception("drill failed")
            await self.end(f"error: {exc}")

    # -- injections ------------------------------------------------------------------

    async def inject(
        self, injection: Any, manual_by: str | None = None, manual: bool | None = None
    ) -> None:
        """Send ``injection`` now and record it (``drill.manual`` when by a trainer's hand).

        ``manual`` defaults to ``manual_by is not None``; ``manual=True`` alone
        is the runner's trainer's hand injection.
        """
        manual = manual_by is not None if manual is None else manual
        if self.state in ("ready", "ended"):
            raise RuntimeError(f"the drill is {self.state}: nothing can be injected")
        kind = str(injection.type)
        fields = getattr(injection, "fields", {}) or {}
        try:
            text = injection_summary(kind, fields)
        except (KeyError, TypeError, ValueError):
            text = kind
        words = summary_fields(kind, fields) if text != kind else None
        not_sent: str | None = None
        try:
            await self._send(injection, kind)
        except Exception as exc:  # the drill goes on; the trainer sees why in the log
            _LOGGER.warning("drill inject #%s (%s) not sent: %s", injection.index, kind, exc)
            text = f"{text} — not sent: {exc}"
            not_sent = str(exc)
        drill_s = self.drill_s
        at_s = float(getattr(injection, "at_s", drill_s))
        index = int(getattr(injection, "index", 0))
        if not manual:
            payload = dev.injected_payload(index, kind, at_s, drill_s, text)
        else:
            by = manual_by or self.trainer or os_user()  # a hand is someone's, never "trainer"
            payload = dev.manual_payload(index, kind, at_s, drill_s, text, by)
        if words is not None:
            payload["fields"] = words
        if not_sent is not None:
            payload["not_sent"] = not_sent
        self._write(dev.DRILL_MANUAL if manual else dev.DRILL_INJECTED, payload, signed=True)
        self.injected += 1
        self.last = text
        self._notify()

    async def _send(self, injection: Any, kind: str) -> None:
        feeds = self.feeds
        if kind in ("call", "rebid"):
            wire = encode.caller_location(injection, profile=feeds.ali_profile)
            if wire.feed == "ali":
                await feeds.send_ali(wire.data)
            else:
                await self._post(wire)
        elif kind == "track":
            task = asyncio.get_running_loop().create_task(self._track(injection))
            self._tracks.add(task)
            task.add_done_callback(self._tracks.discard)
        elif kind == "zone_alarm":
            await feeds.send_alarm(encode.zone_alarm_line(injection))
        elif kind == "cap":
            wire, sender, sent = encode.cap_document(injection, earlier=self._cap_sent)
            self._cap_sent[str(encode.field(injection, "identifier"))] = (sender, sent)
            await self._post(wire)
        elif kind in ("link_down", "link_up"):
            feeds.set_down(str(encode.field(injection, "link")), kind == "link_down")
        elif kind != "note":
            raise ValueError(f"unknown injection type {kind!r}")

    async def _post(self, wire: encode.Wire) -> None:
        status = await self.feeds.post(wire.route, wire.data, wire.content_type)
        if status not in (0, 200):  # 0: held while the http feed is down
            raise RuntimeError(f"the console answered HTTP {status} to /{wire.route}")

    async def _track(self, injection: Any) -> None:
        """A radar target along its path; one report every ``interval_s`` drill seconds."""
        sensor_id = str(encode.field(injection, "sensor"))
        sensor = self._sensors.get(sensor_id)
        if sensor is None:
            _LOGGER.warning("drill track: no radar sensor %r in the site", sensor_id)
            return
        via = str(encode.field(injection, "via", "asterix"))
        number = int(encode.field(injection, "track"))
        points = [tuple(p) for p in encode.field(injection, "path")]
        line = Polyline([p[0] for p in points], [p[1] for p in points])
        speed = float(encode.field(injection, "speed_mps"))
        interval = float(encode.field(injection, "interval_s", 4.0))
        start = self.drill_s
        while True:
            travelled = (self.drill_s - start) * speed
            done = travelled >= line.length_m
            lat, lon, course = line.at(travelled)
            report = encode.radar_report(sensor, via, number, lat, lon, speed, course)
            if via == "asterix":
                await self.feeds.send_asterix(report, sensor=sensor_id)
            else:
                await self.feeds.send_nmea([report], sensor=sensor_id)
            if done or not await self.clock.sleep(interval):
                return
