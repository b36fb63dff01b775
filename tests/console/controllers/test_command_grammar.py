"""Command grammar: every command and alias, incident refs, errors with suggestions, completion."""

from __future__ import annotations

import pytest

from console.controllers.command_grammar import (
    HELP,
    AbandonCall,
    AcknowledgeAlert,
    AddNote,
    AnswerCall,
    AttachCall,
    ChangeStatus,
    CloseIncident,
    CommandContext,
    DismissAlert,
    DispatchUnits,
    HandOver,
    Help,
    IncidentFromCall,
    LinkAlert,
    NamePosition,
    NewIncident,
    OpenIncident,
    ParseError,
    PartnerAnswer,
    PromoteAlert,
    ReleaseCall,
    Relocate,
    RelocateCall,
    ReopenIncident,
    Select,
    ShowRecommendation,
    attach_place,
    complete,
    help_for,
    latin_keys,
    parse,
    place_span,
    word_span,
)
from models.dispatch.status import UnitStatus

CTX = CommandContext(
    units=("E11", "E12", "E19", "L14", "M31", "P21"),
    incidents=("2026-000123", "2026-000124", "2025-000007"),
    incident_types=(
        "structure-fire",
        "vehicle-fire",
        "hazmat-leak",
        "traffic-collision-injury",
        "traffic-collision-minor",
    ),
    selected_incident="2026-000124",
    selected_unit="E12",
    dispositions=("false alarm", "handled", "transported"),
)


def _error(text: str, ctx: CommandContext = CTX) -> ParseError:
    result = parse(text, ctx)
    assert isinstance(result, ParseError), result
    return result


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("D 123 E11 E12", DispatchUnits("2026-000123", ("E11", "E12"))),
        ("d 2026-000123 e11", DispatchUnits("2026-000123", ("E11",))),
        ("disp 124 m31,l14", DispatchUnits("2026-000124", ("M31", "L14"))),
        ("DISPATCH . E19 e19 E11", DispatchUnits("2026-000124", ("E19", "E11"))),
        ("D 7", DispatchUnits("2025-000007", None)),
        ("D #000123", DispatchUnits("2026-000123", None)),
        ("ER E11", ChangeStatus(("E11",), UnitStatus.EN_ROUTE)),
        ("enr e11 e12", ChangeStatus(("E11", "E12"), UnitStatus.EN_ROUTE)),
        ("OS E11 E12", ChangeStatus(("E11", "E12"), UnitStatus.ON_SCENE)),
        ("onscene p21", ChangeStatus(("P21",), UnitStatus.ON_SCENE)),
        ("TR M31", ChangeStatus(("M31",), UnitStatus.TRANSPORTING)),
        ("trans m31", ChangeStatus(("M31",), UnitStatus.TRANSPORTING)),
        ("AH M31", ChangeStatus(("M31",), UnitStatus.AT_HOSPITAL)),
        ("hosp m31", ChangeStatus(("M31",), UnitStatus.AT_HOSPITAL)),
        ("AV E11", ChangeStatus(("E11",), UnitStatus.AVAILABLE)),
        ("avail e11", ChangeStatus(("E11",), UnitStatus.AVAILABLE)),
        ("AR P21", ChangeStatus(("P21",), UnitStatus.AVAILABLE_ON_RADIO)),
        ("aor p21", ChangeStatus(("P21",), UnitStatus.AVAILABLE_ON_RADIO)),
        ("OOS E12", ChangeStatus(("E12",), UnitStatus.OUT_OF_SERVICE, None)),
        (
            "oos e12 e11  flat tyre, towing",
            ChangeStatus(("E12", "E11"), UnitStatus.OUT_OF_SERVICE, "flat tyre, towing"),
        ),
        ("out e12 pump", ChangeStatus(("E12",), UnitStatus.OUT_OF_SERVICE, "pump")),
        ("R 123", ShowRecommendation("2026-000123")),
        ("rec .", ShowRecommendation("2026-000124")),
        ("recommend 2026-000123", ShowRecommendation("2026-000123")),
        ("NOTE 123 caller on  2nd floor", AddNote("2026-000123", "caller on  2nd floor")),
        ("nt . smoke visible", AddNote("2026-000124", "smoke visible")),
        ("CLOSE 123 False Alarm", CloseIncident("2026-000123", "false alarm")),
        (
            "cl 124 patient refused transport",
            CloseIncident("2026-000124", "patient refused transport"),
        ),
        ("SEL e11", Select("unit", "E11")),
        ("s 123", Select("incident", "2026-000123")),
        ("select .", Select("incident", "2026-000124")),
        ("select 2025-000007", Select("incident", "2025-000007")),
        ("HELP", Help(None)),
        ("? d", Help("D")),
        ("h dispatch", Help("D")),
    ],
)
def test_parse_commands(text: str, intent: object) -> None:
    assert parse(text, CTX) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "N struct @ 60.1699,24.9384 Main St 5",
            NewIncident("structure-fire", 60.1699, 24.9384, False, "Main St 5"),
        ),
        ("new veh @60.1 -24.9", NewIncident("vehicle-fire", 60.1, -24.9, False, None)),
        ("n haz @ 60.1, 24.9", NewIncident("hazmat-leak", 60.1, 24.9, False, None)),
        ("N hazmat-leak @ selected", NewIncident("hazmat-leak", None, None, True, None)),
        (
            "n haz Harbour gate 3 @ sel",
            NewIncident("hazmat-leak", None, None, True, "Harbour gate 3"),
        ),
        ("N HAZ pier 4", NewIncident("hazmat-leak", None, None, False, "pier 4")),
        ("n injury", NewIncident("traffic-collision-injury", None, None, False, None)),
    ],
)
def test_parse_new_incident(text: str, intent: NewIncident) -> None:
    assert parse(text, CTX) == intent


