"""Dutch and English: every UI text is translated, and the window speaks the chosen language.

The first test fails when someone adds or changes a UI text without its Dutch translation:
it runs lupdate over the GUI code into a copy of ``resources/translations/netplanner_nl.ts``
(which keeps the existing translations) and requires every message to be finished, with
the same placeholders and mnemonics as the English source. To fix a failure:
``python packaging/translations.py update``, then translate the new messages in
``netplanner_nl.ts`` (Qt Linguist or any editor) and remove their ``type="unfinished"``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from netplanner.gui import translation
from netplanner.gui.events import Change
from netplanner.gui.locale_choice import apply_locale
from netplanner.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "netplanner_translations_build", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mnemonics(text: str) -> int:
    """How many mnemonics: an ``&`` before a letter or digit ("&&" is a plain "&")."""
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """lupdate over the GUI code now, into a copy of the committed Dutch .ts."""
    target = tmp_path_factory.mktemp("ts") / "netplanner_nl.ts"
    shutil.copy(ROOT / "resources" / "translations" / "netplanner_nl.ts", target)
    return _build_module().update_sources(target, "nl")


def test_every_ui_text_has_a_finished_dutch_translation(fresh_ts: Path) -> None:
    problems = []
    count = 0
    for context, message in _messages(fresh_ts):
        count += 1
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        where = f"{context}: {source!r}"
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"not translated ({element.get('type')}): {where}")
            continue
        forms = (
            [form.text or "" for form in element.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [element.text or ""]
        )
        for text in forms:
            if not text.strip():
                problems.append(f"empty translation: {where}")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {where} -> {text!r}")
            elif _mnemonics(text) != _mnemonics(source):
                problems.append(f"mnemonic (&) differs: {where} -> {text!r}")
    assert count > 500, "lupdate found too few texts: is it reading netplanner/gui?"
    assert not problems, (
        f"{len(problems)} UI texts lack a proper Dutch translation "
        "(run `python packaging/translations.py update` and translate them in "
        "resources/translations/netplanner_nl.ts):\n" + "\n".join(problems)
    )


def test_the_compiled_dutch_translation_is_there() -> None:
    # tests/conftest.py compiles it, as the build and run.py do.
    assert resource_path("translations", "netplanner_nl.qm").exists()


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    loaded = translation.install_translators(translation.DUTCH)
    apply_locale(translation.DUTCH)
    assert any(path.endswith("netplanner_nl.qm") for path in loaded)
    yield
    translation.install_translators(translation.ENGLISH)
    apply_locale()


def test_main_window_in_dutch_shows_dutch_menus_and_tabs(qtbot, demo_context, dutch) -> None:
    from netplanner.gui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == [
        "Vandaag",
        "Contacten",
        "Gesprekken",
        "Doelen",
        "Netwerk",
        "Voortgang",
        "Vragenbanken",
    ]
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus[:2] == ["Bestand", "Bewerken"]
    assert "12 contacten" in window._status.text()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    submenus = [a.text().replace("&", "") for a in file_menu.actions() if a.menu()]
    assert "Taal" in submenus


def test_qt_standard_buttons_are_dutch_too(qapp, dutch) -> None:
    # Qt's own qtbase_nl.qm, shipped with PySide6-Essentials.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
        "Annuleren"
    )


def test_dates_follow_the_chosen_language(qapp, dutch) -> None:
    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("TodayTexts", "Tomorrow") == "Morgen"


def test_language_is_forced_then_saved_then_the_systems(monkeypatch, settings) -> None:
    monkeypatch.delenv(translation.ENV_VAR, raising=False)
    assert translation.chosen_language(settings) == translation.system_language()
    translation.save_language(translation.DUTCH, settings)
    assert translation.chosen_language(settings) == translation.DUTCH
    monkeypatch.setenv(translation.ENV_VAR, "en")
    assert translation.chosen_language(settings) == translation.ENGLISH
    monkeypatch.setenv(translation.ENV_VAR, "klingon")
    assert translation.chosen_language(settings) == translation.DUTCH
    with pytest.raises(ValueError):
        translation.save_language("fr", settings)


def test_choosing_a_language_saves_it_and_says_it_takes_effect_after_a_restart(
    context, prompts, settings
) -> None:
    from netplanner.gui.language_menu import build_language_menu, choose_language

    menu = build_language_menu(None, context)
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == ["Nederlands", "English"]
    # Said before choosing too: the window changes at the next start.
    assert menu.actions()[-1].text() == "Takes effect when you start NetPlanner again"
    assert not menu.actions()[-1].isEnabled()
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == [translation.ui_language()]
    choose_language(context, translation.DUTCH)
    assert translation.saved_language(settings) == translation.DUTCH
    assert prompts.infos and "next time you start" in prompts.infos[-1]


def test_a_language_that_cannot_be_saved_is_said_in_one_line_and_changes_nothing(
    context, prompts, settings, tmp_path, monkeypatch
) -> None:
    from netplanner.gui.language_menu import choose_language

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder would be", encoding="utf-8")
    monkeypatch.setenv("NETPLANNER_PREFERENCES", str(blocked / "preferences.json"))
    choose_language(context, translation.DUTCH)
    [said] = prompts.errors
    assert said.startswith(f"The choice of language could not be saved in {blocked}"), said
    assert prompts.infos == [] and translation.saved_language(settings) is None


def test_a_sheet_without_goal_prints_in_the_window_language(demo_database) -> None:
    from netplanner.core.conversations import get_conversation, list_conversation_rows
    from netplanner.core.sheets.reading import prep_sheet_data

    with demo_database.transaction() as session:
        conversation = get_conversation(session, list_conversation_rows(session)[0].id)
        assert conversation.goal is not None  # with a goal: the goal's language
        assert (
            prep_sheet_data(session, conversation.id, "nl").language == conversation.goal.language
        )
        conversation.goal = None
        session.flush()
        assert prep_sheet_data(session, conversation.id, "nl").language == "nl"
        assert prep_sheet_data(session, conversation.id).language == "en"
        # The calendar export words a goal-less conversation the same way.
        from netplanner.interchange.ics_export import summary_of

        name = conversation.contact.name
        assert summary_of(conversation, "nl") in (
            f"Informatiegesprek met {name}",
            f"{name} vragen mee te denken",
        )
        assert "met" not in summary_of(conversation).split()


def _import_reasons(database, tmp_path: Path) -> dict[str, str]:
    """The reasons the real reading and planning code gives, keyed by what they are about."""
    from netplanner.core.imports.model import ImportedContact, ReadResult
    from netplanner.core.imports.plan import plan_import
    from netplanner.interchange.vcard_import import read_vcard

    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna de Vries\r\nno property\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:Nobody at all\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    read = read_vcard(cards)
    (nameless,) = read.rejected
    (broken,) = read.warnings
    rows = ReadResult(
        contacts=[
            ImportedContact(name="Lotte Smit", row=2),
            ImportedContact(name="Lotte Smit", row=3),
            ImportedContact(name="Bo " + "x" * 400, row=4),
        ]
    )
    with database.session() as session:
        plan = plan_import(session, rows)
    return {
        "nameless card": nameless.reason,
        "broken line": broken.reason,
        "repeated row": plan.skipped[0].reason,
        "long name": plan.rejected[0].reason,
    }


def test_import_reasons_from_the_reading_code_are_translated(
    qapp, database, tmp_path: Path, dutch
) -> None:
    from netplanner.gui.error_text import message_text

    reasons = {what: message_text(why) for what, why in _import_reasons(database, tmp_path).items()}
    assert reasons == {
        "nameless card": "heeft geen naam, e-mailadres, organisatie of telefoonnummer "
        "(begint op regel 6)",
        "broken line": "regel 4 is geen vCard-eigenschap; die is weggelaten",
        "repeated row": "dezelfde persoon als rij 2 van het bestand",
        "long name": "naam: langer dan 300 tekens",
    }


def test_import_reasons_read_the_same_in_english(qapp, database, tmp_path: Path) -> None:
    from netplanner.gui.error_text import message_text

    for why in _import_reasons(database, tmp_path).values():
        assert message_text(why) == str(why)
    assert message_text("something new") == "something new"


def test_a_dutch_window_loads_the_example_network_in_dutch(context, prompts, dutch) -> None:
    from netplanner.core.contacts import list_contact_rows
    from netplanner.core.goals import list_goals
    from netplanner.gui.welcome import first_start

    prompts.welcome_answers = [True]
    first_start(context)
    roles = {row.name: row.role for row in context.read(list_contact_rows)}
    assert roles["Bert Jansen"] == "Buurman"
    assert [goal.language for goal in context.read(list_goals)] == ["nl"]


def test_a_dutch_window_writes_how_you_know_each_other_in_dutch(
    qtbot, context, prompts, dutch, tmp_path: Path
) -> None:
    """And its closing message tells a row twice in the file from a known person."""
    from PySide6.QtWidgets import QWidget

    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact, list_contact_rows
    from netplanner.core.models import Contact
    from netplanner.gui.transfer.import_flow import ImportFlow, ImportKind

    context.write(
        lambda s: create_contact(s, ContactInput("Sem Bos", email="sem@example.nl")),
        changes=Change.CONTACTS,
    )
    connections = tmp_path / "Connections.csv"
    connections.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Noor,Visser,https://www.linkedin.com/in/noor,,KLM,Pilot,15 Mar 2024\n",
        encoding="utf-8",
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = ImportFlow(context, parent)
    flow.run_dialog = lambda dialog: True
    flow.import_file(ImportKind.LINKEDIN, connections)
    rows = {row.name: row for row in context.read(list_contact_rows)}
    noor = context.read(lambda s: s.get(Contact, rows["Noor Visser"].id))
    assert noor.how_we_know == "LinkedIn-connectie sinds 15 maart 2024"
    cards = tmp_path / "kaarten.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sem Bos\nEMAIL:sem@example.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Eva Kok\nEMAIL:eva@example.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Eva Kok\nEMAIL:EVA@example.nl\nEND:VCARD\n",
        encoding="utf-8",
    )
    flow.import_file(ImportKind.VCARD, cards)
    message = prompts.infos[-1]
    assert "al in je contacten" in message and "eerdere rij van dezelfde persoon" in message


def test_an_error_from_the_core_reads_in_dutch_with_its_names(
    qapp, context, prompts, dutch
) -> None:
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import check_introduction, create_contact

    with context.database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna de Vries")).id
        bert = create_contact(session, ContactInput(name="Bert Jansen", introduced_by_id=anna)).id
    assert (
        context.write(
            lambda s: check_introduction(s, anna, bert), changes=Change.CONTACTS, label="x"
        )
        is None
    )
    assert prompts.errors == [
        "Bert Jansen is (direct of via anderen) voorgesteld door Anna de Vries, dus Anna de "
        "Vries kan niet ook door Bert Jansen voorgesteld zijn."
    ]


def test_an_error_without_a_template_is_shown_as_it_is(qapp, dutch) -> None:
    from netplanner.gui.error_text import error_text

    assert error_text(OSError("disk full")) == "disk full"


def test_a_broken_bank_file_is_explained_in_dutch_down_to_the_line(
    qapp, tmp_path: Path, dutch
) -> None:
    import json

    import pytest

    from netplanner.gui.error_text import error_text
    from netplanner.interchange.bank_file import BankFileError, read_bank_file

    bank = {
        "format": "netplanner-question-bank",
        "version": 1,
        "key": "coach-bank",
        "name": "Van mijn coach",
        "language": "nl",
        "questions": [{"category": "work", "text": "Wat doe je op een gewone dag?"}, {}],
    }
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(bank, indent=2), encoding="utf-8")
    with pytest.raises(BankFileError) as raised:
        read_bank_file(path)
    assert str(raised.value).startswith("bank.json, line ")  # the CLI's English
    dutch_text = error_text(raised.value)
    assert dutch_text.startswith("bank.json, regel ")
    assert dutch_text.endswith(": vraag 2: 'category' ontbreekt.")


def test_counts_are_written_as_the_language_writes_numbers(qapp, dutch) -> None:
    from netplanner.gui.contacts.texts import count_label

    assert count_label(1500, 30000) == "1.500 van 30.000 contacten"
    translation.install_translators(translation.ENGLISH)
    apply_locale(translation.ENGLISH)
    assert count_label(1500, 30000) == "1,500 of 30,000 contacts"
