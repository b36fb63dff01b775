"""LinkStatusModel columns, state colours and in-place updates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt

from widgets.link_status import STATE_COLOURS, LinkColumn, LinkStatusDock
from widgets.views import LinkView

GPS = LinkView(
    name="avl-udp",
    endpoint="udp 127.0.0.1:10110",
    protocol="nmea",
    state="up",
    bytes_in=2048,
    frames=31,
    errors=0,
    last_error=None,
    last_frame_age_s=2.4,
)
ALI = LinkView(
    name="ali-serial",
    endpoint="serial /dev/ttyUSB0 9600",
    protocol="ali",
    state="down",
    bytes_in=0,
    frames=0,
    errors=3,
    last_error="could not open port /dev/ttyUSB0: [Errno 2] No such file or directory\nretrying",
    last_frame_age_s=None,
)
RADAR = LinkView(
    name="radar",
    endpoint="tcp 127.0.0.1:8600",
    protocol="asterix",
    state="connecting",
    bytes_in=5_000_000,
    frames=1200,
    errors=1,
    last_error="timeout",
    last_frame_age_s=190.0,
)


@pytest.fixture
def dock(qtbot) -> LinkStatusDock:
    dock = LinkStatusDock()
    qtbot.addWidget(dock)
    dock.set_links([GPS, ALI, RADAR])
    return dock


def _text(dock: LinkStatusDock, row: int, column: LinkColumn) -> str:
    return dock.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_columns_hold_the_right_data(dock: LinkStatusDock) -> None:
    model = dock.model()
    assert model.rowCount() == 3
    assert model.columnCount() == 10
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Link",
        "Endpoint",
        "Protocol",
        "State",
        "Bytes",
        "Frames",
        "Errors",
        "Last frame",
        "Notes",
        "Last error",
    ]
    assert _text(dock, 0, LinkColumn.NAME) == "avl-udp"
    assert _text(dock, 0, LinkColumn.ENDPOINT) == "udp 127.0.0.1:10110"
    assert _text(dock, 0, LinkColumn.PROTOCOL) == "nmea"
    assert _text(dock, 0, LinkColumn.STATE) == "up"
    assert _text(dock, 0, LinkColumn.BYTES) == QLocale().formattedDataSize(2048)
    assert _text(dock, 0, LinkColumn.FRAMES) == "31"
    assert _text(dock, 0, LinkColumn.ERRORS) == "0"
    assert _text(dock, 0, LinkColumn.AGE) == "2 s"
    assert _text(dock, 1, LinkColumn.AGE) == "never"
    assert _text(dock, 2, LinkColumn.AGE) == "3 min"
    # First line in the cell, the whole error in the tooltip.
    assert _text(dock, 1, LinkColumn.LAST_ERROR).startswith("could not open port")
    assert "retrying" not in _text(dock, 1, LinkColumn.LAST_ERROR)
    tooltip = model.index(1, LinkColumn.LAST_ERROR).data(Qt.ItemDataRole.ToolTipRole)
    assert "retrying" in tooltip and "No such file" in tooltip


def test_state_colours(dock: LinkStatusDock) -> None:
    model = dock.model()
    stopped = replace(GPS, name="old", state="stopped")
    dock.set_links([GPS, ALI, RADAR, stopped])
    expected = {0: "#2e9d48", 1: "#d8322f", 2: "#e0a000", 3: "#8a8f94"}
    for row, colour in expected.items():
        index = model.index(row, LinkColumn.STATE)
        assert index.data(Qt.ItemDataRole.DecorationRole).name() == colour
        tint = index.data(Qt.ItemDataRole.BackgroundRole)
        assert tint.name() == colour and 0 < tint.alpha() < 255
    assert STATE_COLOURS["up"].green() > STATE_COLOURS["up"].red()
    assert STATE_COLOURS["down"].red() > STATE_COLOURS["down"].green()
    # Only the state cell is tinted.
    assert model.index(0, LinkColumn.NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    # Errors are called out.
    assert model.index(1, LinkColumn.ERRORS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, LinkColumn.ERRORS).data(Qt.ItemDataRole.ForegroundRole) is None


def test_update_in_place_keeps_selection_and_emits_data_changed(qtbot, dock) -> None:
    model = dock.model()
    view = dock.view()
    view.selectionModel().select(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    newer = replace(RADAR, state="up", frames=1300, last_frame_age_s=0.5)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        dock.set_links([GPS, ALI, newer])
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert top_left.row() == 2 and bottom_right.row() == 2
    assert resets == []
    assert _text(dock, 2, LinkColumn.STATE) == "up"
    assert _text(dock, 2, LinkColumn.FRAMES) == QLocale().toString(1300)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]


def test_links_added_and_removed(qtbot, dock) -> None:
    model = dock.model()
    extra = replace(GPS, name="http-aml", endpoint="http 127.0.0.1:8080", protocol="aml")
    with qtbot.waitSignal(model.rowsRemoved):
        dock.set_links([GPS, RADAR, extra])
    assert [model.link(r).name for r in range(model.rowCount())] == [
        "avl-udp",
        "radar",
        "http-aml",
    ]
    assert model.row_of("radar") == 1
    assert model.row_of("ali-serial") is None
    dock.set_links([])
    assert model.rowCount() == 0


def test_right_to_left_isolates_names_and_errors(qtbot) -> None:
    """In a Hebrew or Arabic console the link's name, endpoint and protocol read left to
    right inside the mirrored table and its last error keeps its own direction."""
    from widgets.bidi import FSI, LRI, PDI, set_right_to_left

    dock = LinkStatusDock()
    qtbot.addWidget(dock)
    model = dock.model()
    failing = replace(GPS, state="down", last_error="connection refused\nretrying in 5 s")
    set_right_to_left(True)
    try:
        model.set_links([failing])
        shown = {c: model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in LinkColumn}
        assert shown[LinkColumn.NAME] == f"{LRI}{GPS.name}{PDI}"
        assert shown[LinkColumn.ENDPOINT] == f"{LRI}{GPS.endpoint}{PDI}"
        assert shown[LinkColumn.PROTOCOL] == f"{LRI}{GPS.protocol}{PDI}"
        assert shown[LinkColumn.LAST_ERROR] == f"{FSI}connection refused{PDI}"
        tip = model.index(0, LinkColumn.STATE).data(Qt.ItemDataRole.ToolTipRole)
        assert f"{FSI}connection refused\nretrying in 5 s{PDI}" in tip
    finally:
        set_right_to_left(False)
    assert model.index(0, LinkColumn.NAME).data(Qt.ItemDataRole.DisplayRole) == GPS.name
