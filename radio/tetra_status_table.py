"""Per-site TETRA status tables: what a unit's 16-bit pre-coded status means.

Role: a crew presses a status key and the radio sends a 16-bit value
(``+CTSDSR: 13,...``, see :mod:`radio.codecs.tetra_pei`). What that value
means is a site's choice, because countries and agencies run different
schemes: the table turns a value into a unit status (the console's own
status names, e.g. ``"en route"``) or into an alert for the dispatcher
(e.g. a request to talk). Tables are configuration data: the built-in ones
live in ``resources/radio/tetra_status/<name>.toml`` (``de-bos``: the German
BOS status digits), and a site may pick one and override or add entries in
an optional ``[tetra_status]`` section of ``site.toml``::

    [tetra_status]
    table = "de-bos"                  # optional: a built-in table to start from
    [[tetra_status.status]]           # optional: entries added or replaced by value
    value = 32779                     # 0..65535
    code = "9"                        # what the crew calls it (shown to dispatchers)
    label = "handover"
    unit_status = "available"         # exactly one of unit_status / alert
    # alert = "request to talk"; urgent = true

Contract: :func:`load_table(name)` reads a built-in table;
:func:`table_from_mapping(data, where)` a table from parsed TOML (a table
file's content); :func:`table_from_site(section, known_statuses)` the table
a ``[tetra_status]`` section asks for (None or an empty section: no table,
the radio link reports statuses uninterpreted). Every problem raises
:class:`StatusTableError` naming the entry and the field. ``known_statuses``
(the console passes its unit status names) makes an unknown ``unit_status``
an error at load time instead of a refusal at the first status message.
:meth:`StatusTable.lookup` returns the :class:`StatusEntry` for a value, or
None: the caller stores the message with :meth:`StatusTable.missing`'s
reason, never drops it. Pure: no I/O besides reading the table files.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import resources

__all__ = [
    "BUILTIN_DIR",
    "StatusEntry",
    "StatusTable",
    "StatusTableError",
    "builtin_tables",
    "load_table",
    "table_from_mapping",
    "table_from_site",
]

BUILTIN_DIR = Path(resources.__file__).resolve().parent / "radio" / "tetra_status"

_ENTRY_KEYS = {"value", "code", "label", "unit_status", "alert", "urgent"}


class StatusTableError(ValueError):
    """A status table that cannot be used; the message names where and why."""


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """One status value: a unit status to set, or an alert for the dispatcher."""

    value: int
    code: str
    label: str
    unit_status: str | None = None
    alert: str | None = None
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class StatusTable:
    """A site's table: value -> :class:`StatusEntry`."""

    name: str
    entries: Mapping[int, StatusEntry]
    description: str = ""

    def lookup(self, value: int) -> StatusEntry | None:
        return self.entries.get(value)

    def missing(self, value: int) -> str:
        """The reason stored for a value the table does not hold."""
        return f"status code {value} (0x{value:04X}) missing from the status table {self.name!r}"


def _entry(raw: Any, where: str, known: Collection[str] | None) -> StatusEntry:
    if not isinstance(raw, Mapping):
        raise StatusTableError(f"{where}: must be a table")
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise StatusTableError(f"{where}: unknown key {unknown[0]!r}")
    value = raw.get("value")
    if type(value) is not int or not 0 <= value <= 0xFFFF:
        raise StatusTableError(f"{where}.value: must be an integer from 0 to 65535")
    texts = {}
    for key in ("code", "label", "unit_status", "alert"):
        text = raw.get(key)
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise StatusTableError(f"{where}.{key}: must be a non-empty string")
        texts[key] = text
    if (texts["unit_status"] is None) == (texts["alert"] is None):
        raise StatusTableError(f"{where}: give exactly one of unit_status and alert")
    unit_status = texts["unit_status"]
    if unit_status is not None and known is not None and unit_status not in known:
        names = ", ".join(sorted(known))
        raise StatusTableError(
            f"{where}.unit_status: unknown status {unit_status!r}; known: {names}"
        )
    urgent = raw.get("urgent", False)
    if type(urgent) is not bool:
        raise StatusTableError(f"{where}.urgent: must be true or false")
    return StatusEntry(
        value=value,
        code=texts["code"] or str(value),
        label=texts["label"] or texts["unit_status"] or texts["alert"] or "",
        unit_status=unit_status,
        alert=texts["alert"],
        urgent=urgent,
    )


def _entries(
    raw: Any, where: str, known: Collection[str] | None, into: dict[int, StatusEntry]
) -> None:
    if raw is None:
        return
    if not isinstance(raw, list):
        raise StatusTableError(f"{where}: must be an array of tables ([[...status]])")
    seen: set[int] = set()
    for index, item in enumerate(raw):
        entry = _entry(item, f"{where}[{index}]", known)
        if entry.value in seen:
            raise StatusTableError(f"{where}[{index}].value: {entry.value} is listed twice")
        seen.add(entry.value)
        into[entry.value] = entry


def table_from_mapping(
    data: Mapping[str, Any], where: str, known_statuses: Collection[str] | None = None
) -> StatusTable:
    """A table from a table file's parsed content (``[table]`` and ``[[status]]``)."""
    unknown = sorted(set(data) - {"table", "status"})
    if unknown:
        raise StatusTableError(f"{where}: unknown key {unknown[0]!r}")
    head = data.get("table", {})
    if not isinstance(head, Mapping):
        raise StatusTableError(f"{where}: [table] must be a table")
    name = head.get("name")
    if not isinstance(name, str) or not name:
        raise StatusTableError(f"{where}: [table].name must be a non-empty string")
    entries: dict[int, StatusEntry] = {}
    _entries(data.get("status"), f"{where}: status", known_statuses, entries)
    return StatusTable(name, entries, str(head.get("description", "")))


def builtin_tables() -> list[str]:
    """The names of the built-in tables."""
    return sorted(path.stem for path in BUILTIN_DIR.glob("*.toml"))


def load_table(name: str, known_statuses: Collection[str] | None = None) -> StatusTable:
    """A built-in table by name; ``StatusTableError`` naming the known ones if absent."""
    if name not in builtin_tables():
        raise StatusTableError(
            f"unknown status table {name!r}; built-in tables: {', '.join(builtin_tables())}"
        )
    path = BUILTIN_DIR / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StatusTableError(f"{path.name}: {exc}") from None
    return table_from_mapping(data, path.name, known_statuses)


def table_from_site(
    section: Mapping[str, Any] | None, known_statuses: Collection[str] | None = None
) -> StatusTable | None:
    """The table a ``[tetra_status]`` section asks for (see the module docstring)."""
    if not section:
        return None
    where = "tetra_status"
    unknown = sorted(set(section) - {"table", "status"})
    if unknown:
        raise StatusTableError(f"{where}: unknown key {unknown[0]!r}")
    base_name = section.get("table")
    entries: dict[int, StatusEntry] = {}
    name = "site"
    description = ""
    if base_name is not None:
        if not isinstance(base_name, str):
            raise StatusTableError(f"{where}.table: must be a string")
        base = load_table(base_name, known_statuses)
        entries.update(base.entries)
        name, description = base.name, base.description
    overrides: dict[int, StatusEntry] = {}
    _entries(section.get("status"), f"{where}.status", known_statuses, overrides)
    if overrides and base_name is not None:
        name = f"{name} (with site entries)"
    entries.update(overrides)
    if not entries:
        raise StatusTableError(f"{where}: neither a table nor any status entry")
    return StatusTable(name, entries, description)
