"""Discipline symbols and colours shared by every widget that shows units.

Contract: one look per discipline (``police``, ``fire``, ``medical``; anything
else falls back to a neutral grey circle), in a day and a night variant, so
the map, the unit board and the incident queue agree at a glance.
``discipline_color`` returns a fresh ``QColor``; ``discipline_symbol`` a
pyqtgraph symbol name; ``discipline_icon`` a small ``QIcon`` drawn with the
same shape and colour; ``discipline_label`` the translated discipline name.
Colours were picked to stay distinct for the common colour-vision
deficiencies by also differing in shape, never by colour alone.

Caller locations get the same treatment per source (``CALLER_SOURCES``: ALI,
AML, PIDF-LO, typed, map click): ``caller_source_style`` (glyph, shape,
colours), ``caller_source_color`` and ``caller_source_label`` ("PIDF-LO").

Landmarks (``Place.category``: hospital, fire_station, police, school,
fire_hydrant, ...): ``landmark_style`` (glyph, sign shape, colours, size;
unknown categories get a small grey dot), ``landmark_color`` and
``landmark_label`` ("Fire hydrant").
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

DISCIPLINES: tuple[str, ...] = ("police", "fire", "medical")
UNKNOWN = "other"


@dataclass(frozen=True, slots=True)
class DisciplineStyle:
    symbol: str  # pyqtgraph symbol name
    day: str  # "#rrggbb"
    night: str


_STYLES: dict[str, DisciplineStyle] = {
    "police": DisciplineStyle(symbol="s", day="#1f5fd1", night="#5c9dff"),
    "fire": DisciplineStyle(symbol="t1", day="#d62a1f", night="#ff5a4e"),
    "medical": DisciplineStyle(symbol="+", day="#13893a", night="#3fd46a"),
    UNKNOWN: DisciplineStyle(symbol="o", day="#707070", night="#b0b0b0"),
}

# Selection must read as "this one" over any discipline colour, day or night.
SELECTION_DAY = "#ff9d00"
SELECTION_NIGHT = "#ffd400"


def discipline_style(discipline: str) -> DisciplineStyle:
    return _STYLES.get(discipline, _STYLES[UNKNOWN])


def discipline_color(discipline: str, dark: bool = False) -> QColor:
    style = discipline_style(discipline)
    return QColor(style.night if dark else style.day)


def discipline_symbol(discipline: str) -> str:
    return discipline_style(discipline).symbol


def discipline_code(discipline: str) -> int:
    """Small integer per discipline (index into ``DISCIPLINES``, unknown last)."""
    try:
        return DISCIPLINES.index(discipline)
    except ValueError:
        return len(DISCIPLINES)


def discipline_from_code(code: int) -> str:
    return DISCIPLINES[code] if 0 <= code < len(DISCIPLINES) else UNKNOWN


def discipline_label(discipline: str) -> str:
    labels = {
        "police": QCoreApplication.translate("symbols", "Police"),
        "fire": QCoreApplication.translate("symbols", "Fire"),
        "medical": QCoreApplication.translate("symbols", "Medical"),
    }
    return labels.get(discipline, QCoreApplication.translate("symbols", "Other"))


def _cosmetic_pen(colour: QColor) -> QPen:
    # drawSymbol scales the painter by the symbol size; a non-cosmetic pen
    # would scale with it and paint the whole symbol in the outline colour.
    pen = QPen(colour, 1.0)
    pen.setCosmetic(True)
    return pen


def discipline_icon(discipline: str, size: int = 16, dark: bool = False) -> QIcon:
    """The map symbol of a discipline as an icon for lists and tables."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(QPointF(size / 2, size / 2))
        outline = QColor("#000000" if dark else "#ffffff")
        pg.graphicsItems.ScatterPlotItem.drawSymbol(
            painter,
            discipline_symbol(discipline),
            size - 2,
            _cosmetic_pen(outline),
            pg.mkBrush(discipline_color(discipline, dark)),
        )
    finally:
        painter.end()
    return QIcon(pixmap)


# --- caller locations -------------------------------------------------------
#
# Where a caller location came from (``LocationView.source``). Each source has
# its own glyph and shape as well as colour, so sources stay distinct without
# colour, and none of the colours is a discipline colour.

CALLER_SOURCES: tuple[str, ...] = ("ali", "aml", "pidf", "typed", "map")


@dataclass(frozen=True, slots=True)
class CallerSourceStyle:
    glyph: str  # drawn inside the symbol
    shape: str  # "circle" | "square" | "diamond"
    day: str
    night: str


