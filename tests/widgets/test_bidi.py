"""Left-to-right fragments inside right-to-left text: isolated, never scrambled.

The marks are checked as strings (wrap once, never twice, strip again) and by
what Qt draws: in a right-to-left Hebrew line a phone number with spaces is
laid out left to right once isolated, and scrambled (its groups reversed)
without isolation, the failure the isolates exist to prevent.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from widgets.bidi import FSI, LRI, PDI, is_isolated, isolate, ltr, strip_isolates

PHONE = "+972 2 625 0000"


def _cursor_xs(text: str, fragment: str) -> list[float]:
    """x of the cursor before each visible character of ``fragment`` (after its first)
    in ``text`` laid out as a right-to-left paragraph."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    start = text.index(fragment)
    return [line.cursorToX(start + i)[0] for i, ch in enumerate(fragment) if ch.strip() and i > 0]


def _reads_left_to_right(xs: list[float]) -> bool:
    return all(a < b for a, b in pairwise(xs))


def test_marks_wrap_once_and_strip_again() -> None:
    assert ltr(PHONE) == f"{LRI}{PHONE}{PDI}"
    assert isolate("רחוב יפו") == f"{FSI}רחוב יפו{PDI}"
    assert ltr(ltr(PHONE)) == ltr(PHONE)
    assert isolate(ltr(PHONE)) == ltr(PHONE)
    assert ltr("") == "" and isolate("") == ""
    assert ltr(42) == f"{LRI}42{PDI}"
    assert strip_isolates(f"טלפון {ltr(PHONE)} ({isolate('JF11')})") == f"טלפון {PHONE} (JF11)"


def test_two_isolates_side_by_side_are_not_one() -> None:
    pair = f"{ltr('a')} {ltr('b')}"
    assert not is_isolated(pair)
    assert ltr(pair) == f"{LRI}{pair}{PDI}"
    assert is_isolated(ltr(pair))


@pytest.mark.usefixtures("qapp")
def test_an_isolated_phone_number_reads_left_to_right_in_hebrew() -> None:
    sentence = "טלפון {} מוקד"
    bare = _cursor_xs(sentence.format(PHONE), PHONE)
    assert not _reads_left_to_right(bare), "control: the bare number should come out scrambled"
    assert _reads_left_to_right(_cursor_xs(sentence.format(ltr(PHONE)), PHONE))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    "fragment",
    ["2026-000123", "31.77851, 35.21737", "JF11 JM31", "12:04:59", "± 35 m", "+972-2-625-0000"],
)
def test_isolated_fragments_read_left_to_right_in_arabic(fragment: str) -> None:
    text = f"الحادث {ltr(fragment)} في الموقع"
    assert _reads_left_to_right(_cursor_xs(text, fragment))


def test_shown_values_are_isolated_only_in_a_right_to_left_console() -> None:
    from widgets.bidi import set_right_to_left, shown_isolated, shown_ltr

    try:
        set_right_to_left(False)
        assert shown_ltr(PHONE) == PHONE and shown_isolated("JF11") == "JF11"
        assert shown_ltr(None) == "" and shown_isolated(None) == ""
        set_right_to_left(True)
        assert shown_ltr(PHONE) == ltr(PHONE)
        assert shown_isolated("רחוב יפו") == isolate("רחוב יפו")
        assert shown_ltr("") == "" and shown_ltr(None) == ""
    finally:
        set_right_to_left(False)


@pytest.mark.usefixtures("qapp")
def test_a_hebrew_name_keeps_its_order_in_a_left_to_right_console() -> None:
    from widgets.bidi import has_right_to_left, set_right_to_left, shown_isolated

    set_right_to_left(False)
    assert has_right_to_left("רחוב יפו") and has_right_to_left("شارع")
    assert not has_right_to_left("Ÿé")
    assert shown_isolated("Mariankatu 12") == "Mariankatu 12"  # Latin stays plain text
    name = "יפו 46"
    shown = shown_isolated(name)
    assert shown == isolate(name)
    # "Près de : <name>, 9 m" laid out left to right: the distance stays after the name.
    text = f"Près de : {shown}, 9 m"
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    name_x = [line.cursorToX(text.index(ch))[0] for ch in "יפו"]
    distance_x = line.cursorToX(text.index("9 m"))[0]
    assert max(name_x) < distance_x, "the name must stay before its distance"
