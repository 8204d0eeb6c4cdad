"""One paper size, kept in the data file; until chosen, the locale's (Letter in the US)."""

from __future__ import annotations

import sqlite3

import pytest

from netplanner.core.queries.plain import PlainQueries
from netplanner.core.queries.run import SessionQueries
from netplanner.core.sheets.paper_size import (
    load_paper_size,
    locale_paper_size,
    read_paper_size,
    save_paper_size,
    size_for_locale,
    stored_paper_size,
)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "Letter"),
        ({"LANG": "fr_CA.UTF-8"}, "Letter"),
        ({"LANG": "es_MX"}, "Letter"),
        ({"LANG": "nl_NL.UTF-8"}, "A4"),
        ({"LANG": "en_GB.UTF-8"}, "A4"),
        ({"LANG": "nl_NL.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "Letter"),  # paper has its own
        ({"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "A4"),  # LC_ALL wins
        ({"LANG": "C.UTF-8"}, "A4"),  # no territory: not Python's guess of en_US
        ({}, "A4"),
    ],
)
def test_the_locale_decides_until_the_user_does(environ: dict[str, str], expected: str) -> None:
    assert locale_paper_size(environ) == expected


def test_windows_locale_names() -> None:
    assert size_for_locale("English_United States.1252") == "Letter"
    assert size_for_locale("French_Canada") == "Letter"
    assert size_for_locale("Dutch_Netherlands.1252") == "A4"
    assert size_for_locale("en") is None


def test_kept_in_the_data_file_and_read_without_the_orm(
    database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    with database.session() as session:
        assert stored_paper_size(SessionQueries(session)) is None
        assert load_paper_size(session) == "Letter"  # the locale's, for now
    with database.transaction() as session:
        save_paper_size(session, "a4")
        with pytest.raises(ValueError):
            save_paper_size(session, "A5")
    with database.session() as session:
        assert load_paper_size(session) == stored_paper_size(SessionQueries(session)) == "A4"
    connection = sqlite3.connect(database.path)
    try:
        assert read_paper_size(PlainQueries(connection)) == "A4"
    finally:
        connection.close()
