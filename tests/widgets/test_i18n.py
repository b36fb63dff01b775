"""The console's language: choosing it, loading it, and what the window then shows.

- ``canonical_code``/``choose_language``: the spellings people and systems
  use, the order --lang > DISPATCH_LANG > remembered > system > English, and a
  clear refusal for a language the console does not speak.
- ``compiled_catalogue``: compiled once per .ts content into the cache, again
  when the .ts changes, the stale .qm removed.
- ``install_language``: Qt's own and our translations, layout direction and
  default locale, and back to English.
- The real main window built in each language, filled with Jerusalem-like
  data: no English word is left in what a dispatcher reads (menus, dock
  titles, tab names, column titles, labels, buttons, placeholders, tool tips)
  apart from data (call signs, names and numbers from the site) and the
  strings listed in KNOWN_UNTRANSLATED, which are not wrapped in tr() yet in
  modules this test does not own (each with its file): the list may only
  shrink.
- Right to left: in Hebrew and Arabic the docks of the left column stand on
  the right and the right column on the left; the map keeps left to right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from console.config.languages import ENV_VAR, SETTINGS_KEY, choose_language, parse_language
from widgets.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    LanguageMenu,
    canonical_code,
    compiled_catalogue,
    install_language,
    installed_language,
    locale_for,
    system_language,
)

NOW = datetime.now(UTC)
CODES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
SITE_TITLE = "Jerusalem centre (demo)"
# What _fill feeds the window: data, shown as it is in every language.
DATA_STRINGS = (
    SITE_TITLE,
    "Jerusalem fire station (demo)",
    "Jaffa Road 12, Jerusalem",
    "harbour gate",
    "JM-RADAR-1",
    "JM-FIRE-1",
    "link avl-udp up",
    "link:avl-udp",
    "link.state",
    "avl-udp",
    "udp 127.0.0.1:10210",
    "nmea",
    "structure",
    "WPH2",
    "Asia/Jerusalem",
    # Status codes: the unit board's display role holds the code, its delegate paints the name.
    "en_route",
    "on_scene",
    "available",
)
# Names and symbols that are the same in every language.
DATA_WORDS = {
    "utc",
    "cap",
    "voip",
    "ali",
    "aml",
    "pidf",
    "lo",
    "ctrl",
    "shift",
    "enter",
    "home",
    "esc",
    "openstreetmap",
    "odbl",
    "sqlite",
    "db",
    "kib",
    "mib",
    "gib",
    "km",
    "qt",
    "ist",
    "idt",  # the zone's abbreviation (Asia/Jerusalem), from tzdata
}
# Not wrapped in tr() today, in modules other engineers own: text -> where it is built.
# Remove an entry once its module translates it; a new English text fails the test.
KNOWN_UNTRANSLATED: dict[str, str] = {}


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("dispatch-console-tests")
    qapp.setApplicationName("dispatch-console-i18n")
    yield
    install_language(qapp, SOURCE_LANGUAGE)


# --- choosing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("he", "he"), ("he_IL.UTF-8", "he"), ("iw_IL", "he"), ("ar_MA", "ar"), ("AR", "ar"),
        ("cs-CZ", "cs"), ("fr_FR@euro", "fr"), ("sr_RS", "sr"), ("sr-Latn", "sr_Latn"),
        ("sr_RS@latin", "sr_Latn"), ("sr_Latn_RS", "sr_Latn"), ("en_GB", "en"),
        ("de_DE", None), ("", None), ("C", None), ("POSIX", None),
    ],
)  # fmt: skip
def test_language_spellings(text: str, code: str | None) -> None:
    assert canonical_code(text) == code


def test_system_language_falls_back_to_english() -> None:
    assert system_language(QLocale("he_IL")) == "he"
    assert system_language(QLocale("sr_Latn_RS")) == "sr_Latn"
    assert system_language(QLocale("de_DE")) == "en"


def test_locale_keeps_the_systems_country_in_its_language() -> None:
    assert locale_for("ar", QLocale("ar_MA")).name() == "ar_MA"
    assert locale_for("ar", QLocale("de_DE")).language() == QLocale.Language.Arabic
    assert locale_for("sr_Latn", QLocale("de_DE")).script() == QLocale.Script.LatinScript
    assert locale_for("sr", QLocale("de_DE")).script() == QLocale.Script.CyrillicScript


def test_choice_order_and_remembering() -> None:
    settings = QSettings()
    system = QLocale("cs_CZ")
    assert choose_language(None, settings, {}, system) == "cs"
    assert choose_language("fr_FR", settings, {}, system) == "fr"  # remembered
    assert settings.value(SETTINGS_KEY) == "fr"
    assert choose_language(None, settings, {}, system) == "fr"
    assert choose_language(None, settings, {ENV_VAR: "he"}, system) == "he"  # not remembered
    assert settings.value(SETTINGS_KEY) == "fr"
    assert choose_language(None, settings, {ENV_VAR: "klingon"}, system) == "fr"
    assert choose_language("ar", settings, {}, system, remember=False) == "ar"  # a screenshot
    assert settings.value(SETTINGS_KEY) == "fr"


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    import argparse

    with pytest.raises(argparse.ArgumentTypeError, match=r"klingon.*he \(עברית\)"):
        parse_language("klingon")


# --- compiling and loading ----------------------------------------------------------------


def test_catalogue_is_compiled_once_per_content(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "resources" / "translations"
    ts = tmp_path / "dispatch_fr.ts"
    ts.write_bytes((source / "dispatch_fr.ts").read_bytes())
    cache = tmp_path / "cache"
    first = compiled_catalogue(ts, cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 0
    stamp = first.stat().st_mtime_ns
    assert compiled_catalogue(ts, cache) == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
    ts.write_text(ts.read_text(encoding="utf-8").replace("Engins", "Moyens"), encoding="utf-8")
    second = compiled_catalogue(ts, cache)
    assert second is not None and second != first
    assert not first.exists()  # the stale one is gone
    assert sorted(p.name for p in cache.iterdir()) == [second.name]


def test_a_missing_ts_leaves_english(tmp_path: Path) -> None:
    assert compiled_catalogue(tmp_path / "dispatch_xx.ts", tmp_path) is None


@pytest.mark.parametrize("code", ["he", "ar"])
def test_hebrew_and_arabic_run_right_to_left(qapp: QApplication, code: str) -> None:
    done = install_language(qapp, code)
    assert done.right_to_left and done.catalogue is not None and done.qt_catalogue
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale(code).language()
    qapp.processEvents()  # a LanguageChange event must not undo the direction
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert installed_language() == code
    done = install_language(qapp, SOURCE_LANGUAGE)
    assert installed_language() == SOURCE_LANGUAGE
    assert not done.right_to_left  # English loads its plural forms only
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert qapp.translate("status", "on scene") == "on scene"


def test_unknown_code_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        install_language(qapp, "xx")


def test_dock_areas_and_corners_mirror_for_right_to_left() -> None:
    from widgets.i18n import dock_area, dock_corner

    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    assert (dock_area(left, ltr), dock_area(left, rtl)) == (left, right)
    assert (dock_area(right, rtl), dock_area(bottom, rtl)) == (left, bottom)
    assert dock_corner(Qt.Corner.TopLeftCorner, rtl) == Qt.Corner.TopRightCorner
    assert dock_corner(Qt.Corner.BottomRightCorner, rtl) == Qt.Corner.BottomLeftCorner
    assert dock_corner(Qt.Corner.BottomRightCorner, ltr) == Qt.Corner.BottomRightCorner


def test_language_menu_offers_each_language_by_its_own_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = LanguageMenu("he")
    qtbot.addWidget(menu)
    names = [a.text() for a in menu.actions()]
    assert names == list(LANGUAGES.values())
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == ["he"]
    with qtbot.waitSignal(menu.sigLanguageChosen) as blocker:
        menu.actions()[list(LANGUAGES).index("cs")].trigger()
    assert blocker.args == ["cs"]
    assert menu.current() == "cs"


# --- the main window in every language -----------------------------------------------------


def _fill(window) -> None:  # type: ignore[no-untyped-def]
    from widgets.views import (
        AlertView,
        CallView,
        EventView,
        IncidentView,
        LinkView,
        LocationView,
        StationView,
        UnitView,
    )

    window.unit_board.set_stations(
        [StationView("JM-FIRE-1", "Jerusalem fire station (demo)", "fire", 31.78, 35.22)]
    )
    window.unit_board.set_units(
        [
            UnitView(
                call_sign=f"JF{11 + n}",
                unit_type="engine",
                discipline="fire",
                station_id="JM-FIRE-1",
                status=status,
                lat=31.78,
                lon=35.22,
                fix_time=NOW - timedelta(seconds=20),
                status_since=NOW - timedelta(seconds=90),
                incident_id="2026-000123" if status != "available" else None,
                overdue=None,
            )
            for n, status in enumerate(["available", "en_route", "on_scene"])
        ]
    )
    location = LocationView(
        source="aml", lat=31.7785, lon=35.2173, radius_m=35, confidence=90, time=NOW,
        address="Jaffa Road 12, Jerusalem",
    )  # fmt: skip
    window.call_queue.set_calls(
        [
            CallView(
                call_id="C000001", number="+97225550000", state="ringing", via="aml",
                class_of_service="WPH2", offered=NOW - timedelta(seconds=12), answered=None,
                location=location, history=(location,), incident_id=None, duplicate_of=(),
            )
        ]
    )  # fmt: skip
    window.incident_queue.set_incidents(
        [
            IncidentView(
                incident_id="2026-000123", type_code="structure-fire", type_name="structure",
                discipline="fire", priority=1, lat=31.78, lon=35.22,
                location="Jaffa Road 12, Jerusalem", created=NOW - timedelta(seconds=400),
                status="open", units=("JF11", "JF12"),
            )
        ]
    )  # fmt: skip
    window.alert_queue.set_items(
        [
            AlertView(
                alert_id="A000001", origin="zone-entry", state="new", exercise=False,
                severity="moderate", title="harbour gate", raised=NOW, lat=31.78, lon=35.22,
                zone="harbour gate", sensor="JM-RADAR-1",
            )
        ]
    )  # fmt: skip
    window.event_log.append_events(
        [EventView(seq=1, rx_time=NOW, source="link:avl-udp", kind="link.state",
                   summary="link avl-udp up", error=None)]
    )  # fmt: skip
    window.link_status.set_links(
        [
            LinkView(
                name="avl-udp", endpoint="udp 127.0.0.1:10210", protocol="nmea", state="up",
                bytes_in=1234, frames=12, errors=0, last_error=None, last_frame_age_s=2.0,
                notes=(),
            )
        ]
    )  # fmt: skip


def _build_window(qtbot, qapp: QApplication, code: str):  # type: ignore[no-untyped-def]
    from console.controllers import command_grammar
    from console.main_window import MainWindow

    install_language(qapp, code)
    window = MainWindow(SITE_TITLE, ZoneInfo("Asia/Jerusalem"), command_grammar)
    qtbot.addWidget(window)
    _fill(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    return window


def _count(method: Callable[..., int]) -> int:
    """A model's row or column count, whichever signature its class exposes."""
    for args in ((QModelIndex(),), ()):
        try:
            return int(method(*args))
        except TypeError:
            continue
    return 1


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a dispatcher reads in ``window``."""
    yield "window title", window.windowTitle()
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    for menu in bar.findChildren(QMenu) if bar is not None else ():
        yield f"menu {menu.objectName()}", menu.title()
        for action in menu.actions():
            yield f"menu item ({menu.title()})", action.text()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QDockWidget):
            yield f"dock {where}", widget.windowTitle()
        elif isinstance(widget, QLabel):
            yield f"label {where}", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield f"button {where}", widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"field {where}", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"choice {where}", widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"tab {where}", widget.tabText(i)
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            model = widget.model()
            hidden = getattr(widget, "isColumnHidden", lambda _c: False)
            for column in range(_count(model.columnCount)):
                if hidden(column):
                    continue
                title = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"column {where}", str(title or "")
            for row in range(min(_count(model.rowCount), 5)):
                for column in range(_count(model.columnCount)):
                    if hidden(column):
                        continue
                    cell = model.data(model.index(row, column))
                    yield f"cell {where}", str(cell) if isinstance(cell, str) else ""


# Command syntax shown after a translated "Command line:" (the grammar's usage table,
# console/controllers/command_grammar.py HELP, is not translated yet): "ABN [<call>] [reason]".
COMMAND_USAGE = re.compile(
    r"(?<![\w-])[A-Z]{1,8}(?:\s+(?:\[?<[^>]*>\]?|\[[^\]]*\]|@ place \| lat,lon))*\s*$"
)


def _english_words(text: str) -> list[str]:
    plain = COMMAND_USAGE.sub(" ", text)
    plain = re.sub(r"<[^>]+>", " ", plain).replace("&", "")
    for data in DATA_STRINGS:
        plain = plain.replace(data, " ")
    words = re.findall(r"[\w'’-]+", plain)
    return [
        w
        for w in words
        if re.fullmatch(r"[A-Za-z'’-]{2,}", w)  # call signs and ids carry digits: data
        and w.lower().strip("'’-") not in DATA_WORDS
    ]


def _same_as_source(code: str) -> set[str]:
    """Sources whose finished translation reads the same ("Radio", "Type" in French)."""
    import xml.etree.ElementTree as ET

    from resources.translations.update import ts_path

    same = set()
    for message in ET.parse(ts_path(code)).getroot().iter("message"):
        tr = message.find("translation")
        source = message.findtext("source") or ""
        if tr is not None and tr.get("type") is None and (tr.text or "") == source:
            same.add(source.replace("&", ""))
    return same


def _english_left(
    qtbot, qapp: QApplication, code: str, build: Callable[[], list[QWidget]]
) -> list[str]:  # type: ignore[no-untyped-def]
    """What ``build`` shows in ``code`` that reads as in English (see the module doc)."""
    install_language(qapp, SOURCE_LANGUAGE)
    source_texts = {text for w in build() for _, text in _texts(w) if text}
    install_language(qapp, code)
    same = _same_as_source(code)
    left = set()
    for shown in build():
        for where, text in _texts(shown):
            if not text or text in KNOWN_UNTRANSLATED or text.replace("&", "") in same:
                continue
            # Shown as in English with English words in it: not translated.
            if text in source_texts and _english_words(text):
                left.add(f"{where}: {text!r}")
            # Hebrew, Arabic and Cyrillic Serbian: any Latin word outside data is English.
            elif code in ("he", "ar", "sr") and _english_words(text):
                left.add(f"{where}: {text!r}")
    return sorted(left)


@pytest.mark.parametrize("code", CODES)
def test_main_window_holds_no_english_outside_data(
    qtbot,
    qapp: QApplication,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    left = _english_left(
        qtbot, qapp, code, lambda: [_build_window(qtbot, qapp, installed_language())]
    )
    assert not left, f"{len(left)} English texts left in {code}:\n" + "\n".join(left)


def _replay_of_a_drill(qtbot, qapp: QApplication) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from console.controllers import command_grammar
    from console.main_window import MainWindow
    from widgets.trainer_panel import TrainerPanelDock

    window = MainWindow(SITE_TITLE, ZoneInfo("Asia/Jerusalem"), command_grammar, replay=True)
    qtbot.addWidget(window)
    panel = TrainerPanelDock(window)
    panel.set_scenario("Jaffa Road 12, Jerusalem", [])
    window.add_panel_dock(panel)
    window.set_drill("Jaffa Road 12, Jerusalem")
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return [window]


def _dialogs(qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from widgets.dialogs import (
        CloseIncidentDialog,
        DismissAlertDialog,
        IncidentTypeDialog,
        LinkIncidentDialog,
    )

    shown: list[QWidget] = [
        CloseIncidentDialog(None, "2026-000123"),
        DismissAlertDialog(None, "A000001"),
        LinkIncidentDialog(None, "A000001", ["2026-000123"]),
        IncidentTypeDialog(None, "C000001", [("structure-fire", "structure", "fire")]),
    ]
    for dialog in shown:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    return shown


@pytest.mark.parametrize("code", CODES)
def test_replay_window_and_trainer_panel_hold_no_english(
    qtbot,
    qapp: QApplication,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    left = _english_left(qtbot, qapp, code, lambda: _replay_of_a_drill(qtbot, qapp))
    assert not left, f"{len(left)} English texts left in {code}:\n" + "\n".join(left)


@pytest.mark.parametrize("code", CODES)
def test_dialogs_hold_no_english(
    qtbot,
    qapp: QApplication,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    left = _english_left(qtbot, qapp, code, lambda: _dialogs(qtbot))
    assert not left, f"{len(left)} English texts left in {code}:\n" + "\n".join(left)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_right_to_left_mirrors_the_docks_but_not_the_map(
    qtbot,
    qapp: QApplication,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    def sides(window: QWidget) -> dict[str, float]:
        """Each shown dock's centre, from -1 (left edge) to 1 (right edge)."""
        half = window.width() / 2
        return {
            dock.objectName(): (dock.geometry().center().x() - half) / half
            for dock in window.findChildren(QDockWidget)
            if dock.isVisible() and not dock.visibleRegion().isEmpty() and not dock.isFloating()
        }

    english = sides(_build_window(qtbot, qapp, SOURCE_LANGUAGE))
    window = _build_window(qtbot, qapp, code)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mirrored = sides(window)
    compared = [name for name, x in english.items() if abs(x) > 0.2 and name in mirrored]
    assert len(compared) >= 3, f"too few docks to compare: {english}"
    wrong = [
        f"{name}: {english[name]:+.2f} -> {mirrored[name]:+.2f}"
        for name in compared
        if english[name] * mirrored[name] > 0
    ]
    assert not wrong, "docks on the same side as in English:\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_the_map_is_not_mirrored(qtbot, qapp: QApplication, code: str) -> None:  # type: ignore[no-untyped-def]
    window = _build_window(qtbot, qapp, code)
    assert window.map_widget.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _reads_left_to_right_in_rtl(text: str, fragment: str) -> bool:
    """Whether ``fragment`` inside ``text``, laid out as a right-to-left paragraph, has its
    visible characters from left to right (not scrambled)."""
    from itertools import pairwise

    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    start = text.index(fragment)
    xs = [line.cursorToX(start + i)[0] for i, ch in enumerate(fragment) if ch.strip() and i > 0]
    return all(a < b for a, b in pairwise(xs))


