"""``dispatch-console report STORE INCIDENT --out FILE.pdf [--site SITE] [--lang CODE]``.

Contract: ``report_command(store_url, incident_id, out, site_dir, stdout,
stderr, os_user=None, language=None) -> int`` opens the store (a path or a URL:
``console.config.store_argument``) as evidence, read-only and immutable
(``open_store_readonly(..., immutable=True)``: nothing is written, no
``-wal``/``-shm`` file appears beside an SQLite file; one with a non-empty
``-wal`` beside it is read without ``immutable``), loads the site (``None``:
the embedded default site) for the catalogue, the time zone and the map,
and writes the incident's PDF report to ``out``. Exit codes: 0 written (how
the store was opened and the path are printed on stdout); 1 no such
incident, a site that cannot be loaded or a PDF that cannot be written
(message on stderr), or refused: the runner lacks the right
(``console.commands.rights``: a live store's reports need the supervisor
role, a drill store's the trainer or supervisor role or the drill's own
trainer; an OS user who is no operator of the store acts with what they
hold; ``os_user`` default: the process's user); 2 the store argument names no store or the store
cannot be opened. Rendering needs no display: without one, Qt's offscreen
platform is used. ``language`` (a code, ``console.commands.language``) is
installed before the report is gathered, so its timeline (the event log's
sentences), headings and intervals are in that language, laid out right to
left in Hebrew and Arabic; None installs nothing (whatever is installed:
English from a shell without a translator). The messages on stdout and
stderr stay English (they are for scripts and logs).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from console.config.site import Site
    from models.store.replay_queries import ReadOnlyStore

_LOGGER = logging.getLogger(__name__)


def report_command(
    store_url: str,
    incident_id: str,
    out: str | Path,
    site_dir: str | Path | None,
    stdout: TextIO,
    stderr: TextIO,
    os_user: str | None = None,
    language: str | None = None,
) -> int:
    from console.commands.rights import refusal
    from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
    from console.config.store_argument import StoreArgumentError, store_url_from_argument
    from models.replay import open_store_readonly
    from models.store import StoreError

    try:
        url = store_url_from_argument(store_url, must_exist=True)
        store = open_store_readonly(url, immutable=True)  # a report never changes the store
    except (StoreArgumentError, StoreError) as exc:
        stderr.write(f"report: {exc}\n")
        return 2
    try:
        refused = refusal(store, "store.report", "drill.report", os_user)
        if refused is not None:
            stderr.write(f"report: refused: {refused}\n")
            return 1
        try:
            site = load_site(site_dir if site_dir is not None else DEFAULT_SITE_DIR)
        except SiteError as exc:
            stderr.write(f"report: {exc}\n")
            return 1
        return _write(store, incident_id, site, Path(out), stdout, stderr, language)
    finally:
        store.close()


def _write(
    store: ReadOnlyStore,
    incident_id: str,
    site: Site,
    out: Path,
    stdout: TextIO,
    stderr: TextIO,
    language: str | None = None,
) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from console.reports.incident import UnknownIncidentError, gather_report

    app = QApplication.instance() or QApplication([])
    if language is not None:  # before the timeline's sentences are made
        from console.commands.language import install_command_language

        install_command_language(language, app)
    try:
        data = gather_report(store, incident_id, site)
    except UnknownIncidentError as exc:
        stderr.write(f"report: {exc}\n")
        return 1
    from console.reports.incident import exercise_title
    from console.reports.incident_pdf import render_map_snapshot, write_report_pdf

    try:
        exercise = exercise_title(store)
        write_report_pdf(data, out, render_map_snapshot(data, site), exercise=exercise)
    except OSError as exc:
        stderr.write(f"report: {exc}\n")
        return 1
    del app
    stdout.write(f"store {store.where} opened {store.access}\n")
    stdout.write(f"report for {incident_id} written to {out}\n")
    return 0
