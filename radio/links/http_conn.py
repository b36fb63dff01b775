"""Connection-level defences of the HTTP endpoint: caps, header and idle timeouts.

Role: aiohttp's server (3.14) has no header-read timeout and no connection
cap; its keep-alive timer closes a connection that has not completed a
request within ``keepalive_timeout`` of the last answer, silently, and a
request it cannot parse is answered 400 and logged with a traceback without
reaching the application. This module keeps aiohttp's parser, limits,
keep-alive and graceful shutdown, and adds what is missing by subclassing
its ``RequestHandler`` (one per connection), its low-level ``Server`` (to
make those handlers) and ``BaseSite`` (to bound the TLS handshake).

Contract:
- ``ConnectionGuard(listener, health, header_timeout_s=..., idle_timeout_s=...,
  max_connections=..., max_per_peer=...)`` watches every connection of one
  ``GuardedServer``: a connection is IDLE (no request under way), HEAD (bytes
  of a request arrived, its headers are not complete) or REQUEST (the
  endpoint's handler has it: the body read and the answer have their own
  timeouts). A tick every ``tick_s`` cuts HEAD connections older than
  ``header_timeout_s`` (answered 408, counted in ``slow_clients_cut``, what
  arrived handed to ``listener.on_partial``) and IDLE ones older than
  ``idle_timeout_s`` (counted in ``idle_cut``), then calls
  ``listener.on_tick()``.
- A new connection over ``max_per_peer`` for its host, or over
  ``max_connections`` overall, first makes room by closing the longest-idle
  connection (that host's for the per-host cap; any, then the oldest HEAD
  connection older than ``SLOW_HEAD_GRACE_S``, for the overall cap), so idle
  or trickling connections cannot lock senders out; if there is none to
  close it is answered 429 (per host) or 503 (overall) at once, closed,
  counted in ``connections_refused`` and reported to
  ``listener.on_connection_refused(host)``. Nothing of it is read.
- A request aiohttp cannot parse (bad request line, bad ``Content-Length``,
  chunked garbage, header too long, not HTTP at all) is handed to
  ``listener.on_partial`` with the bytes of it that arrived (at most
  ``HEAD_CAPTURE``) and answered with its status and a one-line reason; a
  parse error inside a body the handler is reading is delivered to that
  read (aiohttp 3.14 leaves it waiting until its timeout otherwise).
- ``connection_of(request)`` is the request's ``Connection``; the endpoint's
  handler calls ``request_started`` (returns the receive time of the
  request's first byte) and ``request_finished`` on it.
- ``GuardedSite(runner, host, port, ssl_context=, backlog=,
  handshake_timeout_s=)`` is aiohttp's ``TCPSite`` with the TLS handshake
  bounded (asyncio's default is 60 s).
- ``plain_response(status, text, headers)``: the endpoint's plain-text answer
  (printable, at most ``MAX_REPLY_TEXT`` characters, hardened headers).
Private aiohttp API used: ``RequestHandler._messages`` (to see a queued parse
error); the hostile-client tests pin the behaviour that relies on it.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Mapping
from datetime import datetime
from http import HTTPStatus
from ssl import SSLContext
from typing import Any, Protocol

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestHandler

from radio.links.base import format_peer, utc_now
from radio.links.http_guard import HttpLinkHealth, safe_text

_LOGGER = logging.getLogger(__name__)

HEAD_CAPTURE = 16 * 1024  # bytes of an unparsed request kept for the record
SLOW_HEAD_GRACE_S = 1.0  # a HEAD connection this old may make room for a new one
MAX_REPLY_TEXT = 500
_HARDENED = {
    "Server": "dispatch-console",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


class Phase(enum.Enum):
    IDLE = "idle"
    HEAD = "head"
    REQUEST = "request"


class Connection:
    """One open connection, as the guard sees it."""

    __slots__ = ("handler", "head", "head_rx", "host", "payload_failed", "peer", "phase",
                 "request", "since")  # fmt: skip

    def __init__(self, handler: GuardedHandler, host: str, peer: str, now: float) -> None:
        self.handler = handler
        self.host = host
        self.peer = peer
        self.phase = Phase.IDLE
        self.since = now  # loop time the phase began (HEAD: first byte of the request)
        self.head = bytearray()  # bytes of the request not yet handed to the handler
        self.head_rx: datetime | None = None  # UTC receive time of its first byte
        self.request: web.BaseRequest | None = None
        self.payload_failed = False

    def request_started(self, request: web.BaseRequest) -> datetime:
        """The handler has the request: its receive time (first byte), and a new phase."""
        rx_time = self.head_rx if self.phase is Phase.HEAD and self.head_rx else utc_now()
        self.phase = Phase.REQUEST
        self.request = request
        self.payload_failed = False
        self.head.clear()
        self.head_rx = None
        return rx_time

    def request_finished(self, now: float) -> None:
        self.request = None
        # Bytes of a pipelined request may have come in meanwhile: their
        # header clock starts now, not while this one was being stored.
        self.phase = Phase.HEAD if self.head else Phase.IDLE
        self.since = now


class GuardListener(Protocol):
    def on_partial(self, conn: Connection, status: int, code: str, reason: str) -> None: ...

    def on_connection_refused(self, host: str) -> None: ...

    def on_tick(self) -> None: ...


class ConnectionGuard:
    """Caps and timeouts for the connections of one server; see the module docstring."""

    def __init__(
        self,
        listener: GuardListener,
        health: HttpLinkHealth,
        *,
        header_timeout_s: float,
        idle_timeout_s: float,
        max_connections: int,
        max_per_peer: int,
    ) -> None:
        self._listener = listener
        self._health = health
        self.header_timeout_s = header_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self.max_connections = max(1, max_connections)
        self.max_per_peer = max(1, max_per_peer)
        self.tick_s = min(1.0, max(0.05, min(header_timeout_s, idle_timeout_s) / 4))
        self._conns: dict[Connection, None] = {}  # insertion-ordered: oldest first
        self._by_host: dict[str, dict[Connection, None]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timer: asyncio.TimerHandle | None = None

    # -- lifecycle -------------------------------------------------------------------

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._timer = loop.call_later(self.tick_s, self._tick)

    def stop(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    def now(self) -> float:
        assert self._loop is not None
        return self._loop.time()

    # -- connections -------------------------------------------------------------------

    def admit(self, host: str) -> tuple[int, str] | None:
        """None to let a new connection from ``host`` in, else (status, reason) to refuse it."""
        mine = self._by_host.get(host, {})
        if len(mine) >= self.max_per_peer:
            victim = self._oldest(mine, Phase.IDLE)
            if victim is None:
                return 429, f"too many connections from {host}"
            self._cut(victim)
        if len(self._conns) >= self.max_connections:
            victim = self._oldest(self._conns, Phase.IDLE)
            if victim is None:
                victim = self._oldest(self._conns, Phase.HEAD, SLOW_HEAD_GRACE_S)
            if victim is None:
                return 503, "too many connections"
            self._cut(victim)
        return None

    def refused(self, host: str) -> None:
        self._health.connections_refused += 1
        self._listener.on_connection_refused(host)

    def opened(self, handler: GuardedHandler, host: str, peer: str) -> Connection:
        conn = Connection(handler, host, peer, self.now())
        self._conns[conn] = None
        self._by_host.setdefault(host, {})[conn] = None
        self._health.connections_open = len(self._conns)
        return conn

    def closed(self, conn: Connection) -> None:
        if conn not in self._conns:
            return
        del self._conns[conn]
        mine = self._by_host.get(conn.host)
        if mine is not None:
            mine.pop(conn, None)
            if not mine:
                del self._by_host[conn.host]
        self._health.connections_open = len(self._conns)

    def malformed(self, conn: Connection, status: int, exc: HttpProcessingError) -> str:
        message = str(exc.message or "").strip().splitlines()
        detail = safe_text(message[0].rstrip(":")[:200]) if message else f"status {status}"
        reason = f"malformed request: {detail}"
        self._listener.on_partial(conn, status, "malformed", reason)
        conn.head.clear()
        conn.head_rx = None
        return reason

    def _oldest(
        self, conns: Mapping[Connection, None], phase: Phase, older_than: float = 0.0
    ) -> Connection | None:
        limit = self.now() - older_than
        candidates = [c for c in conns if c.phase is phase and c.since <= limit]
        return min(candidates, key=lambda c: c.since, default=None)

    def _cut(self, conn: Connection) -> None:
        """Close ``conn`` now (a slow request is answered 408 and handed on first)."""
        if conn.phase is Phase.HEAD:
            self._health.slow_clients_cut += 1
            reason = "request headers not received in time"
            try:
                self._listener.on_partial(conn, 408, "slow-headers", reason)
            finally:
                conn.handler.close_with(canned_response(408, reason))
        else:
            self._health.idle_cut += 1
            conn.handler.close_with(None)
        self.closed(conn)

    def _tick(self) -> None:
        self._timer = None
        try:
            now = self.now()
            head_deadline = now - self.header_timeout_s
            idle_deadline = now - self.idle_timeout_s
            for conn in list(self._conns):
                if conn.phase is Phase.HEAD and conn.since <= head_deadline:
                    self._cut(conn)
                elif conn.phase is Phase.IDLE and conn.since <= idle_deadline:
                    self._cut(conn)
            self._listener.on_tick()
        except Exception:  # the timer must go on whatever one connection did
            _LOGGER.exception("http connection guard tick failed")
        finally:
            if self._loop is not None and not self._loop.is_closed():
                self._timer = self._loop.call_later(self.tick_s, self._tick)


# -- aiohttp ----------------------------------------------------------------------------


class GuardedHandler(RequestHandler):
    """aiohttp's per-connection protocol, reporting to a ``ConnectionGuard``."""

    __slots__ = ("_guard", "conn")

    def __init__(self, manager: web.Server, *, guard: ConnectionGuard, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._guard = guard
        self.conn: Connection | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        guard = self._guard
        peername = transport.get_extra_info("peername") or "?"
        host = str(peername[0]) if isinstance(peername, tuple) else str(peername)
        refusal = guard.admit(host)
        if refusal is not None:
            status, reason = refusal
            headers = {"Retry-After": "1"}
            transport.write(canned_response(status, reason, headers))  # type: ignore[attr-defined]
            transport.close()
            guard.refused(host)
            return
        super().connection_made(transport)
        self.conn = guard.opened(self, host, format_peer(peername))

    def connection_lost(self, exc: BaseException | None) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            self._guard.closed(conn)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        conn = self.conn
        if conn is None:  # refused at the cap, or already cut
            return
        if data:
            phase = conn.phase
            if phase is Phase.IDLE:
                conn.phase, conn.since = Phase.HEAD, self._guard.now()
                conn.head_rx = utc_now()
                phase = Phase.HEAD
            elif phase is Phase.REQUEST:
                request = conn.request
                if request is not None and request.content.is_eof():
                    phase = Phase.HEAD  # the next (pipelined) request's bytes
                    if conn.head_rx is None:
                        conn.head_rx = utc_now()
            if phase is Phase.HEAD and len(conn.head) < HEAD_CAPTURE:
                conn.head += data[: HEAD_CAPTURE - len(conn.head)]
        super().data_received(data)
        if conn.request is not None and not conn.payload_failed:
            self._deliver_parse_error(conn)

    def _deliver_parse_error(self, conn: Connection) -> None:
        messages = getattr(self, "_messages", None)
        if not messages:
            return
        exc = getattr(messages[-1][0], "exc", None)
        if isinstance(exc, HttpProcessingError) and conn.request is not None:
            conn.payload_failed = True
            exc.__traceback__ = None  # see handle_error
            conn.request.content.set_exception(exc)

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        conn = self.conn
        if isinstance(exc, HttpProcessingError):
            # aiohttp keeps the error in a frame its traceback points back to:
            # a reference cycle holding this connection until the cyclic GC.
            exc.__traceback__ = None
        if conn is not None and isinstance(exc, HttpProcessingError):
            # A client's malformed request: no traceback in the log, a record instead.
            reason = self._guard.malformed(conn, status, exc)
            response = plain_response(status, reason)
            response.force_close()
            return response
        return super().handle_error(request, status, exc, message)

    def close_with(self, data: bytes | None) -> None:
        """Write ``data`` (a canned answer) if any, then close the connection."""
        self.conn = None
        transport = self.transport
        if data and transport is not None and not transport.is_closing():
            transport.write(data)
        self.force_close()


class GuardedServer(web.Server):
    """aiohttp's low-level server, making ``GuardedHandler``s."""

    def __init__(self, handler: Any, *, guard: ConnectionGuard, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.guard = guard
        self._handler_kwargs = {
            key: value
            for key, value in kwargs.items()
            if key not in ("request_factory", "handler_cancellation", "loop")
        }
        self._guard_loop = asyncio.get_running_loop()

    def __call__(self) -> GuardedHandler:
        return GuardedHandler(self, loop=self._guard_loop, guard=self.guard, **self._handler_kwargs)


def connection_of(request: web.BaseRequest) -> Connection | None:
    return getattr(request.protocol, "conn", None)


class GuardedSite(web.BaseSite):
    """``TCPSite`` with a bounded TLS handshake."""

    __slots__ = ("_handshake_timeout_s", "_host", "_port")

    def __init__(
        self,
        runner: web.BaseRunner,
        host: str,
        port: int,
        *,
        ssl_context: SSLContext | None = None,
        backlog: int = 128,
        handshake_timeout_s: float = 60.0,
    ) -> None:
        super().__init__(runner, ssl_context=ssl_context, backlog=backlog)
        self._host = host
        self._port = port
        self._handshake_timeout_s = handshake_timeout_s

    @property
    def name(self) -> str:
        scheme = "https" if self._ssl_context else "http"
        return f"{scheme}://{self._host}:{self._port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        extra: dict[str, Any] = {}
        if self._ssl_context is not None:
            extra["ssl_handshake_timeout"] = self._handshake_timeout_s
        self._server = await loop.create_server(
            server, self._host, self._port, ssl=self._ssl_context, backlog=self._backlog, **extra
        )


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text[:MAX_REPLY_TEXT])


def plain_response(
    status: int, text: str, headers: Mapping[str, str] | None = None
) -> web.Response:
    all_headers = {**_HARDENED, **(headers or {})}
    return web.Response(status=status, text=_printable(text) + "\n", headers=all_headers)


def canned_response(status: int, text: str, headers: Mapping[str, str] | None = None) -> bytes:
    """A whole ``Connection: close`` answer as bytes, for a connection with no request object."""
    body = (_printable(text) + "\n").encode("utf-8")
    lines = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        "Content-Type: text/plain; charset=utf-8",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    lines += [f"{name}: {value}" for name, value in {**_HARDENED, **(headers or {})}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body
