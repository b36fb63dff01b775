"""The link sections of ``site.toml``: ``[[links]]``, ``[http]``,
``[ali_profiles.NAME]`` and ``[alarm_grammars.NAME]``.

Contract: ``LinkSections`` is a mixin of ``console.config.site``'s parser; it
reads ``self.doc`` after ``console.config.site_schema`` has checked keys,
types and ranges, and checks what refers to something else, reporting
through ``self.loc.error`` like the rest of the parser, so every problem
raises ``SiteError`` naming the file, the line and the field. A link's own
format (an ALI record layout, a zone-alarm grammar) and its sensor must be
defined in the same site; port 0 (any free port) is only for the links
that listen (``udp``, ``tcp-server``); a ``folder`` link's path is relative
to the site folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.config.http_config import HttpConfigError, parse_http_config
from radio.codecs.ali_profile import AliProfile, AliProfileError
from radio.codecs.zone_alarm import AlarmGrammar, AlarmGrammarError
from radio.links.http_types import HttpConfig
from radio.links.spec import LinkSpec


class SiteError(Exception):
    """A site folder cannot be used; the message says where and why."""


LISTENING = ("udp", "tcp-server")  # the transports for which port 0 means "any free port"


class LinkSections:
    """Parsing of the link-related tables; mixed into the site parser."""

    file: Path
    doc: dict[str, Any]
    loc: Any
    warn: Callable[[str], None]

    def _http(self) -> HttpConfig | None:
        table = self.doc.get("http")
        if table is None:
            return None
        try:
            return parse_http_config(
                table, str(self.file), base_dir=self.file.parent, line=self.loc.line
            )
        except HttpConfigError as exc:
            raise SiteError(str(exc)) from exc

    def _named_error(self, table: str, name: str, exc: Exception) -> SiteError:
        # The codecs' messages start with the key they refuse ("fields.lat.width: ...").
        key = str(exc).split(":", 1)[0]
        line = self.loc.line((table, name, *key.split(".")))
        where = f"{self.file}:{line}" if line else str(self.file)
        return SiteError(f"{where}: {table}.{name}.{exc}")

    def _ali_profiles(self) -> dict[str, AliProfile]:
        profiles: dict[str, AliProfile] = {}
        for name, mapping in self.doc.get("ali_profiles", {}).items():
            try:
                profiles[name] = AliProfile.from_mapping({"name": name, **mapping})
            except AliProfileError as exc:
                raise self._named_error("ali_profiles", name, exc) from exc
        return profiles

    def _alarm_grammars(self) -> dict[str, AlarmGrammar]:
        grammars: dict[str, AlarmGrammar] = {}
        for name, mapping in self.doc.get("alarm_grammars", {}).items():
            try:
                grammars[name] = AlarmGrammar.from_mapping({"name": name, **mapping})
            except AlarmGrammarError as exc:
                raise self._named_error("alarm_grammars", name, exc) from exc
        return grammars

    def _stopbits(self, index: int, value: float) -> float:
        """1, 1.5 or 2 stop bits: the values a UART has."""
        if value not in (1, 1.5, 2):
            raise self.loc.error("links", index, "stopbits", f"must be 1, 1.5 or 2, got {value}")
        return float(value)

    def _links(
        self,
        call_signs: set[str],
        ali_profiles: dict[str, AliProfile],
        alarm_grammars: dict[str, AlarmGrammar],
        sensor_ids: set[str],
    ) -> tuple[LinkSpec, ...]:
        out: list[LinkSpec] = []
        seen: set[str] = set()
        for i, entry in enumerate(self.doc.get("links", [])):
            name = entry["name"]
            if name in seen:
                raise self.loc.error("links", i, "name", f"duplicate link name {name!r}")
            seen.add(name)
            transport = entry["transport"]
            protocol = entry["protocol"]
            url = entry.get("url")
            port = entry.get("port")
            if transport == "serial" and not url:
                raise self.loc.error("links", i, "url", "a serial link needs url (e.g. COM3)")
            if transport == "folder":
                if not url:
                    raise self.loc.error("links", i, "url", "a folder link needs url (the folder)")
                url = str(self.file.parent / url)  # relative to the site folder
            elif transport != "serial" and port is None:
                raise self.loc.error("links", i, "port", f"a {transport} link needs a port")
            if port == 0 and transport not in LISTENING:
                raise self.loc.error(
                    "links",
                    i,
                    "port",
                    f"port 0 (any free port) is only for listening links "
                    f"({', '.join(LISTENING)}), not {transport}",
                )
            profile = entry.get("profile")
            if profile is not None and not protocol.startswith("ali"):
                raise self.loc.error("links", i, "profile", "a record layout is only for ali links")
            if profile is not None and profile not in ali_profiles:
                known = ", ".join(sorted(ali_profiles)) or "none defined"
                raise self.loc.error(
                    "links", i, "profile", f"unknown ALI profile {profile!r} ({known})"
                )
            grammar = entry.get("grammar")
            if grammar is not None and protocol != "zone-alarm":
                raise self.loc.error(
                    "links", i, "grammar", "an alarm grammar is only for zone-alarm links"
                )
            if grammar is not None and grammar not in alarm_grammars:
                known = ", ".join(sorted(alarm_grammars)) or "none defined"
                raise self.loc.error(
                    "links", i, "grammar", f"unknown alarm grammar {grammar!r} ({known})"
                )
            sensor = entry.get("sensor")
            if sensor is not None and sensor not in sensor_ids:
                known = ", ".join(sorted(sensor_ids)) or "none defined"
                raise self.loc.error("links", i, "sensor", f"unknown sensor {sensor!r} ({known})")
            unit = entry.get("unit")
            if unit is not None and unit not in call_signs:
                raise self.loc.error("links", i, "unit", f"unknown unit call sign {unit!r}")
            out.append(
                LinkSpec(
                    name=name,
                    transport=transport,
                    protocol=protocol,
                    url=url,
                    baudrate=entry.get("baudrate", 4800),
                    bytesize=entry.get("bytesize", 8),
                    parity=entry.get("parity", "N"),
                    stopbits=self._stopbits(i, entry.get("stopbits", 1)),
                    host=entry.get("host", "127.0.0.1"),
                    port=port,
                    unit=unit,
                    enabled=entry.get("enabled", True),
                    profile=profile or grammar,
                    sensor=sensor,
                )
            )
        return tuple(out)