_CALLER_STYLES: dict[str, CallerSourceStyle] = {
    "ali": CallerSourceStyle("A", "circle", "#6a1b9a", "#c58af9"),
    "aml": CallerSourceStyle("M", "circle", "#00796b", "#4dd0c1"),
    "pidf": CallerSourceStyle("P", "circle", "#a04a00", "#ffb74d"),
    "typed": CallerSourceStyle("T", "square", "#37474f", "#cfd8dc"),
    "map": CallerSourceStyle("+", "diamond", "#ad1457", "#f48fb1"),
}
_CALLER_UNKNOWN = CallerSourceStyle("?", "circle", "#707070", "#b0b0b0")

# Verified locations wear a ring in this colour (day, night).
VERIFIED_DAY = "#1b8a2f"
VERIFIED_NIGHT = "#5fe07a"


def caller_source_style(source: str) -> CallerSourceStyle:
    return _CALLER_STYLES.get(source, _CALLER_UNKNOWN)


def caller_source_color(source: str, dark: bool = False) -> QColor:
    style = caller_source_style(source)
    return QColor(style.night if dark else style.day)


def caller_source_label(source: str) -> str:
    labels = {
        "ali": "ALI",
        "aml": "AML",
        "pidf": "PIDF-LO",
        "typed": QCoreApplication.translate("symbols", "Typed"),
        "map": QCoreApplication.translate("symbols", "Map click"),
    }
    return labels.get(source, source.upper() if source else "?")


# --- landmarks ----------------------------------------------------------------
#
# Places the map shows at close zoom (``models.places.types.Place.category``).
# Drawn as white signs with a coloured outline and glyph, never filled like a
# unit, so a hospital is never mistaken for a police car; each has its own
# shape as well as colour.


@dataclass(frozen=True, slots=True)
class LandmarkStyle:
    glyph: str
    shape: str  # "sign" (rounded square) | "house" | "shield" | "circle" | "hydrant"
    day: str
    night: str
    size_px: float = 16.0


_LANDMARK_STYLES: dict[str, LandmarkStyle] = {
    "hospital": LandmarkStyle("H", "sign", "#0d47a1", "#82b1ff"),
    "clinic": LandmarkStyle("+", "sign", "#0d47a1", "#82b1ff"),
    "doctors": LandmarkStyle("+", "sign", "#0d47a1", "#82b1ff"),
    "pharmacy": LandmarkStyle("+", "circle", "#2e7d32", "#81c784"),
    "fire_station": LandmarkStyle("F", "house", "#b71c1c", "#ff8a80"),
    "police": LandmarkStyle("P", "shield", "#1a237e", "#9fa8da"),
    "school": LandmarkStyle("S", "house", "#6d4c41", "#d7ccc8"),
    "kindergarten": LandmarkStyle("K", "house", "#6d4c41", "#d7ccc8"),
    "university": LandmarkStyle("U", "house", "#6d4c41", "#d7ccc8"),
    "fire_hydrant": LandmarkStyle("", "hydrant", "#c62828", "#ff5252", 9.0),
}
_LANDMARK_OTHER = LandmarkStyle("•", "circle", "#455a64", "#b0bec5", 13.0)
HYDRANT = "fire_hydrant"
#: What the console's map shows of a site's landmarks: the places a crew is sent
#: to or from and the water it needs, not every shop and café the data holds.
MAP_LANDMARK_CATEGORIES = frozenset(_LANDMARK_STYLES)


def landmark_style(category: str | None) -> LandmarkStyle:
    return _LANDMARK_STYLES.get(category or "", _LANDMARK_OTHER)


def landmark_color(category: str | None, dark: bool = False) -> QColor:
    style = landmark_style(category)
    return QColor(style.night if dark else style.day)


def landmark_label(category: str | None) -> str:
    labels = {
        "hospital": QCoreApplication.translate("symbols", "Hospital"),
        "clinic": QCoreApplication.translate("symbols", "Clinic"),
        "doctors": QCoreApplication.translate("symbols", "Doctors"),
        "pharmacy": QCoreApplication.translate("symbols", "Pharmacy"),
        "fire_station": QCoreApplication.translate("symbols", "Fire station"),
        "police": QCoreApplication.translate("symbols", "Police station"),
        "school": QCoreApplication.translate("symbols", "School"),
        "kindergarten": QCoreApplication.translate("symbols", "Kindergarten"),
        "university": QCoreApplication.translate("symbols", "University"),
        "fire_hydrant": QCoreApplication.translate("symbols", "Fire hydrant"),
    }
    return labels.get(category or "", (category or "").replace("_", " ").capitalize())
