"""Plain data of the HTTP endpoint: its settings, and what it hands on.

Contract: frozen dataclasses and callback types only, importable without
the HTTP server library, so that reading a site's configuration stays cheap
at start-up and the console can type against the records without loading
the server. ``radio.links.http`` serves them.
- Settings: ``ROUTES`` maps each POST path to the registered protocol its
  bodies are. ``LIMIT_RANGES`` gives the range each numeric limit of
  ``HttpConfig`` is meant for (a site file's reader checks them;
  ``max_connections_per_peer`` should not exceed ``max_connections``).
  ``PARTNER_ROUTES`` are the CAD-to-CAD routes; ``HttpPartner`` a partner
  control room (``HttpConfig.partners``), whose inbound side is an
  ``HttpSource`` (a bearer token, or a client certificate for mutual TLS).
- Records: ``HttpRequestRecord`` is one received request (or a summary of
  refused ones) as handed to ``OnRequest`` or the ``RequestSink``: the
  fields are listed in the class; ``received_bytes`` is the body length
  received, ``stored_bytes()`` about what storing the record costs (what
  the refusal budget counts) and ``to_payload()`` its JSON-ready metadata
  without the body. ``HttpVerdict`` is ``on_request``'s answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

KIB = 1024


@dataclass(frozen=True, slots=True)
class HttpRoute:
    """One POST path: the protocol its bodies are and what they may look like."""

    name: str
    protocol: str
    content_types: frozenset[str]
    default_max_body: int


ROUTES: Mapping[str, HttpRoute] = {
    "aml": HttpRoute("aml", "aml-http", frozenset({"application/x-www-form-urlencoded"}), 64 * KIB),
    "pidf": HttpRoute(
        "pidf", "pidf", frozenset({"application/pidf+xml", "application/xml"}), 256 * KIB
    ),
    "cap": HttpRoute(
        "cap", "cap", frozenset({"application/cap+xml", "application/xml"}), 256 * KIB
    ),
}
#: Routes a partner control room posts to (CAD-to-CAD, ``console.services.partner``): only
#: ``[[http.partners]]`` may use them, and the endpoint hands them to a route handler
#: (``HttpEndpointLink.add_route_handler``), never to the generic ``on_request``.
PARTNER_ROUTES: Mapping[str, HttpRoute] = {
    "eido": HttpRoute(
        "eido",
        "eido",
        frozenset({"application/emergency.eido+json", "application/json"}),
        1024 * KIB,
    ),
    "eido-answer": HttpRoute(
        "eido-answer", "eido-answer", frozenset({"application/json"}), 64 * KIB
    ),
}
ALL_ROUTES: Mapping[str, HttpRoute] = {**ROUTES, **PARTNER_ROUTES}


@dataclass(frozen=True, slots=True)
class HttpSource:
    """One sender allowed in: its name, bearer token and the routes it may use."""

    name: str
    token: str = field(repr=False)  # "" for a sender known only by its client certificate
    routes: frozenset[str]
    client_cert: Path | None = None  # mutual TLS: the certificate it presents (PEM)


@dataclass(frozen=True, slots=True)
class HttpPartner:
    """A partner control room (CAD-to-CAD): where to post to it and how to prove who we are.

    Its inbound side (token or ``client_cert``) is an ``HttpSource`` of the same name
    allowed on ``PARTNER_ROUTES``."""

    name: str
    url: str  # its endpoint's base: https://host:port
    send_token: str | None = field(default=None, repr=False)  # the bearer token we present
    server_ca: Path | None = None  # verifies its endpoint's certificate (default: system CAs)
    client_cert: Path | None = None  # ours, presented for mutual TLS
    client_key: Path | None = None
    retry_min_s: float = 1.0
    retry_max_s: float = 60.0


# The ranges the settings above are meant for (inclusive), for whoever reads
# them from a site file; the endpoint itself clamps nothing.
LIMIT_RANGES: Mapping[str, tuple[float, float]] = {
    "max_concurrent": (1, 10_000),
    "read_timeout_s": (0.1, 3600.0),
    "ack_timeout_s": (0.1, 3600.0),
    "header_timeout_s": (0.1, 3600.0),
    "idle_timeout_s": (0.1, 3600.0),
    "max_connections": (1, 100_000),
    "max_connections_per_peer": (1, 100_000),
    "refused_prefix_bytes": (0, 64 * KIB),
    "refused_read_bytes": (0, 16 * 1024 * KIB),
    "refused_budget_bytes": (0, 1024 * 1024 * KIB),
    "refused_budget_per_sender_bytes": (0, 1024 * 1024 * KIB),
    "summary_interval_s": (0.1, 3600.0),
}


@dataclass(frozen=True, slots=True)
class HttpConfig:
    """Plain endpoint settings (``console.http_config`` reads them from site.toml)."""

    sources: tuple[HttpSource, ...] = ()
    host: str = "127.0.0.1"
    port: int = 8443
    tls_cert: Path | None = None
    tls_key: Path | None = None
    max_body: Mapping[str, int] = field(default_factory=dict)  # route -> bytes
    max_concurrent: int = 8  # in-flight requests per source
    read_timeout_s: float = 10.0  # the whole body, from the end of the headers
    ack_timeout_s: float = 30.0
    enabled: bool = True
    name: str = "http"
    # Hostile clients (see radio.links.http and radio.links.http_guard).
    header_timeout_s: float = 10.0  # request line and headers, from their first byte
    idle_timeout_s: float = 15.0  # an open connection with no request under way
    max_connections: int = 256  # open connections, all senders together
    max_connections_per_peer: int = 32  # open connections from one host
    refused_prefix_bytes: int = 512  # body bytes a refused request keeps
    refused_read_bytes: int = 64 * KIB  # body bytes read (and hashed) of a refused request
    refused_budget_bytes: int = 1024 * KIB  # stored per minute for refused requests, overall
    refused_budget_per_sender_bytes: int = 256 * KIB  # the same, per sender (token or host)
    summary_interval_s: float = 10.0  # requests over the budget: one summary this often
    partners: tuple[HttpPartner, ...] = ()  # CAD-to-CAD partner control rooms

    def body_limit(self, route: str) -> int:
        return self.max_body.get(route, ALL_ROUTES[route].default_max_body)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None

    def partner(self, name: str) -> HttpPartner | None:
        return next((p for p in self.partners if p.name == name), None)


# -- what the endpoint hands on ---------------------------------------------------------


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
