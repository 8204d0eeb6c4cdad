"""Merging two contacts that are the same person (a LinkedIn import beside a card
typed by hand, say) into one, losing nothing.

The merged contact is ``keep``, with:

* the conversations and follow-ups of both, and everyone either of them introduced
  (each of those keeps the conversation they were introduced in);
* every empty field of ``keep`` filled from ``other``; where both have a different
  value, ``keep``'s stays and ``other``'s is written at the end of the notes, under
  "Merged from …", with ``other``'s notes. Tags are joined; the earliest
  creation date is kept;
* a sensible introducer: ``keep``'s own; or, when ``keep`` was introduced by
  ``other`` (or by nobody), the one who introduced ``other``, with the conversation
  ``other`` was introduced in. Never the merged contact themselves.

A merge is refused when it would make a loop of introductions that no choice of
introducer avoids (``other`` introduced someone who introduced ``keep``): one of
those introductions is wrong, and the user should say which.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from netplanner.core.contacts import get_contact
from netplanner.core.errors import IntroductionLoopError, ValidationError
from netplanner.core.models import Contact, Conversation, FollowUp
from netplanner.core.text import fold, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: Single-value fields: filled when empty, else a differing value goes to the notes.
FILLED_FIELDS: tuple[tuple[str, str], ...] = (
    ("role", "Role"),
    ("specialism", "Specialism"),
    ("organisation", "Organisation"),
    ("sector", "Sector"),
    ("region", "Region"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("linkedin_url", "LinkedIn"),
    ("how_we_know", "How we know each other"),
)


def merge_contacts(session: Session, keep_id: int, other_id: int) -> Contact:
    """Merge contact ``other_id`` into ``keep_id`` and delete ``other_id``.

    Raises ``ValidationError`` for a contact merged with itself and
    ``IntroductionLoopError`` for a merge that would loop (see the module notes);
    then nothing has changed.
    """
    if keep_id == other_id:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "A contact cannot be merged with itself."))
        )
    keep, other = get_contact(session, keep_id), get_contact(session, other_id)
    introducer_id, introduced_in_id = _merged_introduction(session, keep, other)

    leftovers = [] if fold(keep.name) == fold(other.name) else [f"Name: {other.name}"]
    for field, label in FILLED_FIELDS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        if not mine:
            setattr(keep, field, theirs)
        elif theirs and fold(theirs) != fold(mine):
            leftovers.append(f"{label}: {theirs}")
    notes = [keep.notes] if keep.notes else []
    if leftovers or (other.notes and other.notes not in keep.notes):
        merged = "\n".join(leftovers)
        if other.notes and other.notes not in keep.notes:
            merged = f"{merged}\n{other.notes}" if merged else other.notes
        notes.append(f"Merged from “{other.name}”:\n{merged}")
    keep.notes = "\n\n".join(notes)
    keep.tags = normalise_tags(f"{keep.tags},{other.tags}")
    keep.created_at = min(keep.created_at, other.created_at)
    keep.introduced_by_id, keep.introduced_in_id = introducer_id, introduced_in_id

    session.execute(
        update(Conversation).where(Conversation.contact_id == other_id).values(contact_id=keep_id),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        update(FollowUp).where(FollowUp.contact_id == other_id).values(contact_id=keep_id),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        update(Contact)
        .where(Contact.introduced_by_id == other_id, Contact.id != keep_id)
        .values(introduced_by_id=keep_id),
        execution_options={"synchronize_session": False},
    )
    session.flush()
    # ``other``'s collections may still list the moved conversations; forget them so
    # deleting ``other`` cannot cascade into what now belongs to ``keep``.
    session.expire(other)
    session.delete(other)
    session.flush()
    session.expire_all()
    return get_contact(session, keep_id)


def _merged_introduction(
    session: Session, keep: Contact, other: Contact
) -> tuple[int | None, int | None]:
    """(introduced_by_id, introduced_in_id) of the merged contact; refuses a loop."""
    ours = {keep.id, other.id}
    if keep.introduced_by_id is not None and keep.introduced_by_id not in ours:
        introducer, introduced_in = keep.introduced_by_id, keep.introduced_in_id
        if introduced_in is None and other.introduced_by_id == introducer:
            introduced_in = other.introduced_in_id
    elif other.introduced_by_id is not None and other.introduced_by_id not in ours:
        introducer, introduced_in = other.introduced_by_id, other.introduced_in_id
    else:
        introducer, introduced_in = None, keep.introduced_in_id or other.introduced_in_id
    if introduced_in is not None:
        # A name is never got in a conversation with the person themselves.
        talked_with = session.scalar(
            select(Conversation.contact_id).where(Conversation.id == introduced_in)
        )
        if talked_with in ours:
            introduced_in = None
    _refuse_loop(session, keep, other, introducer)
    return introducer, introduced_in


def _refuse_loop(session: Session, keep: Contact, other: Contact, introducer: int | None) -> None:
    """Walk up from the merged contact's introducer; meeting ``keep`` or ``other`` means
    the merged contact would be introduced (via others) by themselves."""
    chain: list[int] = []
    current = introducer
    while current is not None and current not in chain:
        if current in (keep.id, other.id):
            first = get_contact(session, chain[0]).name
            by = keep.name if current == keep.id else other.name
            raise IntroductionLoopError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1 and %2 cannot be merged: %3 introduced one of them and was "
                        "introduced (directly or via others) by %4. Correct who introduced "
                        "whom first.",
                    ),
                    keep.name,
                    other.name,
                    first,
                    by,
                )
            )
        chain.append(current)
        current = session.scalar(select(Contact.introduced_by_id).where(Contact.id == current))
