"""Plays the console's cues through Qt Multimedia; never blocks, never raises for want of audio.

Contract:

* ``SoundPlayer(parent=None, *, settings=None, device=None)``: ``play(cue) -> bool`` starts
  one of ``synth.CUES`` (samples synthesised at run time, streamed from memory through a
  ``QAudioSink``) and returns at once: True when it reached the playing state, False when
  muted, or without an audio output (then a real cue falls back to ``QApplication.beep()``).
  A cue played again while it sounds restarts; different cues mix. ``preview(cue)``
  plays even while muted (the settings' sample buttons).
* Volume (0–100) and mute come from ``SoundSettings`` and are written back there by
  ``set_volume`` / ``set_muted`` (remembered per position, see ``settings``);
  ``sigSettingsChanged(volume, muted)`` follows them.
* ``sigPlaying(cue)`` when a cue reaches the playing state (drill cues are named
  ``drill-…``, so a display can mark them as exercise); ``sigStopped(cue)`` when it ends.
  ``state(cue)`` is ``"playing"``, ``"idle"`` or ``"stopped"``.
* No audio: ``available()`` False, ``unavailable_reason()`` says why (Qt Multimedia missing,
  e.g. PySide6-Addons not installed or libpulse missing on Linux; no output device; the
  device refused the format). The first time, one warning is logged and
  ``sigUnavailable(reason)`` is emitted; it is never an exception. The output follows
  the system's default device as devices come and go (``QMediaDevices``).
* ``shared_player()`` is the application's one player (created on first use), so every
  cue shares the position's volume and mute.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from widgets.sound.settings import SoundSettings
from widgets.sound.synth import CUES, SAMPLE_RATE, is_exercise, synthesise

try:  # PySide6-Addons ships QtMultimedia; on Linux it needs libpulse at load time.
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

    MULTIMEDIA_ERROR = ""
except ImportError as exc:  # pragma: no cover - depends on the installed wheels and libraries
    QAudioDevice = QAudioFormat = QAudioSink = QMediaDevices = QtAudio = None  # type: ignore[assignment,misc]
    MULTIMEDIA_ERROR = str(exc)

__all__ = ["MULTIMEDIA_ERROR", "SoundPlayer", "shared_player"]

_LOGGER = logging.getLogger(__name__)

PLAYING, IDLE, STOPPED = "playing", "idle", "stopped"


class _Voice(QObject):
    """One cue sounding: its sink and the buffer it reads.

    It holds no reference to its player (a child pointing at its parent from Python
    makes the parent's last reference go while the child is being destroyed): it
    reports through its signals.
    """

    sigStarted = Signal(str)  # cue
    sigEnded = Signal(object)  # this voice

    def __init__(self, parent: QObject, cue: str, sink: Any, data: QByteArray) -> None:
        super().__init__(parent)
        self.cue = cue
        self.sink = sink
        self._stopped = False
        sink.setParent(self)
        self.buffer = QBuffer(self)
        self.buffer.setData(data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # A slot without arguments: PySide6 cannot convert QtAudio.State for a Python slot.
        sink.stateChanged.connect(self._on_sink_state_changed)

    def start(self) -> None:
        self.sink.start(self.buffer)

    def state(self) -> str:
        state = self.sink.state()
        if state == QtAudio.State.ActiveState:
            return PLAYING
        if state == QtAudio.State.IdleState:
            return IDLE
        return STOPPED

    @Slot()
    def _on_sink_state_changed(self) -> None:
        if not shiboken6.isValid(self.sink):
            return
        state = self.sink.state()
        if state == QtAudio.State.ActiveState:
            self.sigStarted.emit(self.cue)
        elif state == QtAudio.State.IdleState:  # the whole cue was played
            self.sigEnded.emit(self)
        elif state == QtAudio.State.StoppedState and self.sink.error() != QtAudio.Error.NoError:
            _LOGGER.warning("sound cue %s stopped: %s", self.cue, self.sink.error().name)
            self.sigEnded.emit(self)

    def stop(self) -> None:
        """Stop the sink and hear no more from it (once; again does nothing)."""
        if self._stopped or not shiboken6.isValid(self.sink):
            return
        self._stopped = True
        self.sink.stateChanged.disconnect(self._on_sink_state_changed)
        self.sink.stop()


class SoundPlayer(QObject):
    """The position's sound output: cues by name, volume and mute remembered."""

    sigPlaying = Signal(str)  # cue
    sigStopped = Signal(str)  # cue
    sigUnavailable = Signal(str)  # reason
    sigSettingsChanged = Signal(int, bool)  # volume 0-100, muted

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: SoundSettings | None = None,
        device: Any = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or SoundSettings()
        self._volume = self._settings.volume()
        self._muted = self._settings.muted()
        self._fixed_device = device
        self._voices: dict[str, _Voice] = {}
        # The PCM and the QByteArray over it, kept together for as long as the player.
        self._data: dict[str, tuple[bytes, QByteArray]] = {}
        self._warned = False
        self._reason = ""
        self._device: Any = None
        self._format: Any = None
        self._devices: Any = None
        # Synthesis takes milliseconds per cue: done once, off the GUI thread (pure numpy).
        threading.Thread(target=_warm_up, name="sound-synthesis", daemon=True).start()
        if QMediaDevices is not None and device is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
        self._choose_device()

    # -- settings ------------------------------------------------------------------------

    def volume(self) -> int:
        return self._volume

    def is_muted(self) -> bool:
        return self._muted

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))
        self._settings.set_volume(self._volume)
        for voice in self._voices.values():
            voice.sink.setVolume(self._linear_volume())
        self.sigSettingsChanged.emit(self._volume, self._muted)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._settings.set_muted(self._muted)
        if self._muted:
            self.stop_all()
        self.sigSettingsChanged.emit(self._volume, self._muted)

    def _linear_volume(self) -> float:
        # Loudness is heard logarithmically: the slider moves in perceived steps.
        if QtAudio is None:
            return self._volume / 100
        return float(
            QtAudio.convertVolume(
                self._volume / 100,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )

    # -- the device ----------------------------------------------------------------------

    def available(self) -> bool:
        return not self._reason

    def unavailable_reason(self) -> str:
        return self._reason

    def device_description(self) -> str:
        return self._device.description() if self._device is not None else ""

    def _choose_device(self) -> None:
        self._device = None
        if QMediaDevices is None:
            self._set_unavailable(
                QCoreApplication.translate(
                    "Sound", "Qt Multimedia is not available ({err})"
                ).format(err=MULTIMEDIA_ERROR)
            )
            return
        device = (
            self._fixed_device
            if self._fixed_device is not None
            else (QMediaDevices.defaultAudioOutput())
        )
        if device is None or device.isNull():
            self._set_unavailable(QCoreApplication.translate("Sound", "no audio output device"))
            return
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            self._set_unavailable(
                QCoreApplication.translate(
                    "Sound", "the audio output {device} cannot play 16-bit mono at {rate} Hz"
                ).format(device=device.description(), rate=SAMPLE_RATE)
            )
            return
        self._device, self._format, self._reason = device, audio_format, ""
        self._warned = False
        _LOGGER.info("sound output: %s", device.description())

    def _set_unavailable(self, reason: str) -> None:
        self._reason = reason
        if not self._warned:
            self._warned = True
            _LOGGER.warning("no sound: %s; cues are shown but not heard", reason)
            self.sigUnavailable.emit(reason)

    def _on_devices_audio_outputs_changed(self) -> None:
        self.stop_all()
        self._choose_device()

    # -- playing -----------------------------------------------------------------------------

    def play(self, cue: str) -> bool:
        """Start ``cue`` (one of ``CUES``); True when it is playing. Never blocks or raises
        for want of audio; ``ValueError`` for an unknown cue name (a programming error)."""
        if self._muted:
            if cue not in CUES:
                raise ValueError(f"unknown sound cue {cue!r}; expected one of {CUES}")
            return False
        return self.preview(cue)

    def preview(self, cue: str) -> bool:
        """``play`` even while muted: the settings' "Play" buttons."""
        if cue not in CUES:
            raise ValueError(f"unknown sound cue {cue!r}; expected one of {CUES}")
        if self._device is None:
            if not is_exercise(cue):
                QApplication.beep()  # the least a real alert gets
            return False
        self._stop(cue)
        try:
            sink = QAudioSink(self._device, self._format)
            sink.setVolume(self._linear_volume())
            voice = _Voice(self, cue, sink, self._samples(cue))
            voice.sigStarted.connect(self.sigPlaying)
            voice.sigEnded.connect(self._finish)
            self._voices[cue] = voice
            voice.start()
        except Exception:  # an audio stack failing must never cost the visual cue
            _LOGGER.exception("sound cue %s could not start", cue)
            self._voices.pop(cue, None)
            return False
        if voice.state() != PLAYING:
            _LOGGER.warning("sound cue %s did not start: %s", cue, sink.error().name)
            self._finish(voice)
            return False
        return True

    def state(self, cue: str) -> str:
        voice = self._voices.get(cue)
        return voice.state() if voice is not None else STOPPED

    def playing(self) -> list[str]:
        return [cue for cue, voice in self._voices.items() if voice.state() == PLAYING]

    def stop_all(self) -> None:
        for cue in list(self._voices):
            self._stop(cue)

    def _stop(self, cue: str) -> None:
        voice = self._voices.get(cue)
        if voice is not None:
            voice.stop()
            self._finish(voice)

    def _finish(self, voice: _Voice) -> None:
        if self._voices.get(voice.cue) is voice:
            del self._voices[voice.cue]
            self.sigStopped.emit(voice.cue)
        if shiboken6.isValid(voice):
            voice.stop()  # a sink is stopped before it goes
            voice.deleteLater()

    def _samples(self, cue: str) -> QByteArray:
        cached = self._data.get(cue)
        if cached is None:
            pcm = synthesise(cue, SAMPLE_RATE).tobytes()
            cached = self._data[cue] = (pcm, QByteArray(pcm))
        return cached[1]


def _warm_up() -> None:
    for cue in CUES:
        synthesise(cue, SAMPLE_RATE)


_SHARED: SoundPlayer | None = None


def shared_player() -> SoundPlayer:
    """The application's one player (owned by the application)."""
    global _SHARED
    app = QCoreApplication.instance()
    if _SHARED is None or not shiboken6.isValid(_SHARED) or _SHARED.parent() is not app:
        _SHARED = SoundPlayer(app)
    return _SHARED
