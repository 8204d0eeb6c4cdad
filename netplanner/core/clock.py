"""The time now, and a moment as the data file stores it, without SQLAlchemy.

``core.types.UTCDateTime`` stores an aware moment as naive UTC, and SQLAlchemy's
SQLite dialect writes that as text with six digits of microseconds. Code that writes
without SQLAlchemy (``core.queries.plain``: the import of a whole network) stores the
same text, so the ORM reads every row back alike (tests/core/imports/test_imports.py
compares them).
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def stored_moment(moment: datetime) -> str:
    """``moment`` (aware) as the text the ORM stores: '2026-01-02 03:04:05.000000' (UTC)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given; NetPlanner stores aware datetimes only")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
