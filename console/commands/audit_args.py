"""The ``audit`` sub-commands' arguments, cheap to import (the CLI builds every parser).

Contract: ``add_audit_parser(subparsers)`` registers ``audit verify STORE
[--key FILE] [--checkpoints DIR]``, ``audit keygen FILE``, ``audit
export-checkpoints STORE DIR`` and ``audit redecode STORE ...``;
``audit_main(args, stdout, stderr)`` runs the one chosen
(``console.commands.audit``, ``console.commands.redecode``).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO


def _site_argument(text: str) -> str:
    if not text.strip():  # an empty site is refused, never the default
        raise argparse.ArgumentTypeError("the site is empty: give a site folder with site.toml")
    return text


def add_audit_parser(sub: Any) -> None:
    """Register ``audit`` and its sub-commands on the CLI's sub-parsers."""
    audit = sub.add_parser(
        "audit", help="audit a store: hash chain, signed checkpoints, re-decoding"
    )
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="AUDIT", required=True)
    redec = audit_sub.add_parser("redecode", help="decode stored frames again, list differences")
    redec.add_argument("redecode_store", metavar="STORE", help="store URL or SQLite file")
    redec.add_argument(
        "--protocol", dest="protocols", action="append", metavar="P", help="only this protocol"
    )
    redec.add_argument(
        "--site",
        type=_site_argument,
        dest="redecode_site",
        help="site folder: its ALI layouts and alarm grammars",
    )
    redec.add_argument("--json", dest="as_json", action="store_true", help="JSON output")
    ver = audit_sub.add_parser("verify", help="recompute the hash chain; exit 1 if it is broken")
    ver.add_argument("audit_store", metavar="STORE", help="store file or URL (read-only)")
    ver.add_argument(
        "--key", dest="audit_key", metavar="FILE", action="append",
        help="the recorder's public key (or its private key): check the signed checkpoints "
        "(again for each further key: a rotated one, a standby recorder's)",
    )  # fmt: skip
    ver.add_argument(
        "--checkpoints", dest="audit_checkpoints", metavar="DIR",
        help="exported checkpoint files (default: STORE.checkpoints beside an SQLite store)",
    )  # fmt: skip
    keygen = audit_sub.add_parser("keygen", help="make the recorder's checkpoint signing key")
    keygen.add_argument("keygen_file", metavar="FILE", help="private key file; FILE.pub: public")
    export = audit_sub.add_parser(
        "export-checkpoints", help="copy the log's signed checkpoints to files kept elsewhere"
    )
    export.add_argument("export_store", metavar="STORE", help="store file or URL (read-only)")
    export.add_argument("export_dir", metavar="DIR", help="folder for checkpoint-*.json files")


def audit_main(args: Any, stdout: TextIO, stderr: TextIO) -> int:
    """Run the ``audit`` sub-command ``args.audit_command`` (``add_audit_parser``)."""
    if args.audit_command == "redecode":
        from console.commands.redecode import redecode_command

        return redecode_command(
            args.redecode_store, args.protocols, args.as_json, stdout, stderr,
            args.redecode_site,
        )  # fmt: skip
    from console.commands.audit import (
        audit_export_command,
        audit_keygen_command,
        audit_verify_command,
    )

    if args.audit_command == "verify":
        return audit_verify_command(
            args.audit_store, stdout, stderr, args.audit_key, args.audit_checkpoints
        )
    if args.audit_command == "keygen":
        return audit_keygen_command(args.keygen_file, stdout, stderr)
    return audit_export_command(args.export_store, args.export_dir, stdout, stderr)
