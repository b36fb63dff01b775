"""The dispatch controller's part in reaching the units (a mixin of
``DispatchController``, kept apart so the controller stays readable).

Contract (the controller's, see ``console.controllers.dispatch``): ``reach``
is the session's ``console.services.reach.ReachService`` (None: the site has
no ``[reach]`` links); ``_resend(intent)`` and ``_voice(unit)`` run
``RESEND <unit> [<link>]`` and ``VOICE <unit>`` (refused with the reason when
there is no paging or radio link); ``reach_lines(incident_id)`` gives the
incident card's "Reached" column, each unit's newest notice (and each partner
it was handed over to) as ``describe_notice(notice)`` words it in the
console's language, values isolated in a right-to-left console
(``Notice.describe()`` stays the Qt-free English). Texts keep the
controller's translation context (``DispatchController``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.controllers import command_grammar as grammar
from console.services.dispatch import DispatchError
from models.dispatch.reach import STAGES, Notice
from widgets.bidi import shown_isolated, shown_ltr


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchController", text)


class DispatchReach:
    """Mixed into ``DispatchController``: the attributes it reads are the controller's."""

    reach: Any
    service: Any
    window: Any

    def _reach_service(self) -> Any:
        if self.reach is None:
            raise DispatchError(
                _tr("this site has no paging or radio links ([reach] in site.toml)")
            )
        return self.reach

    async def _resend(self, intent: grammar.ResendPage) -> None:
        notice_id = await self._reach_service().resend(intent.unit, intent.link)
        self.window.statusBar().showMessage(
            _tr("{unit} paged again ({notice})").format(unit=intent.unit, notice=notice_id),
            5000,
        )

    async def _voice(self, unit: str) -> None:
        await self._reach_service().voice(unit)

    def reach_lines(self, incident_id: str | None) -> dict[str, tuple[str, bool]]:
        """Call sign -> (where its newest notice stands, alarm standing) for the card:
        the units committed to it, and each partner it was handed over to (by name)."""
        if not incident_id:
            return {}
        notices = self.service.state.reach.latest(incident_id)
        committed = {
            a.call_sign
            for a in self.service.state.assignments.get(incident_id, [])
            if a.released is None
        }
        return {
            unit: (self.describe_notice(notice), bool(notice.alarm) and not notice.ended)
            for unit, notice in notices.items()
            if unit in committed or notice.kind == "eido"
        }

    def describe_notice(self, notice: Notice) -> str:
        """``Notice.describe()`` in the console's language: the path and the furthest
        step ("radio 2041: link acknowledged — NO CREW ACKNOWLEDGEMENT"), values isolated
        in a right-to-left console."""
        stages = {
            "queued": _tr("queued"),
            "sent": _tr("sent"),
            "link_ack": _tr("link acknowledged"),
            "delivered": _tr("delivered"),
            "read": _tr("read"),
            "accepted": _tr("accepted"),
        }
        if notice.voice:
            where = _tr("reached by voice")
        elif notice.rejected:
            where = _tr("rejected")
        elif notice.completed:
            where = _tr("completed")
        elif notice.failed and STAGES.index(notice.stage) < STAGES.index("link_ack"):
            where = _tr("FAILED: {reason}").format(reason=shown_isolated(notice.failed))
        else:
            where = stages.get(notice.stage, shown_ltr(notice.stage))
        if notice.alarm and not notice.ended:
            alarm = (
                _tr("NO LINK ACKNOWLEDGEMENT")
                if notice.alarm == "link"
                else _tr("NO CREW ACKNOWLEDGEMENT")
            )
            where = f"{where} — {alarm}"
        return _tr("{link} {address}: {step}").format(
            link=shown_ltr(notice.link), address=shown_ltr(notice.address), step=where
        )