def test_every_help_entry_parses_its_example() -> None:
    ctx = CommandContext(
        units=("E11", "E12", "M31", "P21"),
        incidents=("2026-000123",),
        incident_types=("structure-fire",),
        selected_incident="2026-000123",
        calls=("C000042",),
        ringing=("C000042",),
        alerts=("A000007",),
        selected_call="C000042",
        selected_alert="A000007",
        closed_incidents=("2025-000123",),
    )
    for entry in HELP:
        result = parse(entry.example, ctx)
        assert not isinstance(result, ParseError), (entry.example, result)
        assert help_for(entry.verb) is entry
        for alias in entry.aliases:
            assert help_for(alias.lower()) is entry


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("ER E99", "unknown unit 'E99' — did you mean E19?", 3),
        ("D 123 E11 m32", "unknown unit 'm32' — did you mean M31?", 10),
        ("OOS X1 broken", "unknown unit 'X1'", 4),
        ("DX 123", "unknown command 'DX' — did you mean D?", 0),
        ("zzzz", "unknown command 'zzzz'", 0),
        ("R 999", "unknown incident '999'", 2),
        ("R 2026-000125", "unknown incident '2026-000125' — did you mean 2026-000124?", 2),
        ("N xyz", "unknown incident type 'xyz'", 2),
        ("N fire", "incident type 'fire' is ambiguous: structure-fire, vehicle-fire", 2),
        ("N traffic", "incident type 'traffic' is ambiguous: ", 2),
        ("N haz @ 91,2", "latitude 91 is out of range (-90 to 90)", 6),
        ("N haz @ 60,181", "longitude 181 is out of range (-180 to 180)", 6),
        ("N haz @ 60.2", "bad position '@ 60.2'", 6),
        ("N haz @", "where? type a place after @", 6),
        ("LOC 123", "LOC needs more", 7),
        ("LOC 123 here", "unexpected 'here'", 8),
        ("WHERE zz9", "unknown unit or incident 'zz9'", 6),
        ("ER", "ER needs more: ER <unit>...", 2),
        ("d", "D needs more: D <incident> [<unit>...]", 1),
        ("NOTE 123", "NOTE needs more", 8),
        ("CLOSE 123 ", "CLOSE needs more", 10),
        ("R 123 now", "unexpected 'now'; usage: R <incident>", 6),
        ("SEL E11 E12", "unexpected 'E12'", 8),
        ("SEL zz9", "unknown unit or incident 'zz9'", 4),
        ("HELP qq", "unknown command 'qq'", 5),
        ("", "type a command, or HELP for the list", 0),
    ],
)
def test_errors(text: str, message: str, position: int) -> None:
    error = _error(text)
    assert error.message.startswith(message)
    assert error.position == position
    assert error.end >= error.position


