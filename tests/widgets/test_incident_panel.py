"""Incident panel: header, units, narrative, note entry, Recommend, Close dialog, copy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from widgets import dialogs
from widgets.dialogs import DISPOSITIONS, CloseIncidentDialog
from widgets.incident_panel import ALARM_COLOUR, IncidentPanelDock
from widgets.place_views import IncidentPlaceView, PlacedIncidentView, PlaceNameView
from widgets.views import IncidentView, NoteView, UnitView

NOW = datetime(2026, 3, 1, 2, 0, 0, tzinfo=UTC)
HELSINKI = ZoneInfo("Europe/Helsinki")  # UTC+2 in March


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


INCIDENT = IncidentView(
    incident_id="2026-000123",
    type_code="structure-fire",
    type_name="Structure fire",
    discipline="fire",
    priority=1,
    lat=60.169857,
    lon=24.938379,
    location="Mannerheimintie 5",
    created=NOW - timedelta(seconds=252),
    status="open",
    units=("E11", "M31"),
)
OTHER = IncidentView(
    incident_id="2026-000124",
    type_code="vehicle-fire",
    type_name="Vehicle fire",
    discipline="fire",
    priority=2,
    lat=60.2,
    lon=24.9,
    location=None,
    created=NOW,
    status="open",
)
NOTES = [
    NoteView("2026-000123", NOW - timedelta(seconds=60), "anna", "smoke from 2nd floor"),
    NoteView("2026-000123", NOW - timedelta(seconds=200), "ben", "caller is outside"),
]
UNITS = [
    UnitView(
        "E11", "engine", "fire", "st1", "en route", 60.1, 24.9, NOW,
        status_since=NOW - timedelta(seconds=75), incident_id="2026-000123",
    ),
    UnitView(
        "M31", "ALS ambulance", "medical", "st3", "dispatched", None, None, None,
        status_since=NOW - timedelta(seconds=5), incident_id="2026-000123",
        overdue="dispatched 12 min (limit 2 min)",
    ),
]  # fmt: skip


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(qtbot: Any, clock: FakeClock) -> IncidentPanelDock:
    panel = IncidentPanelDock(clock=clock, timezone=HELSINKI)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_incident(INCIDENT, NOTES, UNITS)
    return panel


def _units(panel: IncidentPanelDock) -> list[list[str]]:
    table = panel.units_table()
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_header_units_and_narrative(panel: IncidentPanelDock) -> None:
    assert panel.header_texts() == {
        "title": "2026-000123 · Structure fire",
        "priority": "P1",
        "location": "Mannerheimintie 5",
        "place": "",  # a view without places says nothing about them
        "coordinates": "60.169857, 24.938379",
        "created": "Created 03:55:48 · open 4:12",
    }
    assert _units(panel) == [
        ["E11", "en route", "1:15", "", "", ""],
        ["M31", "dispatched", "0:05", "", "", ""],
    ]
    assert panel.units_table().item(1, 0).toolTip() == "dispatched 12 min (limit 2 min)"
    assert panel.units_table().item(1, 0).font().bold()
    # Local time, operator, oldest first (newest last).
    assert panel.narrative_text() == (
        "03:56:40  ben: caller is outside\n03:59:00  anna: smoke from 2nd floor"
    )


def test_ages_tick(panel: IncidentPanelDock, clock: FakeClock) -> None:
    assert panel.tick_timer().interval() == 1000
    clock.now = NOW + timedelta(seconds=10)
    panel.tick_timer().timeout.emit()
    assert panel.header_texts()["created"] == "Created 03:55:48 · open 4:22"
    assert _units(panel)[0] == ["E11", "en route", "1:25", "", "", ""]


def test_empty_panel_is_disabled(qtbot: Any, panel: IncidentPanelDock) -> None:
    panel.show_incident(None, [], [])
    assert panel.title_text() == "No incident selected"
    assert panel.narrative_text() == ""
    assert panel.units_table().rowCount() == 0
    for widget in (panel.note_edit(), panel.recommend_button(), panel.close_button()):
        assert not widget.isEnabled()


def test_note_entry_emits_and_clears(qtbot: Any, panel: IncidentPanelDock) -> None:
    edit = panel.note_edit()
    qtbot.keyClicks(edit, "  ladder needed ")
    with qtbot.waitSignal(panel.sigAddNote) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert blocker.args == ["2026-000123", "ladder needed"]
    assert edit.text() == ""
    emitted: list[object] = []
    panel.sigAddNote.connect(lambda *args: emitted.append(args))
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # nothing typed: nothing sent
    assert emitted == []


def test_refresh_keeps_the_draft_and_drafts_follow_incidents(
    qtbot: Any, panel: IncidentPanelDock
) -> None:
    edit = panel.note_edit()
    qtbot.keyClicks(edit, "half typed")
    newer = [*NOTES, NoteView("2026-000123", NOW, "carl", "E11 arriving")]
    panel.show_incident(INCIDENT, newer, UNITS)
    assert edit.text() == "half typed"
    assert panel.narrative_text().endswith("04:00:00  carl: E11 arriving")
    panel.show_incident(OTHER, [], [])
    assert edit.text() == ""
    assert panel.header_texts()["location"] == "(no address)"
    panel.show_incident(INCIDENT, newer, UNITS)
    assert edit.text() == "half typed"


def test_recommend_button(qtbot: Any, panel: IncidentPanelDock) -> None:
    with qtbot.waitSignal(panel.sigRecommend) as blocker:
        qtbot.mouseClick(panel.recommend_button(), Qt.MouseButton.LeftButton)
    assert blocker.args == ["2026-000123"]


def test_close_dialog_answered_emits_disposition(qtbot: Any, panel: IncidentPanelDock) -> None:
    qtbot.mouseClick(panel.close_button(), Qt.MouseButton.LeftButton)
    dialog = dialogs.current_dialog()
    assert isinstance(dialog, CloseIncidentDialog)
    assert dialog.incident_id() == "2026-000123"
    # Clicking again raises the same dialog rather than a second one.
    qtbot.mouseClick(panel.close_button(), Qt.MouseButton.LeftButton)
    assert dialogs.open_dialogs() == [dialog]
    dialog.choose("Transported", "to  Meilahti ")
    with qtbot.waitSignal(panel.sigClose) as blocker:
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert blocker.args == ["2026-000123", "Transported: to Meilahti"]
    qtbot.waitUntil(lambda: dialogs.current_dialog() is None)


def test_close_dialog_other_needs_text_and_cancel_sends_nothing(
    qtbot: Any, panel: IncidentPanelDock
) -> None:
    emitted: list[object] = []
    panel.sigClose.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(panel.close_button(), Qt.MouseButton.LeftButton)
    dialog = dialogs.current_dialog()
    assert isinstance(dialog, CloseIncidentDialog)
    assert dialog.disposition() == DISPOSITIONS[0]
    dialog.choose("Other")
    assert not dialog.ok_button().isEnabled()
    dialog.choose("Other", "duplicate of 2026-000120")
    assert dialog.ok_button().isEnabled()
    assert dialog.disposition() == "duplicate of 2026-000120"
    dialog.reject()
    qtbot.waitUntil(lambda: dialogs.current_dialog() is None)
    assert emitted == []


def test_copy_coordinates(qtbot: Any, panel: IncidentPanelDock) -> None:
    with qtbot.waitSignal(panel.sigCoordinatesCopied) as blocker:
        qtbot.mouseClick(panel.copy_button(), Qt.MouseButton.LeftButton)
    assert blocker.args == ["60.169857, 24.938379"]
    assert QGuiApplication.clipboard().text() == "60.169857, 24.938379"


def _placed(place: IncidentPlaceView) -> PlacedIncidentView:
    fields = {f: getattr(INCIDENT, f) for f in INCIDENT.__dataclass_fields__}
    return PlacedIncidentView(**fields, place=place)


def test_dispatched_units_show_their_timers_and_eta(panel: IncidentPanelDock, clock: Any) -> None:
    assigned = {
        "E11": (NOW - timedelta(seconds=90), 300.0),
        "M31": (NOW - timedelta(seconds=5), 60.0),
    }
    panel.show_incident(INCIDENT, NOTES, UNITS, assigned=assigned)
    assert _units(panel) == [
        ["E11", "en route", "1:15", "1:30", "3:30", ""],
        ["M31", "dispatched", "0:05", "0:05", "0:55", ""],
    ]
    clock.now = NOW + timedelta(seconds=60)
    panel.tick_timer().timeout.emit()
    assert _units(panel)[1][3:5] == ["1:05", "due"]


def test_each_unit_shows_where_it_stands_in_its_notification_chain(
    panel: IncidentPanelDock,
) -> None:
    reach = {
        "E11": ("radio 2011: link acknowledged — NO CREW ACKNOWLEDGEMENT", True),
        "M31": ("radio 2031: read", False),
    }
    panel.show_incident(INCIDENT, NOTES, UNITS, reach=reach)
    assert [row[5] for row in _units(panel)] == [reach["E11"][0], reach["M31"][0]]
    table = panel.units_table()
    assert table.horizontalHeaderItem(5).text() == "Reached"
    alarmed = table.item(0, 5)
    assert alarmed.font().bold()
    assert alarmed.background().color().name() == ALARM_COLOUR
    assert table.item(1, 5).background().style() == Qt.BrushStyle.NoBrush
    panel.show_incident(
        INCIDENT, NOTES, UNITS, reach={"E11": ("pager 1011: reached by voice", False)}
    )
    assert not table.item(0, 5).font().bold()
    assert table.item(0, 5).background().style() == Qt.BrushStyle.NoBrush
    assert [row[5] for row in _units(panel)] == ["pager 1011: reached by voice", ""]


def test_verified_place_and_typed_text(panel: IncidentPanelDock) -> None:
    verified = IncidentPlaceView(
        typed="mannerheimintie 5",
        place=PlaceNameView("Mannerheimintie 5", "address", 0.0, "exact", 1.0, "Kamppi", "b1"),
        reverse=PlaceNameView("Mannerheimintie 5", "reverse", 3.0, build_id="b1"),
        verified=True,
    )
    panel.show_incident(_placed(verified), [], [])
    texts = panel.header_texts()
    assert texts["location"] == "Mannerheimintie 5"
    assert texts["place"] == "✓ Verified: Mannerheimintie 5 (address, 0 m) · Kamppi"
    tip = panel.findChild(QLabel, "IncidentPlace").toolTip()
    assert "Typed: mannerheimintie 5" in tip and "Places index: b1" in tip


def test_unverified_forced_point_names_the_nearest_street(panel: IncidentPanelDock) -> None:
    forced = IncidentPlaceView(
        typed=None,
        place=None,
        reverse=PlaceNameView("Mariankatu near Liisankatu, 30 m", "reverse", 30.0),
        verified=False,
        override=True,
    )
    panel.show_incident(_placed(forced), [], [])
    assert panel.header_texts()["place"] == (
        "⚠ UNVERIFIED (forced point)\nNearest: Mariankatu near Liisankatu, 30 m"
    )


def test_a_partner_handed_the_incident_has_a_row_of_its_own(panel: IncidentPanelDock) -> None:
    reach = {
        "M31": ("radio 2031: read", False),
        "b": ("b https://partner-b.example:8443: accepted", False),
        "east": ("east https://east.example: link acknowledged — NO CREW ACKNOWLEDGEMENT", True),
    }
    panel.show_incident(INCIDENT, NOTES, UNITS, reach=reach)
    assert panel.partner_rows() == [
        ("Partner b — accepted", False),
        ("Partner east — link acknowledged — NO CREW ACKNOWLEDGEMENT", True),
    ]
    table = panel.units_table()
    units = len(UNITS)
    assert table.rowCount() == units + 2
    assert table.item(units, 0).text() == "Partner b — accepted"
    assert table.columnSpan(units, 0) == table.columnCount()
    assert table.item(units, 0).toolTip() == reach["b"][0]
    assert table.item(units, 0).background().style() == Qt.BrushStyle.NoBrush
    alarmed = table.item(units + 1, 0)
    assert alarmed.font().bold()
    assert alarmed.background().color().name() == ALARM_COLOUR
    # The units' rows are as before; the partners go when the handover is gone.
    assert [row[5] for row in _units(panel)][:units][1] == "radio 2031: read"
    panel.show_incident(INCIDENT, NOTES, UNITS, reach={})
    assert panel.partner_rows() == []
    assert table.rowCount() == units
    assert table.columnSpan(units - 1, 0) == 1
