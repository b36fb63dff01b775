"""HTTP(S) endpoint link: AML HTTPS POSTs, PIDF-LO and CAP bodies received over HTTP.

Role: the console's own HTTP server (aiohttp on the running asyncio loop:
qasync in the app, plain asyncio in the recorder), presented like a ``Link``
so the link-status dock can show it. No Qt, no SQL: storing and decoding are
the caller's, through two callbacks.

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
    (fire and forget). A refusal over the stored-bytes budget reaches it
    inside a summary record instead (below).
  * accepted requests go to ``await on_request(record) -> HttpVerdict``,
    which must store the event durably and decode it, returning e.g. 200
    after the commit or 400 with the decoder's reason. The endpoint answers
    only when it returns, with its status and text. If it raises or takes
    longer than ``ack_timeout_s`` the answer is 503 (the sender retries;
    nothing unanswered counts as acknowledged).
- Refused requests are kept in bounded form (DESIGN non-negotiable 1):
  request line, headers (at most ``REFUSED_HEAD_BYTES``; more are counted
  in ``headers_omitted``; path and query cut to ``REFUSED_PATH_CHARS``, the
  request line holds them whole), body length, SHA-256 of the bytes
  received and the first ``refused_prefix_bytes`` as ``body``. A body that
  is refused anyway (401/404/405/415, or 413 by its ``Content-Length``) is
  read and hashed up to ``refused_read_bytes``, or only its first
  ``refused_prefix_bytes`` when its ``Content-Length`` is larger than that
  (it could not be hashed whole); an over-limit chunked body is read at
  most ``refused_read_bytes`` past the limit. What was not read is never
  read: the answer is sent and the connection closed (the client may see a
  reset instead of the status). Only 403 (a known sender on the wrong
  route) keeps its whole body when it is within the route's limit. A
  request with ``Expect: 100-continue`` gets ``100 Continue`` only when its
  body is wanted; a refused one is answered without its body.
- Stored bytes of refused requests are budgeted per minute overall
  (``refused_budget_bytes``) and per sender (``refused_budget_per_sender_bytes``;
  the source name, or the host when unauthenticated). A refused request over
  the budget is not handed on by itself: it is counted in a summary that is
  handed to the sink every ``summary_interval_s`` (and when the link
  stops) as a record with ``rejection="summary"``, ``peer="*"``, empty body
  and ``summary`` = counts per sender and per reason, body bytes, first and
  last receive time, sample request lines and the connections refused at the
  caps. Nothing is dropped silently.
- Connections (``radio.links.http_conn``): at most ``max_connections``
  overall and ``max_connections_per_peer`` per host (idle ones make room
  first; otherwise 503 / 429 at once); headers must arrive within
  ``header_timeout_s`` of their first byte, an idle keep-alive connection is
  closed after ``idle_timeout_s``; the TLS handshake has ``header_timeout_s``.
  A connection refused at a cap is not read at all: it is counted in
  ``connections_refused`` and in the next summary record.
- What the endpoint holds of a request is freed by reference counting alone
  (no reference cycles), so memory after a flood does not wait for the
  cyclic GC (pinned by tests/radio/links/test_http_hostile.py).
- Every ``str`` in a record is UTF-8 encodable: bytes from the wire that are
  not clean UTF-8 are escaped losslessly (``radio.links.http_guard.
  escape_bytes``; ``record.escaped`` names the fields, ``unescape`` gives
  the bytes back).
- Tokens are compared with ``hmac.compare_digest`` against every source.
- Flood protection: each source (and all unauthenticated requests together)
  may have at most ``max_concurrent`` requests in flight (reading the body
  and waiting for the store); more is answered 429 with ``Retry-After`` at
  once, so one flooding sender cannot occupy the loop or the writer for
  others. ``close()`` gives requests in flight ``SHUTDOWN_S`` to be
  answered; later ones are cut off unanswered. Per-request work on the loop
  is small; ``decode_off_loop`` moves decoding of bodies over
  ``OFFLOAD_BYTES`` to the default executor.
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
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
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
    GuardedServer,
    GuardedSite,
    connection_of,
    plain_response,
)
from radio.links.http_guard import (
    BodyRead,
    ByteBudget,
    HttpLinkHealth,
    RefusalSummary,
    escape_bytes,
    read_body,
)
from radio.links.http_types import KIB, ROUTES, HttpConfig, HttpRoute, HttpSource
from radio.protocols import Protocol

__all__ = [
    "OFFLOAD_BYTES",
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
SHUTDOWN_S = 2.0
# aiohttp's parser limits: request line, one header line, header count.
MAX_LINE_SIZE = 8190
MAX_FIELD_SIZE = 8190
MAX_HEADERS = 64
# aiohttp's per-connection read buffer; a body not yet read holds at most
# twice this before reading pauses, so open connections bound memory.
READ_BUFSIZE = 16 * KIB
BACKLOG = 128
REFUSED_HEAD_BYTES = 8 * KIB  # header bytes a refused request keeps
# A refusal's path and query are cut to this many characters; its request
# line, which holds both, is kept whole.
REFUSED_PATH_CHARS = 256
_REDACTED = frozenset({b"authorization", b"proxy-authorization", b"cookie"})


@dataclass(frozen=True, slots=True)
class HttpRequestRecord:
    """One received request (or a summary of refused ones), as handed on."""

    route: str | None  # None: the path is not a route
    protocol: str | None
    source: str | None  # None: no valid token
    peer: str
    method: str
    path: str
    content_type: str | None
    body: bytes  # the whole body, or its first bytes for a refusal (see body_length)
    oversized: bool
    rx_time: datetime
    rejection: str | None = None  # reason code when the endpoint refused it
    reason: str | None = None
    status: int | None = None  # the status the endpoint answered a refusal with
    query: str = ""
    request_line: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    headers_omitted: int = 0  # header lines not kept (a refusal keeps REFUSED_HEAD_BYTES)
    body_length: int | None = None  # body bytes received; None: len(body)
    body_sha256: str | None = None  # of the body_length bytes received
    body_complete: bool = True  # the whole body was received
    declared_length: int | None = None  # Content-Length as sent
    escaped: tuple[str, ...] = ()  # fields holding escaped bytes (http_guard.unescape)
    summary: Mapping[str, Any] | None = None  # rejection "summary": what it stands for

    @property
    def received_bytes(self) -> int:
        return len(self.body) if self.body_length is None else self.body_length

    def stored_bytes(self) -> int:
        """About what storing this record costs (what the refusal budget counts)."""
        text = len(self.request_line) + len(self.path) + len(self.query) + len(self.reason or "")
        text += sum(len(name) + len(value) + 6 for name, value in self.headers)
        return 256 + text + len(self.body)

    def to_payload(self) -> dict[str, Any]:
        """JSON-ready metadata (no body) for the stored event."""
        payload: dict[str, Any] = {
            "route": self.route,
            "protocol": self.protocol,
            "http_source": self.source,
            "peer": self.peer,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "request_line": self.request_line,
            "content_type": self.content_type,
            "headers": [[name, value] for name, value in self.headers],
            "body_bytes": self.received_bytes,
            "stored_body_bytes": len(self.body),
            "body_sha256": self.body_sha256,
            "body_complete": self.body_complete,
            "declared_length": self.declared_length,
            "oversized": self.oversized,
        }
        if self.headers_omitted:
            payload["headers_omitted"] = self.headers_omitted
        if self.escaped:
            payload["escaped"] = list(self.escaped)
        if self.rejection is not None:
            payload.update(rejection=self.rejection, status=self.status)
        if self.summary is not None:
            payload["summary"] = dict(self.summary)
        return payload


@dataclass(frozen=True, slots=True)
class HttpVerdict:
    """``on_request``'s answer: the HTTP status and a short plain-text body."""

    status: int
    body_text: str = ""


