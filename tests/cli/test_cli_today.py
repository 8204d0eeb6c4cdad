"""``netplanner today`` and ``netplanner sheets``: plain text and the week's PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from netplanner.cli.errors import CommandError
from netplanner.cli.sheets import sheets_command
from netplanner.cli.today import today_command
from netplanner.core.demo.example import load_demo

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture
def demo_at_now(database):
    with database.transaction() as session:
        load_demo(session, NOW)
    return database


def test_today_prints_the_sections_with_their_items(demo_at_now, capsys) -> None:
    assert today_command(demo_at_now, NOW) == 0
    out = capsys.readouterr().out
    assert out.startswith("Today, Thursday 26 November 2026\n")
    sections = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert sections[1:] == [
        "Names to approach (1)",
        "Overdue (3)",
        "Today (1)",
        "This week (2)",
        "Thank-yous to send (1)",
    ]
    # Anna gave two names; Carla was approached (and talked with), Łukasz not yet.
    lines = out.splitlines()
    first = lines[lines.index("Names to approach (1)") + 1]
    assert first.endswith("  Approach Łukasz Wójcik (via Anna de Vries)"), first
    assert "Get back in touch with Bert Jansen" in out
    assert "No reply from Gijs de Boer yet: ask a second person to think along" in out
    assert (
        "Ask Eva which healthcare software makers have UX researchers I could talk to (Eva Mulder)"
        in out
    )
    assert "Conversation with Şükrü Yılmaz, Video call" in out
    assert "Send Carla Smit a thank-you" in out
    assert out.index("Overdue") < out.index("Bert Jansen") < out.index("Today (1)")


def test_today_follows_the_routines_switched_in_the_window(demo_at_now, capsys) -> None:
    from netplanner.core.followups.routine_settings import save_routine_settings
    from netplanner.core.followups.stored import SuggestionSettings

    with demo_at_now.transaction() as session:  # as the Today tab saves them
        save_routine_settings(session, SuggestionSettings(thank_you=False, stay_in_touch=False))
    assert today_command(demo_at_now, NOW) == 0
    out = capsys.readouterr().out
    assert "Send Carla Smit a thank-you" not in out
    assert "Get back in touch with Bert Jansen" not in out
    assert "No reply from Gijs de Boer yet" in out  # that routine is still on


def test_today_on_an_empty_file_says_nothing_is_due(database, capsys) -> None:
    assert today_command(database, NOW) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Nothing due."


def test_sheets_writes_the_period_in_time_order(demo_at_now, tmp_path: Path, capsys) -> None:
    output = tmp_path / "week.pdf"
    first, last = NOW.date() - timedelta(days=3), NOW.date() + timedelta(days=7)
    assert sheets_command(demo_at_now, first, last, output, page_size="Letter") == 0
    assert capsys.readouterr().out.strip() == f"2 prep sheets written to {output}"
    pages = PdfReader(output).pages
    footers = [page.extract_text().strip().splitlines()[-1] for page in pages]
    assert footers[0] == "Carla Smit" and footers[-1] == "Şükrü Yılmaz"
    assert footers == sorted(footers, key=["Carla Smit", "Şükrü Yılmaz"].index)
    assert round(float(pages[0].mediabox.width)) == 612  # Letter
    assert not list(tmp_path.glob("*.part"))


def test_sheets_without_conversations_in_the_period_writes_nothing(
    demo_at_now, tmp_path: Path
) -> None:
    output = tmp_path / "empty.pdf"
    with pytest.raises(CommandError) as raised:
        sheets_command(demo_at_now, date(2030, 1, 1), date(2030, 1, 7), output)
    assert raised.value.code == 1 and "No conversations planned" in str(raised.value)
    assert not output.exists()


def test_sheets_into_a_missing_folder_fails_in_one_line(demo_at_now, tmp_path: Path) -> None:
    from netplanner.storage.output_files import OutputFileError, OutputRefusedError

    output = tmp_path / "missing" / "week.pdf"
    with pytest.raises(OutputFileError) as raised:
        sheets_command(demo_at_now, NOW.date(), NOW.date(), output)
    assert not isinstance(raised.value, OutputRefusedError)  # exit 1, not a usage error
    assert "folder does not exist" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_sheets_with_the_period_backwards_is_a_usage_error(demo_at_now, tmp_path: Path) -> None:
    with pytest.raises(CommandError) as raised:
        sheets_command(demo_at_now, date(2026, 12, 7), date(2026, 12, 1), tmp_path / "x.pdf")
    assert raised.value.code == 2
