"""Declarative description of one link, as written in a site's ``site.toml``.

Contract: ``LinkSpec`` is plain data; ``radio.links.factory.make_link(spec)``
turns it into a ``Link``. ``transport`` is one of ``serial`` (``url`` is any
pyserial URL or device path: ``/dev/ttyUSB0``, ``COM3``, ``socket://h:p``,
``loop://``), ``udp`` (listen on ``host:port``), ``tcp-client`` (connect to
``host:port``), ``tcp-server`` (listen on ``host:port``) or ``folder``
(``url`` is a drop folder; each file is one frame). ``protocol``
names the codec (``nmea``). A serial link's line settings are ``baudrate``,
``bytesize`` (5..8), ``parity`` (``N``, ``E``, ``O``, ``M``, ``S``) and
``stopbits`` (1, 1.5 or 2): 8N1 unless the site says otherwise (ESPA 4.4.4
paging lines run 7E1/7E2, many ALI controllers 7E1). ``unit`` binds every
position on the link to one unit's call sign (a serial GPS in a vehicle). ``profile`` names an ALI
record layout of the site (``[ali_profiles.NAME]``) for an ``ali`` link.
"""

from __future__ import annotations

from dataclasses import dataclass

TRANSPORTS = ("serial", "udp", "tcp-client", "tcp-server", "folder")


@dataclass(frozen=True, slots=True)
class LinkSpec:
    name: str
    transport: str
    protocol: str
    url: str | None = None
    baudrate: int = 4800
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    host: str = "127.0.0.1"
    port: int | None = None
    unit: str | None = None
    enabled: bool = True
    # The site's own format for this link: an ALI record layout
    # ([ali_profiles.NAME]) or a zone-alarm line grammar ([alarm_grammars.NAME]).
    profile: str | None = None
    sensor: str | None = None  # radar links: the site's [[sensors]] id the reports come from
