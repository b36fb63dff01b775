"""Strict, finite numbers from text fields: the one number parser of the codecs.

Role: every codec that reads a number out of text (NMEA fields, ARPA radar
sentences, AML SMS and HTTPS, CAP, PIDF-LO, zone-alarm lines) parses it
here, so that one rule decides what a number is and no codec can hand an
``inf`` or a ``nan`` to the store (which serialises payloads with
``allow_nan=False``: such a frame would be neither stored nor rejected).

Contract:

- :func:`parse_decimal(text, low, high, signed=..., exponent=...)
  <parse_decimal>` returns a finite ``float`` within ``[low, high]`` or
  raises :class:`NumberError`. :func:`parse_integer(text, low, high)
  <parse_integer>` does the same for a plain unsigned or signed integer.
- A :class:`NumberError`'s message is the reason *without* the field's name
  (``"'x1.5' is not a number"``, ``"'-3' must not be negative"``,
  ``"'100...' (309 characters) is out of range (0 to 1000)"``); each codec
  puts its own field name in front, in its own style, and raises its own
  error type. Long values are shown cut to their first characters, so a
  hostile 10,000-digit field gives a one-line reason. Its subclass
  :class:`NotANumber` means the syntax is wrong (as opposed to the value).
- Accepted syntax: ASCII digits with at most one ``.`` and at least one
  digit (``5``, ``5.``, ``.5``, ``05.250``), a leading ``+`` or ``-`` when
  ``signed`` (an unsigned field refuses both), and with ``exponent`` an
  ``e``/``E`` followed by an optionally signed integer (XML ``xs:double``).
  Never: ``nan``, ``inf``, ``Infinity``, ``1_000``, blanks, non-ASCII
  digits (``float`` takes Arabic-Indic ones), hexadecimal floats.
- A value that parses but overflows (``1e999``, a 310-digit field) is
  "not a finite number"; a finite value outside ``[low, high]`` is "out of
  range". The bounds are each field's sanity limits (see the constants
  below for the ones codecs share); the defaults accept any finite value.

Why hand-written: ``float()`` and ``int()`` accept all of the forms refused
above, and ``int()`` raises ``ValueError`` on more than 4,300 digits, which
a codec would otherwise report as an internal error. The NMEA hot path
inlines the common case (``value.replace(".", "", 1).isdigit()`` and one
bound comparison) and calls these only for empty, odd or failing values
(see tests/benchmarks/bench_nmea_decode.py).
"""

from __future__ import annotations

import math
import sys

__all__ = [
    "ANY",
    "MAX_ALTITUDE_M",
    "MAX_DISTANCE_M",
    "MIN_ALTITUDE_M",
    "NotANumber",
    "NumberError",
    "parse_decimal",
    "parse_integer",
    "shown",
]

ANY = sys.float_info.max
# Half the equator: no uncertainty radius, range or distance on Earth is longer.
MAX_DISTANCE_M = 20_037_508.0
# Below the deepest ocean trench (-10,994 m) with margin for ellipsoidal
# heights; above the highest orbit a handset or receiver might report from.
MIN_ALTITUDE_M = -12_000.0
MAX_ALTITUDE_M = 1_000_000.0

_SIGNS = ("+", "-")
_SHOWN = 20
# Enough digits for any integer a protocol field can hold (2**64 has 20).
_MAX_INTEGER_DIGITS = 20


class NumberError(ValueError):
    """A number field that is malformed, not finite or out of range; the message says why."""


class NotANumber(NumberError):
    """The text is not a number at all (its syntax); the other failures are about its value."""


def shown(text: str) -> str:
    """``repr(text)``, cut to its first characters when long (for one-line reasons)."""
    if len(text) <= _SHOWN + 4:
        return repr(text)
    return f"{text[:_SHOWN]!r}... ({len(text)} characters)"


def _bound(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:g}"


def _range(text: str, low: float, high: float) -> NumberError:
    return NumberError(f"{shown(text)} is out of range ({_bound(low)} to {_bound(high)})")


def parse_decimal(
    text: str,
    low: float = -ANY,
    high: float = ANY,
    *,
    signed: bool = True,
    exponent: bool = False,
) -> float:
    """A finite number within ``[low, high]`` (see the module docstring); NumberError if not."""
    mantissa = text
    if exponent:
        cut = text.find("e")
        if cut < 0:
            cut = text.find("E")
        if cut >= 0:
            mantissa = text[:cut]
            power = text[cut + 1 :]
            if power[:1] in _SIGNS:
                power = power[1:]
            if not (power.isascii() and power.isdigit()):
                raise NotANumber(f"{shown(text)} is not a number")
    sign = mantissa[:1]
    digits = mantissa[1:] if sign in _SIGNS else mantissa
    if not (digits.isascii() and digits.replace(".", "", 1).isdigit()):
        raise NotANumber(f"{shown(text)} is not a number")
    if sign in _SIGNS and not signed:
        if sign == "-":
            raise NumberError(f"{shown(text)} must not be negative")
        raise NotANumber(f"{shown(text)} is not a number")
    value = float(text)
    if low <= value <= high:
        return value
    if not math.isfinite(value):
        raise NumberError(f"{shown(text)} is not a finite number")
    raise _range(text, low, high)


def parse_integer(text: str, low: int, high: int, *, signed: bool = False) -> int:
    """An integer of ASCII digits (a sign when ``signed``) within ``[low, high]``."""
    sign = text[:1]
    digits = text[1:] if signed and sign in _SIGNS else text
    if not (digits.isascii() and digits.isdigit()):
        if sign == "-" and not signed and text[1:].isascii() and text[1:].isdigit():
            raise NumberError(f"{shown(text)} must not be negative")
        raise NotANumber(f"{shown(text)} is not an integer")
    if len(digits) > _MAX_INTEGER_DIGITS:
        raise _range(text, low, high)
    value = int(text)
    if not low <= value <= high:
        raise _range(text, low, high)
    return value
