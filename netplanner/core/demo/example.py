"""An example network for a first look: a believable job seeker's first weeks.

Sanne (the user) wants to move into UX research for healthcare apps in the
Utrecht region. Dates are relative to today so the example always has a past
and a future, and the Today view has something in each section: a thank-you to
send (Carla), an ask without a reply for four working days (Gijs: the 3B7
routine), someone who helped weeks ago (Bert: stay in touch), follow-ups the user
wrote down, and a conversation coming up (Şükrü). Conversations and follow-ups fall
on working days at plausible local hours (``_local``): never at the hour the
example happened to be loaded.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import count_contacts, create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.core.demo.texts import DemoTexts, demo_texts
from netplanner.core.enums import ContactSource, ConversationKind, ConversationStatus
from netplanner.core.errors import ValidationError
from netplanner.core.followups.stored import create_follow_up, mark_done
from netplanner.core.followups.working_days import add_working_days
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.models import Contact, Conversation, Question, QuestionBank
from netplanner.messages import QT_TRANSLATE_NOOP, Message

# name, organisation, region, introduced by (index); their roles and the rest of the words
# are in demo_texts, in English and Dutch.
_PEOPLE: list[tuple[str, str, str, int | None]] = [
    ("Anna de Vries", "Zorgpunt Digitaal", "Utrecht", None),
    ("Bert Jansen", "", "Utrecht", None),
    ("Carla Smit", "MedApp Studio", "Amersfoort", 0),
    ("Daan Bakker", "Gemeente Utrecht", "Utrecht", 1),
    ("Şükrü Yılmaz", "Toegankelijk.nu", "Utrecht", 2),
    ("Eva Mulder", "Flex Talent", "Amsterdam", None),
    ("Femke Visser", "Panelwise", "Utrecht", None),
    ("Gijs de Boer", "St. Antonius Ziekenhuis", "Nieuwegein", 6),
    ("Hanna Meijer", "Moodwise", "Utrecht", 4),
    ("Łukasz Wójcik", "Philips", "Eindhoven", 0),
    ("Irene Kok", "", "Zeist", None),
    ("Joost van Dijk", "Hogeschool Utrecht", "Utrecht", 10),
]


def _bank_questions(session: Session, key: str, count: int) -> list[QuestionChoice]:
    bank_id = session.scalar(select(QuestionBank.id).where(QuestionBank.builtin_key == key))
    if bank_id is None:
        return []
    questions = session.scalars(
        select(Question).where(Question.bank_id == bank_id).order_by(Question.position)
    ).all()
    step = max(1, len(questions) // count)
    picked = list(questions[::step][: count - 1]) + list(questions[-1:])
    return [QuestionChoice(q.text, q.id) for q in picked]


def load_demo(session: Session, now: datetime | None = None, *, language: str = "en") -> None:
    """Fill an empty data file with the example network, its words in ``language``
    ("en" or "nl"). Refuses a file with contacts."""
    words = demo_texts(language)
    if count_contacts(session):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The example data goes only into an empty data file.")
            )
        )
    now = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    today = now.astimezone().date()  # the user's day
    goal = create_goal(
        session,
        GoalInput(
            target_role=words.goal_role,
            specialism=words.goal_specialism,
            region="Utrecht",
            organisation_kind=words.goal_organisation_kind,
            language=words.language,
        ),
    )
    contacts: list[Contact] = []
    for (name, organisation, region, introducer), person in zip(_PEOPLE, words.people, strict=True):
        contacts.append(
            create_contact(
                session,
                ContactInput(
                    name=name,
                    role=person.role,
                    specialism=person.specialism,
                    organisation=organisation,
                    region=region,
                    how_we_know=person.how_we_know,
                    tags=person.tags,
                    source=ContactSource.DEMO.value,
                    introduced_by_id=contacts[introducer].id if introducer is not None else None,
                ),
            )
        )
    _date_the_contacts(contacts, now)
    anna, carla, sukru, gijs = contacts[0], contacts[2], contacts[4], contacts[7]
    informational = _bank_questions(session, words.informational_bank, 7)
    think_along = _bank_questions(session, words.think_along_bank, 4)

    held_at = _local(add_working_days(today, -8), time(16, 30))
    held = create_conversation(
        session,
        ConversationInput(
            contact_id=anna.id,
            goal_id=goal.id,
            kind=ConversationKind.THINK_ALONG.value,
            status=ConversationStatus.THANKED.value,
            starts_at=held_at,
            duration_minutes=30,
            place="Café Lebowski, Utrecht",
            purpose=words.anna_purpose,
            outcome=words.anna_outcome,
        ),
        [
            QuestionChoice(q.text, q.source_question_id, answer=words.anna_answer)
            for q in think_along[:1]
        ]
        + think_along[1:],
    )
    _moments(held, asked=held_at - timedelta(days=6), held=True)
    held.thanked_at = held_at + timedelta(hours=20)
    for introduced in (carla, contacts[9]):
        introduced.introduced_in_id = held.id
    carla_talk = create_conversation(
        session,
        ConversationInput(
            contact_id=carla.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.HELD.value,
            starts_at=_local(add_working_days(today, -2), time(14, 0)),
            duration_minutes=45,
            place="MedApp Studio, Amersfoort",
            purpose=words.carla_purpose,
            outcome=words.carla_outcome,
        ),
        informational,
    )
    # Held, not yet thanked: the thank-you routine suggests thanking Carla.
    _moments(carla_talk, asked=now - timedelta(days=10), held=True)
    sukru_talk = create_conversation(
        session,
        ConversationInput(
            contact_id=sukru.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.SCHEDULED.value,
            starts_at=_local(add_working_days(today, 3), time(10, 30)),
            duration_minutes=30,
            place=words.sukru_place,
            purpose=words.sukru_purpose,
            notes=words.sukru_notes,
        ),
        informational[:6],
    )
    _moments(sukru_talk, asked=now - timedelta(days=2))
    gijs_talk = create_conversation(
        session,
        ConversationInput(
            contact_id=gijs.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.ASKED.value,
            purpose=words.gijs_purpose,
            notes=words.gijs_notes,
        ),
    )
    # Asked four working days ago without a reply: 3B7 says ask a second person now,
    # and follow up once with Gijs if there is still no reply after 7 working days.
    _moments(gijs_talk, asked=_local(add_working_days(today, -4), time(10, 0)))
    _follow_ups(session, contacts, sukru_talk.id, now, words)
    session.flush()


def _local(day: date, at: time) -> datetime:
    """``at`` o'clock on ``day`` in the machine's time zone (summer or winter time as on
    that day), as an aware moment in UTC."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def _date_the_contacts(contacts: list[Contact], now: datetime) -> None:
    """When each contact was added: people the user knows first, names they got later.

    Bert introduced Daan nine weeks ago and has not heard from the user since, so
    the stay-in-touch routine suggests getting back to him.
    """
    weeks_ago = {0: 10, 1: 10, 3: 9, 5: 10, 6: 10, 10: 10, 11: 3}
    days_ago = {2: 11, 9: 11, 4: 2, 8: 1, 7: 6}
    for index, contact in enumerate(contacts):
        if index in weeks_ago:
            contact.created_at = now - timedelta(weeks=weeks_ago[index])
        else:
            contact.created_at = now - timedelta(days=days_ago.get(index, 1))


