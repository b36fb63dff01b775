"""The console's sounds, synthesised at run time (numpy → 16-bit PCM); no audio files shipped.

Contract: ``synthesise(cue, rate=SAMPLE_RATE) -> np.ndarray`` (int16, mono) for every
name in ``CUES``; the same arguments always give the same samples (cached, read-only).
Real cues (``REAL_CUES``) and their drill counterparts (``exercise_cue(cue)``,
``"drill-" + cue``) share a rhythm, so a trainee learns which cue means what, but never
a sound:

* real cues are sustained tones rich in harmonics (square, sawtooth and triangle
  waves, a telephone's dual-tone ring) at full level;
* drill cues start with the exercise mark (``exercise_mark``: three soft bell notes
  rising, C6-E6-G6) and play their rhythm in that bell timbre (pure sines that die
  away), quieter.

The real cues:

* ``call``: a new call ringing, a telephone's double ring (440 + 480 Hz, trilled at
  20 Hz), 0.4 s on, 0.2 s off, 0.4 s on;
* ``priority``: a high-priority incident, two rising triplets (A5, D6, G6) of square tones;
* ``alarm``: an alarm from a zone or a radar, a two-tone hi-lo siren (950/650 Hz
  sawtooth), three times;
* ``overdue``: a unit overdue in its status, two falling triangle tones (E5, C5), softer.

Every note has 5 ms fades so nothing clicks. Pure numpy: no Qt, no audio device.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = [
    "CUES",
    "DRILL_PREFIX",
    "REAL_CUES",
    "SAMPLE_RATE",
    "exercise_cue",
    "exercise_mark",
    "is_exercise",
    "real_cue",
    "synthesise",
]

SAMPLE_RATE = 44_100
CALL, PRIORITY, ALARM, OVERDUE = "call", "priority", "alarm", "overdue"
REAL_CUES: tuple[str, ...] = (CALL, PRIORITY, ALARM, OVERDUE)
DRILL_PREFIX = "drill-"
CUES: tuple[str, ...] = (*REAL_CUES, *(DRILL_PREFIX + cue for cue in REAL_CUES))

_FADE_S = 0.005
_FULL = 0.8  # of int16 full scale: headroom for the mixer
_DRILL_LEVEL = 0.55


def exercise_cue(cue: str) -> str:
    """The drill counterpart of a real cue (a drill cue is returned as it is)."""
    return cue if is_exercise(cue) else DRILL_PREFIX + cue


def is_exercise(cue: str) -> bool:
    return cue.startswith(DRILL_PREFIX)


def real_cue(cue: str) -> str:
    """The real cue a drill cue stands for (a real cue is returned as it is)."""
    return cue[len(DRILL_PREFIX) :] if is_exercise(cue) else cue


# -- building blocks --------------------------------------------------------------------


def _time(seconds: float, rate: int) -> np.ndarray:
    return np.arange(round(seconds * rate)) / rate


def _fade(wave: np.ndarray, rate: int) -> np.ndarray:
    n = min(len(wave) // 2, int(_FADE_S * rate))
    if n:
        ramp = np.linspace(0.0, 1.0, n)
        wave[:n] *= ramp
        wave[-n:] *= ramp[::-1]
    return wave


def _harmonics(freq: float, t: np.ndarray, weights: dict[int, float]) -> np.ndarray:
    wave = sum(w * np.sin(2 * np.pi * freq * k * t) for k, w in weights.items())
    return np.asarray(wave) / sum(abs(w) for w in weights.values())


@lru_cache(maxsize=64)
def _square(freq: float, seconds: float, rate: int) -> np.ndarray:
    t = _time(seconds, rate)
    return _fade(_harmonics(freq, t, {1: 1.0, 3: 1 / 3, 5: 1 / 5, 7: 1 / 7}), rate)


@lru_cache(maxsize=64)
def _saw(freq: float, seconds: float, rate: int) -> np.ndarray:
    t = _time(seconds, rate)
    return _fade(_harmonics(freq, t, {k: 1 / k for k in range(1, 7)}), rate)


@lru_cache(maxsize=64)
def _triangle(freq: float, seconds: float, rate: int) -> np.ndarray:
    t = _time(seconds, rate)
    return _fade(_harmonics(freq, t, {1: 1.0, 3: -1 / 9, 5: 1 / 25}), rate)


def _ring(seconds: float, rate: int) -> np.ndarray:
    t = _time(seconds, rate)
    tone = 0.5 * (np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 480 * t))
    trill = 0.55 + 0.45 * np.sign(np.sin(2 * np.pi * 20 * t))
    return _fade(tone * trill, rate)


@lru_cache(maxsize=64)
def _bell(freq: float, seconds: float, rate: int) -> np.ndarray:
    """A soft struck note: a pure sine and its octave, dying to a tenth by its end."""
    t = _time(seconds, rate)
    decay = np.exp(-t * max(9.0, np.log(10) / seconds))
    wave = (np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(2 * np.pi * 2 * freq * t)) / 1.25
    return _fade(wave * decay, rate)


def _silence(seconds: float, rate: int) -> np.ndarray:
    return np.zeros(round(seconds * rate))


def _join(*parts: np.ndarray) -> np.ndarray:
    return np.concatenate(parts)


def _note(hz_c5_semitones: int) -> float:
    return 523.251 * 2 ** (hz_c5_semitones / 12)


# -- the cues ------------------------------------------------------------------------------

# Each real cue's rhythm: (frequency in Hz or 0 for a rest, seconds).
_RHYTHMS: dict[str, list[tuple[float, float]]] = {
    CALL: [(440.0, 0.4), (0.0, 0.2), (440.0, 0.4)],
    PRIORITY: [
        (_note(9), 0.09),
        (0.0, 0.03),
        (_note(14), 0.09),
        (0.0, 0.03),
        (_note(19), 0.12),
        (0.0, 0.15),
        (_note(9), 0.09),
        (0.0, 0.03),
        (_note(14), 0.09),
        (0.0, 0.03),
        (_note(19), 0.12),
    ],
    ALARM: [(950.0, 0.25), (650.0, 0.25)] * 3,
    OVERDUE: [(_note(4), 0.25), (0.0, 0.08), (_note(0), 0.3)],
}


def _real(cue: str, rate: int) -> np.ndarray:
    parts = []
    for freq, seconds in _RHYTHMS[cue]:
        if freq == 0:
            parts.append(_silence(seconds, rate))
        elif cue == CALL:
            parts.append(_ring(seconds, rate))
        elif cue == PRIORITY:
            parts.append(_square(freq, seconds, rate))
        elif cue == ALARM:
            parts.append(_saw(freq, seconds, rate))
        else:
            parts.append(0.6 * _triangle(freq, seconds, rate))
    return _join(*parts, _silence(0.05, rate))


def exercise_mark(rate: int = SAMPLE_RATE) -> np.ndarray:
    """The three rising bell notes every drill cue starts with (float, -1 … 1)."""
    notes = [_bell(_note(12 + step), 0.14, rate) for step in (0, 4, 7)]
    return _join(notes[0], notes[1], notes[2], _silence(0.12, rate))


def _drill(cue: str, rate: int) -> np.ndarray:
    # The rhythm, in bell notes an octave up from the lower rhythms, at a gentle pitch.
    parts = [exercise_mark(rate)]
    for freq, seconds in _RHYTHMS[cue]:
        if freq == 0:
            parts.append(_silence(seconds, rate))
        else:  # struck and let go: a short breath after each note
            pitch = freq if freq > 700 else freq * 2
            parts.append(_bell(pitch, max(0.05, seconds - 0.03), rate))
            parts.append(_silence(min(0.03, seconds), rate))
    return _join(*parts, _silence(0.05, rate))


@lru_cache(maxsize=2 * len(CUES))
def _cached(cue: str, rate: int) -> np.ndarray:
    if cue not in CUES:
        raise ValueError(f"unknown sound cue {cue!r}; expected one of {CUES}")
    wave = _drill(real_cue(cue), rate) if is_exercise(cue) else _real(cue, rate)
    level = _DRILL_LEVEL if is_exercise(cue) else _FULL
    peak = float(np.max(np.abs(wave))) or 1.0
    samples = np.round(wave / peak * level * 32767).astype(np.int16)
    samples.setflags(write=False)
    return samples


def synthesise(cue: str, rate: int = SAMPLE_RATE) -> np.ndarray:
    """The 16-bit mono samples of ``cue`` at ``rate`` Hz; ``ValueError`` for an unknown cue."""
    return _cached(cue, int(rate))
