"""Registry of wire protocols: how a link's bytes become frames and messages.

Contract: ``get_protocol(name) -> Protocol`` (``KeyError`` with the known
names for an unknown one). A ``Protocol`` bundles a pure framer (see
``radio.framing.base``), the largest frame it accepts, and a codec ``decode``
that returns a message or a ``DecodeError`` and never raises. The ingest
service and ``dispatch-console decode`` both look protocols up here, so a
protocol added once is live on links and in the decode command alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from radio.codecs import nmea
from radio.framing.base import Framer, FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError


@dataclass(frozen=True, slots=True)
class Protocol:
    name: str
    framer: Framer
    decode: Callable[[bytes], Any]
    max_frame: int = 4096
    description: str = ""

    def splitter(self) -> FrameSplitter:
        return FrameSplitter(self.framer, self.max_frame)


PROTOCOLS: dict[str, Protocol] = {
    "nmea": Protocol(
        name="nmea",
        framer=frame_line,
        decode=nmea.decode,
        # NMEA 0183 caps a sentence at 82 characters; TAG blocks and sloppy
        # devices run longer, so allow some slack before calling it garbage.
        max_frame=1024,
        description="NMEA 0183 sentences (GGA, RMC, ... with TAG blocks)",
    ),
}


def get_protocol(name: str) -> Protocol:
    try:
        return PROTOCOLS[name]
    except KeyError:
        known = ", ".join(sorted(PROTOCOLS))
        raise KeyError(f"unknown protocol {name!r}; known protocols: {known}") from None


def is_error(message: object) -> bool:
    return isinstance(message, DecodeError)
