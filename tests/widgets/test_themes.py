"""Day/night themes, with and without the drill tint: the application palette, pyqtgraph
defaults, drill windows' frames and the notifier the map follows, all in one step."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from widgets.themes import (
    AA_TEXT,
    TEXT_PAIRS,
    THEMES,
    ThemeSpec,
    apply_theme,
    contrast_ratio,
    current_spec,
    current_theme,
    is_drill,
    mark_drill,
    theme_notifier,
    theme_spec,
)


@pytest.fixture
def restore_theme(qapp: QApplication):
    palette, style = qapp.palette(), qapp.style().name()
    background, foreground = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("theme", None)
    qapp.setProperty("drill", None)
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


@pytest.mark.parametrize("drill", [False, True])
@pytest.mark.parametrize("name", THEMES)
def test_every_text_role_reaches_aa_on_its_background(name: str, drill: bool) -> None:
    spec = theme_spec(name, drill)
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(spec, text), getattr(spec, background))
        assert ratio >= AA_TEXT, f"{name} drill={drill}: {text} on {background} {ratio:.2f}:1"


def test_contrast_ratio_is_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)


def test_drill_tints_the_surfaces_not_the_text(restore_theme: QApplication) -> None:
    for name in THEMES:
        plain, drill = theme_spec(name), theme_spec(name, drill=True)
        assert drill.drill and not plain.drill and drill.dark == plain.dark
        assert drill.window != plain.window and drill.base != plain.base
        # The tint keeps the theme's lightness: dark stays dark, light stays light.
        assert (QColor(drill.window).lightness() < 80) == plain.dark
        apply_theme(restore_theme, name, drill=True)
        assert is_drill(restore_theme)
        assert restore_theme.palette().color(QPalette.ColorRole.Window).name() == drill.window
    # ``drill=None`` keeps the state; ``False`` clears it.
    apply_theme(restore_theme, "day")
    assert is_drill() and current_spec() == theme_spec("day", drill=True)
    apply_theme(restore_theme, "day", drill=False)
    assert not is_drill() and current_spec() == theme_spec("day")


def test_map_panels_and_dialogs_switch_together(qtbot, restore_theme: QApplication) -> None:
    """One call: the notifier tells the map, the drill window's frame follows, a dialog
    opened afterwards has the window's colours (not dark over light)."""
    apply_theme(restore_theme, "day")
    window = QMainWindow()
    window.setObjectName("DrillProbe")
    qtbot.addWidget(window)
    window.show()
    seen: list[ThemeSpec] = []
    theme_notifier().sigThemeApplied.connect(seen.append)
    try:
        mark_drill(window)
        assert window.property("drill") is True and is_drill()
        assert seen[-1] == theme_spec("day", drill=True)
        assert theme_spec("day", True).drill_accent in window.styleSheet()
        apply_theme(restore_theme, "night")  # Ctrl+Shift+N in a drill
        assert seen[-1] == theme_spec("night", drill=True) and seen[-1].dark
        night = theme_spec("night", drill=True)
        assert night.drill_accent in window.styleSheet()
        assert "QStatusBar QLabel" in window.styleSheet()  # status-bar texts readable too
        box = QMessageBox(window)
        qtbot.addWidget(box)
        box.show()
        assert box.palette().color(QPalette.ColorRole.Window) == window.palette().color(
            QPalette.ColorRole.Window
        )
        assert box.palette().color(QPalette.ColorRole.Window).name() == night.window
    finally:
        theme_notifier().sigThemeApplied.disconnect(seen.append)


def test_current_theme_from_any_widget(restore_theme: QApplication, qtbot) -> None:
    apply_theme(restore_theme, "night", drill=False)
    label = QLabel()
    qtbot.addWidget(label)
    assert current_theme(label) == "night" == current_theme()
