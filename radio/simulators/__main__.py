"""``python -m radio.simulators espa|tetra|partner [options]``: a simulated device.

Role: let a technician or a trainer point the console (or ``screen``,
``minicom``, a drill) at a paging system or a TETRA gateway without the
hardware. Prints the pseudo-terminal's path (the "serial port" to open) and
then one line per thing the device does, until Ctrl-C.

Options: ``--fault`` (ESPA: nak, busy, invalid, silence, garbage; TETRA:
error, silence, garbage), ``--never-acknowledge ADDRESS`` (repeatable: a
pager or a unit that never acknowledges), and for TETRA ``--status
ISSI=VALUE@SECONDS`` (repeatable: a unit sends a pre-coded status that many
seconds after the start, e.g. ``2001=32773@10`` for status 3 after 10 s).
``partner`` is a partner control room for CAD-to-CAD
(``radio.simulators.partner_console``): it listens on ``--port`` (HTTPS with
``--tls-cert``/``--tls-key``), takes EIDOs with the bearer ``--token``, prints
the URL to put in ``[[http.partners]] url`` and a line per EIDO, and posts
``--answer`` (accepted, rejected, completed, none) ``--after`` seconds later to
``--reply-url`` with ``--reply-token`` (``--reply-ca``: the console's
certificate); ``--fault`` unavailable, silence or garbage.
Exit code 0 on Ctrl-C, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from radio.simulators.paging_system import PagingSystem
from radio.simulators.pty import PtyPeer
from radio.simulators.tetra_gateway import TetraGateway


def _status(text: str) -> tuple[str, int, float]:
    try:
        who, rest = text.split("=", 1)
        value, when = rest.split("@", 1)
        return who, int(value, 0), float(when)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected ISSI=VALUE@SECONDS, not {text!r}") from None


def _received(device: PagingSystem | TetraGateway) -> list[object]:
    """A copy of what the device has taken so far: ESPA calls, or TETRA texts."""
    if isinstance(device, PagingSystem):
        return [(block.call_address, block.text) for block in device.calls]
    return list(device.texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m radio.simulators")
    parser.add_argument("device", choices=("espa", "tetra", "partner"))
    parser.add_argument("--fault", default=None)
    parser.add_argument("--never-acknowledge", action="append", default=[])
    parser.add_argument("--status", action="append", type=_status, default=[])
    partner = parser.add_argument_group("partner")
    partner.add_argument("--host", default="127.0.0.1")
    partner.add_argument("--port", type=int, default=0)
    partner.add_argument("--tls-cert", type=Path)
    partner.add_argument("--tls-key", type=Path)
    partner.add_argument("--token")
    partner.add_argument("--answer", default="accepted")
    partner.add_argument("--after", type=float, default=1.0)
    partner.add_argument("--reply-url")
    partner.add_argument("--reply-token")
    partner.add_argument("--reply-ca", type=Path)
    args = parser.parse_args(argv)
    if args.device == "partner":
        return _partner(parser, args)
    never = frozenset(args.never_acknowledge)
    device: PagingSystem | TetraGateway
    if args.device == "espa":
        device = PagingSystem(never_acknowledge=never)
        faults = (None, "nak", "busy", "invalid", "silence", "garbage")
    else:
        device = TetraGateway(never_acknowledge=never)
        faults = (None, "error", "silence", "garbage")
    if args.fault not in faults:
        parser.error(f"--fault for {args.device}: one of {', '.join(f for f in faults if f)}")
    device.fault = args.fault
    pending = sorted(args.status, key=lambda item: item[2])
    with PtyPeer(device) as peer:
        print(peer.path, flush=True)
        start = time.monotonic()
        seen = 0
        try:
            while True:
                time.sleep(0.1)
                elapsed = time.monotonic() - start
                while pending and pending[0][2] <= elapsed and isinstance(device, TetraGateway):
                    who, value, _ = pending.pop(0)
                    peer.call(device.send_status, who, value)
                    print(f"{elapsed:8.1f}s status {value} from {who}", flush=True)
                received = peer.call(_received, device)
                for item in received[seen:]:
                    print(f"{elapsed:8.1f}s received {item!r}", flush=True)
                seen = len(received)
        except KeyboardInterrupt:
            return 0


def _partner(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    import asyncio

    from radio.simulators.partner_console import FAULTS, PartnerConsole, _run_forever

    if args.fault is not None and args.fault not in FAULTS:
        parser.error(f"--fault for partner: one of {', '.join(FAULTS)}")
    if args.answer not in ("accepted", "rejected", "completed", "none"):
        parser.error("--answer: one of accepted, rejected, completed, none")
    console = PartnerConsole(
        args.token,
        args.answer,
        args.after,
        args.reply_url,
        args.reply_token,
        args.reply_ca,
        args.fault,
    )
    listen = {
        "host": args.host,
        "port": args.port,
        "tls_cert": args.tls_cert,
        "tls_key": args.tls_key,
    }
    try:
        asyncio.run(_run_forever(console, **listen))
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
