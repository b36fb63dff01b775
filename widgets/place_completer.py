"""A list of place results under a text field, as the dispatcher types.

Contract:

* ``PlaceCompleterWidget(parent)`` is an overlay frame (a child of the
  window it is shown in, so it never takes the keyboard focus from the field
  and it appears in window grabs). ``set_results(query, places, note)``
  fills it: one row per ``models.places.types.Place`` with its label, its
  kind (address, street, corner, landmark, ...), its locality and how sure
  the match is ("exact", "fuzzy 86 %"), best first, the first row current;
  ``note`` (e.g. "places unavailable: ...", "nothing found") is a line under
  the rows. ``show_under(field, x)`` places it under ``field`` starting at
  the field's pixel ``x`` (and under ``below``, e.g. an error line), inside
  the window, and raises it. ``set_stale(True)`` greys the rows while the
  field holds a newer query than they answer.
* The field keeps the keys: it calls ``move_current(step)`` for Up/Down (wrapping),
  ``current_place()`` for Tab/Enter and ``hide()`` for Escape. A click or
  double-click on a row emits ``sigPicked(place)``.
* Right-to-left labels (Hebrew, Arabic) are drawn whole in their own
  direction; the rows never elide the label before the other columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.places.types import Place

__all__ = ["PlaceCompleterWidget", "elide_query", "kind_label", "sureness_label"]

MAX_VISIBLE_ROWS = 8
MIN_WIDTH = 420


def elide_query(query: str, limit: int = 60) -> str:
    """A query short enough to quote in a sentence (a pasted page stays one line)."""
    flat = " ".join(query.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def kind_label(widget: QWidget, place: Place) -> str:
    """What the result is, in the dispatcher's words."""
    labels = {
        "site": widget.tr("site name"),
        "address": widget.tr("address"),
        "street": widget.tr("street"),
        "intersection": widget.tr("corner"),
        "landmark": widget.tr("landmark"),
        "place": widget.tr("area"),
        "coordinates": widget.tr("coordinates"),
    }
    text = labels.get(place.kind, place.kind)
    if place.kind == "landmark" and place.category:
        # "amenity:fire_station" or "fire_station" reads "fire station".
        text = place.category.rpartition(":")[2].replace("_", " ")
    return text


def sureness_label(widget: QWidget, place: Place) -> str:
    """How sure the match is: "exact", "fuzzy 86 %", "partial 60 %"."""
    if place.match == "exact" and place.score >= 0.999:
        return widget.tr("exact")
    words = {
        "exact": widget.tr("exact"),
        "fuzzy": widget.tr("fuzzy"),
        "partial": widget.tr("partial"),
    }
    return widget.tr("{how} {score} %").format(
        how=words.get(place.match, place.match), score=round(place.score * 100)
    )


class PlaceCompleterWidget(QFrame):
    """Rows of places (label, kind, locality, how sure) and a note line."""

    sigPicked = Signal(object)  # Place

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaceCompleter")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._query = ""
        self._places: list[Place] = []

        self._table = QTableWidget(0, self.COLUMNS, self)
        self._table.setObjectName("PlaceCompleterTable")
        self._table.setHorizontalHeaderLabels(
            [self.tr("Place"), self.tr("Kind"), self.tr("Locality"), self.tr("Match")]
        )
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._table.setWordWrap(False)
        self._table.setShowGrid(False)
        self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self._table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._table.fontMetrics().height() + 8)
        columns = self._table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._table.cellClicked.connect(self._on_table_cell_clicked)

        self._note = QLabel(self)
        self._note.setObjectName("PlaceCompleterNote")
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setWordWrap(True)
        self._note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self._table)
        layout.addWidget(self._note)
        self.hide()

    # -- reading -----------------------------------------------------------------

    def query(self) -> str:
        return self._query

    def places(self) -> list[Place]:
        return list(self._places)

    def table(self) -> QTableWidget:
        return self._table

    def note_text(self) -> str:
        return self._note.text() if not self._note.isHidden() else ""

    def current_row(self) -> int:
        return self._table.currentRow()

    def current_place(self) -> Place | None:
        row = self._table.currentRow()
        return self._places[row] if 0 <= row < len(self._places) else None

    def row_texts(self, row: int) -> list[str]:
        return [self._table.item(row, c).text() for c in range(self.COLUMNS)]

    # -- writing -----------------------------------------------------------------

    def set_results(self, query: str, places: Sequence[Place], note: str | None = None) -> None:
        self._query = query
        self._places = list(places)
        table = self._table
        table.setRowCount(len(self._places))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, place in enumerate(self._places):
            cells = (
                place.label,
                kind_label(self, place),
                place.locality or "",
                sureness_label(self, place),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setFont(bold)
                    tip = f"{place.label}\n{place.lat:.6f}, {place.lon:.6f}"
                    if place.warning:
                        tip += f"\n{place.warning}"
                    item.setToolTip(tip)
                table.setItem(row, column, item)
        if self._places:
            table.setCurrentCell(0, 0)
        table.setVisible(bool(self._places))
        warnings = [p.warning for p in self._places[:1] if p.warning]
        lines = [line for line in (note, *warnings) if line]
        self._note.setText("\n".join(lines))
        self._note.setVisible(bool(lines))
        visible_rows = min(len(self._places), MAX_VISIBLE_ROWS)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(
            header + visible_rows * table.verticalHeader().defaultSectionSize() + 4
        )
        self.adjustSize()

    def move_current(self, step: int) -> None:
        """Move the current row by ``step``, wrapping at both ends."""
        count = len(self._places)
        if not count:
            return
        row = (self._table.currentRow() + step) % count
        self._table.setCurrentCell(row, 0)

    def show_under(self, field: QWidget, x: int = 0, *, below: QWidget | None = None) -> None:
        """Show under ``field`` (its window is the parent), starting at pixel ``x`` of it,
        and under ``below`` too when given (a line under the field it must not cover)."""
        window = field.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        width = max(MIN_WIDTH, min(field.width() - x, 760))
        self.setFixedWidth(min(width, max(window.width() - 4, 200)))
        self.adjustSize()
        origin = field.mapTo(window, QPoint(x, field.height()))
        top = origin.y()
        if below is not None and below.isVisible():
            top = max(top, below.mapTo(window, QPoint(0, below.height())).y())
        left = max(0, min(origin.x(), window.width() - self.width()))
        self.move(left, top)
        self.set_stale(False)
        self.show()
        self.raise_()

    def set_stale(self, stale: bool) -> None:
        """Grey the rows while they answer an older query than the one typed."""
        self._table.setEnabled(not stale)

    def is_stale(self) -> bool:
        return not self._table.isEnabled()

    # -- handlers ----------------------------------------------------------------

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._places):
            self._table.setCurrentCell(row, 0)
            self.sigPicked.emit(self._places[row])
