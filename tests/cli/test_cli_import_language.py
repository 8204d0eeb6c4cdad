"""Texts an import writes into contacts are in the user's language: NETPLANNER_LANGUAGE,
else the language chosen in the window, else LANG (the window passes its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from netplanner.cli.importing import import_command
from netplanner.core.models import Contact
from netplanner.language import save_language
from netplanner.storage.database import Database

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


@pytest.mark.parametrize(
    ("environment", "written"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "LinkedIn-connectie sinds 12 april 2017"),
        ({"LANG": "en_GB.UTF-8"}, "LinkedIn connection since 12 April 2017"),
        (
            {"LANG": "en_GB.UTF-8", "NETPLANNER_LANGUAGE": "nl"},
            "LinkedIn-connectie sinds 12 april 2017",
        ),
        # Chosen in the window (File ▸ Language): over the system's language.
        ({"LANG": "en_GB.UTF-8", "chosen": "nl"}, "LinkedIn-connectie sinds 12 april 2017"),
        ({"LANG": "nl_NL.UTF-8", "chosen": "en"}, "LinkedIn connection since 12 April 2017"),
    ],
)
def test_texts_written_into_contacts_are_in_the_users_language(
    database: Database, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], written: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "NETPLANNER_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        if name == "chosen":
            save_language(value)
        else:
            monkeypatch.setenv(name, value)
    assert import_command(database.path, "linkedin", FIXTURES / "linkedin_old.csv", False) == 0
    with database.session() as session:
        texts = session.scalars(select(Contact.how_we_know).order_by(Contact.id)).all()
    assert texts[0] == written
