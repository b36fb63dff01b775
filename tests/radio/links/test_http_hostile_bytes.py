"""Hostile HTTP clients (1): bytes that are not UTF-8 in headers, paths and queries.

The HTTP endpoint against hostile clients, on loopback, with raw sockets
(shared pieces: ``tests/radio/links/hostile_kit.py``). Every attack runs
against a real ``HttpEndpointLink`` whose refusals and accepted requests go
to a real ``GroupCommitWriter`` on a SQLite file; while an attack runs a
prober posts a valid, authenticated request every 100 ms (bound: 1 s).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from radio.links.base import LinkState
from radio.links.http_guard import (
    escape_bytes,
    escape_text,
    unescape,
)
from tests.radio.links.hostile_kit import (
    TOKEN,
    Store,
    assert_storable,
    exchange,
    post,
    refused_with,
    serving,
    strings,
)

# -- 1. bytes that are not UTF-8 ------------------------------------------------------------


HOSTILE = {
    # name: (request bytes, status)
    "content type not utf-8, no token": (
        b"POST /aml HTTP/1.1\r\nHost: x\r\nContent-Type: \xff\r\nContent-Length: 0\r\n\r\n", 401),
    "content type not utf-8, token": (post(ctype=b"application/\xff\xfe"), 415),
    "token not utf-8": (post(token=b"\xff\xfe" + TOKEN), 401),
    "header value not utf-8, accepted": (post(extra=b"X-Note: caf\xe9 \\x41\r\n"), 200),
    "path with percent-escaped byte": (post(path=b"/%ff%00aml?q=%fe"), 404),
    "query with a raw byte": (post(path=b"/aml?x=\xff"), 400),
    "path with a raw byte": (post(path=b"/a\xffml"), 400),
    "header name not utf-8": (post(extra=b"X-\xff: 1\r\n"), 400),
    "control byte in a header": (post(extra=b"X-Note: a\x01b\r\n"), 400),
    "backslash in a header, valid utf-8": (post(extra=b"X-Note: C:\\temp\\\xc3\xa9\r\n"), 200),
}  # fmt: skip


def test_non_utf8_headers_paths_and_queries_are_escaped_and_stored(
    arun: Any, kit: Any, store: Store
) -> None:
    async def body() -> list[int | None]:
        async with serving(kit, store) as link:
            statuses = [
                (await exchange(link.bound_port, data, src="127.0.0.2"))[0]
                for data, _ in HOSTILE.values()
            ]
            # The store is still taking events: a valid request is answered 200.
            statuses.append((await exchange(link.bound_port, post()))[0])
            assert link.health.state is LinkState.UP
            return statuses

    statuses = arun(body())
    assert statuses == [status for _, status in HOSTILE.values()] + [200]
    records = store.refused + store.accepted
    assert len(records) == len(HOSTILE) + 1
    for record in records:
        assert_storable(record)
    events = store.events()
    assert len(events) == len(records)  # every request stored, none stopped the writer
    assert store.writer.healthy
    for event in events:
        assert event.payload is not None
        for text in strings(event.payload):
            text.encode("utf-8")
    # The escaping is lossless: the bytes come back.
    [first] = [r for r in refused_with(store, "auth") if r.content_type == "\\xff"]
    assert "content_type" in first.escaped and first.request_line == "POST /aml HTTP/1.1"
    assert unescape(first.content_type) == b"\xff"
    [typed] = refused_with(store, "type")
    assert unescape(typed.content_type or "") == b"application/\xff\xfe"
    assert typed.source == "mno-a"
    noted = [r for r in store.accepted if any(n == "X-Note" for n, _ in r.headers)]
    values = {dict(r.headers)["X-Note"] for r in noted}
    assert values == {"caf\\xe9 \\x5cx41", "C:\\temp\\é"}
    assert {unescape(v) for v in values if "\\x" in v} == {b"caf\xe9 \\x41"}
    # What aiohttp could not parse is kept from the bytes that arrived.
    malformed = refused_with(store, "malformed")
    assert len(malformed) == 4
    lines = {r.request_line for r in malformed}
    assert "POST /aml?x=\\xff HTTP/1.1" in lines and "POST /a\\xffml HTTP/1.1" in lines
    for record in malformed:
        assert record.status == 400 and record.reason and record.reason.startswith("malformed")
        assert all(name != "Authorization" or "redacted" in value for name, value in record.headers)
    # Credentials never reach the store.
    assert TOKEN.decode() not in json.dumps([e.payload for e in events])


@given(st.binary(max_size=64))
def test_escaping_is_lossless_and_always_encodable(raw: bytes) -> None:
    # A field listed in ``escaped`` is unescaped; any other is the UTF-8 text itself.
    text, escaped = escape_bytes(raw)
    assert (unescape(text) if escaped else text.encode("utf-8")) == raw
    if escaped:
        assert not any((ch < " " and ch != "\t") or ch == "\x7f" for ch in text)
    as_str, was = escape_text(raw.decode("utf-8", "surrogateescape"))
    assert (as_str, was) == (text, escaped)
