"""Reaching the units: pages and SDS on dispatch, their chains, alarms and the crews' word.

Contract (Qt-free; runs on the console's asyncio loop):

- ``ReachService(site, config, dispatch, catalogue, *, links=None, clock, runner)``:
  ``config`` is the site's ``console.config.reach.ReachConfig``; one
  ``ReachLinkRunner`` per enabled link (``links``: the names this position
  runs, None for all). ``start()`` opens them; ``await close()`` closes them.
- ``on_committed(events)``, called with every committed dispatch batch
  AFTER ``DispatchService.on_committed``: each ``unit.assigned`` queues one
  notice per path of the unit and of its station (``reach.queued``), hands it
  to its link at once (so the first byte leaves in the same loop turn), and
  arms the link limit. Assignments committed before ``start()`` are not paged
  again. Only paths over the links this process runs are paged (``links``):
  a position at ``--links none`` pages nothing and still derives every
  chain and alarm from the owner's committed ``reach.*`` events. A re-send
  (``resend``) over a line another process runs is queued in the log
  (``reach.queued``, its link limit armed here too) and sent by the process
  running that line, which sends every committed ``reach.queued`` for its
  lines it did not issue itself, once.
- ``on_committed_threadsafe(events)`` may also be called, from any thread,
  with every committed batch as soon as it is committed (the store
  follower's thread, before the batch reaches the GUI thread): it pages the
  assignments at once (the first byte does not wait for the GUI thread);
  ``on_committed`` then pages only what it did not (an assignment whose
  incident the picture did not hold yet). Each assignment is paged once.
  It also keeps the crews' worker's view of the units as fresh as the log
  (``CrewDesk.on_committed``).
- Notice ids are ``<incident>/<unit>/<n>@<token>`` (``models.dispatch.reach.
  make_notice_id``), ``token`` this process's (its writer's origin, ``token``):
  two processes queueing a page for the same unit at the same instant (a
  re-send at a position, a new page by the recorder) never share an id, even
  when both count the same ``n``. Old stores' ids (no token) still read.
- What the links report becomes chain steps (``reach.sent``, ``link_ack``,
  ``delivered``, ``read``, ``failed``), signed ``reach:<link>`` and appended
  through the writer without waiting; a link fault or a report matching no
  notice is ``reach.refused`` (stored with its reason, never dropped).
- Limits: no link acknowledgement within ``link_limit_s`` of queueing, or on
  a two-way path no read/accept within ``crew_limit_s`` of the link's
  acknowledgement: ``reach.timed_out`` (the alarm). Alarm listeners
  (``add_alarm_listener(fn(open_alarms, new_alarms))``) hear every change of
  the set of standing alarms: the session shows a banner and sounds a cue.
- The crews' word (``radio:<link>:<issi>``), in arrival order: a status the
  table maps to a unit status goes through ``DispatchService.change_status``
  (same rules and refusals as a dispatcher's command; a refusal, an unknown
  ISSI or a value missing from the table is ``reach.refused``); a status the
  table maps to an alert (request to talk) is ``reach.talk_request`` (talk
  listeners: ``add_talk_listener(fn(link, issi, unit, label))``, on every
  position; ``add_talk_alert_listener(fn(event))`` hears the committed event
  only on the position whose link received it, which raises it as an alert:
  one alert per request however many positions follow the log); a status
  moving the unit also accepts its open two-way notice (``reach.accepted``,
  handed to the writer after the status without waiting for its commit, so
  a crew's next message is not held behind it; once per notice);
  free text becomes an ``incident.note`` on the unit's incident (the
  ``console.services.reach_crew_words.ReachCrewWords`` base).
- Threads: the paging and radio lines (``ReachLinkRunner``: serial bytes,
  the stations' timers) and the crews' worker run on the reach lines' own
  thread and loop (``console.services.reach_crew.ReachLoop``), never on the
  console's (GUI) loop: a crew's status is decided there with
  ``DispatchService``'s rules (``CrewDesk``: how that check sees a
  consistent picture is in ``reach_crew``'s contract) and handed to the
  group-commit writer at once; the link's chain steps too. Alarms, talk
  listeners, ``on_committed`` and the dispatcher's actions stay on the
  console's loop. ``crew_thread=False`` (or ``CONSOLE_REACH_ON_LOOP=1`` in
  the environment, the benchmark's baseline) runs everything on the
  console's loop as before, the crew's word through ``DispatchService``'s
  awaited actions.
- Dispatcher actions (raise ``DispatchError`` with the reason):
  ``await resend(unit, link=None)`` queues the unit's latest notice again on
  its path, or on its path over ``link`` (another path); ``await voice(unit)``
  marks it reached by voice, which ends every open chain of the unit for that
  incident and their alarms. Both need the operator's right to dispatch
  (``incident.dispatch``); a re-send's ``reach.queued`` names them in ``by``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from console.reports.link_texts import NOT_DELIVERED
from console.services.dispatch import DispatchError
from console.services.reach_crew import CrewDesk, ReachLoop
from console.services.reach_crew_words import ReachCrewWords
from console.services.reach_link import ReachLinkRunner
from models.dispatch import events as ev
from models.dispatch.reach import STAGE_OF, STAGES, Notice, make_notice_id
from models.refusal import QT_TRANSLATE_NOOP, Listed, Text
from radio import espa_station as espa
from radio import tetra_pei_station as pei
from radio.codecs.espa import EspaCall
from radio.device_text import fit

_LOGGER = logging.getLogger(__name__)

ON_LOOP_ENV = "CONSOLE_REACH_ON_LOOP"  # "1": lines and crews on the console's loop

AlarmListener = Callable[[list[Notice], list[Notice]], None]
TalkListener = Callable[[str, str, "str | None", str], None]


class ReachService(ReachCrewWords):
    def __init__(
        self,
        site: Any,
        config: Any,
        dispatch: Any,
        catalogue: Any,
        *,
        links: Iterable[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        runner: Callable[..., Any] = ReachLinkRunner,
        crew_thread: bool | None = None,
    ) -> None:
        self.site = site
        self.config = config
        self.dispatch = dispatch
        self.catalogue = catalogue
        wanted = None if links is None else set(links)
        self.runners: dict[str, Any] = {
            link.name: runner(link, self._on_link_events, clock)
            for link in config.links
            if link.enabled and (wanted is None or link.name in wanted)
        }
        self._issued: set[str] = set()
        self._timers: dict[tuple[str, str], asyncio.TimerHandle] = {}
        self._alarm_listeners: list[AlarmListener] = []
        self._talk_listeners: list[TalkListener] = []
        self._talk_alert_listeners: list[Callable[[Any], None]] = []
        self._alarms: set[str] = set()
        self._seen: dict[str, int] = {}  # notice -> furthest stage handed to the writer
        self._crew: asyncio.Queue[tuple[str, Any]] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._started = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._lock = threading.RLock()  # paging from the follower's thread and the loop
        self._paged: set[int] = set()  # seq of unit.assigned events paged
        self._accepted: set[str] = set()  # notices a crew's status accepted (handed over)
        self.token = process_token(dispatch)  # qualifies this process's notice ids
        if crew_thread is None:
            crew_thread = os.environ.get(ON_LOOP_ENV, "") != "1"
        self.crew_thread = crew_thread
        self.reach_loop: ReachLoop | None = None  # the lines' and crews' own loop
        self.desk: CrewDesk | None = None

    # -- life ---------------------------------------------------------------------

    def start(self) -> None:
        self._started = True
        self._loop = asyncio.get_event_loop()
        self._loop_thread = threading.get_ident()
        self._alarms = {n.notice_id for n in self.state.open_alarms()}
        if not self.crew_thread:
            self._start_lines()
            return
        self.desk = CrewDesk(self.dispatch, self._loop)
        self.reach_loop = ReachLoop("reach-lines")
        self.reach_loop.start()
        self.reach_loop.call(self._start_lines)

    def _start_lines(self) -> None:
        """On the loop the lines run on: the crews' queue and worker, then the lines."""
        self._crew = asyncio.Queue()
        self._worker = asyncio.ensure_future(self._crew_worker())
        for runner in self.runners.values():
            runner.start()

    async def close(self) -> None:
        self._started = False
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        reach_loop = self.reach_loop
        if reach_loop is None:
            await self._close_lines()
            return
        try:
            await asyncio.wrap_future(reach_loop.run(self._close_lines()))
        finally:
            await asyncio.get_running_loop().run_in_executor(None, reach_loop.stop)

    async def _close_lines(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        for runner in self.runners.values():
            await runner.close()

    @property
    def state(self) -> Any:
        return self.dispatch.state.reach

    def add_alarm_listener(self, listener: AlarmListener) -> None:
        self._alarm_listeners.append(listener)

    def add_talk_listener(self, listener: TalkListener) -> None:
        self._talk_listeners.append(listener)

    def add_talk_alert_listener(self, listener: Callable[[Any], None]) -> None:
        """``listener(event)`` for each committed request to talk received on this
        position's own links (see the module contract)."""
        self._talk_alert_listeners.append(listener)

    def paths_of(self, unit: str) -> list[Any]:
        station = next((u.station_id for u in self.site.units if u.call_sign == unit), None)
        return self.config.paths_for(unit, station)

    # -- committed events ---------------------------------------------------------

    def on_committed_threadsafe(self, events: Sequence[Any]) -> None:
        """Any thread, right after the commit: page the batch's assignments now."""
        if not self._started or self._loop is None:
            return
        if self.desk is not None:  # the crews' worker sees the newest statuses first
            self.desk.on_committed(events)
        assigned = [e for e in events if e.kind == ev.UNIT_ASSIGNED]
        if assigned:
            self._page_batch(assigned, fast=True)

    def _page_batch(self, assigned: Sequence[Any], fast: bool) -> None:
        batch: set[tuple[str, str, str]] = set()
        with self._lock:
            for event in assigned:
                p = event.payload or {}
                incident_id = str(p.get("incident_id"))
                if event.seq in self._paged:
                    continue
                if fast and incident_id not in self.dispatch.state.incidents:
                    continue  # the picture has not got it yet: the loop pages it
                self._paged.add(event.seq)
                self._page_assignment(str(p.get("unit")), incident_id, batch)

    def on_committed(self, events: Sequence[Any]) -> None:
        if not self._started:
            return
        assigned = [e for e in events if e.kind == ev.UNIT_ASSIGNED]
        if assigned:
            self._page_batch(assigned, fast=False)
        for event in events:
            p = event.payload or {}
            if event.kind == ev.UNIT_ASSIGNED:
                continue
            elif event.kind == ev.REACH_QUEUED:
                self._send_queued(p)
            elif event.kind == ev.REACH_LINK_ACK:
                self._arm_crew_limit(str(p.get("notice_id")))
            elif event.kind == ev.REACH_TALK_REQUEST:
                for listener in self._talk_listeners:
                    listener(
                        str(p.get("link")),
                        str(p.get("address")),
                        p.get("unit"),
                        str(p.get("label")),
                    )
                if p.get("link") in self.runners:
                    for alert_listener in self._talk_alert_listeners:
                        alert_listener(event)
        self._check_alarms()

    def _check_alarms(self) -> None:
        standing = self.state.open_alarms()
        now_ids = {n.notice_id for n in standing}
        if now_ids == self._alarms:
            return
        new = [n for n in standing if n.notice_id not in self._alarms]
        self._alarms = now_ids
        for listener in self._alarm_listeners:
            listener(standing, new)

    # -- paging ---------------------------------------------------------------------

    def _page_assignment(
        self, unit: str, incident_id: str, batch: set[tuple[str, str, str]]
    ) -> None:
        for path in self.paths_of(unit):
            if path.link not in self.runners:
                continue  # a line another process runs (the recorder): its owner pages
            key = (incident_id, path.link, path.address)
            if key in batch:
                continue  # a station already alerted for this dispatch
            batch.add(key)
            self._page(unit, incident_id, path.link, path.address, None)

    def _next_id(self, incident_id: str, unit: str) -> str:
        prefix = f"{incident_id}/{unit}/"
        known = _keys(self.state.notices)  # the loop may be applying steps meanwhile
        used = {k for k in (*known, *self._issued) if k.startswith(prefix)}
        notice_id = make_notice_id(incident_id, unit, len(used) + 1, self.token)
        self._issued.add(notice_id)
        return notice_id

    def _text(self, incident_id: str, profile: Any) -> Any:
        incident = self.dispatch.state.incidents[incident_id]
        try:
            type_name = self.catalogue.incident_type(incident.type_code).name
        except LookupError:
            type_name = incident.type_code
        place = incident.location or (incident.place.label if incident.place else None)
        address = place or f"{incident.lat:.5f},{incident.lon:.5f}"
        return fit(profile, type_name, address, (incident_id, f"P{incident.priority}"))

    def _page(
        self,
        unit: str,
        incident_id: str,
        link_name: str,
        address: str,
        resend_of: str | None,
        by: str | None = None,
    ) -> str:
        runner = self.runners.get(link_name)
        link = self.config.link(link_name)
        if link is None or not link.enabled or incident_id not in self.dispatch.state.incidents:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "link {link} is not run by this position"),
                link=link_name,
            )
        notice_id = self._next_id(incident_id, unit)
        fitted = self._text(incident_id, link.text)
        limit = self.config.link_limit_s
        crew = self.config.crew_limit_s if link.two_way else None
        self._submit(
            ev.REACH_QUEUED,
            {
                "notice_id": notice_id,
                "unit": unit,
                "incident_id": incident_id,
                "link": link_name,
                "kind": link.kind,
                "address": address,
                "text": fitted.display,
                "truncated": fitted.truncated,
                "two_way": link.two_way,
                "resend_of": resend_of,
                "by": by,
                "link_limit_s": limit,
                "crew_limit_s": crew,
            },
            ev.reach_source(link_name),
        )
        if runner is not None:  # else (a re-send): the line's owner sends what is queued
            self._send(runner, link, notice_id, address, fitted)
        self._arm(notice_id, "link", limit)
        return notice_id

    def _send(self, runner: Any, link: Any, notice_id: str, address: str, fitted: Any) -> None:
        try:
            if link.kind == "espa":
                extra = {k: link.espa.get(k) for k in ("beep_coding", "priority", "transmissions")}
                call = EspaCall(call_address=address, text=fitted.wire, **extra)
                runner.submit(lambda station, now: station.submit(call, now, notice_id))
            else:
                coding = fitted.coding or 1
                runner.submit(
                    lambda station, now: station.submit_text(
                        address, fitted.wire, now, notice_id, coding
                    )
                )
        except ValueError as exc:
            self._step(link.name, ev.REACH_FAILED, notice_id, reason=f"cannot be sent: {exc}")

    def _send_queued(self, p: dict[str, Any]) -> None:
        """A page another process queued (a re-send at a position) on a line run here."""
        notice_id, link_name = str(p.get("notice_id")), str(p.get("link"))
        runner, link = self.runners.get(link_name), self.config.link(link_name)
        incident_id = str(p.get("incident_id"))
        if runner is None or link is None or p.get("kind") != link.kind:
            return
        with self._lock:
            if notice_id in self._issued:
                return  # its own, or sent already
            self._issued.add(notice_id)
        if incident_id not in self.dispatch.state.incidents:
            self._step(link_name, ev.REACH_FAILED, notice_id, reason="unknown incident")
            return
        fitted = self._text(incident_id, link.text)
        self._send(runner, link, notice_id, str(p.get("address")), fitted)
        self._arm(notice_id, "link", self.config.link_limit_s)

    # -- limits -------------------------------------------------------------------

    def _arm(self, notice_id: str, stage: str, limit: float) -> None:
        loop = self._loop
        if loop is None:
            return
        if threading.get_ident() != self._loop_thread:
            loop.call_soon_threadsafe(self._arm, notice_id, stage, limit)
            return
        old = self._timers.pop((notice_id, stage), None)
        if old is not None:
            old.cancel()
        self._timers[(notice_id, stage)] = loop.call_later(
            limit, self._limit_reached, notice_id, stage, limit
        )

    def _arm_crew_limit(self, notice_id: str) -> None:
        notice = self.state.notices.get(notice_id)
        if notice is not None and notice.two_way and notice.link in self.runners:
            self._arm(notice_id, "crew", self.config.crew_limit_s)

    def _limit_reached(self, notice_id: str, stage: str, limit: float) -> None:
        self._timers.pop((notice_id, stage), None)
        notice = self.state.notices.get(notice_id)
        if notice is None or notice.ended or notice.alarm == stage:
            return
        needed = "link_ack" if stage == "link" else "read"
        reached = max(STAGES.index(notice.stage), self._seen.get(notice_id, 0))
        if reached >= STAGES.index(needed):
            return  # reached already (the step may still be on its way to the log)
        self._step(notice.link, ev.REACH_TIMED_OUT, notice_id, stage=stage, limit_s=limit)

    # -- what the links say ---------------------------------------------------------

    def _submit(self, kind: str, payload: dict[str, Any], source: str) -> None:
        from models.store import NewEvent

        event = NewEvent(source=source, kind=kind, rx_time=self.dispatch._now(), payload=payload)
        handle = self.dispatch.writer.submit(event)
        add = getattr(handle, "add_done_callback", None)
        if add is not None:
            add(_log_failure(kind))

    def _step(self, link: str, kind: str, notice_id: Any, **extra: Any) -> None:
        stage = STAGE_OF.get(kind)
        if stage is not None:
            index = STAGES.index(stage)
            self._seen[notice_id] = max(self._seen.get(notice_id, 0), index)
        self._submit(kind, {"notice_id": notice_id, **extra}, ev.reach_source(link))

    def _refused(self, link: str, reason: str, **extra: Any) -> dict[str, Any]:
        payload = {
            "link": link,
            "address": None,
            "unit": None,
            "value": None,
            "code": None,
            "wanted": None,
            "reason": reason,
        }
        payload.update(extra)
        return payload

    def _on_link_events(self, link: str, events: list[Any]) -> None:
        for e in events:
            if isinstance(e, (espa.CallSent, pei.SdsSent)):
                self._step(link, ev.REACH_SENT, e.key, attempt=e.attempt)
            elif isinstance(e, (espa.CallAcknowledged, pei.SdsAccepted)):
                self._step(link, ev.REACH_LINK_ACK, e.key)
            elif isinstance(e, (espa.CallFailed, pei.SdsFailed)) and e.key is not None:
                self._step(link, ev.REACH_FAILED, e.key, reason=e.reason)
            elif isinstance(e, espa.CallStatus) and e.key is not None:
                detail = e.status_name or e.status
                self._step(link, ev.REACH_DELIVERED, e.key, detail=detail)
            elif isinstance(e, pei.SdsReport):
                self._report(link, e)
            elif isinstance(e, (pei.StatusReceived, pei.TextReceived)):
                assert self._crew is not None
                self._crew.put_nowait((link, e))
            elif isinstance(e, (espa.LinkFault, pei.LinkFault)):
                fault = self._refused(link, f"link fault: {e.reason}")
                self._submit(ev.REACH_REFUSED, fault, ev.reach_source(link))
            elif isinstance(e, (espa.CallFailed, pei.SdsFailed)):
                fault = self._refused(link, f"a report to a crew failed: {e.reason}")
                self._submit(ev.REACH_REFUSED, fault, ev.reach_source(link))
            elif isinstance(e, (espa.LinkState, pei.LinkState)):
                _LOGGER.info("reach link %s %s: %s", link, "up" if e.up else "down", e.reason)

    def _report(self, link: str, e: Any) -> None:
        if e.key is None:
            reason = (
                f"delivery report {e.report!r} matching nothing sent (ref {e.message_reference})"
            )
            payload = self._refused(link, reason, address=e.source)
            self._submit(ev.REACH_REFUSED, payload, ev.reach_source(link))
        elif e.report == "received":
            self._step(link, ev.REACH_DELIVERED, e.key, detail=e.detail)
        elif e.report == "read":
            self._step(link, ev.REACH_READ, e.key)
        elif e.report == "failed":
            self._step(link, ev.REACH_FAILED, e.key, reason=e.detail or NOT_DELIVERED)

    # -- the dispatcher's actions ---------------------------------------------------

    def _latest(self, unit: str) -> Notice:
        call_sign = self.dispatch._unit(unit)
        alarmed = [n for n in self.state.open_alarms() if n.unit == call_sign]
        notice = alarmed[-1] if alarmed else self.state.latest_for_unit(call_sign)
        if notice is None:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "{unit} has not been paged"), unit=call_sign
            )
        return notice

    async def resend(self, unit: str, link: str | None = None) -> str:
        by = self.dispatch.authorize("incident.dispatch")
        notice = self._latest(unit)
        if notice.incident_id != self.dispatch.state.unit(notice.unit).incident_id:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "{unit} is no longer committed to {incident}"),
                unit=notice.unit,
                incident=notice.incident_id,
            )
        address = notice.address
        if link is not None and link != notice.link:
            path = next((p for p in self.paths_of(notice.unit) if p.link == link), None)
            if path is None:
                names = Listed(sorted({p.link for p in self.paths_of(notice.unit)}))
                raise DispatchError(
                    QT_TRANSLATE_NOOP("Refusal", "{unit} has no path over {link} (paths: {paths})"),
                    unit=notice.unit,
                    link=link,
                    paths=names,
                )
            address = path.address
        target = link or notice.link
        return self._page(notice.unit, notice.incident_id, target, address, notice.notice_id, by)

    async def voice(self, unit: str) -> str:
        """Reached by voice: every open chain of the unit's newest incident ends."""
        self.dispatch.authorize("incident.dispatch")
        notice = self._latest(unit)
        open_ones = [
            n
            for n in self.state.notices.values()
            if n.unit == notice.unit and n.incident_id == notice.incident_id and not n.ended
        ]
        if not open_ones:
            raise DispatchError(
                QT_TRANSLATE_NOOP("Refusal", "{unit}'s page needs nothing more ({notice})"),
                unit=notice.unit,
                notice=Text(notice.describe()),
            )
        await self.dispatch.record(
            [(ev.REACH_VOICE, {"notice_id": n.notice_id}) for n in open_ones]
        )
        return notice.notice_id


def process_token(dispatch: Any) -> str:
    """This process's mark on its notice ids: its writer's origin (random per writer),
    else a random one."""
    origin = getattr(getattr(dispatch, "writer", None), "notify_origin", None)
    if isinstance(origin, str) and len(origin) >= 8:
        return origin[:8]
    return secrets.token_hex(4)


def _keys(mapping: dict[str, Any]) -> list[str]:
    for _ in range(10):
        try:
            return list(mapping)
        except RuntimeError:  # changed size while copied on another thread: again
            continue
    return list(mapping.copy())


def _log_failure(kind: str) -> Callable[[Any], None]:
    def done(handle: Any) -> None:
        try:
            handle.result(0)
        except Exception as exc:  # the writer's own health banner says more
            _LOGGER.error("%s not recorded: %s", kind, exc)

    return done
