"""Call panel: fields of the selected call, copy to clipboard, the offered-fix
box, the duplicate banner, rebid history and the signals of every action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from widgets.call_panel import CallPanelDock
from widgets.dialogs import IncidentTypeDialog, current_dialog
from widgets.views import CallView, LocationView

NOW = datetime(2026, 3, 1, 2, 0, 0, tzinfo=UTC)
TYPES = [
    ("structure-fire", "Structure fire", "fire"),
    ("traffic-collision", "Traffic collision", "police"),
    ("cardiac-arrest", "Cardiac arrest", "medical"),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def _location(**fields: object) -> LocationView:
    values: dict[str, object] = {
        "source": "aml",
        "lat": 60.17,
        "lon": 24.94,
        "radius_m": 35.0,
        "confidence": 90.0,
        "time": NOW - timedelta(seconds=30),
        "address": "Mannerheimintie 1, 00100 Helsinki",
    }
    values.update(fields)
    return LocationView(**values)  # type: ignore[arg-type]


def _call(state: str = "answered", **fields: object) -> CallView:
    values: dict[str, object] = {
        "call_id": "C000042",
        "number": "+358401234567",
        "state": state,
        "via": "aml",
        "class_of_service": "WPH2",
        "offered": NOW - timedelta(seconds=50),
        "answered": NOW - timedelta(seconds=42) if state != "ringing" else None,
        "location": _location(),
    }
    values.update(fields)
    return CallView(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(qtbot, clock: FakeClock) -> CallPanelDock:
    widget = CallPanelDock(clock=clock, timezone=UTC)
    widget.tick_timer().stop()
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    widget.set_incident_types(TYPES)
    return widget


def test_empty_panel_disables_every_action(panel) -> None:
    panel.show_call(None)
    assert panel.texts()["number"] == "No call selected"
    assert not any(button.isEnabled() for button in panel.buttons().values())
    assert not panel.pending_box().isVisible()
    assert not panel.duplicate_banner().isVisible()


def test_fields_of_the_location_in_force(panel) -> None:
    panel.show_call(_call())
    texts = panel.texts()
    assert texts["number"] == "+358401234567"
    assert texts["class"] == "Class of service: WPH2 — Wireless phase II (handset)"
    assert texts["state"] == "Answered · talking 0:42 (rang 0:08)"
    assert texts["source"] == "Location: AML · not verified"
    assert texts["coordinates"] == "60.170000, 24.940000"
    assert texts["accuracy"] == "± 35 m · 90%"
    assert texts["time"] == "Located at 01:59:30"
    assert texts["address"] == "Mannerheimintie 1, 00100 Helsinki"


def test_site_descriptions_of_class_of_service(panel) -> None:
    panel.set_class_of_service_descriptions({"MOBL": "Mobile (site code)"})
    panel.show_call(_call(class_of_service="MOBL"))
    assert panel.texts()["class"] == "Class of service: MOBL — Mobile (site code)"
    panel.show_call(_call(class_of_service="ZZZZ"))
    assert panel.texts()["class"] == "Class of service: ZZZZ"


def test_ring_timer_ticks(panel, clock) -> None:
    panel.show_call(_call("ringing"))
    assert panel.texts()["state"] == "Ringing 0:50"
    clock.now += timedelta(seconds=12)
    panel.tick_timer().timeout.emit()
    assert panel.texts()["state"] == "Ringing 1:02"


def test_copy_button_fills_the_clipboard(qtbot, panel) -> None:
    panel.show_call(_call(location=_location(lat=60.1699, lon=24.9384)))
    with qtbot.waitSignal(panel.sigCoordinatesCopied) as blocker:
        qtbot.mouseClick(panel.buttons()["copy"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["60.169900, 24.938400"]
    assert QApplication.clipboard().text() == "60.169900, 24.938400"


def test_pending_box_only_when_a_fix_is_offered(qtbot, panel) -> None:
    verified = _location(source="typed", verified=True, radius_m=10.0)
    panel.show_call(_call(location=verified))
    assert not panel.pending_box().isVisible()
    assert panel.texts()["pending"] == ""
    assert not panel.buttons()["verify"].isEnabled()  # already verified
    offer = _location(lat=60.172, lon=24.94, radius_m=12.0, confidence=68.0, address=None)
    panel.show_call(_call(location=verified, pending=offer))
    assert panel.pending_box().isVisible()
    text = panel.texts()["pending"]
    assert text.startswith("New automatic fix offered: AML, 60.17200, 24.94000 ± 12 m, 68%")
    assert "223 m from the location in force" in text
    with qtbot.waitSignal(panel.sigUseOfferedLocation) as blocker:
        qtbot.mouseClick(panel.buttons()["use_offered"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["C000042"]
    panel.show_call(_call(location=verified))
    assert not panel.pending_box().isVisible()


def test_history_lists_rebids_oldest_first_with_the_one_in_force_bold(panel) -> None:
    first = _location(source="ali", lat=60.16, radius_m=300.0, time=NOW - timedelta(seconds=45))
    second = _location(time=NOW - timedelta(seconds=30))
    panel.show_call(_call(location=second, history=(first, second)))
    table = panel.history_table()
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [
        ["01:59:15", "ALI", "60.16000, 24.94000", "± 300 m"],
        ["01:59:30", "AML", "60.17000, 24.94000", "± 35 m"],
    ]
    assert table.item(1, 0).font().bold() and not table.item(0, 0).font().bold()


@pytest.mark.parametrize(
    ("state", "enabled"),
    [
        ("ringing", {"answer", "abandon", "verify", "pick", "create", "copy"}),
        ("answered", {"abandon", "release", "verify", "pick", "create", "copy"}),
        ("abandoned", {"release", "create", "copy"}),
    ],
)
def test_actions_enabled_by_state(panel, state: str, enabled: set[str]) -> None:
    panel.show_call(_call(state))
    shown = {name for name, button in panel.buttons().items() if button.isEnabled()}
    assert shown == enabled


@pytest.mark.parametrize(
    ("state", "button", "signal"),
    [
        ("ringing", "answer", "sigAnswer"),
        ("ringing", "abandon", "sigAbandon"),
        ("answered", "release", "sigRelease"),
        ("answered", "verify", "sigVerifyLocation"),
        ("answered", "pick", "sigPickOnMap"),
    ],
)
def test_buttons_emit_the_call_id(qtbot, panel, state: str, button: str, signal: str) -> None:
    panel.show_call(_call(state))
    with qtbot.waitSignal(getattr(panel, signal)) as blocker:
        qtbot.mouseClick(panel.buttons()[button], Qt.MouseButton.LeftButton)
    assert blocker.args == ["C000042"]


def test_create_incident_asks_for_a_type_and_emits_it(qtbot, panel) -> None:
    panel.show_call(_call())
    qtbot.mouseClick(panel.buttons()["create"], Qt.MouseButton.LeftButton)
    dialog = current_dialog()
    assert isinstance(dialog, IncidentTypeDialog)
    assert dialog.visible_codes() == [code for code, _n, _d in TYPES]
    qtbot.keyClicks(dialog.filter_edit(), "coll")
    assert dialog.visible_codes() == ["traffic-collision"]
    assert dialog.chosen_code() == "traffic-collision"
    with qtbot.waitSignal(panel.sigCreateIncident) as blocker:
        qtbot.keyClick(dialog.filter_edit(), Qt.Key.Key_Return)
    assert blocker.args == ["C000042", "traffic-collision"]
    qtbot.waitUntil(lambda: current_dialog() is None)


def test_type_dialog_filters_by_discipline_and_moves_with_arrows(qtbot, panel) -> None:
    panel.show_call(_call())
    qtbot.mouseClick(panel.buttons()["create"], Qt.MouseButton.LeftButton)
    dialog = current_dialog()
    assert isinstance(dialog, IncidentTypeDialog)
    qtbot.keyClicks(dialog.filter_edit(), "FIRE")
    assert dialog.visible_codes() == ["structure-fire"]
    dialog.filter_edit().clear()
    qtbot.keyClick(dialog.filter_edit(), Qt.Key.Key_Down)
    assert dialog.chosen_code() == "traffic-collision"
    qtbot.keyClicks(dialog.filter_edit(), "nothing like this")
    assert dialog.visible_codes() == []
    assert not dialog.ok_button().isEnabled()
    dialog.reject()


def test_create_incident_disabled_once_attached_or_without_types(panel) -> None:
    panel.show_call(_call(incident_id="2026-000007"))
    assert not panel.buttons()["create"].isEnabled()
    panel.set_incident_types([])
    panel.show_call(_call())
    assert not panel.buttons()["create"].isEnabled()


def test_duplicate_banner_with_details_and_attach(qtbot, panel) -> None:
    panel.set_duplicate_details({"2026-000123": "structure fire, 180 m, 4 min ago"})
    panel.show_call(_call(duplicate_of=("2026-000123", "2026-000124")))
    assert panel.duplicate_banner().isVisible()
    assert panel.duplicate_texts() == [
        "Possible duplicate of 2026-000123 (structure fire, 180 m, 4 min ago)",
        "Possible duplicate of 2026-000124",
    ]
    with qtbot.waitSignal(panel.sigAttach) as blocker:
        qtbot.mouseClick(panel.attach_buttons()["2026-000124"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["C000042", "2026-000124"]


def test_no_duplicate_banner_once_attached_or_without_duplicates(panel) -> None:
    panel.show_call(_call(duplicate_of=("2026-000123",), incident_id="2026-000123"))
    assert not panel.duplicate_banner().isVisible()
    panel.show_call(_call())
    assert not panel.duplicate_banner().isVisible()
    assert panel.attach_buttons() == {}


def test_call_without_location(panel) -> None:
    panel.show_call(_call("ringing", location=None))
    texts = panel.texts()
    assert texts["source"] == "No location yet"
    assert texts["coordinates"] == ""
    assert not panel.buttons()["copy"].isEnabled()
    assert not panel.buttons()["verify"].isEnabled()


def test_right_to_left_layout_survives(panel) -> None:
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.show_call(_call(duplicate_of=("2026-000123",)))
    assert panel.texts()["coordinates"] == "60.170000, 24.940000"
    assert panel.grab().width() > 0


def test_place_name_of_the_location_in_force_only(panel) -> None:
    call = _call()
    panel.show_call(call)
    assert panel.texts()["place"] == ""
    panel.set_place_name("C000042", 60.17, 24.94, "Mannerheimintie 1, 8 m")
    assert panel.texts()["place"] == "Near: Mannerheimintie 1, 8 m"
    panel.show_call(call)  # a refresh keeps it
    assert panel.texts()["place"] == "Near: Mannerheimintie 1, 8 m"
    panel.show_call(_call(location=_location(lat=60.18)))  # a rebid: the name was not for it
    assert panel.texts()["place"] == ""
    panel.show_call(_call(call_id="C000043"))
    assert panel.texts()["place"] == ""


def test_the_callers_language_from_aml(qapp, panel) -> None:
    """AML's ``lg`` (the handset's language) is shown by the language's own name and tag."""
    from widgets.i18n import install_language

    install_language(qapp, "en")
    panel.show_call(_call(language="ar-IL"))
    # The Arabic name isolated even in a left-to-right console, so "(ar-IL)" stays after it.
    assert panel.texts()["language"] == "Caller's language: \u2068العربية\u2069 (ar-IL)"
    panel.show_call(_call(language="x-klingon"))
    assert panel.texts()["language"] == "Caller's language: x-klingon"
    panel.show_call(_call())
    assert panel.texts()["language"] == ""
    try:
        install_language(qapp, "he")
        panel.show_call(_call(language="he-IL"))
        text = panel.texts()["language"]
        assert "עברית" in text and "\u2066he-IL\u2069" in text and "Caller" not in text
    finally:
        install_language(qapp, "en")
