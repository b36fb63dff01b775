"""The application layer: the console's shell and its rooms.

The shell at this level: ``cli`` (``dispatch-console`` and its sub-commands),
``__main__``, ``app`` (starts the window on a qasync loop, picks the live,
replay or drill session) and ``main_window`` (the window's layout: widgets
only, nothing of sessions or services).

The rooms, highest first; each imports only from the rooms below it (an
import-linter contract in ``pyproject.toml`` keeps it so):

- ``commands``: the sub-commands (plain functions, no GUI);
- ``session``: live, replay and drill sessions, the Qt bridge, link
  ownership; builds the controllers and never imports back;
- ``drills`` (the Qt-free runner side of drills) beside ``controllers``
  (widget intents -> service actions, the command grammar, the unit roster);
- ``services``: operator intents and link frames -> validated, committed
  events (dispatch, calls, alerts, sensors, ingest);
- ``reports``: incident reports, re-decoding, frame detail, event summaries;
- ``config``: ``site.toml`` and the settings it holds.
"""
