"""The console's language: translators, layout direction and locale.

Contract:
- :data:`LANGUAGES` maps each supported code (``en`` is the source language,
  then ``he``, ``ar``, ``cs``, ``fr``, ``sr`` in Cyrillic and ``sr_Latn``) to
  its name in that language; :data:`RIGHT_TO_LEFT` holds ``he`` and ``ar``.
- :func:`canonical_code` turns what a person or a system locale says
  ("he_IL.UTF-8", "iw", "sr-Latn", "sr_RS@latin", "FR") into a supported code,
  or ``None``; :func:`system_language` is the system locale's language when it
  is supported, else ``"en"``.
- :func:`compiled_catalogue` compiles ``dispatch_<code>.ts`` (shipped in
  ``resources/translations``) with ``pyside6-lrelease`` on first use into
  the user's cache directory (platformdirs), keyed by a hash of the ``.ts``
  content: a changed ``.ts`` is compiled again, an unchanged one never; no
  ``.qm`` is ever committed or written beside the sources. When it cannot
  compile (no lrelease) it logs why and returns ``None``.
- :func:`install_language` (GUI thread, before the windows are built)
  removes the translators it installed before, loads Qt's own ``qtbase``
  translation from PySide6's translations folder (where one exists) and
  ours (for English, ``dispatch_en.ts``: its plural forms only), sets the
  application's layout direction (right-to-left for ``he``
  and ``ar``, also told to ``widgets.bidi.set_right_to_left`` so shown values
  are isolated) and the default ``QLocale`` (numbers, dates), and returns what it
  did (:func:`installed_language` tells which code). Widgets built earlier
  keep their texts: a change of language takes effect at the next start
  (:class:`LanguageMenu` says so).
- :func:`format_share` shows a share (0.93) as a percentage the way the
  default locale writes it ("93%", "93 %" in French and Czech, with the
  locale's digits and its percent sign with the bidi marks the locale's
  data gives it), one isolated unit in a right-to-left console: "93%" in
  Hebrew, never "% 93".
- :func:`dock_area`/:func:`dock_corner` map a left-to-right dock area or
  corner to the one on the same side for the reader (``QMainWindow`` does
  not mirror dock areas by itself).
- :class:`LanguageMenu` lists the languages by their own names, checks the
  current one and emits ``sigLanguageChosen(code)`` for another; it stores
  nothing itself (the application remembers the choice).

Widgets never import ``console``; the choice (``--lang``, settings, the system
default) is made in ``console.config.languages``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from widgets.bidi import set_right_to_left, shown_isolated

_LOGGER = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "he": "עברית",
    "ar": "العربية",
    "cs": "Čeština",
    "fr": "Français",
    "sr": "Српски",
    "sr_Latn": "Srpski (latinica)",
}
RIGHT_TO_LEFT = frozenset({"he", "ar"})
CATALOGUE = "dispatch"
APP_DIR_NAME = "dispatch-console"
LRELEASE_TIMEOUT_S = 60.0
_ALIASES = {"iw": "he", "srp": "sr", "heb": "he", "ara": "ar", "ces": "cs", "fra": "fr"}

# Translators installed per application, kept referenced so Qt can use them.
_INSTALLED: dict[int, list[QTranslator]] = {}
_CURRENT = [SOURCE_LANGUAGE]


def installed_language() -> str:
    """The code :func:`install_language` last installed (``"en"`` before any)."""
    return _CURRENT[0]


@dataclass(frozen=True, slots=True)
class InstalledLanguage:
    """What :func:`install_language` did."""

    code: str
    locale_name: str
    right_to_left: bool
    catalogue: Path | None  # our compiled .qm (English: its plural forms); None when it failed
    qt_catalogue: bool  # Qt's own qtbase translation loaded


def canonical_code(text: str | None) -> str | None:
    """A supported language code for ``text`` (a code, a locale or a POSIX name), or None."""
    if not text:
        return None
    raw = text.strip()
    latin = "@latin" in raw.lower()
    raw = raw.split(".")[0].split("@")[0].replace("-", "_")
    parts = [p for p in raw.split("_") if p]
    if not parts:
        return None
    lang = parts[0].lower()
    lang = _ALIASES.get(lang, lang)
    if lang == "sr":
        latin = latin or any(p.lower() == "latn" for p in parts[1:])
        return "sr_Latn" if latin else "sr"
    return lang if lang in LANGUAGES else None


def locale_code(locale: QLocale) -> str | None:
    """The supported code of a ``QLocale``, or None."""
    if locale.language() == QLocale.Language.Serbian:
        latin = locale.script() == QLocale.Script.LatinScript
        return "sr_Latn" if latin else "sr"
    return canonical_code(locale.name())


def system_language(system: QLocale | None = None) -> str:
    """The system locale's language when the console speaks it, else English."""
    return locale_code(system if system is not None else QLocale.system()) or SOURCE_LANGUAGE


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for numbers and dates in ``code``: the system's own when it is in
    that language (keeps its country: Moroccan Arabic keeps Latin digits), else the
    language's usual one."""
    system = system if system is not None else QLocale.system()
    if locale_code(system) == code:
        return QLocale(system)
    serbian, serbia = QLocale.Language.Serbian, QLocale.Country.Serbia
    if code == "sr":
        return QLocale(serbian, QLocale.Script.CyrillicScript, serbia)
    if code == "sr_Latn":
        return QLocale(serbian, QLocale.Script.LatinScript, serbia)
    defaults = {
        "en": "en_GB",  # 24-hour clock, day-month-year
        "he": "he_IL",
        "ar": "ar",
        "cs": "cs_CZ",
        "fr": "fr_FR",
    }
    return QLocale(defaults.get(code, "en_GB"))


