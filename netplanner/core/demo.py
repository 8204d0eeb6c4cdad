"""An example network for a first look: a believable job seeker's first weeks.

Sanne (the user) wants to move into UX research for healthcare apps in the
Utrecht region. Dates are relative to "now" so the example always has a past
and a future.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.contacts import ContactInput, count_contacts, create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.core.enums import ContactSource, ConversationKind, ConversationStatus
from netplanner.core.errors import ValidationError
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.models import Question, QuestionBank

# name, role, specialism, organisation, region, how we know, introduced by (index), tags
_PEOPLE: list[tuple[str, str, str, str, str, str, int | None, str]] = [
    (
        "Anna de Vries",
        "Product owner",
        "patient portals",
        "Zorgpunt Digitaal",
        "Utrecht",
        "We studied psychology together in Groningen",
        None,
        "friend, healthcare",
    ),
    (
        "Bert Jansen",
        "Neighbour",
        "",
        "",
        "Utrecht",
        "Lives next door; works in IT",
        None,
        "neighbour",
    ),
    (
        "Carla Smit",
        "UX researcher",
        "healthcare apps",
        "MedApp Studio",
        "Amersfoort",
        "",
        0,
        "ux, healthcare",
    ),
    (
        "Daan Bakker",
        "Design lead",
        "service design",
        "Gemeente Utrecht",
        "Utrecht",
        "",
        1,
        "design, government",
    ),
    (
        "Şükrü Yılmaz",
        "UX researcher",
        "accessibility",
        "Toegankelijk.nu",
        "Utrecht",
        "",
        2,
        "ux, accessibility",
    ),
    (
        "Eva Mulder",
        "Recruiter",
        "IT and design",
        "Flex Talent",
        "Amsterdam",
        "Met at a meetup in 2023",
        None,
        "recruitment",
    ),
    (
        "Femke Visser",
        "Former colleague",
        "market research",
        "Panelwise",
        "Utrecht",
        "Worked together at Panelwise for three years",
        None,
        "ex-colleague, research",
    ),
    (
        "Gijs de Boer",
        "Head of digital care",
        "e-health",
        "St. Antonius Ziekenhuis",
        "Nieuwegein",
        "",
        6,
        "healthcare, hospital",
    ),
    (
        "Hanna Meijer",
        "UX researcher",
        "mental health apps",
        "Moodwise",
        "Utrecht",
        "",
        4,
        "ux, healthcare",
    ),
    (
        "Łukasz Wójcik",
        "Interaction designer",
        "medical devices",
        "Philips",
        "Eindhoven",
        "",
        2,
        "design, medtech",
    ),
    (
        "Irene Kok",
        "Running club friend",
        "",
        "",
        "Zeist",
        "Runs with me on Sunday mornings",
        None,
        "friend",
    ),
    (
        "Joost van Dijk",
        "Researcher",
        "digital health adoption",
        "Hogeschool Utrecht",
        "Utrecht",
        "",
        10,
        "research, education",
    ),
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


def load_demo(session: Session, now: datetime | None = None) -> None:
    """Fill an empty data file with the example network. Refuses a file with contacts."""
    if count_contacts(session):
        raise ValidationError("The example data goes only into an empty data file.")
    now = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    goal = create_goal(
        session,
        GoalInput(
            target_role="UX researcher",
            specialism="healthcare apps",
            region="Utrecht",
            organisation_kind="mid-sized healthcare organisations and their software makers",
        ),
    )
    contacts = []
    for name, role, specialism, organisation, region, how, introducer, tags in _PEOPLE:
        contacts.append(
            create_contact(
                session,
                ContactInput(
                    name=name,
                    role=role,
                    specialism=specialism,
                    organisation=organisation,
                    region=region,
                    how_we_know=how,
                    tags=tags,
                    source=ContactSource.DEMO.value,
                    introduced_by_id=contacts[introducer].id if introducer is not None else None,
                ),
            )
        )
    anna, carla, sukru, gijs = contacts[0], contacts[2], contacts[4], contacts[7]
    informational = _bank_questions(session, "en-informational", 7)
    think_along = _bank_questions(session, "en-think-along", 4)

    held = create_conversation(
        session,
        ConversationInput(
            contact_id=anna.id,
            goal_id=goal.id,
            kind=ConversationKind.THINK_ALONG.value,
            status=ConversationStatus.THANKED.value,
            starts_at=now - timedelta(days=12, hours=3),
            duration_minutes=30,
            place="Café Lebowski, Utrecht",
            purpose="Ask Anna to think along about who does UX research in healthcare.",
            outcome="Anna gave me two names: Carla Smit and Łukasz Wójcik.",
        ),
        [
            QuestionChoice(q.text, q.source_question_id, answer="Talk to Carla at MedApp Studio.")
            for q in think_along[:1]
        ]
        + think_along[1:],
    )
    held.thanked_at = held.starts_at + timedelta(hours=20)
    for introduced in (carla, contacts[9]):
        introduced.introduced_in_id = held.id
    create_conversation(
        session,
        ConversationInput(
            contact_id=carla.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.HELD.value,
            starts_at=now - timedelta(days=2, hours=5),
            duration_minutes=45,
            place="MedApp Studio, Amersfoort",
            purpose="Learn what UX research for healthcare apps involves day to day.",
            outcome="Very open conversation. Send thanks; she mentioned Şükrü Yılmaz.",
        ),
        informational,
    )
    create_conversation(
        session,
        ConversationInput(
            contact_id=sukru.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.SCHEDULED.value,
            starts_at=now + timedelta(days=3, hours=2),
            duration_minutes=30,
            place="Video call",
            purpose="Hear how accessibility research fits into healthcare projects.",
            notes="Carla says he started in usability testing for a bank.",
        ),
        informational[:6],
    )
    create_conversation(
        session,
        ConversationInput(
            contact_id=gijs.id,
            goal_id=goal.id,
            kind=ConversationKind.INFORMATIONAL.value,
            status=ConversationStatus.ASKED.value,
            purpose="Understand how a hospital decides which apps its patients use.",
            notes="Femke asked him by e-mail on my behalf; waiting for a reply.",
        ),
    )
    session.flush()
