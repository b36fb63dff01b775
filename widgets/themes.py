"""Day and night themes, each with or without the drill tint, for the whole application.

Contract:

* ``apply_theme(app, name, *, drill=None)`` with ``name`` in ``THEMES`` is the
  one place a theme is applied. It sets the Fusion style (the one style that
  honours a palette on every platform), a complete ``QPalette`` (active,
  inactive and disabled groups) for the application and its tooltips, so
  panels, dock titles and dialogs switch together; pyqtgraph's default
  background/foreground for plots created afterwards; and the drill frame
  (an orange border and status bar) on every top-level window marked with
  the ``"drill"`` property. ``drill=None`` keeps the application's drill state,
  ``True``/``False`` sets it; in a drill the palette itself is tinted (peach by
  day, dark amber-brown by night), so every widget and dialog of a drill
  process reads as an exercise and stays readable. Last, it emits
  ``theme_notifier().sigThemeApplied(spec)`` so the map (which draws its own
  colours) follows in the same step.
* ``theme_label(name)`` is a theme's menu entry in the console's language
  ("Day theme"), for the window's View menu.
* ``mark_drill(window)`` marks a top-level window as a drill window and
  re-applies the current theme with the tint; nothing unmarks it.
  ``remember_drill_window(window)`` marks one without tinting the application
  (a replay of a drill store). A theme switch restyles the frames of exactly
  these windows (held by weak reference), never by walking every top-level
  widget.
* ``theme_spec(name, drill=False)`` gives the colours (``ThemeSpec``);
  ``current_theme(obj=None)`` the applied name (``None`` before any),
  ``current_spec(obj=None)`` the applied ``ThemeSpec`` and ``is_drill()`` the
  drill state; ``obj`` may be any widget or the application (the application's
  state is the one that counts).
* ``relative_luminance`` and ``contrast_ratio`` are WCAG 2.x's; ``AA_TEXT``
  (4.5) is the least contrast any text of the console may have against its
  background. Every pair in ``TEXT_PAIRS`` (text role, background role) of every spec
  meets it
  (tests/widgets/test_themes.py; tests/widgets/test_contrast.py checks the
  widgets themselves).

The night theme is for a darkened control room: dark grey rather than pure
black (less smearing on LCDs), off-white text rather than white (less glare),
a muted highlight, and text/background contrast well above WCAG AA.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

__all__ = [
    "AA_TEXT",
    "TEXT_PAIRS",
    "THEMES",
    "ThemeNotifier",
    "ThemeSpec",
    "apply_theme",
    "contrast_ratio",
    "current_spec",
    "current_theme",
    "drill_window_style",
    "is_drill",
    "mark_drill",
    "relative_luminance",
    "theme_label",
    "theme_notifier",
    "theme_spec",
]

_LOGGER = logging.getLogger(__name__)

THEMES: tuple[str, ...] = ("day", "night")
AA_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, normal-size text

_THEME_PROPERTY = "theme"
_DRILL_PROPERTY = "drill"


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """The colours of one theme, as ``#rrggbb`` strings."""

    name: str
    dark: bool
    drill: bool
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
    placeholder_text: str
    bright_text: str
    plot_background: str
    plot_foreground: str
    # The drill frame: the border around a drill window and its status bar.
    drill_accent: str
    drill_accent_text: str


