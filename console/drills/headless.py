"""``dispatch-console drill run SCENARIO --headless``: a whole drill without a window.

Contract: ``run_headless(scenario, *, site_dir, store_url, report, speed,
out, err, os_user=None) -> exit code``. Loads the scenario and the site and checks one
against the other; opens the drill store with ``open_store(url,
purpose="drill")`` (default: a new SQLite file
``<user data dir>/drills/<scenario id>-<UTC yyyymmddTHHMMSSZ>.sqlite``; a
live store is refused by the store itself, and the live default store is
never opened); opens ``DrillFeeds`` and runs the console's services
(``DrillServices``) on the drill copy of the site; plays the scenario with
``DrillRunner`` at ``speed`` while the scripted ``Responder`` takes the calls
and alerts and ``CrewSimulator`` drives the units. The units are reached
over the drill's radio (``console.drills.radio_hook.open_drill_radio``: a
TETRA gateway on a pseudo-terminal, the console's own ``ReachService`` on
it): every dispatch is paged, the crews send their statuses over it, and a
unit in ``[crews] never_acknowledge`` never answers, so the NOT ACKNOWLEDGED
alarm is raised (``reach.timed_out``) and its crew stays put unless reached
by voice (``SilentCrews``). Then it scores the drill
from the store's committed log (``models.drills.scoring``) and writes both
reports: ``--report FILE.html`` or ``FILE.json`` (the other one beside it),
default beside a SQLite drill store (else in the drills folder). Prints a
summary. Exit 0 when the drill ran to its end (the score does not change
it), 1 when it ended on an error, 2 for a bad scenario, site, store, speed or
report name, or feeds that cannot be opened (no pseudo-terminals). The
summary names the NOT ACKNOWLEDGED alarms raised and how many nobody acted
on. ``language`` (a code, ``console.commands.language``) is installed first:
the reports are written in it (``console.reports.drill_texts``); None
installs nothing (English without a translator). The printed summary stays
English (it is for logs and CI).

It never prompts: it runs as the OS user (``os_user``, default the
process's) and, on PostgreSQL, the database role it connects with
(``models.operators.headless``). That identity must be allowed to run a
drill on the drill store (``drill.run``: an OS user linked to an operator
of the drill store needs the trainer or supervisor role; one who is no
operator holds the store); refused, it says why and exits 1 before
anything runs. Its first event ``headless.started`` names the identity,
and the trainer of ``drill.started`` and of every injection is its name.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from platformdirs import user_data_dir

from console.config.site import DEFAULT_SITE_DIR, Site, SiteError, load_site, site_catalogue
from console.drills.crews import CrewSimulator
from console.drills.feeds import DrillFeeds, FeedsError
from console.drills.radio_hook import SilentCrews, open_drill_radio
from console.drills.responder import RESPONDER, Responder
from console.drills.runner import DrillRunner
from console.drills.services import DrillServices
from models.drills.events import END_COMPLETED
from models.drills.scenario import Scenario, ScenarioError, load_scenario
from models.drills.site_check import site_facts, validate_against_site
from models.operators.headless import HeadlessIdentity, identify, started_event
from models.operators.manage import OperatorError
from models.operators.roles import Refused
from models.store import Store, StoreError, open_store

_LOGGER = logging.getLogger(__name__)

APP_NAME = "dispatch-console"
PROG = "dispatch-console drill run"


def drills_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "drills"


def report_paths(report: str | None, store: Store, base: Path) -> tuple[Path, Path]:
    """(json, html) report files: from ``--report``, beside a SQLite store, else ``base``."""
    if report is not None:
        chosen = Path(report)
        suffix = chosen.suffix.lower()
        if suffix not in (".html", ".htm", ".json"):
            raise ValueError(f"--report {report}: give FILE.html or FILE.json")
        if suffix == ".json":
            return chosen, chosen.with_suffix(".html")
        return chosen.with_suffix(".json"), chosen
    stem = store.path if store.path is not None else base
    return stem.with_suffix(".json"), stem.with_suffix(".html")


def run_headless(
    scenario_ref: str,
    *,
    site_dir: str | None = None,
    store_url: str | None = None,
    report: str | None = None,
    speed: float = 1.0,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    os_user: str | None = None,
    language: str | None = None,
) -> int:
    def fail(message: object) -> int:
        print(f"{PROG}: {message}", file=err)
        return 2

    if not speed > 0 or speed == float("inf"):
        return fail(f"--speed must be a positive number, not {speed}")
    if language is not None:  # the reports' language, installed before anything runs
        from console.reports.language import install_report_language

        install_report_language(language)
    try:
        scenario = load_scenario(scenario_ref)
        site = load_site(site_dir or DEFAULT_SITE_DIR)
        validate_against_site(scenario, site_facts(site, site_catalogue(site)))
    except (ScenarioError, SiteError) as exc:
        return fail(exc)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = drills_dir() / f"{scenario.id}-{stamp}"
    if store_url is None:
        try:
            base.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return fail(f"cannot create {base.parent}: {exc.strerror or exc}")
        store_url = f"sqlite:///{base.with_suffix('.sqlite')}"
    try:
        store = open_store(store_url, purpose="drill")
    except StoreError as exc:
        return fail(exc)
    try:
        json_path, html_path = report_paths(report, store, base)
    except ValueError as exc:
        store.close()
        return fail(exc)
    try:
        identity = identify(store, os_user)
        identity.check("drill.run")
    except (Refused, OperatorError) as exc:
        store.close()
        print(f"{PROG}: refused: {exc}", file=err)
        return 1
    try:
        reason = asyncio.run(_run(scenario, site, store, speed, identity))
        events = store.events_since(0)
    except FeedsError as exc:
        return fail(exc)
    finally:
        store.close()
    return _report(scenario, site, events, reason, store, json_path, html_path, out)


async def _run(
    scenario: Scenario, site: Site, store: Store, speed: float, identity: HeadlessIdentity
) -> str:
    feeds = await DrillFeeds.open(site)
    try:
        drill_site = feeds.drill_site()
        services = DrillServices(drill_site, store, RESPONDER)
        try:
            await services.start()
            started = started_event(identity, "drill run --headless", datetime.now(UTC))
            services.writer.submit(started)
            await services.wait_links_up()
            responder: Responder | None = None

            async def tidy_up() -> None:
                if responder is not None:
                    await responder.finish()

            runner = DrillRunner(
                scenario, feeds, services.writer,
                trainees=[RESPONDER], trainer=identity.name, speed=speed, before_end=tidy_up,
            )  # fmt: skip
            responder = Responder(services, scenario, runner.clock)
            radio = open_drill_radio(drill_site, scenario, speed)
            try:
                reach = radio.start_reach(drill_site, services.dispatch, services.catalogue)
                services.add_listener(reach.on_committed)
                crews = CrewSimulator(
                    drill_site, feeds, services.crew_dispatch, runner.clock, scenario.crews,
                    radio=radio.crews,
                )  # fmt: skip
                silent = SilentCrews(crews, scenario.crews.never_acknowledge)
                services.add_listener(silent.on_committed)
                services.add_listener(responder.on_committed)
                await runner.start()
                await runner.wait_ended()
                await crews.stop()
                await responder.stop()
            finally:
                await radio.close()  # before the writer closes: its last steps are stored
            return runner.reason or END_COMPLETED
        finally:
            await services.stop()
    finally:
        await feeds.close()


def _report(
    scenario: Scenario,
    site: Site,
    events: list,
    reason: str,
    store: Store,
    json_path: Path,
    html_path: Path,
    out: TextIO,
) -> int:
    from console.reports.drill_texts import write_drill_reports
    from models.drills.scoring import score_drill

    score = score_drill(scenario, events, {u.call_sign: u.unit_type for u in site.units})
    for path in (json_path, html_path):
        path.parent.mkdir(parents=True, exist_ok=True)
    names = {t.code: t.name for t in site_catalogue(site).incident_types()}
    write_drill_reports(score, scenario, json_path, html_path, names)
    verdict = "PASS" if score.passed else "FAIL"
    print(f"EXERCISE — drill {scenario.id} ({scenario.title}): {reason}", file=out)
    print(f"score {score.score:.0f}/100, {verdict}; {len(events)} events", file=out)
    if score.alarms:
        print(
            f"NOT ACKNOWLEDGED alarms: {len(score.alarms)} raised, "
            f"{score.unanswered_alarms} never acted on",
            file=out,
        )
    print(f"drill store: {store.where}", file=out)
    print(f"report: {html_path}", file=out)
    print(f"report: {json_path}", file=out)
    return 1 if reason.startswith("error") else 0
