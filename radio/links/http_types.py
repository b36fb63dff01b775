"""Plain settings of the HTTP endpoint: routes, senders and limits.

Contract: frozen dataclasses only, importable without the HTTP server
library, so that reading a site's configuration stays cheap at start-up.
``ROUTES`` maps each POST path to the registered protocol its bodies are.
``radio.links.http`` serves them.
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
    read_timeout_s: float = 10.0
    ack_timeout_s: float = 30.0
    enabled: bool = True
    name: str = "http"

    def body_limit(self, route: str) -> int:
        return self.max_body.get(route, ROUTES[route].default_max_body)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None
