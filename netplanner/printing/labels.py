"""Fixed wording of the printed documents in English and Dutch, and the date lines.

The words themselves are in ``labels_en`` and ``labels_nl``. Dates are formatted from
our own month/weekday tables rather than with ``strftime("%A")`` so the result does not
depend on the process locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Labels:
    """Every fixed string printed on a prep sheet, blank sheet or booklet, for one language."""

    code: str
    document_title: str
    documents_title: str  # several sheets in one PDF, followed by their dates
    subject: str  # formatted with name=<contact>
    subject_many: str  # formatted with n=<count>
    kinds: dict[str, str]
    when: str
    place: str
    phone: str
    email: str
    introduced_by: str
    via: str  # formatted with names=<the people before the introducer>
    how_we_know: str
    purpose: str
    my_notes: str
    opening_line: str
    opening_prompt: str
    my_ask: str
    ask_prompt: str
    keep_in_mind: str
    reminders: dict[str, tuple[str, ...]]  # per kind of conversation
    time_plan: str
    phases: dict[str, tuple[str, str, str]]  # per kind: start, middle, end
    end: str  # the last mark of the time plan
    questions: str
    asked: str
    must_ask: str
    notes: str
    names_you_got: str
    name_and_organisation: str
    how_to_reach: str
    may_use_name: str
    after: str
    thanked: str
    promised: str
    follow_up_on: str
    learned: str
    continued: str
    footer: str  # formatted with page=<number>, then " of " and the total
    of_pages: str  # " of "
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    months: tuple[str, ...]  # January first
    minutes: str
    # Blank prep sheet (filled in by hand)
    name: str
    role_line: str
    blank_subject: str
    # Question booklet
    booklet_title: str
    booklet_subject: str
    booklet_hint: str
    booklet_footer: str  # formatted with page=<number>
    categories: dict[str, str]  # QuestionCategory value -> heading
    language_names: dict[str, str]  # bank language code -> name
    question_count: tuple[str, str]  # one, many; formatted with n=<count>
    no_questions: str

    def count_questions(self, n: int) -> str:
        """E.g. "1 question", "25 questions"."""
        return self.question_count[0 if n == 1 else 1].format(n=n)


def get_labels(language: str) -> Labels:
    """Labels for ``language`` ("en" or "nl", case-insensitive); ValueError otherwise."""
    from netplanner.printing.labels_en import ENGLISH
    from netplanner.printing.labels_nl import DUTCH

    labels = {"en": ENGLISH, "nl": DUTCH}
    key = language.strip().lower() if isinstance(language, str) else ""
    try:
        return labels[key]
    except KeyError:
        supported = ", ".join(sorted(labels))
        raise ValueError(f"Unsupported language {language!r}; use one of: {supported}") from None


def format_date(day: date, labels: Labels) -> str:
    """E.g. "Tuesday 1 December 2026"."""
    return f"{labels.weekdays[day.weekday()]} {day.day} {labels.months[day.month - 1]} {day.year}"


def format_when(starts_at: datetime | None, duration_minutes: int | None, labels: Labels) -> str:
    """E.g. "Tuesday 1 December 2026, 14:30–15:15"; "45 min" without a moment; "" when
    nothing is known. ``starts_at`` is shown in the machine's local time zone."""
    if starts_at is None:
        return f"{duration_minutes} {labels.minutes}" if duration_minutes else ""
    local = starts_at.astimezone()
    text = f"{format_date(local.date(), labels)}, {local:%H:%M}"
    if duration_minutes:
        text += f"–{local + timedelta(minutes=duration_minutes):%H:%M}"
    return text


def format_period(first: date, last: date, labels: Labels) -> str:
    """E.g. "7–11 December 2026", "30 November – 4 December 2026", one day as one date."""
    month = labels.months
    if first == last:
        return f"{first.day} {month[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month[last.month - 1]} {last.year}"
    if first.year == last.year:
        return (
            f"{first.day} {month[first.month - 1]} – {last.day} {month[last.month - 1]} {last.year}"
        )
    return (
        f"{first.day} {month[first.month - 1]} {first.year} – "
        f"{last.day} {month[last.month - 1]} {last.year}"
    )
