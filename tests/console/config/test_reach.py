"""The optional [reach] and [tetra_status] tables: defaults, what they name, every
mistake refused with the entry and field; every site without them reaches nobody."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from console.config.reach import (
    DEFAULT_CREW_LIMIT_S,
    DEFAULT_LINK_LIMIT_S,
    REACH_SCHEMA,
    TETRA_STATUS_SCHEMA,
    ReachError,
    load_reach,
    reach_from_mapping,
)
from console.config.schema import SchemaError, check
from console.config.site import DEFAULT_SITE_DIR, load_site

LINKS = [
    {"name": "pager", "kind": "espa", "url": "/dev/ttyUSB1", "charset": "iso646-de"},
    {"name": "radio", "kind": "tetra", "url": "socket://gw:4000"},
]
PATHS = [
    {"unit": "HE11", "link": "pager", "address": "1011"},
    {"unit": "HE11", "link": "radio", "address": "2011"},
    {"station": "HE-PE-1", "link": "pager", "address": "9001"},
]


def test_a_site_without_reach_reaches_nobody() -> None:
    config = reach_from_mapping(None)
    assert config.links == () and config.paths == () and config.status_table is None
    assert (config.link_limit_s, config.crew_limit_s) == (30.0, 60.0)
    assert (DEFAULT_LINK_LIMIT_S, DEFAULT_CREW_LIMIT_S) == (30.0, 60.0)
    site = load_site(DEFAULT_SITE_DIR)
    assert load_reach(site).links == ()


def test_links_paths_defaults_and_the_status_table() -> None:
    config = reach_from_mapping(
        {"links": LINKS, "paths": PATHS, "crew_limit_s": 90},
        units=["HE11"],
        stations=["HE-PE-1"],
    )
    pager, radio = config.links
    assert (pager.baudrate, pager.text.charset, pager.two_way) == (9600, "iso646-de", False)
    assert (radio.baudrate, radio.text.charset, radio.two_way) == (38400, "auto", True)
    assert (config.link_limit_s, config.crew_limit_s) == (30.0, 90.0)
    assert [(p.link, p.address) for p in config.paths_for("HE11", "HE-PE-1")] == [
        ("pager", "1011"),
        ("radio", "2011"),
        ("pager", "9001"),
    ]
    assert config.unit_at("radio", "2011") == "HE11" and config.unit_at("radio", "1") is None
    assert config.status_table is not None and config.status_table.name == "de-bos"
    assert config.status_table.lookup(32773).unit_status == "en route"


def test_a_site_status_table_overrides_the_default() -> None:
    section = {
        "table": "de-bos",
        "status": [{"value": 32779, "code": "9", "unit_status": "available"}],
    }
    config = reach_from_mapping({"links": LINKS}, section)
    assert config.status_table.lookup(32779).code == "9"
    assert config.status_table.lookup(32773) is not None


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"links": [{"name": "x", "kind": "pocsag", "url": "u"}]}, "links[0].kind: must be"),
        ({"links": [{"name": "x", "kind": "espa"}]}, "links[0].url: missing"),
        ({"links": [LINKS[0], LINKS[0]]}, "links[1].name: 'pager' is named twice"),
        ({"links": [{**LINKS[0], "charset": "klingon"}]}, "links[0]: unknown charset"),
        ({"links": [{**LINKS[1], "far_address": "2"}]}, "only an espa link takes this key"),
        ({"links": LINKS, "paths": [{"link": "pager", "address": "1"}]}, "exactly one of"),
        (
            {"links": LINKS, "paths": [{"unit": "HE11", "link": "radio2", "address": "1"}]},
            "paths[0].link: unknown link 'radio2' (links: pager, radio)",
        ),
        (
            {"links": LINKS, "paths": [{"unit": "XX", "link": "radio", "address": "1"}]},
            "paths[0].unit: unknown unit 'XX'",
        ),
        (
            {"links": LINKS, "paths": [{"unit": "HE11", "link": "radio", "address": "A1"}]},
            "an ISSI is digits",
        ),
        ({"link_limit_s": 0}, "reach.link_limit_s: must be from 1 to 3600"),
    ],
)
def test_mistakes_are_refused_naming_the_entry(section: dict[str, Any], message: str) -> None:
    with pytest.raises(ReachError) as caught:
        reach_from_mapping(section, units=["HE11"], stations=["HE-PE-1"])
    assert message in str(caught.value)


def test_a_status_table_mistake_is_refused() -> None:
    with pytest.raises(ReachError, match=r"tetra_status: .*unknown status table 'xx'"):
        reach_from_mapping({"links": LINKS}, {"table": "xx"})


def test_the_schemas_take_a_written_table_and_refuse_a_typo() -> None:
    text = """
