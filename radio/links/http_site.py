"""Where the HTTP endpoint listens: its TLS context and its aiohttp server, runner and site.

Role: the set-up half of ``radio.links.http``: everything between an
``HttpConfig`` and a listening socket. No Qt, no SQL.

Contract:
- ``make_ssl_context(cert, key)``: a server TLS context, TLS 1.2 or later;
  raises ``OSError`` (file missing or unreadable) or ``ValueError`` (not a
  usable certificate / key pair), each naming the file.
  ``server_ssl_context(config)``: that context for ``config.tls_cert`` /
  ``tls_key``, None when TLS is not configured, ``ValueError`` when only
  the certificate is. When sources have a ``client_cert`` (mutual TLS), the
  context asks for a client certificate (optional: token senders present
  none) and trusts exactly those files. ``client_cert_digests(config)``:
  SHA-256 of each such certificate (DER) -> its source.
- ``make_runner(handler, guard, config)``: aiohttp's low-level server with
  the connection guard (``http_conn.GuardedServer``), aiohttp's parser
  limits (``MAX_LINE_SIZE``, ``MAX_FIELD_SIZE``, ``MAX_HEADERS``), a
  per-connection read buffer of ``READ_BUFSIZE`` (a body not yet read holds
  at most twice this before reading pauses), no lingering read of what the
  endpoint decided not to read, handlers that are not cancelled when their
  sender goes away, and a runner that gives requests in flight
  ``SHUTDOWN_S`` to be answered at cleanup. Nothing is opened yet.
- ``await start_site(runner, config, ssl_context)`` sets the runner up and
  listens on ``config.host:config.port`` (``http_conn.GuardedSite``: the TLS
  handshake has ``config.header_timeout_s``), returning the bound port.
  It raises ``OSError`` (busy port, address not here) with the runner left
  for the caller to clean up.
"""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path
from typing import Any

from aiohttp import web

from radio.links.http_conn import ConnectionGuard, GuardedServer, GuardedSite
from radio.links.http_types import KIB, HttpConfig, HttpSource

SHUTDOWN_S = 2.0
# aiohttp's parser limits: request line, one header line, header count.
MAX_LINE_SIZE = 8190
MAX_FIELD_SIZE = 8190
MAX_HEADERS = 64
# aiohttp's per-connection read buffer; a body not yet read holds at most
# twice this before reading pauses, so open connections bound memory.
READ_BUFSIZE = 16 * KIB
BACKLOG = 128


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


def server_ssl_context(config: HttpConfig) -> ssl.SSLContext | None:
    """The context ``config`` asks for; None for plain HTTP."""
    if config.tls_cert is None:
        return None
    if config.tls_key is None:
        raise ValueError("tls_cert is set but tls_key is not")
    context = make_ssl_context(config.tls_cert, config.tls_key)
    peers = [s for s in config.sources if s.client_cert is not None]
    if peers:
        context.verify_mode = ssl.CERT_OPTIONAL
        for source in peers:
            assert source.client_cert is not None
            try:
                context.load_verify_locations(cafile=str(source.client_cert))
            except (OSError, ssl.SSLError) as exc:
                raise ValueError(
                    f"client_cert of {source.name!r} {source.client_cert}: {exc}"
                ) from None
    return context


def client_cert_digests(config: HttpConfig) -> dict[bytes, HttpSource]:
    """SHA-256 of each source's client certificate (DER) -> the source."""
    out: dict[bytes, HttpSource] = {}
    for source in config.sources:
        if source.client_cert is None:
            continue
        try:
            der = ssl.PEM_cert_to_DER_cert(source.client_cert.read_text(encoding="ascii"))
        except (OSError, ValueError) as exc:
            raise ValueError(
                f"client_cert of {source.name!r} {source.client_cert}: {exc}"
            ) from None
        out[hashlib.sha256(der).digest()] = source
    return out


def make_runner(handler: Any, guard: ConnectionGuard, config: HttpConfig) -> web.ServerRunner:
    """aiohttp's server for ``handler`` behind ``guard``, with the endpoint's limits."""
    server = GuardedServer(
        handler,
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
    return web.ServerRunner(server, shutdown_timeout=SHUTDOWN_S)


async def start_site(
    runner: web.ServerRunner, config: HttpConfig, ssl_context: ssl.SSLContext | None
) -> int:
    """Set ``runner`` up and listen; the bound port (see the module docstring)."""
    await runner.setup()
    site = GuardedSite(
        runner,
        config.host,
        config.port,
        ssl_context=ssl_context,
        backlog=BACKLOG,
        handshake_timeout_s=config.header_timeout_s,
    )
    await site.start()
    addresses = runner.addresses
    return int(addresses[0][1]) if addresses else config.port
