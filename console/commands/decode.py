"""``dispatch-console decode PROTOCOL [FILE ...]``: decode raw captures to JSON lines.

Role: let a technician check a capture (or a live pipe) against the same
framers and codecs the console uses. Reads raw bytes from each FILE, or from
stdin when none is given, frames them, skips comment lines (``#`` in text
protocols such as the gpsd logs), and prints one JSON object per frame:
``{"ok": true, "protocol": ..., "type": ..., ...}`` for a message, or
``{"ok": false, "protocol": ..., "error": ..., "raw": ...}`` for a frame that
was rejected. A frame holding several items prints one object per item (each
location of a PIDF-LO document, each record of an ASTERIX block). A file that
is a pcap or pcapng capture is read as its UDP payloads, one datagram at a
time.

Contract: returns 0 when the input was read, even when frames were rejected
(they are reported) and for empty input; returns 2, with a message on stderr,
for an unknown protocol or an unreadable file. Protocols (framer, size
limit, codec, comment prefix) come from the one registry,
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
    out.update(fields)
    return out


def _decode_stream(protocol: Protocol, stream: BinaryIO, stdout: TextIO) -> None:
    splitter = protocol.splitter()
    # read1 returns what a pipe has now, so a live feed prints as it arrives.
    read = getattr(stream, "read1", stream.read)
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        _emit(protocol, splitter.feed(chunk), stdout)
    _emit(protocol, splitter.flush(), stdout)


def frame_objects(protocol: Protocol, frame: bytes) -> list[dict[str, Any]]:
    """The JSON objects for one frame: one per item of a container message
    (each location of a PIDF-LO document, each record of an ASTERIX block),
    plus one ``ok: false`` object per item that failed."""
    message = protocol.decode(frame)
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


def _emit(protocol: Protocol, frames: Iterable[bytes], stdout: TextIO) -> None:
    is_comment = protocol.is_comment
    for frame in frames:
        if is_comment(frame):
            continue
        for obj in frame_objects(protocol, frame):
            stdout.write(json.dumps(obj))
            stdout.write("\n")
    stdout.flush()


def _decode_file(protocol: Protocol, stream: BinaryIO, stdout: TextIO) -> None:
    """A capture file (pcap / pcapng) gives UDP datagrams; anything else is a raw stream."""
    head = stream.peek(8)[:8] if hasattr(stream, "peek") else b""
    if capture_format(head) is None:
        _decode_stream(protocol, stream, stdout)
        return
    splitter = protocol.splitter()
    try:
        for datagram in iter_udp(stream.read()):
            _emit(protocol, splitter.feed(datagram.payload), stdout)
            _emit(protocol, splitter.flush(), stdout)
    except CaptureError as exc:
        stdout.write(json.dumps({"ok": False, "protocol": protocol.name, "error": str(exc)}))
        stdout.write("\n")


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
    if not paths:
        _decode_stream(entry, stdin, stdout)
        return 0
    status = 0
    for path in paths:
        try:
            with open(path, "rb") as stream:
                _decode_file(entry, stream, stdout)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            err.write(f"dispatch-console decode: cannot read {path}: {reason}\n")
            status = 2
    return status
