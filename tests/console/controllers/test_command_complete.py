"""Completion (``console.controllers.command_complete``) through its own module: verbs
first, then the argument kinds of the verb's entry; a word typed on a Hebrew layout
completes to its Latin spelling."""

from __future__ import annotations

from console.controllers.command_complete import complete, word_span
from console.controllers.command_grammar import CommandContext

CTX = CommandContext(units=("E11", "E12", "M31"), incidents=("2026-000123",))


def test_verbs_then_units_and_layouts() -> None:
    assert complete("", 0, CTX)[:2] == ["D", "ER"]
    assert complete("D 123 E", 7, CTX) == ["E11", "E12"]
    assert complete("ER E11,E", 8, CTX) == ["E11,E12"]
    assert complete("םד ק1", 5, CTX) == ["E11", "E12"]  # "OS E1" on Hebrew keys
    assert word_span("D 123 E1", 8) == (6, 8)