def translations_dir() -> Path:
    """Where the shipped ``dispatch_<code>.ts`` files are."""
    return Path(str(resources.files("resources").joinpath("translations")))


def default_cache_dir() -> Path:
    """The user's cache folder for compiled catalogues."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease from the installed PySide6 (the wheel ships it)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    script = Path(sys.executable).with_name("pyside6-lrelease")
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_catalogue(ts_file: Path, cache_dir: Path | None = None) -> Path | None:
    """The ``.qm`` compiled from ``ts_file``, compiling it once per content."""
    try:
        data = ts_file.read_bytes()
    except OSError as exc:
        _LOGGER.warning("translation %s cannot be read: %s", ts_file, exc)
        return None
    digest = hashlib.sha256(data).hexdigest()[:16]
    folder = cache_dir if cache_dir is not None else default_cache_dir()
    target = folder / f"{ts_file.stem}-{digest}.qm"
    if target.is_file() and target.stat().st_size > 0:
        return target
    command = lrelease_command()
    if command is None:
        _LOGGER.warning("no lrelease found: the console stays in English")
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(suffix=".qm", dir=folder)
        os.close(handle)
        result = subprocess.run(
            [*command, "-silent", str(ts_file), "-qm", scratch],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or os.path.getsize(scratch) == 0:
            Path(scratch).unlink(missing_ok=True)
            _LOGGER.warning("lrelease failed on %s: %s", ts_file, result.stderr.strip())
            return None
        os.replace(scratch, target)  # atomic: a second console never reads half a file
    except (OSError, subprocess.SubprocessError) as exc:
        _LOGGER.warning("translation %s not compiled: %s", ts_file, exc)
        return None
    for stale in folder.glob(f"{ts_file.stem}-*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def _remove_installed(app: QCoreApplication) -> None:
    for translator in _INSTALLED.pop(id(app), []):
        QCoreApplication.removeTranslator(translator)


def install_language(
    app: QCoreApplication,
    code: str,
    *,
    source_dir: Path | None = None,
    cache_dir: Path | None = None,
    system: QLocale | None = None,
) -> InstalledLanguage:
    """Make ``code`` the application's language (see the module contract)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")
    _remove_installed(app)
    locale = locale_for(code, system)
    installed: list[QTranslator] = []
    qt_loaded = False
    ours: Path | None = None
    if code == SOURCE_LANGUAGE:
        # English plural forms ("1 unit", "2 units") from dispatch_en.ts.
        ts_file = (source_dir or translations_dir()) / f"{CATALOGUE}_{code}.ts"
        if ts_file.is_file():
            ours = compiled_catalogue(ts_file, cache_dir)
    else:
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(locale, "qtbase", "_", qt_dir):
            QCoreApplication.installTranslator(qt_translator)
            installed.append(qt_translator)
            qt_loaded = True
        ts_file = (source_dir or translations_dir()) / f"{CATALOGUE}_{code}.ts"
        ours = compiled_catalogue(ts_file, cache_dir)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        else:
            _LOGGER.warning("translation %s could not be loaded", ours)
            ours = None
    _INSTALLED[id(app)] = installed
    rtl = code in RIGHT_TO_LEFT
    if isinstance(app, QGuiApplication):
        # After the translators: installing one makes Qt guess the direction again.
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    set_right_to_left(rtl)
    QLocale.setDefault(locale)
    _CURRENT[0] = code
    return InstalledLanguage(code, locale.name(), rtl, ours, qt_loaded)


