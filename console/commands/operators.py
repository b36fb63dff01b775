"""``dispatch-console operators add|passwd|role|disable|list|db-roles STORE ...``.

Contract: ``add_parser(subparsers)`` registers the ``operators`` command
and its sub-commands on the CLI's sub-parsers; ``operators_command(args,
stdin, stdout, stderr, environ, os_user) -> exit code`` runs one. Imports
of the store happen inside the command (``decode`` stays fast).

It acts as the OS user (``os_user``, default ``getpass.getuser()``),
recorded as ``operator:<os user>``: on a store that has never had an
operator that user is first made its administrator (the same
``operator.added`` event the console's first start writes); when the OS
user is a known operator, their role must allow the change (a dispatcher
cannot add operators); when they are not, holding the store (the SQLite
file, or a database role that may write it) is the right, as for every
headless command (``models.operators.headless``), except through a
position's PostgreSQL role, which is refused (exit 1). Each change is
preceded in the log by ``headless.started`` naming the OS user, the
database role and the operator it acted as. Every change is an event in the one log.

Passwords are never prompted for when stdin is not a terminal: give
``--password-env VAR`` (the password is the variable's value) or
``--password-fd N`` (read from that file descriptor up to EOF; one trailing
newline dropped). On a terminal without either, it asks twice (no echo).
``list`` prints name, role, state and where each is signed in (``--json``:
one JSON document). ``db-roles`` (PostgreSQL, run by a database
administrator) creates the group roles and their rights
(``models.operators.db_roles``), and login roles for ``--position NAME`` and
``--recorder NAME``. Exit 0 on success; 1 when refused (the reason names
the role needed) or the request is bad (unknown name, short password, ...);
2 when the store cannot be opened or the password cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

PROG = "dispatch-console operators"
WRITE_TIMEOUT_S = 30.0


class _Stop(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def add_parser(sub: Any) -> None:
    """Register ``operators`` on the CLI's sub-parsers (``parser.add_subparsers(...)``)."""
    from models.operators.roles import ROLES

    ops = sub.add_parser("operators", help="manage operators and roles of a store")
    ops_sub = ops.add_subparsers(dest="operators_command", metavar="ACTION", required=True)

    def store_and_name(p: argparse.ArgumentParser) -> None:
        p.add_argument("operators_store", metavar="STORE", help="store file or URL")
        p.add_argument("name", help="the operator's name")

    def password_options(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group()
        group.add_argument("--password-env", metavar="VAR", help="read the password from $VAR")
        group.add_argument(
            "--password-fd", type=int, metavar="N", help="read the password from descriptor N"
        )

    add = ops_sub.add_parser("add", help="add an operator with a role and a password")
    store_and_name(add)
    add.add_argument("--role", required=True, choices=ROLES)
    password_options(add)
    passwd = ops_sub.add_parser("passwd", help="set an operator's password")
    store_and_name(passwd)
    password_options(passwd)
    role = ops_sub.add_parser("role", help="change an operator's role")
    store_and_name(role)
    role.add_argument("role", choices=ROLES)
    disable = ops_sub.add_parser("disable", help="disable an operator's account")
    store_and_name(disable)
    disable.add_argument("--reason", default="", help="why (stored with the event)")
    listing = ops_sub.add_parser("list", help="list operators, roles and who is signed in")
    listing.add_argument("operators_store", metavar="STORE", help="store file or URL")
    listing.add_argument("--json", dest="as_json", action="store_true", help="JSON output")
    roles = ops_sub.add_parser(
        "db-roles", help="PostgreSQL: create the position and recorder roles and their rights"
    )
    roles.add_argument("operators_store", metavar="STORE", help="postgresql:// URL")
    roles.add_argument("--position", action="append", default=[], metavar="NAME")
    roles.add_argument("--recorder", action="append", default=[], metavar="NAME")


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def read_password(
    args: argparse.Namespace, stdin: TextIO, environ: Mapping[str, str], stderr: TextIO
) -> str:
    """The new password from ``--password-env``/``--password-fd``, or asked on a terminal."""
    if getattr(args, "password_env", None):
        value = environ.get(args.password_env)
        if value is None:
            raise _Stop(2, f"the environment variable {args.password_env} is not set")
        return value
    if getattr(args, "password_fd", None) is not None:
        try:
            with os.fdopen(args.password_fd, "rb", closefd=False) as source:
                data = source.read()
        except OSError as exc:
            raise _Stop(2, f"cannot read descriptor {args.password_fd}: {exc.strerror}") from None
        text = data.decode("utf-8", errors="strict")
        return text[:-1] if text.endswith("\n") else text
    if not stdin.isatty():
        raise _Stop(
            2,
            "no password given and stdin is not a terminal: use --password-env VAR or "
            "--password-fd N (never a password on the command line)",
        )
    import getpass

    first = getpass.getpass("New password: ", stream=stderr)
    if getpass.getpass("Again: ", stream=stderr) != first:
        raise _Stop(1, "the two passwords differ")
    return first


def operators_command(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    environ: Mapping[str, str] | None = None,
    os_user: str | None = None,
) -> int:
    environ = os.environ if environ is None else environ
    try:
        return _run(args, stdin, stdout, stderr, environ, os_user or _os_user())
    except _Stop as stop:
        print(f"{PROG} {args.operators_command}: {stop}", file=stderr)
        return stop.code


def _run(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    environ: Mapping[str, str],
    os_user: str,
) -> int:
    from console.config.store_argument import StoreArgumentError, store_url_from_argument
    from models.store import StoreError, open_store

    action = args.operators_command
    password = None
    if action in ("add", "passwd"):
        password = read_password(args, stdin, environ, stderr)  # before opening anything
    try:
        url = store_url_from_argument(args.operators_store, must_exist=action != "add")
    except StoreArgumentError as exc:
        raise _Stop(2, str(exc)) from None
    if action == "db-roles":
        return _db_roles(url, args, stdout)
    try:
        store = open_store(url)
    except StoreError as exc:
        raise _Stop(2, str(exc)) from None
    try:
        if action == "list":
            return _list(store, args.as_json, stdout)
        return _change(store, action, args, password, os_user, stdout)
    finally:
        store.close()


def _change(store: Any, action: str, args: argparse.Namespace, password: str | None,
            os_user: str, stdout: TextIO) -> int:  # fmt: skip
    from models import operators as ops
    from models.operators.headless import (
        POSITION,
        HeadlessIdentity,
        database_identity,
        started_event,
    )
    from models.store import GroupCommitWriter

    now = datetime.now(UTC)
    state = ops.load_operators(store)
    try:
        events = ops.first_administrator(state, os_user, now)
        _apply(state, events)
        actor = ops.headless_actor(state, os_user)
        db_role, db_kind = database_identity(store)
        if actor.role is None and db_kind == POSITION:
            raise _Stop(
                1,
                f"managing operators is refused: database role {db_role} is a position's "
                f"role and OS user {os_user} is no operator of this store; run it as an "
                "operator with the supervisor or administrator role, or connect with the "
                "store owner's role",
            )
        who = HeadlessIdentity(os_user, db_role, db_kind, actor.name if actor.role else None,
                               actor.role)  # fmt: skip
        events.insert(0, started_event(who, f"operators {action}", now))
        if action == "add":
            assert password is not None
            events += ops.add_operator(state, actor, args.name, args.role, password, now)
            done = f"added {args.name} ({args.role})"
        elif action == "passwd":
            assert password is not None
            events += ops.change_password(state, actor, args.name, password, now)
            done = f"password of {args.name} changed"
        elif action == "role":
            events += ops.change_role(state, actor, args.name, args.role, now)
            done = f"{args.name} is now {args.role}"
        else:
            events += ops.disable_operator(state, actor, args.name, args.reason, now)
            done = f"{args.name} disabled"
    except (ops.Refused, ops.OperatorError) as exc:
        raise _Stop(1, str(exc)) from None
    with GroupCommitWriter(store, window_s=0) as writer:
        receipts = [writer.submit(event) for event in events]
        for receipt in receipts:
            receipt.result(WRITE_TIMEOUT_S)
    if any(e.kind == "operator.added" and e.source == "system" for e in events):
        print(f"{os_user} is this store's first administrator", file=stdout)
    print(done, file=stdout)
    return 0


def _apply(state: Any, events: list[Any]) -> None:
    for event in events:
        state.apply(event.kind, event.payload, event.rx_time)


def _list(store: Any, as_json: bool, stdout: TextIO) -> int:
    from models import operators as ops

    state = ops.load_operators(store)
    rows = [
        {
            "name": op.name,
            "role": op.role,
            "disabled": op.disabled,
            "password": op.password_hash is not None,
            "positions": state.positions_of(op.name),
            "failed_attempts": op.failures,
        }
        for op in state.operators()
    ]
    if as_json:
        print(json.dumps({"operators": rows}, indent=1), file=stdout)
        return 0
    if not rows:
        print("no operators yet (the first start makes the OS user the administrator)",
              file=stdout)  # fmt: skip
    for row in rows:
        state_text = "disabled" if row["disabled"] else "enabled"
        if not row["password"]:
            state_text += ", no password"
        where = ", signed in at " + ", ".join(row["positions"]) if row["positions"] else ""
        print(f"{row['name']:<24} {row['role']:<14} {state_text}{where}", file=stdout)
    return 0


def _db_roles(url: str, args: argparse.Namespace, stdout: TextIO) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from models.operators import db_roles
    from models.store.engine import normalise_url

    parsed = normalise_url(make_url(url))
    if parsed.get_backend_name() != "postgresql":
        raise _Stop(2, "db-roles is for PostgreSQL stores; SQLite has no database roles")
    engine = create_engine(parsed)
    try:
        with engine.begin() as conn:
            if not db_roles.can_create_roles(conn):
                raise _Stop(1, "the connecting role may not create roles: run as an administrator")
            db_roles.ensure_groups(conn)
            made = [
                (name, db_roles.create_login_role(conn, name, group))
                for names, group in (
                    (args.position, db_roles.POSITION_GROUP),
                    (args.recorder, db_roles.RECORDER_GROUP),
                )
                for name in names
            ]
    except ValueError as exc:
        raise _Stop(1, str(exc)) from None
    except SQLAlchemyError as exc:
        raise _Stop(2, f"cannot set up roles: {str(exc).splitlines()[0]}") from None
    finally:
        engine.dispose()
    print(f"groups {', '.join(db_roles.GROUPS)} ready with their rights", file=stdout)
    for name, new in made:
        print(f"role {name} {'created' if new else 'already existed'}", file=stdout)
    return 0
