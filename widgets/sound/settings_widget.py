"""The position's sound settings on screen: a panel, a dialog and a menu.

Contract:

* ``SoundSettingsWidget(player, parent=None)``: a mute check box, a volume slider
  (0–100 %, applied and remembered as it moves), one "Play" button per cue, real and
  drill (each plays it once, even while muted, so the dispatcher can hear what each
  means), and a line naming the audio output or, in amber, why there is none.
* ``open_sound_settings_dialog(parent, player=None)``: that panel in a non-modal dialog,
  registered with ``widgets.dialogs.track_dialog``; one at a time (asking again raises it).
* ``build_sound_menu(parent, player=None) -> QMenu`` ("&Sound"): "Mute sounds"
  (checkable, Ctrl+Alt+M, following the player's state) and "Sound settings…".
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from widgets.sound.player import SoundPlayer, shared_player
from widgets.sound.synth import ALARM, CALL, OVERDUE, PRIORITY, REAL_CUES, exercise_cue

__all__ = [
    "SoundSettingsDialog",
    "SoundSettingsWidget",
    "build_sound_menu",
    "open_sound_settings_dialog",
]

_WARNING_DAY, _WARNING_NIGHT = "#8a4b00", "#ffb74d"  # amber text, AA on either theme


class SoundSettingsWidget(QWidget):
    """Mute, volume and a sample of every cue."""

    def __init__(self, player: SoundPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SoundSettings")
        self._player = player
        names = {
            CALL: self.tr("New call ringing"),
            PRIORITY: self.tr("High-priority incident"),
            ALARM: self.tr("Alarm from a zone or a radar"),
            OVERDUE: self.tr("Unit overdue"),
        }
        self.mute_box = QCheckBox(self.tr("&Mute all sounds at this position"), self)
        self.mute_box.setChecked(player.is_muted())
        self.mute_box.toggled.connect(player.set_muted)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setValue(player.volume())
        self.volume_slider.valueChanged.connect(player.set_volume)
        self.volume_label = QLabel(self)
        volume_title = QLabel(self.tr("&Volume"), self)
        volume_title.setBuddy(self.volume_slider)
        self.device_label = QLabel(self)
        self.device_label.setWordWrap(True)
        self.device_label.setTextFormat(Qt.TextFormat.PlainText)

        volume_row = QHBoxLayout()
        volume_row.addWidget(volume_title)
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_label)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Cue"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Real"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Drill (exercise)"), self), 0, 2)
        self.play_buttons: dict[str, QPushButton] = {}
        for row, cue in enumerate(REAL_CUES, start=1):
            grid.addWidget(QLabel(names[cue], self), row, 0)
            for column, name in ((1, cue), (2, exercise_cue(cue))):
                button = QPushButton(self.tr("Play"), self)
                button.setObjectName(f"play-{name}")
                button.setAccessibleName(
                    self.tr("Play {cue}").format(cue=names[cue])
                    if column == 1
                    else self.tr("Play {cue}, drill version").format(cue=names[cue])
                )
                button.clicked.connect(lambda _=False, n=name: self._on_play_clicked(n))
                grid.addWidget(button, row, column)
                self.play_buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.mute_box)
        layout.addLayout(volume_row)
        layout.addLayout(grid)
        layout.addWidget(self.device_label)
        player.sigSettingsChanged.connect(self._on_player_settings_changed)
        player.sigUnavailable.connect(self._on_player_unavailable)
        self._on_player_settings_changed(player.volume(), player.is_muted())
        self._show_device()

    def _on_play_clicked(self, cue: str) -> None:
        # A sample is heard even while muted: that is what the button is for.
        self._player.preview(cue)

    def _on_player_settings_changed(self, volume: int, muted: bool) -> None:
        for widget, value in ((self.volume_slider, volume), (self.mute_box, muted)):
            widget.blockSignals(True)
            if isinstance(widget, QSlider):
                widget.setValue(int(value))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)
        self.volume_label.setText(self.tr("{n} %").format(n=volume))
        self.volume_slider.setEnabled(not muted)

    def _on_player_unavailable(self, _reason: str) -> None:
        self._show_device()

    def _show_device(self) -> None:
        from widgets.themes import current_spec

        if self._player.available():
            self.device_label.setText(
                self.tr("Output: {device}").format(device=self._player.device_description())
            )
            self.device_label.setStyleSheet("")
            return
        colour = _WARNING_NIGHT if current_spec().dark else _WARNING_DAY
        self.device_label.setText(
            self.tr("No sound at this position: {reason}. Cues are shown, not heard.").format(
                reason=self._player.unavailable_reason()
            )
        )
        self.device_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")


class SoundSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, player: SoundPlayer) -> None:
        super().__init__(parent)
        self.setObjectName("SoundSettingsDialog")
        self.setWindowTitle(self.tr("Sound"))
        self.panel = SoundSettingsWidget(player, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)


_OPEN: list[SoundSettingsDialog] = []


def open_sound_settings_dialog(
    parent: QWidget | None, player: SoundPlayer | None = None
) -> SoundSettingsDialog:
    """Show the sound settings (non-modal); the one already open is raised instead."""
    from widgets.dialogs import track_dialog

    _OPEN[:] = [d for d in _OPEN if shiboken6.isValid(d) and d.isVisible()]
    if _OPEN:
        _OPEN[0].raise_()
        _OPEN[0].activateWindow()
        return _OPEN[0]
    dialog = SoundSettingsDialog(parent, player or shared_player())
    track_dialog(dialog)
    _OPEN.append(dialog)
    dialog.show()
    return dialog


def build_sound_menu(parent: QWidget, player: SoundPlayer | None = None) -> QMenu:
    """The "Sound" menu: mute (Ctrl+Alt+M) and the settings dialog."""
    chosen = player or shared_player()
    menu = QMenu(parent.tr("&Sound"), parent)
    menu.setObjectName("soundMenu")
    mute = QAction(parent.tr("&Mute sounds"), menu)
    mute.setObjectName("muteSounds")
    mute.setCheckable(True)
    mute.setChecked(chosen.is_muted())
    mute.setShortcut(QKeySequence("Ctrl+Alt+M"))
    mute.toggled.connect(chosen.set_muted)

    def follow(_volume: int, muted: bool) -> None:
        if shiboken6.isValid(mute):
            mute.setChecked(muted)
        else:  # the menu went (its window closed): stop following
            chosen.sigSettingsChanged.disconnect(follow)

    chosen.sigSettingsChanged.connect(follow)
    menu.addAction(mute)
    settings = QAction(parent.tr("Sound &settings…"), menu)
    settings.setObjectName("soundSettings")
    settings.triggered.connect(lambda: open_sound_settings_dialog(parent, chosen))
    menu.addAction(settings)
    return menu
