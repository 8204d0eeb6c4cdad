"""netplanner review question|ask: findings printed, exit 1 when there are any, 0 when clean."""

from __future__ import annotations

import json

import pytest

from netplanner.cli import main


@pytest.mark.parametrize(
    ("what", "text", "code", "expected"),
    [
        ("question", "Do you like your work?", 1, "How do you like your work?"),
        ("question", "Vind je je werk leuk?", 1, "Wat vind je van je werk?"),
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


def test_json_gives_kinds_messages_and_the_rewrite(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "question", "Werk je veel over?", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False and result["language"] == "nl"
    [finding] = result["findings"]
    assert finding["kind"] == "closed"
    assert finding["suggestion"] == "Hoe vaak werk je over?"
    assert finding["message"].startswith("Hierop kan iemand ja of nee zeggen")


def test_json_for_an_ask_quotes_whole_words_in_the_texts_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = (
        "Dag Lien, ik ben logopedist. Weet gij of er bij jullie op school nog een plaats vrij is?"
    )
    assert main(["review", "ask", text, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    kinds = {finding["kind"]: finding for finding in result["findings"]}
    assert "asks_for_job" in kinds
    excerpt = kinds["asks_for_job"]["excerpt"]
    assert excerpt and f" {excerpt} " in f" {text.replace('?', ' ')} "
    assert "vraagt om een baan" in kinds["asks_for_job"]["message"]


def test_json_for_a_good_ask_is_ok(capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Hoi Bram, ik ben verpleegkundige en wil weten hoe wondconsulenten in de thuiszorg "
        "werken. Wil je met me meedenken over wie ik kan bellen?"
    )
    assert main(["review", "ask", text, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "what": "ask",
        "text": text,
        "language": "nl",
        "ok": True,
        "findings": [],
    }
