"""Files to import, and a flow whose dialogs are driven instead of shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from netplanner.gui.transfer import files
from netplanner.gui.transfer.import_flow import ImportFlow

LINKEDIN_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
)


@pytest.fixture
def linkedin_file(tmp_path: Path) -> Path:
    """A LinkedIn export with something of everything, against the demo network.

    Line 5 new; 6, 7 and 8 look like Carla Smit, Eva Mulder (the same name and
    organisation: no key, so never the same person for sure) and Daan Bakker (the same
    name, no organisation); 9 has no name, 10 has a comma without quotes, 11 new; 12 is
    another Marieke Hoekstra (another profile, another employer): a connection of her own.
    """
    path = tmp_path / "Connections.csv"
    path.write_text(
        LINKEDIN_NOTES
        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "Marieke,Hoekstra,https://www.linkedin.com/in/mhoekstra,marieke@example.nl,"
        "Zorgpunt Digitaal,UX designer,12 Mar 2024\n"
        + "Carla,Smit,https://www.linkedin.com/in/carlasmit,,MedApp Studio,UX researcher,"
        "03 Feb 2023\n"
        + "Eva,Mulder,,,Flex Talent,Recruiter,01 Jan 2022\n"
        + "Daan,Bakker,https://www.linkedin.com/in/daanbakker,,,Service designer,05 May 2021\n"
        + ",,https://www.linkedin.com/in/anonymous,,Acme,CEO,01 Jan 2020\n"
        + "Piet,Jansen,,,Acme, Inc,CEO,01 Jan 2020\n"
        + "Дмитрий,Иванов,https://www.linkedin.com/in/divanov,,Yandex,Researcher,09 Sep 2024\n"
        + "Marieke,Hoekstra,https://www.linkedin.com/in/marieke-hoekstra-2,,KLM,Steward,"
        "12 Mar 2024\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def dutch_csv(tmp_path: Path) -> Path:
    """A list saved by Dutch Excel: semicolons, Dutch headings."""
    path = tmp_path / "netwerk.csv"
    path.write_text(
        "Naam;Functie;Organisatie;E-mailadres;Opmerking over de klant\n"
        "Petra Kuipers;Teamleider;Gemeente Zeist;petra@zeist.example;Kent Anna\n"
        "Sem de Wit;Data-analist;Rabobank;sem@example.com;\n"
        ";Stagiair;Rabobank;;geen naam\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def vcard_file(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Willem Brouwer\r\nN:Brouwer;Willem;;;\r\n"
        "ORG:Brouwer Advies\r\nEMAIL:willem@example.nl\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Bos\r\nN:Bos;Sara;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


class DrivenFlow(ImportFlow):
    """An import flow whose dialogs are handed to ``drive`` instead of being shown.

    ``drive(dialog)`` returns True to accept the dialog (as clicking its OK button
    would), False to cancel it; the default accepts everything.
    """

    def __init__(self, context, parent: QWidget) -> None:
        super().__init__(context, parent)
        self.shown: list[QDialog] = []
        self.drive: Callable[[QDialog], bool | int] = lambda dialog: True

    def run_dialog(self, dialog: QDialog) -> bool | int:
        self.shown.append(dialog)
        return self.drive(dialog)


@pytest.fixture
def make_flow(qtbot):
    def make(context) -> DrivenFlow:
        parent = QWidget()
        qtbot.addWidget(parent)
        return DrivenFlow(context, parent)

    return make


@pytest.fixture
def open_file(monkeypatch):
    """``open_file(path)``: the next open-file question answers ``path``; records titles."""
    asked: list[str] = []
    answers: list[Path | None] = []

    def ask(parent, title, folder, file_filter):
        asked.append(title)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(files, "ask_open_file", ask)

    def answer(path: Path | None) -> list[str]:
        answers.append(path)
        return asked

    return answer


@pytest.fixture
def database_factory(tmp_path: Path):
    """``database_factory(name)``: another fresh data file, closed after the test."""
    from netplanner.datafile import open_data_file

    opened = []

    def make(name: str):
        database = open_data_file(tmp_path / name)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
