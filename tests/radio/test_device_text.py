"""Device text: ISO 646 national sets, transliteration, UCS-2, address and type first."""

from __future__ import annotations

import pytest

from radio.codecs.espa import EspaBlock, EspaCall, decode, encode_call
from radio.codecs.tetra_pei import PeiMessage, ctsdsr, text_pdu
from radio.codecs.tetra_pei import decode as decode_pei
from radio.device_text import TextProfile, fit, to_charset


def test_german_pager_gets_umlauts_in_the_german_646_set() -> None:
    text = fit(TextProfile("iso646-de", 80), "Brand Gebäude", "Hauptstraße 12", ["3. OG"])
    assert text.display == "Brand Gebäude Hauptstraße 12 / 3. OG"
    assert text.wire == "Brand Geb{ude Hauptstra~e 12 / 3. OG"
    assert text.encoded == text.wire.encode("ascii") and text.coding is None
    assert (text.truncated, text.replaced) == (False, 0)
    # the wire form goes straight into an ESPA block
    block = decode(encode_call(EspaCall("123", text=text.wire)))
    assert isinstance(block, EspaBlock) and block.text == text.wire


def test_ascii_brackets_are_transliterated_where_the_national_set_took_them() -> None:
    display, wire, replaced = to_charset("Eingang [Hof] {B}", "iso646-de")
    assert (display, wire, replaced) == ("Eingang (Hof) (B)", "Eingang (Hof) (B)", 4)


@pytest.mark.parametrize(
    ("charset", "text", "wire"),
    [
        ("iso646-irv", "Gebäude Straße", "Gebaeude Strasse"),
        ("iso646-se", "Brand på gården", "Brand p} g}rden"),
        ("iso646-dk", "Brand Ærø", "Brand [r|"),
        ("iso646-fr", "Incendie à l'école", "Incendie @ l'{cole"),
        ("iso646-es", "Incendio Año", "Incendio A|o"),
        ("iso646-irv", "Пожар", "Pozhar"),
        ("iso646-irv", "Φωτιά", "Fotia"),
        ("iso646-irv", "Łódź", "Lodz"),
    ],
)
def test_national_sets_and_transliteration(charset: str, text: str, wire: str) -> None:
    assert to_charset(text, charset)[1] == wire


@pytest.mark.parametrize("text", ["שריפה במחסן", "حريق في المستودع", "Пожар на складе"])
def test_tetra_ucs2_carries_hebrew_arabic_cyrillic(text: str) -> None:
    fitted = fit(TextProfile("auto", 120), text, "")
    assert (fitted.charset, fitted.coding, fitted.display, fitted.replaced) == ("ucs2", 26, text, 0)
    assert fitted.encoded == text.encode("utf-16-be")
    pdu = text_pdu(fitted.wire, 3, coding=fitted.coding)
    message = decode_pei(ctsdsr(12, "1", "2", pdu).rstrip())
    assert isinstance(message, PeiMessage) and message.text == text


def test_auto_prefers_latin_1_and_ucs2_drops_astral_characters() -> None:
    assert fit(TextProfile("auto", 50), "Brand Küche", "").coding == 1
    fitted = fit(TextProfile("ucs2", 50), "Fire 🔥", "")
    assert fitted.display == "Fire ?" and fitted.replaced == 1


def test_no_transliteration_means_question_marks() -> None:
    assert to_charset("Пожар", "iso646-irv", transliterate=False) == ("?????", "?????", 5)


def test_type_and_address_come_first_details_are_cut() -> None:
    profile = TextProfile("iso646-irv", 40)
    text = fit(profile, "STRUCTURE FIRE", "Mariankatu 12", ["smoke third floor", "gas"])
    assert text.display.startswith("STRUCTURE FIRE Mariankatu 12 / ")
    assert text.display == "STRUCTURE FIRE Mariankatu 12 / smoke..." and text.truncated


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 10, 15, 16, 27, 28, 29, 40])
def test_never_over_the_limit(limit: int) -> None:
    text = fit(TextProfile("latin-1", limit), "STRUCTURE FIRE", "Mariankatu 12", ["x" * 50])
    assert len(text.display) <= limit
    assert text.display[:1] == "S"
    if limit >= 28:
        assert "Mariankatu 12"[: limit - 15 - 3] in text.display


def test_profile_refusals() -> None:
    with pytest.raises(ValueError, match="unknown charset"):
        TextProfile("klingon", 10)
    with pytest.raises(ValueError, match="at least 1"):
        TextProfile("ucs2", 0)


def test_profiles_from_a_site_table() -> None:
    from radio.device_text import DEFAULT_PROFILES, profile_from_mapping

    pager = DEFAULT_PROFILES["espa"]
    assert profile_from_mapping({}, pager) == pager
    german = profile_from_mapping({"charset": "iso646-de", "max_chars": 40}, pager)
    assert german == TextProfile("iso646-de", 40, True)
    for data, message in (
        ({"charset": "x"}, "unknown charset"),
        ({"max_chars": "40"}, "max_chars: must be an integer"),
        ({"max_chars": 0}, "at least 1"),
        ({"transliterate": 1}, "transliterate: must be true"),
        ({"size": 1}, "unknown key 'size'"),
    ):
        with pytest.raises(ValueError, match=message):
            profile_from_mapping(data, pager)
