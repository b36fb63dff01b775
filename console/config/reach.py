"""Which paths reach each unit and station: the optional ``[reach]`` table of site.toml.

Layout (every key optional; a site without ``[reach]`` reaches nobody and
loads as before)::

    [reach]
    link_limit_s = 30          # no link acknowledgement within this: alarm (1..3600)
    crew_limit_s = 60          # no read/accept from the crew (two-way paths only)
    [[reach.links]]
    name = "pager"             # how paths and events name the link
    kind = "espa"              # "espa" (ESPA 4.4.4 paging) or "tetra" (TETRA PEI)
    url = "/dev/ttyUSB1"       # any pyserial URL or device path
    baudrate = 9600            # default 9600 (espa), 38400 (tetra)
    bytesize = 7               # line settings: espa 7E2 (the ESPA 4.4.4 character:
    parity = "E"               #   7 data bits, even parity, 2 stop bits), tetra 8N1;
    stopbits = 2               #   set them for equipment that runs otherwise (7E1)
    charset = "iso646-de"      # optional: the devices' text (radio.device_text)
    max_chars = 80
    transliterate = true
    own_address = "1"          # espa only: the console's and the paging system's
    far_address = "2"          #   addresses on the line
    beep_coding = "1"          # espa only: sent with every call when set
    priority = "2"
    transmissions = "3"
    [[reach.paths]]
    unit = "HEL-101"           # or station = "HEL-1": paged whenever one of its units is
    link = "pager"
    address = "1234"           # the pager's call address or the radio's ISSI

A unit may have several paths; all of them are used on dispatch, in the
order written. The TETRA status table is the ``[tetra_status]`` section
(``radio.tetra_status_table.table_from_site``); with a TETRA link and no
such section the built-in ``de-bos`` table is used.

Contract: ``reach_from_mapping(section, tetra_status, units, stations,
where)`` returns a ``ReachConfig``; every problem raises ``ReachError``
naming the entry and the field (``reach.paths[2].link: unknown link
'radio2' (links: pager, radio)``). ``load_reach(site)`` reads the two
sections from ``site.path/site.toml``. ``REACH_SCHEMA`` and
``TETRA_STATUS_SCHEMA`` are the ``console.config.schema`` descriptions of the
two tables, for ``console.config.site_schema.SITE_SCHEMA``. Pure: no I/O but reading the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from console.config.schema import Table, Value
from models.dispatch.status import UnitStatus
from radio.device_text import DEFAULT_PROFILES, TextProfile, profile_from_mapping
from radio.tetra_status_table import StatusTable, StatusTableError, load_table, table_from_site

__all__ = [
    "DEFAULT_CREW_LIMIT_S",
    "DEFAULT_LINK_LIMIT_S",
    "KINDS",
    "REACH_SCHEMA",
    "TETRA_STATUS_SCHEMA",
    "ReachConfig",
    "ReachError",
    "ReachLink",
    "ReachPath",
    "load_reach",
    "reach_from_mapping",
]

DEFAULT_LINK_LIMIT_S = 30.0
DEFAULT_CREW_LIMIT_S = 60.0
KINDS = ("espa", "tetra")
_BAUD = {"espa": 9600, "tetra": 38400}
#: Line settings (bytesize, parity, stopbits) by kind. ESPA 4.4.4's own character
#: description: one start bit, seven data bits, even parity, two stop bits. A receiver
#: set to one stop bit takes two as well, so 7E2 is the safe default to send.
LINE_DEFAULTS = {"espa": (7, "E", 2.0), "tetra": (8, "N", 1.0)}
PARITIES = ("N", "E", "O", "M", "S")
_ESPA_ONLY = ("own_address", "far_address", "beep_coding", "priority", "transmissions")
_TEXT = Value("str")
_LIMIT = Value("number", 1, 3600, unit="s")

REACH_SCHEMA = Table(
    {
        "link_limit_s": _LIMIT,
        "crew_limit_s": _LIMIT,
        "links": Table(
            {
                "name": Value("str", required=True),
                "kind": Value("str", choices=KINDS, required=True),
                "url": Value("str", required=True),
                "baudrate": Value("int", 50, 12_000_000),
                "bytesize": Value("int", 5, 8),
                "parity": Value("str", choices=PARITIES),
                "stopbits": Value("number", 1, 2),
                "charset": _TEXT,
                "max_chars": Value("int", 1, 2000),
                "transliterate": Value("bool"),
                "enabled": Value("bool"),
                **{key: _TEXT for key in _ESPA_ONLY},
            },
            many=True,
        ),
        "paths": Table(
            {
                "unit": _TEXT,
                "station": _TEXT,
                "link": Value("str", required=True),
                "address": Value("str", required=True),
            },
            many=True,
        ),
    }
)


#: ``[tetra_status]`` (``radio.tetra_status_table.table_from_site`` reads it).
TETRA_STATUS_SCHEMA = Table(
    {
        "table": _TEXT,
        "status": Table(
            {
                "value": Value("int", 0, 65535, required=True),
                "code": _TEXT,
                "label": _TEXT,
                "unit_status": Value("str", choices=tuple(s.value for s in UnitStatus)),
                "alert": _TEXT,
                "urgent": Value("bool"),
            },
            many=True,
        ),
    }
)


class ReachError(ValueError):
    """A ``[reach]`` table that cannot be used, with the entry and field."""


@dataclass(frozen=True, slots=True)
class ReachLink:
    name: str
    kind: str  # "espa" or "tetra"
    url: str
    baudrate: int
    text: TextProfile
    enabled: bool = True
    espa: Mapping[str, str] = field(default_factory=dict)  # addresses, beep coding, ...
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1.0

    @property
    def line(self) -> str:
        """The line settings as written on the equipment: ``7E2``."""
        stop = int(self.stopbits) if self.stopbits in (1, 2) else self.stopbits
        return f"{self.bytesize}{self.parity}{stop}"

    @property
    def two_way(self) -> bool:
        """The path can report read and accepted (a one-way pager cannot)."""
        return self.kind == "tetra"


@dataclass(frozen=True, slots=True)
class ReachPath:
    link: str
    address: str
    unit: str | None = None
    station: str | None = None


@dataclass(frozen=True, slots=True)
class ReachConfig:
    links: tuple[ReachLink, ...] = ()
    paths: tuple[ReachPath, ...] = ()
    link_limit_s: float = DEFAULT_LINK_LIMIT_S
    crew_limit_s: float = DEFAULT_CREW_LIMIT_S
    status_table: StatusTable | None = None

    def link(self, name: str) -> ReachLink | None:
        return next((link for link in self.links if link.name == name), None)

    def paths_for(self, unit: str, station: str | None = None) -> list[ReachPath]:
        """The unit's own paths, then its station's, in the order written."""
        own = [p for p in self.paths if p.unit == unit]
        return own + [p for p in self.paths if station is not None and p.station == station]

    def unit_at(self, link: str, address: str) -> str | None:
        """The unit a crew's message on ``link`` from ``address`` (an ISSI) comes from."""
        return next(
            (p.unit for p in self.paths if p.link == link and p.address == address and p.unit),
            None,
        )


