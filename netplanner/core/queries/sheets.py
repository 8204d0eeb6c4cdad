"""What prep sheets read: a few statements for any number of sheets (``core.sheets``)."""

from __future__ import annotations

from sqlalchemy import BindParameter, bindparam, select

from netplanner.core.queries.tables import contact, conversation, conversation_question, goal

_ids: BindParameter[list[int]] = bindparam("ids", expanding=True)

#: The conversations the sheets are for.
conversations = select(
    conversation.c.id,
    conversation.c.contact_id,
    conversation.c.goal_id,
    conversation.c.kind,
    conversation.c.starts_at,
    conversation.c.duration_minutes,
    conversation.c.place,
    conversation.c.purpose,
    conversation.c.notes,
).where(conversation.c.id.in_(_ids))

#: Their goals: what ``describe_goal`` and ``compose_opening_line`` read.
goals = select(
    goal.c.id,
    goal.c.target_role,
    goal.c.specialism,
    goal.c.region,
    goal.c.organisation_kind,
    goal.c.free_text,
    goal.c.language,
).where(goal.c.id.in_(_ids))

#: Their questions, in the order of each conversation.
questions = (
    select(
        conversation_question.c.conversation_id,
        conversation_question.c.text,
        conversation_question.c.answer,
    )
    .where(conversation_question.c.conversation_id.in_(_ids))
    .order_by(
        conversation_question.c.conversation_id,
        conversation_question.c.position,
        conversation_question.c.id,
    )
)

#: People: the sheets' contacts and those up their chains of introductions.
people = select(
    contact.c.id,
    contact.c.name,
    contact.c.role,
    contact.c.specialism,
    contact.c.organisation,
    contact.c.how_we_know,
    contact.c.introduced_by_id,
).where(contact.c.id.in_(_ids))

#: How to reach each contact on the day.
reach = select(contact.c.id, contact.c.phone, contact.c.email).where(contact.c.id.in_(_ids))
