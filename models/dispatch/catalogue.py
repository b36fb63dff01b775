"""The dispatch catalogue: unit types, incident types and response plans (run cards).

Contract: ``load_catalogue(*paths) -> Catalogue`` reads TOML files (a path may
be a file, or a folder whose ``unit_types.toml``, ``incident_types.toml`` and
``response_plans.toml`` are read where present) in the order given, merges
them and validates the result. With no paths it reads the embedded
``resources/catalogue``; ``default_catalogue()`` is that, loaded once. Any
problem raises ``CatalogueError`` naming the file, the entry and the field,
e.g. ``response_plans.toml: plans.structure-fire.slots[1].unit_type: unknown
unit type 'ladderr'``. Lookups of unknown codes raise ``UnknownCodeError``
(a ``CatalogueError`` and a ``LookupError``). Everything returned is frozen.

Any file may hold any of the three tables::

    [unit_types."ALS ambulance"]   discipline; name (optional, default the code)
    [incident_types.cardiac-arrest] name; discipline; priority (1 highest .. 5)

Unit and incident types may also carry their name in other languages, each
optional: ``name_he = "שריפה במבנה"``, ``name_ar``, ``name_cs``, ``name_fr``,
``name_sr``, ``name_sr_Latn`` (``name_<language code>``); ``name_in(code)`` gives
it, falling back to ``name``. A later file changes only the names it gives.
    [plans.cardiac-arrest]          slots = [{unit_type, count, substitutes}, ...]

A site extends the defaults by listing its own folder after them:
``load_catalogue(DEFAULT_CATALOGUE_DIR, site_dir / "catalogue")``. A later
unit or incident type with an existing code changes only the fields it
gives (so a site can lower one priority); a later plan replaces the whole
plan. Validation runs on the merged result: every plan names known unit
types, every incident type has a plan and every plan a known incident type.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import resources
from models.refusal import QT_TRANSLATE_NOOP, Listed, Refusal, Text

DISCIPLINES = ("police", "fire", "medical")
PRIORITIES = range(1, 6)
CATALOGUE_FILES = ("unit_types.toml", "incident_types.toml", "response_plans.toml")
DEFAULT_CATALOGUE_DIR = Path(resources.__file__).resolve().parent / "catalogue"

_UNIT_TYPE = "unit_types"
_INCIDENT_TYPE = "incident_types"
_PLAN = "plans"
_KEYS: dict[str, frozenset[str]] = {
    _UNIT_TYPE: frozenset({"name", "discipline"}),
    _INCIDENT_TYPE: frozenset({"name", "discipline", "priority"}),
    _PLAN: frozenset({"slots"}),
}
_SLOT_KEYS = frozenset({"unit_type", "count", "substitutes"})
#: Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).
_NAME_KEY = re.compile(r"^name_([a-z]{2,3}(?:_[A-Z][a-z]{3})?)$")
_NAMED = frozenset({"unit_types", "incident_types"})
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class CatalogueError(Exception):
    """The catalogue cannot be used; the message names the file, entry and field."""


class UnknownCodeError(Refusal, CatalogueError, LookupError):
    """A code that the catalogue does not define (a ``models.refusal.Refusal``: the
    dispatcher typed it; the console shows it translated)."""


@dataclass(frozen=True, slots=True)
class UnitType:
    code: str
    name: str
    discipline: str
    names: tuple[tuple[str, str], ...] = ()  # (language code, name), from name_<code>

    def name_in(self, language: str) -> str:
        """The name in ``language`` ("he", "sr_Latn"), else ``name``."""
        return dict(self.names).get(language, self.name)


@dataclass(frozen=True, slots=True)
class IncidentType:
    code: str
    name: str
    discipline: str
    priority: int  # default priority of a new incident, 1 = highest
    names: tuple[tuple[str, str], ...] = ()  # (language code, name), from name_<code>

    def name_in(self, language: str) -> str:
        """The name in ``language`` ("he", "sr_Latn"), else ``name``."""
        return dict(self.names).get(language, self.name)


@dataclass(frozen=True, slots=True)
class Slot:
    """``count`` units of ``unit_type``; ``substitutes`` in order when too few are free."""

    unit_type: str
    count: int
    substitutes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResponsePlan:
    incident_type: str
    slots: tuple[Slot, ...]

    @property
    def unit_count(self) -> int:
        return sum(slot.count for slot in self.slots)


class Catalogue:
    """A validated, immutable catalogue; build it with ``load_catalogue``."""

    def __init__(
        self,
        unit_types: Iterable[UnitType],
        incident_types: Iterable[IncidentType],
        plans: Iterable[ResponsePlan],
        sources: Iterable[Path] = (),
    ) -> None:
        self._unit_types = {u.code: u for u in sorted(unit_types, key=lambda u: u.code)}
        self._incident_types = {i.code: i for i in sorted(incident_types, key=lambda i: i.code)}
        self._plans = {p.incident_type: p for p in plans}
        self.sources = tuple(sources)

    def __repr__(self) -> str:
        return (
            f"Catalogue({len(self._unit_types)} unit types, "
            f"{len(self._incident_types)} incident types, from {len(self.sources)} files)"
        )

    def unit_type(self, code: str) -> UnitType:
        try:
            return self._unit_types[code]
        except KeyError:
            raise _unknown("unit type", code, self._unit_types) from None

    def incident_type(self, code: str) -> IncidentType:
        try:
            return self._incident_types[code]
        except KeyError:
            raise _unknown("incident type", code, self._incident_types) from None

    def plan(self, code: str) -> ResponsePlan:
        """The response plan of incident type ``code``."""
        try:
            return self._plans[code]
        except KeyError:
            raise _unknown("incident type", code, self._incident_types) from None

    def unit_types(self) -> tuple[UnitType, ...]:
        """Every unit type, sorted by code."""
        return tuple(self._unit_types.values())

    def incident_types(self) -> tuple[IncidentType, ...]:
        """Every incident type, sorted by code."""
        return tuple(self._incident_types.values())


_UNKNOWN = {
    "unit type": QT_TRANSLATE_NOOP("Refusal", "unknown unit type '{code}'; known: {known}"),
    "incident type": QT_TRANSLATE_NOOP("Refusal", "unknown incident type '{code}'; known: {known}"),
}


def _unknown(what: str, code: str, known: Mapping[str, object]) -> UnknownCodeError:
    return UnknownCodeError(_UNKNOWN[what], code=Text(code), known=Listed(known))


@functools.cache
def default_catalogue() -> Catalogue:
    """The embedded catalogue, loaded and validated once per process."""
    return load_catalogue(DEFAULT_CATALOGUE_DIR)


def load_catalogue(*paths: str | Path) -> Catalogue:
    """Read, merge (later paths win) and validate catalogue files and folders."""
    files = _files(paths or (DEFAULT_CATALOGUE_DIR,))
    merged = _Merged()
    for file in files:
        merged.add(file, _read(file))
    return merged.build(files)


def _files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [path / name for name in CATALOGUE_FILES if (path / name).is_file()]
            if not found:
                raise CatalogueError(
                    f"{path}: no catalogue files in this folder "
                    f"(expected any of {', '.join(CATALOGUE_FILES)})"
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise CatalogueError(f"{path}: catalogue file or folder not found")
    return files


def _read(file: Path) -> dict[str, Any]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{file}: cannot read the catalogue file ({exc})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{file}: TOML syntax error: {exc}") from exc


def _label(section: str, code: str, field: str | None = None) -> str:
    key = code if _BARE_KEY.match(code) else '"' + code.replace('"', '\\"') + '"'
    return f"{section}.{key}" + (f".{field}" if field else "")


def _fail(file: Path, section: str, code: str, field: str | None, what: str) -> CatalogueError:
    return CatalogueError(f"{file}: {_label(section, code, field)}: {what}")


class _Merged:
    """Entries as merged so far; each field remembers the file it came from."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, dict[str, tuple[Any, Path]]]] = {s: {} for s in _KEYS}
        self.origins: dict[str, dict[str, Path]] = {s: {} for s in _KEYS}

    def add(self, file: Path, doc: dict[str, Any]) -> None:
        for section, table in doc.items():
            if section not in _KEYS:
                raise CatalogueError(
                    f"{file}: unknown table [{section}]; expected {', '.join(_KEYS)}"
                )
            if not isinstance(table, dict):
                raise CatalogueError(f"{file}: {section}: must be a table of entries")
            for code, fields in table.items():
                if not code.strip() or code != code.strip():
                    raise _fail(file, section, code, None, "code must be non-blank, no padding")
                if not isinstance(fields, dict):
                    raise _fail(file, section, code, None, "must be a table of fields")
                allowed = _KEYS[section]
                unknown = sorted(
                    k
                    for k in set(fields) - allowed
                    if not (section in _NAMED and _NAME_KEY.match(k))
                )
                if unknown:
                    raise _fail(
                        file,
                        section,
                        code,
                        unknown[0],
                        f"unknown field; expected {', '.join(sorted(_KEYS[section]))}",
                    )
                entry = self.entries[section].setdefault(code, {})
                if section == _PLAN:
                    entry.clear()  # a plan is replaced whole, never spliced
                entry.update({name: (value, file) for name, value in fields.items()})
                self.origins[section][code] = file

    def _field(
        self, section: str, code: str, name: str, kind: type, default: Any = None
    ) -> tuple[Any, Path]:
        entry = self.entries[section][code]
        if name not in entry:
            file = self.origins[section][code]
            if default is not None:
                return default, file
            raise _fail(file, section, code, name, "missing")
        value, file = entry[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _fail(
                file, section, code, name, f"must be {kind.__name__}, got {type(value).__name__}"
            )
        if kind is str and not value.strip():
            raise _fail(file, section, code, name, "must not be blank")
        return value, file

    def _names(self, section: str, code: str) -> tuple[tuple[str, str], ...]:
        """The entry's name_<language> fields, checked like ``name``."""
        found = []
        for key in sorted(self.entries[section][code]):
            match = _NAME_KEY.match(key)
            if match:
                found.append((match.group(1), self._field(section, code, key, str)[0]))
        return tuple(found)

    def _discipline(self, section: str, code: str) -> str:
        value, file = self._field(section, code, "discipline", str)
        if value not in DISCIPLINES:
            raise _fail(
                file,
                section,
                code,
                "discipline",
                f"unknown discipline {value!r}; expected {', '.join(DISCIPLINES)}",
            )
        return str(value)

    def build(self, files: list[Path]) -> Catalogue:
        unit_types = [
            UnitType(
                code=code,
                name=self._field(_UNIT_TYPE, code, "name", str, default=code)[0],
                discipline=self._discipline(_UNIT_TYPE, code),
                names=self._names(_UNIT_TYPE, code),
            )
            for code in self.entries[_UNIT_TYPE]
        ]
        incident_types = []
        for code in self.entries[_INCIDENT_TYPE]:
            priority, file = self._field(_INCIDENT_TYPE, code, "priority", int)
            if priority not in PRIORITIES:
                raise _fail(
                    file,
                    _INCIDENT_TYPE,
                    code,
                    "priority",
                    f"must be {PRIORITIES.start} (highest) to {PRIORITIES.stop - 1}, "
                    f"got {priority}",
                )
            incident_types.append(
                IncidentType(
                    code=code,
                    name=self._field(_INCIDENT_TYPE, code, "name", str)[0],
                    discipline=self._discipline(_INCIDENT_TYPE, code),
                    priority=priority,
                    names=self._names(_INCIDENT_TYPE, code),
                )
            )
        known_units = {u.code for u in unit_types}
        plans = [self._plan(code, known_units) for code in self.entries[_PLAN]]
        for code, file in self.origins[_PLAN].items():
            if code not in self.entries[_INCIDENT_TYPE]:
                raise _fail(file, _PLAN, code, None, "plan for an unknown incident type")
        for code, file in self.origins[_INCIDENT_TYPE].items():
            if code not in self.entries[_PLAN]:
                raise _fail(
                    file,
                    _INCIDENT_TYPE,
                    code,
                    None,
                    f"no response plan; add [{_label(_PLAN, code)}] to a response plan file",
                )
        return Catalogue(unit_types, incident_types, plans, files)

    def _plan(self, code: str, known_units: set[str]) -> ResponsePlan:
        raw, file = self._field(_PLAN, code, "slots", list)
        if not raw:
            raise _fail(file, _PLAN, code, "slots", "a plan needs at least one slot")
        slots: list[Slot] = []
        for index, entry in enumerate(raw):
            where = f"slots[{index}]"
            if not isinstance(entry, dict):
                raise _fail(file, _PLAN, code, where, "must be a table {unit_type, count}")
            unknown = sorted(set(entry) - _SLOT_KEYS)
            if unknown:
                raise _fail(
                    file,
                    _PLAN,
                    code,
                    f"{where}.{unknown[0]}",
                    f"unknown field; expected {', '.join(sorted(_SLOT_KEYS))}",
                )
            unit_type = entry.get("unit_type")
            if not isinstance(unit_type, str) or unit_type not in known_units:
                raise _fail(
                    file,
                    _PLAN,
                    code,
                    f"{where}.unit_type",
                    f"unknown unit type {unit_type!r}; known: {', '.join(sorted(known_units))}",
                )
            if any(slot.unit_type == unit_type for slot in slots):
                raise _fail(
                    file,
                    _PLAN,
                    code,
                    f"{where}.unit_type",
                    f"{unit_type!r} has two slots; give one slot a higher count",
                )
            count = entry.get("count", 1)
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise _fail(
                    file,
                    _PLAN,
                    code,
                    f"{where}.count",
                    f"must be a whole number >= 1, got {count!r}",
                )
            substitutes = entry.get("substitutes", [])
            if not isinstance(substitutes, list):
                raise _fail(file, _PLAN, code, f"{where}.substitutes", "must be a list of codes")
            for sub in substitutes:
                if not isinstance(sub, str) or sub not in known_units:
                    raise _fail(
                        file,
                        _PLAN,
                        code,
                        f"{where}.substitutes",
                        f"unknown unit type {sub!r}; known: {', '.join(sorted(known_units))}",
                    )
                if sub == unit_type:
                    raise _fail(
                        file, _PLAN, code, f"{where}.substitutes", f"{sub!r} substitutes itself"
                    )
            if len(set(substitutes)) != len(substitutes):
                raise _fail(file, _PLAN, code, f"{where}.substitutes", "lists a code twice")
            slots.append(Slot(unit_type, count, tuple(substitutes)))
        return ResponsePlan(code, tuple(slots))
