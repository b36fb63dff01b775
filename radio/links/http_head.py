"""What a request looked like: its request line and headers, as the HTTP endpoint keeps them.

Role: the part of ``radio.links.http`` that turns a request's head (parsed
by aiohttp, or the raw bytes of one it could not parse) into text a record
can hold. No Qt, no SQL; aiohttp only for the type of a parsed request.

Contract:
- ``RequestHead``: method, path, query, request line, content type,
  declared length (``Content-Length`` as sent, when it is digits) and the
  headers in order. Every text is what came on the wire, escaped losslessly
  where it is not clean UTF-8 (``http_guard.escape_bytes``; ``escaped``
  names the fields, ``headers[i]`` for a header); the values of
  ``Authorization``, ``Proxy-Authorization`` and ``Cookie`` are replaced by
  their scheme and length, so credentials never reach a record.
  ``bounded(max_bytes)`` gives the headers whose lines fit in ``max_bytes``
  and how many did not.
- ``head_of(request)``: the head of a request aiohttp parsed, from the bytes
  it decoded (``wire`` recovers them exactly).
- ``split_partial(data)``: ``(head, rest)`` of the bytes of a request aiohttp
  could not parse; ``rest`` is what followed the end of its headers.
- ``route_of(path)``: the ``ALL_ROUTES`` entry a path names (``/aml``, ``/eido``), else None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiohttp import web

from radio.links.http_guard import escape_bytes
from radio.links.http_types import ALL_ROUTES, HttpRoute

_REDACTED = frozenset({b"authorization", b"proxy-authorization", b"cookie"})


@dataclass(frozen=True, slots=True)
class RequestHead:
    """The request line and headers, escaped and with credentials redacted."""

    method: str
    path: str
    query: str
    request_line: str
    content_type: str | None
    declared_length: int | None
    headers: tuple[tuple[str, str], ...]
    sizes: tuple[int, ...]  # bytes of each header line
    escaped: tuple[str, ...]

    def bounded(self, max_bytes: int) -> tuple[tuple[tuple[str, str], ...], int]:
        """(headers that fit in ``max_bytes``, how many did not)."""
        kept, used = [], 0
        for header, size in zip(self.headers, self.sizes, strict=True):
            if used + size > max_bytes:
                break
            kept.append(header)
            used += size
        return tuple(kept), len(self.headers) - len(kept)


def wire(text: str) -> bytes:
    """The bytes aiohttp decoded into ``text`` (it uses ``surrogateescape``)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _redact(value: bytes) -> bytes:
    scheme, sep, credential = value.partition(b" ")
    if sep and scheme.isalpha() and len(scheme) <= 20:
        return scheme + b" <redacted %d bytes>" % len(credential.strip())
    return b"<redacted %d bytes>" % len(value)


def _make_head(
    request_line: bytes, method: bytes, target: bytes, raw_headers: Sequence[tuple[bytes, bytes]]
) -> RequestHead:
    escaped: list[str] = []

    def text(name: str, raw: bytes) -> str:
        value, was_escaped = escape_bytes(raw)
        if was_escaped and name not in escaped:
            escaped.append(name)
        return value

    path, _, query = target.partition(b"?")
    headers: list[tuple[str, str]] = []
    sizes: list[int] = []
    content_type: str | None = None
    declared: int | None = None
    for name, value in raw_headers:
        lower = name.lower()
        if lower == b"content-type" and content_type is None:
            content_type = text("content_type", value)
        elif lower == b"content-length" and declared is None and value.strip().isdigit():
            declared = int(value.strip()[:20])
        if lower in _REDACTED:
            value = _redact(value)
        where = f"headers[{len(headers)}]"
        headers.append((text(where, name), text(where, value)))
        sizes.append(len(name) + len(value) + 4)
    return RequestHead(
        method=text("method", method),
        path=text("path", path),
        query=text("query", query),
        request_line=text("request_line", request_line),
        content_type=content_type,
        declared_length=declared,
        headers=tuple(headers),
        sizes=tuple(sizes),
        escaped=tuple(escaped),
    )


def head_of(request: web.BaseRequest) -> RequestHead:
    method, target = wire(request.method), wire(request.raw_path)
    version = request.version
    line = b"%s %s HTTP/%d.%d" % (method, target, version.major, version.minor)
    return _make_head(line, method, target, request.raw_headers)


def split_partial(data: bytes) -> tuple[RequestHead, bytes]:
    """The head of a request that was not parsed, and what followed its headers."""
    end, sep = data.find(b"\r\n\r\n"), 4
    if end < 0:
        end, sep = data.find(b"\n\n"), 2
    head, rest = (data, b"") if end < 0 else (data[:end], data[end + sep :])
    lines = head.split(b"\n")
    first = lines[0].rstrip(b"\r")
    parts = first.split(b" ", 2)
    method = parts[0]
    target = parts[1] if len(parts) > 1 else b""
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        name, colon, value = line.rstrip(b"\r").partition(b":")
        headers.append((name.strip(), value.strip()) if colon else (name, b""))
    return _make_head(first, method, target, headers), rest


def route_of(path: str) -> HttpRoute | None:
    return ALL_ROUTES.get(path[1:]) if path.count("/") == 1 else None
