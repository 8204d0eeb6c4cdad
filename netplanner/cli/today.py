"""``netplanner today``: what is overdue, due today and this week, and the thank-yous to send.

The follow-up routines are the ones switched on in the data file, as in the window
(``core.followups.routine_settings``).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK

if TYPE_CHECKING:  # the core (and SQLAlchemy) only when the command runs
    from netplanner.core.followups.today import TodayItem, TodayOverview
    from netplanner.storage.database import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "today", help="what is overdue, due today and this week, and the thank-yous to send"
    ).set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return today_command(open_database(args))


def _when(item: TodayItem, now: datetime, with_date: bool) -> str:
    if item.when is None:
        return ""
    local = item.when.astimezone(now.tzinfo)
    return local.strftime("%a %d %b %H:%M") if with_date else local.strftime("%H:%M")


def _line(item: TodayItem, now: datetime, with_date: bool) -> str:
    from netplanner.core.followups.today import ItemSource

    text = item.what
    if item.contact_name and item.contact_name not in text:
        text += f" ({item.contact_name})"
    if item.source == ItemSource.CONVERSATION and item.place:
        text += f", {item.place}"
    return f"  {_when(item, now, with_date):<16}  {text}"


def print_overview(overview: TodayOverview) -> None:
    now = overview.now
    print(f"Today, {now:%A %d %B %Y}")
    if overview.is_empty:
        print("Nothing due.")
        return
    sections = (
        ("Names to approach", overview.to_approach, True),
        ("Overdue", overview.overdue, True),
        ("Today", overview.today, False),
        ("This week", overview.this_week, True),
        ("Thank-yous to send", overview.thank_yous, True),
    )
    for title, items, with_date in sections:
        if items:
            print()
            print(f"{title} ({len(items)})")
            for item in items:
                print(_line(item, now, with_date))


def today_command(database: Database, now: datetime | None = None) -> int:
    """Print what is overdue, due today, planned this week and the thank-yous to send."""
    from netplanner.core.followups.today import today_overview

    now = now or datetime.now().astimezone()
    with database.session() as session:
        overview = today_overview(session, now)
    print_overview(overview)
    return EXIT_OK
