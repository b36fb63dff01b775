"""Map search field: Ctrl+F focuses it, typing asks, a stale answer is ignored, Enter chooses."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from models.places.types import Place
from widgets.place_search import PlaceSearchWidget

KAUPPATORI = Place("Kauppatori", "place", 60.1675, 24.9525, 1.0, "exact", locality="Helsinki")
KAUPPAHALLI = Place("Vanha kauppahalli", "landmark", 60.1671, 24.9536, 0.8, "partial")


@pytest.fixture
def search(qtbot: Any) -> tuple[QWidget, PlaceSearchWidget, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    other = QLineEdit(window)
    widget = PlaceSearchWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(widget)
    layout.addWidget(other)
    layout.addStretch(1)
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    other.setFocus()
    return window, widget, other


def test_ctrl_f_focuses_typing_asks_and_enter_chooses(qtbot: Any, search: Any) -> None:
    _window, widget, other = search
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert widget.line_edit().hasFocus()
    queries: list[str] = []
    widget.sigQuery.connect(queries.append)
    qtbot.keyClicks(widget.line_edit(), "kauppa")
    assert queries[-1] == "kauppa" and len(queries) == 6
    widget.show_results("kaup", [KAUPPAHALLI], None)  # stale
    assert not widget.result_list().isVisible()
    widget.show_results("kauppa", [KAUPPATORI, KAUPPAHALLI], None)
    assert widget.result_list().isVisible()
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.place_chosen) as blocker:
        qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Return)
    assert blocker.args == [KAUPPAHALLI]
    assert not widget.result_list().isVisible()
    with qtbot.waitSignal(widget.place_chosen) as blocker:  # list closed: the first answer
        qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Return)
    assert blocker.args == [KAUPPATORI]


def test_escape_closes_then_clears(qtbot: Any, search: Any) -> None:
    _window, widget, _other = search
    widget.focus_search()
    qtbot.keyClicks(widget.line_edit(), "zz")
    widget.show_results("zz", [], None)
    assert widget.result_list().note_text() == "No place found for 'zz'"
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Escape)
    assert not widget.result_list().isVisible()
    assert widget.line_edit().text() == "zz"
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Escape)
    assert widget.line_edit().text() == ""


def test_a_stale_list_is_not_chosen_from(qtbot: Any, search: Any) -> None:
    _window, widget, _other = search
    widget.focus_search()
    qtbot.keyClicks(widget.line_edit(), "kauppa")
    widget.show_results("kauppa", [KAUPPATORI], None)
    qtbot.keyClicks(widget.line_edit(), "h")  # "kauppah": no answer yet
    assert widget.result_list().is_stale()
    chosen: list[object] = []
    widget.place_chosen.connect(chosen.append)
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Return)
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Tab)
    assert chosen == []
    widget.show_results("kauppah", [KAUPPAHALLI], None)
    qtbot.keyClick(widget.line_edit(), Qt.Key.Key_Return)
    assert chosen == [KAUPPAHALLI]
