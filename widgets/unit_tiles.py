"""Unit status tiles: every unit's status at a glance, readable from a metre away.

Contract:

* ``UnitTilesWidget(model, proxy)`` draws one tile per row of ``proxy`` (a
  ``UnitBoardProxyModel`` over ``model``, a ``UnitBoardModel``), in the
  proxy's order, so the board's filter applies to the tiles too. Tiles are
  grouped under a heading per group of ``set_group_by``: ``"station"``,
  ``"discipline"``, ``"status"`` or ``""`` (one group); groups are ordered by
  station name, discipline (police, fire, medical) or lifecycle.
* A tile is filled with the unit's status colour (``widgets.status_style``,
  the colour the map and the unit table use) and shows the call sign in a
  large bold font, the status text, the time in status ("4:12", from the
  model's clock snapshot) and the incident (or the unit type when it has
  none), in the status's ink (``status_ink``: near-black or white, whichever
  reads better on the fill).
  A unit whose status is overdue gets a thick warning border, a "⚠" before
  its status and flashes: every ``FLASH_MS`` its fill swaps between the
  status colour and the window background, lettered in the warning colour
  (``flash_timer()`` runs only while a unit is overdue).
* It repaints when the model or the proxy changes what a tile shows (the
  board's one-second age refresh included; a unit's new fix alone is not
  painted: its tooltip reads it; a selection repaints the two tiles it
  concerns) and sizes itself to the width it is given (put it in a
  ``QScrollArea`` with ``widgetResizable``). A burst of changes is laid out
  once, on the next turn of the event loop, and not at all while hidden.
* Selection: clicking a tile (or arrow keys between tiles) emits
  ``sigUnitSelected(call_sign)``, a double-click or Enter
  ``sigUnitActivated(call_sign)``; a right-click or the Menu key emits
  ``sigContextMenuRequested(call_sign, global_pos)``.
  ``set_selected(call_sign | None)`` marks a tile without emitting.
* For tests and callers: ``groups()`` (heading, call signs), ``heading_rects``, ``tile_rect``,
  ``tile_at``, ``tile_fill``, ``tile_text_colour`` and ``tile_texts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from widgets.bidi import shown_ltr
from widgets.catalogue_labels import unit_type_label
from widgets.status_style import (
    format_mmss,
    overdue_color,
    status_color,
    status_ink,
    status_label,
    status_rank,
)
from widgets.symbols import discipline_icon, discipline_label
from widgets.themes import current_theme
from widgets.unit_board_model import UnitBoardModel, UnitBoardProxyModel
from widgets.views import UnitView

__all__ = ["FLASH_MS", "UnitTilesWidget", "contrast_ratio"]

FLASH_MS = 500
TILE_WIDTH_EM = 8.0  # in widths of the base font's "M"
CALL_SIGN_SCALE = 1.6  # call sign size against the base font: read from a metre away
_GAP = 6
_BORDER = 4
_DISCIPLINES = ("police", "fire", "medical")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.x contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(slots=True)
class _Tile:
    unit: UnitView
    rect: QRect


def _shown(unit: UnitView) -> tuple[object, ...]:
    """What a tile shows of ``unit`` or groups it by (not its position or fix)."""
    return (unit.call_sign, unit.unit_type, unit.discipline, unit.station_id, unit.status,
            unit.status_since, unit.incident_id, unit.overdue)  # fmt: skip


@dataclass(slots=True)
class _Group:
    title: str
    rect: QRect  # the heading
    tiles: list[_Tile]


class UnitTilesWidget(QWidget):
    """Status tiles over the unit board's proxy model."""

    sigUnitSelected = Signal(str)
    sigUnitActivated = Signal(str)
    sigContextMenuRequested = Signal(str, QPoint)

    def __init__(
        self, model: UnitBoardModel, proxy: UnitBoardProxyModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnitTiles")
        self._model = model
        self._proxy = proxy
        self._group_by = ""
        self._selected: str | None = None
        self._groups: list[_Group] = []
        self._tiles: dict[str, _Tile] = {}
        self._order: list[str] = []
        self._flash_on = False
        self._dirty = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._on_flash_timeout)
        for signal in (
            proxy.modelReset,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
            model.modelReset,
            model.rowsInserted,
        ):
            signal.connect(self._on_rows_changed)
        model.dataChanged.connect(self._on_model_data_changed)
        self._relayout()

    # -- reading --------------------------------------------------------------------

    def group_by(self) -> str:
        return self._group_by

    def groups(self) -> list[tuple[str, list[str]]]:
        """Each group's heading and its call signs, in the order drawn."""
        self._relayout_if_dirty()
        return [(g.title, [t.unit.call_sign for t in g.tiles]) for g in self._groups]

    def heading_rects(self) -> list[QRect]:
        """Where each group's heading is drawn, in the order of ``groups()``."""
        self._relayout_if_dirty()
        return [QRect(group.rect) for group in self._groups]

    def tile_rect(self, call_sign: str) -> QRect | None:
        self._relayout_if_dirty()
        tile = self._tiles.get(call_sign)
        return QRect(tile.rect) if tile is not None else None

    def tile_at(self, pos: QPoint) -> str | None:
        for call_sign, tile in self._tiles.items():
            if tile.rect.contains(pos):
                return call_sign
        return None

    def tile_fill(self, call_sign: str) -> QColor | None:
        self._relayout_if_dirty()
        tile = self._tiles.get(call_sign)
        return self._fill(tile.unit) if tile is not None else None

    def tile_text_colour(self, call_sign: str) -> QColor | None:
        self._relayout_if_dirty()
        tile = self._tiles.get(call_sign)
        return self._ink(tile.unit) if tile is not None else None

    def tile_texts(self, call_sign: str) -> tuple[str, str, str, str] | None:
        """(call sign, status, time in status, incident or unit type) as drawn."""
        self._relayout_if_dirty()
        tile = self._tiles.get(call_sign)
        return self._texts(tile.unit) if tile is not None else None

    def call_sign_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * CALL_SIGN_SCALE)
        return font

    def flash_timer(self) -> QTimer:
        return self._flash

    def flash_on(self) -> bool:
        return self._flash_on

    def selected(self) -> str | None:
        return self._selected

    # -- writing --------------------------------------------------------------------

    def set_group_by(self, group: str) -> None:
        if group not in ("", "station", "discipline", "status"):
            raise ValueError(f"unknown grouping {group!r}")
        if group != self._group_by:
            self._group_by = group
            self._relayout()

    def set_selected(self, call_sign: str | None) -> None:
        """Mark ``call_sign``'s tile (None: none) without emitting anything."""
        if call_sign != self._selected:
            before, self._selected = self._selected, call_sign
            # Only the tiles that lose and gain the mark.
            for tile in (self._tiles.get(before or ""), self._tiles.get(call_sign or "")):
                if tile is not None:
                    self._update_tile(tile)

    def _update_tile(self, tile: _Tile) -> None:
        """Repaint one tile with what is drawn outside it (the selection's outline)."""
        self.update(tile.rect.adjusted(-3, -3, 3, 3))

    # -- layout ---------------------------------------------------------------------

    def _units(self) -> list[UnitView]:
        units = []
        for row in range(self._proxy.rowCount()):
            source = self._proxy.mapToSource(self._proxy.index(row, 0))
            if source.isValid():
                units.append(self._model.unit_at(source.row()))
        return units

    def _group_of(self, unit: UnitView) -> tuple[object, str]:
        """(sort key, heading) of ``unit``'s group."""
        match self._group_by:
            case "station":
                name = self._model.station_name(unit) or self.tr("No station")
                return (name.casefold(), name)
            case "discipline":
                rank = (
                    _DISCIPLINES.index(unit.discipline)
                    if unit.discipline in _DISCIPLINES
                    else len(_DISCIPLINES)
                )
                return ((rank, unit.discipline), discipline_label(unit.discipline))
            case "status":
                return ((status_rank(unit.status), unit.status), status_label(unit.status))
        return ((), "")

    def _tile_size(self) -> QSize:
        base = QFontMetrics(self.font())
        big = QFontMetrics(self.call_sign_font())
        width = max(
            round(base.horizontalAdvance("M") * TILE_WIDTH_EM),
            big.horizontalAdvance("HEP0000") + 2 * _BORDER + 24,
        )
        height = big.height() + 2 * base.height() + 2 * _BORDER + 6
        return QSize(width, height)

    def _heading_height(self) -> int:
        return QFontMetrics(self._heading_font()).height() + 4

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _relayout(self) -> None:
        self._dirty = False
        buckets: dict[object, tuple[str, list[UnitView]]] = {}
        for unit in self._units():
            key, title = self._group_of(unit)
            buckets.setdefault(key, (title, []))[1].append(unit)
        size = self._tile_size()
        width = max(self.width(), size.width() + 2 * _GAP)
        per_row = max(1, (width - _GAP) // (size.width() + _GAP))
        # Spread the spare width over the tiles: they fill the dock's width.
        tile_width = max(size.width(), (width - _GAP) // per_row - _GAP)
        y = _GAP
        self._groups = []
        self._tiles = {}
        self._order = []
        for key in sorted(buckets, key=lambda k: (str(type(k)), k)):
            title, units = buckets[key]
            heading = QRect(_GAP, y, width - 2 * _GAP, self._heading_height() if title else 0)
            y = heading.bottom() + 1 + (2 if title else 0)
            tiles = []
            for n, unit in enumerate(units):
                column, row = n % per_row, n // per_row
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    column = per_row - 1 - column  # tiles are read from the right
                rect = QRect(
                    _GAP + column * (tile_width + _GAP),
                    y + row * (size.height() + _GAP),
                    tile_width,
                    size.height(),
                )
                tile = _Tile(unit, rect)
                tiles.append(tile)
                self._tiles[unit.call_sign] = tile
                self._order.append(unit.call_sign)
            rows = (len(units) + per_row - 1) // per_row
            y += rows * (size.height() + _GAP) + _GAP
            self._groups.append(_Group(title, heading, tiles))
        self.setMinimumHeight(y)
        self._update_flash()
        self.update()

    def sizeHint(self) -> QSize:
        size = self._tile_size()
        return QSize(3 * (size.width() + _GAP) + _GAP, self.minimumHeight())

    # -- painting -------------------------------------------------------------------

    def _dark(self) -> bool:
        return current_theme(QApplication.instance()) == "night"  # type: ignore[arg-type]

    def _fill(self, unit: UnitView) -> QColor:
        if unit.overdue and self._flash_on:
            # The flash: the tile empties to the background, outlined and
            # lettered in the warning colour; unmistakable next to any status.
            return self.palette().color(QPalette.ColorRole.Window)
        return status_color(unit.status, self._dark())

    def _ink(self, unit: UnitView) -> QColor:
        if unit.overdue and self._flash_on:
            return overdue_color(self._dark())
        return status_ink(unit.status, self._dark())

    def _texts(self, unit: UnitView) -> tuple[str, str, str, str]:
        elapsed = self._model.status_elapsed_s(unit)
        return (
            unit.call_sign,
            status_label(unit.status),
            format_mmss(elapsed),
            shown_ltr(unit.incident_id) if unit.incident_id else unit_type_label(unit.unit_type),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            # Leading and trailing follow this widget's direction (as the tiles' order does),
            # not the application's.
            painter.setLayoutDirection(self.layoutDirection())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            heading_ink = self.palette().color(QPalette.ColorRole.WindowText)
            heading_font = self._heading_font()
            for group in self._groups:
                if group.title and group.rect.intersects(event.rect()):
                    # Each time: a tile painted before leaves its own pen and font.
                    painter.setFont(heading_font)
                    painter.setPen(heading_ink)
                    painter.drawText(
                        group.rect,
                        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                        group.title,
                    )
                for tile in group.tiles:
                    if tile.rect.intersects(event.rect()):
                        self._paint_tile(painter, tile)
        finally:
            painter.end()

    def _paint_tile(self, painter: QPainter, tile: _Tile) -> None:
        unit = tile.unit
        dark = self._dark()
        fill = self._fill(unit)
        ink = self._ink(unit)
        rect = tile.rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        if unit.overdue:
            painter.setPen(QPen(overdue_color(dark), _BORDER))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)
        if unit.call_sign == self._selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        call_sign, status, elapsed, detail = self._texts(unit)
        if unit.overdue:
            status = f"⚠ {status}"
        inner = rect.adjusted(_BORDER + 4, _BORDER, -_BORDER - 4, -_BORDER)
        big = self.call_sign_font()
        big_metrics = QFontMetrics(big)
        base = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        left = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        icon = discipline_icon(unit.discipline, 16, dark)
        icon.paint(painter, QRect(inner.right() - 16, inner.top() + 2, 16, 16))
        painter.setPen(ink)
        # Line 1: the call sign, large.
        painter.setFont(big)
        top = QRect(inner.left(), inner.top(), inner.width() - 20, big_metrics.height())
        painter.drawText(
            top, left, big_metrics.elidedText(call_sign, Qt.TextElideMode.ElideRight, top.width())
        )
        # Line 2: the status, the whole width ("available on radio").
        painter.setFont(bold)
        line = QRect(inner.left(), top.bottom() + 1, inner.width(), base.height())
        painter.drawText(
            line, left, bold_metrics.elidedText(status, Qt.TextElideMode.ElideRight, line.width())
        )
        # Line 3: incident (or type) and the time in status.
        detail_rect = QRect(inner.left(), line.bottom() + 1, inner.width(), base.height())
        if elapsed:
            painter.drawText(detail_rect, right, elapsed)
            taken = bold_metrics.horizontalAdvance(elapsed) + 6
            if self.isRightToLeft():  # the time stands on the left: the detail keeps the rest
                detail_rect.setLeft(detail_rect.left() + taken)
            else:
                detail_rect.setWidth(detail_rect.width() - taken)
        painter.setFont(self.font())
        painter.drawText(
            detail_rect,
            left,
            base.elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )

    # -- events ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._schedule_relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        call_sign = self.tile_at(event.position().toPoint())
        if call_sign is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(call_sign)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        call_sign = self.tile_at(event.position().toPoint())
        if call_sign is not None:
            self.sigUnitActivated.emit(call_sign)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        call_sign = self.tile_at(event.pos())
        pos = event.globalPos()
        if call_sign is None and event.reason() == QContextMenuEvent.Reason.Keyboard:
            call_sign = self._selected
            tile = self._tiles.get(call_sign or "")
            if tile is not None:
                pos = self.mapToGlobal(tile.rect.center())
        if call_sign is not None and call_sign in self._tiles:
            self.sigContextMenuRequested.emit(call_sign, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected in self._tiles:
            self.sigUnitActivated.emit(self._selected)
            return
        step = self._step_for(key)
        if step is None or not self._order:
            super().keyPressEvent(event)
            return
        if self._selected not in self._tiles:
            self._choose(self._order[0])
            return
        self._choose(self._neighbour(self._selected, step))

    def _step_for(self, key: int) -> tuple[int, int] | None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        # On screen: the tiles themselves are mirrored for right-to-left reading.
        return steps.get(Qt.Key(key))

    def _neighbour(self, call_sign: str, step: tuple[int, int]) -> str:
        """The tile nearest to ``call_sign``'s in the ``step`` direction (itself if none)."""
        here = self._tiles[call_sign].rect.center()
        best: tuple[float, str] | None = None
        for other, tile in self._tiles.items():
            delta = tile.rect.center() - here
            along = delta.x() * step[0] + delta.y() * step[1]
            if other == call_sign or along <= 0:
                continue
            across = abs(delta.x() * step[1]) + abs(delta.y() * step[0])
            score = along + 3 * across
            if best is None or score < best[0]:
                best = (score, other)
        return best[1] if best is not None else call_sign

    def _choose(self, call_sign: str) -> None:
        self.set_selected(call_sign)
        self.sigUnitSelected.emit(call_sign)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            call_sign = self.tile_at(event.pos())
            tile = self._tiles.get(call_sign or "")
            if tile is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), self._tooltip(tile.unit), self)
            return True
        return super().event(event)

    def _tooltip(self, unit: UnitView) -> str:
        parts = [
            f"{shown_ltr(unit.call_sign)} · {unit_type_label(unit.unit_type)}"
            f" · {discipline_label(unit.discipline)}",
            self._model.station_name(unit),
            self.tr("{status} for {elapsed}").format(
                status=status_label(unit.status),
                elapsed=format_mmss(self._model.status_elapsed_s(unit)) or "?",
            ),
        ]
        if unit.incident_id:
            parts.append(self.tr("Incident {id}").format(id=shown_ltr(unit.incident_id)))
        if unit.overdue:
            parts.append(self.tr("Overdue: {reason}").format(reason=unit.overdue))
        return "\n".join(p for p in parts if p)

    # -- handlers -------------------------------------------------------------------

    def _on_rows_changed(self, *_args: object) -> None:
        self._schedule_relayout()

    def _schedule_relayout(self) -> None:
        """Coalesce a burst of updates (an AVL storm) into one layout, and none at all
        while the tiles are hidden (the table alone is shown): done when shown."""
        if self._dirty:
            return
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._relayout_if_dirty)

    def _relayout_if_dirty(self) -> None:
        if self._dirty:
            self._relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout_if_dirty()

    def _on_model_data_changed(self, first: QModelIndex, last: QModelIndex, *_args: object) -> None:
        # A unit that changed may move to another group or place; a timer tick
        # (the same units, a new clock snapshot) only repaints; a new fix alone (what
        # an AVL storm brings, several a second) changes nothing a tile shows.
        shown_changed = False
        for row in range(first.row(), last.row() + 1):
            unit = self._model.unit_at(row)
            tile = self._tiles.get(unit.call_sign)
            if tile is None:
                self._schedule_relayout()
                return
            if tile.unit is unit:
                shown_changed = True  # the clock moved on: its time in status
            elif _shown(tile.unit) == _shown(unit):
                tile.unit = unit  # its tooltip reads the newest
            else:
                self._schedule_relayout()
                return
        if shown_changed:
            self.update()

    def _update_flash(self) -> None:
        overdue = any(tile.unit.overdue for tile in self._tiles.values())
        if overdue and not self._flash.isActive():
            self._flash.start()
        elif not overdue and self._flash.isActive():
            self._flash.stop()
            self._flash_on = False

    def _on_flash_timeout(self) -> None:
        self._flash_on = not self._flash_on
        for tile in self._tiles.values():
            if tile.unit.overdue:
                self._update_tile(tile)
