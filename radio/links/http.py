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
- Every request reaches exactly one of the two callbacks, with an
  ``HttpRequestRecord`` (route, protocol, source, peer, method, path, content
  type, body truncated to the route's limit with ``oversized``, aware UTC
  ``rx_time``):
  * the endpoint's own refusals go to ``sink(record)`` (synchronous, must
    not block; ``record.rejection``/``reason``/``status`` say why): unknown
    path 404, wrong method 405, no or unknown bearer token 401 (with
    ``WWW-Authenticate``), token not allowed on the route 403, wrong content
    type 415, body over the limit 413, source over its concurrency limit 429
    (body not read), body not complete within ``read_timeout_s`` 408,
    unreadable body 400. The sink should store them (fire and forget).
  * accepted requests go to ``await on_request(record) -> HttpVerdict``,
    which must store the event durably and decode it, returning e.g. 200
    after the commit or 400 with the decoder's reason. The endpoint answers
    only when it returns, with its status and text. If it raises or takes
    longer than ``ack_timeout_s`` the answer is 503 (the sender retries;
    nothing unanswered counts as acknowledged).
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
  ``requests``, ``accepted``, ``rejected`` (per reason code), ``in_flight``.
  ``frames`` counts 2xx verdicts, ``errors`` 4xx/5xx verdicts and transport
  errors; ``peers`` holds the sending hosts (the first 64), ``bytes_in``
  the body bytes read.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from radio.links.base import (
    Backoff,
    LinkHealth,
    LinkNotConnected,
    ReconnectingLink,
    format_peer,
    utc_now,
)
from radio.links.http_types import KIB, ROUTES, HttpConfig, HttpRoute, HttpSource
from radio.protocols import Protocol

_LOGGER = logging.getLogger(__name__)

# Measured (PIDF-LO on defusedxml): ~0.1 ms per KiB on this class of machine,
# so 16 KiB is ~1.5 ms: below that the loop decodes inline, above it a worker
# thread does, keeping a 60 Hz GUI frame free.
OFFLOAD_BYTES = 16 * KIB
_MAX_REPLY_TEXT = 500
_MAX_PEERS_SHOWN = 64
SHUTDOWN_S = 2.0


@dataclass(frozen=True, slots=True)
class HttpRequestRecord:
    """One received request, as handed to the sink or to ``on_request``."""

    route: str | None  # None: the path is not a route
    protocol: str | None
    source: str | None  # None: no valid token
    peer: str
    method: str
    path: str
    content_type: str | None
    body: bytes
    oversized: bool
    rx_time: datetime
    rejection: str | None = None  # reason code when the endpoint refused it
    reason: str | None = None
    status: int | None = None  # the status the endpoint answered a refusal with

    def to_payload(self) -> dict[str, Any]:
        """JSON-ready metadata (no body) for the stored event."""
        payload: dict[str, Any] = {
            "route": self.route,
            "protocol": self.protocol,
            "http_source": self.source,
            "peer": self.peer,
            "method": self.method,
            "path": self.path,
            "content_type": self.content_type,
            "body_bytes": len(self.body),
            "oversized": self.oversized,
        }
        if self.rejection is not None:
            payload.update(rejection=self.rejection, status=self.status)
        return payload


@dataclass(frozen=True, slots=True)
class HttpVerdict:
    """``on_request``'s answer: the HTTP status and a short plain-text body."""

    status: int
    body_text: str = ""


OnRequest = Callable[[HttpRequestRecord], Awaitable[HttpVerdict]]
RequestSink = Callable[[HttpRequestRecord], None]


