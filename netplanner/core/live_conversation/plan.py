"""The shape of a conversation in conversation mode: its phases, their time, its items.

Three phases, as the method has them: a little **small talk** (about the person who
introduced you, if anyone did), **your questions**, and the **next steps**: whom else
to talk to, and whether you may use their name. The planned duration is shared out
over them; the mode shows, gently, when a phase runs over.

An *item* is what the mode shows at one time: the small talk (its notes go in the
conversation's notes), one question, or a next-step prompt. A next-step prompt the
conversation does not hold yet (the two standard ones) is added to its questions once
the user notes an answer to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from netplanner.core.enums import QuestionCategory
from netplanner.core.live_conversation.reading import LiveConversation
from netplanner.core.question_sets import DEFAULT_MINUTES
from netplanner.core.text import clean, fold


class Phase(StrEnum):
    SMALL_TALK = "small_talk"
    QUESTIONS = "questions"
    NEXT_STEPS = "next_steps"


PHASES = (Phase.SMALL_TALK, Phase.QUESTIONS, Phase.NEXT_STEPS)

#: Shares of the planned time, and the least each phase gets (seconds).
_SHARES = {Phase.SMALL_TALK: 0.1, Phase.NEXT_STEPS: 0.15}
_AT_LEAST = {Phase.SMALL_TALK: 120, Phase.NEXT_STEPS: 180, Phase.QUESTIONS: 300}

#: The key of the small-talk item.
SMALL_TALK = "small_talk"
#: The standard next-step prompts, written in the conversation's language (they become
#: question text in the data file, like a bank question; not window text).
STANDARD_PROMPTS: dict[str, dict[str, str]] = {
    "whom_else": {
        "en": "Whom else should I talk to about this work?",
        "nl": "Met wie zou ik nog meer moeten praten over dit werk?",
    },
    "use_name": {
        "en": "May I mention your name when I get in touch with them?",
        "nl": "Mag ik jouw naam noemen als ik contact met ze opneem?",
    },
}


@dataclass(frozen=True)
class Budget:
    """Seconds planned for each phase; they add up to the planned duration (or more,
    for a very short conversation)."""

    seconds: dict[Phase, int]

    @property
    def total(self) -> int:
        return sum(self.seconds.values())


def budget(duration_minutes: int | None) -> Budget:
    """The planned time shared out over the phases (no duration: ``DEFAULT_MINUTES``)."""
    total = (duration_minutes or DEFAULT_MINUTES) * 60
    small = max(_AT_LEAST[Phase.SMALL_TALK], round(total * _SHARES[Phase.SMALL_TALK]))
    steps = max(_AT_LEAST[Phase.NEXT_STEPS], round(total * _SHARES[Phase.NEXT_STEPS]))
    questions = max(_AT_LEAST[Phase.QUESTIONS], total - small - steps)
    return Budget({Phase.SMALL_TALK: small, Phase.QUESTIONS: questions, Phase.NEXT_STEPS: steps})


@dataclass(frozen=True)
class Item:
    key: str  # SMALL_TALK, "q:<question id>" or "std:<prompt name>"
    phase: Phase
    text: str
    question_id: int | None = None
    answer: str = ""


def question_key(question_id: int) -> str:
    return f"q:{question_id}"


def conversation_language(live: LiveConversation, window_language: str) -> str:
    """The goal's language, else the window's (English when neither is known)."""
    language = live.language or window_language
    return language if language in ("en", "nl") else "en"


def items_of(live: LiveConversation, language: str) -> list[Item]:
    """The items in their natural order: small talk, the questions, the next steps (the
    conversation's "who else" questions, then the standard prompts it lacks)."""
    items = [Item(SMALL_TALK, Phase.SMALL_TALK, "", answer=live.notes)]
    closing: list[Item] = []
    prompts = {fold(text) for texts in STANDARD_PROMPTS.values() for text in texts.values()}
    for question in live.questions:
        referral = question.category == QuestionCategory.REFERRALS.value or (
            fold(clean(question.text)) in prompts
        )
        item = Item(
            question_key(question.id),
            Phase.NEXT_STEPS if referral else Phase.QUESTIONS,
            question.text,
            question.id,
            question.answer,
        )
        (closing if referral else items).append(item)
    held = {fold(clean(question.text)) for question in live.questions}
    for name, texts in STANDARD_PROMPTS.items():
        text = texts[language]
        if fold(text) in held or (name == "whom_else" and closing):
            continue  # asked already, in these words or by a "who else" question of a bank
        closing.append(Item(f"std:{name}", Phase.NEXT_STEPS, text))
    return items + closing


def arrange(items: list[Item], order: tuple[str, ...]) -> list[Item]:
    """``items`` in a kept ``order`` (from an earlier start): known keys first in that
    order, within their phase; new items where they naturally fall."""
    rank = {key: position for position, key in enumerate(order)}
    natural = {item.key: position for position, item in enumerate(items)}
    phase_rank = {phase: position for position, phase in enumerate(PHASES)}

    def place(item: Item) -> tuple[int, int, int]:
        known = rank.get(item.key)
        return (
            phase_rank[item.phase],
            0 if known is not None else 1,
            known if known is not None else natural[item.key],
        )

    return sorted(items, key=place)


def park(items: list[Item], key: str) -> list[Item]:
    """Ask ``key`` later: last of its phase (a question comes back before the next steps)."""
    moved = next((item for item in items if item.key == key), None)
    if moved is None or moved.phase == Phase.SMALL_TALK:
        return items
    rest = [item for item in items if item.key != key]
    after = max(
        (position for position, item in enumerate(rest) if item.phase == moved.phase),
        default=len(rest) - 1,
    )
    return [*rest[: after + 1], moved, *rest[after + 1 :]]


def as_stored(shown: list[Item], stored: list[Item]) -> list[Item]:
    """``stored`` (the items as read again) in the order ``shown``; an answer that is
    stored as shown keeps the shown text (the stored one is trimmed: a space just typed
    stays in the answer box)."""
    typed = {item.key: item.answer for item in shown}
    return [
        replace(item, answer=typed[item.key])
        if item.key in typed and typed[item.key].strip() == item.answer
        else item
        for item in arrange(stored, tuple(typed))
    ]
