"""netplanner review question|ask: findings printed, exit 1 when there are any, 0 when clean."""

from __future__ import annotations

import pytest

from netplanner.cli import main


@pytest.mark.parametrize(
    ("what", "text", "code", "expected"),
    [
        ("question", "Do you like your work?", 1, "What do you like about your work?"),
        ("question", "Vind je je werk leuk?", 1, "Wat vind je leuk aan je werk?"),
        ("question", "What do you enjoy most about your work?", 0, "No problems found"),
        ("question", "Do you have a vacancy for me?", 1, "job_request"),
        ("ask", "Hi everyone, do you know anything for me?", 1, "broadcast"),
        (
            "ask",
            "Hi Anna, I'm looking for people who work as a UX researcher specialised in "
            "healthcare apps in Utrecht. Would you think along with me about how I could "
            "reach them?",
            0,
            "No problems found",
        ),
    ],
)
def test_review(
    capsys: pytest.CaptureFixture[str], what: str, text: str, code: int, expected: str
) -> None:
    assert main(["review", what, text]) == code
    assert expected in capsys.readouterr().out


def test_empty_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "question", "  "]) == 2
    assert "Give the question" in capsys.readouterr().err
