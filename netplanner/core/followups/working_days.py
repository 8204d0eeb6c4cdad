"""Counting working days (Monday to Friday) for the follow-up routines.

NetPlanner ships no holiday calendar: public holidays differ per country, region
and sometimes employer, and a wrong calendar is worse than none. By default every
Monday to Friday counts as a working day; a caller that knows better passes the
dates to skip as ``holidays``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_SATURDAY = 5


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    """Monday to Friday and not one of ``holidays``."""
    return day.weekday() < _SATURDAY and day not in holidays


def add_working_days(start: date, n: int, holidays: Collection[date] = ()) -> date:
    """The date ``n`` working days after ``start`` (before it when ``n`` is negative).

    ``start`` itself never counts, whatever day it is: Friday + 3 is Wednesday,
    Saturday + 1 is Monday. ``n == 0`` gives ``start`` back unchanged.
    """
    holidays = frozenset(holidays)
    step = timedelta(days=1 if n >= 0 else -1)
    day, remaining = start, abs(n)
    while remaining:
        day += step
        if is_working_day(day, holidays):
            remaining -= 1
    return day


def working_days_between(a: date, b: date, holidays: Collection[date] = ()) -> int:
    """How many working days lie after ``a`` up to and including ``b``.

    The counterpart of :func:`add_working_days`: for a working day ``b``,
    ``add_working_days(a, working_days_between(a, b)) == b``. Negative when ``b``
    comes before ``a``; 0 when they are the same day.
    """
    if b < a:
        return -working_days_between(b, a, holidays)
    holidays = frozenset(holidays)
    total = (b - a).days
    weeks, rest = divmod(total, 7)
    count = weeks * 5
    day = a + timedelta(days=weeks * 7)
    for _ in range(rest):
        day += timedelta(days=1)
        if day.weekday() < _SATURDAY:
            count += 1
    count -= sum(1 for h in holidays if a < h <= b and h.weekday() < _SATURDAY)
    return count
