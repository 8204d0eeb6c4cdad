"""Plain snapshots of banks and their questions, read in one short session.

The widgets keep these frozen copies, never ORM objects, so no session stays open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.banks import BankContent, get_bank
from netplanner.core.models import Question, QuestionBank


@dataclass(frozen=True)
class QuestionItem:
    id: int
    position: int
    category: str
    text: str
    #: The version read: the editor's save is refused once someone else changed it.
    version: int | None = None


@dataclass(frozen=True)
class BankDetail:
    id: int
    name: str
    language: str
    description: str
    builtin: bool
    questions: tuple[QuestionItem, ...]
    #: The version read: the bank dialog's save is refused once someone else changed it.
    version: int | None = None


def read_bank_detail(session: Session, bank_id: int) -> BankDetail:
    """The bank with its questions in position order (raises NotFoundError)."""
    bank = get_bank(session, bank_id)
    questions = tuple(
        QuestionItem(q.id, q.position, q.category, q.text, q.version)
        for q in sorted(bank.questions, key=lambda q: q.position)
    )
    return BankDetail(
        bank.id,
        bank.name,
        bank.language,
        bank.description,
        bank.builtin,
        questions,
        bank.version,
    )


@dataclass(frozen=True)
class SearchEntry:
    """One question of any bank, for the search across all banks."""

    bank_id: int
    bank_name: str
    language: str
    question_id: int
    position: int
    category: str
    text: str


def read_all_questions(session: Session) -> list[SearchEntry]:
    """Every question of every bank, by bank name and then position."""
    statement = (
        select(
            QuestionBank.id,
            QuestionBank.name,
            QuestionBank.language,
            Question.id,
            Question.position,
            Question.category,
            Question.text,
        )
        .join(Question, Question.bank_id == QuestionBank.id)
        .order_by(QuestionBank.name, QuestionBank.id, Question.position)
    )
    return [SearchEntry(*row) for row in session.execute(statement)]


def read_bank_contents(session: Session, bank_ids: list[int]) -> list[BankContent]:
    """The banks as plain content for printing, in the order given (no share key given
    out: printing is a read)."""
    contents = []
    for bank_id in bank_ids:
        bank = get_bank(session, bank_id)
        contents.append(
            BankContent(
                key=bank.share_key or bank.builtin_key or "",
                name=bank.name,
                language=bank.language,
                description=bank.description,
                questions=[(q.category, q.text) for q in sorted(bank.questions, key=_position)],
            )
        )
    return contents


def _position(question: Question) -> int:
    return question.position
