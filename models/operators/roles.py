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
"""

from __future__ import annotations

from types import MappingProxyType

CALL_TAKER = "call-taker"
DISPATCHER = "dispatcher"
SUPERVISOR = "supervisor"
TRAINER = "trainer"
ADMINISTRATOR = "administrator"

ROLES: tuple[str, ...] = (CALL_TAKER, DISPATCHER, SUPERVISOR, TRAINER, ADMINISTRATOR)

_CT = frozenset({CALL_TAKER, DISPATCHER, SUPERVISOR})  # dispatchers and supervisors take calls too
_DISP = frozenset({DISPATCHER, SUPERVISOR})
_SUP = frozenset({SUPERVISOR})
_ADMIN = frozenset({SUPERVISOR, ADMINISTRATOR})
_DRILL = frozenset({TRAINER, SUPERVISOR})

# action -> (roles allowed, what the action is, for messages)
_TABLE: dict[str, tuple[frozenset[str], str]] = {
    "call.answer": (_CT, "answering a call"),
    "call.locate": (_CT, "locating a call"),
    "incident.create": (_CT, "creating an incident"),
    "incident.note": (_CT, "adding a note to an incident"),
    "incident.recommend": (_DISP, "asking for a recommendation"),
    "incident.dispatch": (_DISP, "dispatching units"),
    "unit.status": (_DISP, "setting a unit's status"),
    "incident.close": (_DISP, "closing an incident"),
    "alert.handle": (_DISP, "handling an alert"),
    "incident.reopen": (_SUP, "reopening an incident"),
    "refusal.override": (_SUP, "overriding a refusal"),
    "store.replay": (_SUP, "replaying the live store"),
    "store.report": (_SUP, "writing a report from the live store"),
    "operators.manage": (_ADMIN, "managing operators"),
    "operators.role": (frozenset({ADMINISTRATOR}), "changing an operator's role"),
    "site.configure": (frozenset({ADMINISTRATOR}), "changing the site's configuration"),
    "drill.run": (_DRILL, "running a drill"),
    "drill.inject": (_DRILL, "injecting into a drill"),
    "drill.replay": (_DRILL, "replaying a drill"),
    "drill.report": (_DRILL, "writing a report from a drill store"),
}

PERMISSIONS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {action: roles for action, (roles, _what) in _TABLE.items()}
)
DRILL_ACTIONS = frozenset({"drill.run", "drill.inject", "drill.replay", "drill.report"})


class Refused(Exception):
    """An action the operator's role may not do; ``str()`` is the message for a person."""

    def __init__(self, action: str, role: str | None, needed: frozenset[str], message: str):
        super().__init__(message)
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


def _names(roles: frozenset[str]) -> str:
    ordered = [role for role in ROLES if role in roles]
    if len(ordered) == 1:
        return f"the {ordered[0]} role"
    return "the " + ", ".join(ordered[:-1]) + f" or {ordered[-1]} role"


def allowed(role: str | None, action: str, drill: bool = False) -> bool:
    try:
        require(role, action, drill)
    except Refused:
        return False
    return True


def require(role: str | None, action: str, drill: bool = False) -> None:
    """Return if ``role`` may do ``action`` (in a drill when ``drill``), else raise ``Refused``."""
    needed = permission_for(action)
    what = describe(action)
    if role is None:
        raise Refused(
            action, role, needed, f"{what} needs a signed-in operator with {_names(needed)}"
        )
    if role == TRAINER and not drill:
        raise Refused(
            action, role, needed, f"{what} is refused: a trainer acts only in drills, never live"
        )
    if action in DRILL_ACTIONS and not drill:
        raise Refused(action, role, needed, f"{what} happens only on a drill store")
    if role not in needed:
        raise Refused(action, role, needed, f"{what} needs {_names(needed)}; you are {role}")
