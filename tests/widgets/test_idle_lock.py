"""The idle watch (activity, timeout, once per idle period) and the lock's veil."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow

from widgets.idle_lock import IdleLockOverlay, IdleWatch


def test_idle_watch_fires_once_per_idle_period_and_never_at_zero(qtbot: Any) -> None:
    window = QMainWindow()
    edit = QLineEdit()
    window.setCentralWidget(edit)
    qtbot.addWidget(window)
    watch = IdleWatch(0.05)
    watch.install()
    fired: list[bool] = []
    watch.sigIdle.connect(lambda: fired.append(True))
    watch.check()
    assert fired == []
    time.sleep(0.06)
    watch.check()
    watch.check()
    assert fired == [True]
    qtbot.keyClick(edit, Qt.Key.Key_A)  # activity: a new period
    assert watch.idle_s() < 0.05
    watch.check()
    assert fired == [True]
    time.sleep(0.06)
    watch.check()
    assert fired == [True, True]
    watch.uninstall()
    never = IdleWatch(0)
    never._last -= 10_000
    never.check()
    assert never.idle_s() > 1


def test_overlay_covers_the_window_swallows_keys_and_asks_for_the_password(qtbot: Any) -> None:
    window = QMainWindow()
    edit = QLineEdit()
    window.setCentralWidget(edit)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    overlay = IdleLockOverlay(window)
    overlay.show_locked("dina (dispatcher)")
    assert overlay.locked and overlay.geometry() == window.rect()
    assert "dina (dispatcher)" in overlay.who.text()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: overlay.geometry() == window.rect())
    asked: list[str] = []
    overlay.sigUnlockRequested.connect(asked.append)
    overlay.password_edit.setText("dina-pass-1")
    qtbot.keyClick(overlay.password_edit, Qt.Key.Key_Return)
    assert asked == ["dina-pass-1"] and not overlay.unlock_button.isEnabled()
    overlay.refuse("wrong password for dina")
    assert overlay.message.text() == "wrong password for dina" and overlay.unlock_button.isEnabled()
    changes: list[bool] = []
    overlay.sigChangeOperatorRequested.connect(lambda: changes.append(True))
    qtbot.mouseClick(overlay.change_button, Qt.MouseButton.LeftButton)
    assert changes == [True]
    qtbot.keyClick(overlay, Qt.Key.Key_X)
    assert edit.text() == ""  # nothing typed reaches the window beneath
    overlay.hide()
    assert not overlay.locked
