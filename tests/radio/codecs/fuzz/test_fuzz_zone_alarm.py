"""Fuzzing zone-alarm lines and grammars: lines decode or are refused, grammars load or are refused,
and a grammar that loads matches as Python's ``re`` would, in linear time.

Lines (see ``zone_alarm_target``) are mutated token by token and decoded
with the default grammar and site grammars (local clocks, UTF-16, cp1252).
Grammar tables are mutated too (patterns from a small regex grammar with
what RE2 can and cannot run, every codec name Python knows, odd time
zones and formats): ``AlarmGrammar.from_mapping`` must return a grammar or
raise ``AlarmGrammarError`` (which site loading reports as a
``SiteError``), and a grammar that loads must read lines without crashing.
The RE2 translation is checked against Python's own matcher on short
strings (where backtracking cannot blow up): same match, same groups.

Crashes found, kept as named regressions below and fixed in the codec:
building a grammar raised ``RecursionError`` (a deeply nested pattern),
``OverflowError`` (a repetition count beyond C's long), ``ValueError`` and
``UnicodeEncodeError`` (an encoding name holding a NUL or a lone
surrogate); decoding with a grammar whose encoding is ``punycode`` raised
``UnicodeError`` (an internal decoder error), one whose encoding is not a
text encoding (``hex``) failed on every line, and ``utf-7`` lines decoded
to a zone holding a lone surrogate, which the store cannot encode. A long
atheris run found one more: a ``time_format`` with a directive twice
(``%S ... %S``) raised ``re.error`` out of the loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.zone_alarm import (
    AlarmGrammar,
    AlarmGrammarError,
    decode_zone_alarm,
)
from radio.messages import DecodeError
from radio.messages_sensor import ZoneAlarm
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.contract import check
from tests.radio.codecs.fuzz.zone_alarm_target import (
    GRAMMARS,
    ZONE_ALARM,
    mutate_grammar,
    random_pattern,
)


def test_every_grammar_reads_some_seed(seed_samples: Path | None) -> None:
    seeds = ZONE_ALARM.seeds(seed_samples)
    for grammar in GRAMMARS:
        assert any(isinstance(decode_zone_alarm(s, grammar), ZoneAlarm) for s in seeds), grammar
    for seed in seeds:
        ZONE_ALARM.run(seed)


@fuzz_settings(400)
@given(data=st.data())
def test_mutated_lines_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(ZONE_ALARM, seed_samples, data)


@fuzz_settings(300)
@given(rng=st.randoms(use_true_random=False))
def test_mutated_grammars_load_or_are_refused(rng: Any) -> None:
    mapping = mutate_grammar(rng)
    try:
        grammar = AlarmGrammar.from_mapping(mapping)
    except AlarmGrammarError as exc:
        assert str(exc)
        return
    for _ in range(3):
        line = ZONE_ALARM.mutate(rng.choice(ZONE_ALARM.seeds(None)), rng)
        check(decode_zone_alarm(line, grammar), "zone-alarm")


def _groups(match: Any) -> dict[str, str | None] | None:
    if match is None:
        return None
    if isinstance(match.string, bytes):
        return {
            name.decode(): None if value is None else value.decode()
            for name, value in match.groupdict().items()
        }
    return match.groupdict()  # type: ignore[no-any-return]


@fuzz_settings(300)
@given(rng=st.randoms(use_true_random=False), texts=st.lists(st.text("ab é1 ;-.\tZ_", max_size=8)))
def test_loaded_grammars_match_as_python_does(rng: Any, texts: list[str]) -> None:
    try:
        grammar = AlarmGrammar.build("random", random_pattern(rng))
    except AlarmGrammarError:
        return
    for text in texts:
        expected = _groups(grammar.pattern.fullmatch(text))
        assert _groups(grammar.matcher.fullmatch(text.encode())) == expected, text


# --- regressions: crashes the fuzzers found ------------------------------------------


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"pattern": "(" * 1000 + "?P<zone>a" + ")" * 1000}, "pattern: nested too deeply"),
        (
            {"pattern": "(?P<zone>a{99999999999})"},
            "pattern: not a valid regular expression: the repetition number is too large",
        ),
        ({"pattern": "(?P<zone>a)", "encoding": "\x00"}, "encoding: unknown text encoding '\\x00'"),
        (
            {"pattern": "(?P<zone>a)", "encoding": "\ud800"},
            "encoding: unknown text encoding '\\ud800'",
        ),
        (
            {"pattern": "(?P<zone>a)", "encoding": "hex"},
            "encoding: 'hex' is not a text encoding (bytes to text)",
        ),
        (
            {"pattern": "(?P<zone>a)", "time_format": "%SEVY-%m-%d %H:%M:%S"},
            "time_format: '%SEVY-%m-%d %H:%M:%S' does not parse: redefinition of group name 'S' "
            "as group 6; was group 1 at position 146",
        ),
    ],
    ids=[
        "nested-pattern",
        "huge-repeat",
        "nul-encoding",
        "surrogate-encoding",
        "hex-encoding",
        "directive-twice",
    ],
)
def test_regression_grammars_that_crashed_at_load(mapping: dict[str, Any], message: str) -> None:
    # Were RecursionError, OverflowError, ValueError, UnicodeEncodeError, re.error out of
    # the loader, and (hex) a grammar that failed every line with LookupError.
    with pytest.raises(AlarmGrammarError) as info:
        AlarmGrammar.from_mapping(mapping)
    assert str(info.value) == message


def test_regression_punycode_line_is_refused_with_a_reason() -> None:
    # Was UnicodeError("decoding with 'punycode' codec failed ..."): an internal error.
    grammar = AlarmGrammar.from_mapping({"pattern": "(?P<zone>.+)", "encoding": "punycode"})
    result = check(decode_zone_alarm(b"abc-9999999999", grammar), "zone-alarm")
    assert isinstance(result, DecodeError)
    assert result.reason.startswith("not punycode text: ")
    assert check(decode_zone_alarm(b"bcher-kva", grammar)).zone == "bücher"  # type: ignore[union-attr]


def test_regression_utf7_lone_surrogate_is_refused() -> None:
    # Was a ZoneAlarm whose zone held '\ud800': its payload cannot be encoded as UTF-8.
    grammar = AlarmGrammar.from_mapping({"pattern": "(?P<zone>.+)", "encoding": "utf-7"})
    result = check(decode_zone_alarm(b"+2AA-", grammar), "zone-alarm")
    assert isinstance(result, DecodeError)
    assert result.reason == "character U+D800 at offset 0 is not text (a lone surrogate)"
    assert check(decode_zone_alarm(b"Entr+AOk-e", grammar)).zone == "Entrée"  # type: ignore[union-attr]
