"""Posting to a partner control room's endpoint (CAD-to-CAD), over HTTPS.

Role: the sending half of a handover: one POST of a document to the
partner's ``/eido`` or ``/eido-answer`` route (``radio.links.http`` is the
receiving half). No Qt, no SQL; delivery guarantees (the outbox, retries
with backoff, what counts as delivered) are ``console.services.partner``'s.

Contract:
- ``PartnerClient(partner)`` for one ``HttpPartner``; ``await post(route,
  body, content_type) -> PostResult(status, text)`` sends one request with
  the partner's bearer token (``send_token``) and, for mutual TLS, our
  certificate (``client_cert``/``client_key``); the partner's endpoint is
  verified against ``server_ca`` (default: the system's CAs), host name
  included. Any answer is returned as it came (the caller decides what a
  status means); no answer at all (refused, reset, TLS failure, no answer
  within ``timeout_s``) raises ``PartnerUnreachable`` with the reason.
  A bad client certificate or CA file raises ``PartnerUnreachable`` too.
- ``retryable(status)``: whether a status means "try again later" (408,
  425, 429, 5xx) rather than "this document will never be taken" (other
  4xx). ``await close()`` releases the connection pool.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any

from radio.links.http_types import HttpPartner

__all__ = ["PartnerClient", "PartnerUnreachable", "PostResult", "retryable"]

DEFAULT_TIMEOUT_S = 10.0
_MAX_ANSWER = 4096


class PartnerUnreachable(Exception):
    """No answer from the partner's endpoint; the message says why."""


@dataclass(frozen=True, slots=True)
class PostResult:
    status: int
    text: str


def retryable(status: int) -> bool:
    return status in (408, 425, 429) or status >= 500


def client_ssl_context(partner: HttpPartner) -> ssl.SSLContext:
    cafile = str(partner.server_ca) if partner.server_ca is not None else None
    try:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if partner.client_cert is not None:
            key = str(partner.client_key) if partner.client_key is not None else None
            context.load_cert_chain(str(partner.client_cert), key)
    except (OSError, ssl.SSLError) as exc:
        raise PartnerUnreachable(f"partner {partner.name}: TLS files unusable: {exc}") from None
    return context


class PartnerClient:
    def __init__(self, partner: HttpPartner, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.partner = partner
        self.timeout_s = timeout_s
        self._session: Any = None
        self._ssl: ssl.SSLContext | None = None

    async def post(self, route: str, body: bytes, content_type: str) -> PostResult:
        import aiohttp  # only a console with partners loads the client

        url = f"{self.partner.url.rstrip('/')}/{route}"
        if self._session is None:
            if url.startswith("https:"):
                self._ssl = client_ssl_context(self.partner)
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.timeout_s),
                connector=aiohttp.TCPConnector(ssl=self._ssl if self._ssl else False),
            )
        headers = {"Content-Type": content_type}
        if self.partner.send_token:
            headers["Authorization"] = f"Bearer {self.partner.send_token}"
        try:
            async with self._session.post(url, data=body, headers=headers) as response:
                text = (await response.content.read(_MAX_ANSWER)).decode("utf-8", "replace")
                return PostResult(response.status, text)
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            reason = str(exc) or type(exc).__name__
            raise PartnerUnreachable(f"{url}: {reason}") from None

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()
