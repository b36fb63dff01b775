"""Incident queue dock: open incidents, most urgent first, with ticking ages.

Contract:

* ``IncidentQueueModel`` keeps open incidents in queue order: priority
  ascending (1 first), then oldest first, then id. ``set_incidents`` replaces
  them (a reset; closed ones dropped). ``update_incident`` changes one in
  place: ``dataChanged`` when its place holds, ``beginMoveRows`` when its
  priority moves it (so selection follows it), an insert when new, a removal
  when closed.
* The age column ("4:12", "1:04:12") is computed against a snapshot of the
  injectable clock taken by ``tick()``, which the dock calls once a
  second.
* Priority cells are coloured: 1 red, 2 orange, 3 amber, 4 blue, 5 grey.
* The Location column names the place: the verified place's label with a
  check mark, else "⚠" (bold) and what was typed or the position's nearest
  street ("⚠ Mariankatu near Liisankatu, 30 m"); the tooltip has the typed
  text, the verified place with kind and distance, the nearest street, the
  coordinates and the places build. ``UNVERIFIED_ROLE`` is True on that cell
  for an unverified incident (a ``PlacedIncidentView`` says so; plain views
  and incidents from before places are not marked).
* ``IncidentQueueDock`` shows the model in a dense table. Selection is shared:
  ``sigIncidentSelected(incident_id)`` when the user selects a row,
  ``sigSelectionCleared()`` when the user clears it,
  ``sigIncidentActivated(incident_id)`` on double-click;
  ``select_incident(incident_id | None)`` selects from outside without
  emitting any of them. Rows moving or disappearing never emit either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from widgets.bidi import shown_isolated, shown_ltr
from widgets.catalogue_labels import incident_type_label
from widgets.clock import utc_now
from widgets.column_fit import ColumnSpec
from widgets.keyed_table import ITEM_ROLE, KeyedTableModel
from widgets.place_views import describe_place_name, incident_place
from widgets.queue_dock import QueueDock
from widgets.views import IncidentView

__all__ = [
    "INCIDENT_ROLE",
    "PRIORITY_COLOURS",
    "UNVERIFIED_ROLE",
    "IncidentColumn",
    "IncidentQueueDock",
    "IncidentQueueModel",
    "format_elapsed",
]

INCIDENT_ROLE = ITEM_ROLE
UNVERIFIED_ROLE = Qt.ItemDataRole.UserRole + 20

#: Background of the priority cell; text is drawn white on 1, 2 and 4.
PRIORITY_COLOURS: dict[int, QColor] = {
    1: QColor("#d32f2f"),
    2: QColor("#ef6c00"),
    3: QColor("#f9a825"),
    4: QColor("#1e6fc8"),
    5: QColor("#8a8a8a"),
}
_LIGHT_TEXT = frozenset({1, 2, 4, 5})


class IncidentColumn(IntEnum):
    ID = 0
    PRIORITY = 1
    TYPE = 2
    LOCATION = 3
    AGE = 4
    UNITS = 5


def format_elapsed(seconds: float) -> str:
    """A running timer: "0:07", "4:12", "1:04:12" (negative clock skew shows 0:00)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return shown_ltr(f"{hours}:{minutes:02d}:{secs:02d}")
    return shown_ltr(f"{minutes}:{secs:02d}")