[reach]
link_limit_s = 20
[[reach.links]]
name = "pager"
kind = "espa"
url = "/dev/ttyUSB1"
far_address = "2"
[[reach.paths]]
station = "HE-PE-1"
link = "pager"
address = "9001"
[tetra_status]
table = "de-bos"
[[tetra_status.status]]
value = 32779
unit_status = "available"
"""
    doc = tomllib.loads(text)
    check(doc["reach"], REACH_SCHEMA, "site.toml", lambda *_: None)
    check(doc["tetra_status"], TETRA_STATUS_SCHEMA, "site.toml", lambda *_: None)
    with pytest.raises(SchemaError, match="link_limt_s"):
        check({"link_limt_s": 3}, REACH_SCHEMA, "site.toml", lambda *_: None)


def test_load_reach_reads_the_site_file_and_names_it(tmp_path: Path) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    folder = tmp_path / "site"
    folder.mkdir()
    text = (DEFAULT_SITE_DIR / "site.toml").read_text(encoding="utf-8")
    bad = text + '\n[reach]\n[[reach.links]]\nname = "p"\nkind = "espa"\n'
    (folder / "site.toml").write_text(bad, encoding="utf-8")

    class Moved:
        path = folder
        units = site.units
        stations = site.stations

    with pytest.raises(ReachError, match=r"site\.toml: reach\.links\[0\]\.url: missing"):
        load_reach(Moved())


def test_line_settings_default_to_espa_7e2_and_tetra_8n1_and_can_be_set() -> None:
    from console.config.reach import ReachError, reach_from_mapping

    config = reach_from_mapping(
        {
            "links": [
                {"name": "pager", "kind": "espa", "url": "/dev/ttyS0"},
                {"name": "radio", "kind": "tetra", "url": "/dev/ttyS1"},
                {"name": "old", "kind": "espa", "url": "/dev/ttyS2", "stopbits": 1, "parity": "e"},
            ]
        }
    )
    assert [link.line for link in config.links] == ["7E2", "8N1", "7E1"]
    import pytest

    with pytest.raises(ReachError, match=r"reach.links\[0\].stopbits: must be 1, 1.5 or 2"):
        reach_from_mapping({"links": [{"name": "p", "kind": "espa", "url": "x", "stopbits": 3}]})
    with pytest.raises(ReachError, match="parity: must be one of"):
        reach_from_mapping({"links": [{"name": "p", "kind": "espa", "url": "x", "parity": "X"}]})


def test_an_espa_runner_opens_its_port_7e2(tmp_path: object) -> None:
    from console.config.reach import reach_from_mapping
    from console.services.reach_link import ReachLinkRunner

    link = reach_from_mapping({"links": [{"name": "p", "kind": "espa", "url": "loop://"}]}).links[0]
    runner = ReachLinkRunner(link, lambda name, events: None)
    assert runner.serial.port_options == {"bytesize": 7, "parity": "E", "stopbits": 2}


def test_a_radio_link_speaks_only_for_the_units_in_its_own_table() -> None:
    """The link principal: a status is applied only for a unit the arriving link's own
    paths name (``unit_at`` is per link); the same ISSI on another link is nobody."""
    from console.config.reach import reach_from_mapping

    config = reach_from_mapping(
        {
            "links": [
                {"name": "north", "kind": "tetra", "url": "/dev/ttyS1"},
                {"name": "south", "kind": "tetra", "url": "/dev/ttyS2"},
            ],
            "paths": [
                {"unit": "HE11", "link": "north", "address": "2011"},
                {"station": "HE-PE-1", "link": "south", "address": "2011"},
            ],
        }
    )
    assert config.unit_at("north", "2011") == "HE11"
    assert config.unit_at("south", "2011") is None  # a station's address speaks for no unit
