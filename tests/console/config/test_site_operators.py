"""site.toml's optional [operators] table: defaults, values, and clear refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from console.config.site import OperatorPolicy, SiteError, load_site


def test_defaults_when_absent(make_site: Callable[..., Path]) -> None:
    site = load_site(make_site([]))
    assert site.operators == OperatorPolicy()
    assert site.operators.idle_lock_minutes == 10 and site.operators.break_glass_minutes == 0
    assert not site.operators.allow_multiple_positions and site.operators.position is None


def test_values_are_read(make_site: Callable[..., Path]) -> None:
    extra = (
        "[operators]\nidle_lock_minutes = 0\nbreak_glass_minutes = 20\n"
        'allow_multiple_positions = true\nposition = "desk-3"\n'
    )
    site = load_site(make_site([], extra))
    assert site.operators == OperatorPolicy(0.0, 20.0, True, "desk-3")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("[operators]\nidle_lock_minutes = -1\n", "operators.idle_lock_minutes"),
        ("[operators]\nbreak_glass_minutes = 100000\n", "operators.break_glass_minutes"),
        ("[operators]\nallow_multiple_positions = 1\n", "operators.allow_multiple_positions"),
        ("[operators]\nidle_lock_minute = 5\n", "idle_lock_minutes"),
    ],
)
def test_bad_values_are_refused_with_the_field(
    make_site: Callable[..., Path], extra: str, message: str
) -> None:
    with pytest.raises(SiteError, match=message):
        load_site(make_site([], extra))