class IncidentQueueModel(KeyedTableModel):
    """Open incidents in queue order, keyed by incident id."""

    COLUMNS = IncidentColumn
    LTR_COLUMNS = frozenset({IncidentColumn.ID})
    ISOLATED_COLUMNS = frozenset({IncidentColumn.TYPE})

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self._init_rows()
        self._clock = clock
        self._now = clock()

    # -- reading --------------------------------------------------------------

    def incident_at(self, row: int) -> IncidentView:
        return self._items[row]

    def incidents(self) -> list[IncidentView]:
        return list(self._items)

    def age_s(self, incident: IncidentView) -> float:
        return max(0.0, (self._now - incident.created).total_seconds())

    # -- writing --------------------------------------------------------------

    def set_items(self, incidents: Sequence[IncidentView]) -> None:
        """Replace every row (a model reset); closed incidents are left out."""
        self.beginResetModel()
        self._now = self._clock()
        unique = {i.incident_id: i for i in incidents if i.status != "closed"}
        self._reset_sorted(unique.values())
        self.endResetModel()

    def update_item(self, incident: IncidentView) -> None:
        """Change, move, insert or (when closed) remove one incident."""
        row = self.row_of(incident.incident_id)
        if incident.status != "closed":
            self._place(incident, row)
        elif row is not None:
            self._remove_row(row)

    set_incidents = set_items
    update_incident = update_item

    def tick(self) -> None:
        """Take a new clock snapshot and repaint the age column."""
        self._now = self._clock()
        if self._items:
            column = IncidentColumn.AGE
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._items) - 1, column),
                [Qt.ItemDataRole.DisplayRole],
            )

    def _item_id(self, item: IncidentView) -> str:
        return item.incident_id

    def _key(self, item: IncidentView) -> tuple[int, datetime, str]:
        return (item.priority, item.created, item.incident_id)

    # -- Qt model interface -------------------------------------------------

    def _header_labels(self) -> dict[int, str]:
        return {
            IncidentColumn.ID: self.tr("Incident"),
            IncidentColumn.PRIORITY: self.tr("P"),
            IncidentColumn.TYPE: self.tr("Type"),
            IncidentColumn.LOCATION: self.tr("Location"),
            IncidentColumn.AGE: self.tr("Age"),
            IncidentColumn.UNITS: self.tr("Units"),
        }

    def _role_data(self, incident: IncidentView, column: IncidentColumn, role: int) -> Any:
        if column == IncidentColumn.PRIORITY:
            colour = PRIORITY_COLOURS.get(incident.priority)
            if role == Qt.ItemDataRole.BackgroundRole:
                return colour
            if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
                light = incident.priority in _LIGHT_TEXT
                return QColor("white") if light else QColor("black")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Priority {n} (1 is the highest)").format(n=incident.priority)
        if column == IncidentColumn.LOCATION:
            unverified = _unverified(incident)
            if role == UNVERIFIED_ROLE:
                return unverified
            if role == Qt.ItemDataRole.FontRole and unverified:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._location_tooltip(incident)
        return None

    def _location_text(self, incident: IncidentView) -> str:
        info = incident_place(incident)
        coordinates = shown_ltr(f"{incident.lat:.5f}, {incident.lon:.5f}")
        if info is None or info.verified is None:
            return shown_isolated(incident.location) if incident.location else coordinates
        if info.verified and info.place is not None:
            return f"✓ {shown_isolated(info.place.label)}"
        named = info.typed or describe_place_name(info.reverse)
        return "⚠ " + (shown_isolated(named) if named else coordinates)

    def _location_tooltip(self, incident: IncidentView) -> str:
        info = incident_place(incident)
        lines = []
        if info is None or info.verified is None:
            lines.append(shown_isolated(incident.location or ""))
        else:
            if info.typed:
                lines.append(self.tr("Typed: {typed}").format(typed=shown_isolated(info.typed)))
            if info.verified and info.place is not None:
                lines.append(
                    self.tr("Verified: {label} ({kind}, {distance} m)").format(
                        label=shown_isolated(info.place.label),
                        kind=info.place.kind,
                        distance=f"{info.place.distance_m or 0:.0f}",
                    )
                )
            elif info.override:
                lines.append(self.tr("UNVERIFIED: a forced point"))
            else:
                lines.append(self.tr("UNVERIFIED: an automatic position"))
            if info.reverse is not None:
                near = describe_place_name(info.reverse)
                lines.append(self.tr("Nearest: {near}").format(near=shown_isolated(near)))
            builds = sorted(
                {n.build_id for n in (info.place, info.reverse) if n is not None and n.build_id}
            )
            if builds:
                lines.append(self.tr("Places index: {build}").format(build=", ".join(builds)))
        lines.append(shown_ltr(f"{incident.lat:.5f}, {incident.lon:.5f}"))
        return "\n".join(line for line in lines if line)

    def _display(self, incident: IncidentView, column: IncidentColumn) -> str:
        match column:
            case IncidentColumn.ID:
                return incident.incident_id
            case IncidentColumn.PRIORITY:
                return str(incident.priority)
            case IncidentColumn.TYPE:
                return incident_type_label(incident.type_name)
            case IncidentColumn.LOCATION:
                return self._location_text(incident)
            case IncidentColumn.AGE:
                return format_elapsed(self.age_s(incident))
            case IncidentColumn.UNITS:
                # Each call sign isolated: the list reads in the console's direction.
                return " ".join(shown_ltr(unit) for unit in incident.units)
        return ""


def _unverified(incident: IncidentView) -> bool:
    info = incident_place(incident)
    return info is not None and info.verified is False


def column_specs() -> dict[int, ColumnSpec]:
    """How the incident table's columns are sized (``widgets.keyed_table.fit_columns``):
    the number and the age are never cut."""
    return {
        IncidentColumn.ID: ColumnSpec(sample="2026-000000", fit_content=True),
        IncidentColumn.PRIORITY: ColumnSpec(sample="9", icon=False),
        IncidentColumn.TYPE: ColumnSpec(sample="Structure fire", stretch=1, elide=True),
        IncidentColumn.LOCATION: ColumnSpec(sample="⚠ Mannerheimintie 12", stretch=2, elide=True),
        IncidentColumn.AGE: ColumnSpec(sample="0:00:00"),
        IncidentColumn.UNITS: ColumnSpec(sample="HE11 HE12 HE14", elide=True, drop=1),
    }


class IncidentQueueDock(QueueDock):
    """Dock with the queue table and its one-second age timer."""

    DOUBLE_CLICK_ACTIVATES = True

    sigIncidentSelected = Signal(str)
    sigSelectionCleared = Signal()
    sigIncidentActivated = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IncidentQueueDock")
        self.setWindowTitle(self.tr("Incidents"))
        self._model: IncidentQueueModel = IncidentQueueModel(self, clock=clock)
        self._install_table(self._model, column_specs())

    # -- accessors ------------------------------------------------------------

    def model(self) -> IncidentQueueModel:
        return self._model

    def age_timer(self) -> QTimer:
        return self._timer

    # -- data in --------------------------------------------------------------

    set_incidents = QueueDock.set_items
    update_incident = QueueDock.update_item

    # -- selection --------------------------------------------------------------

    selected_incident = QueueDock.selected_id
    select_incident = QueueDock.select_id

    def _selection_changed_to(self, item_id: str | None) -> None:
        if item_id is None:
            self.sigSelectionCleared.emit()
        else:
            self.sigIncidentSelected.emit(item_id)

    def _row_activated(self, row: int) -> None:
        self.sigIncidentActivated.emit(self._model.incident_at(row).incident_id)
