"""Registry of wire protocols: how a link's bytes become frames and messages.

Contract: this is the one protocol registry. ``get_protocol(name) ->
Protocol`` (``KeyError`` naming the known protocols for an unknown one);
``PROTOCOLS`` maps every name to its :class:`Protocol`. A ``Protocol``
bundles a pure framer (see ``radio.framing.base``), the largest frame it
accepts, a codec ``decode`` that returns a message or a ``DecodeError`` and
never raises, and the prefix of comment lines that text captures may carry.
The ingest service, site validation and ``dispatch-console decode`` all look
protocols up here, so a protocol added once is live on links, in site files
and in the decode command alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from radio.codecs import ali, aml, asterix, cap, nmea, pidf, zone_alarm
from radio.codecs.ali_profile import AliProfile
from radio.framing.base import Framer, FrameSplitter
from radio.framing.lines import frame_line
from radio.framing.stx_etx import frame_stx_etx, frame_stx_etx_bcc, stx_etx_framer
from radio.framing.whole import frame_whole
from radio.messages import DecodeError


@dataclass(frozen=True, slots=True)
class Protocol:
    """One wire protocol: framing, size limit, decoding, capture comments."""

    name: str
    framer: Framer
    decode: Callable[[bytes], Any]
    max_frame: int = 4096
    description: str = ""
    # Frames starting with this are comments of a capture file (the ``#``
    # header of gpsd's NMEA logs), not traffic: tools reading captures skip
    # them. None for protocols whose captures have no comments.
    comment_prefix: bytes | None = None
    # What to answer the sender once a frame is durably stored (ALI: ACK for
    # a good record, NAK for a corrupt one, b"" for nothing). None: no answer.
    ack: Callable[[Any], bytes] | None = None
    # What to answer when the frame could NOT be stored (the store is down or
    # full): a request to send it again (ALI: NAK). None: no answer, so the
    # sender's own timeout repeats it.
    nak: bytes | None = None

    def splitter(self) -> FrameSplitter:
        """A fresh per-stream splitter for this protocol's framing."""
        return FrameSplitter(self.framer, self.max_frame)

    def is_comment(self, frame: bytes) -> bool:
        """True if ``frame`` is a capture comment line (see ``comment_prefix``)."""
        prefix = self.comment_prefix
        return prefix is not None and frame.startswith(prefix)


PROTOCOLS: dict[str, Protocol] = {
    "nmea": Protocol(
        name="nmea",
        framer=frame_line,
        decode=nmea.decode,
        # NMEA 0183 caps a sentence at 82 characters; TAG blocks and sloppy
        # devices run longer, so allow some slack before calling it garbage.
        max_frame=1024,
        description="NMEA 0183 sentences (GGA, RMC, ... with TAG blocks)",
        comment_prefix=b"#",
    ),
    "ali": Protocol(
        name="ali",
        framer=frame_stx_etx,
        decode=ali.decode,
        max_frame=2048,
        description="ALI records framed STX..ETX (default 8x32 layout, no block check)",
        ack=ali.ack_for,
        nak=ali.NAK,
    ),
    "ali-bcc": Protocol(
        name="ali-bcc",
        framer=frame_stx_etx_bcc,
        decode=ali.decode_bcc,
        max_frame=2048,
        description="ALI records framed STX..ETX + XOR block check (default layout)",
        ack=ali.ack_for,
        nak=ali.NAK,
    ),
    "aml": Protocol(
        name="aml",
        framer=frame_line,
        decode=aml.decode_aml_line,
        max_frame=16384,
        description="Advanced Mobile Location, SMS text or HTTPS body, one message per line",
        comment_prefix=b"#",
    ),
    "aml-sms": Protocol(
        name="aml-sms",
        framer=frame_line,
        decode=aml.decode_aml_sms,
        max_frame=1024,
        description='Advanced Mobile Location SMS text (A"ML=1;lt=...), one per line',
        comment_prefix=b"#",
    ),
    "aml-http": Protocol(
        name="aml-http",
        framer=frame_line,
        decode=aml.decode_aml_http_frame,
        max_frame=16384,
        description="Advanced Mobile Location HTTPS POST bodies, one per line in captures",
        comment_prefix=b"#",
    ),
    "pidf": Protocol(
        name="pidf",
        framer=frame_whole,
        decode=pidf.decode_pidf_frame,
        max_frame=pidf.MAX_DOCUMENT,
        description="NENA i3 PIDF-LO location documents (one document per file or body)",
    ),
    "asterix": Protocol(
        name="asterix",
        framer=asterix.frame_block,
        decode=asterix.decode,
        max_frame=65535,
        description="EUROCONTROL ASTERIX CAT 048 / CAT 010 data blocks",
    ),
    "zone-alarm": Protocol(**zone_alarm.protocol_fields()),
    "cap": Protocol(
        name="cap",
        framer=frame_whole,
        decode=cap.decode,
        max_frame=cap.MAX_DOCUMENT,
        description="OASIS CAP 1.2 alerts (one document per file or body)",
    ),
}


def ali_protocol(profile: AliProfile) -> Protocol:
    """The ALI protocol for a site's own record layout (``[ali_profiles.NAME]``)."""
    return Protocol(
        name="ali",
        framer=stx_etx_framer(profile.bcc),
        decode=partial(ali.decode_ali, profile=profile),
        max_frame=2048,
        description=f"ALI records, layout {profile.name!r}",
        ack=ali.ack_for,
        nak=ali.NAK,
    )


def zone_alarm_protocol(grammar: zone_alarm.AlarmGrammar) -> Protocol:
    """Perimeter-radar alarm lines in a site's own grammar (``[alarm_grammars.NAME]``)."""
    return Protocol(**zone_alarm.protocol_fields(grammar))


def get_protocol(name: str) -> Protocol:
    """The registered protocol called ``name``; ``KeyError`` listing the known ones."""
    try:
        return PROTOCOLS[name]
    except KeyError:
        raise KeyError(f"unknown protocol {name!r}; known protocols: {known_protocols()}") from None


def known_protocols() -> str:
    """The registered protocol names, sorted and comma-separated, for messages."""
    return ", ".join(sorted(PROTOCOLS))


def is_error(message: object) -> bool:
    return isinstance(message, DecodeError)