@pytest.mark.parametrize("code", ["en", "he", "ar"])
def test_numbers_call_signs_and_coordinates_are_isolated_in_right_to_left(
    qtbot,
    qapp: QApplication,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    """In Hebrew and Arabic every left-to-right value the docks show (a phone number with
    spaces, an incident number, a call sign, coordinates, a timer) is one LRI…PDI isolate
    and reads left to right inside the right-to-left cell or label; English shows plain text."""
    from widgets.bidi import LRI, PDI, strip_isolates
    from widgets.call_queue import CallColumn
    from widgets.incident_queue import IncidentColumn
    from widgets.unit_board_model import UnitColumn
    from widgets.views import CallView, LocationView

    window = _build_window(qtbot, qapp, code)
    phone = "+972 2 555 0000"
    located = LocationView(
        source="aml", lat=31.7785, lon=35.2173, radius_m=35, confidence=90, time=NOW
    )
    window.call_queue.set_calls(
        [
            CallView(
                call_id="C000002", number=phone, state="answered", via="aml",
                class_of_service="WPH2", offered=NOW - timedelta(seconds=75),
                answered=NOW - timedelta(seconds=60), location=located, history=(located,),
                incident_id="2026-000123", duplicate_of=(),
            )
        ]
    )  # fmt: skip
    calls = window.call_queue.model()
    incidents = window.incident_queue.model()
    units = window.unit_board.model()
    shown = {
        "number": (calls.data(calls.index(0, CallColumn.NUMBER)), phone),
        "call incident": (calls.data(calls.index(0, CallColumn.INCIDENT)), "2026-000123"),
        "coordinates": (calls.data(calls.index(0, CallColumn.LOCATION)), "31.77850, 35.21730"),
        "timer": (calls.data(calls.index(0, CallColumn.TIMER)), ""),
        "incident id": (incidents.data(incidents.index(0, IncidentColumn.ID)), "2026-000123"),
        "call sign": (units.data(units.index(0, UnitColumn.CALL_SIGN)), "JF11"),
    }
    window.call_panel.show_call(calls.data(calls.index(0, 0), calls.ITEM_ROLE))
    panel = window.call_panel.texts()
    shown["call card number"] = (panel["number"], phone)
    shown["call card coordinates"] = (panel["coordinates"], "31.778500, 35.217300")
    for where, (text, fragment) in shown.items():
        fragment = fragment or strip_isolates(str(text))  # a timer: whatever it reads now
        assert isinstance(text, str) and fragment in text, where
        if code == "en":
            assert strip_isolates(text) == text, f"{where}: marks in English: {text!r}"
            continue
        assert f"{LRI}{fragment}{PDI}" in text, f"{where}: {fragment!r} not isolated in {text!r}"
        sentence = f"שיחה {text} במוקד" if code == "he" else f"مكالمة {text} في المركز"
        assert _reads_left_to_right_in_rtl(sentence, fragment), f"{where} scrambled"


# --- a pseudo-language 40 % longer: nothing a dispatcher needs is cut ------------------

_KEEP = re.compile(r"\{[^{}]*\}|%L?\d|%n|&&|&.|<[^>]*>|\\n|\n")
_ACCENTED = str.maketrans("aceinosuyACEINOSUYtT", "àçéîñøšüýÀÇÉÎÑØŠÜÝŧŦ")


def _pseudo(text: str) -> str:
    """``text`` with its letters accented and 40 % longer, placeholders, mnemonics and
    markup kept: "Close" -> "Çløšé~~". The padding goes into the last word, as a longer
    translation would."""
    parts = _KEEP.split(text)
    kept = _KEEP.findall(text)
    letters = sum(len(p) for p in parts)
    pad = "~" * max(1, round(0.4 * letters)) if letters else ""
    out = []
    for i, part in enumerate(parts):
        out.append(part.translate(_ACCENTED))
        if i < len(kept):
            out.append(kept[i])
    shown = "".join(out)
    # Pad inside the text (before trailing punctuation or placeholders, never after "%n").
    return shown + pad if shown else shown


def _pseudo_catalogue(folder: Path) -> Path:
    """A .ts with every source of the French file (the same contexts as every language),
    translated into the pseudo-language, compiled with lrelease like a real one."""
    import xml.etree.ElementTree as ET

    from resources.translations.update import HEADER, ts_path

    tree = ET.parse(ts_path("fr"))
    root = tree.getroot()
    root.set("language", "fr")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        message.remove(tr)
        tr = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(tr, "numerusform").text = _pseudo(form)
        else:
            tr.text = _pseudo(source)
    path = folder / "dispatch_pseudo.ts"
    path.write_text(HEADER + ET.tostring(root, encoding="unicode"), encoding="utf-8")
    qm = compiled_catalogue(path, folder / "cache")
    assert qm is not None
    return qm


def test_pseudo_language_fills_the_pseudo_translation() -> None:
    assert _pseudo("Close") == "Çløšé~~"
    assert _pseudo("&Close") == "&Cløšé~~"  # the mnemonic letter kept
    assert _pseudo("Dispatch {n} units").startswith("Dîšpàŧçh {n} üñîŧš")
    assert len(_pseudo("Recommendation")) >= 1.4 * len("Recommendation")


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_a_language_40_percent_longer_cuts_no_key_column_or_button(
    qtbot,
    qapp: QApplication,
    tmp_path: Path,
    rtl: bool,  # type: ignore[no-untyped-def]
) -> None:
    """At 1920×1080 every table's key columns (those the window never drops) show their
    title and cells whole or elided with the full text as a tooltip, no table scrolls
    sideways, and every shown button has the width its text needs; laid out left to right
    and mirrored, as Hebrew and Arabic are."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QTableView, QTreeView

    from console.controllers import command_grammar
    from console.main_window import MainWindow
    from widgets.bidi import set_right_to_left
    from widgets.column_fit import cell_tooltip, column_fitter

    qm = _pseudo_catalogue(tmp_path)
    install_language(qapp, SOURCE_LANGUAGE)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    if rtl:  # after the translator: installing one makes Qt guess the direction again
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        set_right_to_left(True)
    try:
        window = MainWindow(SITE_TITLE, ZoneInfo("Asia/Jerusalem"), command_grammar)
        qtbot.addWidget(window)
        assert window.unit_board.windowTitle().startswith("Üñîŧš")  # the pseudo-language
        _fill(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        walked = 0
        for dock in window.findChildren(QDockWidget):
            if not dock.toggleViewAction().isChecked():
                continue
            dock.raise_()
            qtbot.waitUntil(lambda d=dock: d.isVisible(), timeout=2000)
            qapp.processEvents()
            where = dock.objectName()
            for view in dock.findChildren(QAbstractItemView):
                if not isinstance(view, QTableView | QTreeView) or not view.isVisibleTo(dock):
                    continue
                walked += 1
                problems += _cut_columns(view, where, cell_tooltip, column_fitter)
            for button in dock.findChildren(QAbstractButton):
                text = button.text().replace("&", "")
                need = button.sizeHint().width()
                if button.isVisibleTo(dock) and text and button.width() < need:
                    problems.append(f"{where}: button {text!r} {button.width()} px < {need}")
        assert walked >= 6
        assert not problems, "\n".join(problems)
    finally:
        QCoreApplication.removeTranslator(translator)
        install_language(qapp, SOURCE_LANGUAGE)  # left to right again


def _cut_columns(view, where: str, cell_tooltip, column_fitter) -> list[str]:  # type: ignore[no-untyped-def]
    problems = []
    if view.horizontalScrollBar().isVisible():
        problems.append(f"{where}: horizontal scroll bar")
    fitter = column_fitter(view)
    if fitter is None:
        return problems
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    model = view.model()
    for column, spec in fitter.specs().items():
        if spec.drop:
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if header.isSectionHidden(column):
            problems.append(f"{where}: key column {title!r} hidden")
            continue
        width = header.sectionSize(column)
        if width < fitter.floor_width(column):
            problems.append(f"{where}: key column {title!r} {width} px, below its floor")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if view.sizeHintForIndex(index).width() <= width:
                continue
            full = str(index.data(Qt.ItemDataRole.DisplayRole))
            if not (spec.elide and full in (cell_tooltip(view, index) or "")):
                problems.append(f"{where}: {title!r} row {row} cut, no tooltip")
    return problems


@pytest.mark.parametrize(
    ("locale", "right_to_left", "shown"),
    [
        ("en_GB", False, "93%"),
        ("fr_FR", False, "93\u202f%"),
        ("cs_CZ", False, "93\u202f%"),
        ("he_IL", True, "\u206893%\u2069"),  # one isolated unit: never "% 93"
        ("ar_EG", True, "\u2068٩٣٪\u061c\u2069"),  # the locale's digits and marks
    ],
)
def test_a_share_is_written_as_the_locale_writes_a_percentage(
    locale: str, right_to_left: bool, shown: str
) -> None:
    from PySide6.QtCore import QLocale

    from widgets.bidi import set_right_to_left
    from widgets.i18n import format_share

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    set_right_to_left(right_to_left)
    try:
        assert format_share(0.93) == shown
        assert format_share(None) == "—"
    finally:
        set_right_to_left(False)
        QLocale.setDefault(before)
