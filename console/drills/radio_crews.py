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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from models.dispatch.status import UnitStatus

__all__ = ["RadioCrews"]


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
