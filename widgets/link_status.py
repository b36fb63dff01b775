"""Link status dock: one row per link with its state, counters and last error.

Contract: ``LinkStatusDock.set_links(list[LinkView])`` (or the model's) keys
rows by link name and updates them in place: known links get ``dataChanged``,
new ones are inserted, vanished ones removed, so the selection and scroll
position survive the ~1 Hz refresh the console drives. The state cell is
coloured (up green, connecting amber, down red, stopped grey) with a swatch
and a translucent tint that reads on both the day and night themes. The
Notes column holds what the link's state does not say (a radar on it that
is down, refused requests and cut clients), in amber, each note on its own
line in the tooltip. States are in the console's language; in a right-to-left
console the link name, endpoint and protocol are isolated left to right and
the last error first-strong isolated (``widgets.bidi``).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from widgets.bidi import shown_isolated, shown_ltr
from widgets.clock import format_age
from widgets.column_fit import ColumnSpec, fit_columns
from widgets.themes import current_spec
from widgets.views import LinkView

__all__ = ["STATE_COLOURS", "LinkColumn", "LinkStatusDock", "LinkStatusModel"]

STATE_COLOURS: dict[str, QColor] = {
    "up": QColor("#2e9d48"),
    "connecting": QColor("#e0a000"),
    "down": QColor("#d8322f"),
    "stopped": QColor("#8a8f94"),
}
_UNKNOWN_STATE_COLOUR = QColor("#8a8f94")
_ERROR_COLOUR = QColor("#e0453f")
# Notes in amber, dark enough on a light table and light enough on a dark one for 4.5:1.
_NOTE_COLOURS = {False: QColor("#a35200"), True: QColor("#e07b00")}
_TINT_ALPHA = 70

_Index = QModelIndex | QPersistentModelIndex


class LinkColumn(IntEnum):
    NAME = 0
    ENDPOINT = 1
    PROTOCOL = 2
    STATE = 3
    BYTES = 4
    FRAMES = 5
    ERRORS = 6
    AGE = 7
    NOTES = 8
    LAST_ERROR = 9


class LinkStatusModel(QAbstractTableModel):
    """Table model over ``LinkView`` rows, keyed by link name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._links: list[LinkView] = []
        self._rows: dict[str, int] = {}

    def _headers(self) -> dict[LinkColumn, str]:
        return {
            LinkColumn.NAME: self.tr("Link"),
            LinkColumn.ENDPOINT: self.tr("Endpoint"),
            LinkColumn.PROTOCOL: self.tr("Protocol"),
            LinkColumn.STATE: self.tr("State"),
            LinkColumn.BYTES: self.tr("Bytes"),
            LinkColumn.FRAMES: self.tr("Frames"),
            LinkColumn.ERRORS: self.tr("Errors"),
            LinkColumn.AGE: self.tr("Last frame"),
            LinkColumn.NOTES: self.tr("Notes"),
            LinkColumn.LAST_ERROR: self.tr("Last error"),
        }

    def state_text(self, state: str) -> str:
        texts = {
            "up": self.tr("up"),
            "connecting": self.tr("connecting"),
            "down": self.tr("down"),
            "stopped": self.tr("stopped"),
            # a link another process runs, before the log has said how it stands
            "unknown": self.tr("not known yet"),
        }
        return texts.get(state, state)

    # -- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._links)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LinkColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[LinkColumn(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._links):
            return None
        link = self._links[index.row()]
        column = LinkColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(link, column)
        if column == LinkColumn.NOTES and link.notes:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(link.notes)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _NOTE_COLOURS[current_spec().dark]
        if role == Qt.ItemDataRole.ToolTipRole:
            if link.last_error:
                return self.tr("Last error: {error}").format(error=shown_isolated(link.last_error))
            return None
        if column == LinkColumn.STATE:
            colour = STATE_COLOURS.get(link.state, _UNKNOWN_STATE_COLOUR)
            if role == Qt.ItemDataRole.DecorationRole:
                return colour
            if role == Qt.ItemDataRole.BackgroundRole:
                tint = QColor(colour)
                tint.setAlpha(_TINT_ALPHA)
                return tint
        if role == Qt.ItemDataRole.ForegroundRole and column == LinkColumn.ERRORS and link.errors:
            return _ERROR_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            LinkColumn.BYTES,
            LinkColumn.FRAMES,
            LinkColumn.ERRORS,
            LinkColumn.AGE,
        ):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, link: LinkView, column: LinkColumn) -> str:
        locale = QLocale()
        match column:
            case LinkColumn.NAME:
                return shown_ltr(link.name)
            case LinkColumn.ENDPOINT:
                return shown_ltr(link.endpoint)
            case LinkColumn.PROTOCOL:
                return shown_ltr(link.protocol)
            case LinkColumn.STATE:
                return self.state_text(link.state)
            case LinkColumn.BYTES:
                return locale.formattedDataSize(link.bytes_in)
            case LinkColumn.FRAMES:
                return locale.toString(link.frames)
            case LinkColumn.ERRORS:
                return locale.toString(link.errors)
            case LinkColumn.AGE:
                return format_age(link.last_frame_age_s)
            case LinkColumn.NOTES:
                return "; ".join(link.notes)
            case LinkColumn.LAST_ERROR:
                # One line in the cell; the full text is in the tooltip.
                return shown_isolated(link.last_error.splitlines()[0]) if link.last_error else ""
        return ""

    # -- updates --------------------------------------------------------------

    def link(self, row: int) -> LinkView:
        return self._links[row]

    def row_of(self, name: str) -> int | None:
        return self._rows.get(name)

    def set_links(self, links: Sequence[LinkView]) -> None:
        """Make the rows match ``links`` without a reset: update, insert, remove."""
        wanted = {link.name: link for link in links}
        # Remove vanished links from the bottom up so earlier row numbers stay valid.
        for row in range(len(self._links) - 1, -1, -1):
            if self._links[row].name not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._links[row]
                self.endRemoveRows()
        self._rows = {link.name: row for row, link in enumerate(self._links)}
        changed: list[int] = []
        for row, old in enumerate(self._links):
            new = wanted[old.name]
            if new != old:
                self._links[row] = new
                changed.append(row)
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(LinkColumn) - 1)
            )
        added = [link for link in links if link.name not in self._rows]
        if added:
            first = len(self._links)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._links.extend(added)
            self.endInsertRows()
            self._rows = {link.name: row for row, link in enumerate(self._links)}


