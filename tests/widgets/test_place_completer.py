"""Place completion list: rows say label, kind, locality and how sure; keys and clicks pick."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from models.places.types import Place
from widgets.place_completer import PlaceCompleterWidget

HERZL_A = Place("Herzl 12", "address", 31.78, 35.21, 1.0, "exact", locality="Rehavia")
HERZL_B = Place("Herzl 12", "address", 31.77, 35.18, 1.0, "exact", locality="Beit HaKerem")
HOSPITAL = Place("Shaare Zedek", "landmark", 31.77, 35.18, 0.72, "partial", category="hospital")
TRAM = Place("Aleksanterinkatu", "landmark", 60.17, 24.95, 0.5, "partial",
             category="railway:tram_stop")  # fmt: skip
SWAPPED = Place("60.170000, 24.940000", "coordinates", 60.17, 24.94, 1.0,
                warning="read as lon,lat: swapped")  # fmt: skip


@pytest.fixture
def host(qtbot: Any) -> tuple[QWidget, QLineEdit, PlaceCompleterWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 400)
    edit = QLineEdit(window)
    edit.setGeometry(10, 10, 600, 24)
    completer = PlaceCompleterWidget()
    window.show()
    qtbot.waitExposed(window)
    return window, edit, completer


def test_rows_name_kind_locality_and_sureness(host: Any) -> None:
    window, edit, completer = host
    completer.set_results("herzl 12", [HERZL_A, HERZL_B, HOSPITAL, TRAM], None)
    completer.show_under(edit, 40)
    assert completer.parentWidget() is window and completer.isVisible()
    assert completer.row_texts(0) == ["Herzl 12", "address", "Rehavia", "exact"]
    assert completer.row_texts(1)[2] == "Beit HaKerem"  # equal names told apart
    assert completer.row_texts(2)[1:] == ["hospital", "", "partial 72 %"]
    assert completer.row_texts(3)[1] == "tram stop"
    assert completer.geometry().top() == edit.geometry().bottom() + 1
    assert completer.geometry().left() == 50
    assert completer.note_text() == ""


def test_moving_wraps_and_a_click_picks(qtbot: Any, host: Any) -> None:
    _window, edit, completer = host
    completer.set_results("herzl", [HERZL_A, HERZL_B], None)
    completer.show_under(edit)
    assert completer.current_place() is HERZL_A
    completer.move_current(1)
    assert completer.current_place() is HERZL_B
    completer.move_current(1)
    assert completer.current_place() is HERZL_A
    completer.move_current(-1)
    assert completer.current_place() is HERZL_B
    table = completer.table()
    with qtbot.waitSignal(completer.sigPicked) as blocker:
        rect = table.visualItemRect(table.item(0, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [HERZL_A]


def test_note_and_warning_lines(host: Any) -> None:
    _window, _edit, completer = host
    completer.set_results("24.94 60.17", [SWAPPED], "places unavailable: no places index")
    assert completer.note_text().splitlines() == [
        "places unavailable: no places index",
        "read as lon,lat: swapped",
    ]
    completer.set_results("qq", [], "nothing found")
    assert completer.current_place() is None
    assert not completer.table().isVisibleTo(completer)
