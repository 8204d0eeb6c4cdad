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
    from netplanner.cli.words import short_when

    if item.when is None:
        return ""
    local = item.when.astimezone(now.tzinfo)
    return short_when(local) if with_date else local.strftime("%H:%M")


def _what(item: TodayItem) -> str:
    """The line's action in the user's language, as the window words it: the core's
    ``what`` is English, except what the user typed for a follow-up of their own."""
    from netplanner.cli.words import say
    from netplanner.core.followups.routines import FollowUpKind
    from netplanner.core.followups.today import ItemSource
    from netplanner.messages import QT_TRANSLATE_NOOP

    name = item.contact_name
    if item.source == ItemSource.CONVERSATION:
        return say(QT_TRANSLATE_NOOP("Cli", "Conversation with %1"), name)
    if item.source == ItemSource.APPROACH:
        if item.via_name:
            return say(QT_TRANSLATE_NOOP("Cli", "Approach %1 (via %2)"), name, item.via_name)
        return say(QT_TRANSLATE_NOOP("Cli", "Approach %1"), name)
    routine = {
        FollowUpKind.THANK_YOU.value: QT_TRANSLATE_NOOP("Cli", "Send %1 a thank-you"),
        FollowUpKind.NUDGE.value: QT_TRANSLATE_NOOP(
            "Cli", "No reply from %1 yet: ask a second person to think along"
        ),
        FollowUpKind.FOLLOW_UP.value: QT_TRANSLATE_NOOP("Cli", "Follow up once with %1"),
        FollowUpKind.STAY_IN_TOUCH.value: QT_TRANSLATE_NOOP("Cli", "Get back in touch with %1"),
    }.get(item.kind)
    return say(routine, name) if routine and name else item.what


def _line(item: TodayItem, now: datetime, with_date: bool) -> str:
    from netplanner.core.followups.today import ItemSource

    text = _what(item)
    if item.contact_name and item.contact_name not in text:
        text += f" ({item.contact_name})"
    if item.source == ItemSource.CONVERSATION and item.place:
        text += f", {item.place}"
    return f"  {_when(item, now, with_date):<16}  {text}"


def print_overview(overview: TodayOverview) -> None:
    from netplanner.cli.words import long_date, say
    from netplanner.messages import QT_TRANSLATE_NOOP

    now = overview.now
    print(say(QT_TRANSLATE_NOOP("Cli", "Today, %1"), long_date(now)))
    if overview.is_empty:
        print(say(QT_TRANSLATE_NOOP("Cli", "Nothing due.")))
        return
    sections = (
        (QT_TRANSLATE_NOOP("Cli", "Names to approach (%1)"), overview.to_approach, True),
        (QT_TRANSLATE_NOOP("Cli", "Overdue (%1)"), overview.overdue, True),
        (QT_TRANSLATE_NOOP("Cli", "Today (%1)"), overview.today, False),
        (QT_TRANSLATE_NOOP("Cli", "This week (%1)"), overview.this_week, True),
        (QT_TRANSLATE_NOOP("Cli", "Thank-yous to send (%1)"), overview.thank_yous, True),
    )
    for title, items, with_date in sections:
        if items:
            print()
            print(say(title, len(items)))
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
