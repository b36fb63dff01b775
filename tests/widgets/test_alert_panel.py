"""Alert panel: details, the exercise banner, ticking age, and the four
actions through their non-blocking dialogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from widgets.alert_panel import AlertPanelDock, area_summary
from widgets.dialogs import (
    DismissAlertDialog,
    IncidentTypeDialog,
    LinkIncidentDialog,
    current_dialog,
)
from widgets.views import AlertView

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
TYPES = [
    ("structure-fire", "Structure fire", "fire"),
    ("intrusion", "Intrusion", "police"),
    ("flood", "Flooding", "fire"),
]


class _Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _alert(**fields: object) -> AlertView:
    values: dict[str, object] = {
        "alert_id": "A000123",
        "origin": "cap",
        "state": "new",
        "exercise": False,
        "severity": "severe",
        "title": "Flood warning for the harbour",
        "raised": T0 - timedelta(seconds=75),
        "lat": 43.73,
        "lon": 7.42,
        "polygons": (((43.7, 7.4), (43.7, 7.5), (43.8, 7.5)),),
        "circles": ((43.73, 7.42, 1500.0),),
        "sensor": None,
        "zone": "Harbour",
        "track": "radar1/17",
        "suggested_type": "flood",
        "related": ("I0007", "C0042"),
    }
    values.update(fields)
    return AlertView(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def panel(qtbot, clock: _Clock) -> AlertPanelDock:
    dock = AlertPanelDock(clock=clock)
    qtbot.addWidget(dock)
    dock.set_timezone(UTC)
    dock.set_incident_types(TYPES)
    dock.show()
    return dock


def _close_dialogs() -> None:
    while (dialog := current_dialog()) is not None:
        dialog.reject()


def test_details(panel, clock, qapp) -> None:
    from widgets.i18n import install_language

    install_language(qapp, "en")  # English plural forms: "1 polygon"
    panel.set_related_details({"I0007": "Flooding, 300 m"})
    panel.show_alert(
        _alert(), cap={"identifier": "MF-2024-77", "sender": "meteo@example.org", "event": "Flood"}
    )
    assert panel.title_text() == "Flood warning for the harbour"
    assert panel.field_text("origin") == "CAP"
    assert panel.field_text("severity") == "Severe"
    assert panel.field_text("raised") == "11:58:45 (1 min ago)"
    assert panel.field_text("zone") == "Harbour"
    assert panel.field_text("track") == "radar1/17"
    assert panel.field_text("area") == "1 polygon, circle r 1.5 km"
    assert panel.field_text("cap_identifier") == "MF-2024-77"
    assert panel.field_text("cap_sender") == "meteo@example.org"
    assert panel.field_text("cap_event") == "Flood"
    assert panel.field_text("related") == "I0007 — Flooding, 300 m\nC0042"
    assert not panel.field_visible("sensor")
    assert not panel.banner_visible()
    clock.now = T0 + timedelta(seconds=60)
    panel.tick_timer().timeout.emit()
    assert panel.field_text("raised") == "11:58:45 (2 min ago)"


def test_exercise_banner_and_no_red(panel) -> None:
    panel.show_alert(_alert(exercise=True))
    assert panel.banner_visible()
    assert "EXERCISE" in panel.banner().text()
    assert panel.field_text("severity") == "Severe (exercise)"
    panel.show_alert(_alert(alert_id="A2"))
    assert not panel.banner_visible()
    assert panel.field_text("cap_identifier") == ""


def test_area_summary_falls_back_to_point() -> None:
    assert area_summary(_alert(polygons=(), circles=())) == "43.73000, 7.42000"
    assert area_summary(_alert(polygons=(), circles=((1, 2, 250.0),))) == "circle r 250 m"


def test_actions_enabled_by_state(panel) -> None:
    buttons = panel.buttons()
    panel.show_alert(None)
    assert not any(b.isEnabled() for b in buttons.values())
    panel.show_alert(_alert())
    assert all(b.isEnabled() for b in buttons.values())
    panel.show_alert(_alert(state="acknowledged"))
    assert not buttons["acknowledge"].isEnabled()
    assert buttons["promote"].isEnabled() and buttons["dismiss"].isEnabled()
    panel.show_alert(_alert(state="dismissed"))
    assert not any(b.isEnabled() for b in buttons.values())


def test_acknowledge(qtbot, panel) -> None:
    panel.show_alert(_alert())
    with qtbot.waitSignal(panel.sigAcknowledge) as blocker:
        panel.buttons()["acknowledge"].click()
    assert blocker.args == ["A000123"]


def test_promote_prefills_suggested_type(qtbot, panel) -> None:
    panel.show_alert(_alert())
    panel.buttons()["promote"].click()
    dialog = current_dialog()
    assert isinstance(dialog, IncidentTypeDialog)
    assert "A000123" in dialog.windowTitle()
    assert dialog.chosen_code() == "flood"
    # Clicking again raises the same dialog and does not wire it twice.
    panel.buttons()["promote"].click()
    assert current_dialog() is dialog
    got: list[tuple[str, str]] = []
    panel.sigPromote.connect(lambda alert_id, code: got.append((alert_id, code)))
    dialog.choose("intrusion")
    dialog.accept()
    assert got == [("A000123", "intrusion")]
    _close_dialogs()


def test_link_to_related_or_typed(qtbot, panel) -> None:
    panel.show_alert(_alert())
    panel.buttons()["link"].click()
    dialog = current_dialog()
    assert isinstance(dialog, LinkIncidentDialog)
    assert dialog.candidates() == ["I0007", "C0042"]
    assert dialog.chosen() == "I0007"
    dialog.type_id("I0100")
    with qtbot.waitSignal(panel.sigLink) as blocker:
        dialog.accept()
    assert blocker.args == ["A000123", "I0100"]
    _close_dialogs()


def test_dismiss_requires_a_reason(qtbot, panel) -> None:
    panel.show_alert(_alert())
    panel.buttons()["dismiss"].click()
    dialog = current_dialog()
    assert isinstance(dialog, DismissAlertDialog)
    assert not dialog.ok_button().isEnabled()
    with qtbot.assertNotEmitted(panel.sigDismiss):
        dialog.accept()
    dialog.choose("Other")
    assert not dialog.ok_button().isEnabled()
    dialog.choose("Known activity", "harbour works")
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(panel.sigDismiss) as blocker:
        dialog.accept()
    assert blocker.args == ["A000123", "Known activity: harbour works"]
    _close_dialogs()
