"""Links another process runs, as the log tells them: the Links dock of a position that
follows a recorder (``--recorder``, ``--links none``, a control room's positions).

Contract (GUI thread unless said; no I/O but ``seed``):

- ``LoggedLinks(links)``: the site's links this process does not run, as
  ``(name, protocol)`` pairs.
- ``seed(store)`` (a worker thread): the newest stored ``link.state`` of each, so the
  dock says how each link stood before this console started. A store that cannot be
  read leaves them "unknown" (logged); it never raises.
- ``on_states(events)``: committed events; each ``link.state`` of one of these links
  (source ``link:<name>``) sets its state, endpoint and error as stored.
- ``on_views(views)``: committed event-log rows; each ``frame.*`` from one of these
  links counts as a frame received since this console started (``frame.rejected`` also
  as an error) and dates its last frame.
- ``views(now)``: one ``LinkView`` per link, in the order given: its state as last
  stored ("unknown" until the log says), endpoint, frames and errors counted here,
  the age of its last frame, and a note that another process runs it and the row is
  read from the log (byte counts are that process's: shown as 0).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from widgets.views import EventView, LinkView

_LOGGER = logging.getLogger(__name__)
_PREFIX = "link:"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsoleSession", text)


@dataclass
class _Logged:
    protocol: str = ""
    state: str = "unknown"
    endpoint: str = ""
    error: str | None = None
    frames: int = 0
    errors: int = 0
    last_frame: float | None = None  # time.monotonic() of the newest frame seen


class LoggedLinks:
    def __init__(
        self, links: Iterable[tuple[str, str]], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._links = {name: _Logged(protocol=protocol) for name, protocol in links}
        self._clock = clock

    def names(self) -> list[str]:
        return list(self._links)

    def seed(self, store: Any) -> None:
        for name in list(self._links):
            try:
                newest = store.latest_events(1, ["link.state"], f"{_PREFIX}{name}")
            except Exception as exc:  # the dock says "unknown"; the log will tell
                _LOGGER.warning("link states not read from the store: %s", exc)
                return
            if newest:
                self._apply_state(name, newest[0].payload or {})

    def on_states(self, events: Sequence[Any]) -> None:
        for event in events:
            if event.kind != "link.state" or not event.source.startswith(_PREFIX):
                continue
            name = event.source[len(_PREFIX) :]
            if name in self._links:
                self._apply_state(name, event.payload or {})

    def _apply_state(self, name: str, payload: dict[str, Any]) -> None:
        logged = self._links[name]
        logged.state = str(payload.get("state") or "unknown")
        logged.endpoint = str(payload.get("endpoint") or logged.endpoint)
        error = payload.get("error")
        logged.error = str(error) if error else None

    def on_views(self, views: Sequence[EventView]) -> None:
        links = self._links
        if not links:
            return
        # Counted per (source, kind) first: a storm's batch is hundreds of frames of two
        # or three links, so the per-row work is one tuple and one dict step.
        counts = Counter((view.source, view.kind) for view in views)
        now: float | None = None
        for (source, kind), n in counts.items():
            if not kind.startswith("frame.") or not source.startswith(_PREFIX):
                continue
            logged = links.get(source[len(_PREFIX) :])
            if logged is None:
                continue
            logged.frames += n
            if now is None:
                now = self._clock()
            logged.last_frame = now
            if kind == "frame.rejected":
                logged.errors += n

    def views(self) -> list[LinkView]:
        now = self._clock()
        note = _tr("run by another process (the recorder): as the log tells it")
        return [
            LinkView(
                name=name,
                endpoint=logged.endpoint,
                protocol=logged.protocol,
                state=logged.state,
                bytes_in=0,
                frames=logged.frames,
                errors=logged.errors,
                last_error=logged.error,
                last_frame_age_s=None if logged.last_frame is None else now - logged.last_frame,
                notes=(note,),
            )
            for name, logged in self._links.items()
        ]
