"""Unit status colours, labels, timers and the status-change menu, shared by
the unit board and the map so both read the same at a glance.

Contract: ``status_color(status, dark)`` returns a fresh ``QColor`` for a
``UnitStatus`` value (or its text); unknown statuses are grey like out of
service. ``STATUS_ORDER`` is the lifecycle order (available first, out of
service last) that menus and grouping follow; ``status_rank`` gives a
status's place in it (unknown statuses after all known ones).
``status_label`` is the translated status name; ``format_mmss`` renders a
duration as ``m:ss`` (``h:mm:ss`` from one hour on); ``status_timer_text``
gives "en route 4:12". ``status_ink(status, dark)`` is the text colour
(near-black or white) readable on ``status_color`` (at least 4.5:1, WCAG AA),
for tiles and badges that fill with the status colour; ``overdue_color`` is
readable as text on every theme's base. ``next_statuses(status)`` lists the statuses that
``models.dispatch.status.ALLOWED`` permits next, in lifecycle order, and
``build_status_menu`` makes a ``QMenu`` offering exactly those, each action
calling ``on_chosen(call_sign, status_value)``.

Colours differ in hue *and* lightness so neighbours in the lifecycle stay
apart for the common colour-vision deficiencies; the status text is always
shown too, never colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from models.dispatch.status import ALLOWED, UnitStatus

__all__ = [
    "OVERDUE_DAY",
    "OVERDUE_NIGHT",
    "STATUS_ORDER",
    "StatusStyle",
    "build_status_menu",
    "format_mmss",
    "next_statuses",
    "overdue_color",
    "status_code",
    "status_color",
    "status_ink",
    "status_label",
    "status_rank",
    "status_style",
    "status_swatch",
    "status_timer_text",
]


@dataclass(frozen=True, slots=True)
class StatusStyle:
    day: str  # "#rrggbb"
    night: str


S = UnitStatus

STATUS_ORDER: tuple[UnitStatus, ...] = (
    S.AVAILABLE,
    S.AVAILABLE_ON_RADIO,
    S.DISPATCHED,
    S.EN_ROUTE,
    S.ON_SCENE,
    S.TRANSPORTING,
    S.AT_HOSPITAL,
    S.OUT_OF_SERVICE,
)

_STYLES: dict[UnitStatus, StatusStyle] = {
    S.AVAILABLE: StatusStyle(day="#2e9d3f", night="#4fd467"),  # green
    S.AVAILABLE_ON_RADIO: StatusStyle(day="#009e8e", night="#3cc8b8"),  # teal
    S.DISPATCHED: StatusStyle(day="#e0a800", night="#ffcc33"),  # amber
    S.EN_ROUTE: StatusStyle(day="#ef6c00", night="#ff9a3d"),  # orange
    S.ON_SCENE: StatusStyle(day="#d32f2f", night="#ff6659"),  # red
    S.TRANSPORTING: StatusStyle(day="#7b1fa2", night="#c27be0"),  # purple
    S.AT_HOSPITAL: StatusStyle(day="#c2185b", night="#ff5c9d"),  # magenta
    S.OUT_OF_SERVICE: StatusStyle(day="#8a8a8a", night="#8d939b"),  # grey
}

# Overdue must read as a warning over any row colour, day or night.
OVERDUE_DAY = "#b3261e"
OVERDUE_NIGHT = "#ff8a80"


def _parse(status: str) -> UnitStatus | None:
    """The status a text names, with spaces or underscores ("en route", "en_route")."""
    try:
        return UnitStatus(status.strip().lower().replace("_", " "))
    except ValueError:
        return None


def status_style(status: str) -> StatusStyle:
    parsed = _parse(status)
    return _STYLES[parsed] if parsed is not None else _STYLES[S.OUT_OF_SERVICE]


def status_color(status: str, dark: bool = False) -> QColor:
    style = status_style(status)
    return QColor(style.night if dark else style.day)


_INKS = ("#111111", "#ffffff")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def status_ink(status: str, dark: bool = False) -> QColor:
    """Near-black or white, whichever reads better on ``status_color(status, dark)``."""
    fill = _luminance(status_color(status, dark))
    ratios = [
        (max(fill, _luminance(QColor(ink))) + 0.05) / (min(fill, _luminance(QColor(ink))) + 0.05)
        for ink in _INKS
    ]
    return QColor(_INKS[ratios.index(max(ratios))])


def overdue_color(dark: bool = False) -> QColor:
    return QColor(OVERDUE_NIGHT if dark else OVERDUE_DAY)


def status_code(status: str) -> int:
    """Small integer per status (index into ``STATUS_ORDER``; unknown: out of service)."""
    parsed = _parse(status)
    return STATUS_ORDER.index(parsed if parsed is not None else S.OUT_OF_SERVICE)


def status_rank(status: str) -> int:
    """Lifecycle position for sorting and grouping; unknown statuses sort last."""
    parsed = _parse(status)
    return STATUS_ORDER.index(parsed) if parsed is not None else len(STATUS_ORDER)


def status_label(status: str) -> str:
    labels = {
        S.AVAILABLE: QCoreApplication.translate("status", "available"),
        S.AVAILABLE_ON_RADIO: QCoreApplication.translate("status", "available on radio"),
        S.DISPATCHED: QCoreApplication.translate("status", "dispatched"),
        S.EN_ROUTE: QCoreApplication.translate("status", "en route"),
        S.ON_SCENE: QCoreApplication.translate("status", "on scene"),
        S.TRANSPORTING: QCoreApplication.translate("status", "transporting"),
        S.AT_HOSPITAL: QCoreApplication.translate("status", "at hospital"),
        S.OUT_OF_SERVICE: QCoreApplication.translate("status", "out of service"),
    }
    parsed = _parse(status)
    return labels[parsed] if parsed is not None else status


def format_mmss(seconds: float | None) -> str:
    """``252`` -> ``"4:12"``; ``3725`` -> ``"1:02:05"``; ``None`` or NaN -> ``""``."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def status_timer_text(status: str, seconds: float | None) -> str:
    """ "en route 4:12": the status and how long the unit has been in it."""
    if seconds is None:
        return ""
    return QCoreApplication.translate("status", "{status} {elapsed}").format(
        status=status_label(status), elapsed=format_mmss(seconds)
    )


