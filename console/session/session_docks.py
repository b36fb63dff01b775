"""The session's docks between their refresh ticks (a mixin of ``ConsoleSession``,
kept apart so live.py stays readable).

Contract: data arrives at its own rate and the text docks are refreshed on
the session's timers (``EVENT_LOG_REFRESH_MS``, ``UNIT_BOARD_REFRESH_MS``,
``LINK_STATUS_REFRESH_MS``): ``_on_event_timer_timeout`` appends the event
rows gathered since (``_pending_events``) in one burst and updates the
store's count; ``_on_board_timer_timeout`` repaints the units gathered
(``_pending_board``) as the roster has them now, so a status committed
meanwhile is never painted over; ``_on_link_timer_timeout`` shows every
link: those another process runs (from the log) and this position's own.
``_on_snapshot_timer_timeout`` (``SNAPSHOT_REFRESH_MS``) trims the pictures
and writes new snapshots on a worker thread, one at a time and never while
the store is offline; a failure is logged and the next tick tries again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from console.session.link_ownership import link_names

_LOGGER = logging.getLogger("console.session.live")


def _log_snapshot_failure(future: asyncio.Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        _LOGGER.warning("picture snapshots not refreshed: %s", future.exception())


class SessionDocks:
    """Mixed into ``ConsoleSession``: the attributes it reads are the session's."""

    window: Any
    site: Any
    store: Any
    roster: Any
    ingest: Any
    sensors: Any
    logged_links: Any
    offline_reason: str | None
    dispatch: Any
    calls: Any
    alerts: Any
    _pending_events: list[Any]
    _pending_board: dict[str, Any]
    _snapshot_task: Any
    _update_store_status: Any

    def _on_event_timer_timeout(self) -> None:
        if self._pending_events:
            events, self._pending_events = self._pending_events, []
            self.window.event_log.append_events(events)
            self._update_store_status()

    def _on_board_timer_timeout(self) -> None:
        if self._pending_board:
            names, self._pending_board = list(self._pending_board), {}
            # As the roster has them now: a status committed meanwhile is not painted over.
            units = [v for v in map(self.roster.get, names) if v is not None]
            self.window.unit_board.update_units(units)

    def _on_link_timer_timeout(self) -> None:
        if self.ingest is None:
            return
        from console.session.link_notes import link_view

        views = self.logged_links.views()
        views.extend(link_view(runtime, self.sensors, self.site) for runtime in self.ingest.links)
        order = {name: i for i, name in enumerate(link_names(self.site))}
        views.sort(key=lambda view: order.get(view.name, len(order)))
        self.window.link_status.set_links(views)

    def _on_snapshot_timer_timeout(self) -> None:
        if self.store is None or self.offline_reason is not None:
            return
        if self._snapshot_task is not None and not self._snapshot_task.done():
            return
        from console.services.pictures import refresh_snapshots, trim_picture

        # A 24/7 position keeps what it needs; older history is in the log (replay, reports).
        for service in (self.dispatch, self.calls, self.alerts):
            if service is not None:
                trim_picture(service.state)
        loop = asyncio.get_event_loop()
        self._snapshot_task = loop.run_in_executor(None, refresh_snapshots, self.store)
        self._snapshot_task.add_done_callback(_log_snapshot_failure)
