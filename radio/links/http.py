"""HTTP(S) endpoint link: AML HTTPS POSTs, PIDF-LO and CAP bodies received over HTTP.

Role: the console's own HTTP server (aiohttp on the running asyncio loop:
qasync in the app, plain asyncio in the recorder), presented like a ``Link``
so the link-status dock can show it. No Qt, no SQL: storing and decoding are
the caller's, through two callbacks. This module handles requests and their
verdicts; its pieces are ``http_types`` (settings, records, verdicts),
``http_head`` (what a request looked like), ``http_refusals`` (the
refused-request recording), ``http_guard`` (escaping, bounded bodies, the
budget, health), ``http_conn`` (connection caps and timeouts) and
``http_site`` (TLS and the listening server).

Contract:
- ``HttpEndpointLink(name, config, on_request)``; ``await link.run(sink)``
  listens on ``config.host:config.port`` (127.0.0.1 unless configured; port 0
  = any free port, then ``bound_port``) until ``close()``. With
  ``tls_cert``/``tls_key`` it serves HTTPS only (TLS 1.2+). A bad certificate
  or a busy port leaves the link DOWN with ``health.last_error`` and retries
  with backoff; it never raises.
- Routes (``ROUTES``): ``POST /aml`` (form-encoded, protocol ``aml-http``),
  ``POST /pidf`` (``application/pidf+xml`` or ``application/xml``, protocol
  ``pidf``), ``POST /cap`` (``application/cap+xml`` or ``application/xml``,
  protocol ``cap``).
- Every request reaches exactly one of the two callbacks, as an
  ``HttpRequestRecord`` (route, protocol, source, peer, method, path, query,
  request line, headers with credentials redacted, content type, body and
  its length, SHA-256 and completeness, aware UTC ``rx_time`` of the
  request's first byte):
  * the endpoint's own refusals go to ``sink(record)`` (synchronous, must
    not block; ``record.rejection``/``reason``/``status`` say why): unknown
    path 404, wrong method 405, no or unknown bearer token 401 (with
    ``WWW-Authenticate``), token not allowed on the route 403, wrong content
    type 415, body over the limit 413, source over its concurrency limit 429
    (body not read), body not complete within ``read_timeout_s`` 408,
    unreadable body 400, request aiohttp cannot parse 400 (``malformed``,
    from the bytes that arrived), headers not complete within
    ``header_timeout_s`` 408 (``slow-headers``). The sink should store them
    (fire and forget). What a refusal record keeps, the stored-bytes budget
    and the summary record that stands for refusals over it are
    ``radio.links.http_refusals``'s contract.
  * accepted requests go to ``await on_request(record) -> HttpVerdict``,
    which must store the event durably and decode it, returning e.g. 200
    after the commit or 400 with the decoder's reason. The endpoint answers
    only when it returns, with its status and text. If it raises or takes
    longer than ``ack_timeout_s`` the answer is 503 (the sender retries;
    nothing unanswered counts as acknowledged).
- How much of a refused body is read: a body that is refused anyway
  (401/404/405/415, or 413 by its ``Content-Length``) is read and hashed up
  to ``refused_read_bytes``, or only its first ``refused_prefix_bytes`` when
  its ``Content-Length`` is larger than that (it could not be hashed whole);
  an over-limit chunked body is read at most ``refused_read_bytes`` past the
  limit. What was not read is never read: the answer is sent and the
  connection closed (the client may see a reset instead of the status).
  Only 403 (a known sender on the wrong route) reads its whole body when it
  is within the route's limit. A request with ``Expect: 100-continue`` gets
  ``100 Continue`` only when its body is wanted; a refused one is answered
  without its body.
- Connections (``radio.links.http_conn``): at most ``max_connections``
  overall and ``max_connections_per_peer`` per host (idle ones make room
  first; otherwise 503 / 429 at once); headers must arrive within
  ``header_timeout_s`` of their first byte, an idle keep-alive connection is
  closed after ``idle_timeout_s``; the TLS handshake has ``header_timeout_s``.
  A connection refused at a cap is not read at all: it is counted in
  ``connections_refused`` and in the next summary record.
- What the endpoint holds of a request is freed by reference counting alone
  (no reference cycles), so memory after a flood does not wait for the
  cyclic GC (pinned by tests/radio/links/test_http_hostile_floods.py).
- Every ``str`` in a record is UTF-8 encodable: bytes from the wire that are
  not clean UTF-8 are escaped losslessly (``radio.links.http_guard.
  escape_bytes``; ``record.escaped`` names the fields, ``unescape`` gives
  the bytes back).
- Tokens are compared with ``hmac.compare_digest`` against every source.
  A source with a ``client_cert`` (mutual TLS) is also known by that
  certificate: the server asks for client certificates (trusting exactly
  those files) and a request without a bearer token whose connection
  presented one is that source's.
- Partner routes (``PARTNER_ROUTES``: ``/eido``, ``/eido-answer``) go to the
  handler registered with ``add_route_handler(route, handler)`` (same
  signature and timeout as ``on_request``); without one they are answered
  503 (the partner retries) and recorded as a refusal.
- Flood protection: each source (and all unauthenticated requests together)
  may have at most ``max_concurrent`` requests in flight (reading the body
  and waiting for the store); more is answered 429 with ``Retry-After`` at
  once, so one flooding sender cannot occupy the loop or the writer for
  others. ``close()`` gives requests in flight ``http_site.SHUTDOWN_S`` to be
  answered; later ones are cut off unanswered. Per-request work on the loop
  is small; ``decode_off_loop`` moves decoding of bodies over
  ``OFFLOAD_BYTES`` to the default executor.
- Backpressure (``pause_reading``, see ``radio.links.base``): while paused
  every request that reaches the handler is refused 503 ``paused`` with
  ``Retry-After: PAUSED_RETRY_AFTER_S``, whatever else it would have got;
  its body is read as a refused body's (not at all when its sender is at
  ``max_concurrent``) and it is recorded like any refusal. Wire faults
  (408, 400, ``malformed``, the caps) are answered as ever; requests
  accepted before the pause finish as usual.
- ``health`` is an ``HttpLinkHealth``: the ``LinkHealth`` fields plus
  ``requests``, ``accepted``, ``rejected`` (per reason code), ``in_flight``
  and the refusal and connection counters listed by ``health.counters()``.
  ``frames`` counts 2xx verdicts, ``errors`` 4xx/5xx verdicts and transport
  errors; ``peers`` holds the sending hosts (the first 64), ``bytes_in``
  the body bytes read.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from datetime import datetime
from typing import Any

from aiohttp import web
from aiohttp.http import HttpVersion11

from radio.links.base import (
    Backoff,
    LinkNotConnected,
    ReconnectingLink,
    format_peer,
    utc_now,
)
from radio.links.http_conn import (
    Connection,
    ConnectionGuard,
    connection_of,
    plain_response,
)
from radio.links.http_guard import BodyRead, HttpLinkHealth, escape_bytes, read_body
from radio.links.http_head import RequestHead, head_of, route_of, wire
from radio.links.http_refusals import Refusal, RefusalRecorder, refusal_record
from radio.links.http_site import (
    client_cert_digests,
    make_runner,
    make_ssl_context,
    server_ssl_context,
    start_site,
)
from radio.links.http_types import (
    KIB,
    PARTNER_ROUTES,
    ROUTES,
    HttpConfig,
    HttpRequestRecord,
    HttpRoute,
    HttpSource,
    HttpVerdict,
    OnRequest,
    RequestSink,
)
from radio.protocols import Protocol

__all__ = [
    "OFFLOAD_BYTES",
    "PAUSED_RETRY_AFTER_S",
    "HttpConfig",
    "HttpEndpointLink",
    "HttpLinkHealth",
    "HttpRequestRecord",
    "HttpSource",
    "HttpVerdict",
    "OnRequest",
    "RequestSink",
    "decode_off_loop",
    "make_ssl_context",
]

_LOGGER = logging.getLogger(__name__)

# Measured (PIDF-LO on defusedxml): ~0.1 ms per KiB on this class of machine,
# so 16 KiB is ~1.5 ms: below that the loop decodes inline, above it a worker
# thread does, keeping a 60 Hz GUI frame free.
OFFLOAD_BYTES = 16 * KIB
_MAX_PEERS_SHOWN = 64
# While paused (the store cannot take more), how long senders are told to
# wait: long enough not to be a retry storm, short against an outage.
PAUSED_RETRY_AFTER_S = 10


def _paused_refusal() -> Refusal:
    reason = f"not taking requests now; retry in {PAUSED_RETRY_AFTER_S} s"
    return Refusal(503, "paused", reason, {"Retry-After": str(PAUSED_RETRY_AFTER_S)})


async def decode_off_loop(protocol: Protocol, body: bytes) -> Any:
    """``protocol.decode(body)``, in the default executor when the body is large."""
    if len(body) <= OFFLOAD_BYTES:
        return protocol.decode(body)
    return await asyncio.get_running_loop().run_in_executor(None, protocol.decode, body)


async def _no_partner_handler(record: HttpRequestRecord) -> HttpVerdict:
    return HttpVerdict(503, "partner handover is not running on this console; retry")


class HttpEndpointLink(ReconnectingLink):
    """The HTTP(S) server; see the module docstring for the contract."""

    def __init__(
        self,
        name: str,
        config: HttpConfig,
        on_request: OnRequest,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(name, backoff)
        self.config = config
        self.health: HttpLinkHealth = HttpLinkHealth()
        self._on_request = on_request
        self._runner: web.BaseRunner | None = None
        self._guard: ConnectionGuard | None = None
        self._cleanup: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._busy: dict[str | None, int] = {}
        self._tokens = [(s.token.encode(), s) for s in config.sources if s.token]
        self._by_cert: dict[bytes, HttpSource] = {}
        self._handlers: dict[str, OnRequest] = {}
        self._refusals = RefusalRecorder(name, config, self.health)
        self.bound_port: int | None = None

    def add_route_handler(self, route: str, handler: OnRequest) -> None:
        """Hand the requests of a partner route to ``handler`` instead of ``on_request``."""
        if route not in PARTNER_ROUTES:
            raise ValueError(f"{route!r} is not a partner route ({', '.join(PARTNER_ROUTES)})")
        self._handlers[route] = handler

    def describe(self) -> str:
        scheme = "https" if self.config.tls else "http"
        port = self.bound_port if self.bound_port is not None else self.config.port
        return f"{scheme} {self.config.host}:{port}"

    # -- lifecycle (ReconnectingLink) ---------------------------------------

    def _open_error(self, exc: BaseException) -> str:
        if isinstance(exc, ValueError) or (isinstance(exc, OSError) and exc.errno is None):
            return f"cannot open {self.describe()}: {exc}"
        return super()._open_error(exc)

    async def _open(self) -> None:
        config = self.config
        loop = self._loop = asyncio.get_running_loop()
        context = server_ssl_context(config)
        self._by_cert = client_cert_digests(config)
        guard = ConnectionGuard(
            self._refusals,
            self.health,
            header_timeout_s=config.header_timeout_s,
            idle_timeout_s=config.idle_timeout_s,
            max_connections=config.max_connections,
            max_per_peer=config.max_connections_per_peer,
        )
        runner = make_runner(self._handle, guard, config)
        self._runner, self._guard = runner, guard
        port = await start_site(runner, config, context)
        guard.start(loop)
        self._refusals.restart()
        self.bound_port = port

    def _release(self) -> None:
        guard, self._guard = self._guard, None
        if guard is not None:
            guard.stop()
        self._refusals.flush()
        runner, self._runner = self._runner, None
        if runner is not None and self._cleanup is None and self._loop is not None:
            # In-flight requests get the runner's shutdown_timeout to be answered.
            self._cleanup = self._loop.create_task(runner.cleanup())

    async def _released(self) -> None:
        task, self._cleanup = self._cleanup, None
        if task is not None:
            try:
                await task
            except Exception:  # a failing cleanup must not stop the retry loop
                _LOGGER.exception("link %s: server cleanup failed", self.name)
        # Requests refused while the server wound down are summarised too.
        self._refusals.flush()

    async def run(self, sink: RequestSink) -> None:  # type: ignore[override]
        """Serve until ``close()``; ``sink`` gets every request the endpoint refuses."""
        self._refusals.sink = sink
        await super().run(sink)  # type: ignore[arg-type]

    async def write(self, data: bytes, peer: str | None = None) -> None:
        # Generic ACK code handles LinkNotConnected; HTTP answers go with each request.
        raise LinkNotConnected(f"{self.describe()} answers requests; it cannot send")

    # -- requests --------------------------------------------------------------

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        conn = connection_of(request)
        rx_time = conn.request_started(request) if conn is not None else utc_now()
        try:
            return await self._serve(request, conn, rx_time)
        finally:
            if conn is not None:
                conn.request_finished(asyncio.get_running_loop().time())

    async def _serve(
        self, request: web.BaseRequest, conn: Connection | None, rx_time: datetime
    ) -> web.StreamResponse:
        health = self.health
        config = self.config
        health.requests += 1
        route = route_of(request.path)
        if conn is not None:
            peer, host = conn.peer, conn.host
        else:  # pragma: no cover - every request comes through a GuardedHandler
            host = request.remote or "?"
            peer = format_peer((host, 0))
        if len(health.peers) < _MAX_PEERS_SHOWN:
            # Hosts, not host:port: every keep-alive connection has a new port.
            health.peers.add(host)
        head = head_of(request)
        base: dict[str, Any] = {
            "route": route.name if route else None,
            "protocol": route.protocol if route else None,
            "peer": peer,
            "rx_time": rx_time,
            "method": head.method,
            "path": head.path,
            "query": head.query,
            "request_line": head.request_line,
            "content_type": head.content_type,
            "declared_length": head.declared_length,
            "escaped": head.escaped,
        }
        source, refusal = self._authenticate(request, route, head)
        limit = self._limit(route)
        if refusal is None:
            assert route is not None
            refusal = self._precheck(request, route, limit)
        if self._paused:
            refusal = _paused_refusal()
        read: BodyRead | None = None
        slot_taken = False
        try:
            if self._busy.get(source, 0) >= config.max_concurrent:
                if self._paused:  # answered the same, its body not read
                    raise _paused_refusal()
                who = source or "unauthenticated senders"
                retry = {"Retry-After": "1"}
                raise Refusal(429, "busy", f"too many requests in flight from {who}", retry)
            self._busy[source] = self._busy.get(source, 0) + 1
            slot_taken = True
            health.in_flight += 1
            # A refused body is read too, bounded: the store keeps its length,
            # hash and first bytes. Only a known sender's 403 keeps all of it.
            keep = refusal is None or refusal.code == "forbidden"
            if request.headers.get("Expect", "").lower() == "100-continue":
                if refusal is not None and not keep:  # the body was not sent: answer now
                    raise refusal
                if request.version == HttpVersion11:
                    # What aiohttp's router would do (the low-level server does not).
                    try:
                        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                    except ConnectionError:
                        raise Refusal(400, "body", "connection lost before the body") from None
                    request.writer.output_size = 0
            read_cap = config.refused_read_bytes
            if not keep and (head.declared_length or 0) > read_cap:
                # It could not be hashed whole anyway: its first bytes will do.
                read_cap = config.refused_prefix_bytes
            read = await read_body(
                request.content,
                keep_limit=limit if keep else None,
                read_cap=read_cap,
                prefix_bytes=config.refused_prefix_bytes,
                timeout_s=config.read_timeout_s,
            )
            health.bytes_in += read.length
            if read.timed_out:
                health.slow_clients_cut += 1
                raise Refusal(408, "timeout", "body not received in time")
            if read.error is not None:
                raise Refusal(400, "body", f"cannot read the body: {read.error}")
            if refusal is not None:
                raise refusal
            if read.oversized:
                raise Refusal(413, "size", f"body larger than {limit} bytes")
            assert route is not None and source is not None and read.kept is not None
            record = HttpRequestRecord(
                source=source,
                body=read.kept,
                oversized=False,
                headers=head.headers,
                body_length=read.length,
                body_sha256=read.sha256,
                **base,
            )
            return await self._answer(record)
        except Refusal as refused:
            # A refusal raised from a local would keep this frame (the request
            # and its buffered body) in a reference cycle until the cyclic GC
            # ran: under a flood that is hundreds of MB.
            refused.__traceback__ = None
            refusal = None
            record = refusal_record(base, head, source, refused, read)
            self._refusals.refused(record, source or f"host {host}")
            response = plain_response(refused.status, refused.reason, refused.headers)
            if refused.status in (408, 413, 429) or read is None or not read.complete:
                response.force_close()  # the rest of the body is not read
            return response
        finally:
            if slot_taken:
                self._busy[source] -= 1
                health.in_flight -= 1

    def _limit(self, route: HttpRoute | None) -> int:
        if route is not None:
            return self.config.body_limit(route.name)
        return min(self.config.body_limit(name) for name in ROUTES)

    def _authenticate(
        self, request: web.BaseRequest, route: HttpRoute | None, head: RequestHead
    ) -> tuple[str | None, Refusal | None]:
        """(source name or None, refusal or None): path 404, method 405, token 401, route 403."""
        if route is None:
            return None, Refusal(404, "path", f"no such endpoint '{head.path[:100]}'")
        if request.method != "POST":
            allow = {"Allow": "POST"}
            return None, Refusal(405, "method", f"{head.method[:20]} not allowed; use POST", allow)
        challenge = 'Bearer realm="dispatch-console"'
        scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
        by_cert = self._cert_source(request) if self._by_cert else None
        if by_cert is not None and not presented.strip():
            if route.name not in by_cert.routes:
                reason = f"source {by_cert.name!r} may not post to /{route.name}"
                return by_cert.name, Refusal(403, "forbidden", reason)
            return by_cert.name, None
        if scheme.lower() != "bearer" or not presented.strip():
            auth = {"WWW-Authenticate": challenge}
            return None, Refusal(401, "auth", "bearer token required", auth)
        given = wire(presented.strip())
        found: HttpSource | None = None
        for token, candidate in self._tokens:  # every one compared: no early exit
            if hmac.compare_digest(token, given):
                found = candidate
        if found is None:
            auth = {"WWW-Authenticate": challenge + ', error="invalid_token"'}
            return None, Refusal(401, "auth", "unknown token", auth)
        if route.name not in found.routes:
            reason = f"source {found.name!r} may not post to /{route.name}"
            return found.name, Refusal(403, "forbidden", reason)
        return found.name, None

    def _cert_source(self, request: web.BaseRequest) -> HttpSource | None:
        """The source whose client certificate this request's connection presented."""
        transport = request.transport
        tls = transport.get_extra_info("ssl_object") if transport is not None else None
        der = tls.getpeercert(binary_form=True) if tls is not None else None
        return self._by_cert.get(hashlib.sha256(der).digest()) if der else None

    def _precheck(self, request: web.BaseRequest, route: HttpRoute, limit: int) -> Refusal | None:
        """What the headers alone refuse: content type 415, declared length 413."""
        try:
            content_type = request.content_type
        except Exception:  # an unparseable Content-Type is just not an accepted one
            content_type = "?"
        if content_type not in route.content_types:
            expected = " or ".join(sorted(route.content_types))
            shown = escape_bytes(wire(content_type[:100]))[0]
            return Refusal(415, "type", f"content type '{shown}' not accepted; use {expected}")
        declared = request.content_length
        if declared is not None and declared > limit:
            return Refusal(413, "size", f"body larger than {limit} bytes")
        return None

    async def _answer(self, record: HttpRequestRecord) -> web.Response:
        health = self.health
        handler = self._on_request
        if record.route in PARTNER_ROUTES:
            handler = self._handlers.get(record.route, _no_partner_handler)
        try:
            async with asyncio.timeout(self.config.ack_timeout_s):
                verdict = await handler(record)
        except TimeoutError:
            verdict = HttpVerdict(503, "not stored in time; retry")
        except Exception:
            _LOGGER.exception("link %s: on_request failed for %s", self.name, record.path)
            verdict = HttpVerdict(503, "cannot store the request now; retry")
        status = verdict.status if 200 <= verdict.status <= 599 else 500
        if status < 300:
            health.accepted += 1
            health.frames += 1
            health.last_frame_monotonic = time.monotonic()
        else:
            health.errors += 1
            code = "decode" if status < 500 else "store"
            health.rejected[code] = health.rejected.get(code, 0) + 1
        headers = {"Retry-After": "5"} if status == 503 else {}
        return plain_response(status, verdict.body_text, headers)