def next_statuses(status: str) -> list[UnitStatus]:
    """The statuses ``ALLOWED`` permits after ``status``, in lifecycle order."""
    parsed = _parse(status)
    if parsed is None:
        return []
    allowed = ALLOWED[parsed]
    return [s for s in STATUS_ORDER if s in allowed]


def build_status_menu(
    parent: QWidget | None,
    call_sign: str,
    status: str,
    on_chosen: Callable[[str, str], None],
    dark: bool = False,
) -> QMenu:
    """A menu of exactly the allowed next statuses; an action's data is the status value."""
    menu = QMenu(parent)
    menu.setTitle(call_sign)
    menu.setObjectName("statusMenu")
    choices = next_statuses(status)
    for new in choices:
        action = menu.addAction(
            QCoreApplication.translate("status", "Set {status}").format(status=status_label(new))
        )
        action.setData(new.value)
        action.setIcon(status_swatch(new.value, 12, dark))
        action.triggered.connect(
            lambda _checked=False, value=new.value: on_chosen(call_sign, value)
        )
    if not choices:
        none = menu.addAction(
            QCoreApplication.translate("status", "No status change allowed from {status}").format(
                status=status_label(status)
            )
        )
        none.setEnabled(False)
    return menu


_SWATCHES: dict[tuple[str, int, bool], QIcon] = {}


def status_swatch(status: str, size: int = 12, dark: bool = False) -> QIcon:
    """A filled disc in the status colour, for menus and table cells (cached)."""
    key = (status_style(status).day, size, dark)
    icon = _SWATCHES.get(key)
    if icon is not None:
        return icon
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(status, dark))
        painter.drawEllipse(1, 1, size - 2, size - 2)
    finally:
        painter.end()
    icon = _SWATCHES[key] = QIcon(pixmap)
    return icon
