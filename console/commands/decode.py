"""``dispatch-console decode PROTOCOL [FILE ...]``: decode raw captures to JSON lines.

Role: let a technician check a capture (or a live pipe) against the same
framers and codecs the console uses. Reads raw bytes from each FILE, or from
stdin when none is given, frames them, skips comment lines (``#`` in text
protocols such as the gpsd logs), and prints one JSON object per frame:
``{"ok": true, "protocol": ..., "type": ..., ...}`` for a message (a
message class with ``JSON_KIND = True`` repeats ``type`` as ``kind``), or
``{"ok": false, "protocol": ..., "error": ..., "raw": ...}`` for a frame that
was rejected. A frame holding several items prints one object per item (each
location of a PIDF-LO document, each record of an ASTERIX block). A file that
is a pcap or pcapng capture is read as its UDP payloads, one datagram at a
time; a malformed capture prints one ``ok: false`` object with the reason
and byte offset (after the datagrams before the fault), and a capture
without a UDP datagram prints one saying so.

Contract: returns 0 when anything decoded (rejected frames are reported
beside the good ones) and for empty input (nothing to fail); 1 when nothing
decoded: every frame, record or capture printed was ``ok: false``; 2, with
a message on stderr, for an unknown protocol or an unreadable file (even if
other files decoded). Never a traceback for any input bytes. Protocols
(framer, size limit, codec, comment prefix) come from the one registry,
:mod:`radio.protocols`; only the JSON-lines presentation lives here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, BinaryIO, TextIO

from radio.codecs.pcap import CaptureError, capture_format, iter_udp
from radio.messages import DecodeError
from radio.protocols import Protocol, get_protocol, known_protocols

_CHUNK = 65536


class _Tally:
    """How many objects of each kind were printed: the exit code's evidence."""

    __slots__ = ("failed", "ok")

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0

    def write(self, stdout: TextIO, obj: dict[str, Any]) -> None:
        if obj.get("ok"):
            self.ok += 1
        else:
            self.failed += 1
        stdout.write(json.dumps(obj))
        stdout.write("\n")


def message_json(message: Any) -> dict[str, Any]:
    """JSON object for a decoded message: ``ok``, ``protocol``, ``type`` first."""
    if isinstance(message, DecodeError):
        return message.to_dict()
    fields = message.to_dict()
    out: dict[str, Any] = {
        "ok": True,
        "protocol": fields.pop("protocol"),
        "type": fields.pop("kind"),
    }
    if getattr(message, "JSON_KIND", False):
        # Protocols whose items are told apart by ``kind`` in their spec
        # (TETRA PEI: status, text, report, ...) print it under that name too.
        out["kind"] = out["type"]
    out.update(fields)
    return out


def _decode_stream(protocol: Protocol, stream: BinaryIO, stdout: TextIO, tally: _Tally) -> None:
    splitter = protocol.splitter()
    # read1 returns what a pipe has now, so a live feed prints as it arrives.
    read = getattr(stream, "read1", stream.read)
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        _emit(protocol, splitter.feed(chunk), stdout, tally)
    _emit(protocol, splitter.flush(), stdout, tally)


def frame_objects(protocol: Protocol, frame: bytes) -> list[dict[str, Any]]:
    """The JSON objects for one frame: one per item of a container message
    (each location of a PIDF-LO document, each record of an ASTERIX block),
    plus one ``ok: false`` object per item that failed."""
    try:
        message = protocol.decode(frame)
    except Exception as exc:  # codecs never raise; if one does, report it, no traceback
        error = f"internal decoder error: {exc!r}"
        raw = frame.decode("ascii", "backslashreplace")
        return [{"ok": False, "protocol": protocol.name, "error": error, "raw": raw}]
    parts = getattr(message, "parts", None)
    if parts is None:
        return [message_json(message)]
    items, errors = parts()
    objects = [message_json(item) for item in items]
    raw = frame.decode("ascii", "backslashreplace")
    objects += [
        {"ok": False, "protocol": protocol.name, "error": reason, "raw": raw} for reason in errors
    ]
    if not objects:
        objects.append(
            {"ok": False, "protocol": protocol.name, "error": "no items in the frame", "raw": raw}
        )
    return objects


def _emit(protocol: Protocol, frames: Iterable[bytes], stdout: TextIO, tally: _Tally) -> None:
    is_comment = protocol.is_comment
    for frame in frames:
        if is_comment(frame):
            continue
        for obj in frame_objects(protocol, frame):
            tally.write(stdout, obj)
    stdout.flush()


def _decode_file(protocol: Protocol, stream: BinaryIO, stdout: TextIO, tally: _Tally) -> None:
    """A capture file (pcap / pcapng) gives UDP datagrams; anything else is a raw stream."""
    head = stream.peek(8)[:8] if hasattr(stream, "peek") else b""
    if capture_format(head) is None:
        _decode_stream(protocol, stream, stdout, tally)
        return
    splitter = protocol.splitter()
    datagrams = 0
    try:

        def refused(reason: str) -> None:  # a block refused; the rest of the file is read
            tally.write(stdout, {"ok": False, "protocol": protocol.name, "error": reason})

        for datagram in iter_udp(stream.read(), on_refused=refused):
            datagrams += 1
            _emit(protocol, splitter.feed(datagram.payload), stdout, tally)
            _emit(protocol, splitter.flush(), stdout, tally)
    except CaptureError as exc:
        tally.write(stdout, {"ok": False, "protocol": protocol.name, "error": str(exc)})
        return
    if not datagrams:
        error = "capture holds no UDP datagram (over IPv4/IPv6 on a supported link type)"
        tally.write(stdout, {"ok": False, "protocol": protocol.name, "error": error})


def decode_command(
    protocol: str,
    paths: list[str],
    stdin: BinaryIO,
    stdout: TextIO,
    stderr: TextIO | None = None,
) -> int:
    """Decode ``paths`` (or ``stdin`` when empty) as ``protocol``; return the exit code."""
    err = stderr if stderr is not None else sys.stderr
    try:
        entry = get_protocol(protocol)
    except KeyError:
        known = known_protocols()
        err.write(f"dispatch-console decode: unknown protocol {protocol!r} (known: {known})\n")
        return 2
    tally = _Tally()
    if not paths:
        _decode_stream(entry, stdin, stdout, tally)
        return _status(tally)
    unreadable = False
    for path in paths:
        try:
            with open(path, "rb") as stream:
                _decode_file(entry, stream, stdout, tally)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            err.write(f"dispatch-console decode: cannot read {path}: {reason}\n")
            unreadable = True
    return 2 if unreadable else _status(tally)


def _status(tally: _Tally) -> int:
    """1 when something was reported and none of it decoded, else 0."""
    return 1 if tally.failed and not tally.ok else 0
