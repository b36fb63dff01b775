"""Recommendation panel: which units to send to an incident, and why.

Contract: ``RecommendationPanelDock.show_recommendation(view | None)`` shows
a ``RecommendationView``: one group row per required slot ("Engine ×2",
with how many are picked) and, under it, the ranked candidates with ETA
(``m:ss``), route length (km), fix age or "from station", and the reason
(column and tooltip). Recommended candidates start checked; the dispatcher
overrides by checking or unchecking (mouse, or Space on the current row).
Shortfall sentences are shown above the table in amber, always visible.

Dispatching: Enter in the table or the "Dispatch (Enter)" button emits
``sigDispatch(incident_id, call_signs, recommended)`` with the checked call
signs in slot and rank order (each once), ``recommended`` False when the
checked set differs from the console's recommendation. Nothing is emitted
while no unit is checked. ``sigCandidateHovered(call_sign)`` follows the
mouse and the keyboard cursor over candidates (``""`` when none), so the
map can highlight that unit's route.

Following the dispatcher's focus: ``follow_incident(incident_id | None)``
says which incident is selected. A recommendation for any other incident is
dropped at once (never left on screen with Dispatch active): the panel then
says there is no recommendation for the selected incident and how to get
one. From then on ``show_recommendation(view)`` shows only a view of the
followed incident (returns False, showing nothing new, for another one: a
late answer for an incident the dispatcher has left); ``None`` always
clears. Until ``follow_incident`` is first called every view is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_ltr
from widgets.catalogue_labels import unit_type_label
from widgets.clock import format_age
from widgets.column_fit import ColumnSpec, fit_columns
from widgets.status_style import format_mmss
from widgets.themes import current_theme
from widgets.views import CandidateView, RecommendationView

__all__ = ["CALL_SIGN_ROLE", "RecommendationPanelDock"]

CALL_SIGN_ROLE = Qt.ItemDataRole.UserRole + 1

# Amber that reads as "attention" on both themes (text on a pale or dark fill).
_AMBER_DAY = ("#7a4a00", "#ffe8b0", "#e0a800")  # text, fill, border
_AMBER_NIGHT = ("#ffd27a", "#3d2e00", "#b38600")

_COLUMNS = 6
_UNIT, _TYPE, _ETA, _ROUTE, _FIX, _REASON = range(_COLUMNS)


class RecommendationPanelDock(QDockWidget):
    """Dock listing a recommendation's slots and candidates, with a dispatch button."""

    sigDispatch = Signal(str, list, bool)
    sigCandidateHovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecommendationPanelDock")
        self.setWindowTitle(self.tr("Recommendation"))
        self._view: RecommendationView | None = None
        self._focus: str | None = None
        self._following = False
        self._initial: list[str] = []
        self._hovered = ""
        self._filling = False

        self._title = QLabel(self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._shortfall = QLabel(self)
        self._shortfall.setObjectName("shortfall")
        self._shortfall.setTextFormat(Qt.TextFormat.PlainText)
        self._shortfall.setWordWrap(True)
        self._shortfall.setFont(font)
        self._shortfall.setVisible(False)

        self._tree = QTreeWidget(self)
        self._tree.setColumnCount(_COLUMNS)
        self._tree.setHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Type"),
                self.tr("ETA"),
                self.tr("Route"),
                self.tr("Fix"),
                self.tr("Reason"),
            ]
        )
        self._tree.setRootIsDecorated(False)
        self._tree.setItemsExpandable(False)
        self._tree.setUniformRowHeights(True)
        self._tree.setAllColumnsShowFocus(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._tree.setMouseTracking(True)
        self._tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self._tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(
            self._tree,
            {
                _UNIT: ColumnSpec(sample="HEP000", fit_content=True),  # with a check box
                _TYPE: ColumnSpec(sample="ALS ambulance", elide=True, drop=2),
                _ETA: ColumnSpec(sample="00:00"),
                _ROUTE: ColumnSpec(sample="00.0 km", drop=3),
                _FIX: ColumnSpec(sample="from station", elide=True, drop=1),
                _REASON: ColumnSpec(sample="x" * 30, stretch=1, elide=True, min_chars=12),
            },
        )
        self._tree.itemChanged.connect(self._on_tree_item_changed)
        self._tree.itemEntered.connect(self._on_tree_item_entered)
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self._tree.viewport().installEventFilter(self)
        self._tree.installEventFilter(self)

        self._dispatch_button = QPushButton(self.tr("Dispatch (Enter)"), self)
        self._dispatch_button.setAutoDefault(True)
        self._dispatch_button.clicked.connect(self._on_dispatch_button_clicked)
        self._selection_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self._selection_label, 1)
        bar.addWidget(self._dispatch_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._title)
        layout.addWidget(self._shortfall)
        layout.addWidget(self._tree, 1)
        layout.addLayout(bar)
        self.setWidget(content)
        self.setFocusProxy(self._tree)
        self.show_recommendation(None)

    # -- accessors for the window and tests -------------------------------------

    def tree(self) -> QTreeWidget:
        return self._tree

    def dispatch_button(self) -> QPushButton:
        return self._dispatch_button

    def shortfall_label(self) -> QLabel:
        return self._shortfall

    def recommendation(self) -> RecommendationView | None:
        return self._view

    def candidate_item(self, call_sign: str, slot: int | None = None) -> QTreeWidgetItem | None:
        """The first row of ``call_sign`` (in slot ``slot`` when given)."""
        for index in range(self._tree.topLevelItemCount()):
            if slot is not None and index != slot:
                continue
            group = self._tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.data(_UNIT, CALL_SIGN_ROLE) == call_sign:
                    return item
        return None

    def checked_call_signs(self) -> list[str]:
        """Checked candidates in slot and rank order, each call sign once."""
        seen: dict[str, None] = {}
        for index in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.checkState(_UNIT) == Qt.CheckState.Checked:
                    seen.setdefault(str(item.data(_UNIT, CALL_SIGN_ROLE)), None)
        return list(seen)

    def is_overridden(self) -> bool:
        """True when the checked set differs from the console's recommendation."""
        return set(self.checked_call_signs()) != set(self._initial)

    # -- data in --------------------------------------------------------------

    def followed_incident(self) -> str | None:
        """The incident the panel follows (``follow_incident``), None when none."""
        return self._focus

    def follow_incident(self, incident_id: str | None) -> bool:
        """Follow the selected incident; True when the recommendation shown stays (it is its)."""
        self._following = True
        self._focus = incident_id or None
        if self._view is not None and self._view.incident_id == self._focus:
            return True
        self.show_recommendation(None)
        return False

    def show_recommendation(self, view: RecommendationView | None) -> bool:
        """Show ``view`` (None: clear); False when it is not the followed incident's."""
        if view is not None and self._following and view.incident_id != self._focus:
            return False
        self._view = view
        self._filling = True
        try:
            self._tree.clear()
            if view is None:
                if self._focus is None:
                    self._title.setText(self.tr("No recommendation"))
                else:
                    self._title.setText(
                        self.tr("No recommendation for incident {incident}").format(
                            incident=self._focus
                        )
                    )
                self._initial = []
            else:
                self._title.setText(
                    self.tr("Recommendation for incident {incident}").format(
                        incident=view.incident_id
                    )
                )
                self._fill(view)
                self._initial = self.checked_call_signs()
        finally:
            self._filling = False
        self._show_shortfall(view.shortfall if view is not None else ())
        self._refresh_counts()
        first = self._first_candidate()
        if first is not None:
            self._tree.setCurrentItem(first)
        self._hover(self._call_sign_of(self._tree.currentItem()))
        return True

    def _fill(self, view: RecommendationView) -> None:
        bold = self._tree.font()
        bold.setBold(True)
        for unit_type, count, candidates in view.slots:
            group = QTreeWidgetItem(self._tree)
            group.setText(
                _UNIT,
                self.tr("{type} ×{count}").format(
                    type=_capitalised(unit_type_label(unit_type)), count=count
                ),
            )
            group.setData(_UNIT, Qt.ItemDataRole.UserRole, count)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(False)
            for column in range(_COLUMNS):
                group.setFont(column, bold)
            for candidate in candidates:
                self._add_candidate(group, candidate)
            group.setExpanded(True)

    def _add_candidate(self, group: QTreeWidgetItem, candidate: CandidateView) -> None:
        item = QTreeWidgetItem(group)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setData(_UNIT, CALL_SIGN_ROLE, candidate.call_sign)
        item.setText(_UNIT, shown_ltr(candidate.call_sign))
        item.setCheckState(
            _UNIT, Qt.CheckState.Checked if candidate.recommended else Qt.CheckState.Unchecked
        )
        item.setText(_TYPE, unit_type_label(candidate.unit_type))
        item.setText(_ETA, shown_ltr(format_mmss(candidate.eta_s)) or "—")
        item.setText(
            _ROUTE,
            "—"
            if candidate.route_m is None
            else self.tr("{km} km").format(km=f"{candidate.route_m / 1000:.1f}"),
        )
        if candidate.fix_age_s is None:
            item.setText(_FIX, self.tr("from station"))
        else:
            item.setText(_FIX, self.tr("{age} ago").format(age=format_age(candidate.fix_age_s)))
        item.setText(_REASON, candidate.reason)
        trailing = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        for column in (_ETA, _ROUTE):
            item.setTextAlignment(column, trailing)
        for column in range(_COLUMNS):
            item.setToolTip(column, candidate.reason)

    def _show_shortfall(self, sentences: tuple[str, ...]) -> None:
        if not sentences:
            self._shortfall.clear()
            self._shortfall.setVisible(False)
            return
        text, fill, border = _AMBER_NIGHT if self._dark() else _AMBER_DAY
        self._shortfall.setText("\n".join(f"⚠ {sentence}" for sentence in sentences))
        self._shortfall.setStyleSheet(
            f"QLabel#shortfall {{ color: {text}; background: {fill};"
            f" border: 1px solid {border}; border-radius: 3px; padding: 4px; }}"
        )
        self._shortfall.setVisible(True)

    def shortfall_colour(self) -> QColor:
        """The shortfall text colour in effect (amber for the current theme)."""
        return QColor((_AMBER_NIGHT if self._dark() else _AMBER_DAY)[0])

    def _dark(self) -> bool:
        return current_theme(self.window()) == "night"  # type: ignore[arg-type]

    def _first_candidate(self) -> QTreeWidgetItem | None:
        for index in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(index)
            if group.childCount():
                return group.child(0)
        return None

    def _refresh_counts(self) -> None:
        checked = 0
        for index in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(index)
            picked = sum(
                1
                for child in range(group.childCount())
                if group.child(child).checkState(_UNIT) == Qt.CheckState.Checked
            )
            checked += picked
            wanted = int(group.data(_UNIT, Qt.ItemDataRole.UserRole) or 0)
            self._filling = True
            try:
                group.setText(
                    _REASON,
                    self.tr("{picked} of {wanted} picked").format(picked=picked, wanted=wanted),
                )
                if picked < wanted:
                    group.setForeground(_REASON, self.shortfall_colour())
                else:
                    group.setForeground(
                        _REASON, self._tree.palette().color(QPalette.ColorRole.Text)
                    )
            finally:
                self._filling = False
        units = self.checked_call_signs()
        self._dispatch_button.setEnabled(self._view is not None and bool(units))
        if self._view is None:
            if self._focus is None:
                self._selection_label.setText(self.tr("Select an incident; R recommends units."))
            else:
                self._selection_label.setText(
                    self.tr("R {incident} recommends units for it.").format(
                        incident=shown_ltr(self._focus)
                    )
                )
        elif self.is_overridden():
            self._selection_label.setText(
                self.tr("%n unit(s), changed by dispatcher", "", len(units))
            )
        else:
            self._selection_label.setText(self.tr("%n unit(s), as recommended", "", len(units)))

    # -- dispatching ------------------------------------------------------------

    def dispatch(self) -> bool:
        """Emit ``sigDispatch`` for the checked units; False if nothing to send."""
        units = self.checked_call_signs()
        if self._view is None or not units:
            return False
        self.sigDispatch.emit(self._view.incident_id, units, not self.is_overridden())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.dispatch()
                return True
        if watched is self._tree.viewport() and event.type() == QEvent.Type.Leave:
            self._hover(self._call_sign_of(self._tree.currentItem()))
        return super().eventFilter(watched, event)

    def _on_dispatch_button_clicked(self) -> None:
        self.dispatch()

    def _on_tree_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == _UNIT:
            self._refresh_counts()

    def _on_tree_item_entered(self, item: QTreeWidgetItem, _column: int) -> None:
        self._hover(self._call_sign_of(item))

    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._hover(self._call_sign_of(current))

    @staticmethod
    def _call_sign_of(item: QTreeWidgetItem | None) -> str:
        if item is None:
            return ""
        value = item.data(_UNIT, CALL_SIGN_ROLE)
        return str(value) if value else ""

    def _hover(self, call_sign: str) -> None:
        if call_sign != self._hovered:
            self._hovered = call_sign
            self.sigCandidateHovered.emit(call_sign)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