def test_error_template_and_args_rebuild_the_message() -> None:
    error = _error("ER E99")
    assert error.template == "unknown unit '{word}' — did you mean {suggestion}?"
    assert dict(error.args) == {"word": "E99", "suggestion": "E19"}
    assert error.end == 6


def test_incident_refs() -> None:
    assert parse("R 000123", CTX) == ShowRecommendation("2026-000123")
    assert parse("R 2026-000123", CTX) == ShowRecommendation("2026-000123")
    assert parse("R #7", CTX) == ShowRecommendation("2025-000007")
    nothing_selected = CommandContext(units=CTX.units, incidents=CTX.incidents)
    assert _error("R .", nothing_selected).message.startswith("no incident is selected")
    clash = CommandContext(incidents=("2025-000123", "2026-000123"))
    error = _error("R 123", clash)
    assert error.message == "incident '123' is ambiguous: 2025-000123, 2026-000123"
    assert parse("R 2025-000123", clash) == ShowRecommendation("2025-000123")


def test_exact_type_code_beats_prefix() -> None:
    ctx = CommandContext(incident_types=("fire", "fire-alarm"))
    assert parse("N fire", ctx) == NewIncident("fire", None, None, False, None)
    assert _error("N fi", ctx).message == "incident type 'fi' is ambiguous: fire, fire-alarm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "",
            [
                "D",
                "ER",
                "OS",
                "TR",
                "AH",
                "AV",
                "AR",
                "OOS",
                "N",
                "LOC",
                "WHERE",
                "R",
                "NOTE",
                "CLOSE",
                "REOPEN",
                "HANDOVER",
                "PANSWER",
                "SEL",
                "CARD",
                "ANS",
                "CI",
                "ATT",
                "REL",
                "ABN",
                "ACK",
                "PROM",
                "LINK",
                "DISMISS",
                "RESEND",
                "VOICE",
                "HELP",
            ],
        ),
        ("o", ["OS", "OOS", "ONS", "ONSCENE", "OUT", "OPEN"]),
        ("cl", ["CLOSE", "CL"]),
        ("D ", ["2025-000007", "2026-000123", "2026-000124"]),
        ("D 12", ["2026-000123", "2026-000124"]),
        ("d 0001", ["2026-000123", "2026-000124"]),
        ("D 123 E", ["E11", "E12", "E19"]),
        ("D 123 E11 E", ["E12", "E19"]),
        ("OS e11,E", ["e11,E12", "e11,E19"]),
        ("OS E11 m", ["M31"]),
        ("OOS E11 flat ", []),
        ("N fi", ["structure-fire", "vehicle-fire"]),
        ("N collision", ["traffic-collision-injury", "traffic-collision-minor"]),
        ("N haz @", ["@selected"]),
        ("LOC 12", ["2026-000123", "2026-000124"]),
        ("LOC 123 @s", ["@selected"]),
        ("WHERE e1", ["E11", "E12", "E19"]),
        ("R ", ["2025-000007", "2026-000123", "2026-000124"]),
        ("NOTE 123 ", []),
        ("CLOSE 123 ", ["false alarm", "handled", "transported"]),
        ("CLOSE 123 h", ["handled"]),
        ("SEL p", ["P21"]),
        ("SEL 7", ["2025-000007"]),
        ("HELP c", ["CLOSE", "CARD", "CI", "CL"]),
        ("XX ", []),
    ],
)
def test_completion_per_position(text: str, expected: list[str]) -> None:
    assert complete(text, len(text), CTX) == expected


def test_completion_at_a_cursor_inside_the_line() -> None:
    text = "D 12 E11"
    assert complete(text, 4, CTX) == ["2026-000123", "2026-000124"]
    assert word_span(text, 4) == (2, 4)
    assert word_span(text, 3) == (2, 4)
    assert word_span("D ", 2) == (2, 2)


