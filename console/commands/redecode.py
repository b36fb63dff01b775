"""``dispatch-console audit redecode STORE [--protocol P] [--json]``: re-decode stored frames.

Contract: ``redecode_command(store_url, protocols, as_json, stdout, stderr,
site_dir=None) -> int`` opens the store (a path or a URL:
``console.config.store_argument``) as evidence, read-only and immutable like
``audit verify`` (the table ends with how it was opened; the JSON has it as
``store``), decodes every stored frame again with today's codecs
(``console.reports.redecode.redecode``; with ``site_dir`` the site's own ALI
layouts and alarm grammars are used for its links) and prints the counts
per protocol and one line per difference, or with ``as_json`` one JSON
object (``RedecodeReport.to_dict()``). Exit codes: 0 no differences, 1 some
differences, 2 the store (or the site) cannot be opened or a protocol name
is unknown.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from console.config.store_argument import StoreArgumentError, store_url_from_argument

_LOGGER = logging.getLogger(__name__)

_COLUMNS = (
    ("frames", "frames"),
    ("decoded_before", "decoded then"),
    ("decoded_now", "decoded now"),
    ("unchanged", "same"),
    ("decoded_to_rejected", "now rejected"),
    ("rejected_to_decoded", "now decoded"),
    ("payload", "payload"),
    ("reason", "reason"),
)


def redecode_command(
    store_url: str,
    protocols: Sequence[str] | None,
    as_json: bool,
    stdout: TextIO,
    stderr: TextIO,
    site_dir: str | Path | None = None,
) -> int:
    from console.reports.redecode import Resolver, redecode, site_resolver
    from models.replay import open_store_readonly
    from models.store import StoreError
    from radio.protocols import PROTOCOLS, known_protocols

    unknown = [p for p in protocols or () if p not in PROTOCOLS]
    if unknown:
        stderr.write(
            f"audit redecode: unknown protocol {unknown[0]!r}; known: {known_protocols()}\n"
        )
        return 2
    resolve: Resolver | None = None
    if site_dir is not None:
        from console.config.site import SiteError, load_site

        try:
            resolve = site_resolver(load_site(site_dir))
        except SiteError as exc:
            stderr.write(f"audit redecode: {exc}\n")
            return 2
    try:
        url = store_url_from_argument(store_url, must_exist=True)
        store = open_store_readonly(url, immutable=True)  # an audit never writes
    except (StoreArgumentError, StoreError) as exc:
        stderr.write(f"audit redecode: {exc}\n")
        return 2
    try:
        report = redecode(store, protocols or None, resolve)
    finally:
        store.close()
    opened = {"where": store.where, "access": store.access}
    if as_json:
        doc = {**report.to_dict(), "store": opened}
        stdout.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    else:
        _write_table(report, stdout)
        stdout.write(f"store {store.where} opened {store.access}\n")
    return 1 if report.differences else 0


def _write_table(report: object, out: TextIO) -> None:
    from console.reports.redecode import RedecodeReport

    assert isinstance(report, RedecodeReport)
    out.write(f"{report.frames} frames decoded again\n")
    for why, count in sorted(report.skipped.items()):
        out.write(f"{count} skipped: {why}\n")
    header = ["protocol", *(label for _, label in _COLUMNS)]
    rows = [
        [name, *(str(getattr(counts, attr)) for attr, _ in _COLUMNS)]
        for name, counts in sorted(report.per_protocol.items())
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        out.write(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
        out.write("\n")
    if report.differences:
        out.write(f"{len(report.differences)} differences:\n")
        for diff in report.differences:
            out.write(f"  {diff.text()}\n")
    else:
        out.write("no differences\n")
