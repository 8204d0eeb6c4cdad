"""Working days: Monday to Friday, minus the holidays the caller names."""

from __future__ import annotations

from datetime import date, timedelta

from netplanner.core.followups.working_days import (
    add_working_days,
    is_working_day,
    working_days_between,
)

FRIDAY = date(2026, 11, 20)


def test_friday_plus_three_working_days_is_wednesday() -> None:
    assert add_working_days(FRIDAY, 3) == date(2026, 11, 25)
    assert add_working_days(FRIDAY, 7) == date(2026, 12, 1)


def test_a_weekend_start_counts_from_monday() -> None:
    saturday, sunday = FRIDAY + timedelta(days=1), FRIDAY + timedelta(days=2)
    assert add_working_days(saturday, 1) == date(2026, 11, 23)
    assert add_working_days(sunday, 3) == date(2026, 11, 25)


def test_zero_and_negative() -> None:
    assert add_working_days(FRIDAY, 0) == FRIDAY
    assert add_working_days(date(2026, 11, 23), -1) == FRIDAY  # Monday - 1 = Friday
    assert add_working_days(FRIDAY, -5) == date(2026, 11, 13)


def test_no_holiday_calendar_by_default_and_a_given_holiday_shifts_the_date() -> None:
    christmas = date(2026, 12, 24)  # Thursday; a Wednesday ask
    assert add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 28)
    holidays = {date(2026, 12, 24), date(2026, 12, 25)}
    assert add_working_days(date(2026, 12, 23), 3, holidays) == date(2026, 12, 30)
    assert is_working_day(christmas) and not is_working_day(christmas, holidays)
    monday = date(2026, 11, 23)
    assert add_working_days(FRIDAY, 3, [monday]) == date(2026, 11, 26)


def test_between_is_the_counterpart_of_add() -> None:
    holidays = {date(2026, 12, 25), date(2027, 1, 1)}
    start = date(2026, 12, 1)
    for offset in range(60):
        a = start + timedelta(days=offset % 7)
        n = offset
        b = add_working_days(a, n, holidays)
        assert working_days_between(a, b, holidays) == n
        assert working_days_between(b, a, holidays) == -n
    assert working_days_between(FRIDAY, FRIDAY) == 0
    assert working_days_between(FRIDAY, FRIDAY + timedelta(days=2)) == 0  # the weekend
