"""Gather what a prep sheet shows from the database into plain data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from netplanner.core.chains import chain_of, format_chain
from netplanner.core.conversations import get_conversation
from netplanner.core.goals import describe_goal
from netplanner.core.sheet_data import PrepSheetData, SheetQuestion


def prep_sheet_data(
    session: Session, conversation_id: int, fallback_language: str = "en"
) -> PrepSheetData:
    """The sheet in the language of the conversation's goal (the language its questions and
    ask are in); without a goal, in ``fallback_language`` (the window's language)."""
    conversation = get_conversation(session, conversation_id)
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
