"""Location objects: from decoded messages, typed, checked; civic one-liner; number keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.calls.location import (
    LocationError,
    check_location,
    civic_one_line,
    has_content,
    has_position,
    location_from_message,
    number_key,
    typed_location,
)
from radio.protocols import get_protocol


def test_from_pidf_civic_sample(samples_dir: Path) -> None:
    document = get_protocol("pidf").decode(
        (samples_dir / "pidf_lo" / "RFC5491TupleCivicLocation.xml").read_bytes()
    )
    (message,) = document.to_dict()["locations"]
    location = location_from_message(message)
    assert location is not None
    assert (location["source"], location["lat"], location["time"]) == (
        "pidf",
        None,
        "2003-06-22T20:57:29+00:00",
    )
    assert not has_position(location) and has_content(location)
    assert (
        civic_one_line(location["civic"]) == "123 Broadway, Suite 75, New York, New York 10027-0401"
    )
    assert check_location(location) == location


def test_no_location_message_has_no_location() -> None:
    assert location_from_message({"source": "aml", "number": "447477593102"}) is None
    # Half a coordinate pair is no position.
    assert location_from_message({"source": "aml", "lat": 55.0}) is None


def test_civic_one_line() -> None:
    civic = {
        "HNO": "12",
        "HNS": "B",
        "PRD": "N",
        "RD": "Main",
        "STS": "St",
        "FLR": "3",
        "A3": "Springfield",
        "A1": "IL",
        "PC": "62701",
        "country": "US",
    }
    assert civic_one_line(civic) == "12B N Main St, floor 3, Springfield, IL 62701"
    assert (
        civic_one_line({"LOC": "  Kauppatori,  by the fountain "}) == "Kauppatori, by the fountain"
    )
    assert civic_one_line({"country": "FI"}) is None
    assert civic_one_line(None) is None


def test_typed_location() -> None:
    location = typed_location(60.17, 24.94, " Aleksanterinkatu 5 ", "map")
    assert location["source"] == "map" and location["shape"] == "Point"
    assert location["civic"] == {"LOC": "Aleksanterinkatu 5"}
    assert location["radius_m"] is None
    assert typed_location(60.17, 24.94, "", "typed")["civic"] is None
    with pytest.raises(LocationError, match="source must be 'typed' or 'map'"):
        typed_location(60.17, 24.94, None, "ali")
    with pytest.raises(LocationError, match="out of range"):
        typed_location(91.0, 24.94, None)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"source": "fax"}, "source must be one of"),
        ({"source": "ali", "lat": 1.0}, "lat and lon go together"),
        ({"source": "ali", "lat": "1", "lon": 2.0}, "lat must be a finite number"),
        ({"source": "ali", "radius_m": -3}, "radius_m must not be negative"),
        ({"source": "ali", "civic": {"HNO": 5}}, "civic must be an object of text values"),
        ({"source": "ali", "number": 5}, "number must be text"),
        ("here", "a location must be an object"),
    ],
)
def test_check_location_refuses(value: object, message: str) -> None:
    with pytest.raises(LocationError, match=message):
        check_location(value)


def test_number_key() -> None:
    assert number_key("tel:+44-7477-593102;phone-context=x") == "477593102"
    assert number_key("sip:+13125551234@example.com") == "125551234"
    assert number_key("(312) 555 1234") == "125551234"
    assert number_key("112") == "112"
    assert number_key("tel:") is None and number_key(None) is None and number_key("") is None
