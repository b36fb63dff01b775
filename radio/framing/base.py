"""Generic frame splitting over a pure framing function.

Role: turn a stream of received chunks (serial reads, TCP segments, UDP
datagrams) into whole frames for a codec, one :class:`FrameSplitter` per peer.

Contract: a *framer* is a pure function ``framer(buf, start) -> (consumed,
frame | None)`` that looks at ``buf[start:]``. ``consumed`` counts bytes from
``start``; ``(0, None)`` means "no complete frame yet, wait for more bytes";
``(n, None)`` with ``n > 0`` means "skip these bytes" (e.g. an empty line).
Frames are ``bytes`` with the framing stripped.

The splitter never drops bytes silently and never grows without bound: a run
of bytes longer than ``max_frame`` with no frame end in sight is emitted as
one (oversize) frame, and :meth:`FrameSplitter.flush` emits a trailing partial
frame at the end of a datagram or connection. Both then reach the codec, which
rejects them with a reason, so they are stored like any other frame.
"""

from __future__ import annotations

from collections.abc import Callable

Framer = Callable[[bytes | bytearray, int], tuple[int, bytes | None]]

DEFAULT_MAX_FRAME = 4096


class FrameSplitter:
    """Per-peer buffer that feeds chunks through a framing function."""

    __slots__ = ("_buf", "_framer", "max_frame")

    def __init__(self, framer: Framer, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        if max_frame < 1:
            raise ValueError(f"max_frame must be positive, got {max_frame}")
        self._framer = framer
        self._buf = bytearray()
        self.max_frame = max_frame

    @property
    def pending(self) -> int:
        """Number of buffered bytes not yet emitted as a frame."""
        return len(self._buf)

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        """Append ``data`` and return every frame now complete, in order."""
        buf = self._buf
        buf.extend(data)
        framer = self._framer
        frames: list[bytes] = []
        pos = 0
        end = len(buf)
        while pos < end:
            consumed, frame = framer(buf, pos)
            if consumed <= 0:
                break
            pos += consumed
            if frame is not None:
                frames.append(frame)
        if end - pos > self.max_frame:
            # No terminator within the limit: hand the run on as one frame so
            # it is stored and rejected, instead of buffering forever.
            frames.append(bytes(buf[pos:end]))
            pos = end
        if pos:
            del buf[:pos]
        return frames

    def flush(self) -> list[bytes]:
        """Emit whatever is buffered (end of datagram, connection closed).

        Complete frames still in the buffer come first; a trailing partial
        frame is emitted as a frame of its own so it can be stored and
        rejected. The buffer is empty afterwards.
        """
        frames = self.feed(b"")
        if self._buf:
            frames.append(bytes(self._buf))
            self._buf.clear()
        return frames

    def reset(self) -> None:
        """Drop the buffer without emitting it (only for a peer being discarded)."""
        self._buf.clear()
