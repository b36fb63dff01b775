"""Fuzzing ALI: mutated records decode or are refused with every profile, and so do profiles.

Structure-aware (see ``ali_target``): edge values written into each
profile's fields, lines and framing changed, and the XOR block check
recomputed (or left out) afterwards, so records get past the framing into
the field parsers of the default layouts and of site profiles (a Tokyo
clock, fields hundreds of columns wide). A site's profile table is fuzzed
too: it is untrusted input, and a bad one must be an ``AliProfileError``
(which site loading reports as a ``SiteError``), never another exception.

Crashes found, kept as named regressions below and fixed in the codec:
a year-1 time on a clock east of UTC (and year 9999 west of it) raised
``OverflowError`` (an "internal decoder error"); a ``number`` field of 309
digits or more (a site field may be that wide) decoded to an infinite
uncertainty radius, which the store cannot encode; a profile whose
``parser`` is a table or a list raised ``TypeError`` instead of
``AliProfileError``; a ``time_format`` with a directive twice (``%H %H``,
found by a long atheris run) loaded, and then every record with a time
failed with ``re.error`` (an internal decoder error).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from radio.codecs.ali import decode_ali
from radio.codecs.ali_profile import DEFAULT_PROFILE, AliProfile, AliProfileError
from radio.framing.stx_etx import xor_bcc
from radio.messages import DecodeError
from radio.messages_location import CallerLocation
from tests.radio.codecs.fuzz.ali_target import (
    ALI,
    PROFILE_MAPPINGS,
    PROFILES,
    fixup,
    mutate_profile,
)
from tests.radio.codecs.fuzz.budget import exercise, fuzz_settings
from tests.radio.codecs.fuzz.contract import check

TOKYO = AliProfile.from_mapping(PROFILE_MAPPINGS["tokyo-4x40"])
WIDE = AliProfile.from_mapping(PROFILE_MAPPINGS["wide-3x1000"])


def record(lines: list[str], profile: AliProfile) -> bytes:
    """A minimal record: ``lines`` as they are (trailing blanks are optional), the profile's BCC."""
    body = "\r\n".join(line.rstrip() for line in lines).encode("ascii") + b"\x03"
    return b"\x02" + body + (bytes([xor_bcc(body)]) if profile.bcc == "xor" else b"")


def test_every_seed_decodes_with_its_own_profile(seed_samples: Path | None) -> None:
    seeds = ALI.seeds(seed_samples)
    for profile in PROFILES:
        decoded = [s for s in seeds if isinstance(decode_ali(s, profile), CallerLocation)]
        assert decoded, profile.name
    for seed in seeds:
        ALI.run(seed)


def test_fixup_recomputes_the_block_check() -> None:
    frame = record(["5551234567      WPH2"], TOKYO)
    assert fixup(frame[:-1] + b"\x00") == frame
    assert fixup(b"no record") == b"no record"


@fuzz_settings(300)
@given(data=st.data())
def test_mutated_records_decode_or_are_refused(
    seed_samples: Path | None, data: st.DataObject
) -> None:
    exercise(ALI, seed_samples, data)


@fuzz_settings(300)
@given(rng=st.randoms(use_true_random=False))
def test_mutated_profiles_load_or_are_refused(rng: Any) -> None:
    mapping = mutate_profile(rng)
    try:
        profile = AliProfile.from_mapping(mapping)
    except AliProfileError as exc:
        assert str(exc)
        return
    frame = ALI.mutate(rng.choice(ALI.seeds(None)), rng)
    check(decode_ali(frame, profile), "ali")


# --- regressions: crashes the fuzzers found ------------------------------------------


def first_line(profile: AliProfile, time: str) -> str:
    """The record's first line with an ANI, a class of service and ``time`` in their columns."""
    line = [" "] * profile.columns
    for name, value in (("ani", "5551234567"), ("cos", "RESD"), ("time", time)):
        item = profile.field(name)
        assert item is not None
        line[item.column - 1 : item.column - 1 + len(value)] = value
    return "".join(line).rstrip()


@pytest.mark.parametrize(
    ("profile", "time"),
    [(TOKYO, "01/01/0001 00:00"), (WIDE, "99991231235959")],
    ids=["year-1-east-of-utc", "year-9999-west-of-utc"],
)
def test_regression_time_out_of_range_in_utc(profile: AliProfile, time: str) -> None:
    # Was OverflowError('date value out of range'): an internal decoder error.
    frame = record([first_line(profile, time), *[""] * (profile.lines - 1)], profile)
    result = check(decode_ali(frame, profile), "ali")
    assert isinstance(result, DecodeError)
    assert result.reason == f"field time: {time!r} is out of range in UTC"


def test_regression_number_field_of_309_digits_is_not_infinite() -> None:
    # Was a CallerLocation with radius_m=inf: JSON with allow_nan=False refuses it.
    first = first_line(WIDE, "20240301140509")
    second = ("9" * 309).ljust(500) + "+39.739236".ljust(21) + "-104.990251"
    frame = record([first, second, ""], WIDE)
    result = check(decode_ali(frame, WIDE), "ali")
    assert isinstance(result, DecodeError)
    assert result.reason == (
        "field uncertainty: '99999999999999999999'... (309 characters) is not a finite number"
    )
    fine = record([first, ("9" * 308).ljust(500) + second[500:], ""], WIDE)
    assert check(decode_ali(fine, WIDE), "ali").radius_m == float("9" * 308)


@pytest.mark.parametrize("parser", [["phone"], {"x": 1}], ids=["list", "table"])
def test_regression_profile_parser_of_the_wrong_type(parser: object) -> None:
    # Was TypeError("unhashable type: 'list'") out of AliProfile.from_mapping.
    mapping = {"fields": {"ani": {"line": 1, "column": 1, "width": 15, "parser": parser}}}
    with pytest.raises(AliProfileError, match=r"^fields\.ani\.parser: unknown parser"):
        AliProfile.from_mapping(mapping)


def test_regression_time_format_with_a_directive_twice() -> None:
    # Loaded, then every record raised re.error("redefinition of group name 'H' ...").
    mapping = {"time_format": "%H %H", "fields": {"ani": {"line": 1, "column": 1, "width": 10}}}
    with pytest.raises(AliProfileError, match=r"^time_format: '%H %H' cannot be parsed: "):
        AliProfile.from_mapping(mapping)
    built_around = dataclasses.replace(DEFAULT_PROFILE, time_format="%H %H")
    frame = record(["5551234567      RESD", "10 10", *[""] * 6], built_around)
    result = check(decode_ali(frame, built_around), "ali")
    assert isinstance(result, DecodeError)
    assert result.reason == "field time: '10 10' does not match '%H %H'"
