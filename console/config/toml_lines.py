"""Where each table, key and array item of a TOML text is: line numbers for error messages.

Contract: ``TomlLines(text)`` scans a text that ``tomllib`` has already
accepted and remembers the line of every path it meets: a path is a tuple
of keys and array indices, as the parsed document is walked, e.g.
``("units", 2, "name")`` for ``name`` in the third ``[[units]]`` table,
``("site", "center", "lat")`` inside an inline table, or
``("zones", 0, "polygon", 3)`` for the fourth item of an array. A path is
located at the line where it first appears (a table's header, a key's
``=`` line, an array item's first character). ``line(path)`` answers the
line (1-based) of the path or, when the path itself was never written
(a key that is missing, a default), of its nearest written ancestor, else
None. ``line_of(table, index, key)`` is the same for the older callers that
name a dotted table, an index in an array of tables and a dotted key.

Scanning is best effort: a construct it does not follow only costs the line
numbers after it (the locator never raises), because the document itself
was already parsed by ``tomllib``.
"""

from __future__ import annotations

import json
import re

__all__ = ["Path", "TomlLines"]

Path = tuple[str | int, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SCALAR_END = re.compile(r"[,\]}\n#]")


class TomlLines:
    """Line numbers of the paths of one TOML text (see module doc)."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._arrays: dict[Path, int] = {}  # array of tables -> how many seen so far
        try:
            _Scanner(text, self).run()
        except (IndexError, ValueError):  # a construct not followed: keep what was found
            pass

    def line(self, path: Path) -> int | None:
        """The line of ``path`` or of its nearest ancestor that appears in the text."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return None

    def line_of(self, table: str, index: int | None, key: str | None) -> int | None:
        """``line`` for a dotted ``table``, an index of an array of tables and a dotted key."""
        path: Path = tuple(table.split("."))
        if index is not None:
            path += (index,)
        if key:
            path += tuple(key.split("."))
        return self.line(path)

    def _record(self, path: Path, line: int) -> None:
        for end in range(1, len(path) + 1):
            self._lines.setdefault(path[:end], line)

    def _resolve(self, parts: list[str]) -> Path:
        """A header's dotted key, each array of tables on the way taken at its last item."""
        out: Path = ()
        for part in parts:
            out += (part,)
            count = self._arrays.get(out)
            if count:
                out += (count - 1,)
        return out


class _Scanner:
    def __init__(self, text: str, out: TomlLines) -> None:
        self.s = text
        self.i = 0
        self.line = 1
        self.out = out

    def _advance(self, to: int) -> None:
        self.line += self.s.count("\n", self.i, to)
        self.i = to

    def _skip(self, newlines: bool) -> None:
        """Spaces, tabs and comments; with ``newlines`` also line ends (blank lines)."""
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in " \t" or (newlines and c in "\r\n"):
                self._advance(self.i + 1)
            elif c == "#":
                end = s.find("\n", self.i)
                self._advance(len(s) if end < 0 else end)
            else:
                return

    def run(self) -> None:
        current: Path = ()
        s = self.s
        while True:
            self._skip(newlines=True)
            if self.i >= len(s):
                return
            start = self.i
            line = self.line
            if s.startswith("[[", self.i):
                self._advance(self.i + 2)
                parts = self._key()
                self._expect("]]")
                array = (*self.out._resolve(parts[:-1]), parts[-1])
                index = self.out._arrays.get(array, 0)
                self.out._arrays[array] = index + 1
                current = (*array, index)
                self.out._record(current, line)
            elif s[self.i] == "[":
                self._advance(self.i + 1)
                parts = self._key()
                self._expect("]")
                current = self.out._resolve(parts)
                self.out._record(current, line)
            else:
                path = current + tuple(self._key())
                self._expect("=")
                self.out._record(path, line)
                self._value(path)
            if self.i == start:  # nothing understood: stop rather than loop
                return

    def _expect(self, token: str) -> None:
        self._skip(newlines=False)
        if not self.s.startswith(token, self.i):
            raise ValueError(f"expected {token!r} at line {self.line}")
        self._advance(self.i + len(token))

    def _key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self._skip(newlines=False)
            c = self.s[self.i]
            if c == '"':
                parts.append(self._basic_string())
            elif c == "'":
                end = self.s.index("'", self.i + 1)
                parts.append(self.s[self.i + 1 : end])
                self._advance(end + 1)
            else:
                match = _BARE_KEY.match(self.s, self.i)
                if match is None:
                    raise ValueError(f"no key at line {self.line}")
                parts.append(match.group())
                self._advance(match.end())
            self._skip(newlines=False)
            if self.s.startswith(".", self.i):
                self._advance(self.i + 1)
                continue
            return parts

    def _basic_string(self) -> str:
        s = self.s
        j = self.i + 1
        while s[j] != '"':
            j += 2 if s[j] == "\\" else 1
        raw = s[self.i : j + 1]
        self._advance(j + 1)
        try:
            return str(json.loads(raw))
        except ValueError:  # a TOML-only escape (\e, \U...): close enough for a line number
            return raw[1:-1]

    def _multiline(self, quote: str) -> None:
        s = self.s
        j = self.i + 3
        while not s.startswith(quote * 3, j):
            j += 2 if quote == '"' and s[j] == "\\" else 1
        j += 3
        for _ in range(2):  # a run of 4 or 5 quotes: the content ends with 1 or 2 of them
            if j < len(s) and s[j] == quote:
                j += 1
        self._advance(j)

    def _value(self, path: Path) -> None:
        self._skip(newlines=False)
        s = self.s
        c = s[self.i]
        if s.startswith('"""', self.i):
            self._multiline('"')
        elif s.startswith("'''", self.i):
            self._multiline("'")
        elif c == '"':
            self._basic_string()
        elif c == "'":
            self._advance(s.index("'", self.i + 1) + 1)
        elif c == "[":
            self._advance(self.i + 1)
            index = 0
            while True:
                self._skip(newlines=True)
                if s[self.i] == "]":
                    self._advance(self.i + 1)
                    return
                item = (*path, index)
                self.out._record(item, self.line)
                self._value(item)
                self._skip(newlines=True)
                if s[self.i] == ",":
                    self._advance(self.i + 1)
                index += 1
        elif c == "{":
            self._advance(self.i + 1)
            while True:
                self._skip(newlines=True)
                if s[self.i] == "}":
                    self._advance(self.i + 1)
                    return
                line = self.line
                key = path + tuple(self._key())
                self._expect("=")
                self.out._record(key, line)
                self._value(key)
                self._skip(newlines=True)
                if s[self.i] == ",":
                    self._advance(self.i + 1)
        else:
            match = _SCALAR_END.search(s, self.i)
            self._advance(len(s) if match is None else match.start())
