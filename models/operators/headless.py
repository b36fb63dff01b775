"""Who a headless command acts as, and what it may do: the OS user and the database role.

Contract: headless commands (``record``, ``drill run --headless``,
``audit``, ``replay``, ``report``, ``stats``, ``operators``) never prompt
for a sign-in. ``identify(store, os_user=None, command="")`` returns a
``HeadlessIdentity``:

- ``os_user``: the account running the command (``getpass.getuser()``);
- ``db_role``: on PostgreSQL the role the connection authenticated as
  (``current_user``), ``None`` on SQLite; ``db_kind``: ``"owner"`` (the
  events table's owner or a superuser), ``"recorder"`` (a member of
  ``dispatch_recorder``), ``"position"`` (a member of ``dispatch_position``
  and neither of the former) or ``"other"``;
- ``operator``/``role``: the store's operator whose name is the OS user
  (the link between an account and an operator is the name), with their
  role, when there is one (``OperatorError`` when that account is
  disabled: a disabled operator does nothing headless either);
- ``purpose`` (``live``/``drill``, from the store) and, on a drill store,
  ``trainer``: who started the drill (its ``drill.started`` event).

``identity.check(action)`` raises ``Refused`` (the message names the role
needed and who the command ran as) or returns. The rule: an OS user linked
to an operator acts with that operator's role (``models.operators.roles``;
on a drill store with ``drill=True``); an OS user who is no operator acts
with the rights of what they hold, the store itself: full rights on an
SQLite file they can open, full rights on PostgreSQL when connected as the
owner, a superuser, the recorder's role or any role that is not a
position's; a position's database role alone has no operator behind it and
is refused every supervisor action. On a drill store, the trainer who
started the drill may replay it and report on it (``drill.replay``,
``drill.report``).

``database_identity(store)``: that role and its kind alone.

``check_records(identity)``: only the recorder's role (or the owner) may
write link frames on PostgreSQL; a position's role is refused before any
link starts (the store's trigger would refuse each frame).

``identity.payload(command)`` is what the command writes into the log
(``headless.started``, source ``system``: ``started_event``) where it
writes, so the log says who ran it: OS user, host, process, database role,
operator and role.
"""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from models.operators.manage import OperatorError
from models.operators.roles import SUPERVISOR, TRAINER, Refused, describe, require
from models.store.events import NewEvent

if TYPE_CHECKING:
    from models.store.engine import Store

HEADLESS_STARTED = "headless.started"
OWNER, RECORDER, POSITION, OTHER = "owner", "recorder", "position", "other"

_PG_WHO = text(
    """
    SELECT current_user AS role,
           current_setting('is_superuser') = 'on'
             OR pg_has_role(current_user,
                            (SELECT relowner FROM pg_class
                             WHERE oid = to_regclass('events')), 'USAGE') AS owner,
           to_regrole('dispatch_recorder') IS NOT NULL
             AND pg_has_role(current_user, 'dispatch_recorder', 'MEMBER') AS recorder,
           to_regrole('dispatch_position') IS NOT NULL
             AND pg_has_role(current_user, 'dispatch_position', 'MEMBER') AS position
    """
)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container), no USER variable
        return f"uid{os.getuid()}" if hasattr(os, "getuid") else "unknown"


