"""Day and night themes for the whole application.

Contract: ``apply_theme(app, name)`` with ``name`` in ``THEMES`` sets the
Fusion style (the one style that honours a palette on every platform), a
complete ``QPalette`` (active, inactive and disabled groups; no stylesheet,
so widgets' own stylesheets are left alone), and pyqtgraph's default
background/foreground for plots created afterwards. The applied name is
kept as the application property ``"theme"`` (see ``current_theme``).

The night theme is for a darkened control room: dark grey rather than pure
black (less smearing on LCDs), off-white text rather than white (less glare),
a muted highlight, and text/background contrast well above WCAG AA.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

__all__ = ["THEMES", "ThemeSpec", "apply_theme", "current_theme", "theme_spec"]

_LOGGER = logging.getLogger(__name__)

THEMES: tuple[str, ...] = ("day", "night")


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """The colours of one theme, as ``#rrggbb`` strings."""

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    bright_text: str
    plot_background: str
    plot_foreground: str


# Each role's colour by day and by night, side by side so their contrast is easy to review.
_COLOURS: dict[str, tuple[str, str]] = {
    "window": ("#efefef", "#1b1d20"),
    "window_text": ("#1a1a1a", "#c8ccd0"),
    "base": ("#ffffff", "#121315"),
    "alternate_base": ("#f5f5f5", "#1a1c1f"),
    "text": ("#1a1a1a", "#c8ccd0"),
    "button": ("#e6e6e6", "#25282c"),
    "button_text": ("#1a1a1a", "#c8ccd0"),
    "highlight": ("#2a62b8", "#2f4a6b"),
    "highlighted_text": ("#ffffff", "#e6e9ec"),
    "link": ("#1a57b0", "#7fa7d9"),
    "tooltip_base": ("#ffffe6", "#25282c"),
    "tooltip_text": ("#1a1a1a", "#c8ccd0"),
    "disabled_text": ("#8a8a8a", "#62676d"),
    "bright_text": ("#c62828", "#ef6c6c"),
    "plot_background": ("#ffffff", "#121315"),
    "plot_foreground": ("#1a1a1a", "#aeb3b8"),
}
_SPECS: dict[str, ThemeSpec] = {
    name: ThemeSpec(**{role: pair[i] for role, pair in _COLOURS.items()})
    for i, name in enumerate(THEMES)
}


def theme_spec(name: str) -> ThemeSpec:
    """The colours of theme ``name``; ``ValueError`` for an unknown name."""
    try:
        return _SPECS[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; expected one of {THEMES}") from None


def _palette(spec: ThemeSpec) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: spec.window,
        role.WindowText: spec.window_text,
        role.Base: spec.base,
        role.AlternateBase: spec.alternate_base,
        role.Text: spec.text,
        role.Button: spec.button,
        role.ButtonText: spec.button_text,
        role.Highlight: spec.highlight,
        role.HighlightedText: spec.highlighted_text,
        role.Link: spec.link,
        role.LinkVisited: spec.link,
        role.ToolTipBase: spec.tooltip_base,
        role.ToolTipText: spec.tooltip_text,
        role.BrightText: spec.bright_text,
        role.PlaceholderText: spec.disabled_text,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(disabled, colour_role, QColor(spec.disabled_text))
    palette.setColor(disabled, role.Highlight, QColor(spec.button))
    return palette


def apply_theme(app: QApplication, name: str) -> None:
    """Switch the whole application to theme ``name`` (one of ``THEMES``)."""
    spec = theme_spec(name)
    app.setStyle("Fusion")
    app.setPalette(_palette(spec))
    # Tooltips follow the palette too (Fusion paints them from it).
    QToolTip.setPalette(app.palette())
    app.setProperty("theme", name)
    pg.setConfigOptions(background=spec.plot_background, foreground=spec.plot_foreground)
    _LOGGER.debug("theme %s applied", name)


def current_theme(app: QApplication) -> str | None:
    """The name last passed to ``apply_theme`` for ``app``, or ``None``."""
    value = app.property("theme")
    return value if isinstance(value, str) else None