@dataclass(slots=True)
class HttpLinkHealth(LinkHealth):
    """``LinkHealth`` plus per-request counters for the link-status dock."""

    requests: int = 0
    accepted: int = 0  # 2xx verdicts
    rejected: dict[str, int] = field(default_factory=dict)  # reason code -> count
    in_flight: int = 0


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
        self._runner: web.AppRunner | None = None
        self._cleanup: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._busy: dict[str | None, int] = {}
        self._tokens = [(s.token.encode(), s) for s in config.sources]
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
        self._loop = asyncio.get_running_loop()
        context = None
        if config.tls_cert is not None:
            if config.tls_key is None:
                raise ValueError("tls_cert is set but tls_key is not")
            context = make_ssl_context(config.tls_cert, config.tls_key)
        largest = max(config.body_limit(route) for route in ROUTES)
        app = web.Application(client_max_size=largest + 1)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        app.on_response_prepare.append(_harden_headers)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_S)
        self._runner = runner
        await runner.setup()
        site = web.TCPSite(runner, config.host, config.port, ssl_context=context)
        await site.start()
        addresses = runner.addresses
        self.bound_port = int(addresses[0][1]) if addresses else config.port

    def _release(self) -> None:
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

    async def run(self, sink: RequestSink) -> None:  # type: ignore[override]
        """Serve until ``close()``; ``sink`` gets every request the endpoint refuses."""
        await super().run(sink)  # type: ignore[arg-type]

    async def write(self, data: bytes, peer: str | None = None) -> None:
        # Generic ACK code handles LinkNotConnected; HTTP answers go with each request.
        raise LinkNotConnected(f"{self.describe()} answers requests; it cannot send")

    # -- requests --------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        rx_time = utc_now()
        health = self.health
        health.requests += 1
        path = request.path
        route = ROUTES.get(path[1:]) if path.count("/") == 1 else None
        peer = format_peer(request.transport.get_extra_info("peername") or "?")  # type: ignore[union-attr]
        if len(health.peers) < _MAX_PEERS_SHOWN:
            # Hosts, not host:port: every keep-alive connection has a new port.
            health.peers.add(request.remote or "?")
        base: dict[str, Any] = {
            "route": route.name if route else None,
            "protocol": route.protocol if route else None,
            "peer": peer,
            "method": request.method,
            "path": path[:200],
            "content_type": request.headers.get("Content-Type"),
            "rx_time": rx_time,
        }
        source, refusal = self._authenticate(request, route)
        body, oversized, slot_taken = b"", False, False
        try:
            if self._busy.get(source, 0) >= self.config.max_concurrent:
                who = source or "unauthenticated senders"
                retry = {"Retry-After": "1"}
                raise _Refusal(429, "busy", f"too many requests in flight from {who}", retry)
            self._busy[source] = self._busy.get(source, 0) + 1
            slot_taken = True
            health.in_flight += 1
            # Refused requests are read too (bounded): the store keeps what was sent.
            limit = self._limit(route)
            body, oversized = await self._read_body(request, limit)
            health.bytes_in += len(body)
            if refusal is not None:
                raise refusal
            assert route is not None and source is not None
            self._check(request, route, oversized, limit)
            record = HttpRequestRecord(source=source, body=body, oversized=False, **base)
            return await self._answer(record)
        except _Refusal as refused:
            record = HttpRequestRecord(
                source=source,
                body=body,
                oversized=oversized,
                rejection=refused.code,
                reason=refused.reason,
                status=refused.status,
                **base,
            )
            self._refused(record)
            response = _text(refused.status, refused.reason, refused.headers)
            if refused.status in (408, 413, 429):
                response.force_close()  # the rest of the body was not read
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
        self, request: web.Request, route: HttpRoute | None
    ) -> tuple[str | None, _Refusal | None]:
        """(source name or None, refusal or None): path 404, method 405, token 401, route 403."""
        if route is None:
            return None, _Refusal(404, "path", f"no such endpoint {request.path[:100]!r}")
        if request.method != "POST":
            allow = {"Allow": "POST"}
            return None, _Refusal(405, "method", f"{request.method} not allowed; use POST", allow)
        challenge = 'Bearer realm="dispatch-console"'
        scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            auth = {"WWW-Authenticate": challenge}
            return None, _Refusal(401, "auth", "bearer token required", auth)
        given = presented.strip().encode("utf-8", "replace")
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

    def _check(self, request: web.Request, route: HttpRoute, oversized: bool, limit: int) -> None:
        if request.content_type not in route.content_types:
            expected = " or ".join(sorted(route.content_types))
            raise _Refusal(
                415, "type", f"content type {request.content_type!r} not accepted; use {expected}"
            )
        if oversized:
            raise _Refusal(413, "size", f"body larger than {limit} bytes")

    async def _read_body(self, request: web.Request, limit: int) -> tuple[bytes, bool]:
        """Up to ``limit`` bytes of the body and whether there was more."""
        declared = request.content_length
        buf = bytearray()
        try:
            async with asyncio.timeout(self.config.read_timeout_s):
                while len(buf) <= limit:
                    chunk = await request.content.read(limit + 1 - len(buf))
                    if not chunk:
                        break
                    buf += chunk
        except TimeoutError:
            raise _Refusal(408, "timeout", "body not received in time") from None
        except Exception as exc:  # a broken chunked body, a reset: the client's fault
            raise _Refusal(400, "body", f"cannot read the body: {exc}") from None
        oversized = len(buf) > limit or (declared is not None and declared > limit)
        return bytes(buf[:limit]), oversized

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
        return _text(status, verdict.body_text, headers)

    def _refused(self, record: HttpRequestRecord) -> None:
        code = record.rejection or "?"
        self.health.rejected[code] = self.health.rejected.get(code, 0) + 1
        _LOGGER.debug("link %s: %s %s from %s: %s", self.name, record.status, record.path,
                      record.peer, record.reason)  # fmt: skip
        sink = self._sink
        if sink is None:
            return
        try:
            sink(record)  # type: ignore[arg-type]
        except Exception:
            self.health.errors += 1
            _LOGGER.exception("link %s: sink failed on a refused request", self.name)


def _text(status: int, text: str, headers: Mapping[str, str] | None = None) -> web.Response:
    text = "".join(ch if ch.isprintable() else " " for ch in text[:_MAX_REPLY_TEXT])
    return web.Response(status=status, text=text + "\n", headers=dict(headers or {}))


async def _harden_headers(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Server"] = "dispatch-console"
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
