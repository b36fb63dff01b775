"""``dispatch-console decode PROTOCOL [FILE ...]``: decode raw captures to JSON lines.

Role: let a technician check a capture (or a live pipe) against the same
framers and codecs the console uses. Reads raw bytes from each FILE, or from
stdin when none is given, frames them, skips comment lines (``#`` in text
protocols such as the gpsd logs), and prints one JSON object per frame:
``{"ok": true, "protocol": ..., "type": ..., ...}`` for a message, or
``{"ok": false, "protocol": ..., "error": ..., "raw": ...}`` for a frame that
was rejected.

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


def _emit(protocol: Protocol, frames: Iterable[bytes], stdout: TextIO) -> None:
    is_comment = protocol.is_comment
    decode = protocol.decode
    for frame in frames:
        if is_comment(frame):
            continue
        stdout.write(json.dumps(message_json(decode(frame))))
        stdout.write("\n")
    stdout.flush()


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
                _decode_stream(entry, stream, stdout)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            err.write(f"dispatch-console decode: cannot read {path}: {reason}\n")
            status = 2
    return status
