"""The sound settings a dispatcher sees: mute, volume (remembered), a sample of every cue,
the output or why there is none; the dialog (one at a time) and the Sound menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

from widgets.dialogs import open_dialogs
from widgets.sound.player import MULTIMEDIA_ERROR, SoundPlayer
from widgets.sound.settings import SoundSettings
from widgets.sound.settings_widget import (
    SoundSettingsDialog,
    SoundSettingsWidget,
    build_sound_menu,
    open_sound_settings_dialog,
)
from widgets.sound.synth import CUES


@pytest.fixture
def settings(tmp_path: Path) -> SoundSettings:
    return SoundSettings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))


def test_panel_changes_and_remembers_volume_and_mute(qtbot, settings: SoundSettings) -> None:
    player = SoundPlayer(settings=settings)
    panel = SoundSettingsWidget(player)
    qtbot.addWidget(panel)
    panel.volume_slider.setValue(40)
    assert player.volume() == 40 and settings.volume() == 40
    assert panel.volume_label.text() == "40 %"
    qtbot.mouseClick(panel.mute_box, Qt.MouseButton.LeftButton)
    assert player.is_muted() and settings.muted()
    assert not panel.volume_slider.isEnabled()
    # A change made elsewhere (the menu's Ctrl+Alt+M) shows here.
    player.set_muted(False)
    assert not panel.mute_box.isChecked() and panel.volume_slider.isEnabled()
    assert set(panel.play_buttons) == set(CUES)  # every cue, real and drill, can be heard


def test_play_buttons_sample_each_cue_even_muted(qtbot, settings: SoundSettings) -> None:
    player = SoundPlayer(settings=settings)
    if not player.available():
        pytest.skip(f"no audio output: {player.unavailable_reason()}")
    player.set_muted(True)
    panel = SoundSettingsWidget(player)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(player.sigPlaying, timeout=5000) as playing:
        panel.play_buttons["drill-priority"].click()
    assert playing.args == ["drill-priority"]
    assert player.is_muted()
    player.stop_all()


def test_without_audio_the_panel_says_why(qtbot, settings: SoundSettings) -> None:
    if MULTIMEDIA_ERROR:
        pytest.skip(MULTIMEDIA_ERROR)
    from PySide6.QtMultimedia import QAudioDevice

    player = SoundPlayer(settings=settings, device=QAudioDevice())
    panel = SoundSettingsWidget(player)
    qtbot.addWidget(panel)
    assert "No sound at this position" in panel.device_label.text()
    assert "no audio output device" in panel.device_label.text()


def test_dialog_once_and_menu(qtbot, settings: SoundSettings) -> None:
    player = SoundPlayer(settings=settings)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = build_sound_menu(window, player)
    window.menuBar().addMenu(menu)
    mute, open_settings = menu.actions()
    assert mute.shortcut().toString() == "Ctrl+Alt+M"
    mute.trigger()
    assert player.is_muted() and mute.isChecked()
    player.set_muted(False)
    assert not mute.isChecked()
    open_settings.trigger()
    dialogs = [d for d in open_dialogs() if isinstance(d, SoundSettingsDialog)]
    assert len(dialogs) == 1
    assert open_sound_settings_dialog(window, player) is dialogs[0]  # raised, not a second
    dialogs[0].close()
