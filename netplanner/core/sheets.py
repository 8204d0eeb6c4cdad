"""Gather what a prep sheet shows from the database into plain data."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from netplanner.core.chains import chain_of, format_chain
from netplanner.core.conversations import get_conversations
from netplanner.core.goals import describe_goal
from netplanner.core.models import Conversation
from netplanner.core.sheet_data import PrepSheetData, SheetQuestion


def prep_sheet_data(
    session: Session, conversation_id: int, fallback_language: str = "en"
) -> PrepSheetData:
    """The sheet in the language of the conversation's goal (the language its questions and
    ask are in); without a goal, in ``fallback_language`` (the window's language)."""
    return prep_sheets_data(session, [conversation_id], fallback_language)[0]


def prep_sheets_data(
    session: Session, conversation_ids: Sequence[int], fallback_language: str = "en"
) -> list[PrepSheetData]:
    """:func:`prep_sheet_data` for several conversations, read together, in the order given."""
    return [
        _sheet(session, conversation, fallback_language)
        for conversation in get_conversations(session, conversation_ids)
    ]


def _sheet(session: Session, conversation: Conversation, fallback_language: str) -> PrepSheetData:
    contact = conversation.contact
    introducer = contact.introduced_by
    language = conversation.goal.language if conversation.goal else fallback_language
    return PrepSheetData(
        contact_name=contact.name,
        contact_role=contact.role,
        contact_specialism=contact.specialism,
        contact_organisation=contact.organisation,
        kind=conversation.kind,
        starts_at=conversation.starts_at,
        duration_minutes=conversation.duration_minutes,
        place=conversation.place,
        introduced_by=introducer.name if introducer else "",
        how_we_know=(introducer.how_we_know if introducer else contact.how_we_know),
        chain=format_chain(chain_of(session, contact.id), language),
        goal=describe_goal(conversation.goal) if conversation.goal else "",
        purpose=conversation.purpose,
        notes=conversation.notes,
        questions=[SheetQuestion(q.text, q.answer) for q in conversation.questions],
        language=language,
    )
