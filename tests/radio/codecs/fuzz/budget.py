"""How much fuzzing the normal suite does, and the one way its fuzz tests draw an example.

The in-suite fuzz tests are short and deterministic (``derandomize``: the
same examples on every run and in CI, no database, no deadline): a few
hundred examples per codec, all of them together well under a minute on
two cores. The long, coverage-guided runs are ``python3 dev.py fuzz``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.radio.codecs.fuzz.target import Target

__all__ = ["exercise", "fuzz_settings"]


def fuzz_settings(max_examples: int) -> Any:
    """Hypothesis settings for an in-suite fuzz test of ``max_examples`` examples."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def exercise(target: Target, samples: Path | None, data: Any) -> bytes:
    """Draw a seed and a mutation of it, run every decoder of ``target`` on it; return it."""
    seed = data.draw(st.sampled_from(target.seeds(samples)), label="seed")
    rng = data.draw(st.randoms(use_true_random=False), label="mutations")
    frame = target.mutate(seed, rng)
    target.run(frame)
    return frame
