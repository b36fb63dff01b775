"""Who a headless command runs as, and whether it may: the check the evidence commands make.

Contract: ``refusal(store, live_action, drill_action, user=None) -> str |
None`` identifies the command's runner on an open store
(``models.operators.headless.identify``: the OS user, linked by name to an
operator of the store, and on PostgreSQL the connecting database role) and
checks ``live_action`` on a live store or ``drill_action`` on a drill store.
It returns None when the command may go on, else the message for a person
(the role needed, who the command ran as). Reading the operators is a
SELECT: an evidence store opened read-only stays untouched. Commands print
the message as ``PROG: refused: ...`` and exit 1.

The rule, for ``replay`` and ``report``: the live store's replay and
reports need the supervisor role (``store.replay``, ``store.report``); a
drill store's need the trainer or supervisor role, and the trainer who
started that drill may always (``drill.replay``, ``drill.report``). An OS
user who is no operator of the store acts with what they hold: an SQLite
file they can open, or a database role that is not a position's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.operators.headless import identify
from models.operators.manage import OperatorError
from models.operators.roles import Refused

if TYPE_CHECKING:
    from models.store.engine import Store


def refusal(
    store: Store, live_action: str, drill_action: str, user: str | None = None
) -> str | None:
    try:
        identity = identify(store, user)
        identity.check(drill_action if identity.drill else live_action)
    except (Refused, OperatorError) as exc:
        return str(exc)
    return None
