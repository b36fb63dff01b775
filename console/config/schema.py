"""A small declarative schema for configuration tables read from TOML (site.toml).

Contract: a schema is a tree of four kinds of node, written as data:

- ``Value(kind, ...)``: a scalar: ``kind`` is ``"str"`` (never empty),
  ``"int"`` (never a bool), ``"number"`` (int or float, finite, never a
  bool) or ``"bool"``; optional range (``low``/``high`` inclusive, ``above``
  makes ``low`` exclusive), ``unit`` for messages, ``choices`` (a closed set
  of strings), ``false_means`` (``false`` is also accepted and means that,
  e.g. ``"no limit"``), ``required``, ``secret`` (the value is never shown
  in a message).
- ``Array(item)``: a list whose items are each ``item`` (``None``: the
  items are left to the table's own parser), at least ``min_items`` long.
- ``Table(keys)``: a table with exactly these keys (each a node); ``many``
  makes it an array of tables (``[[name]]``); ``normalise`` maps how a key
  may be spelt onto its known name (``"en route"`` -> ``en_route``);
  ``noun`` names its keys in messages (``"status"``).
- ``Named(value)``: a table of names the user chooses
  (``[ali_profiles.NAME]``), each a ``value`` node. ``Either(as_list,
  as_table)`` accepts a list in the first form and a table in the second.

``check(document, schema, where, line)`` walks a parsed document in its own
order and raises ``SchemaError`` (a ``ValueError``) at the first problem:
an unknown key or table anywhere (with the nearest known name, from
``difflib``), a value of the wrong type, out of range or not among the
choices, a required key that is missing. Messages are
``{where}:{line}: {label}: {what}``, the line from ``line(path)`` (omitted
when unknown), the label the path as written (``units[2].name``;
the top level has none), e.g.::

    site.toml:12: unknown table [[unit]], did you mean [[units]]?
    site.toml:31: units[2]: unknown key 'nmae', did you mean 'name'?
    site.toml:40: links[0].port: must be from 0 to 65535, not 70000
    site.toml:52: dispatch.overdue.en_route: must be more than 0 and at most
        10080 minutes, not 1e+308

What the schema cannot say (a reference to another table, a pair of keys
that go together) stays with the parser that reads the checked document.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Array",
    "Either",
    "LineOf",
    "Named",
    "Node",
    "SchemaError",
    "Table",
    "Value",
    "check",
    "label_of",
]

PathT = tuple[str | int, ...]
LineOf = Callable[[PathT], "int | None"]

_KINDS = {"str": "a string", "int": "an integer", "number": "a number", "bool": "true or false"}


class SchemaError(ValueError):
    """A document that does not fit its schema; the message says where, which key and why."""


@dataclass(frozen=True, slots=True)
class Value:
    kind: str
    low: float | None = None
    high: float | None = None
    above: bool = False  # low is exclusive: "more than low"
    unit: str = ""
    choices: tuple[str, ...] = ()
    noun: str = ""  # what a choice is called in messages (default: the key)
    false_means: str = ""  # when set, ``false`` is accepted and means this
    required: bool = False
    secret: bool = False  # never shown in a message (a token)

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown value kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Array:
    item: Value | None = None
    min_items: int = 0
    required: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    keys: Mapping[str, Node]
    many: bool = False
    required: bool = False
    normalise: Callable[[str], str] | None = None
    noun: str = "key"
    hint: str = ""  # appended to "must be a table", e.g. "{ lat = ..., lon = ... }"


@dataclass(frozen=True, slots=True)
class Named:
    value: Node
    required: bool = False


@dataclass(frozen=True, slots=True)
class Either:
    as_list: Node
    as_table: Node
    required: bool = False


Node = Value | Array | Table | Named | Either


def label_of(path: PathT) -> str:
    """``("units", 2, "name")`` -> ``units[2].name``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def check(document: Mapping[str, Any], schema: Table, where: str, line: LineOf) -> None:
    """Raise ``SchemaError`` at the first thing in ``document`` that ``schema`` refuses."""
    _Walker(where, line).table(document, schema, ())


