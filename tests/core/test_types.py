"""Moments are stored as naive UTC text, however many rows share one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.dialects import sqlite

from netplanner.core.types import UTCDateTime


def test_each_moment_is_stored_as_its_own_utc_text() -> None:
    dialect = sqlite.dialect()
    process = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert process is not None
    amsterdam = datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=2)))
    utc = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    stored = [process(moment) for moment in (amsterdam, amsterdam, utc, None, utc, amsterdam)]
    assert stored == [
        "2026-03-29 01:30:00.000000",
        "2026-03-29 01:30:00.000000",
        "2026-01-02 03:04:05.000006",
        None,
        "2026-01-02 03:04:05.000006",
        "2026-03-29 01:30:00.000000",
    ]
