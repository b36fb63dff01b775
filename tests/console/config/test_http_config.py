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
    warnings: list[str] = []
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
        surprise = 1
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
        warn=warnings.append,
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
    assert warnings == [f"{WHERE}: http.surprise: unknown key ignored"]
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
    "port range": ("port = 70000", "http.port: port 70000 is not in 0..65535"),
    "port type": ('port = "80"', "http.port: must be an integer, not '80'"),
    "port bool": ("port = true", "http.port: must be an integer, not True"),
    "cert without key": ('tls_cert = "c.pem"', "http.tls_key: is missing"),
    "timeout": ("ack_timeout_s = 0", "http.ack_timeout_s: 0 is not a number of seconds"),
    "concurrency": ("max_concurrent = 0", "http.max_concurrent: 0 is not in 1..10000"),
    "body route": ("max_body = { sms = 10 }", "http.max_body.sms: unknown route"),
    "body size": ("max_body = { cap = -1 }", "http.max_body.cap: -1 is not in 1.."),
    "sources type": ("sources = 3", "http.sources: must be a list of [[http.sources]]"),
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
    seen: list[tuple[str, int | None, str | None]] = []

    def line_of(table: str, index: int | None, key: str | None) -> int | None:
        seen.append((table, index, key))
        return 42

    table = {"sources": [{"name": "a", "token": TOKEN, "routes": ["nope"]}]}
    with pytest.raises(HttpConfigError, match=rf"^{WHERE}:42: http.sources\[0\].routes: "):
        parse_http_config(table, WHERE, line_of=line_of)
    assert seen == [("http.sources", 0, "routes")]


def test_not_a_table() -> None:
    with pytest.raises(HttpConfigError, match="http: must be a table"):
        parse_http_config([1, 2], WHERE)  # type: ignore[arg-type]
