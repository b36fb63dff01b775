"""The codecs' one strict number parser (radio/codecs/numbers.py)."""

from __future__ import annotations

import math

import pytest

from radio.codecs.numbers import (
    NotANumber,
    NumberError,
    parse_decimal,
    parse_integer,
    shown,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("5", 5.0), ("5.", 5.0), (".5", 0.5), ("05.250", 5.25), ("-3.5", -3.5), ("+7", 7.0)],
)
def test_plain_decimals(text: str, value: float) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize(
    "text",
    ["", ".", "-", "+", "nan", "NaN", "inf", "-inf", "Infinity", "1e5", "1E5", "1_000",
     " 5", "5 ", "0x10", "1.2.3", "--1", "\u0663", "\u00b2", "5,0"],
)  # fmt: skip
def test_not_numbers(text: str) -> None:
    with pytest.raises(NotANumber, match="is not a number"):
        parse_decimal(text)


def test_exponents_only_when_asked() -> None:
    assert parse_decimal("1.5e2", exponent=True) == 150.0
    assert parse_decimal("-2E-1", exponent=True) == -0.2
    for text in ("1e", "e5", "1e5.5", "1e+", "INF", "NaN", "1ee5"):
        with pytest.raises(NotANumber):
            parse_decimal(text, exponent=True)
    with pytest.raises(NumberError, match="is not a finite number"):
        parse_decimal("1e999", exponent=True)


def test_overflow_and_range() -> None:
    big, huge = "1" + "0" * 308, "1" + "0" * 309
    assert parse_decimal(big) == 1e308  # finite: only a bound refuses it
    with pytest.raises(NumberError) as caught:
        parse_decimal(big, 0, 1000)
    assert (
        str(caught.value)
        == "'10000000000000000000'... (309 characters) is out of range (0 to 1000)"
    )
    with pytest.raises(NumberError) as caught:
        parse_decimal(huge)
    assert str(caught.value) == "'10000000000000000000'... (310 characters) is not a finite number"
    with pytest.raises(NumberError, match=r"'-12000.5' is out of range \(-12000 to 1e\+20\)"):
        parse_decimal("-12000.5", -12000, 1e20)
    assert math.isfinite(parse_decimal("9" * 300))


def test_unsigned() -> None:
    assert parse_decimal("5", signed=False) == 5.0
    with pytest.raises(NumberError, match="'-5' must not be negative"):
        parse_decimal("-5", signed=False)
    with pytest.raises(NotANumber, match="'\\+5' is not a number"):
        parse_decimal("+5", signed=False)


def test_integers() -> None:
    assert parse_integer("042", 0, 999) == 42
    assert parse_integer("-42", -100, 100, signed=True) == -42
    with pytest.raises(NumberError, match="'-42' must not be negative"):
        parse_integer("-42", 0, 100)
    with pytest.raises(NotANumber, match="is not an integer"):
        parse_integer("4.2", 0, 100)
    with pytest.raises(NotANumber):
        parse_integer("\u0664\u0662", 0, 100)
    with pytest.raises(NumberError, match=r"\(5000 characters\) is out of range \(0 to 999\)"):
        parse_integer("1" * 5000, 0, 999)  # int() itself would refuse 4300+ digits
    with pytest.raises(NumberError, match=r"'1000' is out of range \(0 to 999\)"):
        parse_integer("1000", 0, 999)


def test_shown_is_one_short_line() -> None:
    assert shown("abc") == "'abc'"
    assert shown("x" * 24) == repr("x" * 24)
    long = shown("y" * 10_000)
    assert long == "'yyyyyyyyyyyyyyyyyyyy'... (10000 characters)"
