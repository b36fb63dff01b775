"""Alembic migrations for the store; run by ``models.store.engine.open_store``, no alembic.ini."""
