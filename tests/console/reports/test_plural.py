"""English plural forms where no translator answers (console.reports.plural)."""

from __future__ import annotations

from console.reports.plural import english_plural


def test_the_english_form_when_no_translator_had_the_source() -> None:
    source = "%n unit(s) sent"
    assert english_plural(source, 1, "1 unit(s) sent") == "1 unit sent"
    assert english_plural(source, 3, "3 unit(s) sent") == "3 units sent"
    assert english_plural(source, 0, "0 unit(s) sent") == "0 units sent"


def test_a_translators_answer_is_kept() -> None:
    assert english_plural("%n unit(s) sent", 2, "2 jednotky vyslány") == "2 jednotky vyslány"
