"""SQLAlchemy 2 typed models: the append-only ``events`` log and the projection tables.

Contract: one declarative ``Base`` whose metadata is the single source of
truth for the schema that the alembic migrations create. Models are portable
(SQLite and PostgreSQL): generic ``JSON``, ``LargeBinary`` and ``UTCDateTime``
columns only, no dialect-specific SQL. Every datetime column stores UTC and
reads back as an aware UTC datetime. Nothing outside ``models`` receives these
ORM classes: queries return plain dataclasses.

Adding a projection table: declare it here, add an alembic revision under
``models/migrations/versions``, and register its update function in
``models.projections``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from models.store.events import canonical_json

# SQLite only aliases the rowid for a column declared exactly INTEGER; BIGINT
# elsewhere so a control room's log never overflows.
SeqType = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC; naive input is refused, not guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the store only takes aware UTC times")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # SQLite gives back the naive UTC value it was handed.
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Event(Base):
    """One entry of the append-only log; ``hash`` chains it to the previous entry."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=False)
    rx_time: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    source: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(100), index=True)
    # none_as_null: an event without a payload is SQL NULL, not the JSON text 'null'.
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary())
    error: Mapped[str | None] = mapped_column(Text())
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class UnitPosition(Base):
    """Latest known position per unit (projection of ``frame.decoded`` events)."""

    __tablename__ = "unit_positions"

    call_sign: Mapped[str] = mapped_column(String(100), primary_key=True)
    lat: Mapped[float] = mapped_column(Float())
    lon: Mapped[float] = mapped_column(Float())
    # The time the fix claims; the receive time is kept apart in rx_time.
    fix_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rx_time: Mapped[datetime] = mapped_column(UTCDateTime())
    speed_mps: Mapped[float | None] = mapped_column(Float())
    course_deg: Mapped[float | None] = mapped_column(Float())
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


events_table = Event.__table__
unit_positions_table = UnitPosition.__table__


class PreEncodedJSON:
    """JSON text already in canonical form; ``json_serializer`` stores it verbatim.

    The writer encodes each payload once, hashes that text and stores that
    same text, instead of letting the JSON type encode it a second time.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def json_serializer(value: Any) -> str:
    """Engine-wide JSON serializer: canonical encoding, pre-encoded text passed through."""
    if type(value) is PreEncodedJSON:
        return value.text
    return canonical_json(value)


class StoreInfo(Base):
    """Facts about the store itself, e.g. its ``purpose`` ("live" or "drill")."""

    __tablename__ = "store_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text())


store_info_table = StoreInfo.__table__
