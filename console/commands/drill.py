"""``dispatch-console drill``: run a training drill, or list the shipped ones.

Contract: ``add_drill_parser(subparsers)`` adds ``drill run SCENARIO
[--headless] [--store URL] [--report FILE] [--speed N] [--site DIR]
[--lang CODE]`` and
``drill list`` to the CLI's sub-command parsers (destinations are prefixed
``drill_`` so they never clash with the top-level ``--site``/``--store``,
which are honoured as fallbacks; ``--store`` is a path or a URL,
``console.config.store_argument``, and one that names no store is refused
with exit 2 before anything starts). ``drill_command(args, out, err) -> exit
code``: ``list`` prints each shipped scenario's id and title (a scenario
that does not load is listed with its error, exit 1); ``run --headless``
is ``console.drills.headless.run_headless``; ``run`` without
``--headless`` opens the console window in drill mode (the same as
``dispatch-console --drill SCENARIO``; ``--report`` is then not used: the
reports go beside the drill store). ``--lang`` (else the top-level
``--lang``, else the language the console would choose:
``console.commands.language``) is the window's language, or the language of
the headless run's reports. Heavy imports happen inside the command.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO


def add_drill_parser(subparsers: Any) -> argparse.ArgumentParser:
    drill = subparsers.add_parser("drill", help="training drills on a separate drill store")
    sub = drill.add_subparsers(dest="drill_command", metavar="DRILL", required=True)
    run = sub.add_parser("run", help="run a drill scenario (an id from 'drill list' or a file)")
    run.add_argument("drill_scenario", metavar="SCENARIO", help="scenario id or .toml file")
    run.add_argument(
        "--headless",
        dest="drill_headless",
        action="store_true",
        help="no window: a scripted responder answers (for CI and demos)",
    )
    run.add_argument(
        "--store",
        dest="drill_store",
        metavar="STORE",
        help="drill store file or URL (default: a new file under the user data dir's drills/)",
    )
    run.add_argument(
        "--report",
        dest="drill_report",
        metavar="FILE",
        help="FILE.html or FILE.json; the other one is written beside it",
    )
    run.add_argument(
        "--speed",
        dest="drill_speed",
        type=float,
        default=1.0,
        metavar="N",
        help="drill clock speed (default 1: real time)",
    )
    run.add_argument(
        "--site",
        dest="drill_site",
        metavar="DIR",
        help="site folder or shipped site name (default: the scenario's site, else the demo)",
    )
    from console.commands.language import add_lang_argument

    add_lang_argument(run, "drill_lang")
    sub.add_parser("list", help="list the shipped drill scenarios")
    return drill


def drill_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    if args.drill_command == "list":
        return _list(out)
    site_dir = getattr(args, "drill_site", None) or getattr(args, "site", None)
    if site_dir is None and args.drill_command == "run":  # the scenario names its site
        from models.drills.scenario import ScenarioError, load_scenario

        try:
            named = load_scenario(args.drill_scenario).site
        except ScenarioError:
            named = None  # said below, where the scenario is loaded to run
        site_dir = named
    if site_dir is not None:
        from console.config.site import resolve_site_dir

        site_dir = str(resolve_site_dir(site_dir))  # a folder, or a shipped site's name
    store_arg = getattr(args, "drill_store", None)
    if store_arg is None:
        store_arg = getattr(args, "store", None)
    store_url: str | None = None
    if store_arg is not None:
        from console.config.store_argument import StoreArgumentError, store_url_from_argument

        try:
            store_url = store_url_from_argument(store_arg)
        except StoreArgumentError as exc:
            print(f"dispatch-console drill run: --store: {exc}", file=err)
            return 2
    if not getattr(args, "drill_headless", False):
        from console.app import run_console
        from models.drills.scenario import ScenarioError, load_scenario

        try:  # a bad scenario is said here, not in a window that then shows nothing
            load_scenario(args.drill_scenario)
        except ScenarioError as exc:
            print(f"dispatch-console drill run: {exc}", file=err)
            return 2

        return run_console(
            site_dir=site_dir,
            store_url=store_url,
            lang=getattr(args, "drill_lang", None) or getattr(args, "lang", None),
            theme=getattr(args, "theme", None),
            operator=getattr(args, "operator", None),
            drill=args.drill_scenario,
            speed=float(getattr(args, "drill_speed", 1.0)),
        )
    from console.commands.language import choose_command_language
    from console.drills.headless import run_headless

    language = choose_command_language(
        getattr(args, "drill_lang", None) or getattr(args, "lang", None)
    )
    return run_headless(
        args.drill_scenario,
        site_dir=site_dir,
        store_url=store_url,
        report=getattr(args, "drill_report", None),
        speed=float(getattr(args, "drill_speed", 1.0)),
        out=out,
        err=err,
        language=language,
    )


def _list(out: TextIO) -> int:
    from models.drills.scenario import ScenarioError, load_scenario, shipped_scenarios

    status = 0
    for path in shipped_scenarios():
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            print(f"{path.stem}\t(cannot be loaded: {exc})", file=out)
            status = 1
            continue
        print(f"{scenario.id}\t{scenario.title}", file=out)
    return status
