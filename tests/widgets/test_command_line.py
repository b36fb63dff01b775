"""Command line widget: Enter emits intents, errors stay inline, Tab completes, history, help."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from console.controllers import command_grammar as grammar
from console.controllers.command_grammar import (
    ChangeStatus,
    CommandContext,
    DispatchUnits,
    NewIncident,
)
from models.dispatch.status import UnitStatus
from models.places.types import Place
from widgets.command_line import ERROR_COLOUR, CommandLineWidget

CTX = CommandContext(
    units=("E11", "E12", "E19", "M31"),
    incidents=("2026-000123", "2026-000124"),
    incident_types=("structure-fire", "vehicle-fire", "hazmat-leak"),
    selected_incident="2026-000123",
)


@pytest.fixture
def command_line(qtbot: Any) -> CommandLineWidget:
    widget = CommandLineWidget(grammar)
    widget.set_context(CTX)
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.focus_command_line()
    return widget


def _type(qtbot: Any, widget: CommandLineWidget, text: str) -> None:
    qtbot.keyClicks(widget.line_edit(), text)


def _enter(qtbot: Any, widget: CommandLineWidget) -> None:
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Return)


def test_enter_emits_the_intent_and_clears(qtbot: Any, command_line: CommandLineWidget) -> None:
    _type(qtbot, command_line, "d 123 e11 E12")
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        _enter(qtbot, command_line)
    assert blocker.args == [DispatchUnits("2026-000123", ("E11", "E12"))]
    assert command_line.line_edit().text() == ""
    assert command_line.error_text() == ""
    assert command_line.history() == ["d 123 e11 E12"]


def test_status_and_new_incident(qtbot: Any, command_line: CommandLineWidget) -> None:
    received: list[object] = []
    command_line.sigIntent.connect(received.append)
    _type(qtbot, command_line, "os e11 e12")
    _enter(qtbot, command_line)
    _type(qtbot, command_line, "n haz @ 60.17,24.94 pier 4")
    _enter(qtbot, command_line)
    assert received == [
        ChangeStatus(("E11", "E12"), UnitStatus.ON_SCENE),
        NewIncident("hazmat-leak", 60.17, 24.94, False, "pier 4"),
    ]


def test_error_keeps_text_and_shows_message(qtbot: Any, command_line: CommandLineWidget) -> None:
    command_line.show_error("E11 is en route: not available")
    assert command_line.refusal_text() == "E11 is en route: not available"
    received: list[object] = []
    command_line.sigIntent.connect(received.append)
    _type(qtbot, command_line, "D 123 E99 E11")
    _enter(qtbot, command_line)
    assert received == []
    edit = command_line.line_edit()
    assert edit.text() == "D 123 E99 E11"
    assert edit.cursorPosition() == 6  # at "E99"
    assert command_line.error_text() == "unknown unit 'E99' — did you mean E19?"
    assert command_line.error_label().isVisible()
    # Fixing the text clears the message.
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert command_line.error_text() == ""
    assert not command_line.error_label().isVisible()


def test_an_answer_showing_and_going_does_not_resize_what_is_below(qtbot: Any) -> None:
    """The map under the command line is not resized by every D or SEL answer."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    line = CommandLineWidget(grammar)
    line.set_context(CTX)
    below = QWidget()  # the map
    layout.addWidget(line)
    layout.addWidget(below, 1)
    host.resize(1200, 600)
    host.show()
    qtbot.waitExposed(host)
    line.focus_command_line()
    height = below.height()
    _type(qtbot, line, "D 123 E99")
    _enter(qtbot, line)
    assert line.error_label().isVisible()
    qtbot.wait(20)  # the layout settles
    assert below.height() == height
    qtbot.keyClick(line.line_edit(), Qt.Key.Key_Escape)
    assert line.error_text() == ""
    qtbot.wait(20)
    assert below.height() == height


def test_empty_enter_does_nothing(qtbot: Any, command_line: CommandLineWidget) -> None:
    received: list[object] = []
    command_line.sigIntent.connect(received.append)
    _type(qtbot, command_line, "   ")
    _enter(qtbot, command_line)
    assert received == []
    assert command_line.error_text() == ""


