"""Events the writer holds while it is behind, packed into one buffer per batch.

Why: while the store cannot commit, the writer may hold up to 100,000
events. Held as ``NewEvent`` objects, each is some twenty small Python
objects (the payload's dicts, floats and strings, the datetime, the JSON
text) spread over pymalloc's arenas among objects that live on; once the
backlog is committed those arenas stay partly used and the process stays
about a third above its level for good (tests/benchmarks/
bench_outage_memory.py). Packed, a batch of a thousand events is one
``bytearray`` (one large allocation, handed back to the OS whole) and
the objects are rebuilt only when the writer takes the batch to commit it.

Contract:
- ``PackedEvents.append(event, payload_json)`` appends one prepared event
  (as ``models.store.content.prepare`` returned it) and returns its index
  in the batch (0, 1, ...); ``count`` is how many it holds.
- ``unpack() -> (events, payloads)``: the ``NewEvent`` list and the
  payload JSON texts as they went in, in order, without changing the
  buffer (a second call gives equal lists). Equal, not identical: the
  payload is ``json.loads`` of its canonical JSON (so what the log and
  every reader of it would see: tuples come back as lists), ``rx_time``
  the same instant in UTC, all text exactly as it went in (lone
  surrogates too), ``raw`` the same bytes, None kept as None.
- Pure data, no lock: the writer's backlog decides when to pack and
  guards the buffer with its lock.
"""

from __future__ import annotations

import json
import struct
from datetime import UTC, datetime, timedelta

from models.store.events import NewEvent

# rx_time (microseconds since the epoch, UTC), then the byte lengths of source,
# kind, payload JSON, raw and error (-1: None).
_HEAD = struct.Struct("<qiiiii")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
_NONE = -1


def _text(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")


class PackedEvents:
    """A batch's events as one growing buffer: few objects however many events."""

    __slots__ = ("buffer", "count")

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.count = 0

    def append(self, event: NewEvent, payload_json: str | None) -> int:
        source = _text(event.source)
        kind = _text(event.kind)
        payload = b"" if payload_json is None else _text(payload_json)
        raw = b"" if event.raw is None else bytes(event.raw)
        error = b"" if event.error is None else _text(event.error)
        micros = (event.rx_time - _EPOCH) // _MICRO
        buffer = self.buffer
        buffer += _HEAD.pack(
            micros,
            len(source),
            len(kind),
            _NONE if payload_json is None else len(payload),
            _NONE if event.raw is None else len(raw),
            _NONE if event.error is None else len(error),
        )
        buffer += source
        buffer += kind
        buffer += payload
        buffer += raw
        buffer += error
        index = self.count
        self.count = index + 1
        return index

    def unpack(self) -> tuple[list[NewEvent], list[str | None]]:
        events: list[NewEvent] = []
        payloads: list[str | None] = []
        view = memoryview(self.buffer)
        names: dict[bytes, str] = {}  # one str per distinct source and kind
        unpack_head = _HEAD.unpack_from
        head_size = _HEAD.size
        offset = 0
        loads = json.loads
        try:
            for _ in range(self.count):
                micros, n_source, n_kind, n_payload, n_raw, n_error = unpack_head(view, offset)
                offset += head_size
                source = _name(names, view[offset : offset + n_source])
                offset += n_source
                kind = _name(names, view[offset : offset + n_kind])
                offset += n_kind
                payload_json: str | None = None
                if n_payload != _NONE:
                    payload_json = str(view[offset : offset + n_payload], "utf-8", "surrogatepass")
                    offset += n_payload
                raw: bytes | None = None
                if n_raw != _NONE:
                    raw = view[offset : offset + n_raw].tobytes()
                    offset += n_raw
                error: str | None = None
                if n_error != _NONE:
                    error = str(view[offset : offset + n_error], "utf-8", "surrogatepass")
                    offset += n_error
                events.append(
                    NewEvent(
                        source=source,
                        kind=kind,
                        rx_time=_EPOCH + micros * _MICRO,
                        payload=None if payload_json is None else loads(payload_json),
                        raw=raw,
                        error=error,
                    )
                )
                payloads.append(payload_json)
        finally:
            view.release()
        return events, payloads


def _name(names: dict[bytes, str], view: memoryview) -> str:
    key = view.tobytes()
    name = names.get(key)
    if name is None:
        name = names[key] = key.decode("utf-8", "surrogatepass")
    return name
