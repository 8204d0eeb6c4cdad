"""``netplanner --db postgresql://ADMIN@HOST/DB practice init | upgrade | add-client NAME |
add-coach NAME | members``: set up a coaching practice's server.

Run by the practice's administrator, with a login that may create roles and databases
(see ``netplanner.storage.postgresql.practice``). A new login's password is printed
once, to hand to the person; the server keeps only its hash.
"""

from __future__ import annotations

import argparse

from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "practice",
        help="set up a coaching practice on a PostgreSQL server (--db postgresql://ADMIN@HOST/DB)",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "init", help="make the practice database: schema, roles, row-level security"
    ).set_defaults(run=run)
    actions.add_parser(
        "upgrade", help="bring the practice database to this NetPlanner's schema"
    ).set_defaults(run=run)
    actions.add_parser("members", help="list the clients and coaches").set_defaults(run=run)
    actions.add_parser(
        "coaches", help="the practice's coaches and what you granted each (as a client)"
    ).set_defaults(run=run)
    give = actions.add_parser("grant", help="let a coach see your data (as a client)")
    give.add_argument("coach", metavar="COACH", help="the coach's name or login")
    give.add_argument("--write", action="store_true", help="let the coach change it too")
    give.set_defaults(run=run)
    take = actions.add_parser("revoke", help="stop a coach seeing your data, at once")
    take.add_argument("coach", metavar="COACH", help="the coach's name or login")
    take.set_defaults(run=run)
    actions.add_parser(
        "overview",
        help="a coach's overview of the clients who granted access (--db as the coach)",
    ).set_defaults(run=run)
    for kind in ("client", "coach"):
        add = actions.add_parser(f"add-{kind}", help=f"make a login for a {kind}")
        add.add_argument("name", metavar="NAME", help=f"the {kind}'s name, as the coach sees it")
        add.add_argument(
            "--no-password",
            action="store_true",
            help="set no password (the server lets the login in another way, e.g. peer)",
        )
        add.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import data_file
    from netplanner.paths import ServerLocation
    from netplanner.storage.postgresql import practice

    location = data_file(args)
    if not isinstance(location, ServerLocation):
        raise CommandError(
            "netplanner practice works on a PostgreSQL server: give it as "
            "--db postgresql://ADMIN@HOST/DB.",
            EXIT_USAGE,
        )
    try:
        if args.action == "init":
            practice.init(location)
            print(f"Practice database ready at {location}.")
        elif args.action == "upgrade":
            practice.upgrade(location)
            print(f"Practice database {location} is at the current schema.")
        elif args.action == "overview":
            _overview(location)
        elif args.action in ("coaches", "grant", "revoke"):
            _grants(location, args)
        elif args.action == "members":
            for role, kind, name in practice.members(location):
                print(f"{role}\t{kind}\t{name}")
        else:
            kind = args.action.removeprefix("add-")
            member = practice.add_member(location, kind, args.name, password=not args.no_password)
            print(f"Login for {member.display_name} ({kind}): {member.role}")
            if member.password:
                print(f"Password (shown once, hand it over safely): {member.password}")
    except Exception as error:
        original = getattr(error, "orig", None)
        if getattr(original, "sqlstate", None) is None:
            raise
        reason = " ".join(str(original).split())[:300]
        raise CommandError(f"The practice server {location} refused: {reason}") from error
    return EXIT_OK


def _overview(location: object) -> None:
    from netplanner.core.coach_overview import coach_overview
    from netplanner.storage.database import open_database

    database = open_database(location)  # type: ignore[arg-type]
    try:
        from netplanner.storage.postgresql.grants import client_names

        with database.session() as session:
            lines = coach_overview(session, client_names(session))
    finally:
        database.close()
    if not lines:
        print("No client has granted you access yet.")
        return
    weeks = len(lines[0].report.held_per_week)
    print(f"{'client':<28} held/week (last {weeks})  names  open  overdue  last activity")
    for line in lines:
        per_week = " ".join(str(int(p.value or 0)) for p in line.report.held_per_week)
        last = line.last_activity.astimezone().strftime("%Y-%m-%d") if line.last_activity else "-"
        print(
            f"{line.name[:28]:<28} {per_week:<22} {line.report.names_gained:>5}  "
            f"{line.open_follow_ups:>4}  {line.overdue_follow_ups:>7}  {last}"
        )


def _grants(location: object, args: argparse.Namespace) -> None:
    from netplanner.storage.database import open_database
    from netplanner.storage.postgresql import grants

    database = open_database(location)  # type: ignore[arg-type]
    try:
        with database.transaction() as session:
            if args.action == "coaches":
                for listed in grants.coaches(session):
                    shared = "can change" if listed.can_write else "can see"
                    state = f"{shared} your data" if listed.granted else "no access"
                    print(f"{listed.name}\t{listed.role}\t{state}")
                return
            coach = grants.find_coach(session, args.coach)
            if coach is None:
                raise CommandError(
                    f"There is no coach called {args.coach!r} in this practice "
                    "(netplanner practice coaches lists them).",
                    EXIT_USAGE,
                )
            if args.action == "grant":
                grants.grant(session, coach, can_write=args.write)
                what = "see and change" if args.write else "see"
                print(f"{coach.name} can now {what} your data.")
            else:
                grants.revoke(session, coach)
                print(f"{coach.name} can no longer see your data.")
    finally:
        database.close()
