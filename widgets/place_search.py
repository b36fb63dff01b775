"""Map search field: find any place and hand it to the map.

Contract:

* ``PlaceSearchWidget(parent)`` is a search field ("Find a place…") with
  its own result list (``widgets.place_completer.PlaceCompleterWidget``).
  Every edit emits ``sigQuery(query)`` (stripped; an empty field closes the
  list); the console answers with ``show_results(query, places, note)``,
  which is ignored unless ``query`` is what the field holds now (a stale
  answer never replaces a newer one).
* Up/Down move in the list, Enter or Tab choose (Enter with the list closed
  chooses the first result of the last answer), Escape closes the list, then
  a second Escape clears the field and hands the focus back.
  Choosing emits ``place_chosen(place)`` (a ``models.places.types.Place``):
  the window centres the map on it. A click on a row chooses it too.
* Ctrl+F anywhere in its window focuses the field (``focus_search()``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from models.places.types import Place
from widgets.place_completer import PlaceCompleterWidget, elide_query

__all__ = ["PlaceSearchWidget"]


class PlaceSearchWidget(QWidget):
    """A search field with a list of places under it."""

    sigQuery = Signal(str)
    place_chosen = Signal(object)  # Place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaceSearchWidget")
        self._query = ""
        self._answered: list[Place] = []

        self._edit = QLineEdit(self)
        self._edit.setObjectName("PlaceSearchEdit")
        self._edit.setPlaceholderText(self.tr("Find a place (Ctrl+F): address, corner, landmark"))
        self._edit.setClearButtonEnabled(True)
        self._edit.textEdited.connect(self._on_edit_text_edited)
        self._edit.returnPressed.connect(self._on_edit_return_pressed)
        self._edit.installEventFilter(self)

        self._list = PlaceCompleterWidget(self)
        self._list.sigPicked.connect(self._choose)

        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.focus_search)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)

    # -- accessors ---------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._edit

    def result_list(self) -> PlaceCompleterWidget:
        return self._list

    def shortcut(self) -> QShortcut:
        return self._shortcut

    # -- API -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def show_results(self, query: str, places: Sequence[Place], note: str | None = None) -> None:
        if query != self._query:
            return
        self._answered = list(places)
        if not places and not note:
            note = self.tr("No place found for '{query}'").format(query=elide_query(query))
        self._list.set_results(query, places, note)
        self._list.show_under(self._edit)

    # -- internals -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._on_key(event.key()):
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _on_key(self, key: int) -> bool:
        open_list = (
            self._list.isVisible()
            and self._list.query() == self._query
            and self._list.current_place() is not None
        )
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and open_list:
            self._list.move_current(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Tab and open_list:
            self._choose(self._list.current_place())
            return True
        if key == Qt.Key.Key_Escape:
            if self._list.isVisible():
                self._list.hide()
            else:
                self._edit.clear()
                self._query = ""
                self._edit.clearFocus()
            return True
        return False

    def _on_edit_text_edited(self, text: str) -> None:
        query = " ".join(text.split())
        if query == self._query:
            return
        self._query = query
        self._answered = []
        if not query:
            self._list.hide()
            return
        self._list.set_stale(True)  # never chosen from until this query's answer arrives
        self.sigQuery.emit(query)

    def _on_edit_return_pressed(self) -> None:
        if self._list.isVisible() and self._list.query() == self._query:
            self._choose(self._list.current_place())
        elif self._answered:
            self._choose(self._answered[0])

    def _choose(self, place: Any) -> None:
        if place is None:
            return
        self._list.hide()
        self.place_chosen.emit(place)
