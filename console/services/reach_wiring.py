"""Reaching the units and the partner agencies in one process: the wiring the live
session and the headless recorder share (one copy, used by both).

Contract (Qt-free):

- ``take_reach(site, wanted, claims, take_reach_links) -> ReachLinks`` (a
  worker thread: it reads site.toml and the claims table): the site's
  ``[reach]`` (``config``; None when it cannot be read, then ``fault`` says
  why), the reach lines and partner outboxes this process claimed
  (``owned``, by ``take_reach_links``: ``console.session.link_ownership``'s,
  handed in since services sit below the session layer; ``wanted`` as
  ``--links``, None for all) and a warning naming the owner of each one
  another process holds (``refusals``).
- ``ingest_wanted(site, wanted, taken) -> frozenset[str] | None``: ``wanted``
  less the ``[reach]`` link and partner names, for ``take_links`` (which
  would call them unknown links).
- ``make_reach(site, taken, dispatch, catalogue) -> ReachService | None`` (on
  the loop, not started): None when the site has no ``[reach]`` links. A
  service whose process owns none of the lines pages nothing; it still
  derives the pages' chains and the NOT ACKNOWLEDGED alarms from the
  committed ``reach.*`` events (the owner's ``reach.timed_out``).
- ``page_from_follower(reach, events)``: the follower's thread, every
  committed batch, BEFORE the batch goes to the loop: pages leave at once;
  a failure is logged (the loop's ``on_committed`` pages what this did not).
- ``on_dispatch_committed(dispatch, reach, partners, events)`` (the loop,
  every committed batch of dispatch kinds, in order): the dispatch picture
  first, then the reach service, then the partners; ``on_calls_committed(
  partners, events)`` for call batches and for the partners' own events
  (``is_partner_event``: an answer queued at a position, delivered by the owner).
- ``start_partners`` (re-exported from ``console.services.partner_wiring``)
  starts CAD-to-CAD for the ``owned`` partners.
- ``await close_reach(reach, partners)``: the partners' last steps first, then
  the lines; before the writer closes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from console.services.partner_wiring import start_partners

_LOGGER = logging.getLogger(__name__)

PARTNER_PREFIX = "partner."  # partner.answer_queued & co (console.services.partner_outbox)


def is_partner_event(event: Any) -> bool:
    return str(event.kind).startswith(PARTNER_PREFIX)


__all__ = [
    "ReachLinks",
    "close_reach",
    "ingest_wanted",
    "is_partner_event",
    "make_reach",
    "on_calls_committed",
    "on_dispatch_committed",
    "page_from_follower",
    "start_partners",
    "take_reach",
]


@dataclass(slots=True)
class ReachLinks:
    """What ``take_reach`` found: the config, what this process runs, what it did not."""

    config: Any = None  # console.config.reach.ReachConfig
    owned: frozenset[str] = frozenset()
    refusals: list[str] = field(default_factory=list)
    fault: str | None = None  # [reach] could not be read: why


def take_reach(
    site: Any, wanted: frozenset[str] | None, claims: Any, take_reach_links: Any
) -> ReachLinks:
    """Worker thread: read ``[reach]`` and claim its lines and the partner outboxes."""
    from console.config.reach import ReachError, load_reach

    taken = ReachLinks()
    try:
        taken.config = load_reach(site)
    except ReachError as exc:
        taken.fault = str(exc)
    http = getattr(site, "http", None)
    partners = [p.name for p in http.partners] if http is not None else []
    taken.owned, taken.refusals = take_reach_links(taken.config, partners, wanted, claims)
    return taken


def ingest_wanted(
    site: Any, wanted: frozenset[str] | None, taken: ReachLinks
) -> frozenset[str] | None:
    """``--links`` less the reach lines' and partners' names (see the module contract)."""
    if wanted is None:
        return None
    http = getattr(site, "http", None)
    names = {p.name for p in http.partners} if http is not None else set()
    names |= {link.name for link in getattr(taken.config, "links", ())}
    return wanted - names


def make_reach(site: Any, taken: ReachLinks, dispatch: Any, catalogue: Any) -> Any:
    """The reach service for the site's ``[reach]`` links (None without any), not started."""
    config = taken.config
    if config is None or not config.links or dispatch is None:
        return None
    from console.services.reach import ReachService

    return ReachService(site, config, dispatch, catalogue, links=taken.owned)


def page_from_follower(reach: Any, events: Sequence[Any]) -> None:
    """Follower thread: the batch's assignments paged now (see the module contract)."""
    if reach is None:
        return
    try:
        reach.on_committed_threadsafe(events)
    except Exception:  # the loop's path pages what this did not
        _LOGGER.exception("paging from the follower's thread failed")


def on_dispatch_committed(dispatch: Any, reach: Any, partners: Any, events: Sequence[Any]) -> None:
    """The loop: a committed dispatch batch to the picture, then the pages, then partners."""
    if dispatch is not None:
        dispatch.on_committed(events)
    if reach is not None:
        reach.on_committed(events)
    if partners is not None:
        partners.on_committed(events)


def on_calls_committed(partners: Any, events: Sequence[Any]) -> None:
    """The loop: a committed call batch (a partner's call attached: answered accepted)."""
    if partners is not None:
        partners.on_committed(events)


async def close_reach(reach: Any, partners: Any) -> None:
    """Partners first (their last steps are stored), then the paging and radio lines."""
    if partners is not None:
        await partners.close()
    if reach is not None:
        await reach.close()