@dataclass(frozen=True, slots=True)
class HeadlessIdentity:
    os_user: str
    db_role: str | None = None
    db_kind: str = OWNER  # SQLite: whoever can open the file holds it all
    operator: str | None = None
    role: str | None = None
    purpose: str = "live"
    trainer: str | None = None

    @property
    def drill(self) -> bool:
        return self.purpose == "drill"

    @property
    def name(self) -> str:
        """The name the command acts under: the operator, else the OS user."""
        return self.operator or self.os_user

    def describe(self) -> str:
        parts = [f"OS user {self.os_user}"]
        if self.operator is not None:
            parts.append(f"operator {self.operator} ({self.role})")
        else:
            parts.append("no operator of this store")
        if self.db_role is not None:
            parts.append(f"database role {self.db_role} ({self.db_kind})")
        return ", ".join(parts)

    def check(self, action: str) -> None:
        """Return if this identity may do ``action`` on its store, else raise ``Refused``."""
        if self.drill and action in ("drill.replay", "drill.report"):
            if self.trainer is not None and self.name == self.trainer:
                return  # the drill's own trainer
        if self.role is not None:
            try:
                require(self.role, action, drill=self.drill)
            except Refused as exc:
                raise Refused(
                    exc.action, exc.role, exc.needed, f"{exc} (as {self.describe()})"
                ) from None
            return
        if self.db_kind == POSITION:
            needed = frozenset({SUPERVISOR, TRAINER} if self.drill else {SUPERVISOR})
            raise Refused(
                action,
                None,
                needed,
                f"{describe(action)} is refused: database role {self.db_role} is a position's "
                f"role and OS user {self.os_user} is no operator of this store; run it as an "
                f"operator with the {' or '.join(sorted(needed))} role, or connect with the "
                "store owner's or the recorder's role",
            )
        # Holding the store (the file, or a role that is not a position's) is the right.

    def payload(self, command: str) -> dict[str, Any]:
        return {
            "command": command,
            "os_user": self.os_user,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "db_role": self.db_role,
            "db_kind": self.db_kind,
            "operator": self.operator,
            "role": self.role,
        }


def started_event(identity: HeadlessIdentity, command: str, now: datetime) -> NewEvent:
    """The event a writing headless command appends first: who it runs as."""
    return NewEvent("system", HEADLESS_STARTED, now, identity.payload(command))


def check_records(identity: HeadlessIdentity) -> None:
    """Refuse a position's database role as a recorder (only the recorder's may write frames)."""
    if identity.db_kind == POSITION:
        raise Refused(
            "link.record",
            None,
            frozenset(),
            f"database role {identity.db_role} is a position's role (dispatch_position): only "
            "the recorder's role (dispatch_recorder) or the store's owner may write link "
            "frames; connect the recorder with its own role",
        )


def database_identity(store: Store) -> tuple[str | None, str]:
    """(the connecting database role or None on SQLite, its kind: owner|recorder|position|other)."""
    if store.engine.dialect.name != "postgresql":
        return None, OWNER
    with store.engine.connect() as conn:
        row = conn.execute(_PG_WHO).one()
    if row.owner:
        kind = OWNER
    elif row.recorder:
        kind = RECORDER
    elif row.position:
        kind = POSITION
    else:
        kind = OTHER
    return str(row.role), kind


def store_purpose(store: Store) -> str:
    """``live`` or ``drill``, as the store says (a store from before purposes: live)."""
    from models.store.queries import store_info

    try:
        with store.engine.connect() as conn:
            found = store_info(conn, "purpose")
    except SQLAlchemyError:  # no store_info table: a store older than purposes
        return "live"
    return found or "live"


def drill_trainer(store: Store) -> str | None:
    """The trainer named by the drill store's first ``drill.started``, if any."""
    from models.store.schema import events_table

    stmt = (
        select(events_table.c.payload)
        .where(events_table.c.kind == "drill.started")
        .order_by(events_table.c.seq)
        .limit(1)
    )
    with store.engine.connect() as conn:
        payload = conn.execute(stmt).scalar_one_or_none()
    if isinstance(payload, dict) and isinstance(payload.get("trainer"), str):
        return payload["trainer"]
    return None


def identify(store: Store, user: str | None = None) -> HeadlessIdentity:
    """Who a headless command on ``store`` runs as (``OperatorError``: a disabled account)."""
    from models.operators.state import load_operators

    user = user or os_user()
    db_role, db_kind = database_identity(store)
    purpose = store_purpose(store)
    operator = load_operators(store).operator(user)
    if operator is not None and operator.disabled:
        raise OperatorError(f"the operator account {user} is disabled: it does nothing headless")
    return HeadlessIdentity(
        os_user=user,
        db_role=db_role,
        db_kind=db_kind,
        operator=operator.name if operator is not None else None,
        role=operator.role if operator is not None else None,
        purpose=purpose,
        trainer=drill_trainer(store) if purpose == "drill" else None,
    )