def column_specs(model: LinkStatusModel) -> dict[int, ColumnSpec]:
    """How the link table's columns are sized (``widgets.keyed_table.fit_columns``).

    Name, state, last-frame age and notes stay; on a narrow dock the counters,
    the protocol and the endpoint go first (their tooltips and the event log
    keep the details).
    """
    states = tuple(model.state_text(s) for s in STATE_COLOURS)
    return {
        LinkColumn.NAME: ColumnSpec(sample="drill-alarm", fit_content=True, elide=True),
        LinkColumn.ENDPOINT: ColumnSpec(sample="udp 127.0.0.1:10110", elide=True, drop=5),
        LinkColumn.PROTOCOL: ColumnSpec(sample="zone-alarm", drop=4),
        # The state's colour swatch reads at any width; a long word elides (full as tooltip).
        LinkColumn.STATE: ColumnSpec(sample=states, icon=True, elide=True, min_chars=11),
        LinkColumn.BYTES: ColumnSpec(sample="999.9 KiB", drop=3),
        LinkColumn.FRAMES: ColumnSpec(sample="99,999", drop=2),
        LinkColumn.ERRORS: ColumnSpec(sample="9,999", drop=2),
        # Hidden last of all when the dock is too narrow (a long translation of its title).
        LinkColumn.AGE: ColumnSpec(sample="59 min", drop=1),
        LinkColumn.NOTES: ColumnSpec(sample="x" * 24, stretch=2, elide=True),
        LinkColumn.LAST_ERROR: ColumnSpec(sample="x" * 20, stretch=1, elide=True, drop=2),
    }


class LinkStatusDock(QDockWidget):
    """Dock showing ``LinkStatusModel`` in a read-only table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkStatusDock")
        self.setWindowTitle(self.tr("Links"))
        self._model = LinkStatusModel(self)
        self._view = QTableView(self)
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setAlternatingRowColors(True)
        self._view.setWordWrap(False)
        rows = self._view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._view.fontMetrics().height() + 6)
        fit_columns(self._view, column_specs(self._model))
        self.setWidget(self._view)

    def model(self) -> LinkStatusModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def set_links(self, links: Sequence[LinkView]) -> None:
        self._model.set_links(links)
