"""What the crews' radios say, recorded: a status becomes the unit's, a text a note (mixin).

Contract: ``ReachCrewWords`` is a base of ``console.services.reach.ReachService``
and holds the crews' part of its contract: ``_crew_worker`` takes each
``StatusReceived``/``TextReceived`` of a reach link from the service's crew
queue, in order, and records it. A status from a known ISSI that the site's
status table maps becomes the unit's status (through ``CrewDesk`` on the
crews' thread, else ``DispatchService``), accepts the unit's newest open
two-way page (``reach.accepted``) or, for a talk-request code, is a
``reach.talk_request``; a text becomes a note on the unit's incident. What
cannot be recorded (an unknown ISSI, a code the table lacks, a status the
rules refuse, a text with no incident) is stored as ``reach.refused`` with
the reason. A fault recording one message never stops the worker (logged).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from console.services.dispatch import DispatchError
from models.dispatch import events as ev
from models.dispatch.status import UnitStatus
from radio import tetra_pei_station as pei

_LOGGER = logging.getLogger("console.services.reach")


class ReachCrewWords:
    """The crews' statuses and texts off the radio, recorded (a base of ``ReachService``)."""

    # Set by ReachService.__init__ / start.
    config: Any
    desk: Any
    dispatch: Any
    state: Any
    _accepted: set[str]
    _crew: asyncio.Queue[tuple[str, Any]] | None

    if TYPE_CHECKING:  # ReachService's own, used here

        def _refused(self, link: str, reason: str, **extra: Any) -> dict[str, Any]: ...

        def _submit(self, kind: str, payload: dict[str, Any], source: str) -> None: ...

    async def _crew_worker(self) -> None:
        assert self._crew is not None
        while True:
            link, message = await self._crew.get()
            try:
                if isinstance(message, pei.StatusReceived):
                    await self._crew_status(link, message)
                else:
                    await self._crew_text(link, message)
            except DispatchError as exc:  # e.g. the store is unreachable: logged, not lost
                _LOGGER.error("crew message on %s not recorded: %s", link, exc)
            except Exception:
                _LOGGER.exception("crew message on %s not handled", link)

    async def _crew_status(self, link: str, message: Any) -> None:
        issi = message.source or ""
        source = ev.radio_source(link, issi)
        unit = self.config.unit_at(link, issi)
        table = self.config.status_table
        entry = table.lookup(message.status) if table is not None else None
        base = {"address": issi, "unit": unit, "value": message.status}
        if unit is None:
            reason = f"status from unknown ISSI {issi!r} on {link}"
            await self._record_refused(link, reason, base, source)
            return
        if entry is None:
            reason = table.missing(message.status) if table else "no status table for the radio"
            await self._record_refused(link, reason, base, source)
            return
        base["code"] = entry.code
        if entry.alert:
            payload = {
                "unit": unit,
                "link": link,
                "address": issi,
                "code": entry.code,
                "label": entry.alert,
            }
            await self._crew_record([(ev.REACH_TALK_REQUEST, payload)], source)
            return
        status = UnitStatus(entry.unit_status)
        try:
            if self.desk is not None:
                wanted = {**base, "wanted": status.value}

                def refused(reason: str) -> tuple[str, dict[str, Any]]:
                    return ev.REACH_REFUSED, self._refused(link, reason, **wanted)

                by = f"status {entry.code}"
                if not await self.desk.change_status(unit, status, source, by, refused):
                    return  # refused, and stored so, off the loop
            else:
                await self.dispatch.change_status(
                    [unit], status, source=source, by=f"status {entry.code}"
                )
        except DispatchError as exc:
            await self._record_refused(link, str(exc), {**base, "wanted": status.value}, source)
            return
        notice = _retry(lambda: self.state.latest_for_unit(unit))  # the loop may apply steps
        if (
            notice is not None
            and notice.two_way
            and not notice.ended
            and notice.notice_id not in self._accepted
        ):
            # Handed to the writer after the status (so stored after it) without waiting
            # for its commit: the crew's next message is not held behind it.
            self._accepted.add(notice.notice_id)
            accepted = {"notice_id": notice.notice_id, "by": f"status {entry.code}"}
            self._submit(ev.REACH_ACCEPTED, accepted, source)

    async def _crew_text(self, link: str, message: Any) -> None:
        issi = message.source or ""
        source = ev.radio_source(link, issi)
        unit = self.config.unit_at(link, issi)

        def decided(incident_id: str | None) -> tuple[str, dict[str, Any]]:
            """The note on the unit's incident, or the refusal when it has none."""
            if incident_id is None:
                who = unit or f"unknown ISSI {issi!r}"
                reason = f"text from {who} with no incident to note it on: {message.text}"
                return ev.REACH_REFUSED, self._refused(link, reason, address=issi, unit=unit)
            return self.dispatch.note_record(incident_id, f"{unit}: {message.text}")

        if unit is None:
            await self._crew_record([decided(None)], source)
        elif self.desk is not None:
            await self.desk.unit_record(unit, decided, source)
        else:
            await self.dispatch.record(
                [decided(self.dispatch.state.unit(unit).incident_id)], source
            )

    def _unit_seen(self, unit: str) -> tuple[Any, str | None]:
        """The unit as the crews' worker sees it (its own commits included)."""
        if self.desk is not None:
            return self.desk.seen(unit)
        current = self.dispatch.state.unit(unit)
        return current.status, current.incident_id

    async def _crew_record(self, records: list[tuple[str, dict[str, Any]]], source: str) -> None:
        if self.desk is not None:
            await self.desk.record(records, source)
        else:
            await self.dispatch.record(records, source)

    async def _record_refused(
        self, link: str, reason: str, extra: dict[str, Any], source: str
    ) -> None:
        await self._crew_record([(ev.REACH_REFUSED, self._refused(link, reason, **extra))], source)


def _retry(read: Callable[[], Any]) -> Any:
    """``read()`` of a picture the loop may be changing on another thread: again on a
    "changed size during iteration"."""
    for _ in range(10):
        try:
            return read()
        except RuntimeError:
            continue
    return read()
