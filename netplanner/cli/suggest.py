"""``netplanner suggest``: who to ask next for a goal, with the reasons.

Exit codes: 0 the list was printed (it may be empty); 1 there is no active goal (pick
one with ``--goal``); 2 bad usage, or no goal with that ID.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK, CommandError
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the storage layer (and SQLAlchemy) only when the command runs
    from netplanner.storage.database import Database

KINDS = ("informational", "think_along")
_TITLES = {
    "informational": QT_TRANSLATE_NOOP(
        "Cli", "People who do the work, for an informational conversation"
    ),
    "think_along": QT_TRANSLATE_NOOP("Cli", "People who can think along with you"),
}
_EMPTY = {
    "informational": QT_TRANSLATE_NOOP(
        "Cli",
        "No one in your network matches this goal's role yet. Ask people to think along "
        "(--kind think_along) about who does this work.",
    ),
    "think_along": QT_TRANSLATE_NOOP(
        "Cli",
        "No one to ask to think along yet: note how you know people "
        '("how we know each other") or record your conversations.',
    ),
}
EPILOG = """\
Lists the people to ask next for the active goal (or --goal ID): people who do the work
(informational, the default) or warm contacts who can think along (think_along). Each
comes with the reasons that add up to their score. People with a conversation for this
goal still open, and people you said "not now" to, are left out.

Exit codes: 0 the list was printed (it may be empty); 1 there is no active goal (mark one
active in the Goals tab, or pass --goal ID, see `netplanner list goals`); 2 bad usage or
no goal with that ID."""


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    suggest = commands.add_parser(
        "suggest",
        help="who to ask next for a goal, with the reasons",
        description="Who to ask next for a goal, with the reasons.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    suggest.add_argument("--goal", type=int, metavar="ID", help="default: the active goal")
    suggest.add_argument(
        "--kind",
        choices=KINDS,
        default="informational",
        help="people who do the work (default), or people who can think along",
    )
    suggest.add_argument(
        "-n",
        dest="limit",
        type=_at_least_one,
        default=20,
        metavar="N",
        help="how many people to list (default: 20)",
    )
    suggest.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    suggest.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return suggest_command(open_database(args), args.goal, args.kind, args.limit, args.json)


def _points(points: int) -> str:
    return f"+{points}" if points >= 0 else str(points)


def suggest_command(
    database: Database,
    goal_id: int | None = None,
    kind: str = "informational",
    limit: int = 20,
    as_json: bool = False,
    now: datetime | None = None,
) -> int:
    """Print the ranked list (text, or JSON with each reason's points)."""
    from netplanner.cli.words import say, text
    from netplanner.core.goals import goal_title
    from netplanner.core.suggestions import NoActiveGoalError, suggest_people
    from netplanner.core.suggestions.ranking import resolve_goal

    with database.session() as session:
        try:
            result = suggest_people(session, goal_id, kind, limit, now)
        except NoActiveGoalError as error:
            none = QT_TRANSLATE_NOOP(
                "Cli",
                "There is no active goal: mark one active in the Goals tab, or pass "
                "--goal ID (see `netplanner list goals`).",
            )
            raise CommandError(say(none)) from error
        title = goal_title(resolve_goal(session, result.goal_id))
    if as_json:
        records = [
            {
                "contact_id": item.contact_id,
                "name": item.name,
                "score": item.score,
                "reasons": [str(part.text) for part in item.parts],
                "parts": [
                    {"signal": str(part.signal), "text": str(part.text), "points": part.points}
                    for part in item.parts
                ],
                "role": item.role,
                "organisation": item.organisation,
                "degree": item.degree,
                "introduced_by": item.introducer_id,
            }
            for item in result.items
        ]
        import json

        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(say(_TITLES[result.kind]))
    print(say(QT_TRANSLATE_NOOP("Cli", "Goal %1: %2"), result.goal_id, title))
    print()
    if not result.items:
        print(say(_EMPTY[result.kind]))
        return EXIT_OK
    width = len(str(len(result.items)))
    person = QT_TRANSLATE_NOOP("Cli", "%1 (contact %2): %3 points")
    for number, item in enumerate(result.items, start=1):
        print(f"{number:>{width}}. {say(person, item.name, item.contact_id, item.score)}")
        reasons = " · ".join(f"{text(part.text)} {_points(part.points)}" for part in item.parts)
        print(f"{' ' * (width + 2)}{reasons}")
    if result.candidates > len(result.items):
        shown, total = len(result.items), result.candidates
        print()
        more = QT_TRANSLATE_NOOP("Cli", "%1 of %2 people shown; -n %2 lists them all.")
        print(say(more, shown, total))
    return EXIT_OK
