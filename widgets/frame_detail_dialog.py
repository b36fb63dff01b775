"""A stored frame in a dialog: raw bytes beside what was decoded then and today.

Contract: ``open_frame_detail_dialog(parent, title, raw, stored, today,
differences)`` shows (non-blocking, tracked by ``widgets.dialog_registry``) a
``FrameDetailDialog``: the frame's raw bytes as a hex dump with their text, the
decoding stored when it arrived and today's codecs' reading side by side, and
the differences named above them. Texts in the context ``DispatchDialogs``
(they were ``widgets.dialogs``'s).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.dialog_registry import track_dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchDialogs", text)


class FrameDetailDialog(QDialog):
    """A stored frame: its raw bytes (hex and text) beside what was decoded when it
    arrived and what today's codecs make of it, with the differences named."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        raw: bytes,
        stored: str,
        today: str,
        differences: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("FrameDetailDialog")
        self.resize(900, 560)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        layout = QVBoxLayout(self)
        self.differences_label = QLabel(differences, self)
        self.differences_label.setTextFormat(Qt.TextFormat.PlainText)
        self.differences_label.setWordWrap(True)
        layout.addWidget(self.differences_label)
        columns = QHBoxLayout()
        self.raw_view = _text_view(self, _tr("Raw bytes"), _hexdump(raw), mono, columns)
        self.stored_view = _text_view(self, _tr("Decoded when stored"), stored, mono, columns)
        self.today_view = _text_view(self, _tr("Decoded today"), today, mono, columns)
        layout.addLayout(columns, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _text_view(
    parent: QWidget, title: str, text: str, font: QFont, row: QHBoxLayout
) -> QPlainTextEdit:
    box = QVBoxLayout()
    box.addWidget(QLabel(title, parent))
    view = QPlainTextEdit(text, parent)
    view.setReadOnly(True)
    view.setFont(font)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    box.addWidget(view, 1)
    row.addLayout(box, 1)
    return view


def _hexdump(raw: bytes, width: int = 16) -> str:
    lines = []
    for offset in range(0, len(raw), width):
        chunk = raw[offset : offset + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:06x}  {hexes:<{width * 3}} {text}")
    return "\n".join(lines) or _tr("(no raw bytes)")


def open_frame_detail_dialog(
    parent: QWidget | None, title: str, raw: bytes, stored: str, today: str, differences: str
) -> FrameDetailDialog:
    """Show one stored frame (non-blocking)."""
    dialog = FrameDetailDialog(parent, title, raw, stored, today, differences)
    track_dialog(dialog)
    dialog.open()
    return dialog
