"""The refused-request recording of the HTTP endpoint: what a refusal keeps, and where it goes.

Role: the part of ``radio.links.http`` that turns the endpoint's own
refusals into bounded records and hands them to the link's sink, within a
stored-bytes budget, summarising the rest (DESIGN non-negotiable 1: a
request refused before authentication is kept in bounded form, and nothing
is dropped silently). No Qt, no SQL.

Contract:
- ``Refusal(status, code, reason, headers)`` is the endpoint's own refusal:
  the status it answers, a reason code (``record.rejection``), a sentence
  and extra response headers (``Retry-After``, ``WWW-Authenticate``).
- ``refusal_record(base, head, source, refusal, read)`` is the record of a
  refused request: request line, headers (at most ``REFUSED_HEAD_BYTES``;
  more are counted in ``headers_omitted``; path and query cut to
  ``REFUSED_PATH_CHARS``, the request line holds them whole), the body
  length, SHA-256 of the bytes received and their first bytes as ``body``
  (``read.prefix``). Only a 403 (a known sender on the wrong route) keeps
  its whole body when it was read within the route's limit. ``read`` None:
  nothing of the body was read.
- ``RefusalRecorder(name, config, health)``; the link sets ``sink`` (the
  ``RequestSink``, synchronous, fire and forget) when it runs.
  ``refused(record, sender)`` counts the refusal (``health.rejected[code]``,
  ``health.refused``) and hands the record on if the budget allows: per
  minute overall (``refused_budget_bytes``) and per sender
  (``refused_budget_per_sender_bytes``; the source name, or ``host H``
  when unauthenticated), reckoned by ``record.stored_bytes()``. A refusal
  over the budget is counted in a ``RefusalSummary`` instead
  (``health.refused_summarized``); body bytes received and not stored are
  counted in ``health.refused_bytes_dropped``.
- The summary is handed on as one record with ``rejection="summary"``,
  ``peer="*"``, an empty body and ``summary`` = counts per sender and per
  reason, body bytes, first and last receive time, sample request lines
  and the connections refused at the caps: every ``summary_interval_s``
  (``on_tick``) and at ``flush()`` (the link flushes whenever its server
  stops). ``restart()`` starts a new interval.
- It is the ``http_conn.ConnectionGuard``'s listener: ``on_partial`` records
  what arrived of a request that never reached the handler (bounded as
  above, ``body_complete=False``, counted in ``health.requests``),
  ``on_connection_refused`` counts a connection refused at a cap in the
  next summary, ``on_tick`` hands the summary on when its interval is over.
- A sink that raises is counted in ``health.errors`` and logged; the
  endpoint goes on.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from radio.links.base import utc_now
from radio.links.http_conn import Connection
from radio.links.http_guard import BodyRead, ByteBudget, HttpLinkHealth, RefusalSummary
from radio.links.http_head import RequestHead, route_of, split_partial
from radio.links.http_types import HttpConfig, HttpRequestRecord, RequestSink

_LOGGER = logging.getLogger(__name__)

REFUSED_HEAD_BYTES = 8 * 1024  # header bytes a refused request keeps
# A refusal's path and query are cut to this many characters; its request
# line, which holds both, is kept whole.
REFUSED_PATH_CHARS = 256


class Refusal(Exception):
    """The endpoint's own refusal: status, reason code, text and extra headers."""

    def __init__(
        self, status: int, code: str, reason: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.status, self.code, self.reason = status, code, reason
        self.headers = dict(headers or {})


def refusal_record(
    base: Mapping[str, Any],
    head: RequestHead,
    source: str | None,
    refused: Refusal,
    read: BodyRead | None,
) -> HttpRequestRecord:
    """The bounded record of a refused request (see the module docstring)."""
    headers, omitted = head.bounded(REFUSED_HEAD_BYTES)
    fields = {
        **base,
        "path": head.path[:REFUSED_PATH_CHARS],
        "query": head.query[:REFUSED_PATH_CHARS],
    }
    if read is None:  # not read at all
        body, length, digest, complete = b"", 0, None, head.declared_length == 0
        oversized = refused.code == "size"
    else:
        whole = refused.code == "forbidden" and read.kept is not None
        body = read.kept if whole and read.kept is not None else read.prefix
        length, digest, complete = read.length, read.sha256, read.complete
        oversized = read.oversized or refused.code == "size"
    return HttpRequestRecord(
        source=source,
        body=body,
        oversized=oversized,
        rejection=refused.code,
        reason=refused.reason,
        status=refused.status,
        headers=headers,
        headers_omitted=omitted,
        body_length=length,
        body_sha256=digest,
        body_complete=complete,
        **fields,
    )


class RefusalRecorder:
    """Refused requests to the sink within the budget, the rest in a summary."""

    def __init__(self, name: str, config: HttpConfig, health: HttpLinkHealth) -> None:
        self.name = name
        self.config = config
        self.health = health
        self.sink: RequestSink | None = None
        self._budget = ByteBudget(
            config.refused_budget_bytes, config.refused_budget_per_sender_bytes
        )
        self._summary = RefusalSummary()
        self._last_summary = time.monotonic()

    def restart(self) -> None:
        """A new summary interval begins now (the server has just started)."""
        self._last_summary = time.monotonic()

    def refused(self, record: HttpRequestRecord, sender: str) -> None:
        """Hand a refused request on if the budget allows, else count it in the summary."""
        health = self.health
        code = record.rejection or "?"
        health.rejected[code] = health.rejected.get(code, 0) + 1
        health.refused += 1
        received = record.received_bytes
        _LOGGER.debug("link %s: %s %s from %s: %s", self.name, record.status, record.path,
                      record.peer, record.reason)  # fmt: skip
        if self._budget.take(sender, record.stored_bytes()):
            health.refused_bytes_dropped += max(0, received - len(record.body))
            self._hand_on(record)
        else:
            health.refused_summarized += 1
            health.refused_bytes_dropped += received
            self._summary.add_request(sender, code, received, record.request_line, record.rx_time)

    # -- the connection guard's listener (http_conn.GuardListener) -------------------------

    def on_partial(self, conn: Connection, status: int, code: str, reason: str) -> None:
        """A request that never reached the handler: what arrived of it, bounded."""
        self.health.requests += 1
        head, rest = split_partial(bytes(conn.head))
        route = route_of(head.path)
        headers, omitted = head.bounded(REFUSED_HEAD_BYTES)
        record = HttpRequestRecord(
            route=route.name if route else None,
            protocol=route.protocol if route else None,
            source=None,
            peer=conn.peer,
            method=head.method[:REFUSED_PATH_CHARS],
            path=head.path[:REFUSED_PATH_CHARS],
            query=head.query[:REFUSED_PATH_CHARS],
            request_line=head.request_line,
            content_type=head.content_type,
            declared_length=head.declared_length,
            escaped=head.escaped,
            headers=headers,
            headers_omitted=omitted,
            body=rest[: self.config.refused_prefix_bytes],
            body_length=len(rest),
            body_sha256=hashlib.sha256(rest).hexdigest(),
            body_complete=False,
            oversized=False,
            rx_time=conn.head_rx or utc_now(),
            rejection=code,
            reason=reason,
            status=status,
        )
        self.refused(record, f"host {conn.host}")

    def on_connection_refused(self, host: str) -> None:
        self._summary.add_connection_refused(host, utc_now())

    def on_tick(self) -> None:
        if time.monotonic() - self._last_summary >= self.config.summary_interval_s:
            self.flush()

    # -- the summary -------------------------------------------------------------------

    def flush(self) -> None:
        """Hand on the summary of what went over the budget, if any; a new interval begins."""
        self._last_summary = time.monotonic()
        summary = self._summary.take()
        if summary is None:
            return
        requests, connections = summary["requests"], summary["connections_refused"]
        parts = []
        if requests:
            parts.append(
                f"{requests} refused requests over the stored-bytes budget, kept as this count"
            )
        if connections:
            parts.append(f"{connections} connections refused at the connection caps")
        self.health.summaries += 1
        record = HttpRequestRecord(
            route=None,
            protocol=None,
            source=None,
            peer="*",
            method="",
            path="",
            content_type=None,
            body=b"",
            oversized=False,
            rx_time=datetime.fromisoformat(summary["first_rx"]),
            rejection="summary",
            reason="; ".join(parts),
            body_length=summary["body_bytes"],
            body_complete=False,
            summary=summary,
        )
        self._hand_on(record)

    def _hand_on(self, record: HttpRequestRecord) -> None:
        sink = self.sink
        if sink is None:
            return
        try:
            sink(record)
        except Exception:
            self.health.errors += 1
            _LOGGER.exception("link %s: sink failed on a refused request", self.name)
