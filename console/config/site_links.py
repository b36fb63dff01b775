"""The link sections of ``site.toml``: ``[[links]]``, ``[http]``,
``[ali_profiles.NAME]`` and ``[alarm_grammars.NAME]``.

Contract: ``LinkSections`` is a mixin of ``console.config.site``'s parser; its
methods read ``self.doc`` and report through ``self.loc.error`` /
``self.warn`` like the rest of the parser, so every problem raises
``SiteError`` naming the file, the line and the field. A link's own format
(an ALI record layout, a zone-alarm grammar) and its sensor must be defined
in the same site; a ``folder`` link's path is relative to the site folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.config.http_config import HttpConfigError, parse_http_config
from radio.codecs.ali_profile import AliProfile, AliProfileError
from radio.codecs.zone_alarm import AlarmGrammar, AlarmGrammarError
from radio.links.http_types import HttpConfig
from radio.links.spec import TRANSPORTS, LinkSpec
from radio.protocols import PROTOCOLS


class SiteError(Exception):
    """A site folder cannot be used; the message says where and why."""


_LINK_KEYS = {
    "name",
    "transport",
    "protocol",
    "url",
    "baudrate",
    "host",
    "port",
    "unit",
    "enabled",
    "profile",
    "grammar",
    "sensor",
}


class LinkSections:
    """Parsing of the link-related tables; mixed into the site parser."""

    file: Path
    doc: dict[str, Any]
    loc: Any
    warn: Callable[[str], None]
    _get: Callable[..., Any]
    _entries: Callable[[str], list[dict[str, Any]]]
    _unknown_keys: Callable[..., None]

    def _http(self) -> HttpConfig | None:
        table = self.doc.get("http")
        if table is None:
            return None
        try:
            return parse_http_config(
                table,
                str(self.file),
                base_dir=self.file.parent,
                line_of=self.loc.line_of,
                warn=self.warn,
            )
        except HttpConfigError as exc:
            raise SiteError(str(exc)) from exc

    def _ali_profiles(self) -> dict[str, AliProfile]:
        table = self.doc.get("ali_profiles", {})
        if not isinstance(table, dict):
            raise SiteError(f"{self.file}: [ali_profiles] must be a table of named layouts")
        profiles: dict[str, AliProfile] = {}
        for name, mapping in table.items():
            if not isinstance(mapping, dict):
                raise SiteError(f"{self.file}: ali_profiles.{name}: must be a table")
            try:
                profiles[name] = AliProfile.from_mapping({"name": name, **mapping})
            except AliProfileError as exc:
                raise SiteError(f"{self.file}: ali_profiles.{name}.{exc}") from exc
        return profiles

    def _alarm_grammars(self) -> dict[str, AlarmGrammar]:
        table = self.doc.get("alarm_grammars", {})
        if not isinstance(table, dict):
            raise SiteError(f"{self.file}: [alarm_grammars] must be a table of named grammars")
        grammars: dict[str, AlarmGrammar] = {}
        for name, mapping in table.items():
            if not isinstance(mapping, dict):
                raise SiteError(f"{self.file}: alarm_grammars.{name}: must be a table")
            try:
                grammars[name] = AlarmGrammar.from_mapping({"name": name, **mapping})
            except AlarmGrammarError as exc:
                raise SiteError(f"{self.file}: alarm_grammars.{name}.{exc}") from exc
        return grammars

    def _links(
        self,
        call_signs: set[str],
        ali_profiles: dict[str, AliProfile],
        alarm_grammars: dict[str, AlarmGrammar],
        sensor_ids: set[str],
    ) -> tuple[LinkSpec, ...]:
        out: list[LinkSpec] = []
        seen: set[str] = set()
        for i, entry in enumerate(self._entries("links")):
            self._unknown_keys(entry, _LINK_KEYS, "links", i)
            name = self._get(entry, "links", i, "name", str)
            if name in seen:
                raise self.loc.error("links", i, "name", f"duplicate link name {name!r}")
            seen.add(name)
            transport = self._get(entry, "links", i, "transport", str)
            if transport not in TRANSPORTS:
                raise self.loc.error(
                    "links",
                    i,
                    "transport",
                    f"unknown transport {transport!r} (expected one of {', '.join(TRANSPORTS)})",
                )
            url = self._get(entry, "links", i, "url", str, default=None)
            port = self._get(entry, "links", i, "port", int, default=None)
            if transport == "serial" and not url:
                raise self.loc.error("links", i, "url", "a serial link needs url (e.g. COM3)")
            if transport == "folder":
                if not url:
                    raise self.loc.error("links", i, "url", "a folder link needs url (the folder)")
                url = str(self.file.parent / url)  # relative to the site folder
            elif transport != "serial" and port is None:
                raise self.loc.error("links", i, "port", f"a {transport} link needs a port")
            # Port 0 asks the OS for any free port: only meaningful when listening.
            lowest = 0 if transport in ("udp", "tcp-server") else 1
            if port is not None and not lowest <= port <= 65535:
                raise self.loc.error("links", i, "port", f"port {port} is not in {lowest}..65535")
            protocol = self._get(entry, "links", i, "protocol", str)
            if protocol not in PROTOCOLS:
                raise self.loc.error(
                    "links",
                    i,
                    "protocol",
                    f"unknown protocol {protocol!r} "
                    f"(expected one of {', '.join(sorted(PROTOCOLS))})",
                )
            baudrate = self._get(entry, "links", i, "baudrate", int, default=4800)
            if baudrate <= 0:
                raise self.loc.error("links", i, "baudrate", f"baud rate {baudrate} must be > 0")
            profile = self._get(entry, "links", i, "profile", str, default=None)
            if profile is not None and not protocol.startswith("ali"):
                raise self.loc.error("links", i, "profile", "a record layout is only for ali links")
            if profile is not None and profile not in ali_profiles:
                known = ", ".join(sorted(ali_profiles)) or "none defined"
                raise self.loc.error(
                    "links", i, "profile", f"unknown ALI profile {profile!r} ({known})"
                )
            grammar = self._get(entry, "links", i, "grammar", str, default=None)
            if grammar is not None and protocol != "zone-alarm":
                raise self.loc.error(
                    "links", i, "grammar", "an alarm grammar is only for zone-alarm links"
                )
            if grammar is not None and grammar not in alarm_grammars:
                known = ", ".join(sorted(alarm_grammars)) or "none defined"
                raise self.loc.error(
                    "links", i, "grammar", f"unknown alarm grammar {grammar!r} ({known})"
                )
            sensor = self._get(entry, "links", i, "sensor", str, default=None)
            if sensor is not None and sensor not in sensor_ids:
                known = ", ".join(sorted(sensor_ids)) or "none defined"
                raise self.loc.error("links", i, "sensor", f"unknown sensor {sensor!r} ({known})")
            unit = self._get(entry, "links", i, "unit", str, default=None)
            if unit is not None and unit not in call_signs:
                raise self.loc.error("links", i, "unit", f"unknown unit call sign {unit!r}")
            out.append(
                LinkSpec(
                    name=name,
                    transport=transport,
                    protocol=protocol,
                    url=url,
                    baudrate=baudrate,
                    host=self._get(entry, "links", i, "host", str, default="127.0.0.1"),
                    port=port,
                    unit=unit,
                    enabled=self._get(entry, "links", i, "enabled", bool, default=True),
                    profile=profile or grammar,
                    sensor=sensor,
                )
            )
        return tuple(out)
