"""The position's operator on screen: sign-in, shift change, lock, operators, break-glass.

Contract: ``OperatorConsole(session, operator, desk, name="")`` is made by
``ConsoleSession.start`` on a live store (never for a drill, a replay or a
screenshot: those act as the OS user and never prompt) once the store is
open. ``start()`` shows the Operator menu and, when nobody is signed in
here, opens the sign-in dialog (``widgets.signin_dialog``); the name is
pre-filled from ``--operator``. Everything decided is decided by
``OperatorDesk`` and stored as events; this module only wires dialogs to it:

- Sign-in: a refusal is shown in the dialog (wrong password and back-off,
  unknown, disabled, signed in elsewhere, database unreachable); the
  dialog closes only once the sign-in is committed. A sign-in submitted but
  not confirmed in time is shown as not signed in; should the database
  store it later, the position counts as signed in from then on and the
  dialog closes. When the refusal is
  the database's and the site allows it, the dialog offers break-glass.
  Dismissed without signing in, the position stays without an operator:
  every action is refused, the status bar says so in red.
- Operator menu: Change operator (a shift change: the dialog over the
  signed-in operator, ``operator.changed``), Lock position, Sign out, and
  Manage operators (``widgets.operators_dialog``; the services of
  ``models.operators.manage`` check the role: a refusal names it).
- Idle lock: after ``[operators] idle_lock_minutes`` without a key or a
  click, the position locks (``widgets.idle_lock``) unless a call rings, a
  call answered here is in progress, an alert is unacknowledged or a page
  is not acknowledged: then
  it waits for the next idle period. Unlock: the same operator's password,
  or a shift change. An operator without a password (the first
  administrator on a new store) has nothing to unlock with: no lock then,
  the status bar says why.
- Who is signed in changes elsewhere too (disabled by a supervisor at
  another position, signed out, a break-glass session's time up): the
  status bar follows every committed operator event, and a position left
  without an operator opens the sign-in dialog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from widgets.bidi import shown_isolated, shown_ltr
from widgets.idle_lock import IdleLockOverlay, IdleWatch
from widgets.operators_dialog import OperatorRow, OperatorsDialog
from widgets.signin_dialog import SignInDialog

if TYPE_CHECKING:
    from console.session.operator import PositionOperator
    from console.session.operator_desk import OperatorDesk

_LOGGER = logging.getLogger(__name__)

BREAK_GLASS_CHECK_MS = 1_000


def role_label(role: str) -> str:
    """A role's name in the console's language (the roles are marked ``Refusal`` in
    ``models.operators.roles``), isolated in a right-to-left console."""
    return shown_isolated(QCoreApplication.translate("Refusal", role))


def _name(name: str) -> str:
    return shown_isolated(name)


class OperatorConsole(QObject):
    def __init__(
        self,
        session: Any,  # console.session.live.ConsoleSession (which imports this module)
        operator: PositionOperator,
        desk: OperatorDesk,
        name: str = "",
    ) -> None:
        super().__init__(session)
        self.session = session
        self.window = session.window
        self.operator = operator
        self.desk = desk
        self.prefill = name
        self.dialog: SignInDialog | None = None
        self.operators_dialog: OperatorsDialog | None = None
        self.overlay = IdleLockOverlay(self.window)
        self.overlay.sigUnlockRequested.connect(self._on_overlay_unlock_requested)
        self.overlay.sigChangeOperatorRequested.connect(self._on_change_operator)
        self.idle = IdleWatch(operator.policy.idle_lock_minutes * 60.0, self)
        self.idle.sigIdle.connect(self._on_idle_idle)
        self._glass_timer = QTimer(self)
        self._glass_timer.setInterval(BREAK_GLASS_CHECK_MS)
        self._glass_timer.timeout.connect(self._on_glass_timer_timeout)
        self._tasks: set[asyncio.Task[Any]] = set()
        # A sign-in the database did not confirm in time: it counts if and when it is stored.
        self._awaiting: str | None = None
        operator.add_listener(self._on_operator_changed)

    def start(self) -> None:
        window = self.window
        window.show_operator_menu()
        window.sigChangeOperatorRequested.connect(self._on_change_operator)
        window.sigSignOutRequested.connect(self._on_sign_out_requested)
        window.sigLockRequested.connect(self._on_lock_requested)
        window.sigOperatorsRequested.connect(self._on_operators_requested)
        self.idle.install()
        self._glass_timer.start()
        self._show_who()
        if self.operator.session() is None:
            self.open_sign_in()

    def stop(self) -> None:
        self.idle.uninstall()
        self._glass_timer.stop()

    def _run(self, action: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(action)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- who is here ----------------------------------------------------------------

    def _show_who(self) -> None:
        op = self.operator
        session = op.session()
        glass = op.break_glass
        if glass is not None and session is not None:
            left = max(0, int((glass.until - datetime.now(UTC)).total_seconds() // 60))
            text = self.tr("EMERGENCY SESSION: {name} ({role}), {left} min left").format(
                name=_name(glass.name), role=role_label(glass.role), left=shown_ltr(left)
            )
            self.window.set_operator_status(text, alarm=True)
        elif session is None:
            self.window.set_operator_status(
                self.tr("NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)"),
                alarm=True,
            )
        else:
            text = self.who(session.name, session.role)
            if op.holds_store:
                text = self.tr("{who} — no password yet: full rights of this store file").format(
                    who=text
                )
            if op.locked:
                text = self.tr("{who} — LOCKED").format(who=text)
            self.window.set_operator_status(text)

    def banner_text(self) -> str | None:
        """The loud line for the window's banner while an emergency session runs."""
        glass = self.operator.break_glass
        if glass is None:
            return None
        return self.tr(
            "BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}"
        ).format(
            name=_name(glass.name),
            position=shown_ltr(self.operator.position),
            until=shown_ltr(f"{glass.until:%H:%M}"),
            reason=shown_isolated(glass.reason),
        )

    def who(self, name: str, role: str) -> str:
        """The operator as "name (role)" in the console's language."""
        return self.tr("{name} ({role})").format(name=_name(name), role=role_label(role))

    def _on_operator_changed(self) -> None:
        self._show_who()
        self.session.refresh_banner()
        session = self.operator.session()
        if self._awaiting is not None and session is not None and session.name == self._awaiting:
            # The late sign-in is stored now: it counts from this moment, not before.
            self._awaiting = None
            self.operator.unlock()
            self.overlay.hide()
            if self.dialog is not None:
                self.dialog.done_signed_in()
            self.window.statusBar().showMessage(
                self.tr("signed in as {name}: the database has stored it").format(
                    name=_name(session.name)
                ),
                10_000,
            )
        if self.operators_dialog is not None and self.operators_dialog.isVisible():
            self._fill_operators()
        if (
            self.operator.session() is None
            and self.dialog is None
            and not self.overlay.locked
            and not self.desk._lock.locked()  # an outcome being stored decides itself
        ):
            self.open_sign_in()

    # -- sign-in ----------------------------------------------------------------------

    def open_sign_in(self, *, change: bool = False) -> SignInDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        site = self.session.site.name
        current = self.operator.session()
        title = (
            self.tr("Change operator — {name} hands over").format(name=_name(current.name))
            if change and current is not None
            else None
        )
        dialog = SignInDialog(self.window, site, self.operator.position, self.prefill, title)
        dialog.sigSignInRequested.connect(self._on_dialog_sign_in_requested)
        dialog.sigBreakGlassRequested.connect(self._on_dialog_break_glass_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._show_who()

    def _on_dialog_sign_in_requested(self, name: str, password: str) -> None:
        self._run(self._sign_in(name, password))

    async def _sign_in(self, name: str, password: str) -> None:
        outcome = await self.desk.sign_in(name, password)
        dialog = self.dialog
        if outcome.ok:
            self.prefill = name
            self.overlay.hide()
            self.idle.touch()
            if dialog is not None:
                dialog.done_signed_in()
            self.window.statusBar().showMessage(outcome.message, 10_000)
        elif dialog is not None:
            dialog.refuse(outcome.message)
            if outcome.pending:
                self._awaiting = name  # submitted, not confirmed: it may still be stored
            if outcome.offline and self.operator.policy.break_glass_minutes > 0:
                dialog.offer_break_glass(self.operator.policy.break_glass_minutes)
        self._show_who()

    def _on_dialog_break_glass_requested(self, name: str, reason: str) -> None:
        self._run(self._break_glass(name, reason))

    async def _break_glass(self, name: str, reason: str) -> None:
        outcome = await self.desk.break_glass(name, reason)
        if outcome.ok:
            self.overlay.hide()
            if self.dialog is not None:
                self.dialog.done_signed_in()
        elif self.dialog is not None:
            self.dialog.refuse(outcome.message)
        self._show_who()

    def _on_glass_timer_timeout(self) -> None:
        glass = self.operator.break_glass
        if glass is None:
            return
        if datetime.now(UTC) >= glass.until:
            self._run(self._end_glass("time is up"))
        self._show_who()

    async def _end_glass(self, reason: str) -> None:
        await self.desk.end_break_glass(reason)
        self._show_who()
        self.session.refresh_banner()
        if self.operator.session() is None:
            self.open_sign_in()

    # -- the Operator menu ---------------------------------------------------------------

    def _on_change_operator(self) -> None:
        self.open_sign_in(change=True)

    def _on_sign_out_requested(self) -> None:
        self._run(self._sign_out())

    async def _sign_out(self) -> None:
        outcome = await self.desk.sign_out()
        self.window.statusBar().showMessage(outcome.message, 10_000)
        if outcome.ok:
            self.overlay.hide()
            self.open_sign_in()
        self._show_who()

    def _on_lock_requested(self) -> None:
        self.lock()

    # -- the idle lock ------------------------------------------------------------------------

    def lock_forbidden(self) -> str | None:
        """Why the position must not lock now, or None."""
        session = self.session
        calls = session.calls
        if calls is not None:
            if any(c.state == "ringing" for c in calls.state.active_calls()):
                return "a call is ringing"
            if calls.active_here():
                return "a call is in progress at this position"
        if session.alerts is not None and any(
            a.state == "new" for a in session.alerts.state.active_alerts()
        ):
            return "an alert is not acknowledged"
        if getattr(session, "_reach_banner", None):
            return "a page is not acknowledged"
        return None

    def _on_idle_idle(self) -> None:
        why = self.lock_forbidden()
        if why is not None:
            _LOGGER.info("idle, not locking: %s", why)
            self.idle.touch()
            return
        self.lock()

    def lock(self) -> None:
        session = self.operator.session()
        if session is None or self.operator.break_glass is not None:
            return
        known = self.operator.state.operator(session.name)
        if known is None or known.password_hash is None:
            # Nothing to unlock with: a lock would shut the position for good.
            self.idle.touch()
            self.window.statusBar().showMessage(
                self.tr(
                    "{name} has no password, so this position cannot lock: set one "
                    "(dispatch-console operators passwd STORE {name})"
                ).format(name=_name(session.name)),
                10_000,
            )
            return
        self.operator.lock()
        self.overlay.show_locked(self.who(session.name, session.role))
        self._show_who()

    def _on_overlay_unlock_requested(self, password: str) -> None:
        self._run(self._unlock(password))

    async def _unlock(self, password: str) -> None:
        outcome = await self.desk.unlock(password)
        if outcome.ok:
            self.overlay.hide()
            self.idle.touch()
        else:
            self.overlay.refuse(outcome.message)
        self._show_who()

    # -- managing operators -------------------------------------------------------------------

    def _on_operators_requested(self) -> None:
        from models.operators.roles import ROLES

        if self.operators_dialog is None:
            dialog = OperatorsDialog(self.window, ROLES)
            dialog.sigAddRequested.connect(self._on_operators_add_requested)
            dialog.sigRoleRequested.connect(self._on_operators_role_requested)
            dialog.sigDisableRequested.connect(self._on_operators_disable_requested)
            dialog.sigPasswordRequested.connect(self._on_operators_password_requested)
            # Closed, the dialog is freed (widgets.dialogs.track_dialog): forget it then.
            dialog.finished.connect(self._on_operators_dialog_finished)
            self.operators_dialog = dialog
        self._fill_operators()
        self.operators_dialog.open()

    def _on_operators_dialog_finished(self, _result: int) -> None:
        self.operators_dialog = None

    def _fill_operators(self) -> None:
        state = self.operator.state
        rows = [
            OperatorRow(
                op.name,
                op.role,
                op.disabled,
                op.password_hash is not None,
                tuple(state.positions_of(op.name)),
            )
            for op in state.operators()
        ]
        if self.operators_dialog is not None:
            self.operators_dialog.set_operators(rows)

    def _manage(self, decide: Any, *args: Any, done: str) -> None:
        async def run() -> None:
            outcome = await self.desk.manage(decide, *args)
            if self.operators_dialog is not None:
                self.operators_dialog.show_result(
                    outcome.ok, done if outcome.ok else outcome.message
                )
                self._fill_operators()

        self._run(run())

    def _on_operators_add_requested(self, name: str, role: str, password: str) -> None:
        from models.operators.manage import add_operator

        done = self.tr("{name} added ({role})").format(name=_name(name), role=role_label(role))
        self._manage(add_operator, name, role, password, done=done)

    def _on_operators_role_requested(self, name: str, role: str) -> None:
        from models.operators.manage import change_role

        done = self.tr("{name} is now {role}").format(name=_name(name), role=role_label(role))
        self._manage(change_role, name, role, done=done)

    def _on_operators_disable_requested(self, name: str, reason: str) -> None:
        from models.operators.manage import disable_operator

        done = self.tr("{name} disabled").format(name=_name(name))
        self._manage(disable_operator, name, reason, done=done)

    def _on_operators_password_requested(self, name: str, password: str) -> None:
        from models.operators.manage import change_password

        done = self.tr("password of {name} changed").format(name=_name(name))
        self._manage(change_password, name, password, done=done)
