"""Radar tracks for replay: the live sensor service fed stored frames.

Contract: ``SensorReplayFeed(site)`` adapts ``SensorService`` to
``models.replay.RadarFeed`` (``tracks``, ``on_committed(events)``,
``clone()`` for the projector's checkpoints). The alerts its engine would
raise are dropped: replay writes nothing, and the alerts that were raised
are in the log already. Used by the replay window and ``replay --json``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from console.config.site import Site
from console.services.sensors import SensorService
from models.alerts.engine import AlertEngine
from models.alerts.state import AlertState
from models.alerts.tracks import TrackStore


class _DiscardWriter:
    def submit(self, event: Any) -> None:
        return None


_DISCARD = _DiscardWriter()


class SensorReplayFeed:
    """Radar tracks for replay: the live ``SensorService`` fed committed frames."""

    def __init__(self, site: Site, service: SensorService | None = None) -> None:
        self.site = site
        self.service = service or SensorService(
            site, _DISCARD, AlertEngine(AlertState(), site.sensors, site.zones)
        )

    @property
    def tracks(self) -> TrackStore:
        return self.service.tracks

    def on_committed(self, events: Sequence[Any]) -> None:
        self.service.on_committed(events)

    def clone(self) -> SensorReplayFeed:
        # The site and its configuration are shared, read-only: never copied.
        memo: dict[int, Any] = {id(self.site): self.site, id(_DISCARD): _DISCARD}
        for item in (*self.site.sensors, *self.site.zones, *self.site.links):
            memo[id(item)] = item
        return SensorReplayFeed(self.site, copy.deepcopy(self.service, memo))
