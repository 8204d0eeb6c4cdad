"""``netplanner list contacts|conversations|banks|goals [--json]``: records for ``--json``
and a line per record.

The JSON keys are a public contract for scripts: add keys freely, never rename.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from netplanner.cli.errors import EXIT_OK
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the core (and SQLAlchemy) only when the command runs
    from sqlalchemy.orm import Session

Record = dict[str, Any]
Listing = tuple[list[Record], Callable[[Record], str]]
#: A conversation's status as the lines say it (the JSON keeps the value).
_STATUSES = {
    "idea": QT_TRANSLATE_NOOP("Cli", "idea"),
    "asked": QT_TRANSLATE_NOOP("Cli", "asked"),
    "scheduled": QT_TRANSLATE_NOOP("Cli", "scheduled"),
    "held": QT_TRANSLATE_NOOP("Cli", "held"),
    "thanked": QT_TRANSLATE_NOOP("Cli", "thanked"),
    "closed": QT_TRANSLATE_NOOP("Cli", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "cancelled"),
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("list", help="list contacts, conversations, banks or goals")
    parser.add_argument("what", choices=["contacts", "conversations", "banks", "goals"])
    parser.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    database = open_database(args)
    with database.session() as session:
        records, render_line = LISTINGS[args.what](session)
    if args.json:
        import json

        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            print(render_line(record))
    return EXIT_OK


def _contacts(session: Session) -> Listing:
    from netplanner.core.contacts import list_contact_rows

    records = [
        {
            "id": row.id,
            "name": row.name,
            "role": row.role,
            "specialism": row.specialism,
            "organisation": row.organisation,
            "email": row.email,
            "tags": row.tags,
            "introduced_by": row.introduced_by_id,
            "introduced_by_name": row.introduced_by or None,
        }
        for row in list_contact_rows(session)
    ]

    def line(r: Record) -> str:
        what = ", ".join(part for part in (r["role"], r["organisation"]) if part)
        return f"{r['id']:>5}  {r['name']}" + (f" ({what})" if what else "")

    return records, line


def _conversations(session: Session) -> Listing:
    from netplanner.core.conversations import list_conversation_rows

    records = [
        {
            "id": row.id,
            "contact_id": row.contact_id,
            "contact": row.contact_name,
            "kind": row.kind,
            "status": row.status,
            "starts_at": row.starts_at.isoformat() if row.starts_at else None,
            "place": row.place,
        }
        for row in list_conversation_rows(session)
    ]

    from netplanner.cli.words import say

    no_date = say(QT_TRANSLATE_NOOP("Cli", "no date"))
    statuses = {value: say(label) for value, label in _STATUSES.items()}
    width = max(9, *map(len, statuses.values()))

    def line(r: Record) -> str:
        when = (
            datetime.fromisoformat(r["starts_at"]).astimezone().strftime("%Y-%m-%d %H:%M")
            if r["starts_at"]
            else no_date
        )
        status = statuses.get(r["status"], r["status"])
        return f"{r['id']:>5}  {when:<20}  {status:<{width}}  {r['contact']}"

    return records, line


def _banks(session: Session) -> Listing:
    from netplanner.core.banks import list_bank_rows

    records = [
        {
            "id": row.id,
            "name": row.name,
            "language": row.language,
            "builtin": row.builtin,
            "questions": row.question_count,
        }
        for row in list_bank_rows(session)
    ]

    from netplanner.cli.words import say_count

    def line(r: Record) -> str:
        count = say_count(
            r["questions"],
            QT_TRANSLATE_NOOP("Cli", "%1 question"),
            QT_TRANSLATE_NOOP("Cli", "%1 questions"),
        )
        return f"{r['id']:>5}  [{r['language']}]  {r['name']} ({count})"

    return records, line


def _goals(session: Session) -> Listing:
    from netplanner.core.checks.ask.composer import describe_goal
    from netplanner.core.goals import goal_title, list_goals

    records = [
        {
            "id": goal.id,
            "target_role": goal.target_role,
            "specialism": goal.specialism,
            "region": goal.region,
            "organisation_kind": goal.organisation_kind,
            "language": goal.language,
            "active": goal.active,
            "ask": describe_goal(goal),
        }
        for goal in list_goals(session)
    ]
    titles = {goal.id: goal_title(goal) for goal in list_goals(session)}
    from netplanner.cli.words import say

    inactive = say(QT_TRANSLATE_NOOP("Cli", "(inactive)"))

    def line(r: Record) -> str:
        return f"{r['id']:>5}  {titles[r['id']]}" + ("" if r["active"] else f" {inactive}")

    return records, line


LISTINGS: dict[str, Callable[[Session], Listing]] = {
    "contacts": _contacts,
    "conversations": _conversations,
    "banks": _banks,
    "goals": _goals,
}