def _text(entry: Mapping[str, Any], key: str, where: str, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise ReachError(f"{where}.{key}: missing")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ReachError(f"{where}.{key}: must be a non-empty text, not {value!r}")
    return value.strip()


def _limit(section: Mapping[str, Any], key: str, default: float) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 1 <= value <= 3600:
        raise ReachError(f"reach.{key}: must be from 1 to 3600 seconds, not {value!r}")
    return float(value)


def _link(entry: Mapping[str, Any], where: str) -> ReachLink:
    name = _text(entry, "name", where, required=True)
    kind = _text(entry, "kind", where, required=True)
    if kind not in KINDS:
        raise ReachError(f"{where}.kind: must be one of {', '.join(KINDS)}, not {kind!r}")
    url = _text(entry, "url", where, required=True)
    assert name and url
    baudrate = entry.get("baudrate", _BAUD[kind])
    if isinstance(baudrate, bool) or not isinstance(baudrate, int) or baudrate < 50:
        raise ReachError(f"{where}.baudrate: must be a whole number from 50, not {baudrate!r}")
    try:
        text = profile_from_mapping(
            {k: entry[k] for k in ("charset", "max_chars", "transliterate") if k in entry},
            DEFAULT_PROFILES[kind],
        )
    except ValueError as exc:
        raise ReachError(f"{where}: {exc}") from None
    espa = {k: str(entry[k]) for k in _ESPA_ONLY if k in entry}
    if espa and kind != "espa":
        raise ReachError(f"{where}.{next(iter(espa))}: only an espa link takes this key")
    bytesize, parity, stopbits = LINE_DEFAULTS[kind]
    bytesize = entry.get("bytesize", bytesize)
    if isinstance(bytesize, bool) or bytesize not in (5, 6, 7, 8):
        raise ReachError(f"{where}.bytesize: must be 5, 6, 7 or 8, not {bytesize!r}")
    parity = str(entry.get("parity", parity)).upper()
    if parity not in PARITIES:
        raise ReachError(f"{where}.parity: must be one of {', '.join(PARITIES)}, not {parity!r}")
    stopbits = entry.get("stopbits", stopbits)
    if isinstance(stopbits, bool) or stopbits not in (1, 1.5, 2):
        raise ReachError(f"{where}.stopbits: must be 1, 1.5 or 2, not {stopbits!r}")
    enabled = entry.get("enabled", True) is True
    return ReachLink(
        name, kind, url, baudrate, text, enabled, espa, bytesize, parity, float(stopbits)
    )


def reach_from_mapping(
    section: Mapping[str, Any] | None,
    tetra_status: Mapping[str, Any] | None = None,
    units: Collection[str] = (),
    stations: Collection[str] = (),
) -> ReachConfig:
    """The reach configuration of a site (see the module docstring)."""
    section = section or {}
    links: list[ReachLink] = []
    for i, entry in enumerate(section.get("links") or ()):
        link = _link(entry, f"reach.links[{i}]")
        if any(other.name == link.name for other in links):
            raise ReachError(f"reach.links[{i}].name: {link.name!r} is named twice")
        links.append(link)
    names = {link.name: link for link in links}
    paths: list[ReachPath] = []
    for i, entry in enumerate(section.get("paths") or ()):
        where = f"reach.paths[{i}]"
        unit, station = _text(entry, "unit", where), _text(entry, "station", where)
        if (unit is None) == (station is None):
            raise ReachError(f"{where}: name exactly one of unit and station")
        link_name = _text(entry, "link", where, required=True)
        if link_name not in names:
            known = ", ".join(names) or "none"
            raise ReachError(f"{where}.link: unknown link {link_name!r} (links: {known})")
        address = _text(entry, "address", where, required=True)
        assert link_name and address
        if unit is not None and units and unit not in units:
            raise ReachError(f"{where}.unit: unknown unit {unit!r}")
        if station is not None and stations and station not in stations:
            raise ReachError(f"{where}.station: unknown station {station!r}")
        if names[link_name].kind == "tetra" and not address.isdigit():
            raise ReachError(f"{where}.address: an ISSI is digits, not {address!r}")
        paths.append(ReachPath(link_name, address, unit, station))
    table = None
    known = [s.value for s in UnitStatus]
    try:
        table = table_from_site(tetra_status, known)
        if table is None and any(link.kind == "tetra" for link in links):
            table = load_table("de-bos", known)
    except StatusTableError as exc:
        raise ReachError(f"tetra_status: {exc}") from None
    return ReachConfig(
        links=tuple(links),
        paths=tuple(paths),
        link_limit_s=_limit(section, "link_limit_s", DEFAULT_LINK_LIMIT_S),
        crew_limit_s=_limit(section, "crew_limit_s", DEFAULT_CREW_LIMIT_S),
        status_table=table,
    )


def load_reach(site: Any) -> ReachConfig:
    """The ``[reach]`` and ``[tetra_status]`` sections of ``site.path/site.toml``."""
    file = site.path / "site.toml"
    try:
        doc = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReachError(f"{file}: {exc}") from exc
    try:
        return reach_from_mapping(
            doc.get("reach"),
            doc.get("tetra_status"),
            units=[u.call_sign for u in site.units],
            stations=[s.station_id for s in site.stations],
        )
    except ReachError as exc:
        raise ReachError(f"{file}: {exc}") from None
