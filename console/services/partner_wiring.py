"""CAD-to-CAD in a console session: the one call the session (or recorder) makes.

Contract: ``await start_partners(site, dispatch, writer, ingest, calls, store,
*, catalogue=None, reach=None, owned=None) -> PartnerService | None``. None
when the site names no partner (``[[http.partners]]``). Otherwise a started
``console.services.partner.PartnerService`` on the site's full ``[http]``
table: attached to the HTTP endpoint among ``ingest.links`` when this process
runs it (it then takes partners' handovers and answers; a process without
the endpoint still hands over), calls made by the ingest path's call
tracker (``ingest.call_tracker``), limits from ``reach`` (the site's
``ReachConfig``; defaults without one), delivering only to ``owned``
partners (``console.session.link_ownership.take_reach_links``; None: all).
The outbox is rebuilt from ``store`` (read on a worker thread). The caller
feeds it committed dispatch and call batches (``on_committed``) and closes
it on shutdown (``await close()``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from console.services.partner import PartnerService

_LOGGER = logging.getLogger(__name__)


async def start_partners(
    site: Any,
    dispatch: Any,
    writer: Any,
    ingest: Any,
    calls: Any,
    store: Any,
    *,
    catalogue: Any = None,
    reach: Any = None,
    owned: Iterable[str] | None = None,
) -> PartnerService | None:
    http = getattr(site, "http", None)
    if http is None or not http.partners:
        return None
    limits = {}
    if reach is not None:
        limits = {"link_limit_s": reach.link_limit_s, "crew_limit_s": reach.crew_limit_s}
    service = PartnerService(
        site,
        http,
        dispatch,
        writer,
        calls=calls,
        tracker=getattr(ingest, "call_tracker", None),
        catalogue=catalogue,
        links=owned,
        **limits,
    )
    if not service.attach(getattr(ingest, "links", ())):
        _LOGGER.info("partners: the HTTP endpoint runs elsewhere; it takes their handovers")
    await service.start(store)
    names = ", ".join(sorted(service.outbox.clients)) or "none (owned elsewhere)"
    _LOGGER.info("partners: delivering to %s", names)
    return service
