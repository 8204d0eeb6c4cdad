"""The command line speaks the language chosen in the window (File ▸ Language), else the
system's (LANG): its own texts, the core's messages and the dates, read from the same
Dutch catalogue as the window, without Qt."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from netplanner import catalogue
from netplanner.cli import main
from netplanner.language import DUTCH, ENGLISH, preferences_file, save_language, saved_language
from netplanner.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_forced_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a user's computer: nothing forces a language; the system's is English."""
    for name in ("NETPLANNER_LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo", "--language", "en"]) == 0
    return db


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``netplanner ARGS`` as a user runs it: a process of its own, its environment ours."""
    return subprocess.run(
        [sys.executable, "-m", "netplanner", *args], capture_output=True, text=True, timeout=60
    )


def test_a_dutch_choice_in_the_window_makes_the_command_line_dutch(
    no_forced_language, demo_file, qapp
) -> None:
    from PySide6.QtCore import QSettings

    from netplanner.gui.translation import save_language as window_saves

    assert "Today, " in run("--db", str(demo_file), "today").stdout
    window_saves(DUTCH, QSettings(str(demo_file.with_suffix(".ini")), QSettings.Format.IniFormat))
    today = run("--db", str(demo_file), "today")
    assert today.returncode == 0, today.stderr
    first = today.stdout.splitlines()[0]
    day = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    assert first.startswith("Vandaag, ") and first.split()[1] in day, first
    assert "Nog te bedanken (" in today.stdout or "Over tijd (" in today.stdout
    # The core's messages too: a contact that is not there, with exit code 2.
    missing = run("--db", str(demo_file), "chain", "999")
    assert (missing.returncode, missing.stderr) == (
        2,
        "netplanner: Er is geen contact met ID 999.\n",
    )
    # And the command line's own texts with what it fills in.
    listing = run("--db", str(demo_file), "list", "banks")
    assert " vragen)" in listing.stdout and " questions)" not in listing.stdout


def test_without_a_choice_the_systems_language_and_the_choice_wins_over_it(
    no_forced_language, demo_file, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert main(["--db", str(demo_file), "check"]) == 0
    assert "is in orde (12 contacten)" in capsys.readouterr().out
    save_language(ENGLISH)  # chosen in the window: English on a Dutch system
    assert main(["--db", str(demo_file), "check"]) == 0
    assert "is healthy (12 contacts)" in capsys.readouterr().out
    monkeypatch.setenv("NETPLANNER_LANGUAGE", "nl")  # forced (tests, scripts): over the choice
    assert main(["--db", str(demo_file), "chain", "999"]) == 2
    assert capsys.readouterr().err == "netplanner: Er is geen contact met ID 999.\n"


def test_dutch_output_of_the_commands_that_write_files(
    no_forced_language, demo_file, tmp_path, capsys
) -> None:
    save_language(DUTCH)
    out = tmp_path / "week.pdf"
    assert main(["--db", str(demo_file), "sheets", "--from", "2000-01-01", "--to", "2000-01-02",
                 "-o", str(out)]) == 1  # fmt: skip
    assert "Geen gesprekken gepland van 2000-01-01 tot en met 2000-01-02" in capsys.readouterr().err
    assert main(["--db", str(demo_file), "export", "json", "-o", str(tmp_path / "a.json")]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Archief geschreven naar") and "12 contacten" in said
    assert main(["--db", str(tmp_path / "new.sqlite3"), "demo"]) == 0  # the example, in Dutch
    assert capsys.readouterr().out.startswith("Voorbeeldnetwerk toegevoegd aan")
    assert main(["--db", str(tmp_path / "new.sqlite3"), "list", "conversations"]) == 0
    listed = capsys.readouterr().out
    assert "gepland" in listed and "scheduled" not in listed


def test_a_choice_kept_by_an_older_window_in_qsettings_moves_to_the_shared_file(
    no_forced_language, qapp, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from netplanner.gui import translation

    settings = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    settings.setValue(translation.SETTINGS_KEY, DUTCH)
    assert saved_language() is None
    assert translation.chosen_language(settings) == DUTCH
    assert saved_language() == DUTCH, "the command line reads it now"
    assert not settings.contains(translation.SETTINGS_KEY)


def test_an_unreadable_preferences_file_means_no_choice(no_forced_language) -> None:
    preferences_file().write_text("{ not json", encoding="utf-8")
    assert saved_language() is None
    save_language(DUTCH)  # and saving replaces it whole
    assert saved_language() == DUTCH


def test_the_pure_python_reader_finds_every_finished_dutch_text() -> None:
    """What QTranslator would give for each message of netplanner_nl.ts."""
    ts = ET.parse(ROOT / "resources" / "translations" / "netplanner_nl.ts").getroot()
    dutch = catalogue.catalogue(DUTCH)
    assert dutch is not None
    checked = []
    for context in ts.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes" or message.find("comment") is not None:
                continue
            source = message.findtext("source") or ""
            expected = message.findtext("translation")
            checked.append((dutch.translate(name, source), expected, name, source))
    assert len(checked) > 1000
    assert [c for c in checked if c[0] != c[1]] == []
    assert dutch.translate("Cli", "no such text") is None
    assert dutch.translate("NoSuchContext", "Interrupted.") is None
    assert catalogue.translate(DUTCH, "Cli", "Interrupted.") == "Onderbroken."
    assert catalogue.translate(ENGLISH, "Cli", "Interrupted.") == "Interrupted."
    assert resource_path("translations", "netplanner_nl.qm").exists()


def test_dates_in_dutch(monkeypatch) -> None:
    from netplanner.cli import words

    words.use_language(DUTCH)
    try:
        assert words.long_date(datetime(2024, 3, 15)) == "vrijdag 15 maart 2024"
        assert words.short_when(datetime(2024, 3, 15, 9, 30)) == "vr 15 mrt 09:30"
        assert words.short_when(datetime(2024, 10, 1, 9, 30)) == "di 01 okt 09:30"
    finally:
        words.use_language(None)
    assert words.long_date(datetime(2024, 3, 15)) == "Friday 15 March 2024"
    assert words.short_when(datetime(2024, 3, 15, 9, 30)) == "Fri 15 Mar 09:30"
