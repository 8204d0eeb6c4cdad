"""Plain snapshots of a bank and its questions, read in one short session.

The widgets keep these frozen copies, never ORM objects, so no session stays open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from netplanner.core.banks import get_bank


@dataclass(frozen=True)
class QuestionItem:
    id: int
    position: int
    category: str
    text: str


@dataclass(frozen=True)
class BankDetail:
    id: int
    name: str
    language: str
    description: str
    builtin: bool
    questions: tuple[QuestionItem, ...]


def read_bank_detail(session: Session, bank_id: int) -> BankDetail:
    """The bank with its questions in position order (raises NotFoundError)."""
    bank = get_bank(session, bank_id)
    questions = tuple(
        QuestionItem(q.id, q.position, q.category, q.text)
        for q in sorted(bank.questions, key=lambda q: q.position)
    )
    return BankDetail(bank.id, bank.name, bank.language, bank.description, bank.builtin, questions)
