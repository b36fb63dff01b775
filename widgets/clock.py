"""Status-bar clock (UTC and local time) and shared time-formatting helpers.

Contract: ``ClockWidget`` shows ``UTC 14:03:22 · Local 16:03:22 (Europe/Helsinki)``
and repaints once a second on a timer re-armed to fire just after each whole
second, so the seconds digit ticks in step with the wall clock instead of
drifting. The time source is injectable (``clock=``) so tests can pin it.
``format_age`` renders an elapsed time the way every dock shows it
("12 s", "3 min", "2 h"), translated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

__all__ = ["ClockWidget", "format_age", "utc_now"]

# A few milliseconds past the second boundary: firing exactly on it risks
# landing a hair early and showing the previous second again.
_TICK_SLACK_MS = 5


def utc_now() -> datetime:
    """The default clock: an aware UTC datetime."""
    return datetime.now(UTC)


def format_age(seconds: float | None, none_text: str | None = None) -> str:
    """Render an elapsed time compactly: ``"12 s"``, ``"3 min"``, ``"2 h"``, ``"4 d"``.

    ``None`` yields ``none_text`` (default: translated "never"). Negative ages,
    which clock skew between a sender and this PC can produce, show as 0 s.
    """
    if seconds is None:
        if none_text is not None:
            return none_text
        return QCoreApplication.translate("Age", "never")
    value = max(0, int(seconds))
    if value < 60:
        return QCoreApplication.translate("Age", "{n} s").format(n=value)
    if value < 3600:
        return QCoreApplication.translate("Age", "{n} min").format(n=value // 60)
    if value < 86400:
        return QCoreApplication.translate("Age", "{n} h").format(n=value // 3600)
    return QCoreApplication.translate("Age", "{n} d").format(n=value // 86400)


def _zone_label(zone: tzinfo | None, local: datetime) -> str:
    if isinstance(zone, ZoneInfo):
        return zone.key
    return local.tzname() or ""


class ClockWidget(QWidget):
    """UTC and local wall clock for the status bar, ticking on the second."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timezone: tzinfo | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = timezone
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.refresh()
        self._arm_timer()

    def set_timezone(self, timezone: tzinfo | None) -> None:
        """Show local time in ``timezone`` (``None``: this PC's zone)."""
        self._zone = timezone
        self.refresh()

    def timezone(self) -> tzinfo | None:
        return self._zone

    def text(self) -> str:
        return self._label.text()

    def refresh(self) -> None:
        """Recompute the text from the clock now (the timer calls this each second)."""
        now = self._clock()
        if now.tzinfo is None:
            # A naive time from an injected clock is taken as UTC, like the store.
            now = now.replace(tzinfo=UTC)
        utc = now.astimezone(UTC)
        local = utc.astimezone(self._zone) if self._zone is not None else utc.astimezone()
        text = self.tr("UTC {utc} · Local {local} ({zone})").format(
            utc=utc.strftime("%H:%M:%S"),
            local=local.strftime("%H:%M:%S"),
            zone=_zone_label(self._zone, local),
        )
        self._label.setText(text)
        self._label.setToolTip(
            self.tr("UTC {utc}\nLocal {local}").format(
                utc=utc.strftime("%Y-%m-%d %H:%M:%S %Z"),
                local=local.strftime("%Y-%m-%d %H:%M:%S %Z"),
            )
        )

    def _arm_timer(self) -> None:
        # Align on the real wall clock: the injected clock may be frozen in tests.
        millis = datetime.now(UTC).microsecond // 1000
        self._timer.start(1000 - millis + _TICK_SLACK_MS)

    def _on_timer_timeout(self) -> None:
        self.refresh()
        self._arm_timer()
