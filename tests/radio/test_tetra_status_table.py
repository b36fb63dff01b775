"""TETRA status tables: the German BOS table, site overrides, and every refusal with its place."""

from __future__ import annotations

import re

import pytest

from radio.tetra_status_table import (
    StatusTableError,
    builtin_tables,
    load_table,
    table_from_mapping,
    table_from_site,
)

KNOWN = {
    "available",
    "dispatched",
    "en route",
    "on scene",
    "transporting",
    "at hospital",
    "available on radio",
    "out of service",
}


def test_german_bos_table() -> None:
    assert "de-bos" in builtin_tables()
    table = load_table("de-bos", KNOWN)
    expected = {
        1: "available on radio",
        2: "available",
        3: "en route",
        4: "on scene",
        6: "out of service",
        7: "transporting",
        8: "at hospital",
    }
    for digit, status in expected.items():
        entry = table.lookup(0x8002 + digit)
        assert entry is not None and entry.code == str(digit) and entry.unit_status == status
    for digit in (0, 5):
        entry = table.lookup(0x8002 + digit)
        assert entry is not None and entry.alert and entry.unit_status is None
    assert table.lookup(0x8002).urgent is True  # type: ignore[union-attr]
    assert table.lookup(0x800B) is None
    assert "status code 32779 (0x800B) missing" in table.missing(0x800B)


def test_site_section_picks_a_table_and_overrides_entries() -> None:
    assert table_from_site(None) is None and table_from_site({}) is None
    section = {
        "table": "de-bos",
        "status": [
            {"value": 32779, "code": "9", "label": "handover", "unit_status": "available"},
            {"value": 32775, "code": "5", "alert": "call me"},
        ],
    }
    table = table_from_site(section, KNOWN)
    assert table is not None
    assert table.lookup(32779).unit_status == "available"  # type: ignore[union-attr]
    assert table.lookup(32775).alert == "call me"  # type: ignore[union-attr]
    assert table.lookup(32773).unit_status == "en route"  # type: ignore[union-attr]
    own = table_from_site({"status": [{"value": 1, "unit_status": "on scene"}]})
    assert own is not None and own.lookup(1).label == "on scene"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"table": "xx"}, "unknown status table 'xx'; built-in tables: de-bos"),
        ({"tabel": "de-bos"}, "tetra_status: unknown key 'tabel'"),
        ({"status": [{"value": 70000, "alert": "x"}]}, "status[0].value: must be an integer"),
        ({"status": [{"value": 1}]}, "status[0]: give exactly one of unit_status and alert"),
        ({"status": [{"value": 1, "alert": "a", "unit_status": "en route"}]}, "exactly one"),
        ({"status": [{"value": 1, "unit_status": "flying"}]}, "unknown status 'flying'"),
        ({"status": [{"value": 1, "alert": "a", "colour": 1}]}, "unknown key 'colour'"),
        ({"status": [{"value": 1, "alert": "a"}, {"value": 1, "alert": "b"}]}, "listed twice"),
        ({"status": {"value": 1}}, "must be an array"),
        ({"status": [{"value": 1, "alert": "a", "urgent": "yes"}]}, "urgent: must be true"),
    ],
)
def test_refusals_name_the_place(section: dict[str, object], message: str) -> None:
    with pytest.raises(StatusTableError, match=re.escape(message)):
        table_from_site(section, KNOWN)


def test_table_file_needs_a_name() -> None:
    with pytest.raises(StatusTableError, match=r"\[table\].name"):
        table_from_mapping({"status": []}, "x.toml")
