"""``@`` clauses (``console.controllers.command_places``) through their own module:
coordinates are range-checked with the value in the refusal, a place query is left to
the console, ``place_span`` covers the query only."""

from __future__ import annotations

from console.controllers.command_grammar import CommandContext, NewIncident, ParseError, parse
from console.controllers.command_places import place_span

CTX = CommandContext(units=("E11",), incidents=("2026-000123",), incident_types=("fire",))


def test_coordinates_are_checked_and_queries_left_to_the_console() -> None:
    refused = parse("N fire @ 91,24", CTX)
    assert isinstance(refused, ParseError)
    assert refused.message == "latitude 91 is out of range (-90 to 90)"
    query = parse("N fire @ jaffa road 12", CTX)
    assert isinstance(query, NewIncident) and query.place_query == "jaffa road 12"
    text = "N fire @ jaffa road 12"
    assert place_span(text, len(text)) == (9, len(text))
    assert place_span("N fire @ 31.78,35.22", 20) is None
    assert place_span(text, 3) is None  # before the @
