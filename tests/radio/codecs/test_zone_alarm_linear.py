"""Site alarm grammars cannot block the event loop: patterns run on RE2, in linear time.

A pattern is written in Python's syntax and checked by Python's ``re``, then
translated and compiled with RE2 (google-re2), which never backtracks. The
catastrophic pattern of the old matcher (``(?P<zone>(a+)+)$``: 2 s for a
26-character line, doubling per character) now loads and its matcher reads
a 10,000-character line in well under 10 ms (the decoder refuses lines over
``MAX_LINE`` characters before matching); what RE2 cannot run is refused
when the grammar is built, naming the construct, and a site that uses it
does not load (``SiteError``). Python's meaning is kept (Unicode ``\\d``,
``\\w``, ``\\s``; flags; lazy groups).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
from radio.codecs.zone_alarm import (
    DEFAULT_GRAMMAR,
    MAX_LINE,
    MAX_PROGRAM,
    AlarmGrammar,
    AlarmGrammarError,
    decode_zone_alarm,
    to_re2,
)
from radio.messages import DecodeError
from radio.messages_sensor import ZoneAlarm

CATASTROPHIC = r"(?P<zone>(a+)+)$"


def best_time(func: Callable[[], object], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def test_the_catastrophic_grammar_reads_long_lines_at_once() -> None:
    grammar = AlarmGrammar.from_mapping({"name": "evil", "pattern": CATASTROPHIC})
    for length in (26, MAX_LINE):
        failing = b"a" * (length - 1) + b"!"
        matching = b"a" * length
        # The old matcher took 2 s for the 26-character failing line, doubling per character.
        assert best_time(lambda f=failing: decode_zone_alarm(f, grammar)) < 0.010
        assert best_time(lambda m=matching: decode_zone_alarm(m, grammar)) < 0.010
        assert isinstance(decode_zone_alarm(failing, grammar), DecodeError)
        alarm = decode_zone_alarm(matching, grammar)
        assert isinstance(alarm, ZoneAlarm) and alarm.zone == "a" * length
    # The matcher itself, on a line five times longer than a decoder lets through.
    long_line = b"a" * 9_999 + b"!"
    assert best_time(lambda: grammar.matcher.fullmatch(long_line)) < 0.010
    assert grammar.matcher.fullmatch(long_line) is None
    assert grammar.matcher.fullmatch(b"a" * 10_000) is not None


def test_lines_longer_than_max_line_are_refused_unmatched() -> None:
    grammar = AlarmGrammar.from_mapping({"pattern": CATASTROPHIC})
    result = decode_zone_alarm(b"a" * (MAX_LINE + 1), grammar)
    assert isinstance(result, DecodeError)
    assert result.reason == f"line of {MAX_LINE + 1} characters is longer than {MAX_LINE}"


def test_default_grammar_reads_a_long_hostile_line_at_once() -> None:
    line = b"ALARM " + b"S " * 1000 + b"ZONE Z"
    assert best_time(lambda: decode_zone_alarm(line)) < 0.010
    assert isinstance(decode_zone_alarm(line), DecodeError)


@pytest.mark.parametrize(
    ("pattern", "construct"),
    [
        (r"(?P<zone>a)(?=b)b", "a lookahead (?=...)"),
        (r"(?P<zone>a)(?!b)", "a negative lookahead (?!...)"),
        (r"(?<=x)(?P<zone>a)", "a lookbehind (?<=...)"),
        (r"(?<!x)(?P<zone>a)", "a negative lookbehind (?<!...)"),
        (r"(?P<zone>a)\1", r"a backreference (\N or (?P=name))"),
        (r"(?P<zone>a)(?P=zone)", r"a backreference (\N or (?P=name))"),
        (r"(?P<zone>a)?(?(zone)b|c)", "a conditional group (?(id)yes|no)"),
        (r"(?P<zone>(?>a+))", "an atomic group (?>...)"),
        (r"(?P<zone>a++)", "a possessive quantifier (*+, ++, ?+ or {m,n}+)"),
        (r"(?P<zone>a{1001})", "a repetition count of 1001 (RE2 allows up to 1000)"),
        (r"\b(?P<zone>\w+)\b", r"a Unicode word boundary \b or \B"),
        (r"(?P<zone>[^\W\s]+)", r"a negated class holding \W with items other than \d and _"),
    ],
)
def test_what_re2_cannot_run_is_refused_at_load(pattern: str, construct: str) -> None:
    with pytest.raises(AlarmGrammarError) as info:
        AlarmGrammar.from_mapping({"pattern": pattern})
    message = str(info.value)
    assert message.startswith(f"pattern: uses {construct}"), message
    assert "linear-time matcher (RE2) cannot run" in message


def test_an_automaton_too_large_is_refused_at_load() -> None:
    with pytest.raises(AlarmGrammarError, match=r"^pattern: too large for linear-time matching"):
        AlarmGrammar.from_mapping({"pattern": r"(?P<zone>\w{200})"})
    with pytest.raises(AlarmGrammarError, match=r"^pattern: the linear-time matcher refuses it"):
        AlarmGrammar.from_mapping({"pattern": r"(?P<zone>(?:a{1000}){1000})"})
    assert AlarmGrammar.from_mapping({"pattern": r"(?P<zone>\w{1,60})"}).matcher is not None
    assert DEFAULT_GRAMMAR.matcher.programsize < MAX_PROGRAM // 100


def test_python_meaning_is_kept() -> None:
    def zone(pattern: str, line: str) -> str | None:
        grammar = AlarmGrammar.from_mapping({"pattern": pattern})
        result = decode_zone_alarm(line.encode("utf-8"), grammar)
        return result.zone if isinstance(result, ZoneAlarm) else None

    assert zone(r"Z(?P<zone>\d+)", "Z٣٤") == "٣٤"  # Unicode digits, as Python's \d
    assert zone(r"(?a)Z(?P<zone>\d+)", "Z٣٤") is None  # ASCII only under (?a)
    assert zone(r"(?P<zone>\w+)", "Entrée_7") == "Entrée_7"
    assert zone(r"(?P<zone>[^\W\d_]+)", "Porte") == "Porte"
    assert zone(r"(?P<zone>[^\W\d_]+)", "Porte7") is None
    assert zone(r"(?i)zone (?P<zone>\S+)", "ZONE Nord") == "Nord"
    assert zone(r"a\sb(?P<zone>.*)", "a\u00a0bX") == "X"  # Python's \s holds NBSP
    assert zone(r"(?P<zone>.+?)(?P<kind>\d*)", "gate12") == "gate"  # lazy, as Python
    assert zone(r"(?P<zone>.+?)\s*(?P<kind>\d+)?", "gate 12") == "gate"
    assert zone(r"(?a)(?P<zone>\w+)\b", "gate") == "gate"
    assert zone(r"^(?P<zone>x)$", "x") == "x" and zone(r"\A(?P<zone>x)\Z", "x") == "x"
    assert to_re2(AlarmGrammar.build("t", r"(?P<zone>a.b)").pattern) == r"(?P<zone>a.b)"


def test_a_site_with_a_refused_grammar_does_not_load(
    make_site: Callable[..., Path],
) -> None:
    extra = "\n[alarm_grammars.acme]\npattern = '(?P<zone>[^;]+)(?=;)'\n"
    site = make_site([], extra)
    with pytest.raises(SiteError) as info:
        load_site(site)
    assert "alarm_grammars.acme.pattern: uses a lookahead (?=...)" in str(info.value)


def test_shipped_sites_and_their_grammars_load(make_site: Callable[..., Path]) -> None:
    sites = sorted(path.parent for path in DEFAULT_SITE_DIR.parent.glob("*/site.toml"))
    assert DEFAULT_SITE_DIR in sites
    for site_dir in sites:
        for grammar in load_site(site_dir).alarm_grammars.values():
            assert grammar.matcher is not None
    extra = (
        "\n[alarm_grammars.acme]\npattern = '(?P<zone>[^;]+);(?P<kind>\\w+)'\n"
        'encoding = "latin-1"\n'
    )
    grammar = load_site(make_site([], extra)).alarm_grammars["acme"]
    alarm = decode_zone_alarm("Entrée;INTRUSION".encode("latin-1"), grammar)
    assert isinstance(alarm, ZoneAlarm) and (alarm.zone, alarm.alarm_kind) == (
        "Entrée",
        "INTRUSION",
    )
