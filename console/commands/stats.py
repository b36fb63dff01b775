"""``dispatch-console stats STORE [--from ISO] [--to ISO] [--json | --csv | --pdf FILE]``.

Contract: ``stats_command(store_url, start, end, output, pdf, site_dir,
supervisor, stdout, stderr) -> int`` opens the store (a path or a URL:
``console.config.store_argument``) read-only and immutable, like ``report``
and ``replay`` (nothing is written, no ``-wal``/``-shm`` file appears), loads
the site (None: the embedded default site) for the catalogue (incident type
names and disciplines), the units' stations, the time zone and the targets
(``models.stats.site_targets``: a site's ``[stats]`` table, else NFPA
defaults), and computes the period's figures (``models.stats.compute_stats``:
the response intervals of ``models.stats.definitions``). ``start``/``end``
are ISO 8601 texts (``2025-03-01``, ``2025-03-01T06:00``, with or without
an offset: without one, the site's local time); missing, the period runs
from the log's first event to just after its last. ``output``: ``text``
(a table on stdout), ``json`` (one JSON document on stdout), ``csv`` (CSV on
stdout, ``console.reports.stats_csv``) or ``pdf`` (the report with charts
written to ``pdf``, ``console.reports.stats_pdf``, in ``language``: a code
installed before the PDF is made, ``console.commands.language``; None
installs nothing; text, JSON and CSV are for programs and stay English).
Per-operator figures
(for training) only with ``supervisor``, and only for who may see them
(``console.commands.rights``, as ``report``: on a live store the supervisor
role, on a drill store the trainer or supervisor role or the drill's own
trainer; an OS user who is no operator of the store acts with what they
hold; ``os_user`` default: the process's user); the figures without them
need no role. Exit codes: 0 done; 1 a bad period, a site that cannot be
loaded, a file that cannot be written, or per-operator figures refused
(message on stderr); 2 the store argument names no store or the store
cannot be opened. A drill store gives the drill's figures on the
drill clock (pauses excluded) and says so.

Speed: the interval samples are kept per day in a cache file outside the
store (``models.stats.day_cache``, which says when it is used and when it
is thrown away): ``cache_dir``, else ``$DISPATCH_STATS_CACHE`` (``off``: no
cache), else the user's cache folder; ``use_cache=False`` reads the log
only. A period covering at least half the log builds or brings the cache up
to date (the first year's run reads the whole log once); a shorter one
uses it when it stands at the log's head, else reads its own window.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from console.config.site import Site
    from models.stats import PeriodStats, StatsContext
    from models.stats.day_cache import SampleCache
    from models.store import Store

_LOGGER = logging.getLogger(__name__)

OUTPUTS = ("text", "json", "csv", "pdf")
CACHE_ENV = "DISPATCH_STATS_CACHE"


class PeriodError(ValueError):
    """A --from/--to that is not a time, or a period that ends before it starts."""


def parse_time(text: str, zone: tzinfo) -> datetime:
    """An ISO 8601 date or time; without an offset it is local time in ``zone``."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(
            f"{text!r} is not an ISO 8601 date or time (e.g. 2025-03-01 or 2025-03-01T06:00)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when.astimezone(UTC)


def stats_context(site: Site | None) -> StatsContext:
    from models.dispatch.catalogue import CatalogueError, default_catalogue
    from models.stats import StatsContext, site_targets

    catalogue = default_catalogue()
    if site is not None:
        from console.config.site import site_catalogue

        try:
            catalogue = site_catalogue(site)
        except CatalogueError as exc:
            _LOGGER.warning("site catalogue unusable, using the embedded one: %s", exc)
    types = catalogue.incident_types()
    units = site.units if site is not None else ()
    return StatsContext(
        targets=site_targets(site),
        type_discipline={t.code: t.discipline for t in types},
        type_names={t.code: t.name for t in types},
        unit_station={u.call_sign: u.station_id for u in units},
        unit_discipline={u.call_sign: u.discipline for u in units},
        zone=site.tzinfo if site is not None else UTC,
    )


def _log_span(store: Store) -> tuple[datetime, datetime] | None:
    from sqlalchemy import func, select

    from models.store.schema import events_table as t

    with store.engine.connect() as conn:
        # Two statements: SQLite answers a lone min() or max() with one probe of the
        # rx_time index, but both in one statement with a scan of the whole table.
        first = conn.execute(select(func.min(t.c.rx_time))).scalar()
        last = conn.execute(select(func.max(t.c.rx_time))).scalar()
    if first is None or last is None:
        return None
    if isinstance(first, str):  # SQLite through a raw aggregate: the stored text
        from models.store.replay_queries import parse_sqlite_time

        first, last = parse_sqlite_time(first), parse_sqlite_time(last)
    aware = [w if w.tzinfo else w.replace(tzinfo=UTC) for w in (first, last)]
    return aware[0], aware[1] + timedelta(seconds=1)


