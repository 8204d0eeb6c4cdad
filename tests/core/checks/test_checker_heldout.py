"""The checkers judged on text nobody tuned them on (issue 17).

The held-out rounds in ``heldout`` were written by hand before the rules were
changed, and no rule was tuned on their misses (see the README there). These tests keep
the figures at or above the targets, so a rule change that loses generality fails CI.
Judged as ``netplanner review`` judges: a text passes when the checker has no finding.
The independent development set is used when it is there (it is not in the repository).
"""

from __future__ import annotations

import pytest

from tests.core.checks.checker_figures import (
    dev_sets,
    evaluate,
    flags,
    held_out_rounds,
    rewrite_figures,
)

TARGET = {"ask": 0.92, "question": 0.93}
REASON_FLOOR = 0.75
ROUNDS = held_out_rounds()
DETECTION_ROUNDS = {name: sets for name, sets in ROUNDS.items() if "ask" in sets}


@pytest.mark.parametrize("round_name", sorted(DETECTION_ROUNDS))
@pytest.mark.parametrize("checker", ["ask", "question"])
def test_held_out_accuracy_per_language(round_name: str, checker: str) -> None:
    rows = DETECTION_ROUNDS[round_name][checker]
    assert sum(row.lang == "nl" for row in rows) >= 40
    assert sum(row.lang == "en" for row in rows) >= 40
    figures = evaluate(f"{round_name} {checker}s", rows, flags(checker))
    for lang in ("en", "nl"):
        assert figures.accuracy(lang) >= TARGET[checker], (lang, figures.per_lang[lang])


@pytest.mark.parametrize("round_name", sorted(DETECTION_ROUNDS))
@pytest.mark.parametrize("checker", ["ask", "question"])
def test_no_reason_below_the_floor(round_name: str, checker: str) -> None:
    figures = evaluate(round_name, DETECTION_ROUNDS[round_name][checker], flags(checker))
    for reason in figures.per_reason:
        assert figures.reason_accuracy(reason) >= REASON_FLOOR, (reason, figures.per_reason)


def test_most_flagged_closed_and_leading_questions_get_a_rewrite() -> None:
    rows = [row for sets in ROUNDS.values() for row in sets.get("question", [])]
    rows += [row for sets in ROUNDS.values() for row in sets.get("rewrites", [])]
    with_rewrite, total, _ = rewrite_figures(rows)
    assert total >= 100
    assert with_rewrite / total >= 0.90, (with_rewrite, total)


DEV = dev_sets()


@pytest.mark.skipif(not DEV, reason="the independent development set is not on this machine")
@pytest.mark.parametrize("checker", ["ask", "question"])
def test_development_set(checker: str) -> None:
    figures = evaluate(f"dev {checker}s", DEV[checker], flags(checker))
    for lang in ("en", "nl"):
        assert figures.accuracy(lang) >= TARGET[checker], (lang, figures.misses)