@pytest.mark.parametrize(
    ("text", "query", "location"),
    [
        ("N structure-fire @ mariankatu 12", "mariankatu 12", "mariankatu 12"),
        ("n struct @liisankatu & mariankatu", "liisankatu & mariankatu", "liisankatu & mariankatu"),
        ("N struct @  kauppatori  ", "kauppatori", "kauppatori"),
        ("N struct 3rd floor @ kaivokatu 5", "kaivokatu 5", "3rd floor kaivokatu 5"),
        ("N struct @ 60°10'N 24°56'E", "60°10'N 24°56'E", "60°10'N 24°56'E"),
    ],
)
def test_a_place_after_at_is_a_query_to_resolve(text: str, query: str, location: str) -> None:
    intent = parse(text, CTX)
    assert isinstance(intent, NewIncident)
    assert (intent.lat, intent.lon, intent.at_selected) == (None, None, False)
    assert intent.place_query == query
    assert intent.location == location


def test_coordinates_and_selected_are_not_place_queries() -> None:
    for text in ("N struct @ 60.17,24.94 Main St 5", "N struct @ sel", "N struct @ 59.0, 20.0"):
        intent = parse(text, CTX)
        assert isinstance(intent, NewIncident) and intent.place_query is None, text
        assert place_span(text, len(text)) is None


def test_relocate_and_name_position() -> None:
    assert parse("LOC 123 @ kauppatori", CTX) == Relocate(
        "2026-000123", None, None, False, "kauppatori", "kauppatori"
    )
    assert parse("verify . @ 60.1,24.9 yard", CTX) == Relocate(
        "2026-000124", 60.1, 24.9, False, "yard"
    )
    assert parse("LOC . @ sel", CTX) == Relocate("2026-000124", None, None, True, None)
    assert parse("WHERE e11", CTX) == NamePosition("unit", "E11")
    assert parse("w 123", CTX) == NamePosition("incident", "2026-000123")


def test_place_span_covers_the_query_while_the_cursor_is_in_it() -> None:
    text = "N structure-fire @ mariankatu 12"
    assert place_span(text, len(text)) == (19, len(text))
    assert text[slice(*place_span(text, 25))] == "mariankatu 12"
    assert place_span(text, 5) is None  # still on the type
    assert place_span("N structure-fire @ ", 19) is None  # nothing typed yet
    assert place_span("D 123 @ x", 9) is None  # D takes no place
    assert place_span("LOC 123 @ kauppa", 16) == (10, 16)


def test_a_picked_place_is_attached_and_the_typed_text_kept() -> None:
    from models.places.types import Place

    picked = Place("Mariankatu 12", "address", 60.17, 24.95, 0.9, "fuzzy")
    intent = parse("N struct @ Mariankatu 12", CTX)
    attached = attach_place(intent, "marainkatu 12", picked)
    assert isinstance(attached, NewIncident)
    assert attached.place is picked
    assert attached.location == "marainkatu 12"
    edited = parse("N struct @ Mariankatu 14", CTX)
    assert attach_place(edited, "marainkatu 12", picked) == edited  # edited after the pick
    other = parse("ER E11", CTX)
    assert attach_place(other, "x", picked) is other


# -- calls, alerts and cards ------------------------------------------------------

