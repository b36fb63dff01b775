"""Dispatch service: operator intents -> validated events -> committed state.

Contract (Qt-free; runs on the console's asyncio loop):
- Every action validates against ``self.state`` (a ``DispatchState`` rebuilt
  only from committed events), appends its events with the operator's name
  through the group-commit writer, and returns once those events are
  committed AND applied to ``self.state``: the next command sees the result.
  Actions run one at a time, in the order they were issued.
- A refused action raises ``DispatchError`` with a sentence a dispatcher
  reads (a ``models.refusal.Refusal``: a template marked for translation,
  context ``Refusal``, and its values; ``str()`` stays English); nothing is
  appended then.
- ``on_committed(events)`` must be called (on the loop's thread) with every
  committed batch, in order; it is the only way ``self.state`` changes.
- ``recommend`` computes travel times on a worker thread: routing never runs
  on the GUI thread.
- ``state`` (optional) is the picture to start from (``console.services.
  pictures``); the site's units it does not know start available.
- Places: ``create_incident`` and ``relocate_incident`` record what the
  dispatcher typed (``location``, never replaced by a lookup), the place the
  position was verified to, the ``verified``/``override`` flags and the
  position's reverse name, each naming the places-index build that resolved
  it (``models.dispatch.events.place_payload``). Resolving is the caller's
  job (``console.services.places``, off the GUI thread); this service only
  checks and records.
- ``reopen_incident(incident_id, reason)`` (``incident.reopen``: the
  supervisor's) opens a closed incident again with one
  ``incident.reopened`` naming the closure it undoes; refused for an open
  or unknown incident, without a reason, or when another position reopened
  it first (``guards.incident_closed``).
- A crew's word: ``change_status(..., source="radio:<link>:<issi>", by=...)``
  and ``add_note(..., source=...)`` apply exactly the rules a dispatcher's
  command does (the same refusals) but sign the events with the crew's
  source; ``record(records, source=None)`` appends other events
  (``reach.*``) the same way (default: the operator's name).
- Off the loop (a crew's word on the reach lines' own thread,
  ``console.services.reach_crew``): ``status_records`` decides a status
  change with the very rules of ``change_status`` on a picture the caller
  names and gives the guard that the units are still as seen at commit;
  ``note_record`` checks a note; ``submit_from(source, records, guard)``
  hands them to the writer from any thread and returns the receipts
  without waiting; ``units_as_seen(expected, note)`` is the guard (noting,
  when it refuses, the event the store's units come from). ``await
  caught_up(seq)`` (the loop) returns once the picture has applied ``seq``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from console.services.committed_actions import (
    CommittedActions,
    OperatorIdentity,
    await_committed,
    not_recorded,
    utc_now,
)
from models.dispatch import events as ev
from models.dispatch.state import DispatchState, ResolvedPlace
from models.dispatch.status import (
    ASSIGNABLE,
    COMMITTED,
    StatusChangeError,
    UnitStatus,
    check_change,
)
from models.refusal import QT_TRANSLATE_NOOP, Refusal
from models.store import guards
from widgets.place_views import IncidentPlaceView, PlacedIncidentView, PlaceNameView

_LOGGER = logging.getLogger(__name__)

# Positions creating incidents at the same moment race for the next number.
INCIDENT_ID_ATTEMPTS = 5


class DispatchError(Refusal):
    """An action the console refuses, with the reason for the dispatcher."""


class DispatchService(CommittedActions):
    error_type = DispatchError

    def __init__(
        self,
        site: Any,
        catalogue: Any,
        writer: Any,
        operator: str | OperatorIdentity,
        *,
        now: Callable[[], datetime] = utc_now,
        state: DispatchState | None = None,
    ) -> None:
        call_signs = [unit.call_sign for unit in site.units]
        if state is None:
            state = DispatchState.initial(call_signs)
        else:
            state.add_units(call_signs)
        super().__init__(writer, operator, state, now)
        self.site = site
        self.catalogue = catalogue

    # -- lookups -------------------------------------------------------------

    def _unit(self, call_sign: str) -> str:
        for unit in self.site.units:
            if unit.call_sign.lower() == call_sign.lower():
                return unit.call_sign
        raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "unknown unit '{unit}'"), unit=call_sign)

    def _open_incident(self, incident_id: str) -> str:
        incident = self.state.incidents.get(incident_id)
        if incident is None:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "unknown incident '{incident}'"), incident=incident_id
            )
        if incident.status != "open":
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "incident {incident} is closed"), incident=incident_id
            )
        return incident_id

    def _units_as_seen(self, call_signs: Sequence[str]) -> Any:
        """Guard: the units are still as this position saw them when it decided."""
        return guards.units_unchanged(
            {
                c: (self.state.unit(c).status.value, self.state.unit(c).incident_id)
                for c in call_signs
            }
        )

    def next_incident_id(self, taken: Iterable[str] = ()) -> str:
        year = self._now().year
        prefix = f"{year}-"
        numbers = [
            int(i.removeprefix(prefix))
            for i in (*self.state.incidents, *taken)
            if i.startswith(prefix) and i.removeprefix(prefix).isdigit()
        ]
        return f"{prefix}{max(numbers, default=0) + 1:06d}"

    # -- actions ----------------------------------------------------------------

    async def create_incident(
        self,
        type_code: str,
        lat: float,
        lon: float,
        location: str | None = None,
        call_id: str | None = None,
        priority: int | None = None,
        *,
        place: dict[str, Any] | None = None,
        verified: bool | None = None,
        override: bool = False,
        reverse: dict[str, Any] | None = None,
    ) -> str:
        async with self._lock:
            self._authorize("incident.create")
            try:
                incident_type = self.catalogue.incident_type(type_code)
            except LookupError as exc:
                raise DispatchError.of(exc) from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise DispatchError(
                    QT_TRANSLATE_NOOP("Refusal", "not a position: {lat}, {lon}"), lat=lat, lon=lon
                )
            taken: set[str] = set()
            for _attempt in range(INCIDENT_ID_ATTEMPTS):
                incident_id = self.next_incident_id(taken)
                payload = {
                    "incident_id": incident_id,
                    "type": incident_type.code,
                    "priority": int(priority or incident_type.priority),
                    "lat": lat,
                    "lon": lon,
                    "location": location,
                    "call_id": call_id,
                }
                payload.update(_place_keys(place, verified, override, reverse))
                try:
                    await self._append(
                        [(ev.INCIDENT_CREATED, payload)], guards.incident_absent(incident_id)
                    )
                except DispatchError:
                    if incident_id not in self.state.incidents and self._refusal() is None:
                        # Another position took the number a moment ago: take the next.
                        taken.add(incident_id)
                        continue
                    raise
                return incident_id
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "could not allocate an incident number; try again")
            )

    async def relocate_incident(
        self,
        incident_id: str,
        lat: float,
        lon: float,
        location: str | None,
        *,
        place: dict[str, Any] | None = None,
        verified: bool | None = None,
        override: bool = False,
        reverse: dict[str, Any] | None = None,
    ) -> None:
        """Verify or replace an open incident's location: one ``incident.location``."""
        async with self._lock:
            self._authorize("call.locate")
            incident_id = self._open_incident(incident_id)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise DispatchError(
                    QT_TRANSLATE_NOOP("Refusal", "not a position: {lat}, {lon}"), lat=lat, lon=lon
                )
            before = self.state.incidents[incident_id]
            payload: dict[str, Any] = {
                "incident_id": incident_id,
                "lat": lat,
                "lon": lon,
                "location": location,
                "previous": {"lat": before.lat, "lon": before.lon, "location": before.location},
            }
            payload.update(_place_keys(place, verified, override, reverse))
            await self._append([(ev.INCIDENT_LOCATION, payload)], guards.incident_open(incident_id))

    async def dispatch(
        self,
        incident_id: str,
        call_signs: Sequence[str],
        *,
        recommended: bool,
        etas: dict[str, tuple[Any, ...]] | None = None,
    ) -> None:
        """Assign units; ``etas`` maps call sign -> (eta_s, route_m, reason[, why]) when known
        (``why``: the recommender's reason as data, JSON-ready, stored beside ``reason``)."""
        async with self._lock:
            self._authorize("incident.dispatch")
            incident_id = self._open_incident(incident_id)
            units = [self._unit(c) for c in call_signs]
            if not units:
                raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "no units to dispatch"))
            if len(set(units)) != len(units):
                raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "a unit is named twice"))
            for call_sign in units:
                state = self.state.unit(call_sign)
                if state.status not in ASSIGNABLE:
                    if state.incident_id:
                        raise DispatchError(
                            QT_TRANSLATE_NOOP(
                                "Refusal", "{unit} is {status} to {incident}: not available"
                            ),
                            unit=call_sign,
                            status=state.status,
                            incident=state.incident_id,
                        )
                    raise DispatchError(
                        QT_TRANSLATE_NOOP("Refusal", "{unit} is {status}: not available"),
                        unit=call_sign,
                        status=state.status,
                    )
            records: list[tuple[str, dict[str, Any]]] = []
            for call_sign in units:
                eta_s, route_m, reason, *why = (etas or {}).get(call_sign, (None, None, None))
                records.append(
                    (
                        ev.UNIT_ASSIGNED,
                        {
                            "unit": call_sign,
                            "incident_id": incident_id,
                            "eta_s": eta_s,
                            "route_m": route_m,
                            "recommended": recommended,
                            "reason": reason,
                            **({"why": why[0]} if why and why[0] else {}),
                        },
                    )
                )
                records.append(
                    (
                        ev.UNIT_STATUS,
                        {
                            "unit": call_sign,
                            "status": UnitStatus.DISPATCHED.value,
                            "previous": self.state.unit(call_sign).status.value,
                            "incident_id": incident_id,
                        },
                    )
                )
            guard = guards.all_of(guards.incident_open(incident_id), self._units_as_seen(units))
            await self._append(records, guard)

    async def _append_from(
        self,
        source: str | None,
        records: Sequence[tuple[str, dict[str, Any]]],
        guard: Any = None,
    ) -> None:
        """``_append`` signed with ``source`` (a crew's, a link's) instead of the operator."""
        if source is None:
            await self._append(records, guard)
            return
        from models.store.receipt import GuardRefused

        handles = self.submit_from(source, records, guard)
        if not handles:
            return
        try:
            last = await await_committed(handles[-1])
        except GuardRefused as exc:
            raise DispatchError.of(exc) from None
        await self.caught_up(last.seq)

    def submit_from(
        self,
        source: str,
        records: Sequence[tuple[str, dict[str, Any]]],
        guard: Any = None,
    ) -> list[Any]:
        """Any thread: hand ``records`` signed ``source`` to the writer (with ``guard``, one
        group) and return their receipts; no action lock, no wait. Refused (``DispatchError``)
        while the position refuses every action (``refuse_when``)."""
        from models.store import NewEvent

        refusal = self._refusal()
        if refusal is not None:
            raise DispatchError(not_recorded(refusal))
        events = [
            NewEvent(source=source, kind=kind, rx_time=self._now(), payload=payload)
            for kind, payload in records
        ]
        if not events:
            return []
        if guard is not None:
            return list(self.writer.submit_group(events, guard))
        return [self.writer.submit(event) for event in events]

    async def caught_up(self, seq: int) -> None:
        """The loop: return once the picture has applied every event up to ``seq``."""
        if self.state.last_seq < seq:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((seq, waiter))
            await waiter

    async def record(
        self, records: Sequence[tuple[str, dict[str, Any]]], source: str | None = None
    ) -> None:
        """Append events that need no rule of this service (``reach.*``), in order."""
        async with self._lock:
            await self._append_from(source, records)

    async def change_status(
        self,
        call_signs: Sequence[str],
        status: UnitStatus,
        reason: str | None = None,
        *,
        source: str | None = None,
        by: str | None = None,
    ) -> None:
        async with self._lock:
            if source is None:  # a crew's word is the crew's, not an operator action
                self._authorize("unit.status")

            def seen(call_sign: str) -> tuple[UnitStatus, str | None]:
                current = self.state.unit(call_sign)
                return current.status, current.incident_id

            records, guard = self.status_records(
                [self._unit(name) for name in call_signs], status, seen, reason, by
            )
            await self._append_from(source, records, guard)

    def status_records(
        self,
        call_signs: Sequence[str],
        status: UnitStatus,
        seen: Callable[[str], tuple[UnitStatus, str | None]],
        reason: str | None = None,
        by: str | None = None,
    ) -> tuple[list[tuple[str, dict[str, Any]]], Any]:
        """The rules of a status change, decided on ``seen(call_sign) -> (status,
        incident_id)``: the ``unit.status`` records and the guard that the units are still
        as seen at commit. Pure (any thread); a refusal raises ``DispatchError``.
        ``change_status`` and a crew's word off the loop (``console.services.reach_crew``)
        both decide here."""
        records: list[tuple[str, dict[str, Any]]] = []
        expected: dict[str, tuple[str, str | None]] = {}
        for call_sign in call_signs:
            current, incident = seen(call_sign)
            try:
                check_change(call_sign, current, status)
            except StatusChangeError as exc:
                raise DispatchError.of(exc) from None
            payload: dict[str, Any] = {
                "unit": call_sign,
                "status": status.value,
                "previous": current.value,
                "incident_id": incident if status in COMMITTED else None,
            }
            if reason:
                payload["reason"] = reason
            if by:
                payload["by"] = by
            records.append((ev.UNIT_STATUS, payload))
            expected[call_sign] = (current.value, incident)
        if not records:
            raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "no units named"))
        return records, guards.units_unchanged(expected)

    @staticmethod
    def units_as_seen(
        expected: dict[str, tuple[Any, str | None]], note: dict[str, int] | None = None
    ) -> Any:
        """The guard that each unit is still ``(status, incident_id)`` at commit; on a
        refusal, ``note["seq"]`` is the newest event that set those units as the store has
        them (a dispatch event: ``caught_up(seq)`` then means the picture holds it)."""
        wanted = {c: (UnitStatus(st).value, inc) for c, (st, inc) in expected.items()}
        inner = guards.units_unchanged(wanted)
        if note is None:
            return inner

        def guard(conn: Any) -> str | None:
            reason = inner(conn)
            if reason is not None:
                from sqlalchemy import func, select

                from models.store.schema_dispatch import unit_status_table as units

                newest = conn.execute(
                    select(func.max(units.c.event_seq)).where(units.c.call_sign.in_(list(wanted)))
                ).scalar()
                note["seq"] = int(newest or 0)
            return reason

        return guard

    async def add_note(self, incident_id: str, text: str, *, source: str | None = None) -> None:
        async with self._lock:
            if source is None:  # a crew's word is the crew's, not an operator action
                self._authorize("incident.note")
            await self._append_from(source, [self.note_record(incident_id, text)])

    def note_record(self, incident_id: str, text: str) -> tuple[str, dict[str, Any]]:
        """The ``incident.note`` record for ``text`` on ``incident_id`` (any thread), or
        ``DispatchError``: an unknown incident, an empty note."""
        if incident_id not in self.state.incidents:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "unknown incident '{incident}'"), incident=incident_id
            )
        if not text.strip():
            raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "the note is empty"))
        return (ev.INCIDENT_NOTE, {"incident_id": incident_id, "text": text.strip()})

    async def close_incident(self, incident_id: str, disposition: str) -> None:
        async with self._lock:
            self._authorize("incident.close")
            incident_id = self._open_incident(incident_id)
            if not disposition.strip():
                raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "closing needs a disposition"))
            committed = self.state.committed_units(incident_id)
            if committed:
                names = " ".join(committed)
                raise DispatchError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "{units} still committed to {incident}: clear them first ({av})"
                    ),
                    units=names,
                    incident=incident_id,
                    av=f"AV {names}",
                )
            await self._append(
                [
                    (
                        ev.INCIDENT_CLOSED,
                        {"incident_id": incident_id, "disposition": disposition.strip()},
                    )
                ],
                guards.incident_open(incident_id),
            )

    async def reopen_incident(self, incident_id: str, reason: str) -> None:
        """A supervisor opens a closed incident again (``incident.reopen``)."""
        async with self._lock:
            self._authorize("incident.reopen")
            incident = self.state.incidents.get(incident_id)
            if incident is None:
                raise DispatchError(
                    QT_TRANSLATE_NOOP("Refusal", "unknown incident '{incident}'"),
                    incident=incident_id,
                )
            if incident.status != "closed":
                raise DispatchError(
                    QT_TRANSLATE_NOOP("Refusal", "incident {incident} is open: nothing to reopen"),
                    incident=incident_id,
                )
            if not reason.strip():
                raise DispatchError(QT_TRANSLATE_NOOP("Refusal", "reopening needs a reason"))
            closed = incident.closed.isoformat() if incident.closed is not None else None
            payload = {
                "incident_id": incident_id,
                "type": incident.type_code,
                "priority": incident.priority,
                "reason": reason.strip(),
                "previous": {"disposition": incident.disposition, "closed": closed},
            }
            await self._append(
                [(ev.INCIDENT_REOPENED, payload)], guards.incident_closed(incident_id)
            )


