"""Question banks: built-in and the user's own, with their ordered questions."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from netplanner.core.enums import LANGUAGES, QuestionCategory
from netplanner.core.errors import (
    DuplicateQuestionError,
    NotFoundError,
    ValidationError,
    check_version,
)
from netplanner.core.meta import BUILTIN_BANKS_INSTALLED, get_meta, set_meta
from netplanner.core.models import Question, QuestionBank
from netplanner.core.text import clean, fold
from netplanner.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class BankContent:
    """A bank as read from a file: what the built-in banks (and later imports) hold."""

    key: str
    name: str
    language: str
    description: str = ""
    questions: list[tuple[str, str]] = field(default_factory=list)  # (category, text)


@dataclass(frozen=True)
class BankRow:
    id: int
    name: str
    language: str
    builtin: bool
    question_count: int


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(f"Unknown language {language!r}; use one of {', '.join(LANGUAGES)}.")
    return language


def _check_category(category: str) -> str:
    try:
        return QuestionCategory(category).value
    except ValueError as error:
        raise ValidationError(f"Unknown question category {category!r}.") from error


def get_bank(session: Session, bank_id: int) -> QuestionBank:
    bank = session.scalar(
        select(QuestionBank)
        .where(QuestionBank.id == bank_id)
        .options(selectinload(QuestionBank.questions))
    )
    if bank is None:
        raise NotFoundError("question bank", bank_id)
    return bank


def get_question(session: Session, question_id: int) -> Question:
    question = session.get(Question, question_id)
    if question is None:
        raise NotFoundError("question", question_id)
    return question


def list_bank_rows(session: Session) -> list[BankRow]:
    counts = select(Question.bank_id, func.count().label("n")).group_by(Question.bank_id).subquery()
    statement = (
        select(
            QuestionBank.id,
            QuestionBank.name,
            QuestionBank.language,
            QuestionBank.builtin,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.bank_id == QuestionBank.id)
        .order_by(QuestionBank.builtin.desc(), QuestionBank.language, QuestionBank.name)
    )
    return [BankRow(*row) for row in session.execute(statement)]


def create_bank(session: Session, name: str, language: str, description: str = "") -> QuestionBank:
    if not clean(name):
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "A question bank needs a name."))
        )
    bank = QuestionBank(
        name=clean(name), language=_check_language(language), description=clean(description)
    )
    session.add(bank)
    session.flush()
    return bank


def update_bank(
    session: Session,
    bank_id: int,
    name: str,
    language: str,
    description: str = "",
    *,
    loaded_version: int | None = None,
) -> QuestionBank:
    """Save the bank's name, language and description; ``loaded_version`` (the version
    the dialog showed) refuses the save when someone else saved the bank since."""
    if not clean(name):
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "A question bank needs a name."))
        )
    bank = get_bank(session, bank_id)
    check_version(bank, "question bank", loaded_version)
    bank.name = clean(name)
    bank.language = _check_language(language)
    bank.description = clean(description)
    session.flush()
    return bank


def delete_bank(session: Session, bank_id: int) -> None:
    """Delete a bank and its questions. Conversations keep their copied question texts."""
    session.delete(get_bank(session, bank_id))
    session.flush()


def question_identity(text: str) -> str:
    """What makes two questions the same: words only, ignoring case, accents, punctuation."""
    return " ".join(re.findall(r"\w+", fold(text)))


def find_duplicate(
    session: Session, bank_id: int, text: str, exclude_question_id: int | None = None
) -> Question | None:
    """The question in the bank that ``text`` would duplicate, if any."""
    identity = question_identity(text)
    for question in get_bank(session, bank_id).questions:
        if question.id != exclude_question_id and question_identity(question.text) == identity:
            return question
    return None


def _refuse_duplicate(
    session: Session, bank_id: int, text: str, exclude_question_id: int | None = None
) -> None:
    duplicate = find_duplicate(session, bank_id, text, exclude_question_id)
    if duplicate is not None:
        raise DuplicateQuestionError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "This bank already has that question (number %1): “%2”"
                ),
                duplicate.position + 1,
                duplicate.text,
            )
        )


def add_question(session: Session, bank_id: int, text: str, category: str) -> Question:
    if not clean(text):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "A question needs some text.")))
    bank = get_bank(session, bank_id)
    _refuse_duplicate(session, bank_id, text)
    question = Question(
        text=clean(text), category=_check_category(category), position=len(bank.questions)
    )
    bank.questions.append(question)
    session.flush()
    return question


def update_question(
    session: Session,
    question_id: int,
    text: str,
    category: str,
    *,
    loaded_version: int | None = None,
) -> Question:
    """Save a question's text and category; ``loaded_version`` (the version the editor
    showed) refuses the save when someone else saved the question since."""
    if not clean(text):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "A question needs some text.")))
    question = get_question(session, question_id)
    check_version(question, "question", loaded_version)
    _refuse_duplicate(session, question.bank_id, text, exclude_question_id=question_id)
    question.text = clean(text)
    question.category = _check_category(category)
    session.flush()
    return question


def delete_question(session: Session, question_id: int) -> None:
    question = get_question(session, question_id)
    bank = get_bank(session, question.bank_id)
    bank.questions.remove(question)
    session.delete(question)
    _renumber(bank.questions)
    session.flush()


def move_question(session: Session, question_id: int, offset: int) -> None:
    """Move a question ``offset`` places up (negative) or down within its bank."""
    question = get_question(session, question_id)
    questions = list(get_bank(session, question.bank_id).questions)
    old = questions.index(question)
    new = max(0, min(len(questions) - 1, old + offset))
    questions.insert(new, questions.pop(old))
    _renumber(questions)
    session.flush()


def _renumber(questions: Iterable[Question]) -> None:
    for position, question in enumerate(questions):
        question.position = position


def install_bank(session: Session, content: BankContent, *, builtin: bool) -> QuestionBank:
    """Add a bank with its questions as given (categories checked)."""
    bank = QuestionBank(
        name=clean(content.name),
        language=_check_language(content.language),
        description=clean(content.description),
        builtin=builtin,
        builtin_key=content.key if builtin else None,
    )
    bank.questions = [
        Question(text=clean(text), category=_check_category(category), position=position)
        for position, (category, text) in enumerate(content.questions)
    ]
    session.add(bank)
    session.flush()
    return bank


def install_missing_builtin_banks(session: Session, banks: Iterable[BankContent]) -> int:
    """Add each built-in bank this file has never had; returns how many were added.

    A built-in bank the user deleted stays deleted: the file remembers which
    keys it was given once.
    """
    installed = [key for key in get_meta(session, BUILTIN_BANKS_INSTALLED).split(",") if key]
    added = 0
    for content in banks:
        if content.key not in installed:
            install_bank(session, content, builtin=True)
            installed.append(content.key)
            added += 1
    if added:
        set_meta(session, BUILTIN_BANKS_INSTALLED, ",".join(installed))
    return added


def bank_content(session: Session, bank_id: int) -> BankContent:
    """A bank as plain content for export; gives the bank a share key if it has none."""
    bank = get_bank(session, bank_id)
    if not bank.share_key:
        bank.share_key = bank.builtin_key or f"bank-{uuid.uuid4()}"
        session.flush()
    return BankContent(
        key=bank.share_key,
        name=bank.name,
        language=bank.language,
        description=bank.description,
        questions=[(q.category, q.text) for q in bank.questions],
    )


def find_bank_by_key(session: Session, key: str) -> QuestionBank | None:
    """The bank an imported file would update: same share key (or built-in key)."""
    return session.scalar(
        select(QuestionBank)
        .where((QuestionBank.share_key == key) | (QuestionBank.builtin_key == key))
        .order_by(QuestionBank.id)
        .limit(1)
    )


def import_bank(
    session: Session, content: BankContent, *, replace_bank_id: int | None = None
) -> QuestionBank:
    """Add a bank from a file, or replace the questions of ``replace_bank_id`` with it.

    A new bank whose key is already taken becomes a copy with a fresh key, so the
    same file imported twice never yields two banks claiming one identity.
    """
    if replace_bank_id is not None:
        bank = get_bank(session, replace_bank_id)
        bank.name = clean(content.name)
        bank.language = _check_language(content.language)
        bank.description = clean(content.description)
        bank.questions.clear()
        session.flush()
        bank.questions.extend(
            Question(text=clean(text), category=_check_category(category), position=position)
            for position, (category, text) in enumerate(content.questions)
        )
        session.flush()
        return bank
    bank = install_bank(session, content, builtin=False)
    taken = find_bank_by_key(session, content.key)
    bank.share_key = content.key if taken is None or taken.id == bank.id else None
    session.flush()
    return bank
