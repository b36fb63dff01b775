"""What the HTTP endpoint keeps of hostile requests, and how much of it.

Role: the pieces of ``radio.links.http`` that decide what a request may cost
the store and the process: text that is always encodable, bounded bodies,
a stored-bytes budget for refused requests and the summary that stands for
whatever went over it. No aiohttp, no Qt, no SQL (``read_body`` only needs
an object with ``read(n)`` and ``at_eof()``, aiohttp's ``StreamReader``).

Contract:
- ``escape_bytes(raw) -> (text, escaped)``: valid UTF-8 without control
  characters (tab allowed) comes back as it is; anything else is escaped:
  every invalid byte, control byte and backslash becomes ``\\xNN``, so
  ``unescape(text) == raw`` exactly and the text is always
  ``.encode("utf-8")``-able (no lone surrogates, no NUL for PostgreSQL).
  ``escape_text(s)`` does the same for a ``str`` that may carry
  ``surrogateescape`` bytes (aiohttp decodes headers and paths that way);
  ``safe_text(s)`` is its text only, for reasons and log lines.
- ``read_body(stream, keep_limit=..., read_cap=..., prefix_bytes=...,
  timeout_s=...) -> BodyRead`` reads a body once, hashing it (SHA-256) as it
  goes. With ``keep_limit`` it keeps up to that many bytes; one more byte
  makes it ``oversized``: the kept bytes are dropped and at most
  ``read_cap`` more are read (hashed, not kept). Without ``keep_limit``
  (a body that is refused anyway) it reads at most ``read_cap`` bytes and
  keeps only the first ``prefix_bytes``. It never raises for the client's
  faults: ``timed_out`` (the whole read took longer than ``timeout_s``) and
  ``error`` say what went wrong, with what was read so far.
- ``ByteBudget(total_per_min, per_key_per_min)``: token buckets of stored
  bytes, one overall and one per sender key (at most ``max_keys`` keys,
  then they share one); ``take(key, size)`` is True when both can pay.
- ``RefusalSummary``: counts of refused requests that were over the budget
  (per sender, per reason code, total body bytes, first and last receive
  time, a few request lines) and of connections refused at the caps;
  ``take()`` returns the JSON-ready summary and starts a new one, or None
  when there is nothing to say.
- ``HttpLinkHealth``: ``LinkHealth`` plus the endpoint's counters (see the
  field comments); ``counters()`` lists them for the link-status dock.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from radio.links.base import LinkHealth

_READ_CHUNK = 64 * 1024
# Characters JSON can hold but a store or a log line should not get raw:
# PostgreSQL rejects NUL in text and jsonb; other controls forge log lines.
_UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_ESCAPE_ALSO = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f\\]")
_ESCAPE = re.compile(r"\\x([0-9a-f]{2})")


def escape_bytes(raw: bytes) -> tuple[str, bool]:
    """``(text, escaped)``: the text as is, or losslessly escaped (see module docstring)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _UNSAFE_TEXT.search(text):
            return text, False
    # Backslashes are escaped too, so every backslash in the result starts
    # an escape and unescape() is exact.
    marked = _ESCAPE_ALSO.sub(lambda m: b"\\x%02x" % m[0][0], raw)
    return marked.decode("utf-8", "backslashreplace"), True