def _place_keys(
    place: dict[str, Any] | None,
    verified: bool | None,
    override: bool,
    reverse: dict[str, Any] | None,
) -> dict[str, Any]:
    if verified is None and place is None and reverse is None and not override:
        return {}  # nothing known about places: the payload stays as before
    return {
        "place": place,
        "verified": bool(verified) if verified is not None else place is not None,
        "override": bool(override),
        "reverse": reverse,
    }


def place_name_view(place: ResolvedPlace | None) -> PlaceNameView | None:
    if place is None:
        return None
    return PlaceNameView(
        label=place.label,
        kind=place.kind,
        distance_m=place.distance_m,
        match=place.match,
        score=place.score,
        locality=place.locality,
        build_id=place.build_id,
    )


def incident_view(incident: Any, catalogue: Any, units: Iterable[str]) -> PlacedIncidentView:
    """The plain view of an incident (live or replayed) with its type's name and discipline."""
    try:
        kind = catalogue.incident_type(incident.type_code)
        name, discipline = kind.name, kind.discipline
    except LookupError:
        name, discipline = incident.type_code, "police"
    return PlacedIncidentView(
        incident_id=incident.incident_id,
        type_code=incident.type_code,
        type_name=name,
        discipline=discipline,
        priority=incident.priority,
        lat=incident.lat,
        lon=incident.lon,
        location=incident.location,
        created=incident.created,
        status=incident.status,
        units=tuple(units),
        place=IncidentPlaceView(
            typed=incident.location,
            place=place_name_view(getattr(incident, "place", None)),
            reverse=place_name_view(getattr(incident, "reverse", None)),
            verified=getattr(incident, "verified", None),
            override=bool(getattr(incident, "override", False)),
        ),
    )