def test_tab_completes_a_unique_candidate(qtbot: Any, command_line: CommandLineWidget) -> None:
    _type(qtbot, command_line, "d 12")
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    # Two incidents match "12": the common prefix goes in, the popup offers both.
    assert command_line.line_edit().text() == "d 2026-00012"
    popup = command_line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["2026-000123", "2026-000124"]
    # Tab again takes the highlighted (first) candidate.
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert command_line.line_edit().text() == "d 2026-000123 "
    assert not popup.isVisible()
    assert command_line.line_edit().hasFocus()

    _type(qtbot, command_line, "m")
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    assert command_line.line_edit().text() == "d 2026-000123 M31 "
    assert command_line.line_edit().cursorPosition() == len("d 2026-000123 M31 ")


def test_popup_enter_picks_without_submitting(qtbot: Any, command_line: CommandLineWidget) -> None:
    received: list[object] = []
    command_line.sigIntent.connect(received.append)
    _type(qtbot, command_line, "os e1")
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    popup = command_line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert command_line.line_edit().text() == "os E12 "
    assert received == []
    _enter(qtbot, command_line)
    assert received == [ChangeStatus(("E12",), UnitStatus.ON_SCENE)]


def test_tab_on_a_verb(qtbot: Any, command_line: CommandLineWidget) -> None:
    _type(qtbot, command_line, "clo")
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    assert command_line.line_edit().text() == "CLOSE "
    assert command_line.complete_now() == ["2026-000123", "2026-000124"]


def test_history_up_down_restores_draft(qtbot: Any, command_line: CommandLineWidget) -> None:
    edit = command_line.line_edit()
    for line in ("os e11", "er e12"):
        _type(qtbot, command_line, line)
        _enter(qtbot, command_line)
    _type(qtbot, command_line, "av")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "er e12"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "os e11"
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # stays at the oldest
    assert edit.text() == "os e11"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "er e12"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "av"
    assert command_line.history() == ["os e11", "er e12"]


def test_failed_lines_are_not_remembered(qtbot: Any, command_line: CommandLineWidget) -> None:
    _type(qtbot, command_line, "xx")
    _enter(qtbot, command_line)
    assert command_line.history() == []


def test_help_command_and_f1_show_the_table(qtbot: Any, command_line: CommandLineWidget) -> None:
    received: list[object] = []
    command_line.sigIntent.connect(received.append)
    panel = command_line.help_panel()
    assert not panel.isVisible()
    assert panel.rowCount() == len(grammar.HELP)
    assert panel.item(0, 0).text().strip("\u2066\u2069") == "D <incident> [<unit>...]"
    _type(qtbot, command_line, "help oos")
    _enter(qtbot, command_line)
    assert received == []  # help is handled by the widget itself
    assert panel.isVisible()
    selected = {index.row() for index in panel.selectionModel().selectedRows()}
    assert [panel.item(row, 0).text().strip("\u2066\u2069") for row in selected] == [
        "OOS <unit>... [reason]"
    ]
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_F1)
    assert panel.isVisible()
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_F1)
    assert not panel.isVisible()


# -- places after @ ----------------------------------------------------------------

MARIANKATU_12 = Place(
    "Mariankatu 12",
    "address",
    60.1712,
    24.9521,
    0.86,
    "fuzzy",
    street="Mariankatu",
    housenumber="12",
    locality="Kruununhaka",
)
MARIANKATU = Place("Mariankatu", "street", 60.1705, 24.9525, 0.8, "fuzzy", locality="Kruununhaka")
CORNER = Place("Liisankatu & Mariankatu", "intersection", 60.1727, 24.9517, 1.0, "exact",
               locality="Kruununhaka")  # fmt: skip


def _answer(widget: CommandLineWidget, queries: list[str], *places: Place) -> None:
    widget.show_place_results(queries[-1], list(places), None)