# Each role's colour by day, by night, by day in a drill and by night in a drill, side by
# side so their contrast is easy to review. A drill's tint is on the surfaces (window, base,
# buttons), never on the text, so the text keeps its contrast.
_COLOURS: dict[str, tuple[str, str, str, str]] = {
    "window": ("#efefef", "#1b1d20", "#ffdfbf", "#2e2116"),
    "window_text": ("#1a1a1a", "#c8ccd0", "#1a1a1a", "#ecdccb"),
    "base": ("#ffffff", "#121315", "#fff6ec", "#1f1610"),
    "alternate_base": ("#f5f5f5", "#1a1c1f", "#fdebd8", "#271c13"),
    "text": ("#1a1a1a", "#c8ccd0", "#1a1a1a", "#ecdccb"),
    "button": ("#e6e6e6", "#25282c", "#f6cea4", "#3d2c1d"),
    "button_text": ("#1a1a1a", "#c8ccd0", "#1a1a1a", "#ecdccb"),
    "highlight": ("#2a62b8", "#2f4a6b", "#2a62b8", "#2f4a6b"),
    "highlighted_text": ("#ffffff", "#e6e9ec", "#ffffff", "#f1f3f5"),
    "link": ("#1a57b0", "#7fa7d9", "#1a4f9e", "#8fb4e3"),
    "tooltip_base": ("#ffffe6", "#25282c", "#fff3e0", "#3d2c1d"),
    "tooltip_text": ("#1a1a1a", "#c8ccd0", "#1a1a1a", "#ecdccb"),
    "disabled_text": ("#8a8a8a", "#62676d", "#8d7a66", "#7d6b5a"),
    "placeholder_text": ("#666666", "#8f959b", "#6b5642", "#b09c88"),
    "bright_text": ("#c62828", "#ef6c6c", "#b71c1c", "#ff8a80"),
    "plot_background": ("#ffffff", "#121315", "#fff6ec", "#1f1610"),
    "plot_foreground": ("#1a1a1a", "#aeb3b8", "#1a1a1a", "#d9c9b8"),
    "drill_accent": ("#ff7a00", "#d96500", "#ff7a00", "#d96500"),
    "drill_accent_text": ("#000000", "#000000", "#000000", "#000000"),
}
_SPECS: dict[tuple[str, bool], ThemeSpec] = {
    (name, drill): ThemeSpec(
        name=name,
        dark=name == "night",
        drill=drill,
        **{role: values[column] for role, values in _COLOURS.items()},
    )
    for column, (name, drill) in enumerate(
        (("day", False), ("night", False), ("day", True), ("night", True))
    )
}

# (text role, background role) pairs a widget may draw; each must reach AA_TEXT.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("link", "window"),
    ("tooltip_text", "tooltip_base"),
    ("placeholder_text", "base"),
    ("bright_text", "base"),
    ("bright_text", "window"),
    ("plot_foreground", "plot_background"),
    ("drill_accent_text", "drill_accent"),
)


def theme_label(name: str) -> str:
    """A theme's menu entry in the console's language ("Day theme"); an unknown name as is."""
    labels = {
        "day": QCoreApplication.translate("Themes", "Day theme"),
        "night": QCoreApplication.translate("Themes", "Night theme"),
    }
    return labels.get(name, name)


def theme_spec(name: str, drill: bool = False) -> ThemeSpec:
    """The colours of theme ``name`` (tinted for a drill); ``ValueError`` for an unknown name."""
    try:
        return _SPECS[(name, bool(drill))]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; expected one of {THEMES}") from None


# -- contrast (WCAG 2.x) ---------------------------------------------------------------


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2.x relative luminance of an opaque colour (0 black … 1 white)."""
    c = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, 1 … 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- applying ----------------------------------------------------------------------------


class ThemeNotifier(QObject):
    """Tells widgets that draw their own colours (the map) that a theme was applied."""

    sigThemeApplied = Signal(object)  # ThemeSpec


_NOTIFIER: ThemeNotifier | None = None


def theme_notifier() -> ThemeNotifier:
    """The application's one notifier (created on first use, owned by the application)."""
    global _NOTIFIER
    app = QCoreApplication.instance()
    if _NOTIFIER is None or not shiboken6.isValid(_NOTIFIER) or _NOTIFIER.parent() is not app:
        _NOTIFIER = ThemeNotifier(app)
    return _NOTIFIER


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
        role.PlaceholderText: spec.placeholder_text,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    # Fusion derives bevels from these; keep them in the theme's family.
    palette.setColor(role.Light, QColor(spec.button).lighter(125))
    palette.setColor(role.Midlight, QColor(spec.button).lighter(110))
    palette.setColor(role.Mid, QColor(spec.button).darker(130))
    palette.setColor(role.Dark, QColor(spec.button).darker(160))
    palette.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(disabled, colour_role, QColor(spec.disabled_text))
    palette.setColor(disabled, role.Highlight, QColor(spec.button))
    return palette