@dataclass
class _Walker:
    where: str
    line: LineOf

    def fail(self, path: PathT, what: str, at: PathT | None = None) -> SchemaError:
        line = self.line(path if at is None else at)
        place = f"{self.where}:{line}" if line else self.where
        label = label_of(path)
        return SchemaError(f"{place}: {label}: {what}" if label else f"{place}: {what}")

    def node(self, value: Any, spec: Node, path: PathT) -> None:
        if isinstance(spec, Value):
            self.value(value, spec, path)
        elif isinstance(spec, Array):
            self.array(value, spec, path)
        elif isinstance(spec, Table):
            self.table(value, spec, path)
        elif isinstance(spec, Named):
            if not isinstance(value, dict):
                raise self.fail(path, f"must be a table of named entries ([{_dotted(path)}.NAME])")
            for name, entry in value.items():
                self.node(entry, spec.value, (*path, name))
        else:
            form = spec.as_list if isinstance(value, list) else spec.as_table
            self.node(value, form, path)

    def table(self, value: Any, spec: Table, path: PathT) -> None:
        if spec.many:
            if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
                raise self.fail(path, f"must be a list of [[{_dotted(path)}]] tables")
            for index, entry in enumerate(value):
                self._entries(entry, spec, (*path, index))
            return
        if not isinstance(value, dict):
            hint = f" {spec.hint}" if spec.hint else f" ([{_dotted(path)}])"
            raise self.fail(path, f"must be a table{hint}, not {value!r}")
        self._entries(value, spec, path)

    def _entries(self, entry: dict[str, Any], spec: Table, path: PathT) -> None:
        present: set[str] = set()
        for key, value in entry.items():
            name = spec.normalise(key) if spec.normalise else key
            known = spec.keys.get(name)
            if known is None:
                raise self._unknown(key, value, spec, path)
            present.add(name)
            self.node(value, known, (*path, key))
        for name, known in spec.keys.items():
            if known.required and name not in present:
                if not isinstance(known, Table | Named):
                    raise self.fail((*path, name), "is missing", at=path)
                kind = _shape(known, (*_strings(path), name))
                what = f"missing {kind} table"
                needed = [k for k, v in _table_keys(known).items() if v.required]
                if needed:
                    what += f" (with {', '.join(needed)})"
                raise self.fail(path, what)

    def _unknown(self, key: str, value: Any, spec: Table, path: PathT) -> SchemaError:
        names = list(spec.keys)
        dotted = (*_strings(path), key)
        if isinstance(value, list) and value and all(isinstance(e, dict) for e in value):
            what = f"unknown table [[{'.'.join(dotted)}]]"
        elif isinstance(value, dict):
            what = f"unknown table [{'.'.join(dotted)}]"
        else:
            what = f"unknown {spec.noun} {key!r}"
        probe = spec.normalise(key) if spec.normalise else key
        close = difflib.get_close_matches(probe.lower(), names, n=1, cutoff=0.6)
        if close:
            what += f", did you mean {_shape(spec.keys[close[0]], (*_strings(path), close[0]))}?"
        else:
            known = ", ".join(_shape(spec.keys[n], (*_strings(path), n)) for n in names)
            what += f" (known: {known})"
        return self.fail(path, what, at=(*path, key))

    def array(self, value: Any, spec: Array, path: PathT) -> None:
        if not isinstance(value, list):
            raise self.fail(path, f"must be a list, not {value!r}")
        if len(value) < spec.min_items:
            need = "a non-empty list" if spec.min_items == 1 else f"{spec.min_items} items or more"
            raise self.fail(path, f"must be {need}")
        if spec.item is not None:
            for index, item in enumerate(value):
                # Items are named by the list: "routes: unknown route 'sms'" reads better.
                self.value(item, spec.item, path, at=(*path, index))

    def value(self, value: Any, spec: Value, path: PathT, at: PathT | None = None) -> None:
        if spec.false_means and value is False:
            return
        if not _is_kind(value, spec.kind):
            expected = _KINDS[spec.kind]
            if spec.kind == "number" and spec.unit:
                expected = f"a number of {spec.unit.strip()}"
            if spec.false_means:
                expected += f" or false ({spec.false_means})"
            if spec.kind == "number" and _is_kind(value, "number", finite=False):
                expected = f"a finite {expected.removeprefix('a ')}"
            shown = "the value is not shown" if spec.secret else f"not {value!r}"
            raise self.fail(path, f"must be {expected}, {shown}", at)
        if spec.kind == "str" and not value.strip():
            raise self.fail(path, "must not be empty", at)
        if not _in_range(value, spec):
            raise self.fail(path, f"must be {_range_text(spec)}, not {value!r}", at)
        if spec.choices and value not in spec.choices:
            noun = spec.noun or next((p for p in reversed(path) if isinstance(p, str)), "value")
            what = f"unknown {noun} {value!r}"
            close = difflib.get_close_matches(value, spec.choices, n=1, cutoff=0.6)
            if close:
                what += f", did you mean {close[0]!r}?"
            raise self.fail(path, f"{what} (expected one of {', '.join(spec.choices)})", at)


def _is_kind(value: Any, kind: str, finite: bool = True) -> bool:
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):  # an int subclass: port = true must not pass as port 1
        return False
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int)
    return isinstance(value, int | float) and (not finite or math.isfinite(value))


def _in_range(value: Any, spec: Value) -> bool:
    if spec.low is not None and (value <= spec.low if spec.above else value < spec.low):
        return False
    return spec.high is None or value <= spec.high


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def _range_text(spec: Value) -> str:
    unit = f" {spec.unit}" if spec.unit else ""
    low, high = spec.low, spec.high
    if low is not None and high is not None:
        if spec.above:
            return f"more than {_num(low)} and at most {_num(high)}{unit}"
        return f"from {_num(low)} to {_num(high)}{unit}"
    if low is not None:
        return f"{'more than' if spec.above else 'at least'} {_num(low)}{unit}"
    return f"at most {_num(high or 0)}{unit}"


def _strings(path: PathT) -> tuple[str, ...]:
    return tuple(p for p in path if isinstance(p, str))


def _dotted(path: PathT) -> str:
    return ".".join(_strings(path))


def _shape(spec: Node, dotted: tuple[str, ...]) -> str:
    """How a known name is written in the file: [[units]], [site] or 'name'."""
    name = ".".join(dotted)
    if isinstance(spec, Table) and spec.many:
        return f"[[{name}]]"
    if isinstance(spec, Table | Named):
        return f"[{name}]"
    return repr(dotted[-1])


def _table_keys(spec: Node) -> Mapping[str, Node]:
    return spec.keys if isinstance(spec, Table) else {}