DESK = CommandContext(
    units=CTX.units,
    incidents=CTX.incidents,
    incident_types=CTX.incident_types,
    selected_incident="2026-000124",
    calls=("C000041", "C000042", "C000043"),
    ringing=("C000043", "C000041"),  # longest-ringing first
    selected_call="C000042",
    alerts=("A000007", "A000012"),
    selected_alert="A000012",
)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ANS", AnswerCall("C000043")),
        ("a c41", AnswerCall("C000041")),
        ("ANSWER C000042", AnswerCall("C000042")),
        ("ANS .", AnswerCall("C000042")),
        ("CI struct", IncidentFromCall("C000042", "structure-fire")),
        ("inc haz C43", IncidentFromCall("C000043", "hazmat-leak")),
        ("CI", IncidentFromCall("C000042", None)),
        ("CI c41", IncidentFromCall("C000041", None)),
        ("ATT 123", AttachCall("C000042", "2026-000123")),
        ("dup . c41", AttachCall("C000041", "2026-000124")),
        ("REL", ReleaseCall("C000042")),
        ("release C41", ReleaseCall("C000041")),
        ("ABN", AbandonCall("C000042", None)),
        ("ABN C43 hung up before answer", AbandonCall("C000043", "hung up before answer")),
        ("abandon no answer on callback", AbandonCall("C000042", "no answer on callback")),
        ("VERIFY", RelocateCall("C000042")),
        ("LOC C41", RelocateCall("C000041")),
        ("LOC @ offered", RelocateCall("C000042", offered=True)),
        ("LOC C43 @ 60.17,24.94 door B", RelocateCall("C000043", 60.17, 24.94, "door B")),
        (
            "LOC @ mariankatu 12",
            RelocateCall("C000042", location="mariankatu 12", place_query="mariankatu 12"),
        ),
        ("ACK", AcknowledgeAlert("A000012")),
        ("k a7", AcknowledgeAlert("A000007")),
        ("PROM", PromoteAlert("A000012", None)),
        ("PROMOTE A7 haz", PromoteAlert("A000007", "hazmat-leak")),
        ("PRO struct", PromoteAlert("A000012", "structure-fire")),
        ("LINK 123", LinkAlert("A000012", "2026-000123")),
        ("LINK A7 C41", LinkAlert("A000007", "C000041")),
        ("DISMISS bird on the fence", DismissAlert("A000012", "bird on the fence")),
        ("DIS A7 test by the installer", DismissAlert("A000007", "test by the installer")),
        ("CARD 123", OpenIncident("2026-000123")),
        ("OPEN", OpenIncident("2026-000124")),
        ("SEL c41", Select("call", "C000041")),
        ("SEL A7", Select("alert", "A000007")),
        ("SEL 7", Select("incident", "2025-000007")),
    ],
)
def test_calls_alerts_and_cards(text: str, intent: object) -> None:
    assert parse(text, DESK) == intent


@pytest.mark.parametrize(
    ("text", "ctx", "message"),
    [
        ("ANS", CommandContext(), "no call is ringing"),
        ("ANS C99", DESK, "unknown call 'C99'"),
        ("REL", CommandContext(), "no call is selected: name one (REL [<call>])"),
        ("CI", CommandContext(), "no call is selected"),
        ("CI C41 haz", DESK, "the type comes first: CI [<type>] [<call>]"),
        ("CI zzz", DESK, "unknown incident type 'zzz'"),
        ("ATT", DESK, "ATT needs more"),
        ("ATT 123 C41 now", DESK, "unexpected 'now'"),
        ("LOC @ selected", DESK, "a call's place is @ place, @ lat,lon or @ offered"),
        ("LOC C41 here", DESK, "unexpected 'here'"),
        ("ACK", CommandContext(), "no alert is selected: name one (ACK [<alert>])"),
        ("ACK A9", DESK, "unknown alert 'A9'"),
        ("LINK A7", DESK, "LINK needs more"),
        ("LINK A7 999", DESK, "unknown incident '999'"),
        ("DISMISS A7", DESK, "DISMISS needs more"),
        ("PROM A7 nope", DESK, "unknown incident type 'nope'"),
        ("CARD", CommandContext(), "CARD needs more"),
    ],
)
def test_call_and_alert_refusals(text: str, ctx: CommandContext, message: str) -> None:
    assert _error(text, ctx).message.startswith(message)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANS ", ["C000043", "C000041", "C000042"]),
        ("ANS c4", ["C000043", "C000041", "C000042"]),
        ("ANS C42", ["C000042"]),
        ("CI ", sorted(CTX.incident_types)),
        ("CI haz ", ["C000043", "C000041", "C000042"]),
        ("ATT 12", ["2026-000123", "2026-000124"]),
        ("ATT 123 C", ["C000043", "C000041", "C000042"]),
        ("ACK ", ["A000007", "A000012"]),
        ("PROM A7 ", sorted(CTX.incident_types)),
        ("LINK a", ["A000007", "A000012"]),
        ("LINK A7 12", ["2026-000123", "2026-000124"]),
        ("DISMISS A7 ", []),
        ("LOC @o", ["@offered"]),
        ("N haz @o", []),
        ("CARD 7", ["2025-000007"]),
    ],
)
def test_completion_of_calls_and_alerts(text: str, expected: list[str]) -> None:
    assert complete(text, len(text), DESK) == expected