def test_typing_a_place_asks_for_it_and_shows_the_list(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ marainkatu 12")
    assert queries[-1] == "marainkatu 12"
    assert "marainkatu" in queries[0] or queries[0] == "m"  # one query per keystroke
    _answer(command_line, queries, MARIANKATU_12, MARIANKATU)
    completer = command_line.place_completer()
    assert completer.isVisible()
    assert completer.row_texts(0) == ["Mariankatu 12", "address", "Kruununhaka", "fuzzy 86 %"]
    assert completer.row_texts(1)[1] == "street"
    assert completer.current_place() is MARIANKATU_12


def test_a_stale_answer_never_replaces_the_newer_query(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ mariankatu 1")
    _type(qtbot, command_line, "2")
    command_line.show_place_results("mariankatu 1", [MARIANKATU], None)  # late, stale
    assert not command_line.place_completer().isVisible()
    command_line.show_place_results("mariankatu 12", [MARIANKATU_12], None)
    assert command_line.place_completer().places() == [MARIANKATU_12]


def test_down_and_enter_pick_then_enter_creates_with_the_typed_text_kept(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ mariankatu")
    _answer(command_line, queries, MARIANKATU, MARIANKATU_12)
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Down)
    assert command_line.place_completer().current_place() is MARIANKATU_12
    _enter(qtbot, command_line)  # picks
    assert command_line.line_edit().text() == "N structure-fire @ Mariankatu 12"
    assert not command_line.place_completer().isVisible()
    assert command_line.picked_place() is MARIANKATU_12
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        _enter(qtbot, command_line)
    (intent,) = blocker.args
    assert isinstance(intent, NewIncident)
    assert intent.place is MARIANKATU_12
    assert intent.location == "mariankatu"  # what the dispatcher typed
    assert command_line.picked_place() is None


def test_tab_picks_up_wraps_and_escape_closes_only_the_list(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ liisankatu & mariankatu")
    _answer(command_line, queries, CORNER, MARIANKATU)
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Up)  # wraps to the last row
    assert command_line.place_completer().current_place() is MARIANKATU
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Escape)
    assert not command_line.place_completer().isVisible()
    assert command_line.line_edit().text().endswith("liisankatu & mariankatu")
    _type(qtbot, command_line, " ")
    _answer(command_line, queries, CORNER)
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    assert command_line.line_edit().text().rstrip() == "N structure-fire @ Liisankatu & Mariankatu"
    assert command_line.picked_place() is CORNER


def test_editing_after_a_pick_drops_the_pick(qtbot: Any, command_line: CommandLineWidget) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ mariankatu 12")
    _answer(command_line, queries, MARIANKATU_12)
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    _type(qtbot, command_line, "b")
    assert command_line.picked_place() is None
    assert queries[-1] == "Mariankatu 12b"
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Escape)
        _enter(qtbot, command_line)
    (intent,) = blocker.args
    assert intent.place is None and intent.place_query == "Mariankatu 12b"


def test_nothing_found_and_unavailable_say_so(qtbot: Any, command_line: CommandLineWidget) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ qqqq")
    _answer(command_line, queries)
    assert command_line.place_completer().note_text() == "No place found for 'qqqq'"
    command_line.show_place_results("qqqq", [], "places unavailable: no places index")
    assert "places unavailable" in command_line.place_completer().note_text()
    _enter(qtbot, command_line)  # nothing to pick: Enter submits
    assert command_line.line_edit().text() == ""


def test_no_place_query_outside_a_place(qtbot: Any, command_line: CommandLineWidget) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ 60.17,24.94 Main St 5")
    _type(qtbot, command_line, "")
    command_line.line_edit().clear()
    _type(qtbot, command_line, "NOTE 123 meet @ the gate")
    assert queries == [q for q in queries if q and q[0].isdigit()]  # coordinates only, briefly


def test_show_info_is_not_an_error(qtbot: Any, command_line: CommandLineWidget) -> None:
    command_line.show_info("E11: Mariankatu 12, 8 m")
    assert command_line.error_text() == "E11: Mariankatu 12, 8 m"
    assert command_line.refusal_text() == ""
    colour = command_line.error_label().palette().color(QPalette.ColorRole.WindowText)
    assert colour != ERROR_COLOUR


