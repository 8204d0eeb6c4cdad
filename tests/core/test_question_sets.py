"""A suggested set of questions: sized to the time, spread over the conversation, closing
with "who else should I talk to"."""

from __future__ import annotations

import pytest

from netplanner.core.banks import get_bank, list_bank_rows
from netplanner.core.question_sets import CONVERSATION_ORDER, suggest_questions, suggested_count

# A bank like the built-in informational one: 5 work, 4 path, 3 organisation, 3 trends,
# 4 advice, 3 resources, 3 referrals, in bank order. Ids are 100 + position.
_SIZES = [
    ("work", 5),
    ("path", 4),
    ("organisation", 3),
    ("trends", 3),
    ("advice", 4),
    ("resources", 3),
    ("referrals", 3),
]
BANK = [
    (100 + position, category, f"{category} question {n}")
    for position, (category, n) in enumerate(
        (category, n) for category, size in _SIZES for n in range(size)
    )
]
CATEGORY = {question_id: category for question_id, category, _text in BANK}


def _categories(ids: list[int]) -> list[str]:
    return [CATEGORY[question_id] for question_id in ids]


@pytest.mark.parametrize(("minutes", "count"), [(20, 6), (25, 7), (30, 8), (45, 10), (10, 4)])
def test_the_set_fits_the_time(minutes: int, count: int) -> None:
    assert suggested_count(minutes) == count
    assert len(suggest_questions(BANK, minutes=minutes)) == count


def test_it_follows_the_conversation_and_ends_with_who_else() -> None:
    ids = suggest_questions(BANK, minutes=25)
    categories = _categories(ids)
    assert categories[-1] == "referrals"
    assert categories.count("referrals") == 1
    # Every category of the conversation is there, in the order a conversation runs.
    assert set(CONVERSATION_ORDER[:6]) <= set(categories)
    order = [*CONVERSATION_ORDER, "referrals"]
    assert categories == sorted(categories, key=order.index)
    assert len(set(ids)) == len(ids)
    assert ids[0] == 100  # the first question of a category comes first


def test_fewer_slots_than_categories_are_spread_out() -> None:
    categories = _categories(suggest_questions(BANK, minutes=12))  # 4 questions
    assert categories == ["work", "organisation", "advice", "referrals"]


def test_within_a_category_questions_are_picked_evenly() -> None:
    ids = suggest_questions(BANK, minutes=60)  # 10: work gets 2 of its 5, path 2 of 4, ...
    work = [i for i in ids if CATEGORY[i] == "work"]
    assert work == [100, 102]


def test_same_input_same_set() -> None:
    assert suggest_questions(BANK, minutes=30) == suggest_questions(list(BANK), minutes=30)
    assert suggest_questions(BANK, minutes=30) == [100, 102, 105, 109, 112, 115, 119, 122]


def test_a_bank_with_only_three_questions_gives_all_three_in_order() -> None:
    small = [
        (1, "referrals", "Who else?"),
        (2, "advice", "What would you do?"),
        (3, "work", "Day?"),
    ]
    assert suggest_questions(small, minutes=30) == [3, 2, 1]


def test_a_bank_without_referrals_or_missing_categories() -> None:
    bank = [question for question in BANK if question[1] in ("work", "advice")]
    ids = suggest_questions(bank, minutes=25)
    assert len(ids) == 7
    assert _categories(ids) == ["work"] * 4 + ["advice"] * 3


def test_only_who_else_questions_fill_up_a_short_bank() -> None:
    bank = [(1, "work", "Day?"), (2, "referrals", "Who?"), (3, "referrals", "Who more?")]
    assert suggest_questions(bank, minutes=25) == [1, 3, 2]  # the first "who" closes


def test_empty_bank() -> None:
    assert suggest_questions([], minutes=25) == []


def test_built_in_banks(database) -> None:
    with database.session() as session:
        for row in list_bank_rows(session):
            bank = get_bank(session, row.id)
            questions = [(q.id, q.category, q.text) for q in bank.questions]
            ids = suggest_questions(questions, minutes=25)
            assert len(ids) == min(7, len(questions))
            assert {q.id: q.category for q in bank.questions}[ids[-1]] == "referrals"