def test_help_table_is_one_source() -> None:
    """Every verb and alias is unique, every entry says what its arguments are and
    completion proposes exactly the verbs and aliases the parser accepts."""
    words = [w.casefold() for e in HELP for w in (e.verb, *e.aliases)]
    assert len(words) == len(set(words))
    for entry in HELP:
        assert entry.args, entry.verb
        assert entry.usage.startswith(entry.verb)
        assert entry.example
    proposed = {c.casefold() for w in words for c in complete(w[0], 1, DESK)}
    assert proposed == set(words)


def test_place_span_after_loc_of_the_selected_call() -> None:
    assert place_span("LOC @ mariankatu 1", 18) == (6, 18)
    assert place_span("LOC C41 @ mariankatu 1", 22) == (10, 22)


def test_ended_calls_and_alerts_are_named_but_not_proposed() -> None:
    ctx = CommandContext(calls=("C000002",), ended=("C000001", "A000003"))
    assert parse("REL C1", ctx) == ReleaseCall("C000001")  # the console says why not
    assert parse("ACK A3", ctx) == AcknowledgeAlert("A000003")
    assert complete("REL C", 5, ctx) == ["C000002"]
    assert complete("ACK ", 4, ctx) == []


# -- keyboard layouts: Hebrew (SI-1452) and Arabic (101) on the Latin keys ---------------

JERUSALEM = CommandContext(
    units=("JF11", "JF14", "JM31", "JP51", "כ12"),  # "כ12": a site's own Hebrew call sign
    incidents=("2026-000123",),
    incident_types=("structure-fire", "cardiac-arrest"),
    selected_incident="2026-000123",
    calls=("C000042",),
    ringing=("C000042",),
    selected_call="C000042",
    alerts=("A000007",),
    dispositions=("false alarm",),
)


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        # D 123 JF11 JF14 with the keyboard set to Hebrew: D is the key of ג, J of ח, F of כ.
        ("ג 123 חכ11 חכ14", DispatchUnits("2026-000123", ("JF11", "JF14"))),
        ("גןדפ 123 חכ11", DispatchUnits("2026-000123", ("JF11",))),  # DISP
        ("ג ץ חצ31", DispatchUnits("2026-000123", ("JM31",))),  # "." is the key of ץ; M of צ
        ("םד חכ11תחפ51", ChangeStatus(("JF11", "JP51"), UnitStatus.ON_SCENE, None)),  # OS, ","
        ("ג 123 כ12", DispatchUnits("2026-000123", ("כ12",))),  # a Hebrew call sign stays
        ("'יקרק חכ11", NamePosition("unit", "JF11")),  # WHERE: W is the key of '
        ("ש", AnswerCall("C000042")),  # A (answers the call ringing longest)
        # Arabic: D is ي, J ت, F ب, M ة; Arabic-Indic digits read as digits.
        ("ي ١٢٣ تب11", DispatchUnits("2026-000123", ("JF11",))),
        ("خس تة31", ChangeStatus(("JM31",), UnitStatus.ON_SCENE, None)),  # OS
        ("ى سفقعؤفعقث-بهقث", NewIncident("structure-fire", None, None, False, None)),  # N
    ],
)
def test_commands_typed_in_a_hebrew_or_arabic_layout(typed: str, intent: object) -> None:
    assert parse(typed, JERUSALEM) == intent


def test_free_text_typed_in_hebrew_is_kept_as_typed() -> None:
    # NOTE 123 <Hebrew text>: the command and the incident on Latin keys, the note as written.
    assert parse("מםאק 123 עשן כבד מהקומה השלישית", JERUSALEM) == AddNote(
        "2026-000123", "עשן כבד מהקומה השלישית"
    )
    oos = parse("םםד חכ14 תקלה במשאבה", JERUSALEM)
    assert oos == ChangeStatus(("JF14",), UnitStatus.OUT_OF_SERVICE, "תקלה במשאבה")


