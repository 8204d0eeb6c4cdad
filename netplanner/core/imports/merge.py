"""Merging two contacts that are the same person (a LinkedIn import beside a card
typed by hand, say) into one, losing nothing.

The merged contact is ``keep``, with:

* the conversations and follow-ups of both, and everyone either of them introduced
  (each of those keeps the conversation they were introduced in);
* every empty field of ``keep`` filled from ``other``; where both have a different
  value, ``keep``'s stays and ``other``'s is written at the end of the notes, under
  "Merged from …", with ``other``'s notes. An address and the parts of a name are
  taken whole or not at all. E-mail addresses, phone numbers and websites are never
  lost: those of ``other`` that ``keep`` lacks become more of ``keep``'s. Tags are
  joined; the earliest creation date is kept;
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

from netplanner.catalogue import message_in
from netplanner.core.contact_fields import Detail
from netplanner.core.contacts import get_contact
from netplanner.core.errors import IntroductionLoopError, ValidationError
from netplanner.core.imports.fill import ADDRESS_FIELDS, NAME_PART_FIELDS, comparable
from netplanner.core.imports.notes import other_address
from netplanner.core.models import Contact, ContactDetail, Conversation, FollowUp
from netplanner.core.text import fold, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: Single-value fields: filled when empty, else a differing value goes to the notes, on a
#: line of this template (the same texts as an import's note lines where they mean the
#: same: "Address: %1").
FILLED_FIELDS: tuple[tuple[str, str], ...] = (
    # "Job title", not an import's "Role: %1" (a vCard's ROLE beside its TITLE, "Rol" in
    # Dutch): this is the field the form calls "Role (job title)", "Functie" in Dutch.
    ("role", QT_TRANSLATE_NOOP("Messages", "Job title: %1")),
    ("specialism", QT_TRANSLATE_NOOP("Messages", "Specialism: %1")),
    ("organisation", QT_TRANSLATE_NOOP("Messages", "Organisation: %1")),
    ("sector", QT_TRANSLATE_NOOP("Messages", "Sector: %1")),
    ("region", QT_TRANSLATE_NOOP("Messages", "Region: %1")),
    ("linkedin_url", QT_TRANSLATE_NOOP("Messages", "LinkedIn: %1")),
    ("how_we_know", QT_TRANSLATE_NOOP("Messages", "How you know each other: %1")),
    ("nickname", QT_TRANSLATE_NOOP("Messages", "Nickname: %1")),
    ("birthday", QT_TRANSLATE_NOOP("Messages", "Birthday: %1")),
    ("source_uid", QT_TRANSLATE_NOOP("Messages", "UID: %1")),
)


def merge_contacts(session: Session, keep_id: int, other_id: int, language: str = "en") -> Contact:
    """Merge contact ``other_id`` into ``keep_id`` and delete ``other_id``.

    What goes to the notes is labelled in ``language`` ("en", "nl"), the data language
    (the window's, as an import's note lines are): "Merged from “…”:", "Name: …".

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

    leftovers: list[Message] = []
    if fold(keep.name) != fold(other.name):
        leftovers.append(Message(QT_TRANSLATE_NOOP("Messages", "Name: %1"), other.name))
    for field, template in FILLED_FIELDS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        if not mine:
            setattr(keep, field, theirs)
        elif theirs and fold(theirs) != fold(mine):
            leftovers.append(Message(template, theirs))
    leftovers += _merge_groups(keep, other)
    _merge_details(keep, other)
    notes = [keep.notes] if keep.notes else []
    if leftovers or (other.notes and other.notes not in keep.notes):
        lines = [message_in(language, line) for line in leftovers]
        if other.notes and other.notes not in keep.notes:
            lines.append(other.notes)
        heading = Message(QT_TRANSLATE_NOOP("Messages", "Merged from “%1”:"), other.name)
        notes.append("\n".join([message_in(language, heading), *lines]))
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


def _merge_groups(keep: Contact, other: Contact) -> list[Message]:
    """Take ``other``'s address and name parts where ``keep`` has none; a different
    address of ``other`` is a note line."""
    lines = []
    for group in (ADDRESS_FIELDS, NAME_PART_FIELDS):
        mine = [getattr(keep, name) for name in group]
        theirs = [getattr(other, name) for name in group]
        if group is ADDRESS_FIELDS and address_kept_apart(keep, other):
            lines.append(other_address(", ".join(" ".join(v.split()) for v in theirs if v)))
        elif not any(mine):
            for name, value in zip(group, theirs, strict=True):
                setattr(keep, name, value)
    return lines


def address_kept_apart(keep: Contact, other: Contact) -> bool:
    """Whether both have an address and ``other``'s differs (it then goes to the notes)."""
    mine = [getattr(keep, name) for name in ADDRESS_FIELDS]
    theirs = [getattr(other, name) for name in ADDRESS_FIELDS]
    return any(mine) and any(theirs) and theirs != mine


def details_to_add(keep: Contact, other: Contact) -> list[Detail]:
    """The e-mail addresses, phone numbers and websites of ``other`` that ``keep`` lacks."""
    offered = [
        Detail("email", other.email_kind, other.email),
        Detail("phone", other.phone_kind, other.phone),
        Detail("website", "", other.website),
        *(Detail(d.kind, d.label, d.value) for d in other.details),
    ]
    have = {(kind, comparable(kind, getattr(keep, kind))) for kind in ("email", "phone", "website")}
    have |= {(d.kind, comparable(d.kind, d.value)) for d in keep.details}
    added = []
    for detail in offered:
        key = (detail.kind, comparable(detail.kind, detail.value))
        if detail.value and key not in have:
            have.add(key)
            added.append(detail)
    return added


def _merge_details(keep: Contact, other: Contact) -> None:
    """Every e-mail address, phone number and website of ``other`` that ``keep`` lacks
    becomes one of ``keep``'s (the first of each kind in the empty field, if it is)."""
    position = max((d.position for d in keep.details), default=-1) + 1
    for detail in details_to_add(keep, other):
        if not getattr(keep, detail.kind):
            setattr(keep, detail.kind, detail.value)
            if detail.kind != "website":
                setattr(keep, f"{detail.kind}_kind", detail.label)
            continue
        keep.details.append(
            ContactDetail(
                kind=detail.kind, label=detail.label, value=detail.value, position=position
            )
        )
        position += 1


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
