"""Migrations 0008/0009: the partial index of the interval kinds the statistics read (SQLite).

A store of the previous revision gains the index when it opens at the head,
the statistics query reads through it, its fields from the index (the
query plan and program say so), and the figures read
through it equal those read without it; its kinds are the reader's.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from datetime import timedelta
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from models.replay import open_store_readonly
from models.stats import compute_stats
from models.stats import reader as stats_reader
from models.store.engine import _MIGRATIONS_DIR, head_revision
from tests.models.stats.handmade import T0, Log

INDEX = "ix_events_stats_v2"
INDEX_0008 = "ix_events_stats"


def _migration():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "stats_index_0009", _MIGRATIONS_DIR / "versions" / "0009_stats_index_reopened.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _at_revision(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _room() -> Log:
    log = Log()
    log.offer(0, "C1").answer(9, "C1").create(30, "2026-000001", "C1", priority=1)
    log.offer(5, "C2", via="ali").answer(12, "C2")
    log.op(20, "call.attached", {"call_id": "C2", "incident_id": "2026-000001"})
    log.dispatch(60, "HE11", "2026-000001").status(
        120, "HE11", "en route", "2026-000001", "dispatched"
    )
    log.add(130, "link:avl", "frame.decoded", {"unit": "HE11", "message": {"lat": 60.1}})
    log.status(400, "HE11", "on scene", "2026-000001", "en route").alert(410, "A1")
    log.op(450, "alert.acknowledged", {"alert_id": "A1"})
    log.op(900, "incident.closed", {"incident_id": "2026-000001"})
    return log


def _indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_the_migration_is_the_head_and_its_kinds_are_the_readers() -> None:
    migration = _migration()
    assert head_revision() == migration.revision == "0009"
    assert migration.down_revision == "0008"
    assert migration.STAT_KINDS == stats_reader.STAT_KINDS  # same literals, same order
    assert migration.INDEX == stats_reader.STATS_INDEX
    assert migration.FIELDS == stats_reader._FIELDS  # the same indexed expression


def test_a_store_of_0007_gains_the_index_and_reads_the_same_figures(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _at_revision(path, "0007")
    assert INDEX not in _indexes(path)
    _room().write(path)  # opens at the head: the upgrade runs here
    assert INDEX in _indexes(path) and INDEX_0008 not in _indexes(path)
    conn = sqlite3.connect(path)
    query, args = stats_reader._stat_query(True, True), (1, 10, "a", "b")
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + query, args))
    program = conn.execute("EXPLAIN " + query, args).fetchall()
    conn.close()
    # Through the index, in its order (no sort), the fields read from it: no payload parsed.
    assert f"USING INDEX {INDEX}" in plan and "TEMP B-TREE" not in plan
    assert not [op for op in program if "json_extract" in str(op[4])]
    start, end = T0 - timedelta(hours=1), T0 + timedelta(hours=1)
    store = open_store_readonly(str(path), immutable=True)
    try:
        indexed = compute_stats(store, start, end)
    finally:
        store.close()
    # The same store without the index (a store opened read-only before its upgrade).
    plain = tmp_path / "plain.sqlite"
    plain.write_bytes(path.read_bytes())
    conn = sqlite3.connect(plain)
    conn.execute(f"DROP INDEX {INDEX}")
    conn.commit()
    conn.close()
    store = open_store_readonly(str(plain), immutable=True)
    try:
        unindexed = compute_stats(store, start, end)
    finally:
        store.close()
    assert indexed.events_read == unindexed.events_read == 13  # all but the AVL frame
    assert indexed.summary.to_dict() == unindexed.summary.to_dict()
    assert indexed.summary.intervals["answering"].count == 1  # C2 came by ALI: not timed
    assert indexed.summary.intervals["travel"].median_s == 280.0


def test_a_store_of_0008_trades_its_index_for_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _at_revision(path, "0008")
    assert INDEX_0008 in _indexes(path)
    _at_revision(path, "0009")
    assert INDEX in _indexes(path) and INDEX_0008 not in _indexes(path)


def _downgrade(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_downgrade_restores_the_old_index_then_drops_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _at_revision(path, "0009")
    assert INDEX in _indexes(path)
    _downgrade(path, "0008")
    assert INDEX_0008 in _indexes(path) and INDEX not in _indexes(path)
    _downgrade(path, "0007")
    assert not {INDEX, INDEX_0008} & _indexes(path)
