"""Two consoles of this project on one machine, for CAD-to-CAD tests and the benchmark.

``self_signed(folder, name)`` makes a certificate for 127.0.0.1 with the
``cryptography`` library. ``Console`` runs what the session runs for one
control room: a real SQLite store and group-commit writer, the dispatch
service, the call picture and tracker, the real ``IngestService`` with the
site's HTTPS endpoint (``[http]``, port 0), and a ``PartnerService`` attached
to that endpoint. ``pair(tmp)`` starts A and B: A hands incidents to B, B
knows A by A's client certificate (mutual TLS), A knows B by a bearer token.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import ipaddress
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.dispatch import DispatchService
from console.services.ingest import IngestService
from console.services.partner import PartnerService
from console.services.partner_wiring import start_partners
from models.calls import events as cev
from models.calls.state import CallState
from models.calls.tracker import CallTracker
from models.dispatch import events as ev
from models.store import GroupCommitWriter, Store, open_store, queries
from radio.links.http_types import HttpConfig, HttpPartner, HttpSource

TOKEN_B = "partner-b-token-to-reach-a-0001"


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class Console:
    """One control room's services on its own store (see the module docstring)."""

    def __init__(
        self, folder: Path, name: str, http: HttpConfig, url: str | None = None, **limits: float
    ) -> None:
        self.name = name
        self.folder = folder
        self.http = http
        self.limits = limits
        self.site = dataclasses.replace(load_site(DEFAULT_SITE_DIR), links=(), http=http)
        self.store: Store = open_store(url or f"sqlite:///{folder / f'{name}.sqlite'}")
        self.catalogue = site_catalogue(self.site)
        self.dispatch = DispatchService(self.site, self.catalogue, None, f"op-{name}")
        self.calls = CallState()
        self.tracker = CallTracker(self.calls)
        self.ingest: IngestService | None = None
        self.partner: PartnerService | None = None
        self.listeners: list[Callable[[list[Any]], None]] = []

    @property
    def port(self) -> int:
        assert self.ingest is not None
        link = next(rt.link for rt in self.ingest.links if hasattr(rt.link, "add_route_handler"))
        return int(link.bound_port or 0)

    async def start_endpoint(self) -> None:
        loop = asyncio.get_running_loop()

        def apply(events: list[Any]) -> None:
            self.dispatch.on_committed([e for e in events if e.kind in ev.DISPATCH_KINDS])
            self.calls.apply_all([e for e in events if e.kind in cev.CALL_KINDS])
            if self.partner is not None:
                self.partner.on_committed(events)
            for listener in self.listeners:
                listener(events)

        def on_committed(events: list[Any]) -> None:  # writer thread -> loop
            loop.call_soon_threadsafe(apply, events)

        writer = GroupCommitWriter(self.store, on_committed=on_committed)
        self.dispatch.writer = writer
        self.ingest = IngestService(self.site, writer, call_tracker=self.tracker)
        await self.ingest.start()
        await until(lambda: self.port)

    async def start_partners(self, partners: tuple[HttpPartner, ...]) -> None:
        assert self.ingest is not None
        # As the session does (console.services.partner_wiring), on the full [http] table.
        self.site = dataclasses.replace(
            self.site, http=dataclasses.replace(self.http, partners=partners)
        )
        limits = SimpleNamespace(**self.limits) if self.limits else None
        self.partner = await start_partners(
            self.site,
            self.dispatch,
            self.dispatch.writer,
            self.ingest,
            self.calls,
            self.store,
            catalogue=self.catalogue,
            reach=limits,
        )
        assert self.partner is not None and self.partner.endpoint == "http"

    async def stop(self) -> None:
        if self.partner is not None:
            await self.partner.close()
        if self.ingest is not None:
            await self.ingest.stop()
        writer = self.dispatch.writer
        if writer is not None:
            await asyncio.get_running_loop().run_in_executor(None, writer.close)

    def events(self, prefix: str = "") -> list[Any]:
        with self.store.engine.connect() as conn:
            rows = queries.events_since(conn, 0)
        return [e for e in rows if e.kind.startswith(prefix)]


def notice_field(console: Any, notice_id: str, name: str) -> Any:
    """A field of a reach notice as ``console``'s projection has it; None while it has
    not taken the notice in yet (the handover returns before the projection catches up)."""
    return getattr(console.dispatch.state.reach.notices.get(notice_id), name, None)


async def until(check: Callable[[], Any], timeout: float = 15.0, step: float = 0.005) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        await asyncio.sleep(step)
    raise AssertionError(f"not reached within {timeout} s")


def endpoint_config(folder: Path, me: str, sources: tuple[HttpSource, ...]) -> HttpConfig:
    cert, key = folder / f"{me}.pem", folder / f"{me}.key"
    return HttpConfig(sources=sources, host="127.0.0.1", port=0, tls_cert=cert, tls_key=key)


async def pair(folder: Path, a_url: str | None = None, **limits: float) -> tuple[Console, Console]:
    """Consoles A and B running, each a partner of the other (see the module docstring);
    A's store at ``a_url`` (a PostgreSQL one, say), else SQLite files in ``folder``."""
    a_cert, a_key = self_signed(folder, "a")
    b_cert, _ = self_signed(folder, "b")
    a = Console(
        folder, "a", endpoint_config(folder, "a", (HttpSource("b", TOKEN_B, _PR),)), a_url, **limits
    )
    b_source = HttpSource("a", "", _PR, client_cert=a_cert)
    b = Console(folder, "b", endpoint_config(folder, "b", (b_source,)), **limits)
    await a.start_endpoint()
    await b.start_endpoint()
    to_b = HttpPartner(
        "b",
        f"https://127.0.0.1:{b.port}",
        server_ca=b_cert,
        client_cert=a_cert,
        client_key=a_key,
        retry_min_s=0.05,
        retry_max_s=0.5,
    )
    to_a = HttpPartner(
        "a",
        f"https://127.0.0.1:{a.port}",
        send_token=TOKEN_B,
        server_ca=a_cert,
        retry_min_s=0.05,
        retry_max_s=0.5,
    )
    await a.start_partners((to_b,))
    await b.start_partners((to_a,))
    return a, b


_PR = frozenset({"eido", "eido-answer"})
