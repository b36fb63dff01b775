"""Interval samples column by column: the form period figures are computed from and cached in.

Contract: ``SampleColumns`` holds ``models.stats.tracker.Sample`` values as
columns: ``start`` and ``value`` (float64; ``value`` NaN where the sample is
excluded, i.e. ``Sample.value`` None; ``math.inf`` where it never ended),
the low-cardinality fields ``CODED`` (key, excluded, unit, type, priority,
operator) as integer ``codes`` into shared ``names`` tables (each name the
exact Python value: a str, an int or None), and ``call_id`` /
``incident_id`` as plain lists. ``from_samples(samples)`` builds them (names
in order of first appearance); ``take(indices)`` selects rows (same names);
``concat(parts)`` joins parts sharing the same names tables; ``recoded(names)``
codes the rows into other names tables (extending them);
``by_day()`` partitions rows by UTC day of ``start`` (epoch day number ->
row indices, each day's rows in their original order, so a tie between
samples is broken the same way whether a period's samples come whole or
day by day); ``sample(i)`` rebuilds one ``Sample``. ``to_blob()`` /
``from_blob(blob, names)`` encode the rows (not the names tables) as bytes:
numbers as little-endian arrays, ids as a JSON array; ``from_blob`` raises
``ValueError`` on anything malformed. Qt-free, SQL-free.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from models.stats.tracker import Sample

DAY_S = 86_400.0
# Sample fields held as codes into names tables, with their index in Sample.
CODED = ("key", "excluded", "unit", "type", "priority", "operator")
_CODED_AT = tuple(Sample._fields.index(f) for f in CODED)
_START, _VALUE = Sample._fields.index("start"), Sample._fields.index("value")
_CALL, _INCIDENT = Sample._fields.index("call_id"), Sample._fields.index("incident_id")
_HEADER = struct.Struct("<4sI")
_MAGIC = b"SCv1"


def factor(labels: Sequence[Any]) -> tuple[list[Any], np.ndarray]:
    """(distinct labels in order of first appearance, each label's index into them)."""
    index = {lab: i for i, lab in enumerate(dict.fromkeys(labels))}
    codes = np.fromiter(map(index.__getitem__, labels), dtype=np.intp, count=len(labels))
    return list(index), codes


@dataclass
class SampleColumns:
    start: np.ndarray
    value: np.ndarray
    codes: dict[str, np.ndarray]
    names: dict[str, list[Any]]
    call_id: list[str | None]
    incident_id: list[str | None]

    def __len__(self) -> int:
        return int(self.start.size)

    @classmethod
    def empty(cls, names: dict[str, list[Any]] | None = None) -> SampleColumns:
        return cls(
            np.empty(0), np.empty(0), {f: np.empty(0, dtype=np.intp) for f in CODED},
            names if names is not None else {f: [] for f in CODED}, [], [],
        )  # fmt: skip

    @classmethod
    def from_samples(cls, samples: Iterable[Sample]) -> SampleColumns:
        cols = list(zip(*samples, strict=True))
        if not cols:
            return cls.empty()
        n = len(cols[0])
        codes, names = {}, {}
        for name, at in zip(CODED, _CODED_AT, strict=True):
            names[name], codes[name] = factor(cols[at])
        return cls(
            start=np.fromiter(cols[_START], dtype=float, count=n),
            value=np.array(cols[_VALUE], dtype=float),  # None -> NaN
            codes=codes,
            names=names,
            call_id=list(cols[_CALL]),
            incident_id=list(cols[_INCIDENT]),
        )

    def recoded(self, names: dict[str, list[Any]]) -> SampleColumns:
        """The same rows with codes into ``names``, whose tables gain (at their end) the labels
        they lack: ``names`` is changed in place, so rows already coded into it stay valid."""
        codes = {}
        for f in CODED:
            table = names[f]
            index = {label: i for i, label in enumerate(table)}
            mapping = np.empty(len(self.names[f]), dtype=np.intp)
            for i, label in enumerate(self.names[f]):
                if label not in index:
                    index[label] = len(table)
                    table.append(label)
                mapping[i] = index[label]
            codes[f] = mapping[self.codes[f]] if mapping.size else self.codes[f]
        return SampleColumns(self.start, self.value, codes, names, self.call_id, self.incident_id)

    def take(self, rows: np.ndarray) -> SampleColumns:
        picked = rows.tolist()
        call, incident = self.call_id, self.incident_id
        return SampleColumns(
            self.start[rows], self.value[rows], {f: c[rows] for f, c in self.codes.items()},
            self.names, [call[i] for i in picked], [incident[i] for i in picked],
        )  # fmt: skip

    @staticmethod
    def concat(parts: Sequence[SampleColumns], names: dict[str, list[Any]]) -> SampleColumns:
        """Rows of ``parts`` one after the other; every part's codes index ``names``."""
        if not parts:
            return SampleColumns.empty(names)
        if len(parts) == 1:
            return parts[0]
        call: list[str | None] = []
        incident: list[str | None] = []
        for p in parts:
            call += p.call_id
            incident += p.incident_id
        return SampleColumns(
            np.concatenate([p.start for p in parts]),
            np.concatenate([p.value for p in parts]),
            {f: np.concatenate([p.codes[f] for p in parts]) for f in CODED},
            names, call, incident,
        )  # fmt: skip

    def by_day(self) -> dict[int, np.ndarray]:
        """UTC day number (epoch day) -> the indices of the rows starting that day, in order."""
        if not len(self):
            return {}
        days = np.floor_divide(self.start, DAY_S).astype(np.int64)
        order = np.argsort(days, kind="stable")
        ordered = days[order]
        uniq, first = np.unique(ordered, return_index=True)
        bounds = [*first.tolist(), ordered.size]
        return {int(d): order[bounds[i] : bounds[i + 1]] for i, d in enumerate(uniq.tolist())}

    def sample(self, i: int) -> Sample:
        n = self.names
        c = {f: n[f][int(self.codes[f][i])] for f in CODED}
        value = float(self.value[i])
        return Sample(
            c["key"], float(self.start[i]), None if math.isnan(value) else value, c["excluded"],
            self.call_id[i], self.incident_id[i], c["unit"], c["type"], c["priority"],
            c["operator"],
        )  # fmt: skip

    # -- bytes ---------------------------------------------------------------

    def to_blob(self) -> bytes:
        n = len(self)
        parts = [_HEADER.pack(_MAGIC, n), self.start.astype("<f8").tobytes(),
                 self.value.astype("<f8").tobytes()]  # fmt: skip
        parts += [self.codes[f].astype("<i4").tobytes() for f in CODED]
        ids = json.dumps([self.call_id, self.incident_id], ensure_ascii=False)
        parts.append(ids.encode("utf-8"))
        return b"".join(parts)

    @classmethod
    def from_blob(cls, blob: bytes, names: dict[str, list[Any]]) -> SampleColumns:
        try:
            magic, n = _HEADER.unpack_from(blob, 0)
            if magic != _MAGIC:
                raise ValueError("not a samples blob")
            at = _HEADER.size
            start = np.frombuffer(blob, dtype="<f8", count=n, offset=at).astype(float)
            value = np.frombuffer(blob, dtype="<f8", count=n, offset=at + 8 * n).astype(float)
            at += 16 * n
            codes = {}
            for f in CODED:
                code = np.frombuffer(blob, dtype="<i4", count=n, offset=at).astype(np.intp)
                if n and (int(code.min()) < 0 or int(code.max()) >= len(names[f])):
                    raise ValueError(f"a {f} code outside its names table")
                codes[f] = code
                at += 4 * n
            call, incident = json.loads(blob[at:].decode("utf-8"))
        except (struct.error, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ValueError(f"malformed samples blob: {exc}") from None
        if not (isinstance(call, list) and isinstance(incident, list)) or not (
            len(call) == len(incident) == n
        ):
            raise ValueError("malformed samples blob: ids do not match the rows")
        return cls(start, value, codes, names, call, incident)
