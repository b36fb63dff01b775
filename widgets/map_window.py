"""The map in a top-level window of its own, for a second monitor.

Contract:

* ``MapWindowWidget(title)`` is a top-level window that holds the console's
  map widget while it is detached from the main window: ``hold(map_widget)``
  takes it in, ``release()`` hands it back (the caller puts it where it
  belongs). The window never owns the map for good: closing it (the user's
  close button, Alt+F4) emits ``sigCloseRequested`` and is refused, so the
  caller can bring the map back into the main window rather than lose it.
* ``show_on(screen)`` places the window on ``screen`` (a ``QScreen``) and
  shows it maximized there; ``screen_name()`` is the name of the screen it
  is on (what a layout remembers).
* Actions added with ``addActions`` (the main window's map and view
  shortcuts) work while this window has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["MapWindowWidget"]


class MapWindowWidget(QWidget):
    """A top-level window showing the map on its own."""

    sigCloseRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        # A parent keeps it with the main window (and its lifetime), the Window
        # flag makes it a top-level window of its own.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("MapWindow")
        self.setWindowTitle(title)
        self._map: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def map_widget(self) -> QWidget | None:
        return self._map

    def hold(self, map_widget: QWidget) -> None:
        """Take the map widget in (out of wherever it was)."""
        self._map = map_widget
        layout = self.layout()
        assert layout is not None
        layout.addWidget(map_widget)
        map_widget.show()

    def release(self) -> QWidget | None:
        """Hand the map widget back, unparented from this window; hide the window."""
        map_widget, self._map = self._map, None
        if map_widget is not None:
            layout = self.layout()
            assert layout is not None
            layout.removeWidget(map_widget)
            map_widget.setParent(None)
        self.hide()
        return map_widget

    def show_on(self, screen: QScreen) -> None:
        """Show the window maximized on ``screen``."""
        if self.isVisible():
            self.hide()  # a window moves between screens reliably while hidden
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def screen_name(self) -> str:
        screen = self.screen()
        return screen.name() if screen is not None else ""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.sigCloseRequested.emit()
