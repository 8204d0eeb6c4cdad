"""Fixed wording of the printed documents in English and Dutch, and the date line.

Dates are formatted from our own month/weekday tables rather than with
``strftime("%A")`` so the result does not depend on the process locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Labels:
    """Every fixed string printed on a prep sheet, blank sheet or booklet, for one language."""

    code: str
    document_title: str
    kinds: dict[str, str]
    when: str
    place: str
    introduced_by: str
    purpose: str
    my_ask: str
    questions: str
    notes: str
    reminder_title: str
    reminders: tuple[str, ...]
    footer: str  # formatted with page=<number>
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    months: tuple[str, ...]  # January first
    minutes: str
    # Blank prep sheet (filled in by hand)
    name: str
    role_line: str
    # Question booklet
    booklet_title: str
    booklet_hint: str
    booklet_footer: str  # formatted with page=<number>
    categories: dict[str, str]  # QuestionCategory value -> heading
    language_names: dict[str, str]  # bank language code -> name
    question_count: tuple[str, str]  # one, many; formatted with n=<count>
    no_questions: str

    def count_questions(self, n: int) -> str:
        """E.g. "1 question", "25 questions"."""
        return self.question_count[0 if n == 1 else 1].format(n=n)


LABELS: dict[str, Labels] = {
    "en": Labels(
        code="en",
        document_title="Prep sheet",
        kinds={
            "informational": "Informational conversation",
            "think_along": "Asking to think along",
        },
        when="When",
        place="Place",
        introduced_by="Introduced by",
        purpose="Purpose",
        my_ask="My ask",
        questions="Questions",
        notes="Notes",
        reminder_title="Keep in mind",
        reminders=(
            "Ask open questions (how, what, why) and let them do most of the talking.",
            "Show real interest in their work and in how they got where they are.",
            "Do not ask for a job: you are here to learn and to get advice.",
            "Before you leave, ask who else you could talk to.",
            "Send a short thank-you within a day.",
        ),
        footer="NetPlanner · prep sheet · page {page}",
        weekdays=(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ),
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        minutes="min",
        name="Name",
        role_line="Role · specialism · organisation",
        booklet_title="Question booklet",
        booklet_hint="Tick the questions you want to ask.",
        booklet_footer="NetPlanner · question booklet · page {page}",
        categories={
            "work": "The work itself",
            "path": "Path into the field",
            "organisation": "Organisation and sector",
            "trends": "Trends",
            "advice": "Advice",
            "resources": "Resources",
            "referrals": "Who else to talk to",
            "other": "Other",
        },
        language_names={"en": "English", "nl": "Dutch"},
        question_count=("{n} question", "{n} questions"),
        no_questions="No questions yet.",
    ),
    "nl": Labels(
        code="nl",
        document_title="Gespreksvoorbereiding",
        kinds={
            "informational": "Informatiegesprek",
            "think_along": "Vragen om mee te denken",
        },
        when="Wanneer",
        place="Plaats",
        introduced_by="Voorgesteld door",
        purpose="Doel",
        my_ask="Mijn vraag",
        questions="Vragen",
        notes="Aantekeningen",
        reminder_title="Onthoud",
        reminders=(
            "Stel open vragen (hoe, wat, waarom) en laat vooral de ander aan het woord.",
            "Toon echte interesse in hun werk en in hoe ze daar gekomen zijn.",
            "Vraag niet om een baan: je bent er om te leren en advies te krijgen.",
            "Vraag voor je weggaat met wie je nog meer zou kunnen praten.",
            "Stuur binnen een dag een kort bedankje.",
        ),
        footer="NetPlanner · gespreksvoorbereiding · pagina {page}",
        weekdays=(
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ),
        months=(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        minutes="min",
        name="Naam",
        role_line="Functie · specialisme · organisatie",
        booklet_title="Vragenboekje",
        booklet_hint="Vink de vragen aan die je wilt stellen.",
        booklet_footer="NetPlanner · vragenboekje · pagina {page}",
        categories={
            "work": "Het werk zelf",
            "path": "De weg naar het vak",
            "organisation": "Organisatie en sector",
            "trends": "Ontwikkelingen",
            "advice": "Advies",
            "resources": "Bronnen",
            "referrals": "Met wie nog meer praten",
            "other": "Overig",
        },
        language_names={"en": "Engels", "nl": "Nederlands"},
        question_count=("{n} vraag", "{n} vragen"),
        no_questions="Nog geen vragen.",
    ),
}


def get_labels(language: str) -> Labels:
    """Labels for ``language`` ("en" or "nl", case-insensitive); ValueError otherwise."""
    key = language.strip().lower() if isinstance(language, str) else ""
    try:
        return LABELS[key]
    except KeyError:
        supported = ", ".join(sorted(LABELS))
        raise ValueError(f"Unsupported language {language!r}; use one of: {supported}") from None


def format_when(starts_at: datetime | None, duration_minutes: int | None, labels: Labels) -> str:
    """E.g. "Tuesday 1 December 2026, 14:30 (45 min)"; "" when nothing is known.

    ``starts_at`` is shown in the machine's local time zone.
    """
    duration = f"{duration_minutes} {labels.minutes}" if duration_minutes else ""
    if starts_at is None:
        return duration
    local = starts_at.astimezone()
    text = (
        f"{labels.weekdays[local.weekday()]} {local.day} {labels.months[local.month - 1]} "
        f"{local.year}, {local:%H:%M}"
    )
    return f"{text} ({duration})" if duration else text
