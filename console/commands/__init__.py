"""Command-line sub-commands of ``dispatch-console`` (no Qt, no GUI).

Role: plain functions taking parsed arguments and streams, returning an exit
code, so that ``console.cli`` only wires argparse to them and tests can call
them directly.
"""

from __future__ import annotations

from console.commands.decode import decode_command

__all__ = ["decode_command"]