def test_latin_keys_and_completion_in_a_hebrew_layout() -> None:
    assert latin_keys("ג 123 חכ11") == "d 123 jf11"
    assert latin_keys("لا") == "b"
    assert "D" in complete("ג", 1, JERUSALEM)
    assert complete("ג 123 חכ1", 9, JERUSALEM) == ["JF11", "JF14"]


# -- REOPEN, HANDOVER, PANSWER ---------------------------------------------------

PARTNER_CTX = CommandContext(
    units=CTX.units,
    incidents=CTX.incidents,
    selected_incident="2026-000124",
    closed_incidents=("2026-000120", "2026-000099"),
    partners=("east", "Vantaa-ERC"),
    calls=("C000042",),
    selected_call="C000042",
)


def test_reopen_names_a_closed_incident_and_keeps_the_reason() -> None:
    assert parse("REOPEN 120 caller rang again", PARTNER_CTX) == ReopenIncident(
        "2026-000120", "caller rang again"
    )
    assert parse("ro #2026-000099  Smoke  again ", PARTNER_CTX) == ReopenIncident(
        "2026-000099", "Smoke  again"
    )
    assert parse("RO . wrong close", PARTNER_CTX) == ReopenIncident("2026-000124", "wrong close")
    assert help_for("RO") is help_for("REOPEN")


def test_reopen_refusals() -> None:
    for text in ("REOPEN", "REOPEN 120"):
        assert _error(text, PARTNER_CTX).message == (
            "REOPEN needs more: REOPEN <incident> <reason>"
        )
    # An open incident is not a closed one.
    assert _error("RO 123 again", PARTNER_CTX).message.startswith("unknown closed incident '123'")
    no_selection = CommandContext(closed_incidents=("2026-000120",))
    assert _error("RO . again", no_selection).message == (
        "no incident is selected ('.' means the selected incident)"
    )


def test_reopen_typed_on_a_hebrew_keyboard() -> None:
    # "רם" is "RO" on the same keys; the reason stays as typed.
    assert parse("רם 120 המתקשר חזר", PARTNER_CTX) == ReopenIncident("2026-000120", "המתקשר חזר")


def test_handover_to_a_partner_with_a_note() -> None:
    assert parse("HANDOVER 123 east ladder needed", PARTNER_CTX) == HandOver(
        "2026-000123", "east", "ladder needed"
    )
    assert parse("ho . vantaa-erc", PARTNER_CTX) == HandOver("2026-000124", "Vantaa-ERC", None)
    assert _error("HO 123", PARTNER_CTX).message == (
        "HANDOVER needs more: HANDOVER <incident> <partner> [note]"
    )
    assert _error("HO 999 east", PARTNER_CTX).message.startswith("unknown incident '999'")
    assert _error("HO 123 eest", PARTNER_CTX).message == (
        "unknown partner 'eest' — did you mean east?"
    )
    # No partners known: the name goes to the console, which says the site has none.
    assert parse("HO 123 east", CTX) == HandOver("2026-000123", "east", None)


def test_partner_answer_of_a_call() -> None:
    assert parse("PANSWER C42 accepted", PARTNER_CTX) == PartnerAnswer("C000042", "accepted")
    assert parse("pa rej no crew free", PARTNER_CTX) == PartnerAnswer(
        "C000042", "rejected", "no crew free"
    )
    assert parse("PA . completed", PARTNER_CTX) == PartnerAnswer("C000042", "completed")
    assert _error("PA C42", PARTNER_CTX).message == (
        "PANSWER needs more: PANSWER [<call>] accepted|rejected|completed [reason]"
    )
    assert _error("PA C42 maybe", PARTNER_CTX).message.startswith("unknown answer 'maybe'")
    assert _error("PA C7 accepted", PARTNER_CTX).message.startswith("unknown call 'C7'")


def test_completion_of_the_partner_commands() -> None:
    assert complete("RO 1", 4, PARTNER_CTX) == ["2026-000120"]
    assert complete("HO 123 ", 7, PARTNER_CTX) == ["east", "Vantaa-ERC"]
    assert complete("PA ", 3, PARTNER_CTX) == ["C000042", "accepted", "rejected", "completed"]
    assert complete("PA C42 ", 7, PARTNER_CTX) == ["accepted", "rejected", "completed"]
    assert complete("PA a", 4, PARTNER_CTX) == ["accepted"]
