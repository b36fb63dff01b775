"""The command table (``console.controllers.command_help``): one entry per verb, every
alias resolves in any case, each usage starts with its verb, status verbs map to the
unit statuses, and the grammar re-exports the same table."""

from __future__ import annotations

from console.controllers import command_grammar
from console.controllers.command_help import HELP, STATUS_VERBS, VERBS, help_for
from models.dispatch.status import UnitStatus


def test_every_verb_and_alias_resolves_to_its_entry() -> None:
    assert len({e.verb for e in HELP}) == len(HELP)
    for entry in HELP:
        for word in (entry.verb, *entry.aliases):
            assert help_for(word.lower()) is entry and help_for(f" {word} ") is entry
            assert VERBS[word.casefold()] is entry
        assert entry.usage.startswith(entry.verb), entry.usage
    assert help_for("nonsense") is None


def test_status_verbs_and_the_facade() -> None:
    assert set(STATUS_VERBS.values()) >= {UnitStatus.EN_ROUTE, UnitStatus.OUT_OF_SERVICE}
    assert all(help_for(verb) is not None for verb in STATUS_VERBS)
    assert command_grammar.HELP is HELP and command_grammar.help_for is help_for