def stats_command(
    store_url: str,
    start: str | None,
    end: str | None,
    output: str,
    pdf: str | Path | None,
    site_dir: str | Path | None,
    supervisor: bool,
    stdout: TextIO,
    stderr: TextIO,
    os_user: str | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    language: str | None = None,
) -> int:
    from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
    from console.config.store_argument import StoreArgumentError, store_url_from_argument
    from models.replay import open_store_readonly
    from models.store import StoreError

    if output not in OUTPUTS or (output == "pdf") != (pdf is not None):
        stderr.write("stats: choose one of --json, --csv or --pdf FILE\n")
        return 1
    try:
        url = store_url_from_argument(store_url, must_exist=True)
        store = open_store_readonly(url, immutable=True)  # statistics never change the store
    except (StoreArgumentError, StoreError) as exc:
        stderr.write(f"stats: {exc}\n")
        return 2
    try:
        if supervisor:
            from console.commands.rights import refusal

            refused = refusal(store, "store.report", "drill.report", os_user)
            if refused is not None:
                stderr.write(f"stats: refused: per-operator figures: {refused}\n")
                return 1
        try:
            site = load_site(site_dir if site_dir is not None else DEFAULT_SITE_DIR)
        except SiteError as exc:
            stderr.write(f"stats: {exc}\n")
            return 1
        context = stats_context(site)
        try:
            span = _log_span(store)
            lo = parse_time(start, context.zone) if start else (span[0] if span else None)
            hi = parse_time(end, context.zone) if end else (span[1] if span else None)
        except PeriodError as exc:
            stderr.write(f"stats: {exc}\n")
            return 1
        if lo is None or hi is None:
            lo = hi = datetime.now(UTC)
        if hi < lo:
            stderr.write(f"stats: the period ends ({hi.isoformat()}) before it starts\n")
            return 1
        from models.stats import compute_stats

        cache = sample_cache(cache_dir) if use_cache else None
        report = compute_stats(store, lo, hi, context, supervisor=supervisor, cache=cache)
        _LOGGER.info("stats: samples from %s (%d events read)", report.source, report.events_read)
        return _emit(
            report.summary, report.drill, context, output, pdf, store, stdout, stderr, language
        )
    finally:
        store.close()


def sample_cache(cache_dir: str | Path | None = None) -> SampleCache | None:
    """The per-day samples cache: ``cache_dir``, else ``$DISPATCH_STATS_CACHE`` (``off``: none),
    else the user's cache folder (``models.stats.day_cache.default_directory``)."""
    from models.stats.day_cache import SampleCache, default_directory

    if cache_dir is None:
        env = os.environ.get(CACHE_ENV, "").strip()
        if env.lower() == "off":
            return None
        cache_dir = env or default_directory()
    return SampleCache(cache_dir)


def _emit(
    stats: PeriodStats,
    drill: bool,
    context: StatsContext,
    output: str,
    pdf: str | Path | None,
    store: Store,
    stdout: TextIO,
    stderr: TextIO,
    language: str | None = None,
) -> int:
    if output == "json":
        doc = stats.to_dict()
        doc["store"] = store.where
        doc["drill"] = drill
        stdout.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
        return 0
    if output == "csv":
        from console.reports.stats_csv import write_stats_csv

        write_stats_csv(stats, stdout, context)
        return 0
    if output == "pdf":
        assert pdf is not None
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from console.reports.stats_pdf import write_stats_pdf

        app = QApplication.instance() or QApplication([])
        if language is not None:
            from console.commands.language import install_command_language

            install_command_language(language, app)
        try:
            write_stats_pdf(stats, pdf, context, drill=drill, store=store.where)
        except OSError as exc:
            stderr.write(f"stats: {exc}\n")
            return 1
        del app
        stdout.write(f"store {store.where} opened {getattr(store, 'access', 'read-only')}\n")
        stdout.write(f"statistics written to {pdf}\n")
        return 0
    stdout.write(text_table(stats, drill))
    return 0


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def excluded_text(stats: PeriodStats) -> str:
    """``"answering: no_ring_start 1, abandoned 1; turnout: stood_down 2"``."""
    return "; ".join(
        f"{key}: " + ", ".join(f"{reason} {n}" for reason, n in reasons.items())
        for key, reasons in stats.excluded_by_interval.items()
        if reasons
    )


def text_table(stats: PeriodStats, drill: bool = False) -> str:
    from models.stats import ROWS

    lines = [
        f"{'DRILL ' if drill else ''}statistics {stats.start.isoformat()} .. "
        f"{stats.end.isoformat()}",
        f"calls {stats.counts['calls']}, incidents {stats.counts['incidents']}, unit responses "
        f"{stats.counts['unit_responses']}, alerts {stats.counts['alerts']}",
        f"{'interval':<32}{'count':>7}{'median s':>10}{'p90 s':>9}{'target s':>10}{'within':>9}",
    ]
    for row in ROWS:
        s = stats.intervals[row.key]
        share = "—" if s.share is None else f"{s.share * 100:.1f} %"
        lines.append(
            f"{row.name:<32}{s.count:>7}{_seconds(s.median_s):>10}{_seconds(s.pct_s):>9}"
            f"{_seconds(s.target_s):>10}{share:>9}"
        )
    lines.append(f"not timed, never guessed: {excluded_text(stats) or 'none'}")
    return "\n".join(lines) + "\n"
