"""Parsing the ``[http]`` table of site.toml into ``HttpConfig``."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from console.config.http_config import HttpConfigError, parse_http_config
from radio.links.http import HttpConfig

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
        "http.ack_timeout_s: must be more than 0 and at most 3600 s, not 0",
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
