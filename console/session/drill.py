"""GUI drill mode: the normal console session on a drill store, driven by a trainer.

Contract: ``DrillSession(window, site, scenario, store_url, operator, speed,
autostart, trainer)`` has the console session's face (``show_site()``,
``await start()``, ``await shutdown()``) so ``console.app.Console`` can hold
it in place of a ``ConsoleSession``. ``start()`` marks the window as a drill
(``window.set_drill``: permanent DRILL banner, orange tint), opens
``DrillFeeds`` and runs a normal ``ConsoleSession`` on the feeds' drill copy
of the site with ``store_purpose="drill"`` (the drill store is opened for
drill use only: a live store is refused with the session's banner;
``store_url=None`` is a new SQLite file in the user data dir's ``drills``
folder, never the live store), then builds the ``DrillRunner`` (trainee: the operator), the
``CrewSimulator`` with its own ``DispatchService`` (operator
``CREW_OPERATOR``) and the ``TrainerPanelDock``, wired together. With
``autostart`` the drill starts at once.

The trainer: ``trainer`` when the caller names one (the signed-in
operator of a console that has one, whose rights the caller checked), else
who holds the drill store (``models.operators.headless.identify``: the
operator linked to the OS user, else the OS user), who must be allowed to
run a drill on that store (``drill.run``: a linked operator needs the
trainer or supervisor role; refused, the panel and the banner say why and
nothing runs); never a made-up name.
``drill.started``, every injection and ``drill.ended`` name them.

The units are reached over the drill's own radio
(``console.drills.radio_hook.open_drill_radio``: a TETRA gateway on a
pseudo-terminal, never the site's own ``[reach]`` links, which a drill must
not page on): the session's reach service is the drill's, so every dispatch
is paged over it, the crews' statuses come back over it, RESEND and VOICE
act on it, and a unit in ``[crews] never_acknowledge`` raises the NOT
ACKNOWLEDGED banner and cue (its crew stays put until reached by voice).

When the drill ends (completed or by the trainer) it is scored from the
drill store's committed log (``models.drills.scoring``) and the HTML and
JSON reports are written beside a SQLite drill store (else in the drills
folder); ``report_ready`` is set and the panel shows the score
(``score_summary``: the 0..100 score with its verdict, each part's share and
each measure's verdict, the same figures as the reports) and the HTML path;
``score`` holds the ``DrillScore``. ``shutdown()`` ends a running drill
first (so a report is always written), then closes the radio, the session,
the feeds and the store.

``start_drill_console(window, site, scenario_ref, store_url, operator,
speed, trainer=None)`` is the one call ``console.app`` needs for ``--drill``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from console.config.site import Site
from console.drills.crews import CrewSimulator
from console.drills.feeds import DrillFeeds
from console.drills.headless import drills_dir
from console.drills.radio_crews import DrillRadio
from console.drills.radio_hook import SilentCrews, open_drill_radio
from console.drills.runner import DrillRunner, RunnerStatus
from console.drills.services import crew_dispatch_service, wait_links_up
from console.main_window import MainWindow
from console.session.live import ConsoleSession
from models.drills.events import END_BY_TRAINER
from models.drills.scenario import Scenario
from widgets.trainer_panel import InjectionRow, ScoreSummary, TrainerPanelDock, TrainerStatus

if TYPE_CHECKING:
    from models.drills.score_types import DrillScore, Measure
    from models.store import Store

_LOGGER = logging.getLogger(__name__)

CLOCK_REFRESH_MS = 200


def default_drill_url(scenario_id: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = drills_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / f'{scenario_id}-{stamp}.sqlite'}"


def _rows(scenario: Scenario) -> list[InjectionRow]:
    """The trainer panel's rows: each injection's summary in the console's language
    (the drill reports' words, ``models.drills.report_texts.injection_text``)."""
    from console.reports.drill_texts import report_language
    from models.drills.report_texts import injection_text

    lang = report_language()
    rows = []
    for injection in scenario.injections:
        try:
            text = injection_text(lang, injection.type, injection.fields)
        except (KeyError, TypeError, ValueError):
            text = injection.type
        rows.append(InjectionRow(injection.index, float(injection.at_s), injection.type, text))
    return rows


class DrillSession(QObject):
    def __init__(
        self,
        window: MainWindow,
        site: Site,
        scenario: Scenario,
        store_url: str | None,
        operator: str = "operator",
        *,
        speed: float = 1.0,
        autostart: bool = False,
        trainer: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.site = site
        self.scenario = scenario
        self.store_url = store_url or default_drill_url(scenario.id)
        self.operator = operator
        self.speed = speed
        self.autostart = autostart
        self.trainer = trainer  # resolved at start() when None (see the module doc)
        self.feeds: DrillFeeds | None = None
        self.radio: DrillRadio | None = None
        self.silent_crews: SilentCrews | None = None
        self.session: ConsoleSession | None = None
        self.runner: DrillRunner | None = None
        self.crews: CrewSimulator | None = None
        self.crew_dispatch: Any = None
        self.report_paths: tuple[Path, Path] | None = None
        self.score: DrillScore | None = None
        self.report_ready = asyncio.Event()
        self.started = asyncio.Event()
        self._manual = 0
        self._finishing: asyncio.Task[None] | None = None
        self.panel = TrainerPanelDock(window)
        self.panel.set_scenario(scenario.title, _rows(scenario))
        self.panel.set_speed(speed)
        window.add_panel_dock(self.panel)  # a tab beside the panels, brought forward
        window.set_drill(scenario.title)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._clock_timer.timeout.connect(self._refresh)
        self.panel.sigStartRequested.connect(self._on_panel_start_requested)
        self.panel.sigPauseRequested.connect(self._on_panel_pause_requested)
        self.panel.sigResumeRequested.connect(self._on_panel_resume_requested)
        self.panel.sigEndRequested.connect(self._on_panel_end_requested)
        self.panel.sigSpeedChanged.connect(self._on_panel_speed_changed)
        self.panel.sigInjectRequested.connect(self._on_panel_inject_requested)

    # -- the session's face ---------------------------------------------------------

    def show_site(self) -> None:
        """Nothing to show before the feeds exist: the drill copy of the site is theirs."""

    @property
    def store(self) -> Store | None:
        """The drill store, opened by the console session (for drill use only)."""
        return self.session.store if self.session is not None else None

    async def start(self) -> None:
        try:
            self.feeds = await DrillFeeds.open(self.site)
        except Exception as exc:  # no pseudo-terminals, no free ports: say so, run nothing
            self._fail(self.tr("DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}"), exc)
            return
        drill_site = self.feeds.drill_site()
        self.session = ConsoleSession(
            self.window, drill_site, self.store_url, self.operator, store_purpose="drill"
        )
        await self.session.start()
        session = self.session
        if session.store is None or session.writer is None or session.ingest is None:
            # The session's banner says why (e.g. a live store is refused for a drill).
            self.panel.set_message(self.tr("The drill cannot run: the drill store did not open."))
            self.started.set()
            return
        if not await self._resolve_trainer(session.store):
            return
        await wait_links_up(session.ingest)
        assert session.dispatch is not None
        self.crew_dispatch = crew_dispatch_service(
            drill_site, session.dispatch.catalogue, session.writer, session.dispatch.state
        )
        self.runner = DrillRunner(
            self.scenario, self.feeds, session.writer,
            trainees=[self.operator], trainer=self.trainer, speed=self.speed,
        )  # fmt: skip
        await self._start_radio(drill_site)
        self.crews = CrewSimulator(
            drill_site, self.feeds, self.crew_dispatch, self.runner.clock, self.scenario.crews,
            radio=None if self.radio is None else self.radio.crews,
        )  # fmt: skip
        self.silent_crews = SilentCrews(self.crews, self.scenario.crews.never_acknowledge)
        session.bridge.sigDispatchCommitted.connect(self._on_bridge_dispatch_committed)
        session.bridge.sigUnitsMoved.connect(self._on_bridge_units_moved)
        self.runner.add_listener(self._on_runner_status)
        self._clock_timer.start()
        self._refresh()
        self.started.set()
        if self.autostart:
            await self.start_drill()

    async def shutdown(self) -> None:
        self._clock_timer.stop()
        runner = self.runner
        if runner is not None and runner.state in ("running", "paused"):
            await runner.end(END_BY_TRAINER)
        if runner is not None and runner.state == "ended":
            await self._finish()
        if self.crews is not None:
            await self.crews.stop()
        await self._close_radio()
        if self.session is not None:
            await self.session.shutdown()
        if self.feeds is not None:
            await self.feeds.close()

    async def _resolve_trainer(self, store: Store) -> bool:
        """Who runs this drill, allowed to (``drill.run``); False (said why) when refused."""
        from models.operators.headless import identify
        from models.operators.manage import OperatorError
        from models.operators.roles import Refused

        if self.trainer is not None:
            return True  # the caller's signed-in operator, whose rights it checked
        loop = asyncio.get_running_loop()
        try:
            identity = await loop.run_in_executor(None, identify, store)
            identity.check("drill.run")
        except (Refused, OperatorError) as exc:
            self._fail(self.tr("DRILL NOT STARTED — {err}"), exc)
            return False
        self.trainer = identity.name
        return True

    async def _start_radio(self, drill_site: Site) -> None:
        """The drill's radio becomes the session's reach service (the site's own never runs)."""
        session = self.session
        assert session is not None and session.dispatch is not None
        if session.reach is not None:  # the site's [reach] links: a drill never pages on them
            await session.reach.close()
            session.reach = None
        try:
            self.radio = open_drill_radio(drill_site, self.scenario, self.speed)
        except Exception as exc:  # no pseudo-terminal: the drill runs, its crews as before
            _LOGGER.error("drill radio not started: %s", exc)
            self.panel.set_message(
                self.tr("The drill radio did not start; crews report without it: {err}").format(
                    err=exc
                )
            )
            return
        reach = self.radio.start_reach(drill_site, session.dispatch, session.dispatch.catalogue)
        # As the session wires its own: the banner and the cue on an alarm, talk requests
        # (and their alerts), RESEND and VOICE on the command line, every committed batch.
        session.use_reach(reach)

    async def _close_radio(self) -> None:
        radio, self.radio = self.radio, None
        if radio is None:
            return
        session = self.session
        if session is not None and session.reach is radio.reach:
            session.reach = None
            if session.controller is not None:
                session.controller.reach = None
        await radio.close()  # before the session's writer closes: its last steps are stored

    # -- trainer actions ------------------------------------------------------------

    async def start_drill(self) -> None:
        if self.runner is not None and self.runner.state == "ready":
            await self.runner.start()
            asyncio.get_running_loop().create_task(self._wait_and_finish())

    async def inject(self, index: int) -> None:
        runner = self.runner
        found = [i for i in self.scenario.injections if i.index == index]
        if runner is None or not found:
            return
        self._manual += 1
        await runner.inject(found[0], manual_by=self.trainer)

    async def end_drill(self) -> None:
        if self.runner is not None and self.runner.state in ("running", "paused"):
            await self.runner.end(END_BY_TRAINER)
        await self._finish()

    def _on_panel_start_requested(self) -> None:
        asyncio.get_event_loop().create_task(self.start_drill())

    def _on_panel_pause_requested(self) -> None:
        if self.runner is not None:
            self.runner.pause()

    def _on_panel_resume_requested(self) -> None:
        if self.runner is not None:
            self.runner.resume()

    def _on_panel_end_requested(self) -> None:
        asyncio.get_event_loop().create_task(self.end_drill())

    def _on_panel_speed_changed(self, speed: float) -> None:
        if self.runner is not None:
            self.runner.set_speed(speed)

    def _on_panel_inject_requested(self, index: int) -> None:
        asyncio.get_event_loop().create_task(self.inject(index))

    # -- runner and crews --------------------------------------------------------------

    def _on_runner_status(self, _status: RunnerStatus) -> None:
        self._refresh()

    def _refresh(self) -> None:
        runner = self.runner
        if runner is None:
            return
        status = runner.status()
        played = max(0, status.injected - self._manual)
        self.panel.set_status(
            TrainerStatus(
                status.state, status.drill_s, status.duration_s, status.speed,
                played, status.last, status.reason,
            )
        )  # fmt: skip

    def _on_bridge_dispatch_committed(self, events: list[Any]) -> None:
        if self.crew_dispatch is not None:
            self.crew_dispatch.on_committed(events)
        if self.silent_crews is not None:
            self.silent_crews.on_committed(events)

    def _on_bridge_units_moved(self, updates: dict[str, Any]) -> None:
        # The bridge keeps the newest fix per unit; crews start driving from there.
        if self.crews is not None:
            for call_sign, update in updates.items():
                self.crews.positions[call_sign] = (update.lat, update.lon)

    # -- the end: score and report -------------------------------------------------------

    async def _wait_and_finish(self) -> None:
        if self.runner is not None:
            await self.runner.wait_ended()
            await self._finish()

    async def _finish(self) -> None:
        if self._finishing is None:
            self._finishing = asyncio.get_running_loop().create_task(self._report())
        await asyncio.shield(self._finishing)

    async def _report(self) -> None:
        self._clock_timer.stop()
        self._refresh()
        if self.crews is not None:
            await self.crews.stop()
        session, store = self.session, self.store
        if session is None or session.writer is None or store is None:
            return
        loop = asyncio.get_running_loop()
        writer = session.writer
        await loop.run_in_executor(None, writer.flush)
        try:
            json_path, html_path, score = await loop.run_in_executor(
                None, self._write_reports, store
            )
        except Exception as exc:
            _LOGGER.exception("drill report failed")
            self.panel.set_message(
                self.tr("The report could not be written: {err}").format(err=exc)
            )
            return
        self.report_paths = (json_path, html_path)
        self.score = score
        self.panel.set_score(self.score_summary(score))
        self.panel.set_report(str(html_path))
        self.report_ready.set()

    def _write_reports(self, store: Store) -> tuple[Path, Path, DrillScore]:
        """Worker thread: score from the committed log, write JSON and HTML."""
        from console.config.site import site_catalogue
        from console.reports.drill_texts import write_drill_reports
        from models.drills.scoring import score_drill

        events = store.events_since(0)
        unit_types = {u.call_sign: u.unit_type for u in self.site.units}
        score = score_drill(self.scenario, events, unit_types)
        base = store.path if store.path is not None else drills_dir() / self.scenario.id
        json_path, html_path = base.with_suffix(".json"), base.with_suffix(".html")
        html_path.parent.mkdir(parents=True, exist_ok=True)
        # In the console's language (Qt's translate is thread-safe): headings, verdicts,
        # the injections' summaries; type names from the site's catalogue.
        names = {t.code: t.name for t in site_catalogue(self.site).incident_types()}
        write_drill_reports(score, self.scenario, json_path, html_path, names)
        _LOGGER.info("drill report: %s (score %.0f)", html_path, score.score)
        return json_path, html_path, score

    def score_summary(self, score: DrillScore) -> ScoreSummary:
        """The score as the trainer panel shows it, in this console's language."""
        parts = {
            "answer": self.tr("Answering calls"),
            "process": self.tr("Call to dispatch"),
            "incidents": self.tr("Incidents handled"),
            "alerts": self.tr("Alerts handled"),
        }
        return ScoreSummary(
            score=score.score,
            passed=score.passed,
            parts=tuple((parts.get(k, k), v) for k, v in score.parts.items()),
            measures=tuple((self._measure_text(m), m.passed) for m in score.measures),
        )

    def _measure_text(self, measure: Measure) -> str:
        what = {
            "answer": self.tr("calls answered"),
            "answer_95": self.tr("calls answered"),
            "process": self.tr("high-priority calls dispatched"),
            "alert_handle": self.tr("alerts handled"),
            "alarm_response": self.tr("NOT ACKNOWLEDGED alarms acted on"),
        }.get(measure.name, measure.name)
        if not measure.count:
            return self.tr("{what} within {target} s: none to measure").format(
                what=_capitalised(what), target=f"{measure.target_s:g}"
            )
        return self.tr(
            "{what} within {target} s: {within} of %n (target {pct} %)", "", measure.count
        ).format(
            what=_capitalised(what),
            target=f"{measure.target_s:g}",
            within=measure.within,
            pct=f"{measure.percentile:g}",
        )

    def _fail(self, text: str, exc: Exception) -> None:
        from console.reports.refusals import refusal_text

        _LOGGER.error("drill not started: %s", exc)
        shown = refusal_text(exc)  # a refusal (the role check's) in the console's language
        self.window.show_banner(text.format(err=shown))
        self.panel.set_message(shown)
        self.started.set()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def start_drill_console(
    window: MainWindow,
    site: Site,
    scenario_ref: str,
    store_url: str | None = None,
    operator: str = "operator",
    speed: float = 1.0,
    trainer: str | None = None,
) -> DrillSession:
    """The session ``console.app`` holds for ``--drill SCENARIO``: the drill starts at once.

    Raises ``ScenarioError`` for a scenario that cannot be loaded or does not
    fit the site.
    """
    from console.config.site import site_catalogue
    from models.drills.scenario import load_scenario
    from models.drills.site_check import site_facts, validate_against_site

    scenario = load_scenario(scenario_ref)
    validate_against_site(scenario, site_facts(site, site_catalogue(site)))
    return DrillSession(
        window, site, scenario, store_url, operator, speed=speed, autostart=True, trainer=trainer
    )
