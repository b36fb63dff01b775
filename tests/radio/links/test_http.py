"""HTTP(S) endpoint link on loopback, with a real aiohttp client.

The accepted path runs the ingest side as the console will
(``http_kit.StoreSide``: the real decoders from ``radio.protocols`` and a
real ``GroupCommitWriter`` on a SQLite file), so a 200 proves "stored before
acknowledged". The endpoint's own refusals must reach the sink and the store.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import ssl
import subprocess
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from radio.links.base import LinkState
from radio.links.http import (
    OFFLOAD_BYTES,
    PAUSED_RETRY_AFTER_S,
    HttpConfig,
    HttpEndpointLink,
    HttpRequestRecord,
    HttpVerdict,
    decode_off_loop,
)
from radio.protocols import Protocol
from tests.radio.links.http_kit import (
    FORM,
    TOKEN_A,
    TOKEN_B,
    StoreSide,
    aml_bodies,
    bearer,
    config,
    one_in_flight,
    serving,
    url,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:x@y">&lol3;</presence>
"""


@pytest.fixture
def side(tmp_path: Path) -> Any:
    store_side = StoreSide(tmp_path / "store.sqlite")
    yield store_side
    store_side.close()


# -- accepted ------------------------------------------------------------------


def test_aml_sample_is_stored_before_the_200(
    arun: Any, kit: Any, side: StoreSide, samples_dir: Path
) -> None:
    bodies = aml_bodies(samples_dir)
    assert len(bodies) == 2

    async def body() -> list[tuple[int, str]]:
        async with serving(kit, config(), side.on_request, side.sink) as link:
            async with aiohttp.ClientSession() as client:
                answers = []
                for data in bodies:
                    headers = {**bearer(TOKEN_A), "Content-Type": FORM}
                    async with client.post(url(link, "/aml"), data=data, headers=headers) as resp:
                        answers.append((resp.status, await resp.text()))
                health = link.health
                assert (health.requests, health.accepted, health.frames) == (2, 2, 2)
                assert health.bytes_in == sum(len(b) for b in bodies)
                assert health.rejected == {}
                assert health.peers == {"127.0.0.1"}
                return answers

    answers = arun(body())
    assert [status for status, _ in answers] == [200, 200]
    assert all(text.startswith("stored as event ") for _, text in answers)
    assert side.visible_before_answer == [True, True]
    events = side.events()
    assert [e.kind for e in events] == ["frame.decoded", "frame.decoded"]
    assert [e.raw for e in events] == bodies
    # The answer carries the sequence number only the commit gives out.
    assert [text.strip() for _, text in answers] == [f"stored as event {e.seq}" for e in events]
    first = events[0].payload
    assert first is not None
    assert first["http_source"] == "mno-a" and first["protocol"] == "aml-http"
    assert first["message"]["lat"] == pytest.approx(55.85732)
    assert first["peer"].startswith("127.0.0.1:")
    assert events[0].rx_time.tzinfo is not None


def test_pidf_and_cap_samples_are_accepted(
    arun: Any, kit: Any, side: StoreSide, samples_dir: Path
) -> None:
    posts = [
        ("/pidf", "application/pidf+xml", p.read_bytes())
        for p in sorted((samples_dir / "pidf_lo").glob("*.xml"))
    ]
    posts += [
        ("/cap", "application/cap+xml", p.read_bytes())
        for p in sorted((samples_dir / "cap").glob("cap12-v1dot2_*.xml"))
    ]
    assert len(posts) == 9

    async def body() -> list[int]:
        async with serving(kit, config(), side.on_request, side.sink) as link:
            async with aiohttp.ClientSession() as client:
                statuses = []
                for path, ctype, data in posts:
                    headers = {**bearer(TOKEN_B), "Content-Type": f"{ctype}; charset=utf-8"}
                    async with client.post(url(link, path), data=data, headers=headers) as resp:
                        statuses.append(resp.status)
                return statuses

    assert arun(body()) == [200] * len(posts)
    assert side.visible_before_answer == [True] * len(posts)
    events = side.events()
    assert [e.kind for e in events] == ["frame.decoded"] * len(posts)
    assert [e.payload["protocol"] for e in events] == ["pidf"] * 5 + ["cap"] * 4  # type: ignore[index]


