"""The CAP info block shown is the one in the operator's language, decoded from real XML."""

from __future__ import annotations

import pytest

from radio.codecs.cap import decode_cap
from radio.codecs.cap_language import (
    choose_info,
    preferred_language,
    set_preferred_language,
    tag_parts,
)

INFO = """<info><language>{lang}</language><category>Met</category><event>{event}</event>
<urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty>
<headline>{event}</headline></info>"""


def _alert(*blocks: tuple[str, str]) -> bytes:
    infos = "".join(INFO.format(lang=lang, event=event) for lang, event in blocks)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>JM-1</identifier>
<sender>pikud@example.org</sender><sent>2026-12-06T16:00:00+02:00</sent>
<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>{infos}</alert>
""".encode()


def _infos(data: bytes) -> list[dict]:
    alert = decode_cap(data)
    return [{"language": i.language, "event": i.event} for i in alert.infos]


TRILINGUAL = _alert(("he-IL", "שיטפון"), ("ar-IL", "فيضان"), ("en-US", "Flood"))


@pytest.mark.parametrize(
    ("code", "event"),
    [("he", "שיטפון"), ("ar", "فيضان"), ("en", "Flood"), ("cs", "שיטפון"), ("fr", "שיטפון")],
)
def test_the_operators_language_else_the_first_block(code: str, event: str) -> None:
    chosen = choose_info(_infos(TRILINGUAL), code)
    assert chosen is not None and chosen["event"] == event


def test_serbian_prefers_its_script_then_any_serbian() -> None:
    infos = _infos(_alert(("en", "Flood"), ("sr-Latn-RS", "Poplava"), ("sr-RS", "Поплава")))
    assert choose_info(infos, "sr_Latn")["event"] == "Poplava"  # type: ignore[index]
    assert choose_info(infos, "sr")["event"] == "Поплава"  # type: ignore[index]
    latin_only = _infos(_alert(("en", "Flood"), ("sr-Latn", "Poplava")))
    assert choose_info(latin_only, "sr")["event"] == "Poplava"  # type: ignore[index]


def test_a_missing_language_is_english_and_the_preference_is_remembered() -> None:
    infos = [{"event": "Flood"}, {"language": "FR-fr", "event": "Inondation"}]
    try:
        set_preferred_language("fr")
        assert preferred_language() == "fr"
        assert choose_info(infos)["event"] == "Inondation"  # type: ignore[index]
        assert choose_info(infos, "en")["event"] == "Flood"  # type: ignore[index]
    finally:
        set_preferred_language(None)
    assert preferred_language() == "en"
    assert choose_info([], "he") is None
    assert tag_parts("iw_IL") == ("he", "") and tag_parts("sr-Latn-RS") == ("sr", "latn")
