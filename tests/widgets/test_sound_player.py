"""The sound player on a real audio output: every cue reaches the playing state; volume
and mute are remembered per position; no audio device is a warning, never a crash.

CI has no sound card: ``python3 dev.py test`` starts a PulseAudio server with a null
sink (``DISPATCH_TEST_AUDIO`` names it) and points Qt at it. Without an output device the
tests that need one skip locally and fail under CI, so a missing sink cannot pass
silently.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from widgets.sound.player import MULTIMEDIA_ERROR, SoundPlayer
from widgets.sound.settings import DEFAULT_VOLUME, SoundSettings
from widgets.sound.synth import CUES, REAL_CUES, exercise_cue

AUDIO_VAR = "DISPATCH_TEST_AUDIO"


@pytest.fixture
def settings(tmp_path: Path) -> SoundSettings:
    return SoundSettings(QSettings(str(tmp_path / "position.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def player(qtbot, settings: SoundSettings) -> SoundPlayer:
    chosen = SoundPlayer(settings=settings)
    yield chosen
    chosen.stop_all()


@pytest.fixture
def audio_player(player: SoundPlayer) -> SoundPlayer:
    if not player.available():
        message = (
            f"no audio output ({player.unavailable_reason()}); python3 dev.py test starts a "
            f"null sink ({AUDIO_VAR})"
        )
        if os.environ.get("CI") or os.environ.get(AUDIO_VAR):
            pytest.fail(message)
        pytest.skip(message)
    return player


@pytest.mark.parametrize("cue", CUES)
def test_each_cue_reaches_the_playing_state(qtbot, audio_player: SoundPlayer, cue: str) -> None:
    with qtbot.waitSignal(audio_player.sigPlaying, timeout=5000) as playing:
        assert audio_player.play(cue)
    assert playing.args == [cue]
    assert audio_player.state(cue) == "playing"
    assert cue in audio_player.playing()


def test_cues_mix_and_a_cue_restarts(qtbot, audio_player: SoundPlayer) -> None:
    assert audio_player.play("alarm")
    assert audio_player.play("call")
    assert set(audio_player.playing()) == {"alarm", "call"}
    assert audio_player.play("alarm")  # again while sounding: restarts, one voice
    assert sorted(audio_player.playing()) == ["alarm", "call"]
    with qtbot.waitSignal(audio_player.sigStopped, timeout=2000):
        audio_player.stop_all()
    assert audio_player.playing() == []


def test_a_cue_plays_to_its_end_and_stops(qtbot, audio_player: SoundPlayer) -> None:
    with qtbot.waitSignal(audio_player.sigStopped, timeout=8000) as stopped:
        assert audio_player.play("overdue")
    assert stopped.args == ["overdue"]
    assert audio_player.state("overdue") == "stopped"


def test_volume_and_mute_are_remembered(qtbot, settings: SoundSettings) -> None:
    first = SoundPlayer(settings=settings)
    assert first.volume() == DEFAULT_VOLUME and not first.is_muted()
    with qtbot.waitSignal(first.sigSettingsChanged) as changed:
        first.set_volume(35)
    assert changed.args == [35, False]
    first.set_muted(True)
    first.set_volume(140)  # clamped
    # The next start of this position (a new player on the same settings).
    again = SoundPlayer(settings=settings)
    assert again.volume() == 100 and again.is_muted()
    assert not again.play("alarm") and again.playing() == []
    assert again.state("alarm") == "stopped"


def test_muting_silences_what_sounds(qtbot, audio_player: SoundPlayer) -> None:
    assert audio_player.play(exercise_cue("alarm"))
    audio_player.set_muted(True)
    assert audio_player.playing() == []
    assert not audio_player.play("call")
    # A sample from the settings dialog is heard even so.
    assert audio_player.preview("call")
    assert audio_player.playing() == ["call"]


def test_an_unknown_cue_is_a_programming_error(player: SoundPlayer) -> None:
    with pytest.raises(ValueError, match="unknown sound cue"):
        player.play("klaxon")


def test_no_audio_device_is_a_warning_not_a_crash(
    qtbot, settings: SoundSettings, caplog: pytest.LogCaptureFixture
) -> None:
    if MULTIMEDIA_ERROR:
        pytest.skip(f"Qt Multimedia not importable here: {MULTIMEDIA_ERROR}")
    from PySide6.QtMultimedia import QAudioDevice

    with caplog.at_level(logging.WARNING, logger="widgets.sound.player"):
        player = SoundPlayer(settings=settings, device=QAudioDevice())  # a null device
    assert not player.available()
    assert "no audio output device" in player.unavailable_reason()
    assert any("no sound" in r.getMessage() for r in caplog.records)
    for cue in CUES:
        assert player.play(cue) is False
    assert player.playing() == []
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # said once, not per cue


def test_a_position_without_a_sound_server_starts_and_warns(tmp_path: Path) -> None:
    """The whole stack in a fresh process pointed at no audio server: a warning, exit 0."""
    script = textwrap.dedent(
        f"""
        import logging, sys
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from widgets.sound.player import SoundPlayer
        from widgets.sound.settings import SoundSettings
        settings = SoundSettings(QSettings({str(tmp_path / "p.ini")!r}, QSettings.Format.IniFormat))
        player = SoundPlayer(settings=settings)
        played = [player.play(cue) for cue in {list(REAL_CUES)!r}]
        QTimer.singleShot(300, app.quit)
        app.exec()
        print("AVAILABLE", player.available(), "PLAYED", any(played))
        """
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PULSE_SERVER=f"unix:{tmp_path / 'no-such-server'}",
        PIPEWIRE_REMOTE=str(tmp_path / "no-such-pipewire"),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "AVAILABLE False PLAYED False" in done.stdout, done.stdout + done.stderr
    assert "no sound" in done.stderr
    assert "Traceback" not in done.stderr
