"""The dispatcher's command line: type, Tab-complete, Enter.

Contract:

* ``CommandLineWidget(grammar)`` takes the grammar as a parameter (the
  console passes its ``console.controllers.command_grammar`` module) because widgets never
  import the console. The grammar provides ``parse(text, context)``,
  ``complete(text, cursor, context)``, ``word_span(text, cursor)``,
  ``help_for(verb)``, ``HELP`` (entries with ``verb``, ``aliases``, ``usage``,
  ``summary``, ``example``) and the classes ``ParseError`` (``template``,
  ``args``, ``position``) and ``Help`` (``verb``).
* ``set_context(context)`` hands over what the grammar matches against.
* Enter parses: an intent is emitted with ``sigIntent(object)`` and the line
  clears; a ``Help`` intent opens the inline help panel instead. An error is
  shown in red under the field (translated, never modal), the text stays and
  the cursor goes to the offending word. Editing clears the error.
* Tab completes the word at the cursor: one candidate is inserted at once;
  several insert their common prefix (also when it is no longer than what was
  typed but spelt otherwise: a unit typed with a Hebrew or Arabic keyboard
  layout comes back in Latin) and open a ``QCompleter`` popup (Enter or
  Tab there picks). Up/Down walk the history of submitted lines; F1 toggles
  the help panel (the commands with their aliases and examples, from the
  grammar's ``HELP``), even where the window binds F1 to its shortcut list
  (the line claims F1 and Escape first); Escape closes the popup, the help
  panel and the error.
* ``focus_command_line()`` focuses the field (the window binds Ctrl+L / F2).
* Places: while the cursor is in a place after ``@`` (the grammar's
  ``place_span``), every edit emits ``sigPlaceQuery(query)``; the console
  answers with ``show_place_results(query, places, note)`` and the list
  (``widgets.place_completer``) opens under the place: label, kind,
  locality, how sure. An answer for any other query than the one in the
  field now is ignored (a stale answer never replaces a newer one), and while
  the line's place is newer than the list's answers the list is greyed and
  never picked from (Enter submits what is typed). While it is open with
  current answers, Up/Down move in it, Tab or Enter pick, Escape closes it. A pick
  puts the place's label in the line and remembers the pick with what had
  been typed; Enter then emits the intent with the place attached (the
  grammar's ``attach_place``), so the picked place becomes the verified
  place and the typed text is kept. ``show_info(text)`` shows a neutral
  answer (e.g. WHERE's street name) where errors appear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_ltr
from widgets.place_completer import PlaceCompleterWidget, elide_query

__all__ = ["CommandEditWidget", "CommandGrammar", "CommandLineWidget"]

ERROR_COLOUR = QColor("#e0453f")
#: What a position looks like while it is being typed ("60.17", "60°10'N 24").
_COORDINATES_SO_FAR = re.compile(r"^[-+\d\s.,;°º'′\"″NSEWnsew]+$")
HISTORY_LIMIT = 200
#: Keys the line keeps for itself even where the window has a shortcut on them.
_OWN_KEYS = frozenset({Qt.Key.Key_F1, Qt.Key.Key_Escape})


class CommandGrammar(Protocol):
    """What the widget needs of a grammar (``console.controllers.command_grammar`` is one)."""

    HELP: Sequence[Any]
    ParseError: type
    Help: type

    def parse(self, text: str, context: Any) -> object: ...
    def complete(self, text: str, cursor: int, context: Any) -> list[str]: ...
    def word_span(self, text: str, cursor: int) -> tuple[int, int]: ...
    def help_for(self, verb: str) -> Any: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandGrammar", text)


def _ltr(text: str) -> str:
    """Isolate command syntax as left-to-right: in an RTL table "<unit>..." reorders."""
    return f"\u2066{text}\u2069"


class CommandEditWidget(QLineEdit):
    """The line edit: turns the command line's special keys into signals."""

    sigTabPressed = Signal()
    sigHistory = Signal(int)  # -1 older, +1 newer
    sigHelpPressed = Signal()
    sigEscapePressed = Signal()

    def event(self, event: QEvent) -> bool:
        # F1 is the window's "keyboard shortcuts" too: here it means the commands, so the
        # line claims it before the window's shortcut fires.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in _OWN_KEYS and plain:
                event.accept()
                return True
        # Tab must be caught here: QWidget.event would move the focus before
        # keyPressEvent runs, and the completer popup forwards keys to event().
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Tab and plain:
                self.sigTabPressed.emit()
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.sigHistory.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
        elif key == Qt.Key.Key_F1:
            self.sigHelpPressed.emit()
            event.accept()
        elif key == Qt.Key.Key_Escape:
            self.sigEscapePressed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class CommandLineWidget(QWidget):
    """Command field, inline error line and inline help panel."""

    sigIntent = Signal(object)
    sigPlaceQuery = Signal(str)

    def __init__(self, grammar: CommandGrammar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommandLineWidget")
        self._grammar = grammar
        self._context: Any = None
        self._history: list[str] = []
        self._history_pos = 0  # == len(history): editing the draft
        self._draft = ""
        self._span = (0, 0)
        self._place_query: str | None = None
        self._picked: tuple[str, Any] | None = None  # (what was typed, the place picked)

        self._edit = CommandEditWidget(self)
        self._edit.setObjectName("CommandEdit")
        self._edit.setPlaceholderText(self.tr("Command (F1 for help), e.g. D 123 E11"))
        self._edit.setClearButtonEnabled(True)
        # Commands are Latin codes and ids: typed left to right in any UI language.
        self._edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._edit.returnPressed.connect(self._on_edit_return_pressed)
        self._edit.textEdited.connect(self._on_edit_text_edited)
        self._edit.sigTabPressed.connect(self._on_edit_tab_pressed)
        self._edit.sigHistory.connect(self._on_edit_history)
        self._edit.sigHelpPressed.connect(self._on_edit_help_pressed)
        self._edit.sigEscapePressed.connect(self._on_edit_escape_pressed)

        self._candidates = QStringListModel(self)
        self._completer = QCompleter(self._candidates, self)
        # The grammar already filtered: "12" proposes "2026-000123".
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self._edit)
        self._completer.activated[str].connect(self._on_completer_activated)

        self._error_label = QLabel(self)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._error_label.setWordWrap(True)
        self._error_label.setAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        palette = self._error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self._error_label.setPalette(palette)
        # The answer line keeps its one line of room while hidden or cleared: an answer
        # showing and going must not resize the map below (each resize cost a full
        # label placement, at times new street names: the slowest frames of a storm).
        policy = self._error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._error_label.setSizePolicy(policy)
        self._error_label.setMinimumHeight(self._error_label.fontMetrics().lineSpacing())
        self._error_label.hide()
        self._error_palette = palette
        self._info_palette = self._error_label.palette()
        self._info_palette.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText)
        )

        self._places = PlaceCompleterWidget(self)
        self._places.sigPicked.connect(self._on_places_picked)

        self._help = QTableWidget(0, 4, self)
        self._help.setObjectName("CommandHelp")
        self._help.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Meaning"), self.tr("Also"), self.tr("Example")]
        )
        self._help.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._help.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._help.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._help.verticalHeader().setVisible(False)
        rows = self._help.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._help.fontMetrics().height() + 6)
        self._help.horizontalHeader().setStretchLastSection(True)
        self._fill_help()
        self._help.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self._edit)
        layout.addWidget(self._error_label)
        layout.addWidget(self._help)

    # -- accessors for the window and tests -----------------------------------

    def line_edit(self) -> CommandEditWidget:
        return self._edit

    def completer(self) -> QCompleter:
        return self._completer

    def error_label(self) -> QLabel:
        return self._error_label

    def error_text(self) -> str:
        """The error (or neutral answer) shown, or "" when none is."""
        return self._error_label.text() if not self._error_label.isHidden() else ""

    def refusal_text(self) -> str:
        """The error or refusal shown (never a neutral answer), or "" when none is."""
        shown = self.error_text()
        return shown if shown and self._error_label.palette() == self._error_palette else ""

    def help_panel(self) -> QTableWidget:
        return self._help

    def place_completer(self) -> PlaceCompleterWidget:
        return self._places

    def picked_place(self) -> Any:
        """The place picked from the list for the line as it stands, or None."""
        return self._picked[1] if self._picked is not None else None

    def history(self) -> list[str]:
        return list(self._history)

    def context(self) -> Any:
        return self._context

    # -- API ------------------------------------------------------------------

    def set_context(self, context: Any) -> None:
        self._context = context

    def focus_command_line(self) -> None:
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def submit(self) -> object | None:
        """Parse the line as Enter does; return the intent or ``None``."""
        text = self._edit.text()
        if not text.strip():
            return None
        result = self._grammar.parse(text, self._context)
        if isinstance(result, self._grammar.ParseError):
            self._show_error(result)
            return None
        attach = getattr(self._grammar, "attach_place", None)
        if self._picked is not None and attach is not None:
            result = attach(result, *self._picked)
        self._picked = None
        self._close_places()
        self._remember(text)
        self._clear_error()
        self._edit.clear()
        if isinstance(result, self._grammar.Help):
            self.show_help(getattr(result, "verb", None))
        else:
            self.sigIntent.emit(result)
        return result

    def show_error(self, message: str) -> None:
        """Show a refusal from the console (e.g. "E11 is en route: not available") inline."""
        self._error_label.setPalette(self._error_palette)
        self._error_label.setText(message)
        self._error_label.show()

    def show_info(self, message: str) -> None:
        """Show an answer that is not a refusal (e.g. "E11: Mariankatu 12, 8 m") inline."""
        self._error_label.setPalette(self._info_palette)
        self._error_label.setText(message)
        self._error_label.show()

    def show_place_results(self, query: str, places: Sequence[Any], note: str | None) -> None:
        """The places found for ``query``; ignored unless it is the place in the line now."""
        if query != self._place_query:
            return
        if not places and not note:
            if _COORDINATES_SO_FAR.match(query):
                self._places.hide()  # half-typed coordinates: nothing to say yet
                return
            note = self.tr("No place found for '{query}'").format(query=elide_query(query))
        self._places.set_results(query, places, note)
        span = self._current_place_span()
        x = self._edit.cursorRect().left()
        if span is not None:
            x = self._edit.fontMetrics().horizontalAdvance(self._edit.text()[: span[0]])
        # Under the error line when one shows ("which place? ..."), never over it.
        below = self._error_label if not self._error_label.isHidden() else None
        self._places.show_under(self._edit, max(0, x), below=below)

    def reopen_places(self) -> None:
        """Ask again for the place in the line (after the console refused to guess)."""
        self._picked = None
        self._place_query = None
        self._update_place_query()

    def prefill(self, text: str, cursor: int | None = None) -> None:
        """Put ``text`` in the field, place the cursor and focus it (e.g. "N  @ 60.17,24.94")."""
        self._close_places()
        self._edit.setText(text)
        self._edit.setCursorPosition(len(text) if cursor is None else cursor)
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_help(self, verb: str | None = None) -> None:
        """Open the help panel, with ``verb``'s row selected when given."""
        self._help.show()
        self._help.clearSelection()
        entry = self._grammar.help_for(verb) if verb else None
        if entry is not None:
            for row, candidate in enumerate(self._grammar.HELP):
                if candidate.verb == entry.verb:
                    self._help.selectRow(row)
                    self._help.scrollToItem(self._help.item(row, 0))

    def hide_help(self) -> None:
        self._help.hide()

    def complete_now(self) -> list[str]:
        """Complete the word at the cursor, as Tab does; return the candidates."""
        text, cursor = self._edit.text(), self._edit.cursorPosition()
        candidates = self._grammar.complete(text, cursor, self._context)
        self._span = self._grammar.word_span(text, cursor)
        if not candidates:
            return []
        if len(candidates) == 1:
            self._apply_completion(candidates[0], final=True)
            return candidates
        start = self._span[0]
        common = _common_prefix(candidates)
        typed = text[start:cursor]
        # Longer than typed, or the same keys typed in a Hebrew or Arabic layout ("ק1" -> "E1").
        if len(common) > len(typed) or (common and common.casefold() != typed.casefold()):
            self._apply_completion(common, final=False)
        self._candidates.setStringList(candidates)
        self._completer.setCompletionPrefix("")
        rect = self._edit.cursorRect()
        rect.setWidth(
            max(self._completer.popup().sizeHintForColumn(0), 120)
            + self._completer.popup().verticalScrollBar().sizeHint().width()
        )
        self._completer.complete(rect)
        self._completer.popup().setCurrentIndex(self._candidates.index(0, 0))
        return candidates

    # -- internals ------------------------------------------------------------

    def _fill_help(self) -> None:
        entries = list(self._grammar.HELP)
        self._help.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                _ltr(_tr(entry.usage)),
                _tr(entry.summary),
                _ltr(", ".join(entry.aliases)),
                _ltr(entry.example),
            )
            for column, text in enumerate(cells):
                self._help.setItem(row, column, QTableWidgetItem(text))
        self._help.resizeColumnsToContents()

    def _apply_completion(self, candidate: str, *, final: bool) -> None:
        text = self._edit.text()
        start, end = self._span
        tail = text[end:]
        # A finished word gets its separating space, unless one follows already.
        space = " " if final and not tail.startswith(" ") else ""
        self._edit.setText(text[:start] + candidate + space + tail)
        cursor = start + len(candidate) + (1 if final else 0)
        self._edit.setCursorPosition(cursor)
        self._span = (start, start + len(candidate))

    def _remember(self, text: str) -> None:
        if not self._history or self._history[-1] != text:
            self._history.append(text)
            del self._history[:-HISTORY_LIMIT]
        self._history_pos = len(self._history)
        self._draft = ""

    def _show_error(self, error: Any) -> None:
        args = dict(error.args)
        if "usage" in args:  # the grammar's usage line, translated like the help table
            args["usage"] = shown_ltr(_tr(args["usage"]))
        message = _tr(error.template).format(**args)
        self._error_label.setText(message)
        self._error_label.show()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._edit.setCursorPosition(error.position)

    def _clear_error(self) -> None:
        self._error_label.clear()
        self._error_label.hide()
        self._error_label.setPalette(self._error_palette)

    # -- places -----------------------------------------------------------------

    def _places_open(self) -> bool:
        """The list is open with answers for the place in the line now (a list still
        showing an older query's answers is never picked from: Enter submits then)."""
        return (
            self._places.isVisible()
            and self._places.query() == self._place_query
            and self._places.current_place() is not None
        )

    def _current_place_span(self) -> tuple[int, int] | None:
        span_of = getattr(self._grammar, "place_span", None)
        if span_of is None:
            return None
        span: tuple[int, int] | None = span_of(self._edit.text(), self._edit.cursorPosition())
        return span

    def _update_place_query(self) -> None:
        span = self._current_place_span()
        query = self._edit.text()[span[0] : span[1]].strip() if span else None
        if self._picked is not None and query != self._picked_label():
            self._picked = None  # edited after the pick: the pick no longer holds
        if not query:
            self._close_places()
            return
        if query == self._place_query or query == self._picked_label():
            return
        self._place_query = query
        self._places.set_stale(True)  # greyed until the answer for this query arrives
        self.sigPlaceQuery.emit(query)

    def _picked_label(self) -> str | None:
        return " ".join(str(self._picked[1].label).split()) if self._picked else None

    def _pick_place(self, place: Any) -> None:
        span = self._current_place_span()
        if span is None:
            self._places.hide()
            return
        text = self._edit.text()
        typed = text[span[0] : span[1]]
        if self._picked is not None and self._picked_label() == " ".join(typed.split()):
            typed = self._picked[0]
        label = " ".join(str(place.label).split())
        self._edit.setText(text[: span[0]] + label + text[span[1] :])
        self._edit.setCursorPosition(span[0] + len(label))
        self._picked = (typed, place)
        self._place_query = label
        self._places.hide()
        self._edit.setToolTip(
            self.tr("Picked: {label} (typed: {typed})").format(label=label, typed=typed)
        )

    def _close_places(self) -> None:
        self._places.hide()
        self._place_query = None
        if self._picked is None:
            self._edit.setToolTip("")

    def _on_places_picked(self, place: object) -> None:
        self._pick_place(place)
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edit_return_pressed(self) -> None:
        # The completer popup forwards Enter here first; there it picks a candidate.
        if self._completer.popup().isVisible():
            return
        if self._places_open():
            self._pick_place(self._places.current_place())
            return
        self.submit()

    def _on_edit_text_edited(self, _text: str) -> None:
        self._clear_error()
        self._history_pos = len(self._history)
        self._update_place_query()

    def _on_edit_tab_pressed(self) -> None:
        if self._places_open():
            self._pick_place(self._places.current_place())
            return
        popup = self._completer.popup()
        if popup.isVisible():
            index = popup.currentIndex()
            if not index.isValid():
                index = self._candidates.index(0, 0)
            popup.hide()
            self._apply_completion(str(index.data()), final=True)
            return
        self.complete_now()

    def _on_completer_activated(self, text: str) -> None:
        self._apply_completion(text, final=True)

    def _on_edit_history(self, step: int) -> None:
        if self._places_open():
            self._places.move_current(step)
            return
        if not self._history:
            return
        if self._history_pos == len(self._history):
            self._draft = self._edit.text()
        position = max(0, min(len(self._history), self._history_pos + step))
        if position == self._history_pos:
            return
        self._history_pos = position
        text = self._draft if position == len(self._history) else self._history[position]
        self._edit.setText(text)
        self._clear_error()
        self._picked = None
        self._close_places()

    def _on_edit_help_pressed(self) -> None:
        if not self._help.isHidden():
            self.hide_help()
        else:
            self.show_help(None)

    def _on_edit_escape_pressed(self) -> None:
        if self._places.isVisible():
            self._places.hide()  # first Escape closes the list only
            return
        self._completer.popup().hide()
        self.hide_help()
        self._clear_error()


def _common_prefix(candidates: Sequence[str]) -> str:
    """The longest case-insensitive common prefix, spelt as the first candidate."""
    first = candidates[0]
    length = len(first)
    for other in candidates[1:]:
        length = min(length, len(other))
        for i in range(length):
            if first[i].casefold() != other[i].casefold():
                length = i
                break
    return first[:length]
