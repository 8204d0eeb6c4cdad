"""Search what people told you: the answers noted in every conversation.

Only answers are searched (with the question they belong to), not a conversation's
notes or outcome: "what did anyone say about working hours?" is a question about
answers, and mixing in the user's own notes would blur it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.models import Contact, Conversation, ConversationQuestion
from netplanner.core.text import fold


@dataclass(frozen=True)
class AnswerHit:
    """One noted answer that matched, with where it was said."""

    conversation_id: int
    contact_id: int
    contact_name: str
    starts_at: datetime | None  # aware (UTC) or None for an undated conversation
    question: str
    answer: str


def _fold(value: str) -> str:
    """``fold`` with a fast path: plain ASCII only needs lower case."""
    return value.lower() if value.isascii() else fold(value)


def search_answers(session: Session, text: str, limit: int = 200) -> list[AnswerHit]:
    """Answers in which every word of ``text`` occurs, in the answer or its question.

    Case and accents do not matter ("geinteresseerd" finds "geïnteresseerd"). Newest
    conversation first (undated ones last), questions in the order they were asked.
    No words gives no hits.

    SQL only narrows to non-empty answers: a LIKE cannot ignore accents in SQLite,
    so the words are matched in Python on folded text. The rows stream in date
    order and the search stops at ``limit``; that stays quick up to tens of
    thousands of answers, which is far more than one person notes.
    """
    terms = fold(text).split()
    if not terms or limit <= 0:
        return []
    statement = (
        select(
            ConversationQuestion.conversation_id,
            Conversation.contact_id,
            Contact.name,
            Conversation.starts_at,
            ConversationQuestion.text,
            ConversationQuestion.answer,
        )
        .join(Conversation, ConversationQuestion.conversation_id == Conversation.id)
        .join(Contact, Conversation.contact_id == Contact.id)
        .where(ConversationQuestion.answer != "")
        .order_by(
            Conversation.starts_at.is_(None),
            Conversation.starts_at.desc(),
            Conversation.id.desc(),
            ConversationQuestion.position,
        )
    )
    hits: list[AnswerHit] = []
    for row in session.execute(statement):
        haystack = _fold(f"{row.text}\n{row.answer}")
        if all(term in haystack for term in terms):
            hits.append(AnswerHit(*row))
            if len(hits) >= limit:
                break
    return hits
