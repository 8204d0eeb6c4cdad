"""``netplanner today`` and ``netplanner sheets``: the Today overview and the week's sheets.

The command line uses every follow-up routine with its default settings (the
GUI's switches live in the GUI's settings, which a script does not read).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

from netplanner.cli_errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.core.followups.today import ItemSource, TodayItem, today_overview


def _when(item: TodayItem, now: datetime, with_date: bool) -> str:
    if item.when is None:
        return ""
    local = item.when.astimezone(now.tzinfo)
    return local.strftime("%a %d %b %H:%M") if with_date else local.strftime("%H:%M")


def _line(item: TodayItem, now: datetime, with_date: bool) -> str:
    text = item.what
    if item.contact_name and item.contact_name not in text:
        text += f" ({item.contact_name})"
    if item.source == ItemSource.CONVERSATION and item.place:
        text += f", {item.place}"
    return f"  {_when(item, now, with_date):<16}  {text}"


def print_overview(overview) -> None:  # overview: TodayOverview
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


def today_command(database, now: datetime | None = None) -> int:
    """Print what is overdue, due today, planned this week and the thank-yous to send."""
    now = now or datetime.now().astimezone()
    with database.session() as session:
        overview = today_overview(session, now)
    print_overview(overview)
    return EXIT_OK


def sheets_command(
    database, date_from: date, date_to: date, output: Path, page_size: str | None = None
) -> int:
    """Write the prep sheets of every conversation in the period to one PDF, in time
    order, on ``page_size`` (default: the data file's paper size)."""
    from netplanner.cli_pdf import write_pdf, written
    from netplanner.core.followups.today import conversations_to_print
    from netplanner.core.sheets.paper_size import load_paper_size
    from netplanner.core.sheets.reading import prep_sheets_data

    if date_to < date_from:
        raise CommandError("The period ends before it starts: swap --from and --to.", EXIT_USAGE)
    from netplanner.storage.output_files import STDOUT, check_output

    if output != STDOUT:
        check_output(output)  # before the work: a wrong target is said at once
    with database.session() as session:
        ids = conversations_to_print(session, date_from, date_to)
        sheets = prep_sheets_data(session, ids)
        page_size = page_size or load_paper_size(session)
    if not sheets:
        raise CommandError(
            f"No conversations planned from {date_from:%Y-%m-%d} to {date_to:%Y-%m-%d}; "
            "nothing written."
        )
    from netplanner.printing.prep_sheet import render_prep_sheets

    language = Counter(sheet.language for sheet in sheets).most_common(1)[0][0]
    size = page_size
    write_pdf(
        output,
        lambda out: render_prep_sheets(sheets, out, page_size=size, language=language),
        "prep sheets",
    )
    count = len(sheets)
    written(f"{count} prep sheet{'s' if count != 1 else ''} written to {output}", output)
    return EXIT_OK