def _moments(conversation: Conversation, *, asked: datetime, held: bool = False) -> None:
    """Realistic moments in the past (the service stamps the real time of saving)."""
    conversation.created_at = asked - timedelta(days=1)
    conversation.asked_at = asked
    if held and conversation.starts_at is not None:
        duration = timedelta(minutes=conversation.duration_minutes or 60)
        conversation.held_at = conversation.starts_at + duration


def _follow_ups(
    session: Session,
    contacts: list[Contact],
    sukru_talk_id: int,
    now: datetime,
    words: DemoTexts,
) -> None:
    """A few follow-ups the user wrote down: one done, one overdue, one today, one ahead
    (due at nine in the morning, local time)."""
    femke, eva = contacts[6], contacts[5]
    today = now.astimezone().date()
    nine = time(9, 0)
    sent = create_follow_up(
        session,
        words.femke_follow_up,
        _local(today - timedelta(days=7), nine),
        contact_id=femke.id,
    )
    sent.created_at = now - timedelta(days=8)
    mark_done(session, sent.id, _local(today - timedelta(days=7), time(11, 0)), record_thanks=False)
    create_follow_up(
        session,
        words.headline_follow_up,
        _local(today - timedelta(days=1), nine),
    ).created_at = now - timedelta(days=4)
    create_follow_up(
        session,
        words.eva_follow_up,
        _local(today, nine),
        contact_id=eva.id,
    ).created_at = now - timedelta(days=2)
    create_follow_up(
        session,
        words.report_follow_up,
        _local(today + timedelta(days=2), nine),
        conversation_id=sukru_talk_id,
    ).created_at = now - timedelta(days=1)
