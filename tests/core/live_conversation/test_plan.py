"""The phases of a conversation, their time, and the order of what is asked."""

from __future__ import annotations

from netplanner.core.live_conversation.plan import (
    SMALL_TALK,
    STANDARD_PROMPTS,
    Phase,
    arrange,
    budget,
    items_of,
    park,
)
from netplanner.core.live_conversation.reading import LiveConversation, LiveQuestion


def live(questions: list[LiveQuestion], language: str = "en") -> LiveConversation:
    return LiveConversation(
        1, 2, "Lotte", "", "", ("Marieke", "Lotte"), "informational", "scheduled", "", language,
        None, 30, "prep", tuple(questions),
    )  # fmt: skip


def test_the_planned_time_is_shared_out_over_the_phases() -> None:
    thirty = budget(30).seconds
    assert thirty == {Phase.SMALL_TALK: 180, Phase.QUESTIONS: 1350, Phase.NEXT_STEPS: 270}
    assert budget(30).total == 30 * 60
    assert budget(None).total == 25 * 60  # the suggested sets' default length
    short = budget(5).seconds  # each phase gets its least
    assert short == {Phase.SMALL_TALK: 120, Phase.QUESTIONS: 300, Phase.NEXT_STEPS: 180}


def test_items_small_talk_questions_then_next_steps() -> None:
    questions = [
        LiveQuestion(10, 0, "Who else would be worth talking to?", "", "referrals"),
        LiveQuestion(11, 1, "What does your week look like?", "Busy", "work"),
        LiveQuestion(12, 2, "My own question?", "", None),
    ]
    items = items_of(live(questions), "en")
    assert [(item.key, item.phase) for item in items] == [
        (SMALL_TALK, Phase.SMALL_TALK),
        ("q:11", Phase.QUESTIONS),
        ("q:12", Phase.QUESTIONS),
        ("q:10", Phase.NEXT_STEPS),
        ("std:use_name", Phase.NEXT_STEPS),  # "who else" is asked by the bank question
    ]
    assert items[0].answer == "prep" and items[1].answer == "Busy"
    # Without a "who else" question both prompts come, in the conversation's language.
    dutch = items_of(live(questions[1:], "nl"), "nl")
    assert [item.text for item in dutch[-2:]] == [
        STANDARD_PROMPTS["whom_else"]["nl"],
        STANDARD_PROMPTS["use_name"]["nl"],
    ]
    # A prompt already noted as a question (after an earlier start) is not offered twice.
    noted = LiveQuestion(13, 3, STANDARD_PROMPTS["use_name"]["en"].upper(), "Yes", None)
    keys = [item.key for item in items_of(live([*questions, noted]), "en")]
    assert "std:use_name" not in keys and keys[-1] == "q:13"


def test_parking_and_a_kept_order() -> None:
    questions = [LiveQuestion(i, i, f"Question {i}?", "", None) for i in (1, 2, 3)]
    items = items_of(live(questions), "en")
    parked = park(items, "q:1")
    assert [item.key for item in parked] == [
        SMALL_TALK, "q:2", "q:3", "q:1", "std:whom_else", "std:use_name",
    ]  # fmt: skip
    assert park(items, SMALL_TALK) == items
    # The order kept from an earlier start comes back; a question added since falls in.
    more = items_of(live([*questions, LiveQuestion(4, 3, "New?", "", None)]), "en")
    again = arrange(more, tuple(item.key for item in parked))
    assert [item.key for item in again][:5] == [SMALL_TALK, "q:2", "q:3", "q:1", "q:4"]
