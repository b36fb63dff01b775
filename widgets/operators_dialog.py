"""Managing operators from the console: a list and four requests.

Contract: ``OperatorsDialog(parent, roles)`` lists ``OperatorRow``s
(``set_operators(rows)``: name, role, enabled or disabled, has a password,
where signed in) and asks for one change at a time; it decides nothing and
never sees a hash. Its requests: ``sigAddRequested(name, role, password)``,
``sigRoleRequested(name, role)``, ``sigDisableRequested(name, reason)`` and
``sigPasswordRequested(name, password)``. A new password is typed twice;
when they differ nothing is requested and the dialog says so. The console
answers with ``show_result(ok, message)`` (a refusal names the role needed)
and a fresh ``set_operators``. Selecting a row puts its name and role in the
fields. Roles are shown by their names in the console's language (the
roles are marked ``Refusal`` in ``models.operators.roles``) and requested by
their codes. Shown with ``open()``; registered with ``track_dialog``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.dialogs import track_dialog


def role_name(role: str) -> str:
    """A role's name in the console's language (its code when not translated)."""
    return QCoreApplication.translate("Refusal", role)


@dataclass(frozen=True, slots=True)
class OperatorRow:
    name: str
    role: str
    disabled: bool
    has_password: bool
    positions: tuple[str, ...] = ()


class OperatorsDialog(QDialog):
    sigAddRequested = Signal(str, str, str)  # name, role, password
    sigRoleRequested = Signal(str, str)  # name, role
    sigDisableRequested = Signal(str, str)  # name, reason
    sigPasswordRequested = Signal(str, str)  # name, password

    def __init__(self, parent: QWidget | None, roles: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("OperatorsDialog")
        self.setWindowTitle(self.tr("Operators"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Signed in at")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in roles:
            self.role_combo.addItem(role_name(role), role)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = QLineEdit()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow(self.tr("New &password"), self.password_edit)
        form.addRow(self.tr("&Again"), self.again_edit)
        form.addRow(self.tr("Reason (disable)"), self.reason_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("A&dd"), self._on_add_clicked),
            (self.tr("Set r&ole"), self._on_role_clicked),
            (self.tr("Reset pass&word"), self._on_password_clicked),
            (self.tr("D&isable"), self._on_disable_clicked),
            (self.tr("&Close"), self.accept),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(640, 480)
        track_dialog(self)

    # -- the console's answers --------------------------------------------------------

    def set_operators(self, rows: Sequence[OperatorRow]) -> None:
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            state = self.tr("disabled") if row.disabled else self.tr("enabled")
            if not row.has_password:
                state += self.tr(", no password")
            cells = (row.name, role_name(row.role), state, ", ".join(row.positions))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setData(Qt.ItemDataRole.UserRole, row.role)
                self.table.setItem(i, column, item)

    def show_result(self, ok: bool, message: str) -> None:
        colour = "" if ok else "color: #b00020; font-weight: bold;"
        self.message.setStyleSheet(colour)
        self.message.setText(message)
        if ok:
            self.password_edit.clear()
            self.again_edit.clear()
            self.reason_edit.clear()

    # -- requests ------------------------------------------------------------------------

    def _name(self) -> str | None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_result(False, self.tr("Type or select an operator's name."))
            return None
        return name

    def _role(self) -> str:
        return str(self.role_combo.currentData() or self.role_combo.currentText())

    def _password(self) -> str | None:
        if self.password_edit.text() != self.again_edit.text():
            self.show_result(False, self.tr("The two passwords differ."))
            return None
        return self.password_edit.text()

    def _on_add_clicked(self) -> None:
        name = self._name()
        password = self._password() if name else None
        if name and password is not None:
            self.sigAddRequested.emit(name, self._role(), password)

    def _on_role_clicked(self) -> None:
        if name := self._name():
            self.sigRoleRequested.emit(name, self._role())

    def _on_password_clicked(self) -> None:
        name = self._name()
        password = self._password() if name else None
        if name and password is not None:
            self.sigPasswordRequested.emit(name, password)

    def _on_disable_clicked(self) -> None:
        if name := self._name():
            self.sigDisableRequested.emit(name, self.reason_edit.text().strip())

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        name, role = self.table.item(row, 0), self.table.item(row, 1)
        if name is not None:
            self.name_edit.setText(name.text())
        if role is not None:
            index = self.role_combo.findData(role.data(Qt.ItemDataRole.UserRole))
            if index >= 0:
                self.role_combo.setCurrentIndex(index)
