"""fit_columns: every column gets what it needs when there is room, the rest goes to
stretching columns; narrower, optional columns go (highest drop first), elidable ones
shrink to their floor with the full text as a tooltip; never a horizontal scroll bar
while the floors fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from widgets.column_fit import ColumnSpec, cell_tooltip, column_fitter, fit_columns

SPECS = {
    0: ColumnSpec(sample="HEP000", fit_content=True),  # key
    1: ColumnSpec(sample="available on radio"),  # key
    2: ColumnSpec(sample="x" * 30, stretch=1, elide=True),  # key, wide
    3: ColumnSpec(sample="ALS ambulance", drop=1),
    4: ColumnSpec(sample="60.00000, 24.00000", drop=2),
}


@pytest.fixture
def view(qtbot) -> QTableView:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(0, 5)
    model.setHorizontalHeaderLabels(["Unit", "Status", "Where", "Type", "Position"])
    for n in range(3):
        model.appendRow(
            [
                QStandardItem(f"HEP10{n}"),
                QStandardItem("en route"),
                QStandardItem("Mariankatu 12 B 34, Kruununhaka, Helsinki, Finland"),
                QStandardItem("patrol car"),
                QStandardItem("60.17406, 24.95175"),
            ]
        )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().hide()
    fit_columns(view, SPECS)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def _fits(view: QTableView) -> bool:
    header = view.horizontalHeader()
    return sum(header.sectionSize(c) for c in _shown(view)) <= view.viewport().width()


def test_wide_view_shows_every_column_whole_and_stretches_the_wide_one(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.resize(1200, 300)
    qtbot.waitUntil(lambda: _shown(view) == [0, 1, 2, 3, 4])
    fitter = column_fitter(view)
    assert fitter is not None
    header = view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(5)) == view.viewport().width()
    for column in (0, 1, 3, 4):
        assert header.sectionSize(column) == fitter.needed_width(column)
    assert header.sectionSize(2) > fitter.needed_width(2)  # the spare width


def test_narrower_view_drops_optional_columns_highest_first_then_elides(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    fitter = column_fitter(view)
    assert fitter is not None
    needs = {c: fitter.needed_width(c) for c in range(5)}
    floor = fitter.floor_width(2)
    frame = 2 * view.frameWidth()
    # The wide column elides to its floor before an optional column goes...
    view.resize(needs[0] + needs[1] + floor + needs[3] + needs[4] + 10 + frame, 300)
    qtbot.waitUntil(lambda: _shown(view) == [0, 1, 2, 3, 4])
    assert view.horizontalHeader().sectionSize(2) < needs[2]
    # ...then the optional columns go, highest drop first.
    view.resize(needs[0] + needs[1] + floor + needs[3] + 10 + frame, 300)
    qtbot.waitUntil(lambda: _shown(view) == [0, 1, 2, 3])
    assert fitter.dropped() == {4}
    view.resize(needs[0] + needs[1] + floor + 10 + frame, 300)
    qtbot.waitUntil(lambda: _shown(view) == [0, 1, 2])
    assert _fits(view) and not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    assert header.sectionSize(0) >= needs[0] and header.sectionSize(1) >= needs[1]
    assert fitter.floor_width(2) <= header.sectionSize(2) < needs[2]
    # The elided cell shows its whole text as a tooltip.
    index = view.model().index(0, 2)
    assert cell_tooltip(view, index) == "Mariankatu 12 B 34, Kruununhaka, Helsinki, Finland"
    # Wider again: the dropped columns come back.
    view.resize(1200, 300)
    qtbot.waitUntil(lambda: _shown(view) == [0, 1, 2, 3, 4])


def test_content_wider_than_the_sample_is_measured(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.resize(1200, 300)
    model = view.model()
    model.setData(model.index(0, 0), "ENGINE-LADDER-12")
    model.rowsInserted.emit(QModelIndex(), 0, 0)  # new rows trigger a measurement
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= view.sizeHintForColumn(0))
    assert cell_tooltip(view, model.index(0, 0)) is None  # whole: no tooltip needed


def test_pixel_widths_still_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    from widgets.keyed_table import setup_dense_table

    model = QStandardItemModel(2, 3)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    setup_dense_table(view, {0: 80, 1: 120})
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.sectionSize(0) == 80 and header.sectionSize(1) == 120
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(3)) == view.viewport().width())
    assert header.sectionResizeMode(0) == header.ResizeMode.Interactive
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
