"""Line numbers of TOML paths: headers, dotted and quoted keys, arrays, inline tables."""

from __future__ import annotations

import tomllib

from console.config.toml_lines import TomlLines

TEXT = """\
# a comment [[not]]
top = 1
[site]
name = "x"  # [site.not]
center = { lat = 1.0, "lon" = 2.0 }
[[links]]
name = "a"
[[links]]
name = '''multi
[[links]]
line'''
[dispatch.overdue]
"on scene" = 5
en_route.sub = 1
[[ali.p.fields]]
line = 1
[[ali.p.fields]]
line = 2
[ali.p.fields.extra]
k = [
  1,
  { a = 1 },
]
"""


def test_every_kind_of_path_has_its_line() -> None:
    doc = tomllib.loads(TEXT)
    assert len(doc["links"]) == 2
    lines = TomlLines(TEXT)
    assert lines.line(("top",)) == 2
    assert lines.line(("site",)) == 3
    assert lines.line(("site", "center", "lon")) == 5
    assert lines.line(("links", 1, "name")) == 9
    assert lines.line(("dispatch",)) == 12
    assert lines.line(("dispatch", "overdue", "on scene")) == 13
    assert lines.line(("dispatch", "overdue", "en_route", "sub")) == 14
    assert lines.line(("ali", "p", "fields", 1, "line")) == 18
    assert lines.line(("ali", "p", "fields", 1, "extra", "k", 1, "a")) == 22


def test_a_path_never_written_takes_its_nearest_ancestor() -> None:
    lines = TomlLines(TEXT)
    assert lines.line(("links", 1, "port")) == 8
    assert lines.line(("site", "center", "alt")) == 5
    assert lines.line(("nowhere", "at", "all")) is None
    assert lines.line_of("dispatch.overdue", None, "on scene") == 13
    assert lines.line_of("links", 0, None) == 6


def test_text_it_cannot_follow_costs_lines_not_an_error() -> None:
    assert TomlLines("[unclosed\nx = ").line(("x",)) is None
