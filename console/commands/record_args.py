"""The ``record`` sub-command's arguments, cheap to import (the CLI builds every parser).

Contract: ``add_record_parser(subparsers)`` registers ``record [--site DIR]
[--store STORE] [--links all|none|NAME,...] [--signing-key FILE]
[--checkpoint-every N] [--checkpoint-seconds S] [--checkpoint-dir DIR]``
(destinations prefixed ``record_``); ``console.commands.record.record_main
(args)`` runs the recorder with them. ``CHECKPOINT_EVENTS`` and
``CHECKPOINT_SECONDS`` are the defaults of the signed checkpoints' interval.
"""

from __future__ import annotations

import argparse
from typing import Any

CHECKPOINT_EVENTS = 10_000
CHECKPOINT_SECONDS = 300.0


def _site_argument(text: str) -> str:
    if not text.strip():  # an empty site is refused, never the default
        raise argparse.ArgumentTypeError("the site is empty: give a site folder with site.toml")
    return text


def add_record_parser(sub: Any) -> None:
    """Register ``record`` on the CLI's sub-parsers (destinations prefixed ``record_``)."""
    rec = sub.add_parser("record", help="run the site's links into the store without a GUI")
    rec.add_argument(
        "--site",
        type=_site_argument,
        dest="record_site",
        help="site folder (default: embedded demo)",
    )
    rec.add_argument("--store", dest="record_store", help="store file or URL")
    rec.add_argument(
        "--links",
        dest="record_links",
        metavar="all|none|NAME,...",
        help="which of the site's links to run (default: all)",
    )
    rec.add_argument(
        "--signing-key",
        dest="record_signing_key",
        metavar="FILE",
        help="the recorder's Ed25519 private key (audit keygen): sign checkpoints of the log",
    )
    rec.add_argument(
        "--checkpoint-every",
        dest="record_checkpoint_events",
        type=int,
        default=CHECKPOINT_EVENTS,
        metavar="N",
        help=f"sign a checkpoint every N events (default {CHECKPOINT_EVENTS:,})",
    )
    rec.add_argument(
        "--checkpoint-seconds",
        dest="record_checkpoint_seconds",
        type=float,
        default=CHECKPOINT_SECONDS,
        metavar="S",
        help=f"... or every S seconds when the log grew (default {CHECKPOINT_SECONDS:.0f})",
    )
    rec.add_argument(
        "--checkpoint-dir",
        dest="record_checkpoint_dir",
        metavar="DIR",
        help="export checkpoint files here (default: STORE.checkpoints beside an SQLite store)",
    )