OnRequest = Callable[[HttpRequestRecord], Awaitable[HttpVerdict]]
RequestSink = Callable[[HttpRequestRecord], None]


async def decode_off_loop(protocol: Protocol, body: bytes) -> Any:
    """``protocol.decode(body)``, in the default executor when the body is large."""
    if len(body) <= OFFLOAD_BYTES:
        return protocol.decode(body)
    return await asyncio.get_running_loop().run_in_executor(None, protocol.decode, body)


def make_ssl_context(cert: Path, key: Path) -> ssl.SSLContext:
    """Server TLS context, TLS 1.2+; ``OSError``/``ValueError`` naming the file if unusable."""
    for label, path in (("tls_cert", cert), ("tls_key", key)):
        if not path.is_file():
            raise OSError(f"{label} {path} not found")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except ssl.SSLError as exc:
        raise ValueError(f"cannot load tls_cert {cert} / tls_key {key}: {exc.reason}") from None
    except OSError as exc:
        raise OSError(f"cannot read tls_cert {cert} / tls_key {key}: {exc.strerror}") from None
    return context


class _Refusal(Exception):
    """The endpoint's own refusal: status, reason code, text and extra headers."""

    def __init__(
        self, status: int, code: str, reason: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.status, self.code, self.reason = status, code, reason
        self.headers = dict(headers or {})


# -- what a request looked like ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Head:
    """The request line and headers, escaped and with credentials redacted."""

    method: str
    path: str
    query: str
    request_line: str
    content_type: str | None
    declared_length: int | None
    headers: tuple[tuple[str, str], ...]
    sizes: tuple[int, ...]  # bytes of each header line
    escaped: tuple[str, ...]

    def bounded(self, max_bytes: int) -> tuple[tuple[tuple[str, str], ...], int]:
        """(headers that fit in ``max_bytes``, how many did not)."""
        kept, used = [], 0
        for header, size in zip(self.headers, self.sizes, strict=True):
            if used + size > max_bytes:
                break
            kept.append(header)
            used += size
        return tuple(kept), len(self.headers) - len(kept)


def _wire(text: str) -> bytes:
    """The bytes aiohttp decoded into ``text`` (it uses ``surrogateescape``)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _redact(value: bytes) -> bytes:
    scheme, sep, credential = value.partition(b" ")
    if sep and scheme.isalpha() and len(scheme) <= 20:
        return scheme + b" <redacted %d bytes>" % len(credential.strip())
    return b"<redacted %d bytes>" % len(value)


def _make_head(
    request_line: bytes, method: bytes, target: bytes, raw_headers: Sequence[tuple[bytes, bytes]]
) -> _Head:
    escaped: list[str] = []

    def text(name: str, raw: bytes) -> str:
        value, was_escaped = escape_bytes(raw)
        if was_escaped and name not in escaped:
            escaped.append(name)
        return value

    path, _, query = target.partition(b"?")
    headers: list[tuple[str, str]] = []
    sizes: list[int] = []
    content_type: str | None = None
    declared: int | None = None
    for name, value in raw_headers:
        lower = name.lower()
        if lower == b"content-type" and content_type is None:
            content_type = text("content_type", value)
        elif lower == b"content-length" and declared is None and value.strip().isdigit():
            declared = int(value.strip()[:20])
        if lower in _REDACTED:
            value = _redact(value)
        where = f"headers[{len(headers)}]"
        headers.append((text(where, name), text(where, value)))
        sizes.append(len(name) + len(value) + 4)
    return _Head(
        method=text("method", method),
        path=text("path", path),
        query=text("query", query),
        request_line=text("request_line", request_line),
        content_type=content_type,
        declared_length=declared,
        headers=tuple(headers),
        sizes=tuple(sizes),
        escaped=tuple(escaped),
    )


def _head_of(request: web.BaseRequest) -> _Head:
    method, target = _wire(request.method), _wire(request.raw_path)
    version = request.version
    line = b"%s %s HTTP/%d.%d" % (method, target, version.major, version.minor)
    return _make_head(line, method, target, request.raw_headers)


def _split_partial(data: bytes) -> tuple[_Head, bytes]:
    """The head of a request that was not parsed, and what followed its headers."""
    end, sep = data.find(b"\r\n\r\n"), 4
    if end < 0:
        end, sep = data.find(b"\n\n"), 2
    head, rest = (data, b"") if end < 0 else (data[:end], data[end + sep :])
    lines = head.split(b"\n")
    first = lines[0].rstrip(b"\r")
    parts = first.split(b" ", 2)
    method = parts[0]
    target = parts[1] if len(parts) > 1 else b""
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        name, colon, value = line.rstrip(b"\r").partition(b":")
        headers.append((name.strip(), value.strip()) if colon else (name, b""))
    return _make_head(first, method, target, headers), rest


def _route_of(path: str) -> HttpRoute | None:
    return ROUTES.get(path[1:]) if path.count("/") == 1 else None


# -- the link ------------------------------------------------------------------------------


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
        self._tokens = [(s.token.encode(), s) for s in config.sources]
        self._budget = ByteBudget(
            config.refused_budget_bytes, config.refused_budget_per_sender_bytes
        )
        self._summary = RefusalSummary()
        self._last_summary = time.monotonic()
        self.bound_port: int | None = None

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
        context = None
        if config.tls_cert is not None:
            if config.tls_key is None:
                raise ValueError("tls_cert is set but tls_key is not")
            context = make_ssl_context(config.tls_cert, config.tls_key)
        guard = ConnectionGuard(
            _GuardEvents(self),
            self.health,
            header_timeout_s=config.header_timeout_s,
            idle_timeout_s=config.idle_timeout_s,
            max_connections=config.max_connections,
            max_per_peer=config.max_connections_per_peer,
        )
        server = GuardedServer(
            self._handle,
            guard=guard,
            # A sender that goes away must not cancel a store in progress.
            handler_cancellation=False,
            # The guard closes idle connections (and counts them); aiohttp's
            # own keep-alive timer is only the backstop.
            keepalive_timeout=config.idle_timeout_s + config.header_timeout_s + 5.0,
            # Never read what the endpoint decided not to read.
            lingering_time=0.0,
            max_line_size=MAX_LINE_SIZE,
            max_field_size=MAX_FIELD_SIZE,
            max_headers=MAX_HEADERS,
            read_bufsize=READ_BUFSIZE,
            access_log=None,
        )
        runner = web.ServerRunner(server, shutdown_timeout=SHUTDOWN_S)
        self._runner, self._guard = runner, guard
        await runner.setup()
        site = GuardedSite(
            runner,
            config.host,
            config.port,
            ssl_context=context,
            backlog=BACKLOG,
            handshake_timeout_s=config.header_timeout_s,
        )
        await site.start()
        guard.start(loop)
        self._last_summary = time.monotonic()
        addresses = runner.addresses
        self.bound_port = int(addresses[0][1]) if addresses else config.port

    def _release(self) -> None:
        guard, self._guard = self._guard, None
        if guard is not None:
            guard.stop()
        self._flush_summary()
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
        self._flush_summary()

    async def run(self, sink: RequestSink) -> None:  # type: ignore[override]
        """Serve until ``close()``; ``sink`` gets every request the endpoint refuses."""
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
        route = _route_of(request.path)
        if conn is not None:
            peer, host = conn.peer, conn.host
        else:  # pragma: no cover - every request comes through a GuardedHandler
            host = request.remote or "?"
            peer = format_peer((host, 0))
        if len(health.peers) < _MAX_PEERS_SHOWN:
            # Hosts, not host:port: every keep-alive connection has a new port.
            health.peers.add(host)
        head = _head_of(request)
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
        read: BodyRead | None = None
        slot_taken = False
        try:
            if self._busy.get(source, 0) >= config.max_concurrent:
                who = source or "unauthenticated senders"
                retry = {"Retry-After": "1"}
                raise _Refusal(429, "busy", f"too many requests in flight from {who}", retry)
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
                        raise _Refusal(400, "body", "connection lost before the body") from None
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
                raise _Refusal(408, "timeout", "body not received in time")
            if read.error is not None:
                raise _Refusal(400, "body", f"cannot read the body: {read.error}")
            if refusal is not None:
                raise refusal
            if read.oversized:
                raise _Refusal(413, "size", f"body larger than {limit} bytes")
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
        except _Refusal as refused:
            # A refusal raised from a local would keep this frame (the request
            # and its buffered body) in a reference cycle until the cyclic GC
            # ran: under a flood that is hundreds of MB.
            refused.__traceback__ = None
            refusal = None
            record = self._refusal_record(base, head, source, refused, read)
            self._refused(record, source or f"host {host}")
            response = plain_response(refused.status, refused.reason, refused.headers)
            if refused.status in (408, 413, 429) or read is None or not read.complete:
                response.force_close()  # the rest of the body is not read
            return response
        finally:
            if slot_taken:
                self._busy[source] -= 1
                health.in_flight -= 1

    def _refusal_record(
        self,
        base: dict[str, Any],
        head: _Head,
        source: str | None,
        refused: _Refusal,
        read: BodyRead | None,
    ) -> HttpRequestRecord:
        headers, omitted = head.bounded(REFUSED_HEAD_BYTES)
        base = {
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
            **base,
        )

    def _limit(self, route: HttpRoute | None) -> int:
        if route is not None:
            return self.config.body_limit(route.name)
        return min(self.config.body_limit(name) for name in ROUTES)

    def _authenticate(
        self, request: web.BaseRequest, route: HttpRoute | None, head: _Head
    ) -> tuple[str | None, _Refusal | None]:
        """(source name or None, refusal or None): path 404, method 405, token 401, route 403."""
        if route is None:
            return None, _Refusal(404, "path", f"no such endpoint '{head.path[:100]}'")
        if request.method != "POST":
            allow = {"Allow": "POST"}
            return None, _Refusal(405, "method", f"{head.method[:20]} not allowed; use POST", allow)
        challenge = 'Bearer realm="dispatch-console"'
        scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            auth = {"WWW-Authenticate": challenge}
            return None, _Refusal(401, "auth", "bearer token required", auth)
        given = _wire(presented.strip())
        found: HttpSource | None = None
        for token, candidate in self._tokens:  # every one compared: no early exit
            if hmac.compare_digest(token, given):
                found = candidate
        if found is None:
            auth = {"WWW-Authenticate": challenge + ', error="invalid_token"'}
            return None, _Refusal(401, "auth", "unknown token", auth)
        if route.name not in found.routes:
            reason = f"source {found.name!r} may not post to /{route.name}"
            return found.name, _Refusal(403, "forbidden", reason)
        return found.name, None

    def _precheck(self, request: web.BaseRequest, route: HttpRoute, limit: int) -> _Refusal | None:
        """What the headers alone refuse: content type 415, declared length 413."""
        try:
            content_type = request.content_type
        except Exception:  # an unparseable Content-Type is just not an accepted one
            content_type = "?"
        if content_type not in route.content_types:
            expected = " or ".join(sorted(route.content_types))
            shown = escape_bytes(_wire(content_type[:100]))[0]
            return _Refusal(415, "type", f"content type '{shown}' not accepted; use {expected}")
        declared = request.content_length
        if declared is not None and declared > limit:
            return _Refusal(413, "size", f"body larger than {limit} bytes")
        return None

    async def _answer(self, record: HttpRequestRecord) -> web.Response:
        health = self.health
        try:
            async with asyncio.timeout(self.config.ack_timeout_s):
                verdict = await self._on_request(record)
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

    # -- refusals ------------------------------------------------------------------

    def _refused(self, record: HttpRequestRecord, sender: str) -> None:
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
            self._deliver(record)
        else:
            health.refused_summarized += 1
            health.refused_bytes_dropped += received
            self._summary.add_request(sender, code, received, record.request_line, record.rx_time)

    def _partial(self, conn: Connection, status: int, code: str, reason: str) -> None:
        """A request that never reached the handler: what arrived of it, bounded."""
        self.health.requests += 1
        head, rest = _split_partial(bytes(conn.head))
        route = _route_of(head.path)
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
        self._refused(record, f"host {conn.host}")

    def _connection_refused(self, host: str) -> None:
        self._summary.add_connection_refused(host, utc_now())

    def _tick(self) -> None:
        if time.monotonic() - self._last_summary >= self.config.summary_interval_s:
            self._flush_summary()

    def _flush_summary(self) -> None:
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
        self._deliver(record)

    def _deliver(self, record: HttpRequestRecord) -> None:
        sink = self._sink
        if sink is None:
            return
        try:
            sink(record)  # type: ignore[arg-type]
        except Exception:
            self.health.errors += 1
            _LOGGER.exception("link %s: sink failed on a refused request", self.name)


@dataclass(frozen=True, slots=True)
class _GuardEvents:
    """What the connection guard tells the link (``http_conn.GuardListener``)."""

    link: HttpEndpointLink

    def on_partial(self, conn: Connection, status: int, code: str, reason: str) -> None:
        self.link._partial(conn, status, code, reason)

    def on_connection_refused(self, host: str) -> None:
        self.link._connection_refused(host)

    def on_tick(self) -> None:
        self.link._tick()
