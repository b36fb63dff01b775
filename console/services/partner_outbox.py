"""At-least-once delivery to partner control rooms: the outbox and its retry loops.

Role: the delivery half of ``console.services.partner``. The outbox itself
is the event log (a document is posted only once its queueing event is
committed, and a restart rebuilds what is still owed from the log:
``pending_from_log``); this module keeps the in-memory queue and posts.

Contract (Qt-free; on the console's asyncio loop):

- ``Outbox(clients, on_result)``: one FIFO per partner, one worker task per
  partner started by ``start()``; ``put(item)`` queues an ``Outgoing``
  (partner, route, body, content type, key); ``await close()`` stops the
  workers (what is still queued stays owed in the log).
- A worker posts the oldest item of its partner. ``on_result(item, attempt,
  result, reason)`` hears every attempt: ``result`` a ``PostResult`` (any
  answer) or None with ``reason`` (no answer). A 2xx or a non-retryable 4xx
  ends the item; no answer or a retryable status (``retryable``) keeps it at
  the head and waits with backoff (``retry_min_s`` doubling up to
  ``retry_max_s`` of the partner) before the next attempt: the order of one
  partner's documents is kept (an answer never overtakes its handover).
- ``pending_from_log(events)``: from the committed ``reach.*`` and
  ``partner.answer_*`` events (oldest first), the items still owed: handovers
  queued but neither acknowledged by the partner nor failed for good, and
  answers queued but not delivered nor failed for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.dispatch import events as ev
from radio.links.base import Backoff
from radio.links.partner_client import PartnerUnreachable, PostResult, retryable

_LOGGER = logging.getLogger(__name__)

EIDO_TYPE = "application/emergency.eido+json"
ANSWER_TYPE = "application/json"

# Answer-side event kinds (the receiving console's outbox; console.services.partner).
ANSWER_QUEUED = "partner.answer_queued"
ANSWER_SENT = "partner.answer_sent"
ANSWER_DELIVERED = "partner.answer_delivered"
ANSWER_FAILED = "partner.answer_failed"
ANSWER_KINDS = (ANSWER_QUEUED, ANSWER_SENT, ANSWER_DELIVERED, ANSWER_FAILED)
#: What ``pending_from_log`` reads.
OUTBOX_KINDS = (ev.REACH_QUEUED, ev.REACH_LINK_ACK, ev.REACH_FAILED, *ANSWER_KINDS)


@dataclass
class Outgoing:
    partner: str
    route: str  # "eido" or "eido-answer"
    body: bytes
    content_type: str
    key: str  # notice id (a handover) or answer id
    attempts: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


OnResult = Callable[[Outgoing, int, "PostResult | None", "str | None"], None]


class Outbox:
    def __init__(self, clients: Mapping[str, Any], on_result: OnResult) -> None:
        self.clients = dict(clients)
        self.on_result = on_result
        self._queues: dict[str, deque[Outgoing]] = {name: deque() for name in self.clients}
        self._wake: dict[str, asyncio.Event] = {}
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        for name in self.clients:
            self._wake[name] = asyncio.Event()
            if self._queues[name]:
                self._wake[name].set()
            task = asyncio.get_running_loop().create_task(
                self._worker(name), name=f"partner:{name}"
            )
            self._tasks.append(task)

    def put(self, item: Outgoing) -> None:
        queue = self._queues.get(item.partner)
        if queue is None:
            raise KeyError(f"unknown partner {item.partner!r}")
        if any(queued.key == item.key for queued in queue):
            return  # owed once; the log already says so
        queue.append(item)
        wake = self._wake.get(item.partner)
        if wake is not None:
            wake.set()

    def owed(self, partner: str | None = None) -> list[Outgoing]:
        names = [partner] if partner else list(self._queues)
        return [item for name in names for item in self._queues.get(name, ())]

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        for client in self.clients.values():
            await client.close()

    async def _worker(self, name: str) -> None:
        queue, wake, client = self._queues[name], self._wake[name], self.clients[name]
        partner = client.partner
        backoff = Backoff(partner.retry_min_s, partner.retry_max_s)
        while True:
            if not queue:
                wake.clear()
                await wake.wait()
                continue
            item = queue[0]
            item.attempts += 1
            result: PostResult | None = None
            reason: str | None = None
            try:
                result = await client.post(item.route, item.body, item.content_type)
            except PartnerUnreachable as exc:
                reason = str(exc)
            except Exception as exc:  # one bad post must not stop the partner's queue
                _LOGGER.exception("partner %s: post failed", name)
                reason = f"internal error: {exc!r}"
            try:
                self.on_result(item, item.attempts, result, reason)
            except Exception:
                _LOGGER.exception("partner %s: result not handled", name)
            if result is not None and not retryable(result.status):
                if queue and queue[0] is item:
                    queue.popleft()
                backoff.reset()
                continue
            await asyncio.sleep(backoff.next_delay())


def pending_from_log(events: Iterable[Any], partners: Iterable[str]) -> list[Outgoing]:
    """The handovers and answers the log says are still owed (see the module contract)."""
    known = set(partners)
    owed: dict[str, Outgoing] = {}
    for event in events:
        p = event.payload or {}
        key = str(p.get("notice_id") or p.get("answer_id") or "")
        if event.kind == ev.REACH_QUEUED:
            if p.get("kind") != "eido" or p.get("link") not in known or not p.get("document"):
                continue
            owed[key] = Outgoing(
                str(p["link"]), "eido", str(p["document"]).encode("utf-8"), EIDO_TYPE, key
            )
        elif event.kind == ANSWER_QUEUED:
            if p.get("partner") not in known or not p.get("document"):
                continue
            owed[key] = Outgoing(
                str(p["partner"]),
                "eido-answer",
                str(p["document"]).encode("utf-8"),
                ANSWER_TYPE,
                key,
            )
        elif event.kind in (ev.REACH_LINK_ACK, ANSWER_DELIVERED):
            owed.pop(key, None)
        elif event.kind in (ev.REACH_FAILED, ANSWER_FAILED) and p.get("final"):
            owed.pop(key, None)
    return list(owed.values())
