"""Where each unit stands in its notification chain, rebuilt from ``reach.*`` events.

Contract: ``ReachBook.apply(kind, payload, rx_time)`` takes one committed
``reach.*`` event's payload (see ``models.dispatch.events``) and updates the
``Notice`` it names; a step for a notice the book does not know is ignored
(a trimmed picture), never an error. No rule is re-run: the payload says
what happened. ``Notice.stage`` is the furthest step reached (``queued`` <
``sent`` < ``link_ack`` < ``delivered`` < ``read`` < ``accepted``), and
A ``timed_out`` for a stage the notice has already passed (its step and the
limit crossed on the way to the log) raises no alarm. ``ended`` says the
chain needs nothing more: accepted, rejected, reached by
voice, replaced by a re-send, a one-way path acknowledged by its link, or a
partner handover the partner reports completed (``completed``: kind
``eido``, a ``reach.delivered`` with detail ``completed``; ``describe()``
then says "completed").
``alarm`` is the stage (``link``/``crew``) whose limit ran out while the
chain has not ended since; ``failed`` the link's reason for giving up.
``latest(incident_id)`` gives the newest notice per unit of an incident;
``open_alarms()`` the notices whose alarm stands. ``talk_requests`` and
``refused`` keep the last crew messages of those kinds (bounded).
Pure data, Qt-free; the dispatch picture (``models.dispatch.state``) holds one.

Notice ids: ``<incident>/<unit>/<n>@<token>`` (``make_notice_id``), ``token``
naming the process that issued it (``ReachService``: its writer's origin),
so a re-send queued at a position and a new page by the recorder at the
same instant never share an id. Ids of older stores (``<incident>/<unit>/<n>``)
still read: an id is only ever a key here. ``split_notice_id`` gives
``(incident, unit, n)`` of either form (None for another shape),
``notice_base`` the id without its token.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from models.dispatch import events as ev

STAGES = ("queued", "sent", "link_ack", "delivered", "read", "accepted")
KEEP_CREW_MESSAGES = 200

STAGE_OF = {
    ev.REACH_SENT: "sent",
    ev.REACH_LINK_ACK: "link_ack",
    ev.REACH_DELIVERED: "delivered",
    ev.REACH_READ: "read",
    ev.REACH_ACCEPTED: "accepted",
}


def make_notice_id(incident_id: str, unit: str, number: int, token: str) -> str:
    """``<incident>/<unit>/<n>@<token>``: unique across processes (see the module contract)."""
    return f"{incident_id}/{unit}/{number}@{token}"


def notice_base(notice_id: str) -> str:
    """The id without its process token: ``<incident>/<unit>/<n>`` (an old id unchanged)."""
    return str(notice_id).partition("@")[0]


def split_notice_id(notice_id: str) -> tuple[str, str, str] | None:
    """``(incident, unit, n)`` of a new or old notice id; None for another shape."""
    parts = notice_base(notice_id).split("/")
    if len(parts) != 3:
        return None
    return parts[0], parts[1], parts[2]


@dataclass(frozen=True, slots=True)
class Notice:
    notice_id: str
    unit: str
    incident_id: str
    link: str
    kind: str
    address: str
    text: str
    two_way: bool
    queued: datetime
    stage: str = "queued"
    stage_time: datetime | None = None
    attempts: int = 0
    detail: str | None = None
    rejected: bool = False
    failed: str | None = None
    alarm: str | None = None  # "link" or "crew" while the alarm stands
    alarm_time: datetime | None = None
    voice: bool = False
    replaced_by: str | None = None
    link_limit_s: float | None = None
    crew_limit_s: float | None = None

    @property
    def ended(self) -> bool:
        if self.rejected or self.voice or self.replaced_by or self.stage == "accepted":
            return True
        if self.completed:
            return True
        return not self.two_way and STAGES.index(self.stage) >= STAGES.index("link_ack")

    @property
    def completed(self) -> bool:
        """A partner handover (``eido``) the partner reports completed."""
        return self.kind == "eido" and self.detail == "completed"

    def describe(self) -> str:
        """One short line for a dispatcher: the path and the furthest step."""
        if self.voice:
            where = "reached by voice"
        elif self.rejected:
            where = "rejected"
        elif self.completed:
            where = "completed"
        elif self.failed and STAGES.index(self.stage) < STAGES.index("link_ack"):
            where = f"FAILED: {self.failed}"
        else:
            where = self.stage.replace("_", " ").replace("link ack", "link acknowledged")
        if self.alarm and not self.ended:
            where += f" — NO {'LINK' if self.alarm == 'link' else 'CREW'} ACKNOWLEDGEMENT"
        return f"{self.link} {self.address}: {where}"


@dataclass(frozen=True, slots=True)
class CrewMessage:
    time: datetime
    link: str
    address: str
    unit: str | None
    what: str  # the label (talk request) or the reason (refused)


@dataclass
class ReachBook:
    notices: dict[str, Notice] = field(default_factory=dict)
    talk_requests: list[CrewMessage] = field(default_factory=list)
    refused: list[CrewMessage] = field(default_factory=list)

    # -- reading --------------------------------------------------------------

    def latest(self, incident_id: str) -> dict[str, Notice]:
        """The newest notice per unit for ``incident_id`` (queued order)."""
        newest: dict[str, Notice] = {}
        for notice in self.notices.values():
            if notice.incident_id == incident_id and notice.replaced_by is None:
                newest[notice.unit] = notice
        return newest

    def latest_for_unit(self, unit: str) -> Notice | None:
        found = None
        for notice in self.notices.values():
            if notice.unit == unit and notice.replaced_by is None:
                found = notice
        return found

    def open_alarms(self) -> list[Notice]:
        return [n for n in self.notices.values() if n.alarm and not n.ended]

    def forget_incidents(self, keep: set[str]) -> int:
        """Drop notices of incidents not in ``keep`` (a trimmed picture); how many."""
        gone = [k for k, n in self.notices.items() if n.incident_id not in keep]
        for key in gone:
            del self.notices[key]
        return len(gone)

    # -- applying ---------------------------------------------------------------

    def apply(self, kind: str, p: dict[str, Any], when: datetime) -> None:
        if kind == ev.REACH_QUEUED:
            self._queued(p, when)
            return
        if kind == ev.REACH_TALK_REQUEST:
            _keep(self.talk_requests, _crew(p, when, str(p.get("label") or p.get("code"))))
            return
        if kind == ev.REACH_REFUSED:
            _keep(self.refused, _crew(p, when, str(p.get("reason") or "refused")))
            return
        notice = self.notices.get(str(p.get("notice_id")))
        if notice is None:
            return
        self.notices[notice.notice_id] = _step(notice, kind, p, when)

    def _queued(self, p: dict[str, Any], when: datetime) -> None:
        notice = Notice(
            notice_id=str(p["notice_id"]),
            unit=str(p["unit"]),
            incident_id=str(p["incident_id"]),
            link=str(p["link"]),
            kind=str(p.get("kind") or ""),
            address=str(p.get("address") or ""),
            text=str(p.get("text") or ""),
            two_way=bool(p.get("two_way")),
            queued=when,
            stage_time=when,
            link_limit_s=p.get("link_limit_s"),
            crew_limit_s=p.get("crew_limit_s"),
        )
        self.notices[notice.notice_id] = notice
        earlier = self.notices.get(str(p.get("resend_of")))
        if earlier is not None:
            self.notices[earlier.notice_id] = replace(earlier, replaced_by=notice.notice_id)


def _keep(messages: list[CrewMessage], message: CrewMessage) -> None:
    messages.append(message)
    del messages[:-KEEP_CREW_MESSAGES]


def _crew(p: dict[str, Any], when: datetime, what: str) -> CrewMessage:
    return CrewMessage(when, str(p.get("link")), str(p.get("address")), p.get("unit"), what)


def _step(notice: Notice, kind: str, p: dict[str, Any], when: datetime) -> Notice:
    stage = STAGE_OF.get(kind)
    if stage is not None:
        further = STAGES.index(stage) > STAGES.index(notice.stage)
        changes: dict[str, Any] = {}
        if further:
            changes.update(stage=stage, stage_time=when)
        if kind == ev.REACH_SENT:
            changes["attempts"] = max(notice.attempts, int(p.get("attempt") or 1))
        if kind == ev.REACH_DELIVERED and p.get("detail"):
            changes["detail"] = str(p["detail"])
        if stage == "link_ack" and notice.alarm == "link":
            changes.update(alarm=None, alarm_time=None)  # the link answered after all
        if stage in ("read", "accepted"):
            changes.update(alarm=None, alarm_time=None)
        return replace(notice, **changes)
    if kind == ev.REACH_REJECTED:
        return replace(notice, rejected=True, stage_time=when, alarm=None)
    if kind == ev.REACH_FAILED:
        return replace(notice, failed=str(p.get("reason") or "failed"))
    if kind == ev.REACH_TIMED_OUT:
        stage = str(p.get("stage") or "link")
        needed = "link_ack" if stage == "link" else "read"
        if STAGES.index(notice.stage) >= STAGES.index(needed):
            return notice  # the step it waited for was logged first: no alarm stands
        return replace(notice, alarm=stage, alarm_time=when)
    if kind == ev.REACH_VOICE:
        return replace(notice, voice=True, alarm=None, stage_time=when)
    return notice
