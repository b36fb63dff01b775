"""Plain settings of the HTTP endpoint: routes, senders and limits.

Contract: frozen dataclasses only, importable without the HTTP server
library, so that reading a site's configuration stays cheap at start-up.
``ROUTES`` maps each POST path to the registered protocol its bodies are.
``radio.links.http`` serves them. ``LIMIT_RANGES`` gives the range each
numeric limit of ``HttpConfig`` is meant for (a site file's reader checks
them; ``max_connections_per_peer`` should not exceed ``max_connections``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class HttpSource:
    """One sender allowed in: its name, bearer token and the routes it may use."""

    name: str
    token: str = field(repr=False)
    routes: frozenset[str]


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

    def body_limit(self, route: str) -> int:
        return self.max_body.get(route, ROUTES[route].default_max_body)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None