_MIRRORED_AREAS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
}
_MIRRORED_CORNERS = {
    Qt.Corner.TopLeftCorner: Qt.Corner.TopRightCorner,
    Qt.Corner.TopRightCorner: Qt.Corner.TopLeftCorner,
    Qt.Corner.BottomLeftCorner: Qt.Corner.BottomRightCorner,
    Qt.Corner.BottomRightCorner: Qt.Corner.BottomLeftCorner,
}


# Languages whose typography puts a (narrow no-break) space before the percent sign.
_SPACED_PERCENT = frozenset({QLocale.Language.French, QLocale.Language.Czech})


def format_share(share: float | None, none_text: str = "—") -> str:
    """``share`` (0..1) as a whole percentage in the default locale's way."""
    if share is None:
        return none_text
    locale = QLocale()
    number = locale.toString(round(share * 100))
    space = "\u202f" if locale.language() in _SPACED_PERCENT else ""
    return shown_isolated(f"{number}{space}{locale.percent()}")


def dock_area(area: Qt.DockWidgetArea, direction: Qt.LayoutDirection) -> Qt.DockWidgetArea:
    """The dock area that stands where ``area`` stands in a left-to-right layout.

    ``QMainWindow`` does not mirror its dock areas for right-to-left layouts
    (the left area stays on the left), so a window lays out its docks by
    leading/trailing side: ``dock_area(LeftDockWidgetArea, self.layoutDirection())``.
    """
    if direction == Qt.LayoutDirection.RightToLeft:
        return _MIRRORED_AREAS.get(area, area)
    return area


def dock_corner(corner: Qt.Corner, direction: Qt.LayoutDirection) -> Qt.Corner:
    """The window corner that stands where ``corner`` stands in a left-to-right layout."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return _MIRRORED_CORNERS[corner]
    return corner


class LanguageMenu(QMenu):
    """The Language menu: every language by its own name, the current one checked."""

    sigLanguageChosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("LanguageMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for code, name in LANGUAGES.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            # Each name is shown in its own direction, whatever the menu's.
            action.setToolTip(name)
            self._group.addAction(action)
        self._current = current
        self._group.triggered.connect(self._on_triggered)

    def current(self) -> str:
        return self._current

    def restart_note(self) -> str:
        """What to tell the dispatcher after a choice."""
        return self.tr("The console will speak the chosen language from its next start.")

    def _on_triggered(self, action) -> None:  # type: ignore[no-untyped-def]
        code = str(action.data())
        if code != self._current:
            self._current = code
            self.sigLanguageChosen.emit(code)
