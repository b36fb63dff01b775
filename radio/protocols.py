"""Registry of wire protocols: how a link's bytes become frames and messages.

Contract: this is the one protocol registry. ``get_protocol(name) ->
Protocol`` (``KeyError`` naming the known protocols for an unknown one);
``PROTOCOLS`` maps every name to its :class:`Protocol` (a mapping
whose names are known at once, each protocol's codec module is
imported on its first lookup, so a process that reads NMEA never loads
the XML or ASTERIX codecs: start time). A ``Protocol``
bundles a pure framer (see ``radio.framing.base``), the largest frame it
accepts, a codec ``decode`` that returns a message or a ``DecodeError`` and
never raises, and the prefix of comment lines that text captures may carry.
The ingest service, site validation and ``dispatch-console decode`` all look
protocols up here, so a protocol added once is live on links, in site files
and in the decode command alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from radio.framing.base import Framer, FrameSplitter
from radio.framing.lines import frame_line
from radio.framing.stx_etx import frame_stx_etx, frame_stx_etx_bcc, stx_etx_framer
from radio.framing.whole import frame_whole
from radio.messages import DecodeError

if TYPE_CHECKING:
    from radio.codecs.ali_profile import AliProfile
    from radio.codecs.zone_alarm import AlarmGrammar


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


def _nmea() -> Protocol:
    from radio.codecs import nmea

    return Protocol(
        name="nmea",
        framer=frame_line,
        decode=nmea.decode,
        # NMEA 0183 caps a sentence at 82 characters; TAG blocks and sloppy
        # devices run longer, so allow some slack before calling it garbage.
        max_frame=1024,
        description="NMEA 0183 sentences (GGA, RMC, ... with TAG blocks)",
        comment_prefix=b"#",
    )


def _ali() -> Protocol:
    from radio.codecs import ali

    return Protocol(
        name="ali",
        framer=frame_stx_etx,
        decode=ali.decode,
        max_frame=2048,
        description="ALI records framed STX..ETX (default 8x32 layout, no block check)",
        ack=ali.ack_for,
        nak=ali.NAK,
    )


def _ali_bcc() -> Protocol:
    from radio.codecs import ali

    return Protocol(
        name="ali-bcc",
        framer=frame_stx_etx_bcc,
        decode=ali.decode_bcc,
        max_frame=2048,
        description="ALI records framed STX..ETX + XOR block check (default layout)",
        ack=ali.ack_for,
        nak=ali.NAK,
    )


def _aml() -> Protocol:
    from radio.codecs import aml

    return Protocol(
        name="aml",
        framer=frame_line,
        decode=aml.decode_aml_line,
        max_frame=16384,
        description="Advanced Mobile Location, SMS text or HTTPS body, one message per line",
        comment_prefix=b"#",
    )


def _aml_sms() -> Protocol:
    from radio.codecs import aml

    return Protocol(
        name="aml-sms",
        framer=frame_line,
        decode=aml.decode_aml_sms,
        max_frame=1024,
        description='Advanced Mobile Location SMS text (A"ML=1;lt=...), one per line',
        comment_prefix=b"#",
    )


def _aml_http() -> Protocol:
    from radio.codecs import aml

    return Protocol(
        name="aml-http",
        framer=frame_line,
        decode=aml.decode_aml_http_frame,
        max_frame=16384,
        description="Advanced Mobile Location HTTPS POST bodies, one per line in captures",
        comment_prefix=b"#",
    )


def _pidf() -> Protocol:
    from radio.codecs import pidf

    return Protocol(
        name="pidf",
        framer=frame_whole,
        decode=pidf.decode_pidf_frame,
        max_frame=pidf.MAX_DOCUMENT,
        description="NENA i3 PIDF-LO location documents (one document per file or body)",
    )


def _asterix() -> Protocol:
    from radio.codecs import asterix

    return Protocol(
        name="asterix",
        framer=asterix.frame_block,
        decode=asterix.decode,
        max_frame=65535,
        description="EUROCONTROL ASTERIX CAT 048 / CAT 010 data blocks",
    )


def _zone_alarm() -> Protocol:
    from radio.codecs import zone_alarm

    return Protocol(**zone_alarm.protocol_fields())


def _cap() -> Protocol:
    from radio.codecs import cap

    return Protocol(
        name="cap",
        framer=frame_whole,
        decode=cap.decode,
        max_frame=cap.MAX_DOCUMENT,
        description="OASIS CAP 1.2 alerts (one document per file or body)",
    )


def _espa() -> Protocol:
    # Paging and station alerting: blocks and control sequences of both
    # directions. The link procedure (poll/select, ACK/NAK, retries) is
    # radio.espa_station, so there is no ack/nak here.
    from radio.codecs import espa
    from radio.framing.espa import frame_espa

    return Protocol(
        name="espa",
        framer=frame_espa,
        decode=espa.decode,
        max_frame=512,
        description="ESPA 4.4.4 paging blocks (SOH..ETX BCC) and control sequences",
    )


def _tetra_pei() -> Protocol:
    from radio.codecs import tetra_pei
    from radio.framing.tetra_pei import frame_pei

    return Protocol(
        name="tetra-pei",
        framer=frame_pei,
        decode=tetra_pei.decode,
        max_frame=4096,
        description="TETRA PEI (EN 300 392-5) AT commands and results, SDS and status",
    )


def _eido() -> Protocol:
    from radio.codecs import eido

    return Protocol(
        name="eido",
        framer=frame_whole,
        decode=eido.decode,
        max_frame=eido.MAX_DOCUMENT,
        description="NENA EIDO JSON incidents (one document per file or body)",
    )


def _eido_answer() -> Protocol:
    from radio.codecs import eido_answer

    return Protocol(
        name="eido-answer",
        framer=frame_whole,
        decode=eido_answer.decode,
        max_frame=eido_answer.MAX_DOCUMENT,
        description="A partner's answer to a handover: accepted, rejected or completed (JSON)",
    )


class _Registry(MutableMapping[str, Protocol]):
    """Names known at once; each protocol (and its codec module) built on first lookup.

    A protocol may also be registered ready-made (``PROTOCOLS[name] = protocol``).
    """

    def __init__(self, builders: dict[str, Callable[[], Protocol]]) -> None:
        self._builders = dict(builders)
        self._built: dict[str, Protocol] = {}

    def __getitem__(self, name: str) -> Protocol:
        protocol = self._built.get(name)
        if protocol is None:
            protocol = self._built[name] = self._builders[name]()
        return protocol

    def __setitem__(self, name: str, protocol: Protocol) -> None:
        self._built[name] = protocol
        self._builders[name] = lambda: protocol

    def __delitem__(self, name: str) -> None:
        del self._builders[name]
        self._built.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._builders

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


PROTOCOLS: MutableMapping[str, Protocol] = _Registry(
    {
        "nmea": _nmea,
        "ali": _ali,
        "ali-bcc": _ali_bcc,
        "aml": _aml,
        "aml-sms": _aml_sms,
        "aml-http": _aml_http,
        "pidf": _pidf,
        "asterix": _asterix,
        "zone-alarm": _zone_alarm,
        "cap": _cap,
        "espa": _espa,
        "tetra-pei": _tetra_pei,
        "eido": _eido,
        "eido-answer": _eido_answer,
    }
)


def ali_protocol(profile: AliProfile) -> Protocol:
    """The ALI protocol for a site's own record layout (``[ali_profiles.NAME]``)."""
    from radio.codecs import ali

    return Protocol(
        name="ali",
        framer=stx_etx_framer(profile.bcc),
        decode=partial(ali.decode_ali, profile=profile),
        max_frame=2048,
        description=f"ALI records, layout {profile.name!r}",
        ack=ali.ack_for,
        nak=ali.NAK,
    )


def zone_alarm_protocol(grammar: AlarmGrammar) -> Protocol:
    """Perimeter-radar alarm lines in a site's own grammar (``[alarm_grammars.NAME]``)."""
    from radio.codecs import zone_alarm

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
