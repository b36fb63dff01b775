"""Command line of ``dispatch-console``.

Contract: ``main(argv) -> exit code``. Without a sub-command it starts the
console window on a site (``--site``, default: the embedded default site)
and a store (``--store``, default: a SQLite file in the user data dir).
Every store argument, of the console and of every sub-command, is a file
path or a store URL, read by ``console.config.store_argument``; one that
names no store (empty, a folder, a FIFO, a device, a socket, a file in a
folder that does not exist, an unsupported URL) is refused on stderr with
exit 2 before any window opens or any link starts (a store that exists but
cannot be opened is still the console's banner).
Sub-commands: ``decode PROTOCOL [FILE ...]`` (JSON lines for people debugging
a feed), ``import-osm FILE --out SITE_DIR`` (build a site's road layer), and
``record`` (run the site's links into the store without a GUI),
``recommend --type CODE --at LAT,LON [--json]`` (which units to send),
``geocode QUERY|- [--limit N] [--json]`` and ``reverse LAT,LON|- [--json]``
(the site's places index, for people debugging a site's data). ``report``,
``stats --pdf`` and ``drill run`` take ``--lang CODE`` (or the top-level
``--lang``; default: the language the console would choose, never
remembered: ``console.commands.language``) and write their reports in it. Heavy
imports happen inside each command so ``decode`` starts fast and needs no Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

_LOGGER = logging.getLogger(__name__)


def _lang_argument(text: str) -> str:
    """A language code the console speaks (Qt is imported only when --lang is given)."""
    from console.config.languages import parse_language

    return parse_language(text)  # an unknown code: argparse.ArgumentTypeError, with the choices


def _site_argument(text: str) -> str:
    """A site folder given on the command line; an empty one is refused, never the default."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the site is empty: give a site folder with site.toml")
    from console.config.site import resolve_site_dir

    return str(resolve_site_dir(text))


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch-console",
        description="Emergency-dispatch console: live map, units, caller locations and alerts.",
    )
    parser.add_argument(
        "--site",
        type=_site_argument,
        help="site folder with site.toml, or the name of a shipped site (helsinki, jerusalem; "
        "default: the embedded demo site)",
    )
    parser.add_argument(
        "--store",
        help="store file or URL, e.g. /srv/live.sqlite or postgresql://host/dispatch "
        "(default: live.sqlite in user data dir)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="start offscreen, wait until the window has painted, save it to FILE and exit",
    )
    parser.add_argument(
        "--geometry",
        metavar="WxH",
        help="window size for --screenshot, e.g. 1366x768 (default 1920x1080)",
    )
    parser.add_argument("--theme", choices=["day", "night"], help="colour theme (remembered)")
    parser.add_argument(
        "--lang",
        type=_lang_argument,
        metavar="CODE",
        help="language: en, he, ar, cs, fr, sr (Cyrillic), sr_Latn (remembered; default: "
        "the system's when supported, else en)",
    )
    parser.add_argument(
        "--operator",
        help=(
            "pre-fills the sign-in name on a live store; the name drills and screenshots "
            "act under (default: the OS user)"
        ),
    )
    parser.add_argument(
        "--replay",
        metavar="STORE",
        help="open STORE (file or URL) read-only in a replay window with a timeline",
    )
    parser.add_argument(
        "--links",
        metavar="all|none|NAME,...",
        help="which of the site's links this process runs (default: all); in a control room "
        "the recorder runs them and the positions use --links none",
    )
    parser.add_argument(
        "--recorder",
        action="store_true",
        help="run the site's links (those of --links) in a recorder process started beside "
        "the console, which follows the store: the screen stays responsive under a radar "
        "storm; a recorder that stops is restarted, and the banner says so",
    )
    parser.add_argument(
        "--drill",
        metavar="SCENARIO",
        help="start the console with this drill running (its own drill store, marked DRILL)",
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, help="drill clock speed with --drill (default 1)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from console.commands.drill import add_drill_parser

    add_drill_parser(sub)

    decode = sub.add_parser("decode", help="decode a raw feed to JSON lines (stdin if no file)")
    decode.add_argument("protocol", help="protocol name, e.g. nmea")
    decode.add_argument("files", nargs="*", help="raw capture files; standard input when none")

    imp = sub.add_parser("import-osm", help="build a site's road layer from an OSM extract")
    imp.add_argument("osm_file", help=".osm.pbf, .osm, .osm.gz or .osm.bz2 file")
    imp.add_argument("--out", required=True, help="site folder to write roads.npz (and site.toml)")

    from console.commands.record_args import add_record_parser

    add_record_parser(sub)

    recm = sub.add_parser("recommend", help="recommend units for an incident type at a place")
    recm.add_argument(
        "--site",
        type=_site_argument,
        dest="recommend_site",
        help="site folder (default: embedded demo)",
    )
    recm.add_argument("--type", dest="type_code", required=True, help="incident type code")
    recm.add_argument("--at", required=True, metavar="LAT,LON", help="incident position")
    recm.add_argument("--json", dest="as_json", action="store_true", help="JSON output")
    for name, helptext, metavar in (
        ("geocode", "find places in the site's places index", "QUERY"),
        ("reverse", "name a position by its nearest street", "LAT,LON"),
    ):
        geo = sub.add_parser(name, help=helptext)
        geo.add_argument(
            "geo_query", metavar=metavar, help=f"{metavar}, or - to read one per line from stdin"
        )
        geo.add_argument(
            "--site", type=_site_argument, dest="geo_site", metavar="SITE", help="site folder"
        )
        geo.add_argument("--json", dest="as_json", action="store_true", help="JSON output")
        if name == "geocode":
            geo.add_argument("--limit", type=int, default=10, help="results per query (10)")
    rep = sub.add_parser("report", help="write an incident report (PDF) from a store")
    rep.add_argument("report_store", metavar="STORE", help="store URL or SQLite file")
    rep.add_argument("incident_id", metavar="INCIDENT", help="incident id, e.g. 2026-000123")
    rep.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    rep.add_argument(
        "--site",
        type=_site_argument,
        dest="report_site",
        help="site folder (default: embedded demo)",
    )
    from console.commands.language import add_lang_argument

    add_lang_argument(rep, "report_lang")

    stats = sub.add_parser("stats", help="response-time statistics (NFPA 1221/1710) of a period")
    stats.add_argument("stats_store", metavar="STORE", help="store URL or SQLite file")
    stats.add_argument(
        "--from",
        dest="stats_from",
        metavar="ISO",
        help="period start, e.g. 2026-03-01 (site time; default: the log's start)",
    )
    stats.add_argument(
        "--to",
        dest="stats_to",
        metavar="ISO",
        help="period end, exclusive (default: after the log's last event)",
    )
    stats_out = stats.add_mutually_exclusive_group()
    stats_out.add_argument(
        "--json",
        dest="stats_output",
        action="store_const",
        const="json",
        help="print one JSON document",
    )
    stats_out.add_argument(
        "--csv", dest="stats_output", action="store_const", const="csv", help="print CSV"
    )
    stats_out.add_argument(
        "--pdf", dest="stats_pdf", metavar="FILE", help="write the report with charts to FILE"
    )
    stats.add_argument(
        "--supervisor",
        dest="stats_supervisor",
        action="store_true",
        help="add per-operator figures (supervisors only)",
    )
    stats.add_argument(
        "--site",
        type=_site_argument,
        dest="stats_site",
        help="site folder (default: embedded demo)",
    )
    stats.add_argument(
        "--no-cache",
        dest="stats_no_cache",
        action="store_true",
        help="read the log only: neither read nor write the per-day samples cache",
    )
    add_lang_argument(stats, "stats_lang")

    from console.commands.audit_args import add_audit_parser

    add_audit_parser(sub)

    from console.commands.operators import add_parser as add_operators_parser

    add_operators_parser(sub)

    rpl = sub.add_parser("replay", help="print what the console showed at a past moment")
    rpl.add_argument("replay_store", metavar="STORE", help="store file or URL (read-only)")
    rpl.add_argument("--at", required=True, metavar="ISO8601", help="e.g. 2026-05-01T12:30:00Z")
    rpl.add_argument("--json", dest="as_json", action="store_true", help="one JSON object")
    rpl.add_argument(
        "--site",
        type=_site_argument,
        dest="replay_site",
        help="site folder (default: embedded demo)",
    )
    return parser


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:
        # Each open runs the migration check; its plugin chatter helps only when debugging.
        logging.getLogger("alembic").setLevel(logging.WARNING)


def _store_url(text: str | None, option: str, must_exist: bool = False) -> str | None:
    """``text`` as a store URL (None stays None); ``StoreArgumentError`` names ``option``."""
    from console.config.store_argument import StoreArgumentError, store_url_from_argument

    if text is None:
        return None
    try:
        return store_url_from_argument(text, must_exist=must_exist)
    except StoreArgumentError as exc:
        raise StoreArgumentError(f"{option}: {exc}") from exc


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "decode":
        from console.commands.decode import decode_command

        return decode_command(args.protocol, args.files, sys.stdin.buffer, sys.stdout)
    _configure_logging(args.verbose)
    if args.command == "import-osm":
        from console.commands.import_osm import import_osm_command

        return import_osm_command(args.osm_file, args.out)
    if args.command in ("geocode", "reverse"):
        from console.commands.geocode import geocode_command, reverse_command

        site = args.geo_site or args.site
        if args.command == "geocode":
            return geocode_command(
                args.geo_query,
                site,
                args.limit,
                args.as_json,
                sys.stdin,
                sys.stdout,
                sys.stderr,
                language=args.lang,
            )
        return reverse_command(
            args.geo_query,
            site,
            args.as_json,
            sys.stdin,
            sys.stdout,
            sys.stderr,
            language=args.lang,
        )
    if args.command == "report":
        from console.commands.language import choose_command_language
        from console.commands.report import report_command

        return report_command(
            args.report_store,
            args.incident_id,
            args.out,
            args.report_site or args.site,
            sys.stdout,
            sys.stderr,
            language=choose_command_language(args.report_lang or args.lang),
        )
    if args.command == "stats":
        from console.commands.stats import stats_command

        output = "pdf" if args.stats_pdf else (args.stats_output or "text")
        language = None
        if output == "pdf":  # the other outputs are for programs: English
            from console.commands.language import choose_command_language

            language = choose_command_language(args.stats_lang or args.lang)
        return stats_command(
            args.stats_store, args.stats_from, args.stats_to, output, args.stats_pdf,
            args.stats_site or args.site, args.stats_supervisor, sys.stdout, sys.stderr,
            use_cache=not args.stats_no_cache, language=language,
        )  # fmt: skip
    if args.command == "audit":
        from console.commands.audit_args import audit_main

        return audit_main(args, sys.stdout, sys.stderr)
    if args.command == "operators":
        from console.commands.operators import operators_command

        return operators_command(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "replay":
        from console.commands.replay import replay_command

        return replay_command(
            args.replay_store, args.at, args.as_json, sys.stdout, sys.stderr,
            site_dir=args.replay_site or args.site,
        )  # fmt: skip
    if args.command == "record":
        from console.commands.record import record_main

        return record_main(args)
    if args.command == "drill":
        from console.commands.drill import drill_command

        return drill_command(args)
    if args.command == "recommend":
        from console.commands.recommend import recommend_command

        return recommend_command(
            args.recommend_site or args.site,
            args.type_code,
            args.at,
            args.as_json,
            sys.stdout,
            sys.stderr,
        )
    from console.config.store_argument import StoreArgumentError

    try:  # before the window: a store argument that names no store is not a banner
        store_url = _store_url(args.store, "--store")
        replay = _store_url(args.replay, "--replay", must_exist=True)
    except StoreArgumentError as exc:
        print(f"dispatch-console: {exc}", file=sys.stderr)
        return 2
    from console.app import run_console

    return run_console(
        site_dir=args.site,
        store_url=store_url,
        screenshot=args.screenshot,
        geometry=args.geometry,
        lang=args.lang,
        theme=args.theme,
        operator=args.operator,
        replay=replay,
        links=args.links,
        drill=args.drill,
        speed=args.speed,
        recorder=args.recorder,
    )


if __name__ == "__main__":
    sys.exit(main())
