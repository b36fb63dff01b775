"""The idle lock: a veil over the window, and the watch on the person's input.

Contract:

* ``IdleWatch(timeout_s, parent)`` is installed as an application event
  filter (``install()``); every key press, mouse press or wheel in any of
  the application's windows counts as activity. ``sigIdle`` is emitted once
  ``timeout_s`` has passed without any (checked every ``CHECK_MS``), then
  again only after new activity and another full timeout. ``timeout_s`` 0
  never emits. ``idle_s()`` says for how long there has been none. It
  decides nothing: the console locks only when nothing forbids it (an
  active call, an unacknowledged alarm), and calls ``touch()`` when it did not.
* ``IdleLockOverlay(window)`` covers the whole window (it follows its size)
  with a half-transparent veil: the picture stays visible under it, and no
  click or key reaches the window beneath. ``show_locked(who)`` shows it
  with the operator's name and a password field; Unlock emits
  ``sigUnlockRequested(password)`` and turns busy until the console answers
  ``refuse(message)`` or ``hide()``; "Change operator" emits
  ``sigChangeOperatorRequested`` (a shift change). The services refuse
  every action while the position is locked anyway: the veil is not the
  lock, only its face.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CHECK_MS = 5_000
VEIL = QColor(0, 0, 0, 110)
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    sigIdle = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self.timeout_s > 0:
            self._timer.start()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def touch(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def idle_s(self) -> float:
        return time.monotonic() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    def check(self) -> None:
        """Emit ``sigIdle`` if the timeout has passed (the timer calls it; tests too)."""
        if self.timeout_s > 0 and not self._fired and self.idle_s() >= self.timeout_s:
            self._fired = True
            self.sigIdle.emit()

    def _on_timer_timeout(self) -> None:
        self.check()


class IdleLockOverlay(QWidget):
    sigUnlockRequested = Signal(str)  # password
    sigChangeOperatorRequested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("IdleLock")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("IdleLockCard")
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        card = QVBoxLayout(self.card)
        self.title = QLabel(self.tr("POSITION LOCKED"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        card.addWidget(self.title)
        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        card.addWidget(self.who)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        card.addWidget(self.password_edit)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.hide()
        card.addWidget(self.message)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Change &operator…"))
        self.change_button.clicked.connect(self.sigChangeOperatorRequested)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        buttons.addWidget(self.unlock_button)
        card.addLayout(buttons)
        self.card.setMinimumWidth(420)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    # -- the console's answers ------------------------------------------------------

    def show_locked(self, who: str) -> None:
        self.who.setText(
            self.tr("{who} — the picture stays live; type your password to unlock.").format(who=who)
        )
        self.message.hide()
        self.set_busy(False)
        self._fit()
        self.show()
        self.raise_()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def refuse(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.message.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    @property
    def locked(self) -> bool:
        return self.isVisible()

    # -- geometry and input -----------------------------------------------------------

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), VEIL)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # nothing typed while locked reaches the window beneath

    def _on_unlock_clicked(self) -> None:
        self.message.hide()
        self.set_busy(True)
        self.sigUnlockRequested.emit(self.password_edit.text())
