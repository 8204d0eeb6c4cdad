"""A suggested set of questions from a bank, sized for the time the conversation takes.

Deterministic on purpose: the same bank and duration always give the same set, so a
user who asks again gets the same suggestion (and a test can say what it will be).
"""

from __future__ import annotations

from collections.abc import Sequence

from netplanner.core.enums import QuestionCategory

#: The order a conversation usually runs in; "who else should I talk to" always closes it.
CONVERSATION_ORDER: tuple[str, ...] = (
    QuestionCategory.WORK.value,
    QuestionCategory.PATH.value,
    QuestionCategory.ORGANISATION.value,
    QuestionCategory.TRENDS.value,
    QuestionCategory.ADVICE.value,
    QuestionCategory.RESOURCES.value,
    QuestionCategory.OTHER.value,
)
CLOSING_CATEGORY = QuestionCategory.REFERRALS.value

MINUTES_PER_QUESTION = 4  # an open question with its follow-up takes three to five minutes
FEWEST_QUESTIONS, MOST_QUESTIONS = 4, 10
DEFAULT_MINUTES = 25

BankQuestion = tuple[int, str, str]  # (question id, category, text)


def suggested_count(minutes: int) -> int:
    """How many questions fit: one per four minutes plus the short closing question.

    20 minutes → 6, 25 → 7, 30 → 8; never fewer than 4 nor more than 10.
    """
    return max(FEWEST_QUESTIONS, min(MOST_QUESTIONS, minutes // MINUTES_PER_QUESTION + 1))


def _spread(picks: int, size: int) -> list[int]:
    """``picks`` positions spread evenly over ``range(size)``, always starting at 0."""
    return [index * size // picks for index in range(picks)]


def _share_out(slots: int, capacities: list[int]) -> list[int]:
    """How many questions each category gives, spread as evenly as the bank allows.

    Each round gives one more question to as many categories as slots remain, picked
    evenly along the conversation (so 3 slots over 6 categories take the 1st, 3rd
    and 5th); a category that runs out simply drops out of the next round.
    """
    counts = [0] * len(capacities)
    while slots > 0:
        open_ = [c for c, capacity in enumerate(capacities) if counts[c] < capacity]
        if not open_:
            break
        take = min(slots, len(open_))
        for position in _spread(take, len(open_)):
            counts[open_[position]] += 1
        slots -= take
    return counts


def suggest_questions(
    questions: Sequence[BankQuestion], *, minutes: int = DEFAULT_MINUTES
) -> list[int]:
    """Ids of a suggested set from one bank (given in bank order), in the order to ask them.

    The set runs work → path → organisation → trends → advice → resources (→ other),
    spread over the categories the bank has, and ends with one "who else should I
    talk to" question when the bank has one. A bank smaller than the set gives all
    its questions, in conversation order.
    """
    by_category: dict[str, list[int]] = {}
    for question_id, category, _text in questions:
        ids = by_category.setdefault(category, [])
        if question_id not in ids:
            ids.append(question_id)
    closing = by_category.pop(CLOSING_CATEGORY, [])
    known = [c for c in CONVERSATION_ORDER if c in by_category]
    order = known + [c for c in by_category if c not in CONVERSATION_ORDER]

    slots = suggested_count(minutes) - (1 if closing else 0)
    counts = _share_out(slots, [len(by_category[c]) for c in order])
    chosen: list[int] = []
    for category, count in zip(order, counts, strict=True):
        pool = by_category[category]
        chosen.extend(pool[position] for position in _spread(count, len(pool)))
    if closing:
        # More "who else" questions only fill up a bank that is short of other questions.
        chosen.extend(closing[1 : 1 + max(0, slots - sum(counts))])
        chosen.append(closing[0])
    return chosen
