"""The session's link to the shared log, as the dispatcher sees it (a mixin of
``ConsoleSession``, kept apart so live.py stays readable).

Contract: the bridge's ``sigStoreHealth`` goes to ``_on_bridge_store_health``
and its ``sigConnection`` to ``_on_bridge_connection``. While the follower's
connection is lost (since when, and why) or commits fail, ``offline_reason``
says so (every operator action is refused with it) and a red banner tells
what the picture is; when both are well the banner shows the reach alarms
(``_reach_banner``, ``_reach_fault``) or goes. The break-glass notice of the
operator console, when there is one, leads the banner. ``refresh_banner()``
shows it all again (a recorder back, an emergency session's end). Texts keep
the session's translation context (``ConsoleSession``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from widgets.bidi import shown_isolated, shown_ltr


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsoleSession", text)


class SessionConnection:
    """Mixed into ``ConsoleSession``: the attributes it reads are the session's."""

    window: Any  # console.main_window.MainWindow
    operator_console: Any  # console.session.operator_console.OperatorConsole or None
    offline_reason: str | None
    _follower_lost: str | None
    _writer_failing: str | None
    _reach_banner: str | None
    _reach_fault: str | None

    def refresh_banner(self) -> None:
        """Recompute the banner (the connection's, the pages', an emergency session's)."""
        self._show_connection()

    def _on_bridge_store_health(self, healthy: bool, error: str | None) -> None:
        self._writer_failing = None if healthy else (error or "commits fail")
        self._show_connection()

    def _on_bridge_connection(self, connected: bool, error: str | None) -> None:
        if connected:
            self._follower_lost = None
        elif self._follower_lost is None:
            since = datetime.now().astimezone().strftime("%H:%M:%S")
            self._follower_lost = _tr("since {time}: {error}").format(
                time=shown_ltr(since), error=shown_isolated(error)
            )
        self._show_connection()

    def _show_connection(self) -> None:
        self._show_connection_banner()
        glass = self.operator_console.banner_text() if self.operator_console else None
        if glass:
            current = self.window.banner.text() if not self.window.banner.isHidden() else ""
            self.window.show_banner(f"{glass} · {current}" if current else glass)

    def _show_connection_banner(self) -> None:
        if self._follower_lost is not None:
            self.offline_reason = _tr(
                "the database connection is lost ({why}); the action was not recorded"
            ).format(why=self._follower_lost)
            self.window.show_banner(
                _tr(
                    "DATABASE CONNECTION LOST {why} — the picture is frozen as last known; "
                    "actions are refused until it returns"
                ).format(why=self._follower_lost)
            )
        elif self._writer_failing is not None:
            self.offline_reason = _tr(
                "the store cannot be written ({err}); the action was not recorded"
            ).format(err=self._writer_failing)
            self.window.show_banner(
                _tr(
                    "STORE FAILING — received data is held in memory and retried, "
                    "not yet stored; actions are refused: {err}"
                ).format(err=self._writer_failing)
            )
        else:
            self.offline_reason = None
            if self._reach_banner or self._reach_fault:
                self.window.show_banner(self._reach_banner or self._reach_fault)
            else:
                self.window.hide_banner()
