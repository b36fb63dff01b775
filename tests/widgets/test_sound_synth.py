"""The synthesised cues: well-formed PCM, each real cue distinct, and drill cues that
never sound like real ones (marked by the exercise motif, another timbre)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from widgets.sound.synth import (
    CUES,
    REAL_CUES,
    SAMPLE_RATE,
    exercise_cue,
    exercise_mark,
    is_exercise,
    real_cue,
    synthesise,
)


def _spectrum(samples: np.ndarray) -> np.ndarray:
    """Magnitude spectrum in 20 Hz bins up to 8 kHz, unit length."""
    x = samples.astype(np.float64)
    magnitude = np.abs(np.fft.rfft(x, n=SAMPLE_RATE))[:8000]
    bins = magnitude.reshape(-1, 20).sum(axis=1)
    return bins / np.linalg.norm(bins)


def _similarity(a: str, b: str) -> float:
    return float(_spectrum(synthesise(a)) @ _spectrum(synthesise(b)))


def _decay(samples: np.ndarray) -> float:
    """Median over the notes of (level in a note's last third) / (level in its first third):
    about 1 for a sustained tone, well below for a struck bell dying away."""
    frames = samples[: len(samples) // 441 * 441].astype(np.float64).reshape(-1, 441)
    rms = np.sqrt((frames**2).mean(axis=1))
    sounding = rms > 0.02 * rms.max()
    ratios, start = [], None
    for index, on in enumerate([*sounding, False]):
        if on and start is None:
            start = index
        elif not on and start is not None:
            note = rms[start:index]
            if len(note) >= 6:
                third = len(note) // 3
                ratios.append(note[-third:].mean() / note[:third].mean())
            start = None
    return float(np.median(ratios))


@pytest.mark.parametrize("cue", CUES)
def test_every_cue_is_clean_pcm(cue: str) -> None:
    samples = synthesise(cue)
    assert samples.dtype == np.int16 and samples.ndim == 1
    assert 0.5 * SAMPLE_RATE < len(samples) < 3 * SAMPLE_RATE  # short: a cue, not a tune
    assert 0.4 * 32767 < np.abs(samples).max() <= 0.8 * 32767 + 1  # loud, with headroom
    assert abs(int(samples[0])) < 200 and abs(int(samples[-1])) < 200  # no click
    assert np.array_equal(samples, synthesise(cue))  # the same every time
    assert not samples.flags.writeable


def test_names() -> None:
    assert REAL_CUES == ("call", "priority", "alarm", "overdue")
    for cue in REAL_CUES:
        drill = exercise_cue(cue)
        assert is_exercise(drill) and not is_exercise(cue)
        assert real_cue(drill) == cue and exercise_cue(drill) == drill
    with pytest.raises(ValueError, match="unknown sound cue"):
        synthesise("klaxon")


def test_real_cues_are_distinct_from_each_other() -> None:
    for a, b in itertools.combinations(REAL_CUES, 2):
        assert _similarity(a, b) < 0.6, (a, b, _similarity(a, b))


def test_drill_cues_are_marked_and_never_sound_like_real_ones() -> None:
    mark = exercise_mark()
    for cue in REAL_CUES:
        drill = synthesise(exercise_cue(cue)).astype(np.float64)
        real = synthesise(cue).astype(np.float64)
        head = drill[: len(mark)]
        # Marked: every drill cue opens with the exercise motif; no real cue does.
        assert np.corrcoef(head, mark)[0, 1] > 0.99
        assert abs(np.corrcoef(real[: len(mark)], mark[: len(real)])[0, 1]) < 0.2
        # Another timbre: struck bells dying away against sustained tones.
        assert _decay(real.astype(np.int16)) > 0.8 > 0.6 > _decay(drill.astype(np.int16))
        # Quieter, and unlike any real cue.
        assert np.abs(drill).max() < np.abs(real).max()
        for other in REAL_CUES:
            assert _similarity(exercise_cue(cue), other) < 0.8, (cue, other)
