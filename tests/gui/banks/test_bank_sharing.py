"""Sharing banks from the tab: export a bank file, import it back (update or copy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplanner.core import banks as service
from netplanner.gui.banks import file_prompts
from netplanner.gui.banks.sharing import without_duplicates
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext


@pytest.fixture
def open_paths(monkeypatch) -> list[Path | None]:
    """What the open-file question answers, in order (None: cancelled); records nothing
    else, so a test fails instead of hanging on a real dialog."""
    answers: list[Path | None] = []

    def ask(parent, title, folder, file_filter):
        assert "*.json" in file_filter
        return answers.pop(0) if answers else None

    monkeypatch.setattr(file_prompts, "ask_open_file", ask)
    return answers


def _bank_names(context: AppContext) -> list[str]:
    return sorted(row.name for row in context.read(service.list_bank_rows))


def _export(tab: BanksTab, prompts, path: Path) -> None:
    prompts.save_paths = [path]
    tab.bank_panel.export_action.trigger()


def test_export_writes_a_readable_file_in_the_chosen_place(
    context: AppContext, make_tab, prompts, tmp_path: Path
) -> None:
    tab = make_tab(context)
    name = tab.bank_model.bank_at(0).name
    folder = tmp_path / "exports"
    folder.mkdir()
    _export(tab, prompts, folder / "shared")  # no extension typed
    kind, suggested = prompts.asked[-1]
    assert kind == "save_file"
    assert suggested.endswith("Informational conversation- the work from the inside.json")

    data = json.loads((folder / "shared.json").read_text(encoding="utf-8"))
    assert data["name"] == name
    assert len(data["questions"]) == 25
    assert data["categories"]["work"] == "The work itself"
    assert "shared.json" in tab.bank_panel.message_label.text()
    assert context.settings.value("export/last_folder") == str(folder)

    prompts.save_paths = []  # cancelled: nothing written
    tab.bank_panel.export_action.trigger()
    assert prompts.asked[-1][1].startswith(str(folder))  # the last folder is suggested
    assert sorted(p.name for p in folder.iterdir()) == ["shared.json"]


def test_import_of_a_bank_we_have_asks_update_or_copy(
    context: AppContext, make_tab, prompts, open_paths, tmp_path: Path
) -> None:
    tab = make_tab(context)
    bank_id = tab.current_bank_id()
    path = tmp_path / "bank.json"
    _export(tab, prompts, path)
    # The user changes their bank after sharing it.
    with context.transaction() as session:
        service.update_question(session, tab.question_model.question_at(0).id, "Changed?", "work")
    context.events.banks_changed.emit()

    # Cancel: nothing changes.
    open_paths.append(path)
    prompts.choose_answers = [2]
    tab.bank_panel.import_action.trigger()
    assert prompts.asked[-1] == ("choose", f"You already have this bank: “{tab._detail.name}”.")
    assert len(_bank_names(context)) == 4

    # Update: the same bank gets the file's questions back.
    open_paths.append(path)
    prompts.choose_answers = [0]
    tab.bank_panel.import_action.trigger()
    assert len(_bank_names(context)) == 4
    assert tab.current_bank_id() == bank_id
    assert tab.question_model.question_at(0).text.startswith("What does a typical working day")
    assert "with 25 questions" in tab.bank_panel.message_label.text()

    # Copy: a second bank, selected.
    open_paths.append(path)
    prompts.choose_answers = [1]
    tab.bank_panel.import_action.trigger()
    names = _bank_names(context)
    assert len(names) == 5
    assert "Informational conversation: the work from the inside (copy)" in names
    assert tab.current_bank_id() != bank_id
    assert tab.pane.title_label.text().endswith("(copy)")
    assert tab.question_model.rowCount() == 25


def test_import_of_a_new_bank_drops_duplicates_and_shows_it(
    context: AppContext, make_tab, prompts, open_paths, tmp_path: Path
) -> None:
    tab = make_tab(context)
    tab.language_filter.setCurrentIndex(tab.language_filter.findData("en"))
    path = tmp_path / "gedeeld.json"
    path.write_text(
        json.dumps(
            {
                "format": "netplanner-question-bank",
                "version": 1,
                "key": "bank-from-a-friend",
                "name": "Vragen van Şükrü",
                "language": "nl",
                "questions": [
                    {"category": "work", "text": "Wat doe je op een dag?"},
                    {"category": "advice", "text": "wat doe je op een DAG"},
                    {"category": "advice", "text": "Wat zou je mij aanraden?"},
                ],
            }
        ),
        encoding="utf-8",
    )
    open_paths.append(path)
    tab.bank_panel.import_action.trigger()
    assert not any(kind == "choose" for kind, _ in prompts.asked)  # a new bank: no question
    assert "Vragen van Şükrü" in _bank_names(context)
    assert tab.pane.title_label.text() == "Vragen van Şükrü"
    assert tab.language_filter.currentData() is None  # the filter made way for it
    assert [tab.question_model.question_at(r).text for r in range(2)] == [
        "Wat doe je op een dag?",
        "Wat zou je mij aanraden?",
    ]
    message = tab.bank_panel.message_label.text()
    assert "with 2 questions" in message and "1 duplicate question was left out" in message


def test_broken_file_shows_the_line_and_imports_nothing(
    context: AppContext, make_tab, prompts, open_paths, tmp_path: Path
) -> None:
    tab = make_tab(context)
    path = tmp_path / "broken.json"
    path.write_text(
        "{\n"
        '  "format": "netplanner-question-bank",\n'
        '  "version": 1,\n'
        '  "key": "k",\n'
        '  "name": "Broken",\n'
        '  "language": "en",\n'
        '  "questions": [\n'
        '    {"category": "work", "text": "Fine?"},\n'
        '    {"category": "gossip", "text": "Not fine?"}\n'
        "  ]\n"
        "}\n",
        encoding="utf-8",
    )
    open_paths.append(path)
    tab.bank_panel.import_action.trigger()
    assert prompts.errors == ["broken.json, line 9: question 2: unknown category 'gossip'."]
    assert len(_bank_names(context)) == 4

    path.write_text('{"format": "netplanner-question-bank",\n "version": 1,,}', encoding="utf-8")
    open_paths.append(path)
    tab.bank_panel.import_action.trigger()
    assert prompts.errors[-1].startswith("broken.json, line 2: not valid JSON")
    assert len(_bank_names(context)) == 4

    tab.bank_panel.import_action.trigger()  # cancelled: nothing said
    assert len(prompts.errors) == 2


def test_without_duplicates_keeps_the_first() -> None:
    content = service.BankContent(
        "k", "n", "en", questions=[("work", "A b?"), ("advice", "a, B"), ("work", "C?")]
    )
    kept, dropped = without_duplicates(content)
    assert kept.questions == [("work", "A b?"), ("work", "C?")]
    assert dropped == 1


def test_export_to_an_unwritable_place_is_reported(
    context: AppContext, make_tab, prompts, tmp_path: Path
) -> None:
    tab = make_tab(context)
    _export(tab, prompts, tmp_path / "gone" / "bank.json")
    assert len(prompts.errors) == 1
    assert "gone" in prompts.errors[0]
    assert tab.bank_panel.message_label.isHidden()
