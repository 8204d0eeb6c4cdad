"""The ORM models: what a NetPlanner data file holds.

Every schema change goes through a migration in ``netplanner/storage/migrations``;
``tests/storage/test_migrations.py`` fails when the two disagree.

Every relationship is ``lazy="raise"``: reading one that was not loaded raises instead
of querying behind the caller's back (or failing once the object left its session).
A service that hands out objects loads what their users read, with ``selectinload``
or ``joinedload`` in its query (``get_contact``: the details; ``get_conversation``: the
contact, goal and questions; ``get_bank``: the questions), and its docstring says so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from netplanner.core.clock import utc_now
from netplanner.core.enums import ContactSource, ConversationKind, ConversationStatus
from netplanner.core.types import UTCDateTime


class Base(DeclarativeBase):
    pass


class Owned:
    """A row that belongs to someone. In an SQLite file everything is one person's ('');
    on a practice server the server fills in the login (see migration 0006) and its
    row-level security checks it. The app never sets it, and no export carries it."""

    owner: Mapped[str] = mapped_column(String(63), server_default="")


class Versioned(Owned):
    """A row a form edits: each save adds one to ``version`` and is refused (SQLAlchemy's
    ``StaleDataError``) when the row's version is no longer the one the form loaded."""

    version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(300), default="")
    specialism: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(300), default="")
    #: The preferred e-mail address and phone number (the first of the contact's); the
    #: others are ``details``. ``email_kind``/``phone_kind``: "work", "home", "mobile", …
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email_kind: Mapped[str] = mapped_column(String(50), default="", server_default="")
    phone_kind: Mapped[str] = mapped_column(String(50), default="", server_default="")
    linkedin_url: Mapped[str] = mapped_column(String(500), default="")
    website: Mapped[str] = mapped_column(String(500), default="", server_default="")
    nickname: Mapped[str] = mapped_column(String(300), default="", server_default="")
    #: The name's parts as the source gave them (vCard N), for exporting N unguessed.
    name_prefix: Mapped[str] = mapped_column(String(100), default="", server_default="")
    given_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    additional_names: Mapped[str] = mapped_column(String(300), default="", server_default="")
    family_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    name_suffix: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: ISO 8601: "1980-03-22", or "--03-22" when the year is not known.
    birthday: Mapped[str] = mapped_column(String(10), default="", server_default="")
    #: The postal address (vCard ADR); ``address_region`` is the state or province.
    street: Mapped[str] = mapped_column(String(500), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(30), default="", server_default="")
    city: Mapped[str] = mapped_column(String(300), default="", server_default="")
    address_region: Mapped[str] = mapped_column(String(300), default="", server_default="")
    country: Mapped[str] = mapped_column(String(300), default="", server_default="")
    #: The UID of the card (or row) the contact came from; written back on export. Not
    #: indexed: imports read every contact's keys at once, and the index cost every
    #: inserted row its upkeep.
    source_uid: Mapped[str] = mapped_column(String(300), default="", server_default="")
    how_we_know: Mapped[str] = mapped_column(Text, default="")
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    introduced_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL", use_alter=True), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(
        Text, default=""
    )  # comma-separated, see core.text.normalise_tags
    source: Mapped[str] = mapped_column(String(20), default=ContactSource.MANUAL.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    introduced_by: Mapped[Contact | None] = relationship(
        remote_side=[id], foreign_keys=[introduced_by_id], lazy="raise"
    )
    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="contact",
        foreign_keys="Conversation.contact_id",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )
    details: Mapped[list[ContactDetail]] = relationship(
        back_populates="contact",
        order_by="ContactDetail.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )

    @property
    def emails(self) -> list[str]:
        """Every e-mail address, the preferred one first."""
        others = [d.value for d in self.details if d.kind == DETAIL_EMAIL]
        return [self.email, *others] if self.email else others

    @property
    def phones(self) -> list[str]:
        """Every phone number, the preferred one first."""
        others = [d.value for d in self.details if d.kind == DETAIL_PHONE]
        return [self.phone, *others] if self.phone else others


#: What a :class:`ContactDetail` holds.
DETAIL_EMAIL, DETAIL_PHONE, DETAIL_WEBSITE = "email", "phone", "website"


class ContactDetail(Owned, Base):
    """One more e-mail address, phone number or website of a contact, with its kind.

    The preferred one of each stays on the contact itself (``Contact.email`` …), so
    everything that needs one address or number reads it there.
    """

    __tablename__ = "contact_detail"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    #: "email", "phone" or "website".
    kind: Mapped[str] = mapped_column(String(10))
    #: What kind of address or number: "work", "home", "mobile", "fax", or the source's own.
    label: Mapped[str] = mapped_column(String(50), default="")
    value: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="details", lazy="raise")