def test_a_list_answering_an_older_query_is_never_picked_from(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ mariankatu")
    _answer(command_line, queries, MARIANKATU)
    _type(qtbot, command_line, " 12")  # the answer for "mariankatu 12" has not come yet
    completer = command_line.place_completer()
    assert completer.isVisible() and completer.is_stale()
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        _enter(qtbot, command_line)  # submits what is typed, never the stale "Mariankatu"
    (intent,) = blocker.args
    assert intent.place is None and intent.place_query == "mariankatu 12"


def test_the_list_opens_under_an_error_line(qtbot: Any, command_line: CommandLineWidget) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ puistokatu 1")
    command_line.show_error("which place? pick one from the list")
    _answer(command_line, queries, MARIANKATU_12)
    completer = command_line.place_completer()
    label = command_line.error_label()
    assert completer.geometry().top() >= label.geometry().bottom()
    assert not completer.is_stale()


def test_a_pasted_page_stays_one_line(qtbot: Any, command_line: CommandLineWidget) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    command_line.line_edit().setText("N structure-fire @ ")
    command_line.line_edit().end(False)
    pasted = "mariankatu\u200f\x07 " * 1000
    QGuiApplication.clipboard().setText(pasted)  # QTest cannot type a BEL: paste it
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(queries[-1]) > 5000
    _answer(command_line, queries)
    note = command_line.place_completer().note_text()
    assert note.startswith("No place found for 'mariankatu") and len(note) < 100


def test_half_typed_coordinates_do_not_say_nothing_found(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    queries: list[str] = []
    command_line.sigPlaceQuery.connect(queries.append)
    _type(qtbot, command_line, "N structure-fire @ 60.17")
    _answer(command_line, queries)
    assert not command_line.place_completer().isVisible()
    _type(qtbot, command_line, ",24.94")
    assert command_line.place_completer().isHidden()
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        _enter(qtbot, command_line)
    assert (blocker.args[0].lat, blocker.args[0].lon) == (60.17, 24.94)


def test_f1_in_the_line_is_its_help_even_where_the_window_binds_f1(qtbot: Any) -> None:
    """The window's F1 (its shortcut list) fires everywhere but in the command line."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    line = CommandLineWidget(grammar, central)
    line.set_context(CTX)
    other = QLineEdit(central)
    layout.addWidget(line)
    layout.addWidget(other)
    window.setCentralWidget(central)
    fired: list[bool] = []
    action = QAction("Keyboard shortcuts", window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    line.focus_command_line()
    qtbot.keyClick(line.line_edit(), Qt.Key.Key_F1)
    assert line.help_panel().isVisible() and fired == []
    panel = line.help_panel()
    rows = {panel.item(r, 0).text().strip("\u2066\u2069"): r for r in range(panel.rowCount())}
    answer = rows["ANS [<call>]"]
    assert panel.item(answer, 2).text().strip("\u2066\u2069") == "A, ANSWER"
    assert panel.item(answer, 3).text().strip("\u2066\u2069") == "ANS"
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_F1)
    assert fired == [True]


def test_a_line_typed_with_a_hebrew_keyboard_is_a_command(
    qtbot: Any, command_line: CommandLineWidget
) -> None:
    """The keys of "D 123 E11 E12" with the keyboard set to Hebrew give "ג 123 ק11 ק12": the
    line dispatches without the dispatcher switching layouts; Tab completes a unit the same."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_keys(text: str) -> None:
        # What a Hebrew keyboard sends: the letter's own key code and text (QTest's
        # keyClicks knows Latin-1 only).
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(command_line.line_edit(), event)

    type_keys("ג 123 ק11 ק1")
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Tab)
    assert command_line.line_edit().text() == "ג 123 ק11 E1"  # the prefix of E12, E19
    qtbot.keyClick(command_line.line_edit(), Qt.Key.Key_Escape)  # close the candidates
    type_keys("2")
    assert command_line.line_edit().text() == "ג 123 ק11 E12"
    with qtbot.waitSignal(command_line.sigIntent) as blocker:
        _enter(qtbot, command_line)
    assert blocker.args == [DispatchUnits("2026-000123", ("E11", "E12"))]
