"""Hebrew prefix letters, the Arabic article and Hebrew plene spelling, in the matcher."""

from __future__ import annotations

import pytest

from models.places.clitics import article_core, skeleton, typed_cores
from models.places.matcher import Vocabulary, score_name
from models.places.normalise import fold, words
from models.places.query import parse


@pytest.mark.parametrize(
    ("typed", "core"),
    [
        ("ביפו", "יפו"),
        ("וביפו", "יפו"),
        ("מהנביאים", "נביאים"),
        ("שבנביאים", "נביאים"),
        ("כשנבון", "נבון"),
        ("بالجامعة", "جامعه"),
        ("للجامعة", "جامعه"),
        ("والجامعة", "جامعه"),
        ("فالجامعة", "جامعه"),
        ("كالجامعة", "جامعه"),
    ],
)
def test_typed_prefixes_come_off(typed: str, core: str) -> None:
    assert fold(core) in typed_cores(fold(typed))


@pytest.mark.parametrize("typed", ["בית", "יפו", "אב", "Mariankatu", "של", "بيت", "12"])
def test_short_words_and_other_scripts_keep_their_letters(typed: str) -> None:
    assert typed_cores(fold(typed)) == ()  # at least three letters stay


def test_only_the_article_comes_off_an_indexed_word() -> None:
    assert article_core("הנביאים") == "נביאים"
    assert article_core(fold("الجامعة")) == "جامعه"
    assert article_core("ביאליק") is None  # never read as ב + "יאליק"
    assert article_core("הרב") is None  # too short a core


def test_skeletons_keep_short_words_apart() -> None:
    assert skeleton("הילל") == skeleton("הלל") == "הלל"
    assert skeleton("שלום") == skeleton("שלם")
    assert skeleton("בית") is None and skeleton("בת") is None  # "house" is not "daughter"


def _score(query: str, name: str, literal: frozenset[str] = frozenset()):
    return score_name(tuple(parse(query).words), words(name), False, literal)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ביפו", "יפו"),
        ("ברחוב יפו", "יפו"),
        ("נביאים", "הנביאים"),
        ("בנביאים", "הנביאים"),
        ("מהנביאים", "הנביאים"),
        ("ולסנט מארק", "סנט מארק"),
        ("جامعة", "الجامعة"),
        ("بالجامعة", "الجامعة"),
        ("شارع الجامعة", "الجامعة"),
        ("الجامعة", "شارع الجامعة"),
    ],
)
def test_prefixed_forms_are_exact_but_rank_below_the_name_as_written(query: str, name: str):
    match = _score(query, name)
    assert match is not None and match.quality == "exact"
    assert 0.98 <= match.score < 1.0


def test_a_word_that_is_itself_indexed_reads_through_clitics_as_one_edit() -> None:
    assert _score("מרכז", "המרכז").quality == "exact"
    read = _score("מרכז", "המרכז", frozenset({"מרכז"}))
    assert (read.quality, read.edits) == ("fuzzy", 1)


def test_plene_and_defective_spelling_is_one_edit_even_for_short_names() -> None:
    for typed, name in (("הילל", "הלל"), ("הלל", "הילל"), ("שלם", "שלום")):
        match = _score(typed, name)
        assert (match.quality, match.edits) == ("fuzzy", 1), (typed, name)
    assert _score("בת", "בית") is None


def test_prefix_letters_never_make_a_short_word_match_anything() -> None:
    assert _score("בית", "ית") is None
    assert _score("ביפו", "פו") is None
    # only the article comes off an indexed word: "בלום" is a typo of "שלום", never the same
    assert _score("בלום", "שלום").quality == "fuzzy"


def test_the_vocabulary_finds_what_a_prefixed_word_stands_for() -> None:
    vocab = Vocabulary(["הנביאים", "יפו", "נבון", "الجامعه", "הלל"], [3, 5, 1, 2, 1])
    found = lambda word, prefix=False: {w for w, _e, _p in vocab.expand(word, prefix)}  # noqa: E731
    assert "יפו" in found("ביפו")
    assert "הנביאים" in found("בנביאים")
    assert "הנביאים" in found("נביאים")
    assert "הנביאים" in found("בנבי", prefix=True)  # being typed under its prefix
    assert "الجامعه" in found("للجامعه")
    assert "הלל" in found("הילל")
    assert found("בית") == set()


@pytest.mark.parametrize(
    ("query", "name", "quality"),
    [
        ("ul. Národní", "Národní", "exact"),
        ("ул. Кнеза Милоша", "Кнеза Милоша", "exact"),
        ("ulica Kneza Miloša", "Kneza Miloša", "exact"),
        ("ul. Kneza Miloša", "Ulica Kneza Miloša", "exact"),
        ("rue Baker", "Baker Street", "exact"),
        ("ال جامعة", "الجامعة", "exact"),
        ("nám. Míru", "náměstí Míru", "exact"),
        ("tř. Míru", "třída Míru", "exact"),
        ("rue Grimaldi", "Rue Grimaldi", "exact"),
        ("bd des moulins", "Boulevard des Moulins", "exact"),
        ("av. de la costa", "Avenue de la Costa", "exact"),
        ("bd des moulins", "Avenue des Moulins", "partial"),  # a boulevard is not an avenue
        ("רח׳ יפו", "רחוב יפו", "exact"),
        ("שד׳ בן מימון", "שדרות בן מימון", "exact"),
        ("ברח׳ יפו", "יפו", "exact"),
        ("بشارع يافا", "يافا", "exact"),
        ("trg Republike", "Trg republike", "exact"),
    ],
)
def test_street_type_words_are_optional_and_agree_by_kind(query: str, name: str, quality: str):
    match = _score(query, name)
    assert match is not None and match.quality == quality, (query, name, match)


def test_compounds_by_their_end_within_limits() -> None:
    vocab = Vocabulary(["pohjoisesplanadi", "etelaesplanadi", "mariegatan", "esplanadi", "katu"],
                       [1, 1, 1, 1, 1])  # fmt: skip
    assert set(vocab.compounds_ending("esplanadi")) == {"pohjoisesplanadi", "etelaesplanadi"}
    assert vocab.compounds_ending("nadi") == []  # too short an end
    assert vocab.compounds_ending("gatan") == []  # a street-type word
    assert "esplanadi" not in vocab.compounds_ending("planadi")  # two letters before: no head
    match = score_name(("esplanadi",), ["pohjoisesplanadi"], False)
    assert match is not None and match.quality == "partial"
    assert score_name(("splanadi",), ["esplanadi"], False) is not None  # one edit, its budget
