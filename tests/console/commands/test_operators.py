"""``dispatch-console operators ...``: add, passwd, role, disable, list, db-roles; never a prompt
when stdin is not a terminal; refusals name the role needed; every change is in the log."""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import make_url

from console.commands.operators import add_parser, operators_command
from models.operators import check_password, load_operators, sign_in
from models.store import open_store

ENV = {"NEW_PW": "correct horse"}


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dispatch-console")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["operators", *argv])


def _run(argv: list[str], user: str = "olli", stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = operators_command(_parse(argv), io.StringIO(stdin), out, err, ENV, user)
    return code, out.getvalue(), err.getvalue()


def _state(path: Path):  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{path}")
    try:
        return load_operators(store), store.latest_events(50)
    finally:
        store.close()


def test_first_add_makes_the_os_user_administrator(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    code, out, err = _run(["add", str(path), "anna", "--role", "dispatcher",
                           "--password-env", "NEW_PW"])  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "olli is this store's first administrator\nadded anna (dispatcher)\n"
    state, events = _state(path)
    assert state.operator("olli").role == "administrator"  # type: ignore[union-attr]
    anna = state.operator("anna")
    assert anna is not None and check_password(anna.password_hash, "correct horse")
    sources = [(e.kind, e.source) for e in reversed(events)]
    assert sources == [
        ("headless.started", "system"),
        ("operator.added", "system"),
        ("operator.added", "operator:olli"),
    ]
    who = events[-1].payload
    assert (who["command"], who["os_user"], who["operator"]) == ("operators add", "olli", "olli")
    assert who["role"] == "administrator" and who["db_role"] is None
    assert all("correct horse" not in json.dumps(e.payload) for e in events)


def test_passwd_from_a_file_descriptor_role_disable_and_list(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _run(["add", str(path), "anna", "--role", "dispatcher", "--password-env", "NEW_PW"])
    read, write = os.pipe()
    os.write(write, b"battery staple\n")
    os.close(write)
    try:
        code, out, _ = _run(["passwd", str(path), "anna", "--password-fd", str(read)])
    finally:
        os.close(read)
    assert (code, out) == (0, "password of anna changed\n")
    assert _run(["role", str(path), "anna", "supervisor"])[:2] == (0, "anna is now supervisor\n")
    state, _ = _state(path)
    assert sign_in(state, "p1", "anna", "battery staple", state_time()).ok
    assert _run(["disable", str(path), "anna", "--reason", "left"])[0] == 0
    code, out, _ = _run(["list", str(path)])
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split() == ["anna", "supervisor", "disabled"]
    assert lines[1].split() == ["olli", "administrator", "enabled,", "no", "password"]
    doc = json.loads(_run(["list", str(path), "--json"])[1])
    assert [o["name"] for o in doc["operators"]] == ["anna", "olli"]


def state_time():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_a_dispatcher_is_refused_with_the_role_named(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _run(["add", str(path), "dana", "--role", "dispatcher", "--password-env", "NEW_PW"])
    code, out, err = _run(
        ["add", str(path), "carl", "--role", "call-taker", "--password-env", "NEW_PW"],
        user="dana",
    )
    assert (code, out) == (1, "")
    assert err == (
        "dispatch-console operators add: managing operators needs the supervisor or "
        "administrator role; you are dispatcher\n"
    )
    assert load_names(path) == ["dana", "olli"]


def load_names(path: Path) -> list[str]:
    state, _ = _state(path)
    return [o.name for o in state.operators()]


def test_never_prompts_when_stdin_is_not_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    code, out, err = _run(["add", str(path), "anna", "--role", "dispatcher"], stdin="secret\n")
    assert (code, out) == (2, "")
    assert "stdin is not a terminal: use --password-env VAR or --password-fd N" in err
    assert not path.exists()  # nothing was opened, let alone created
    code, _, err = _run(["passwd", str(path), "anna", "--password-env", "NOT_SET"])
    assert code == 2 and "NOT_SET is not set" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["role", "{s}", "nobody", "dispatcher"], "no operator is named 'nobody'"),
        (["add", "{s}", "x y", "--role", "dispatcher", "--password-env", "NEW_PW"],
         "is not a usable operator name"),
        (["disable", "{s}", "olli"], "olli is the last administrator"),
    ],
)  # fmt: skip
def test_bad_requests_say_why(tmp_path: Path, argv: list[str], message: str) -> None:
    path = tmp_path / "s.sqlite"
    _run(["add", str(path), "anna", "--role", "dispatcher", "--password-env", "NEW_PW"])
    code, _, err = _run([a.format(s=path) for a in argv], user="root")
    assert code == 1 and message in err


def test_list_of_a_missing_store(tmp_path: Path) -> None:
    code, _, err = _run(["list", str(tmp_path / "none.sqlite")])
    assert code == 2 and "no store at" in err


def test_db_roles_on_postgresql(fresh_postgres_url: str) -> None:
    open_store(fresh_postgres_url).close()
    code, out, err = _run(["db-roles", fresh_postgres_url, "--position", "pos_t1",
                           "--recorder", "rec_t1"])  # fmt: skip
    assert (code, err) == (0, "")
    assert (
        out.splitlines()[0] == "groups dispatch_position, dispatch_recorder ready with their rights"
    )
    assert {line.split()[1] for line in out.splitlines()[1:]} == {"pos_t1", "rec_t1"}
    position = make_url(fresh_postgres_url).set(username="pos_t1")
    store = open_store(position.render_as_string(hide_password=False))
    store.close()  # a position's role opens the store


def test_db_roles_refuses_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(f"sqlite:///{path}").close()
    code, _, err = _run(["db-roles", str(path)])
    assert code == 2 and "SQLite has no database roles" in err


def test_a_positions_role_alone_may_not_manage_operators(fresh_postgres_url: str) -> None:
    import uuid

    role = f"pos_{uuid.uuid4().hex[:8]}"
    assert _run(["add", fresh_postgres_url, "anna", "--role", "dispatcher",
                 "--password-env", "NEW_PW"], user="olli")[0] == 0  # fmt: skip
    assert _run(["db-roles", fresh_postgres_url, "--position", role])[0] == 0
    position = make_url(fresh_postgres_url).set(username=role).render_as_string(False)
    code, out, err = _run(["disable", position, "anna"], user="mallory")
    assert (code, out) == (1, "")
    assert f"database role {role} is a position's role and OS user mallory is no operator" in err
    # The administrator at that position is who they are: the change goes through.
    code, out, err = _run(["disable", position, "anna"], user="olli")
    assert (code, err) == (0, "") and out == "anna disabled\n"