class Goal(Versioned, Base):
    """The concrete ask ("zoekvraag"): what the user is looking for, said concretely."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_role: Mapped[str] = mapped_column(String(300), default="")
    specialism: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(300), default="")
    organisation_kind: Mapped[str] = mapped_column(String(300), default="")
    free_text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Conversation(Versioned, Base):
    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20), default=ConversationKind.INFORMATIONAL.value)
    status: Mapped[str] = mapped_column(String(20), default=ConversationStatus.IDEA.value)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    thanked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the status first became "asked" / "held": the follow-up routines count from here.
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    contact: Mapped[Contact] = relationship(
        back_populates="conversations", foreign_keys=[contact_id], lazy="raise"
    )
    goal: Mapped[Goal | None] = relationship(lazy="raise")
    questions: Mapped[list[ConversationQuestion]] = relationship(
        back_populates="conversation",
        order_by="ConversationQuestion.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )


class QuestionBank(Versioned, Base):
    __tablename__ = "question_bank"
    __table_args__ = (
        UniqueConstraint("owner", "builtin_key", name="uq_question_bank_owner_builtin_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(5), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Stable key of a built-in bank ("en-informational"); lets a later version refresh it.
    builtin_key: Mapped[str | None] = mapped_column(String(100))
    # Key written into an exported bank file; importing that file again finds this bank.
    share_key: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    questions: Mapped[list[Question]] = relationship(
        back_populates="bank",
        order_by="Question.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )


class Question(Versioned, Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(
        ForeignKey("question_bank.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(30), default="other")
    position: Mapped[int] = mapped_column(Integer, default=0)

    bank: Mapped[QuestionBank] = relationship(back_populates="questions", lazy="raise")


class ConversationQuestion(Owned, Base):
    """A question as chosen for one conversation: the text is copied, so later bank edits
    never rewrite what was asked."""

    __tablename__ = "conversation_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    source_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL")
    )

    conversation: Mapped[Conversation] = relationship(back_populates="questions", lazy="raise")


class FollowUp(Versioned, Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("owner", "suggestion_key", name="uq_follow_up_owner_suggestion_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    what: Mapped[str] = mapped_column(Text)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    #: "manual", or the routine that suggested it (see core.followups.routines).
    kind: Mapped[str] = mapped_column(String(30), default="manual", server_default="manual")
    #: Set when made from a suggestion, so that suggestion is not offered again.
    suggestion_key: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class UndoLogEntry(Owned, Base):
    """One statement that takes one row change back (see netplanner.storage.sqlite.undo)."""

    __tablename__ = "undo_log"

    seq: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[int | None] = mapped_column(Integer, index=True)
    statement: Mapped[str] = mapped_column(Text)


class AppMeta(Owned, Base):
    """Small key/value facts about this data file (e.g. which built-in banks it has)."""

    __tablename__ = "app_meta"

    #: Part of the key: each person on a server keeps their own facts.
    owner: Mapped[str] = mapped_column(String(63), primary_key=True, server_default="")
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
