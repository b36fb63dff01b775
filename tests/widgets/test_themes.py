"""Day/night themes change the application palette and pyqtgraph defaults."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from widgets.themes import THEMES, apply_theme, current_theme, theme_spec


@pytest.fixture
def restore_theme(qapp: QApplication):
    palette, style = qapp.palette(), qapp.style().name()
    background, foreground = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("theme", None)
    pg.setConfigOptions(background=background, foreground=foreground)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_theme_names() -> None:
    assert THEMES == ("day", "night")


def test_night_palette_is_dark_with_readable_text(restore_theme: QApplication) -> None:
    apply_theme(restore_theme, "night")
    palette = restore_theme.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    assert window.name() == theme_spec("night").window
    assert window.lightness() < 50
    assert base.lightness() < 50
    # Low glare: not pure white text; still comfortably above WCAG AA (4.5:1).
    assert text.name() != "#ffffff"
    assert _contrast(text, window) > 7
    assert _contrast(palette.color(QPalette.ColorRole.Text), base) > 7
    assert current_theme(restore_theme) == "night"
    assert restore_theme.style().name().lower() == "fusion"
    # New widgets pick the palette up.
    label = QLabel()
    assert label.palette().color(QPalette.ColorRole.Window) == window


def test_switching_back_to_day(restore_theme: QApplication) -> None:
    apply_theme(restore_theme, "night")
    apply_theme(restore_theme, "day")
    palette = restore_theme.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() > 200
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert (
        _contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        > 7
    )
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled != palette.color(QPalette.ColorRole.Text)
    assert current_theme(restore_theme) == "day"


def test_pyqtgraph_defaults_follow_theme(restore_theme: QApplication) -> None:
    apply_theme(restore_theme, "night")
    assert pg.getConfigOption("background") == theme_spec("night").plot_background
    assert pg.getConfigOption("foreground") == theme_spec("night").plot_foreground
    apply_theme(restore_theme, "day")
    assert pg.getConfigOption("background") == "#ffffff"


def test_unknown_theme_is_rejected(restore_theme: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown theme"):
        apply_theme(restore_theme, "dusk")
    assert current_theme(restore_theme) is None
