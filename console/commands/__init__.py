"""Command-line sub-commands of ``dispatch-console`` (no Qt, no GUI).

Role: plain functions taking parsed arguments and streams, returning an exit
code, so that ``console.cli`` only wires argparse to them and tests can call
them directly. Each module is imported only by the command that runs it, so
a command pays for its own imports only (``record``'s start time matters in
a control room).
"""
