"""``dispatch-console report STORE INCIDENT --out FILE.pdf [--site SITE]``: an incident report.

Contract: ``report_command(store_url, incident_id, out, site_dir, stdout,
stderr) -> int`` opens the store (a plain path is taken as a SQLite file),
loads the site (``None``: the embedded default site) for the catalogue, the
time zone and the map, and writes the incident's PDF report to ``out``.
Exit codes: 0 written (the path is printed on stdout); 1 no such incident,
a site that cannot be loaded or a PDF that cannot be written (message on
stderr); 2 the store cannot be opened. Rendering needs no display: without
one, Qt's offscreen platform is used.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from console.config.site import Site
    from models.store import Store

_LOGGER = logging.getLogger(__name__)


def store_url_of(text: str) -> str:
    """A SQLAlchemy URL as given, or a file path turned into a SQLite URL."""
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def report_command(
    store_url: str,
    incident_id: str,
    out: str | Path,
    site_dir: str | Path | None,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
    from models.replay import open_store_readonly
    from models.store import StoreError

    url = store_url_of(store_url)
    if "://" not in store_url and not Path(store_url).is_file():
        stderr.write(f"report: no store at {store_url}\n")
        return 2
    try:
        store = open_store_readonly(url)  # a report never changes the store
    except StoreError as exc:
        stderr.write(f"report: {exc}\n")
        return 2
    try:
        try:
            site = load_site(site_dir if site_dir is not None else DEFAULT_SITE_DIR)
        except SiteError as exc:
            stderr.write(f"report: {exc}\n")
            return 1
        return _write(store, incident_id, site, Path(out), stdout, stderr)
    finally:
        store.close()


def _write(
    store: Store, incident_id: str, site: Site, out: Path, stdout: TextIO, stderr: TextIO
) -> int:
    from console.reports.incident_data import UnknownIncidentError, gather_report

    try:
        data = gather_report(store, incident_id, site)
    except UnknownIncidentError as exc:
        stderr.write(f"report: {exc}\n")
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from console.reports.incident_pdf import render_map_snapshot, write_report_pdf

    app = QApplication.instance() or QApplication([])
    try:
        write_report_pdf(data, out, render_map_snapshot(data, site))
    except OSError as exc:
        stderr.write(f"report: {exc}\n")
        return 1
    del app
    stdout.write(f"report for {incident_id} written to {out}\n")
    return 0
