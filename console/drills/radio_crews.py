"""Simulated crews on the radio: statuses sent over the drill's TETRA line, pages unanswered.

Contract: ``RadioCrews(peer, gateway, config, never_acknowledge=())`` where
``peer`` is the ``radio.simulators.pty.PtyPeer`` running ``gateway`` (a
``radio.simulators.tetra_gateway.TetraGateway``) on the pty the drill's
``[reach]`` radio link opens, and ``config`` the site's
``console.config.reach.ReachConfig``. ``report(call_sign, status) -> bool``
sends the status as the crew's radio would: the pre-coded value the site's
status table maps to that unit status, from the unit's ISSI on a TETRA path
(False, nothing sent, when the unit has no radio path or the table has no
value for the status: the caller then reports as before). Units in
``never_acknowledge`` (call signs) neither confirm nor read their texts: the
gateway sends no delivery report for their ISSIs, so their chains stop at the
link acknowledgement and the console's crew limit raises the alarm, which
the trainer scores (alarm raised -> the dispatcher's first action on it,
both times in the drill's log). The console applies what arrives exactly as
on a live radio (``console.services.reach``), so drills use the same path.

``drill_radio(site, never_acknowledge=(), crew_limit_s=...)`` sets the radio up
for a drill: a ``TetraGateway`` on a fresh pseudo-terminal and the reach
configuration the drill console runs (``ReachConfig``): the site's own
``[reach]`` TETRA paths when it has them (their link's url pointed at the
pty), else one drill ISSI per unit of the site (``DRILL_ISSI_BASE`` + its
index) on a link named ``drill-radio``; it returns a started ``DrillRadio``
(``crews``: the ``RadioCrews``, ``config``, ``peer``; ``start_reach(site,
dispatch, catalogue)`` starts the trainees' ``ReachService`` on it; ``await
close()``, or ``stop()`` without a reach service).

``alarm_responses(events, drill_s=None)`` (``models.drills.alarms``,
re-exported here) scores how fast the dispatcher noticed (pure, from the
drill's log): for every ``reach.timed_out`` (the
alarm raised), the first action a dispatcher (an ``operator:`` source) took
on it: ``reach.voice`` or a re-send (``reach.queued`` with ``resend_of``) of
that unit's notice for the incident, a ``unit.status`` of that unit, or
another unit assigned to the incident. ``drill_s(rx_time)`` maps a time to
drill seconds (``models.drills.clock.DrillClock.drill_s``; default wall
seconds). An alarm nobody acted on has ``seconds`` infinite.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.dispatch.status import UnitStatus
from models.drills.alarms import AlarmResponse, alarm_responses  # re-exported: moved there

__all__ = ["DRILL_ISSI_BASE", "AlarmResponse", "DrillRadio", "RadioCrews", "alarm_responses"]

DRILL_ISSI_BASE = 9_000_000
DRILL_LINK = "drill-radio"


class RadioCrews:
    def __init__(
        self, peer: Any, gateway: Any, config: Any, never_acknowledge: Iterable[str] = ()
    ) -> None:
        self.peer = peer
        self.gateway = gateway
        self.config = config
        self._links = {link.name for link in config.links if link.kind == "tetra"}
        self.never_acknowledge = set(never_acknowledge)
        silent = {issi for unit in self.never_acknowledge if (issi := self.issi(unit))}
        peer.call(gateway.never_acknowledge.update, silent)

    def issi(self, call_sign: str) -> str | None:
        """The unit's ISSI on the first TETRA path of the site's ``[reach]`` table."""
        return next(
            (p.address for p in self.config.paths if p.unit == call_sign and p.link in self._links),
            None,
        )

    def value_of(self, status: UnitStatus) -> int | None:
        table = self.config.status_table
        if table is None:
            return None
        return next(
            (e.value for e in table.entries.values() if e.unit_status == status.value), None
        )

    def report(self, call_sign: str, status: UnitStatus) -> bool:
        issi, value = self.issi(call_sign), self.value_of(status)
        if issi is None or value is None:
            return False
        self.peer.call(self.gateway.send_status, issi, value)
        return True


@dataclass
class DrillRadio:
    crews: RadioCrews
    config: Any  # console.config.reach.ReachConfig
    peer: Any
    reach: Any = None  # the drill console's ReachService, when start_reach made one

    def start_reach(self, site: Any, dispatch: Any, catalogue: Any) -> Any:
        """The trainees' ``ReachService`` on this radio (started; on the running loop):
        feed it the drill's committed batches (``on_committed``)."""
        from console.services.reach import ReachService

        self.reach = ReachService(site, self.config, dispatch, catalogue)
        self.reach.start()
        return self.reach

    async def close(self) -> None:
        if self.reach is not None:
            await self.reach.close()
        self.stop()

    def stop(self) -> None:
        self.peer.stop()


def drill_radio(
    site: Any,
    never_acknowledge: Iterable[str] = (),
    *,
    link_limit_s: float | None = None,
    crew_limit_s: float | None = None,
) -> DrillRadio:
    """The drill's TETRA gateway on a pty and the reach configuration aimed at it."""
    from console.config.reach import ReachError, ReachLink, load_reach, reach_from_mapping
    from radio.simulators.pty import PtyPeer
    from radio.simulators.tetra_gateway import TetraGateway

    gateway = TetraGateway()
    peer = PtyPeer(gateway).start()
    try:
        config = load_reach(site)
    except ReachError:
        config = None
    tetra = [link for link in config.links if link.kind == "tetra"] if config else []
    limits = {
        key: value
        for key, value in (("link_limit_s", link_limit_s), ("crew_limit_s", crew_limit_s))
        if value is not None
    }
    if config is not None and tetra:
        first: ReachLink = tetra[0]
        links = tuple(
            dataclasses.replace(first, url=peer.path) if link is first else link
            for link in config.links
            if link.kind == "tetra"
        )
        config = dataclasses.replace(
            config,
            links=links,
            paths=tuple(p for p in config.paths if p.link == first.name),
            **limits,
        )
    else:
        config = reach_from_mapping(
            {
                **limits,
                "links": [{"name": DRILL_LINK, "kind": "tetra", "url": peer.path}],
                "paths": [
                    {
                        "unit": unit.call_sign,
                        "link": DRILL_LINK,
                        "address": str(DRILL_ISSI_BASE + i),
                    }
                    for i, unit in enumerate(site.units, 1)
                ],
            },
            units=[u.call_sign for u in site.units],
        )
    return DrillRadio(RadioCrews(peer, gateway, config, never_acknowledge), config, peer)