def test_billion_laughs_is_400_with_reason_and_stored_as_rejected(
    arun: Any, kit: Any, side: StoreSide
) -> None:
    async def body() -> tuple[int, str, dict[str, int]]:
        async with serving(kit, config(), side.on_request, side.sink) as link:
            async with aiohttp.ClientSession() as client:
                headers = {**bearer(TOKEN_B), "Content-Type": "application/xml"}
                async with client.post(
                    url(link, "/pidf"), data=BILLION_LAUGHS, headers=headers
                ) as resp:
                    return resp.status, await resp.text(), dict(link.health.rejected)

    status, text, rejected = arun(body())
    assert status == 400
    assert "DTD" in text or "hostile" in text
    assert rejected == {"decode": 1}
    assert side.visible_before_answer == [True]
    [event] = side.events()
    assert event.kind == "frame.rejected"
    assert event.raw == BILLION_LAUGHS
    assert event.error is not None and event.error.strip() == text.strip()


# -- the endpoint's own refusals -----------------------------------------------------------


async def _chunks(data: bytes, size: int = 4096) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


REFUSALS = {
    # name: (method, path, headers, body, status, code)
    "no token": ("POST", "/aml", {"Content-Type": FORM}, b"v=1", 401, "auth"),
    "unknown token": (
        "POST", "/aml", {**bearer("x" * 24), "Content-Type": FORM}, b"v=1", 401, "auth",
    ),
    "basic auth": (
        "POST", "/aml", {"Authorization": f"Basic {TOKEN_A}", "Content-Type": FORM},
        b"v=1", 401, "auth",
    ),
    "wrong route": ("POST", "/pidf", {**bearer(TOKEN_A), "Content-Type": "application/xml"},
                    b"<x/>", 403, "forbidden"),
    "oversized": ("POST", "/aml", {**bearer(TOKEN_A), "Content-Type": FORM},
                  b"v=1&x=" + b"a" * 2000, 413, "size"),
    "oversized chunked": ("POST", "/aml", {**bearer(TOKEN_A), "Content-Type": FORM},
                          _chunks, 413, "size"),
    "wrong type": ("POST", "/aml", {**bearer(TOKEN_A), "Content-Type": "text/plain"},
                   b"v=1", 415, "type"),
    "no type": ("POST", "/aml", bearer(TOKEN_A), b"v=1", 415, "type"),
    "GET": ("GET", "/aml", bearer(TOKEN_A), b"", 405, "method"),
    "unknown path": ("POST", "/admin", bearer(TOKEN_A), b"v=1", 404, "path"),
    "nested path": ("POST", "/aml/x", bearer(TOKEN_A), b"v=1", 404, "path"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(REFUSALS))
def test_refusals_reach_the_sink_and_the_store(
    name: str, arun: Any, kit: Any, side: StoreSide
) -> None:
    method, path, headers, data, status, code = REFUSALS[name]
    limit = 1024
    if callable(data):
        data = data(b"v=1&x=" + b"a" * 3 * limit)
    sent = data if isinstance(data, bytes) else None

    async def body() -> tuple[int, str, dict[str, str]]:
        async with serving(
            kit, config(max_body={"aml": limit}), side.on_request, side.sink
        ) as link:
            async with aiohttp.ClientSession() as client:
                async with client.request(
                    method, url(link, path), data=data, headers=headers
                ) as resp:
                    answer = resp.status, await resp.text(), dict(resp.headers)
                assert link.health.rejected == {code: 1}
                assert link.health.accepted == 0
                return answer

    got, text, response_headers = arun(body())
    assert got == status
    assert side.visible_before_answer == []  # on_request was never called
    [record] = side.refused
    assert (record.rejection, record.status, record.method) == (code, status, method)
    assert record.reason and record.reason in text
    assert record.rx_time.tzinfo is not None
    if status == 401:
        assert response_headers["WWW-Authenticate"].startswith("Bearer ")
        assert record.source is None
    if status == 403:
        assert record.source == "mno-a"
    if status == 405:
        assert response_headers["Allow"] == "POST"
    if status == 413:
        # Bounded form: the first bytes, the length received and its hash.
        prefix = HttpConfig().refused_prefix_bytes
        assert record.oversized and record.body == b"v=1&x=" + b"a" * (prefix - 6)
        if sent is not None:  # declared too long: read whole (under the read cap), hashed
            assert record.body_length == len(sent) and record.body_complete
            assert record.body_sha256 == hashlib.sha256(sent).hexdigest()
        else:  # chunked: read up to the limit and a bounded rest
            assert record.body_length is not None and record.body_length > limit
    elif sent is not None:
        assert record.body == sent and not record.oversized
        assert record.body_sha256 == hashlib.sha256(sent).hexdigest()
        assert record.body_length == len(sent) and record.body_complete
    [event] = side.events()
    assert event.kind == "frame.rejected"
    assert event.error == record.reason
    assert event.payload is not None and event.payload["status"] == status
    assert TOKEN_A not in str(event.payload) and TOKEN_A not in text


def test_a_busy_source_gets_429_and_others_are_still_served(arun: Any, kit: Any) -> None:
    release = asyncio.Event()
    refused: list[HttpRequestRecord] = []
    arrived: list[str | None] = []

    async def on_request(record: HttpRequestRecord) -> HttpVerdict:
        arrived.append(record.source)
        if record.source == "mno-a":
            await release.wait()
        return HttpVerdict(202, "queued")

    async def body() -> tuple[int, int, int, dict[str, Any]]:
        async with serving(kit, config(max_concurrent=1), on_request, refused.append) as link:
            async with aiohttp.ClientSession() as client:
                aml = {**bearer(TOKEN_A), "Content-Type": FORM}
                first = await one_in_flight(kit, client, link, aml, arrived)
                async with client.post(url(link, "/aml"), data=b"v=1", headers=aml) as resp:
                    busy = resp.status
                    assert resp.headers["Retry-After"] == "1"
                cap = {**bearer(TOKEN_B), "Content-Type": "application/cap+xml"}
                async with client.post(url(link, "/cap"), data=b"<x/>", headers=cap) as resp:
                    other = resp.status
                release.set()
                resp = await first
                first_status = resp.status
                resp.release()
                return (
                    first_status,
                    busy,
                    other,
                    {"in_flight": link.health.in_flight, "rejected": dict(link.health.rejected)},
                )

    first, busy, other, health = arun(body())
    assert (first, busy, other) == (202, 429, 202)
    assert health == {"in_flight": 0, "rejected": {"busy": 1}}
    [record] = refused
    assert record.source == "mno-a" and record.rejection == "busy" and record.body == b""


def test_failing_store_side_answers_503_never_200(arun: Any, kit: Any) -> None:
    async def on_request(record: HttpRequestRecord) -> HttpVerdict:
        raise RuntimeError("store is gone")

    async def body() -> tuple[int, str | None, int]:
        async with serving(kit, config(), on_request, lambda record: None) as link:
            async with aiohttp.ClientSession() as client:
                headers = {**bearer(TOKEN_A), "Content-Type": FORM}
                async with client.post(url(link, "/aml"), data=b"v=1", headers=headers) as resp:
                    return resp.status, resp.headers.get("Retry-After"), link.health.accepted

    assert arun(body()) == (503, "5", 0)


def test_paused_endpoint_answers_503_records_every_refusal_and_resumes(
    arun: Any, kit: Any, side: StoreSide, samples_dir: Path
) -> None:
    aml = aml_bodies(samples_dir)[0]
    big = b"v=1&x=" + bytes(range(256)) * 8  # 2 KiB: more than a refusal keeps
    form = {**bearer(TOKEN_A), "Content-Type": FORM}
    posts = [
        ("/aml", aml, form),  # would have been accepted
        ("/aml", big, form),
        ("/aml", aml, {"Content-Type": FORM}),  # would have been 401
        ("/nowhere", b"v=1", form),  # would have been 404
    ]

    async def body() -> tuple[list[tuple[int, str | None, str]], int, dict[str, int]]:
        async with serving(kit, config(), side.on_request, side.sink) as link:
            link.pause_reading()
            link.pause_reading()  # idempotent
            answers = []
            async with aiohttp.ClientSession() as client:
                for path, data, headers in posts:
                    async with client.post(url(link, path), data=data, headers=headers) as resp:
                        answers.append(
                            (resp.status, resp.headers.get("Retry-After"), await resp.text())
                        )
                paused = dict(link.health.rejected)
                assert link.health.accepted == 0 and link.paused
                link.resume_reading()
                assert not link.paused
                async with client.post(url(link, "/aml"), data=aml, headers=form) as resp:
                    after = resp.status
            return answers, after, paused

    answers, after, paused = arun(body())
    retry = str(PAUSED_RETRY_AFTER_S)
    assert [(status, after) for status, after, _ in answers] == [(503, retry)] * len(posts)
    assert after == 200
    assert paused == {"paused": len(posts)}
    assert side.visible_before_answer == [True]  # on_request saw only the one after resume
    # Nothing dropped silently: every refusal reached the sink, bounded as any refusal.
    assert [r.rejection for r in side.refused] == ["paused"] * len(posts)
    assert all(r.status == 503 and r.reason and r.reason in text
               for r, (_, _, text) in zip(side.refused, answers, strict=True))  # fmt: skip
    assert [r.source for r in side.refused] == ["mno-a", "mno-a", None, None]
    prefix = HttpConfig().refused_prefix_bytes
    for record, (_, data, _) in zip(side.refused, posts, strict=True):
        assert record.body == data[:prefix] and record.body_length == len(data)
        assert record.body_sha256 == hashlib.sha256(data).hexdigest() and record.body_complete
    events = side.events()
    assert [e.kind for e in events] == ["frame.rejected"] * len(posts) + ["frame.decoded"]


def test_pause_lets_accepted_requests_finish_and_refuses_the_busy_unread(
    arun: Any, kit: Any
) -> None:
    release = asyncio.Event()
    refused: list[HttpRequestRecord] = []
    arrived: list[str | None] = []

    async def on_request(record: HttpRequestRecord) -> HttpVerdict:
        arrived.append(record.source)
        await release.wait()
        return HttpVerdict(200, "stored")

    async def body() -> tuple[int, int, str | None]:
        async with serving(kit, config(max_concurrent=1), on_request, refused.append) as link:
            async with aiohttp.ClientSession() as client:
                aml = {**bearer(TOKEN_A), "Content-Type": FORM}
                first = await one_in_flight(kit, client, link, aml, arrived)
                link.pause_reading()
                async with client.post(url(link, "/aml"), data=b"v=2", headers=aml) as resp:
                    busy, retry = resp.status, resp.headers.get("Retry-After")
                release.set()
                resp = await first
                resp.release()
                return resp.status, busy, retry

    first, busy, retry = arun(body())
    assert (first, busy, retry) == (200, 503, str(PAUSED_RETRY_AFTER_S))
    [record] = refused
    assert (record.rejection, record.source, record.body, record.body_length) == (
        "paused",
        "mno-a",
        b"",
        0,
    )


def test_large_bodies_are_decoded_off_the_loop(arun: Any) -> None:
    threads: list[str] = []

    def decode(frame: bytes) -> int:
        threads.append(threading.current_thread().name)
        return len(frame)

    protocol = Protocol(name="probe", framer=lambda buf: (0, None), decode=decode)

    async def body() -> list[int]:
        small = await decode_off_loop(protocol, b"x" * OFFLOAD_BYTES)
        large = await decode_off_loop(protocol, b"x" * (OFFLOAD_BYTES + 1))
        return [small, large]

    assert arun(body()) == [OFFLOAD_BYTES, OFFLOAD_BYTES + 1]
    assert threads[0] == "MainThread" and threads[1] != "MainThread"


# -- transport -------------------------------------------------------------------


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl CLI not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def test_tls_with_a_self_signed_certificate(
    arun: Any, kit: Any, side: StoreSide, tmp_path: Path
) -> None:
    cert, key = _self_signed(tmp_path)
    trusting = ssl.create_default_context(cafile=str(cert))

    async def body() -> tuple[int, str, str, bool]:
        cfg = config(tls_cert=cert, tls_key=key)
        async with serving(kit, cfg, side.on_request, side.sink) as link:
            async with aiohttp.ClientSession() as client:
                headers = {**bearer(TOKEN_A), "Content-Type": FORM}
                data = (
                    b"v=1&device_number=%2B447477593102&location_latitude=55.85732"
                    b"&location_longitude=-4.26325&location_accuracy=10"
                )
                async with client.post(
                    url(link, "/aml", "https"), data=data, headers=headers, ssl=trusting
                ) as resp:
                    status = resp.status
                # An untrusting client must not get through.
                untrusted = False
                try:
                    async with client.post(url(link, "/aml", "https"), data=data, headers=headers):
                        pass
                except aiohttp.ClientConnectorCertificateError:
                    untrusted = True
                return status, link.describe(), str(resp.url.scheme), untrusted

    status, described, scheme, untrusted = arun(body())
    assert (status, scheme, untrusted) == (200, "https", True)
    assert described.startswith("https 127.0.0.1:")
    assert side.visible_before_answer == [True]


def test_missing_certificate_leaves_the_link_down_with_the_reason(
    arun: Any, kit: Any, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.pem"

    async def body() -> tuple[str | None, int]:
        link = HttpEndpointLink(
            "http", config(tls_cert=missing, tls_key=missing), _never, backoff=kit.fast_backoff()
        )
        task = asyncio.create_task(link.run(lambda record: None))
        await kit.wait_state(link, LinkState.DOWN)
        await kit.wait_until(lambda: link.health.errors >= 2)  # it retries, never crashes
        link.close()
        await asyncio.wait_for(task, 10.0)
        return link.health.last_error, link.health.errors

    error, errors = arun(body())
    assert error is not None and "tls_cert" in error and str(missing) in error
    assert errors >= 2


def test_corrupt_certificate_and_busy_port_are_clear_errors(
    arun: Any, kit: Any, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")

    async def down(cfg: HttpConfig) -> str | None:
        link = HttpEndpointLink("http", cfg, _never, backoff=kit.fast_backoff())
        task = asyncio.create_task(link.run(lambda record: None))
        await kit.wait_state(link, LinkState.DOWN)
        link.close()
        await asyncio.wait_for(task, 10.0)
        return link.health.last_error

    async def body() -> tuple[str | None, str | None]:
        corrupt = await down(config(tls_cert=junk, tls_key=junk))
        async with serving(kit, config(), _never, lambda record: None) as first:
            busy = await down(config(port=first.bound_port))
        return corrupt, busy

    corrupt, busy = arun(body())
    assert corrupt is not None and "cannot load tls_cert" in corrupt and str(junk) in corrupt
    assert busy is not None and "Address already in use" in busy


async def _never(record: HttpRequestRecord) -> HttpVerdict:
    raise AssertionError("no request should be accepted")


def test_serves_on_the_qasync_loop_of_the_app(
    console_loop: asyncio.AbstractEventLoop, kit: Any, side: StoreSide
) -> None:
    async def body() -> tuple[int, str]:
        async with serving(kit, config(), side.on_request, side.sink) as link:
            async with aiohttp.ClientSession() as client:
                headers = {**bearer(TOKEN_A), "Content-Type": FORM}
                data = b"v=1&location_latitude=60.17&location_longitude=24.94"
                async with client.post(url(link, "/aml"), data=data, headers=headers) as resp:
                    return resp.status, await resp.text()

    status, text = console_loop.run_until_complete(asyncio.wait_for(body(), 30.0))
    assert status == 200 and text.startswith("stored as event ")
    assert side.visible_before_answer == [True]
