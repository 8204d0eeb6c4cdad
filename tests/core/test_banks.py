from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from netplanner.core.banks import (
    add_question,
    create_bank,
    delete_bank,
    delete_question,
    get_bank,
    install_missing_builtin_banks,
    list_bank_rows,
    move_question,
    update_question,
)
from netplanner.core.enums import QuestionCategory
from netplanner.core.errors import ValidationError
from netplanner.datafile import builtin_banks, open_data_file
from netplanner.interchange.bank_file import BankFileError, read_bank_file

CLOSED_STARTS = re.compile(
    r"^(do|does|did|is|are|was|were|can|could|would|will|should|have|has|had|"
    r"heb|heeft|hebben|is|zijn|was|kun|kunt|kan|wil|wilt|zou|zouden|vind|doe|doet|ben|"
    r"mag|moet|weet)\b",
    re.IGNORECASE,
)
JOB_WORDS = re.compile(r"vacanc|vacature|sollicit|\bjob\b|\bbaan\b|hiring", re.IGNORECASE)


def test_first_start_has_the_builtin_banks(database) -> None:
    with database.session() as session:
        rows = list_bank_rows(session)
    languages = [row.language for row in rows if row.builtin]
    assert languages.count("nl") >= 2 and languages.count("en") >= 2
    assert sum(row.question_count for row in rows) >= 60


def test_builtin_questions_follow_the_method() -> None:
    """Open, single questions; never asking for a job; categories the method needs."""
    for bank in builtin_banks():
        texts = [text for _, text in bank.questions]
        assert len(set(texts)) == len(texts), bank.key
        for text in texts:
            assert text.endswith("?") and text.count("?") == 1, text
            assert not CLOSED_STARTS.match(text), f"closed question: {text}"
            assert not JOB_WORDS.search(text), f"asks for a job: {text}"
        categories = {category for category, _ in bank.questions}
        assert QuestionCategory.REFERRALS.value in categories, bank.key
        assert bank.questions[-1][0] == QuestionCategory.REFERRALS.value, bank.key
    informational = [
        b for b in builtin_banks() if b.key in ("en-informational", "nl-informatiegesprek")
    ]
    for bank in informational:
        categories = {category for category, _ in bank.questions}
        assert {"work", "path", "organisation", "advice", "referrals"} <= categories


def test_deleted_builtin_bank_does_not_come_back(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite3"
    database = open_data_file(path)
    with database.session() as session:
        first = list_bank_rows(session)[0]
    with database.transaction() as session:
        delete_bank(session, first.id)
    database.close()
    database = open_data_file(path)
    with database.session() as session:
        names = [row.name for row in list_bank_rows(session)]
    database.close()
    assert first.name not in names
    assert len(names) == len(builtin_banks()) - 1


def test_installing_twice_adds_nothing(database) -> None:
    with database.transaction() as session:
        assert install_missing_builtin_banks(session, builtin_banks()) == 0


def test_own_bank_add_edit_move_delete(database) -> None:
    with database.transaction() as session:
        bank = create_bank(session, "Mijn vragen", "nl", "Voor gesprekken met ontwerpers")
        a = add_question(session, bank.id, "Wat doe je op maandag?", "work")
        b = add_question(session, bank.id, "Hoe ben je begonnen?", "path")
        c = add_question(session, bank.id, "Wie moet ik nog spreken?", "referrals")
        move_question(session, c.id, -1)
        update_question(session, a.id, "Wat doe je op een gewone maandag?", "work")
    with database.session() as session:
        texts = [q.text for q in get_bank(session, bank.id).questions]
    assert texts == [
        "Wat doe je op een gewone maandag?",
        "Wie moet ik nog spreken?",
        "Hoe ben je begonnen?",
    ]
    with database.transaction() as session:
        delete_question(session, c.id)
        move_question(session, a.id, -5)  # already first: stays first
    with database.session() as session:
        questions = get_bank(session, bank.id).questions
    assert [(q.text, q.position) for q in questions] == [
        ("Wat doe je op een gewone maandag?", 0),
        ("Hoe ben je begonnen?", 1),
    ]
    assert b.id == questions[1].id


def test_bad_bank_input_is_refused(database) -> None:
    with pytest.raises(ValidationError), database.transaction() as session:
        create_bank(session, "  ", "en")
    with pytest.raises(ValidationError), database.transaction() as session:
        create_bank(session, "Mine", "fr")
    with pytest.raises(ValidationError), database.transaction() as session:
        bank = create_bank(session, "Mine", "en")
        add_question(session, bank.id, "What?", "gossip")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "x"}', "not a NetPlanner question bank"),
        ('{"format": "netplanner-question-bank", "version": 7}', "version 7"),
        (
            json.dumps(
                {
                    "format": "netplanner-question-bank",
                    "version": 1,
                    "key": "k",
                    "name": "n",
                    "language": "en",
                    "questions": [{"category": "work"}],
                }
            ),
            "question 1: 'text'",
        ),
    ],
)
def test_broken_bank_files_are_explained(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bank.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BankFileError, match=message):
        read_bank_file(path)


def test_duplicate_question_in_a_bank_is_refused(database) -> None:
    from netplanner.core.errors import DuplicateQuestionError

    with database.transaction() as session:
        bank = create_bank(session, "Mine", "en")
        add_question(session, bank.id, "What does your week look like?", "work")
        other = add_question(session, bank.id, "Who else should I meet?", "referrals")
    with pytest.raises(DuplicateQuestionError, match="number 1"), database.transaction() as s:
        add_question(s, bank.id, "  what does your WEEK look like ", "work")
    with pytest.raises(DuplicateQuestionError), database.transaction() as s:
        update_question(s, other.id, "What does your week look like?!", "work")
    with database.transaction() as session:  # editing a question into itself is fine
        update_question(session, other.id, "Who else should I meet?", "advice")
        assert len(get_bank(session, bank.id).questions) == 2