def drill_window_style(object_name: str, spec: ThemeSpec) -> str:
    """The style sheet of a drill window: the orange frame and status bar, readable text.

    Surfaces are left to the (tinted) palette, so a theme switch recolours them.
    """
    window = f"QMainWindow#{object_name}" if object_name else "QMainWindow"
    return (
        f"{window} {{ border: 6px solid {spec.drill_accent}; }}"
        f" {window} > QStatusBar {{ background: {spec.drill_accent};"
        f" color: {spec.drill_accent_text}; }}"
        f" {window} > QStatusBar QLabel {{ color: {spec.drill_accent_text}; }}"
    )


# The windows mark_drill marked, by weak reference: styling walks only these, never every
# top-level widget (one being destroyed elsewhere may still be listed there).
_drill_windows: weakref.WeakSet[QWidget] = weakref.WeakSet()


def _style_drill_windows(app: QApplication, spec: ThemeSpec) -> None:
    for widget in list(_drill_windows):
        if shiboken6.isValid(widget) and widget.property(_DRILL_PROPERTY) is True:
            widget.setStyleSheet(drill_window_style(widget.objectName(), spec))


def apply_theme(app: QApplication, name: str, *, drill: bool | None = None) -> None:
    """Switch the whole application to theme ``name`` (one of ``THEMES``).

    ``drill``: ``None`` keeps the application's drill state; ``True`` tints for a drill.
    """
    drilling = is_drill(app) if drill is None else bool(drill)
    spec = theme_spec(name, drilling)
    app.setStyle("Fusion")
    app.setPalette(_palette(spec))
    # Tooltips follow the palette too (Fusion paints them from it).
    QToolTip.setPalette(app.palette())
    app.setProperty(_THEME_PROPERTY, name)
    app.setProperty(_DRILL_PROPERTY, drilling)
    pg.setConfigOptions(background=spec.plot_background, foreground=spec.plot_foreground)
    _style_drill_windows(app, spec)
    theme_notifier().sigThemeApplied.emit(spec)
    _LOGGER.debug("theme %s%s applied", name, " (drill)" if drilling else "")


def remember_drill_window(window: QWidget) -> None:
    """A window framed as a drill's (its ``drill`` property set) that a theme switch
    restyles, without tinting the application (a replay of a drill store)."""
    window.setProperty(_DRILL_PROPERTY, True)
    _drill_windows.add(window)


def mark_drill(window: QObject) -> None:
    """Mark ``window`` (a top-level window) as a drill window and tint the application."""
    window.setProperty(_DRILL_PROPERTY, True)
    if isinstance(window, QWidget):
        _drill_windows.add(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, current_theme(app) or THEMES[0], drill=True)


def _app(obj: QObject | None) -> QCoreApplication | None:
    return obj if isinstance(obj, QCoreApplication) else QCoreApplication.instance()


def current_theme(obj: QObject | None = None) -> str | None:
    """The name last passed to ``apply_theme`` (``obj``: the application or any widget)."""
    app = _app(obj)
    value = app.property(_THEME_PROPERTY) if app is not None else None
    return value if isinstance(value, str) else None


def is_drill(obj: QObject | None = None) -> bool:
    """Whether the applied theme carries the drill tint."""
    app = _app(obj)
    return app is not None and app.property(_DRILL_PROPERTY) is True


def current_spec(obj: QObject | None = None) -> ThemeSpec:
    """The applied theme's colours (the day theme before any was applied)."""
    return theme_spec(current_theme(obj) or THEMES[0], is_drill(obj))
