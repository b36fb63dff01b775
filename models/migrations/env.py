"""Alembic environment for the store's migrations.

Contract: run programmatically by ``open_store``, which passes an open
connection in ``config.attributes["connection"]``; with no connection (e.g. a
developer running ``alembic`` by hand with ``sqlalchemy.url`` set) it makes
its own engine. ``target_metadata`` is the models' metadata, for autogenerate.
Batch mode is on for SQLite, whose ALTER TABLE is limited.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from models.store.schema import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.begin() as own:
            _run(own)
    finally:
        engine.dispose()


_main()
