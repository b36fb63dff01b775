"""The ``[http]`` table of site.toml: the console's HTTP(S) endpoint settings.

Contract: ``HTTP_SCHEMA`` declares the table (keys, types, ranges: see
``console.config.schema``; the ranges of the endpoint's numeric limits are
``radio.links.http_types.LIMIT_RANGES``, their kinds and defaults
``HttpConfig``'s); ``console.config.site_schema`` nests it under ``http``.
``parse_http_config(table, where, ...) -> HttpConfig`` checks the parsed
TOML table against it (and that ``max_connections_per_peer`` is at most
``max_connections``) and turns it into the plain
``radio.links.http_types.HttpConfig``. Anything unusable, an unknown key
included, raises ``HttpConfigError`` (a ``ValueError``) whose message starts
with ``where`` (and the line, when ``line`` is given) and names the key,
e.g. ``site.toml:57: http.sources[1].routes: unknown route 'sms' (expected
one of aml, cap, pidf)``, so ``console.config.site`` can re-raise it as a
``SiteError`` unchanged. Relative ``tls_cert``/``tls_key`` paths are taken
relative to ``base_dir`` (the site folder); whether the files exist is
checked when the endpoint starts (it goes DOWN naming the file), not here,
so a certificate can be put in place without editing the site. A token never
appears in a message, only its length. Layout::

    [http]
    enabled = true                # default true when the table is present
    host = "127.0.0.1"            # default: loopback only
    port = 8443                   # 0 = any free port
    tls_cert = "tls/console.pem"  # both or neither; HTTPS only when set
    tls_key = "tls/console.key"
    max_concurrent = 8            # in-flight requests per source (429 beyond)
    read_timeout_s = 10           # a body not received by then: 408
    ack_timeout_s = 30            # not stored by then: 503
    # against hostile clients (radio.links.http; defaults from HttpConfig):
    header_timeout_s = 10         # request line and headers, from their first byte
    idle_timeout_s = 15           # an open connection with no request under way
    max_connections = 256         # open connections, all senders together
    max_connections_per_peer = 32 # from one host; at most max_connections
    refused_prefix_bytes = 512    # body bytes a refused request keeps
    refused_read_bytes = 65536    # body bytes read (and hashed) of a refused request
    refused_budget_bytes = 1048576            # stored per minute for refused requests
    refused_budget_per_sender_bytes = 262144  # the same, per sender
    summary_interval_s = 10       # over the budget: one summary this often
    [http.max_body]               # bytes per route (defaults 65536 / 262144 / 262144)
    aml = 65536
    [[http.sources]]
    name = "mno-a"
    token_env = "MNO_A_TOKEN"     # or token = "..." (at least 16 characters)
    routes = ["aml"]
    [[http.partners]]             # CAD-to-CAD: a partner control room (console.services.partner)
    name = "north"                # its name in the log and on the incident card
    url = "https://10.1.2.3:8443" # its endpoint (it posts to ours: /eido, /eido-answer)
    token_env = "NORTH_IN"        # the bearer token it presents to us (or token = "...")
    client_cert = "tls/north.pem" # and/or mutual TLS: the certificate it presents to us
    send_token_env = "NORTH_OUT"  # the token we present to it (or send_token = "...")
    server_ca = "tls/north-ca.pem"  # verifies its endpoint (default: the system's CAs)
    tls_cert = "tls/us-client.pem"  # mutual TLS: ours, presented to it (with tls_key)
    tls_key = "tls/us-client.key"
    retry_min_s = 1               # at-least-once delivery: first retry, doubling up to
    retry_max_s = 60

A partner is a source allowed on the partner routes only; it needs a
token or a client_cert (both may be given), and the endpoint must be HTTPS
(``tls_cert``/``tls_key`` of ``[http]``) to take a client_cert.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from console.config.schema import Array, LineOf, SchemaError, Table, Value, check, label_of
from radio.links.http_types import (
    LIMIT_RANGES,
    PARTNER_ROUTES,
    ROUTES,
    HttpConfig,
    HttpPartner,
    HttpSource,
)

__all__ = ["HTTP_SCHEMA", "MIN_TOKEN_LENGTH", "HttpConfigError", "parse_http_config"]

MIN_TOKEN_LENGTH = 16
MAX_BODY_CEILING = 16 * 1024 * 1024
TABLE = "http"

_DEFAULTS = HttpConfig()


def _limit(name: str) -> Value:
    """A numeric limit of ``HttpConfig``: its kind from the default, its range from LIMIT_RANGES."""
    low, high = LIMIT_RANGES[name]
    kind = "int" if isinstance(getattr(_DEFAULTS, name), int) else "number"
    unit = "s" if name.endswith("_s") else "bytes" if name.endswith("_bytes") else ""
    return Value(kind, low, high, unit=unit)


LIMITS = {name: _limit(name) for name in LIMIT_RANGES}

HTTP_SCHEMA = Table(
    {
        "enabled": Value("bool"),
        "host": Value("str"),
        "port": Value("int", 0, 65535),  # 0: any free port
        "tls_cert": Value("str"),
        "tls_key": Value("str"),
        **LIMITS,
        "max_body": Table(
            {route: Value("int", 1, MAX_BODY_CEILING, unit="bytes") for route in ROUTES},
            noun="route",
        ),
        "sources": Table(
            {
                "name": Value("str", required=True),
                "token": Value("str", secret=True),
                "token_env": Value("str"),
                "routes": Array(
                    Value("str", choices=tuple(sorted(ROUTES)), noun="route"),
                    min_items=1,
                    required=True,
                ),
            },
            many=True,
        ),
        "partners": Table(
            {
                "name": Value("str", required=True),
                "url": Value("str", required=True),
                "token": Value("str", secret=True),
                "token_env": Value("str"),
                "client_cert": Value("str"),
                "send_token": Value("str", secret=True),
                "send_token_env": Value("str"),
                "server_ca": Value("str"),
                "tls_cert": Value("str"),
                "tls_key": Value("str"),
                "retry_min_s": Value("number", 0.1, 3600, unit="s"),
                "retry_max_s": Value("number", 0.1, 86400, unit="s"),
            },
            many=True,
        ),
    }
)


class HttpConfigError(ValueError):
    """An ``[http]`` table that cannot be used; the message says where and which key."""


_Error = Callable[[tuple[str | int, ...], str], HttpConfigError]


def parse_http_config(
    table: Mapping[str, Any],
    where: str,
    *,
    base_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
    line: LineOf | None = None,
) -> HttpConfig:
    """Read the ``[http]`` table; ``HttpConfigError`` naming the key if unusable.

    ``where`` prefixes every message (the site file's path); ``line(path)``
    may give the line of a path such as ``("http", "sources", 0, "routes")``
    (``console.config.toml_lines.TomlLines.line``); ``environ`` defaults to
    ``os.environ`` (for ``token_env``).
    """
    line = line or (lambda _path: None)

    def error(path: tuple[str | int, ...], what: str) -> HttpConfigError:
        found = line(path)
        place = f"{where}:{found}" if found else where
        return HttpConfigError(f"{place}: {label_of(path)}: {what}")

    if not isinstance(table, Mapping):
        raise error((TABLE,), "must be a table ([http])")
    try:
        check({TABLE: dict(table)}, Table({TABLE: HTTP_SCHEMA}), where, line)
    except SchemaError as exc:
        raise HttpConfigError(str(exc)) from exc
    tls_cert = _path(table.get("tls_cert"), base_dir)
    tls_key = _path(table.get("tls_key"), base_dir)
    if (tls_cert is None) != (tls_key is None):
        missing = "tls_key" if tls_key is None else "tls_cert"
        raise error((TABLE, missing), "is missing (tls_cert and tls_key go together)")
    limits = {
        name: (float if spec.kind == "number" else int)(table.get(name, getattr(_DEFAULTS, name)))
        for name, spec in LIMITS.items()
    }
    if limits["max_connections_per_peer"] > limits["max_connections"]:
        raise error(
            (TABLE, "max_connections_per_peer"),
            f"{limits['max_connections_per_peer']} is more than max_connections "
            f"({limits['max_connections']}): one host could take every connection",
        )
    environ = os.environ if environ is None else environ
    sources = _sources(table.get("sources", []), error, environ)
    partners, partner_sources = _partners(
        table.get("partners", []), error, environ, base_dir, tls_cert is not None
    )
    taken = {s.name: s for s in sources}
    for i, source in enumerate(partner_sources):
        if source.name in taken:
            raise error((TABLE, "partners", i, "name"), f"{source.name!r} is also a source name")
        clash = next((s for s in sources if source.token and s.token == source.token), None)
        if clash is not None:
            raise error(
                (TABLE, "partners", i, "token"),
                f"same token as source {clash.name!r}; give each its own",
            )
    return HttpConfig(
        sources=sources + partner_sources,
        partners=partners,
        host=table.get("host", _DEFAULTS.host).strip(),
        port=table.get("port", _DEFAULTS.port),
        tls_cert=tls_cert,
        tls_key=tls_key,
        max_body=dict(table.get("max_body", {})),
        enabled=table.get("enabled", _DEFAULTS.enabled),
        **limits,
    )


def _path(value: str | None, base: Path | None) -> Path | None:
    if value is None:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() or base is None else base / path


def _sources(
    entries: list[Mapping[str, Any]], error: _Error, environ: Mapping[str, str]
) -> tuple[HttpSource, ...]:
    out: list[HttpSource] = []
    names: set[str] = set()
    tokens: dict[str, str] = {}
    for i, entry in enumerate(entries):
        name = entry["name"]
        if name in names:
            raise error((TABLE, "sources", i, "name"), f"duplicate source name {name!r}")
        names.add(name)
        token = _token(entry, i, environ, error)
        assert token is not None
        if token in tokens:
            raise error(
                (TABLE, "sources", i, "token"),
                f"same token as source {tokens[token]!r}; give each its own",
            )
        tokens[token] = name
        out.append(HttpSource(name=name, token=token, routes=frozenset(entry["routes"])))
    return tuple(out)


def _token(
    entry: Mapping[str, Any],
    i: int,
    environ: Mapping[str, str],
    error: _Error,
    table: str = "sources",
    key: str = "token",
    optional: bool = False,
) -> str | None:
    literal = entry.get(key)
    variable = entry.get(f"{key}_env")
    if literal is None and variable is None and optional:
        return None
    if (literal is None) == (variable is None):
        what = f"give {key} or {key}_env" + ("" if literal is None else ", not both")
        raise error((TABLE, table, i, key), what)
    if variable is not None:
        key = f"{key}_env"
        literal = environ.get(variable)
        if literal is None or not literal.strip():
            raise error((TABLE, table, i, key), f"environment variable {variable} is not set")
    token = literal.strip()
    # The token itself never appears in a message: only its length does.
    if len(token) < MIN_TOKEN_LENGTH:
        raise error(
            (TABLE, table, i, key),
            f"token too short ({len(token)} < {MIN_TOKEN_LENGTH} characters)",
        )
    if not token.isascii() or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise error((TABLE, table, i, key), "token must be printable ASCII without spaces")
    return token


def _partners(
    entries: list[Mapping[str, Any]],
    error: _Error,
    environ: Mapping[str, str],
    base: Path | None,
    https: bool,
) -> tuple[tuple[HttpPartner, ...], tuple[HttpSource, ...]]:
    partners: list[HttpPartner] = []
    sources: list[HttpSource] = []
    for i, entry in enumerate(entries):
        name = entry["name"].strip()
        if any(p.name == name for p in partners):
            raise error((TABLE, "partners", i, "name"), f"duplicate partner name {name!r}")
        url = entry["url"].strip()
        if not url.startswith(("https://", "http://")):
            raise error((TABLE, "partners", i, "url"), f"must start with https:// ({url[:60]!r})")
        token = _token(entry, i, environ, error, "partners", "token", optional=True)
        peer_cert = _path(entry.get("client_cert"), base)
        if token is None and peer_cert is None:
            raise error(
                (TABLE, "partners", i, "token"),
                "give token, token_env or client_cert: how the partner proves who it is",
            )
        if peer_cert is not None and not https:
            raise error(
                (TABLE, "partners", i, "client_cert"),
                "mutual TLS needs the endpoint on HTTPS (tls_cert and tls_key of [http])",
            )
        send_token = _token(entry, i, environ, error, "partners", "send_token", optional=True)
        cert, key = _path(entry.get("tls_cert"), base), _path(entry.get("tls_key"), base)
        if (cert is None) != (key is None):
            missing = "tls_key" if key is None else "tls_cert"
            raise error((TABLE, "partners", i, missing), "is missing (they go together)")
        low = float(entry.get("retry_min_s", 1.0))
        high = float(entry.get("retry_max_s", 60.0))
        if high < low:
            raise error((TABLE, "partners", i, "retry_max_s"), f"{high} is below retry_min_s")
        partners.append(
            HttpPartner(
                name=name,
                url=url,
                send_token=send_token,
                server_ca=_path(entry.get("server_ca"), base),
                client_cert=cert,
                client_key=key,
                retry_min_s=low,
                retry_max_s=high,
            )
        )
        sources.append(
            HttpSource(name, token or "", frozenset(PARTNER_ROUTES), client_cert=peer_cert)
        )
    return tuple(partners), tuple(sources)
