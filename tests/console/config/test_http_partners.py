"""``[[http.partners]]``: partner control rooms for CAD-to-CAD, parsed into ``HttpConfig``."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from console.config.http_config import HttpConfigError, parse_http_config
from radio.links.http_types import PARTNER_ROUTES, HttpConfig

IN, OUT = "north-presents-this-0001", "we-present-this-to-north-02"
WHERE = "/sites/x/site.toml"


def parse(text: str, **kwargs: Any) -> HttpConfig:
    return parse_http_config(tomllib.loads(text)["http"], WHERE, **kwargs)


def test_a_partner_is_a_source_on_the_partner_routes_and_a_place_to_post(tmp_path: Path) -> None:
    cfg = parse(
        f"""
        [http]
        tls_cert = "tls/us.pem"
        tls_key = "tls/us.key"
        [[http.partners]]
        name = "north"
        url = "https://10.1.2.3:8443"
        token = "{IN}"
        send_token_env = "NORTH_OUT"
        server_ca = "tls/north-ca.pem"
        [[http.partners]]
        name = "south"
        url = "https://10.1.2.4:8443"
        client_cert = "tls/south.pem"
        tls_cert = "tls/us-client.pem"
        tls_key = "tls/us-client.key"
        retry_max_s = 10
        """,
        base_dir=tmp_path,
        environ={"NORTH_OUT": OUT},
    )
    north, south = cfg.partners
    assert (north.url, north.send_token, north.server_ca) == (
        "https://10.1.2.3:8443",
        OUT,
        tmp_path / "tls" / "north-ca.pem",
    )
    assert (south.client_cert, south.client_key) == (
        tmp_path / "tls" / "us-client.pem",
        tmp_path / "tls" / "us-client.key",
    )
    assert (south.retry_min_s, south.retry_max_s) == (1.0, 10.0)
    sources = {s.name: s for s in cfg.sources}
    assert sources["north"].token == IN and sources["north"].routes == frozenset(PARTNER_ROUTES)
    assert sources["south"].token == "" and sources["south"].client_cert == (
        tmp_path / "tls" / "south.pem"
    )
    assert IN not in repr(cfg) and OUT not in repr(cfg)


BAD = {
    "no credential": ('name = "n"\nurl = "https://x"', "http.partners[0].token: give token"),
    "not a url": (f'name = "n"\nurl = "ftp://x"\ntoken = "{IN}"', "must start with https://"),
    "short token": ('name = "n"\nurl = "https://x"\ntoken = "short"', "token too short"),
    "half a client pair": (
        f'name = "n"\nurl = "https://x"\ntoken = "{IN}"\ntls_cert = "a.pem"',
        "tls_key: is missing",
    ),
    "unknown key": (f'name = "n"\nurl = "https://x"\ntoken = "{IN}"\ncolour = 1', "colour"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_partner_entries_name_the_key(name: str) -> None:
    body, expected = BAD[name]
    with pytest.raises(HttpConfigError) as caught:
        parse(f"[http]\n[[http.partners]]\n{body}\n", environ={})
    assert expected in str(caught.value)
    assert IN not in str(caught.value)


def test_mutual_tls_needs_an_https_endpoint() -> None:
    with pytest.raises(HttpConfigError, match="mutual TLS needs the endpoint on HTTPS"):
        parse('[http]\n[[http.partners]]\nname = "n"\nurl = "https://x"\nclient_cert = "c.pem"\n')


def test_a_partner_cannot_share_a_name_or_token_with_a_source() -> None:
    source = f'[[http.sources]]\nname = "n"\ntoken = "{IN}"\nroutes = ["aml"]\n'
    with pytest.raises(HttpConfigError, match="also a source name"):
        parse(f'[http]\n{source}[[http.partners]]\nname = "n"\nurl = "https://x"\ntoken = "{OUT}"')
    with pytest.raises(HttpConfigError, match="same token as source"):
        parse(f'[http]\n{source}[[http.partners]]\nname = "m"\nurl = "https://x"\ntoken = "{IN}"')
