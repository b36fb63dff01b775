"""Roles and their permissions: one table, and the check every service makes.

Contract: ``ROLES`` are ``call-taker``, ``dispatcher``, ``supervisor``,
``trainer`` and ``administrator``. ``PERMISSIONS`` maps each action (a
short dotted name, e.g. ``"incident.dispatch"``) to the roles allowed to do
it; it is the only place rights are written down. ``permission_for(action)``
returns those roles (``KeyError`` for an unknown action: a typo must not
silently allow or refuse). ``require(operator_role, action, drill=False)``
returns None when allowed and raises ``Refused`` otherwise, whose message
names the action and the role(s) that may do it ("closing an incident needs
the dispatcher or supervisor role; you are call-taker"). A trainer acts
only in drills (``drill=True``): on a live store every action is refused to
a trainer, drill actions are refused on a live store, and in a drill a
trainer may only run, inject, replay and report (the trainees act under
their own roles); the live store's replay and reports are the supervisor's.
``None`` as the role (nobody signed in) is refused everything.

``Refused`` is a ``models.refusal.Refusal``: the action's description and the
role names are phrases marked for translation (context ``Refusal``), so the
console shows the refusal in its language while ``str()`` stays English.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from models.refusal import QT_TRANSLATE_NOOP, Refusal

CALL_TAKER = QT_TRANSLATE_NOOP("Refusal", "call-taker")
DISPATCHER = QT_TRANSLATE_NOOP("Refusal", "dispatcher")
SUPERVISOR = QT_TRANSLATE_NOOP("Refusal", "supervisor")
TRAINER = QT_TRANSLATE_NOOP("Refusal", "trainer")
ADMINISTRATOR = QT_TRANSLATE_NOOP("Refusal", "administrator")

ROLES: tuple[str, ...] = (CALL_TAKER, DISPATCHER, SUPERVISOR, TRAINER, ADMINISTRATOR)

_CT = frozenset({CALL_TAKER, DISPATCHER, SUPERVISOR})  # dispatchers and supervisors take calls too
_DISP = frozenset({DISPATCHER, SUPERVISOR})
_SUP = frozenset({SUPERVISOR})
_ADMIN = frozenset({SUPERVISOR, ADMINISTRATOR})
_DRILL = frozenset({TRAINER, SUPERVISOR})

# action -> (roles allowed, what the action is, for messages)
_TABLE: dict[str, tuple[frozenset[str], str]] = {
    "call.answer": (_CT, QT_TRANSLATE_NOOP("Refusal", "answering a call")),
    "call.locate": (_CT, QT_TRANSLATE_NOOP("Refusal", "locating a call")),
    "incident.create": (_CT, QT_TRANSLATE_NOOP("Refusal", "creating an incident")),
    "incident.note": (_CT, QT_TRANSLATE_NOOP("Refusal", "adding a note to an incident")),
    "incident.recommend": (_DISP, QT_TRANSLATE_NOOP("Refusal", "asking for a recommendation")),
    "incident.dispatch": (_DISP, QT_TRANSLATE_NOOP("Refusal", "dispatching units")),
    "unit.status": (_DISP, QT_TRANSLATE_NOOP("Refusal", "setting a unit's status")),
    "incident.close": (_DISP, QT_TRANSLATE_NOOP("Refusal", "closing an incident")),
    "alert.handle": (_DISP, QT_TRANSLATE_NOOP("Refusal", "handling an alert")),
    "incident.reopen": (_SUP, QT_TRANSLATE_NOOP("Refusal", "reopening an incident")),
    "refusal.override": (_SUP, QT_TRANSLATE_NOOP("Refusal", "overriding a refusal")),
    "store.replay": (_SUP, QT_TRANSLATE_NOOP("Refusal", "replaying the live store")),
    "store.report": (_SUP, QT_TRANSLATE_NOOP("Refusal", "writing a report from the live store")),
    "operators.manage": (_ADMIN, QT_TRANSLATE_NOOP("Refusal", "managing operators")),
    "operators.role": (
        frozenset({ADMINISTRATOR}),
        QT_TRANSLATE_NOOP("Refusal", "changing an operator's role"),
    ),
    "site.configure": (
        frozenset({ADMINISTRATOR}),
        QT_TRANSLATE_NOOP("Refusal", "changing the site's configuration"),
    ),
    "drill.run": (_DRILL, QT_TRANSLATE_NOOP("Refusal", "running a drill")),
    "drill.inject": (_DRILL, QT_TRANSLATE_NOOP("Refusal", "injecting into a drill")),
    "drill.replay": (_DRILL, QT_TRANSLATE_NOOP("Refusal", "replaying a drill")),
    "drill.report": (_DRILL, QT_TRANSLATE_NOOP("Refusal", "writing a report from a drill store")),
}

PERMISSIONS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {action: roles for action, (roles, _what) in _TABLE.items()}
)
DRILL_ACTIONS = frozenset({"drill.run", "drill.inject", "drill.replay", "drill.report"})


class Refused(Refusal):
    """An action the operator's role may not do; ``str()`` is the message for a person
    (``message`` a template of ``values``, see ``models.refusal``)."""

    def __init__(
        self,
        action: str,
        role: str | None,
        needed: frozenset[str],
        message: str,
        /,
        **values: Any,
    ) -> None:
        super().__init__(message, **values)
        self.action = action
        self.role = role
        self.needed = needed


def permission_for(action: str) -> frozenset[str]:
    """The roles that may do ``action``; ``KeyError`` names an unknown action."""
    try:
        return _TABLE[action][0]
    except KeyError:
        raise KeyError(f"unknown action {action!r}") from None


def describe(action: str) -> str:
    return _TABLE[action][1] if action in _TABLE else action


def _phrase(text: str) -> Refusal:
    """A role's name or an action's description as a phrase translated where shown."""
    return Refusal(text)


def _names(roles: frozenset[str]) -> Refusal:
    """ "the dispatcher role", "the dispatcher or supervisor role", ... as a phrase."""
    ordered = [_phrase(role) for role in ROLES if role in roles]
    if len(ordered) == 1:
        return Refusal(QT_TRANSLATE_NOOP("Refusal", "the {role} role"), role=ordered[0])
    if len(ordered) == 2:
        return Refusal(
            QT_TRANSLATE_NOOP("Refusal", "the {first} or {second} role"),
            first=ordered[0],
            second=ordered[1],
        )
    if len(ordered) == 3:
        return Refusal(
            QT_TRANSLATE_NOOP("Refusal", "the {first}, {second} or {third} role"),
            first=ordered[0],
            second=ordered[1],
            third=ordered[2],
        )
    return Refusal(", ".join(str(role) for role in ordered))


def allowed(role: str | None, action: str, drill: bool = False) -> bool:
    try:
        require(role, action, drill)
    except Refused:
        return False
    return True


def require(role: str | None, action: str, drill: bool = False) -> None:
    """Return if ``role`` may do ``action`` (in a drill when ``drill``), else raise ``Refused``."""
    needed = permission_for(action)
    what = _phrase(describe(action))
    if role is None:
        template = QT_TRANSLATE_NOOP("Refusal", "{what} needs a signed-in operator with {roles}")
        raise Refused(action, role, needed, template, what=what, roles=_names(needed))
    if role == TRAINER and not drill:
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{what} is refused: a trainer acts only in drills, never live"
        )
        raise Refused(action, role, needed, template, what=what)
    if action in DRILL_ACTIONS and not drill:
        template = QT_TRANSLATE_NOOP("Refusal", "{what} happens only on a drill store")
        raise Refused(action, role, needed, template, what=what)
    if role not in needed:
        template = QT_TRANSLATE_NOOP("Refusal", "{what} needs {roles}; you are {role}")
        raise Refused(
            action, role, needed, template, what=what, roles=_names(needed), role=_phrase(role)
        )