def escape_text(text: str) -> tuple[str, bool]:
    """``escape_bytes`` for a ``str`` that may carry ``surrogateescape``d bytes."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate that never was a byte
            raw = text.encode("utf-8", "surrogatepass")
    else:
        if not _UNSAFE_TEXT.search(text):
            return text, False
    return escape_bytes(raw)


def safe_text(text: str) -> str:
    return escape_text(text)[0]


def unescape(text: str) -> bytes:
    """The bytes an escaped text stands for (the inverse of ``escape_bytes``)."""
    out = bytearray()
    pos = 0
    for match in _ESCAPE.finditer(text):
        out += text[pos : match.start()].encode("utf-8")
        out.append(int(match[1], 16))
        pos = match.end()
    out += text[pos:].encode("utf-8")
    return bytes(out)


# -- bodies --------------------------------------------------------------------------


class _Stream(Protocol):
    async def read(self, n: int = -1) -> bytes: ...

    def at_eof(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class BodyRead:
    """What was read of one body."""

    kept: bytes | None  # the whole body, when it was kept and within the limit
    prefix: bytes  # its first bytes (what a refused request stores)
    length: int  # bytes received
    sha256: str  # of the ``length`` bytes received
    complete: bool  # the end of the body was seen: ``length`` is all of it
    oversized: bool = False
    timed_out: bool = False
    error: str | None = None


async def read_body(
    stream: _Stream,
    *,
    keep_limit: int | None,
    read_cap: int,
    prefix_bytes: int,
    timeout_s: float,
) -> BodyRead:
    """Read (and hash) a body with bounded memory; see the module docstring."""
    hasher = hashlib.sha256()
    kept = bytearray()
    prefix = bytearray()
    keeping = keep_limit is not None
    cap = keep_limit + 1 if keep_limit is not None else read_cap
    length = 0
    complete = oversized = timed_out = False
    error: str | None = None
    try:
        async with asyncio.timeout(timeout_s):
            while True:
                want = cap - length
                if want <= 0:
                    if not keeping:
                        break
                    # One byte over the limit: stop keeping, read a bounded rest.
                    keeping, oversized = False, True
                    kept = bytearray()
                    cap = length + read_cap
                    continue
                chunk = await stream.read(min(want, _READ_CHUNK))
                if not chunk:
                    complete = True
                    break
                hasher.update(chunk)
                length += len(chunk)
                if len(prefix) < prefix_bytes:
                    prefix += chunk[: prefix_bytes - len(prefix)]
                if keeping:
                    kept += chunk
    except TimeoutError:
        timed_out = True
    except Exception as exc:  # a broken chunked body, a reset: the client's fault
        error = _first_line(exc)
        # The stream keeps the exception; its traceback would keep this frame
        # (and the stream) in a reference cycle.
        exc.__traceback__ = None
    if not complete and not timed_out and error is None:
        complete = stream.at_eof()
    return BodyRead(
        kept=bytes(kept) if keeping and not timed_out and error is None else None,
        prefix=bytes(prefix),
        length=length,
        sha256=hasher.hexdigest(),
        complete=complete,
        oversized=oversized,
        timed_out=timed_out,
        error=error,
    )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", "") or exc or type(exc).__name__)
    line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return safe_text(line.rstrip(":")[:200])


# -- the budget for refused requests ---------------------------------------------------


class ByteBudget:
    """Stored bytes per minute, overall and per sender: token buckets."""

    _OTHER = "\x00other"  # the key senders share once ``max_keys`` are tracked

    def __init__(
        self,
        total_per_min: int,
        per_key_per_min: int,
        max_keys: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total_per_min = max(0, total_per_min)
        self.per_key_per_min = max(0, min(per_key_per_min, self.total_per_min))
        self._max_keys = max_keys
        self._clock = clock
        now = clock()
        self._total = [float(self.total_per_min), now]
        self._keys: dict[str, list[float]] = {}

    def take(self, key: str, size: int) -> bool:
        now = self._clock()
        total = self._refill(self._total, self.total_per_min, now)
        bucket = self._bucket(key, now)
        mine = self._refill(bucket, self.per_key_per_min, now)
        if size > total or size > mine:
            return False
        self._total[0] = total - size
        bucket[0] = mine - size
        return True

    def _bucket(self, key: str, now: float) -> list[float]:
        bucket = self._keys.get(key)
        if bucket is not None:
            return bucket
        if len(self._keys) >= self._max_keys:
            # A bucket that has refilled is the same as a new one: forget those.
            full = self.per_key_per_min
            for old in [k for k, b in self._keys.items() if self._refill(b, full, now) >= full]:
                del self._keys[old]
            if len(self._keys) >= self._max_keys:
                key = self._OTHER
                if key in self._keys:
                    return self._keys[key]
        bucket = self._keys[key] = [float(self.per_key_per_min), now]
        return bucket

    @staticmethod
    def _refill(bucket: list[float], per_min: int, now: float) -> float:
        tokens = min(float(per_min), bucket[0] + (now - bucket[1]) * per_min / 60.0)
        bucket[0], bucket[1] = tokens, now
        return tokens


class RefusalSummary:
    """What went over the budget (or the connection caps) since the last ``take``."""

    MAX_KEYS = 32  # senders / hosts named; the rest are counted under "other"
    MAX_SAMPLES = 5  # request lines kept as examples

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.requests = 0
        self.body_bytes = 0
        self.first_rx: datetime | None = None
        self.last_rx: datetime | None = None
        self.by_sender: dict[str, int] = {}
        self.by_rejection: dict[str, int] = {}
        self.samples: list[str] = []
        self.connections_refused = 0
        self.connections_refused_by_host: dict[str, int] = {}

    @property
    def pending(self) -> bool:
        return bool(self.requests or self.connections_refused)

    def add_request(
        self, sender: str, code: str, body_bytes: int, request_line: str, rx_time: datetime
    ) -> None:
        self.requests += 1
        self.body_bytes += body_bytes
        self._seen(rx_time)
        _bump(self.by_sender, sender, self.MAX_KEYS)
        _bump(self.by_rejection, code, self.MAX_KEYS)
        if len(self.samples) < self.MAX_SAMPLES:
            self.samples.append(request_line[:200])

    def add_connection_refused(self, host: str, rx_time: datetime) -> None:
        self.connections_refused += 1
        self._seen(rx_time)
        _bump(self.connections_refused_by_host, host, self.MAX_KEYS)

    def _seen(self, rx_time: datetime) -> None:
        if self.first_rx is None:
            self.first_rx = rx_time
        self.last_rx = rx_time

    def take(self) -> dict[str, Any] | None:
        if not self.pending:
            return None
        assert self.first_rx is not None and self.last_rx is not None
        summary: dict[str, Any] = {
            "requests": self.requests,
            "body_bytes": self.body_bytes,
            "first_rx": self.first_rx.isoformat(),
            "last_rx": self.last_rx.isoformat(),
            "by_sender": dict(self.by_sender),
            "by_rejection": dict(self.by_rejection),
            "samples": list(self.samples),
            "connections_refused": self.connections_refused,
            "connections_refused_by_host": dict(self.connections_refused_by_host),
        }
        self._reset()
        return summary


def _bump(counts: dict[str, int], key: str, max_keys: int) -> None:
    if key not in counts and len(counts) >= max_keys:
        key = "other"
    counts[key] = counts.get(key, 0) + 1


# -- health ---------------------------------------------------------------------------


@dataclass(slots=True)
class HttpLinkHealth(LinkHealth):
    """``LinkHealth`` plus per-request and per-connection counters for the link-status dock."""

    requests: int = 0
    accepted: int = 0  # 2xx verdicts
    rejected: dict[str, int] = field(default_factory=dict)  # reason code -> count
    in_flight: int = 0
    refused: int = 0  # requests the endpoint refused itself (every code in ``rejected``
    # except the verdicts "decode" and "store")
    refused_summarized: int = 0  # refused requests over the budget: stored only as a count
    refused_bytes_dropped: int = 0  # body bytes received in refused requests and not stored
    summaries: int = 0  # summary records handed on
    slow_clients_cut: int = 0  # headers or body not received in time
    idle_cut: int = 0  # idle keep-alive connections closed (timeout or room for another)
    connections_open: int = 0
    connections_refused: int = 0  # at the overall or per-host connection cap

    def counters(self) -> dict[str, int]:
        return {
            "requests": self.requests,
            "accepted": self.accepted,
            "in_flight": self.in_flight,
            "refused": self.refused,
            "refused_summarized": self.refused_summarized,
            "refused_bytes_dropped": self.refused_bytes_dropped,
            "summaries": self.summaries,
            "slow_clients_cut": self.slow_clients_cut,
            "idle_cut": self.idle_cut,
            "connections_open": self.connections_open,
            "connections_refused": self.connections_refused,
        }
