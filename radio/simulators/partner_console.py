"""A simulated partner control room for CAD-to-CAD: takes EIDOs over HTTP(S) and answers.

Role: the far end of ``console.services.partner`` for tests, drills and a
technician wiring a partner without one: it serves ``POST /eido`` as a
partner console of this project does, and posts its answer to the console's
``/eido-answer``. No Qt, no store: what it took is kept in memory.

Contract:
- ``PartnerConsole(token=None, answer="accepted", answer_after_s=0.0,
  reply_url=None, reply_token=None, reply_ca=None, fault=None)``;
  ``await start(host, port, tls_cert=None, tls_key=None) -> port`` listens
  (port 0: any free port; with the certificate pair: HTTPS), ``await
  close()`` stops it.
- ``/eido``: without the bearer ``token`` (when one is set) 401; a body
  that is not a valid EIDO (``radio.codecs.eido``) 400 with the reason; a
  message id already taken 200 ``duplicate of SIM-n`` (nothing new);
  otherwise the document goes to ``received`` and the answer is 200 ``call
  SIM-n``. Then, ``answer_after_s`` later, it posts ``answer``
  (``accepted``/``rejected``/``completed``; ``none``: never answers) to
  ``reply_url/eido-answer`` with ``reply_token``, verifying the console's
  certificate against ``reply_ca``; each post's status goes to ``answers``
  (None: no answer from the console), and it is tried again (at most
  ``REPLY_ATTEMPTS``) while the console answers 5xx or not at all.
- Faults (``fault``): ``unavailable`` answers every request 503 (the console
  must retry), ``silence`` never answers (the console's client times out),
  ``garbage`` posts an answer that is not JSON (the console must refuse and
  store it).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ssl
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, TCPConnector, web

from radio.codecs.eido import EidoDocument
from radio.codecs.eido import decode as decode_eido
from radio.codecs.eido_answer import encode_answer
from radio.messages import DecodeError

__all__ = ["FAULTS", "REPLY_ATTEMPTS", "PartnerConsole"]

FAULTS = ("unavailable", "silence", "garbage")
REPLY_ATTEMPTS = 10


class PartnerConsole:
    def __init__(
        self,
        token: str | None = None,
        answer: str = "accepted",
        answer_after_s: float = 0.0,
        reply_url: str | None = None,
        reply_token: str | None = None,
        reply_ca: Path | None = None,
        fault: str | None = None,
    ) -> None:
        if fault is not None and fault not in FAULTS:
            raise ValueError(f"fault must be one of {', '.join(FAULTS)}, not {fault!r}")
        self.token = token
        self.answer = answer
        self.answer_after_s = answer_after_s
        self.reply_url = reply_url
        self.reply_token = reply_token
        self.reply_ca = reply_ca
        self.fault = fault
        self.received: list[EidoDocument] = []
        self.calls: dict[str, str] = {}  # message id -> SIM-n
        self.answers: list[int | None] = []
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> int:
        app = web.Application()
        app.router.add_post("/eido", self._on_eido)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        context = None
        if tls_cert is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(tls_cert), str(tls_key) if tls_key else None)
        site = web.TCPSite(self._runner, host, port, ssl_context=context)
        await site.start()
        return int(self._runner.addresses[0][1])

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _on_eido(self, request: web.Request) -> web.StreamResponse:
        if self.fault == "silence":
            await asyncio.sleep(3600)
        if self.fault == "unavailable":
            return web.Response(status=503, text="partner unavailable (simulated)")
        if self.token is not None:
            scheme, _, given = request.headers.get("Authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given, self.token):
                return web.Response(status=401, text="bearer token required")
        document = decode_eido(await request.read())
        if isinstance(document, DecodeError):
            return web.Response(status=400, text=document.reason)
        earlier = self.calls.get(document.eido_id)
        if earlier is not None:
            return web.Response(text=f"duplicate of {earlier}")
        call = f"SIM-{len(self.calls) + 1}"
        self.calls[document.eido_id] = call
        self.received.append(document)
        if self.answer != "none" and self.reply_url:
            task = asyncio.get_running_loop().create_task(self._reply(document.eido_id, call))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return web.Response(text=f"call {call}")

    async def _reply(self, message_id: str, call: str) -> None:
        await asyncio.sleep(self.answer_after_s)
        body = encode_answer(
            f"{message_id}:sim-answer", message_id, self.answer, datetime.now(UTC), call_id=call
        )
        if self.fault == "garbage":
            body = b"\x00not an answer\xff"
        headers = {"Content-Type": "application/json"}
        if self.reply_token:
            headers["Authorization"] = f"Bearer {self.reply_token}"
        context: ssl.SSLContext | bool = False
        if self.reply_url and self.reply_url.startswith("https:"):
            context = ssl.create_default_context(
                cafile=str(self.reply_ca) if self.reply_ca else None
            )
        url = f"{self.reply_url.rstrip('/')}/eido-answer" if self.reply_url else ""
        async with ClientSession(
            timeout=ClientTimeout(total=10), connector=TCPConnector(ssl=context)
        ) as http:
            for attempt in range(REPLY_ATTEMPTS):
                status: int | None = None
                with contextlib.suppress(ClientError, TimeoutError, OSError):
                    async with http.post(url, data=body, headers=headers) as response:
                        status = response.status
                self.answers.append(status)
                if status is not None and status < 500:
                    return
                await asyncio.sleep(min(0.2 * 2**attempt, 5.0))


async def _run_forever(console: PartnerConsole, **listen: Any) -> None:  # pragma: no cover
    port = await console.start(**listen)
    scheme = "https" if listen.get("tls_cert") else "http"
    print(f"{scheme}://{listen.get('host', '127.0.0.1')}:{port}", flush=True)
    seen = answered = 0
    try:
        while True:
            await asyncio.sleep(0.2)
            for doc in console.received[seen:]:
                print(f"received {doc.eido_id} {doc.incident_type} {doc.location}", flush=True)
            for status in console.answers[answered:]:
                print(f"answer {console.answer} posted: {status}", flush=True)
            seen, answered = len(console.received), len(console.answers)
    finally:
        await console.close()
