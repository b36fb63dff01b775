"""Parsing the ``[http]`` table of site.toml into ``HttpConfig``."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest

from console.config.http_config import HTTP_SCHEMA, HttpConfigError, parse_http_config
from radio.links.http import HttpConfig
from radio.links.http_types import LIMIT_RANGES

TOKEN = "0123456789abcdef-mno"
WHERE = "/sites/x/site.toml"


def parse(text: str, **kwargs: Any) -> HttpConfig:
    return parse_http_config(tomllib.loads(text)["http"], WHERE, **kwargs)


def test_full_table(tmp_path: Path) -> None:
    cfg = parse(
        f"""
        [http]
        host = "0.0.0.0"
        port = 0
        tls_cert = "tls/cert.pem"
        tls_key = "/etc/console/key.pem"
        max_concurrent = 3
        read_timeout_s = 2.5
        ack_timeout_s = 20
        [http.max_body]
        aml = 4096
        [[http.sources]]
        name = "mno-a"
        token = "{TOKEN}"
        routes = ["aml"]
        [[http.sources]]
        name = "psap-b"
        token_env = "PSAP_B_TOKEN"
        routes = ["pidf", "cap"]
        """,
        base_dir=tmp_path,
        environ={"PSAP_B_TOKEN": " from-the-environment-42 "},
    )
    assert (cfg.host, cfg.port, cfg.max_concurrent) == ("0.0.0.0", 0, 3)
    assert (cfg.read_timeout_s, cfg.ack_timeout_s) == (2.5, 20.0)
    assert cfg.tls_cert == tmp_path / "tls" / "cert.pem"
    assert cfg.tls_key == Path("/etc/console/key.pem")
    assert cfg.body_limit("aml") == 4096 and cfg.body_limit("pidf") == 256 * 1024
    assert [(s.name, s.token, sorted(s.routes)) for s in cfg.sources] == [
        ("mno-a", TOKEN, ["aml"]),
        ("psap-b", "from-the-environment-42", ["cap", "pidf"]),
    ]
    assert TOKEN not in repr(cfg)


def test_the_endpoint_limits_are_optional_keys() -> None:
    cfg = parse(
        """
        [http]
        header_timeout_s = 2
        idle_timeout_s = 5.5
        max_connections = 64
        max_connections_per_peer = 64
        refused_prefix_bytes = 0
        refused_read_bytes = 1024
        refused_budget_bytes = 4096
        refused_budget_per_sender_bytes = 2048
        summary_interval_s = 60
        """
    )
    assert (cfg.header_timeout_s, cfg.idle_timeout_s, cfg.summary_interval_s) == (2.0, 5.5, 60.0)
    assert isinstance(cfg.header_timeout_s, float)
    assert (cfg.max_connections, cfg.max_connections_per_peer) == (64, 64)
    assert (cfg.refused_prefix_bytes, cfg.refused_read_bytes) == (0, 1024)
    assert (cfg.refused_budget_bytes, cfg.refused_budget_per_sender_bytes) == (4096, 2048)
    defaults = parse("[http]\n")
    assert defaults == HttpConfig()


def test_every_limit_of_the_endpoint_is_a_key() -> None:
    fields = {f.name for f in dataclasses.fields(HttpConfig)}
    assert set(LIMIT_RANGES) <= fields
    assert set(LIMIT_RANGES) <= set(HTTP_SCHEMA.keys)
    assert set(HTTP_SCHEMA.keys) == fields - {"name"}  # every setting, nothing else


def test_defaults_bind_loopback_without_tls() -> None:
    cfg = parse("[http]\n")
    assert (cfg.host, cfg.port, cfg.tls, cfg.sources, cfg.enabled) == (
        "127.0.0.1",
        8443,
        False,
        (),
        True,
    )
    assert cfg.body_limit("aml") == 64 * 1024


BAD = {
    "unknown key": ("surprise = 1", "http: unknown key 'surprise' (known: 'enabled', 'host'"),
    "misspelt key": ("prot = 8080", "http: unknown key 'prot', did you mean 'port'?"),
    "misspelt table": (
        "[[http.source]]\nname = 'a'",
        "http: unknown table [[http.source]], did you mean [[http.sources]]?",
    ),
    "port range": ("port = 70000", "http.port: must be from 0 to 65535, not 70000"),
    "port type": ('port = "80"', "http.port: must be an integer, not '80'"),
    "port bool": ("port = true", "http.port: must be an integer, not True"),
    "enabled type": ('enabled = "yes"', "http.enabled: must be true or false, not 'yes'"),
    "empty host": ('host = " "', "http.host: must not be empty"),
    "cert without key": ('tls_cert = "c.pem"', "http.tls_key: is missing"),
    "timeout": (
        "ack_timeout_s = 0",
        "http.ack_timeout_s: must be from 0.1 to 3600 s, not 0",
    ),
    "header timeout": (
        "header_timeout_s = 7200",
        "http.header_timeout_s: must be from 0.1 to 3600 s, not 7200",
    ),
    "connections": ("max_connections = 0", "http.max_connections: must be from 1 to 100000, not 0"),
    "connections type": (
        "max_connections = 1.5",
        "http.max_connections: must be an integer, not 1.5",
    ),
    "per peer above all": (
        "max_connections = 10\nmax_connections_per_peer = 11",
        "http.max_connections_per_peer: 11 is more than max_connections (10)",
    ),
    "refused budget": (
        "refused_budget_bytes = -1",
        "http.refused_budget_bytes: must be from 0 to 1073741824 bytes, not -1",
    ),
    "timeout inf": ("read_timeout_s = inf", "http.read_timeout_s: must be a finite number of s"),
    "concurrency": ("max_concurrent = 0", "http.max_concurrent: must be from 1 to 10000, not 0"),
    "body route": (
        "max_body = { sms = 10 }",
        "http.max_body: unknown route 'sms' (known: 'aml', 'pidf', 'cap')",
    ),
    "body size": (
        "max_body = { cap = -1 }",
        "http.max_body.cap: must be from 1 to 16777216 bytes, not -1",
    ),
    "sources type": ("sources = 3", "http.sources: must be a list of [[http.sources]]"),
    "token type": (
        '[[http.sources]]\nname = "a"\ntoken = ["0123456789abcdef-mno"]\nroutes = ["aml"]',
        "http.sources[0].token: must be a string, the value is not shown",
    ),
    "no name": (
        f'[[http.sources]]\ntoken = "{TOKEN}"\nroutes = ["aml"]',
        "http.sources[0].name: is missing",
    ),
    "no token": (
        '[[http.sources]]\nname = "a"\nroutes = ["aml"]',
        "http.sources[0].token: give token or token_env",
    ),
    "both tokens": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"\ntoken_env = "X"\nroutes = ["aml"]',
        "not both",
    ),
    "env unset": (
        '[[http.sources]]\nname = "a"\ntoken_env = "NOT_SET_ANYWHERE"\nroutes = ["aml"]',
        "http.sources[0].token_env: environment variable NOT_SET_ANYWHERE is not set",
    ),
    "short token": (
        '[[http.sources]]\nname = "a"\ntoken = "short"\nroutes = ["aml"]',
        "http.sources[0].token: token too short (5 < 16 characters)",
    ),
    "spaced token": (
        '[[http.sources]]\nname = "a"\ntoken = "abc defghijklmnopq"\nroutes = ["aml"]',
        "http.sources[0].token: token must be printable ASCII without spaces",
    ),
    "unknown route": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"\nroutes = ["sms"]',
        "http.sources[0].routes: unknown route 'sms' (expected one of aml, cap, pidf)",
    ),
    "no routes": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"\nroutes = []',
        "http.sources[0].routes: must be a non-empty list",
    ),
    "no routes at all": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"',
        "http.sources[0].routes: is missing",
    ),
    "duplicate name": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"\nroutes = ["aml"]\n'
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}x"\nroutes = ["aml"]',
        "http.sources[1].name: duplicate source name 'a'",
    ),
    "shared token": (
        f'[[http.sources]]\nname = "a"\ntoken = "{TOKEN}"\nroutes = ["aml"]\n'
        f'[[http.sources]]\nname = "b"\ntoken = "{TOKEN}"\nroutes = ["pidf"]',
        "http.sources[1].token: same token as source 'a'",
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_errors_name_the_key(name: str) -> None:
    body, expected = BAD[name]
    with pytest.raises(HttpConfigError) as caught:
        parse(f"[http]\n{body}\n", environ={})
    message = str(caught.value)
    assert message.startswith(f"{WHERE}: ")
    assert expected in message
    assert TOKEN not in message  # secrets never end up in an error message


def test_line_numbers_come_from_the_locator() -> None:
    seen: list[tuple[str | int, ...]] = []

    def line(path: tuple[str | int, ...]) -> int | None:
        seen.append(path)
        return 42

    table = {"sources": [{"name": "a", "token": TOKEN, "routes": ["nope"]}]}
    with pytest.raises(HttpConfigError, match=rf"^{WHERE}:42: http.sources\[0\].routes: "):
        parse_http_config(table, WHERE, line=line)
    assert seen == [("http", "sources", 0, "routes", 0)]


def test_not_a_table() -> None:
    with pytest.raises(HttpConfigError, match="http: must be a table"):
        parse_http_config([1, 2], WHERE)  # type: ignore[arg-type]
