"""Headless commands act as the OS user and the database role: replay and report rights.

Stores are real (SQLite files; PostgreSQL with a position's and the
recorder's login roles). The OS user is linked to an operator by name: a
dispatcher is refused the live store's replay and report (the message names
the supervisor role), a supervisor gets them, an OS user who is no operator
holds the file and gets them; on a drill store the trainer (by role, or as
the one who started the drill) may replay it, a dispatcher may not; on
PostgreSQL a position's role alone is refused, the owner's and the
recorder's are not.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url

from console.commands.replay import replay_command
from console.commands.report import report_command
from models.drills import events as dev
from models.operators import Actor, OperatorsState, add_operator, db_roles, fold
from models.operators.headless import identify
from models.operators.manage import disable_operator
from models.replay import open_store_readonly
from models.store import GroupCommitWriter, NewEvent, open_store

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
AT = "2026-03-01T12:05:00Z"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash


class _Ev:
    def __init__(self, e: NewEvent) -> None:
        self.kind, self.payload, self.rx_time = e.kind, e.payload, e.rx_time


def _write(url: str, operators: dict[str, str], purpose: str = "live", trainer: str = "") -> str:
    store = open_store(url if "://" in url else f"sqlite:///{url}", purpose=purpose)
    state = OperatorsState()
    events: list[NewEvent] = []
    for i, (name, role) in enumerate(operators.items()):
        made = add_operator(state, Actor("root", None), name, role, "long enough pw",
                            T0 + timedelta(seconds=i), CHEAP)  # fmt: skip
        fold([_Ev(e) for e in made], state)
        events += made
    if trainer:
        payload = dev.started_payload("x", "X", [], 1.0, T0.isoformat())
        events.append(
            NewEvent(dev.RUNNER_SOURCE, dev.DRILL_STARTED, T0, {**payload, "trainer": trainer})
        )
    events.append(NewEvent("link:avl", "frame.decoded", T0 + timedelta(minutes=1), {"i": 1}))
    with GroupCommitWriter(store, window_s=0) as writer:
        for event in events:
            writer.submit(event).result(10)
    store.close()
    return url


def _replay(store: str, user: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = replay_command(store, AT, True, out, err, os_user=user)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def live(tmp_path: Path) -> str:
    return _write(
        str(tmp_path / "live.sqlite"),
        {"anna": "dispatcher", "sue": "supervisor", "tom": "trainer", "dora": "dispatcher"},
    )


def test_a_dispatcher_is_refused_the_live_stores_replay(live: str) -> None:
    code, out, err = _replay(live, "anna")
    assert (code, out) == (1, "")
    assert err == (
        "dispatch-console replay: refused: replaying the live store needs the supervisor "
        "role; you are dispatcher (as OS user anna, operator anna (dispatcher))\n"
    )


def test_a_trainer_is_refused_the_live_stores_replay(live: str) -> None:
    code, _, err = _replay(live, "tom")
    assert code == 1 and "a trainer acts only in drills, never live" in err


def test_a_supervisor_replays_the_live_store(live: str) -> None:
    code, out, err = _replay(live, "sue")
    assert (code, err) == (0, "") and '"seq": ' in out


def test_an_os_user_who_is_no_operator_holds_the_file(live: str) -> None:
    assert _replay(live, "backup-job")[0] == 0


def test_a_disabled_operator_does_nothing_headless(live: str) -> None:
    from models.operators import load_operators

    store = open_store(f"sqlite:///{live}")

    state = load_operators(store)
    with GroupCommitWriter(store, window_s=0) as writer:
        for e in disable_operator(state, Actor("sue", "supervisor"), "dora", "left", T0):
            writer.submit(e).result(10)
    store.close()
    code, _, err = _replay(live, "dora")
    assert code == 1 and "the operator account dora is disabled" in err


def test_a_dispatcher_is_refused_a_report_before_any_rendering(live: str, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    pdf = tmp_path / "r.pdf"
    assert report_command(live, "2026-000001", pdf, None, out, err, os_user="anna") == 1
    assert err.getvalue().startswith(
        "report: refused: writing a report from the live store needs the supervisor role"
    )
    assert not pdf.exists()
    # A supervisor gets past the rights to the incident (there is none in this store).
    err = io.StringIO()
    assert report_command(live, "2026-000001", pdf, None, out, err, os_user="sue") == 1
    assert "refused" not in err.getvalue() and "2026-000001" in err.getvalue()


def test_a_drill_store_is_the_trainers_to_replay(tmp_path: Path) -> None:
    drill = _write(
        str(tmp_path / "drill.sqlite"),
        {"kim": "trainer", "anna": "dispatcher", "sue": "supervisor"},
        purpose="drill",
        trainer="lee",
    )
    assert _replay(drill, "kim")[0] == 0  # a trainer by role
    assert _replay(drill, "sue")[0] == 0
    assert _replay(drill, "lee")[0] == 0  # the one who started it (no operator here)
    code, _, err = _replay(drill, "anna")
    assert code == 1
    assert "replaying a drill needs the supervisor or trainer role; you are dispatcher" in err


def test_identity_of_a_drill_store_names_its_trainer(tmp_path: Path) -> None:
    drill = _write(str(tmp_path / "d.sqlite"), {}, purpose="drill", trainer="lee")
    opened = open_store_readonly(drill, immutable=True)
    try:
        who = identify(opened, "lee")
    finally:
        opened.close()
    assert (who.purpose, who.trainer, who.operator, who.db_role) == ("drill", "lee", None, None)


# -- PostgreSQL: the connecting role ------------------------------------------------


def _as_role(url: str, role: str, group: str) -> str:
    owner = create_engine(url)
    with owner.begin() as conn:
        db_roles.ensure_groups(conn)
        db_roles.create_login_role(conn, role, group)
    owner.dispose()
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def test_postgres_a_positions_role_is_refused_replay_the_owner_and_recorder_are_not(
    fresh_postgres_url: str,
) -> None:
    import uuid

    url = _write(fresh_postgres_url, {"anna": "dispatcher"})
    position = _as_role(url, f"pos_{uuid.uuid4().hex[:8]}", db_roles.POSITION_GROUP)
    recorder = _as_role(url, f"rec_{uuid.uuid4().hex[:8]}", db_roles.RECORDER_GROUP)
    code, _, err = _replay(position, "nobody")
    assert code == 1
    assert "replaying the live store is refused: database role pos_" in err
    assert "is a position's role and OS user nobody is no operator of this store" in err
    assert _replay(url, "nobody")[0] == 0  # the owner
    assert _replay(recorder, "nobody")[0] == 0
    # An operator at the position's role acts with the operator's role.
    code, _, err = _replay(position, "anna")
    assert code == 1 and "needs the supervisor role; you are dispatcher" in err


def test_postgres_identity_names_the_database_role(fresh_postgres_url: str) -> None:
    import uuid

    url = _write(fresh_postgres_url, {})
    role = f"pos_{uuid.uuid4().hex[:8]}"
    position = _as_role(url, role, db_roles.POSITION_GROUP)
    opened = open_store_readonly(position)
    try:
        who: Any = identify(opened, "someone")
    finally:
        opened.close()
    assert (who.db_role, who.db_kind) == (role, "position")
    assert "database role " + role + " (position)" in who.describe()
