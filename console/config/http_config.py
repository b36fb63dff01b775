"""The ``[http]`` table of site.toml: the console's HTTP(S) endpoint settings.

Contract: ``parse_http_config(table, where, ...) -> HttpConfig`` turns the
parsed TOML table into the plain ``radio.links.http.HttpConfig``. Anything
unusable raises ``HttpConfigError`` (a ``ValueError``) whose message starts
with ``where`` (and the line, when ``line_of`` is given) and names the key,
e.g. ``site.toml:57: http.sources[1].routes: unknown route 'sms' (expected
one of aml, cap, pidf)``, so ``console.config.site`` can re-raise it as a
``SiteError`` unchanged. Unknown keys are reported through ``warn`` and
ignored, as elsewhere in site.toml. Relative ``tls_cert``/``tls_key`` paths
are taken relative to ``base_dir`` (the site folder); whether the files
exist is checked when the endpoint starts (it goes DOWN naming the file),
not here, so a certificate can be put in place without editing the site.
Layout::

    [http]
    enabled = true                # default true when the table is present
    host = "127.0.0.1"            # default: loopback only
    port = 8443                   # 0 = any free port
    tls_cert = "tls/console.pem"  # both or neither; HTTPS only when set
    tls_key = "tls/console.key"
    max_concurrent = 8            # in-flight requests per source (429 beyond)
    read_timeout_s = 10           # a body not received by then: 408
    ack_timeout_s = 30            # not stored by then: 503
    [http.max_body]               # bytes per route (defaults 65536 / 262144 / 262144)
    aml = 65536
    [[http.sources]]
    name = "mno-a"
    token_env = "MNO_A_TOKEN"     # or token = "..." (at least 16 characters)
    routes = ["aml"]
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from radio.links.http_types import ROUTES, HttpConfig, HttpSource

__all__ = ["MIN_TOKEN_LENGTH", "HttpConfigError", "parse_http_config"]

MIN_TOKEN_LENGTH = 16
MAX_BODY_CEILING = 16 * 1024 * 1024
TABLE = "http"
SOURCES = "http.sources"

_KEYS = {
    "enabled",
    "host",
    "port",
    "tls_cert",
    "tls_key",
    "max_concurrent",
    "read_timeout_s",
    "ack_timeout_s",
    "max_body",
    "sources",
}
_SOURCE_KEYS = {"name", "token", "token_env", "routes"}

LineOf = Callable[[str, "int | None", "str | None"], "int | None"]


class HttpConfigError(ValueError):
    """An ``[http]`` table that cannot be used; the message says where and which key."""


class _Reader:
    def __init__(self, where: str, line_of: LineOf | None, warn: Callable[[str], None]) -> None:
        self.where = where
        self.line_of = line_of
        self.warn = warn

    def _prefix(self, table: str, index: int | None, key: str | None) -> str:
        line = self.line_of(table, index, key) if self.line_of else None
        place = f"{self.where}:{line}" if line else self.where
        label = table if index is None else f"{table}[{index}]"
        return f"{place}: {label}.{key}" if key else f"{place}: {label}"

    def error(self, table: str, index: int | None, key: str | None, what: str) -> HttpConfigError:
        return HttpConfigError(f"{self._prefix(table, index, key)}: {what}")

    def unknown(
        self, entry: Mapping[str, Any], known: set[str], table: str, index: int | None
    ) -> None:
        for key in sorted(set(entry) - known):
            self.warn(f"{self._prefix(table, index, key)}: unknown key ignored")

    def get(
        self,
        entry: Mapping[str, Any],
        table: str,
        index: int | None,
        key: str,
        kind: type | tuple[type, ...],
        default: Any,
    ) -> Any:
        if key not in entry:
            return default
        value = entry[key]
        # bool is an int subclass: port = true must not pass as port 1.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            value_ok = False
        else:
            value_ok = isinstance(value, kind)
        if not value_ok:
            names = kind if isinstance(kind, tuple) else (kind,)
            expected = " or ".join(_KIND_NAMES.get(k, k.__name__) for k in names)
            raise self.error(table, index, key, f"must be {expected}, not {value!r}")
        if isinstance(value, str) and not value.strip():
            raise self.error(table, index, key, "must not be empty")
        return value


_KIND_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def parse_http_config(
    table: Mapping[str, Any],
    where: str,
    *,
    base_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
    line_of: LineOf | None = None,
    warn: Callable[[str], None] | None = None,
) -> HttpConfig:
    """Read the ``[http]`` table; ``HttpConfigError`` naming the key if unusable.

    ``where`` prefixes every message (the site file's path); ``line_of(table,
    index, key)`` may give the line for it (``console.config.site``'s locator);
    ``environ`` defaults to ``os.environ`` (for ``token_env``).
    """
    read = _Reader(where, line_of, warn or (lambda _message: None))
    if not isinstance(table, Mapping):
        raise read.error(TABLE, None, None, "must be a table ([http])")
    read.unknown(table, _KEYS, TABLE, None)
    host = read.get(table, TABLE, None, "host", str, "127.0.0.1").strip()
    port = read.get(table, TABLE, None, "port", int, 8443)
    if not 0 <= port <= 65535:
        raise read.error(TABLE, None, "port", f"port {port} is not in 0..65535")
    tls_cert = _path(read, table, "tls_cert", base_dir)
    tls_key = _path(read, table, "tls_key", base_dir)
    if (tls_cert is None) != (tls_key is None):
        missing = "tls_key" if tls_key is None else "tls_cert"
        raise read.error(TABLE, None, missing, "is missing (tls_cert and tls_key go together)")
    max_concurrent = read.get(table, TABLE, None, "max_concurrent", int, 8)
    if not 1 <= max_concurrent <= 10_000:
        raise read.error(TABLE, None, "max_concurrent", f"{max_concurrent} is not in 1..10000")
    return HttpConfig(
        sources=_sources(read, table, environ if environ is not None else os.environ),
        host=host,
        port=port,
        tls_cert=tls_cert,
        tls_key=tls_key,
        max_body=_max_body(read, table),
        max_concurrent=max_concurrent,
        read_timeout_s=_seconds(read, table, "read_timeout_s", 10.0),
        ack_timeout_s=_seconds(read, table, "ack_timeout_s", 30.0),
        enabled=read.get(table, TABLE, None, "enabled", bool, True),
    )


def _path(read: _Reader, table: Mapping[str, Any], key: str, base: Path | None) -> Path | None:
    value = read.get(table, TABLE, None, key, str, None)
    if value is None:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() or base is None else base / path


def _seconds(read: _Reader, table: Mapping[str, Any], key: str, default: float) -> float:
    value = float(read.get(table, TABLE, None, key, (int, float), default))
    if not math.isfinite(value) or not 0 < value <= 3600:
        raise read.error(TABLE, None, key, f"{value:g} is not a number of seconds in (0, 3600]")
    return value


def _max_body(read: _Reader, table: Mapping[str, Any]) -> dict[str, int]:
    limits = table.get("max_body", {})
    if not isinstance(limits, Mapping):
        raise read.error(TABLE, None, "max_body", "must be a table of route = bytes")
    out: dict[str, int] = {}
    for route in limits:
        if route not in ROUTES:
            raise read.error(
                "http.max_body", None, route, f"unknown route (expected one of {_route_names()})"
            )
        value = read.get(limits, "http.max_body", None, route, int, None)
        if not 1 <= value <= MAX_BODY_CEILING:
            raise read.error(
                "http.max_body", None, route, f"{value} is not in 1..{MAX_BODY_CEILING} bytes"
            )
        out[route] = value
    return out


def _sources(
    read: _Reader, table: Mapping[str, Any], environ: Mapping[str, str]
) -> tuple[HttpSource, ...]:
    entries = table.get("sources", [])
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise read.error(TABLE, None, "sources", "must be a list of [[http.sources]] tables")
    out: list[HttpSource] = []
    names: set[str] = set()
    tokens: dict[str, str] = {}
    for i, entry in enumerate(entries):
        read.unknown(entry, _SOURCE_KEYS, SOURCES, i)
        name = read.get(entry, SOURCES, i, "name", str, None)
        if name is None:
            raise read.error(SOURCES, i, "name", "is missing")
        if name in names:
            raise read.error(SOURCES, i, "name", f"duplicate source name {name!r}")
        names.add(name)
        token = _token(read, entry, i, environ)
        if token in tokens:
            raise read.error(
                SOURCES, i, "token", f"same token as source {tokens[token]!r}; give each its own"
            )
        tokens[token] = name
        out.append(HttpSource(name=name, token=token, routes=_routes(read, entry, i)))
    return tuple(out)


def _token(read: _Reader, entry: Mapping[str, Any], i: int, environ: Mapping[str, str]) -> str:
    literal = read.get(entry, SOURCES, i, "token", str, None)
    variable = read.get(entry, SOURCES, i, "token_env", str, None)
    if (literal is None) == (variable is None):
        what = "give token or token_env" if literal is None else "give token or token_env, not both"
        raise read.error(SOURCES, i, "token", what)
    key = "token"
    if variable is not None:
        key = "token_env"
        literal = environ.get(variable)
        if literal is None or not literal.strip():
            raise read.error(SOURCES, i, key, f"environment variable {variable} is not set")
    token = literal.strip()
    # The token itself never appears in a message: only its length does.
    if len(token) < MIN_TOKEN_LENGTH:
        raise read.error(
            SOURCES, i, key, f"token too short ({len(token)} < {MIN_TOKEN_LENGTH} characters)"
        )
    if not token.isascii() or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise read.error(SOURCES, i, key, "token must be printable ASCII without spaces")
    return token


def _routes(read: _Reader, entry: Mapping[str, Any], i: int) -> frozenset[str]:
    routes = entry.get("routes")
    if routes is None:
        raise read.error(SOURCES, i, "routes", f"is missing (any of {_route_names()})")
    if not isinstance(routes, list) or not routes or not all(isinstance(r, str) for r in routes):
        raise read.error(SOURCES, i, "routes", f"must be a non-empty list like {['aml']!r}")
    for route in routes:
        if route not in ROUTES:
            raise read.error(
                SOURCES, i, "routes", f"unknown route {route!r} (expected one of {_route_names()})"
            )
    return frozenset(routes)


def _route_names() -> str:
    return ", ".join(sorted(ROUTES))
