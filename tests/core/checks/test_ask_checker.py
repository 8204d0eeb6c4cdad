"""The ask checker against hand-labelled examples, plus its rules and its robustness."""

from __future__ import annotations

import importlib.util
import random
import time
from pathlib import Path
from types import ModuleType

import pytest

from netplanner.core.checks.ask.checker import (
    AskFinding,
    AskFindingKind,
    check_ask,
    detect_language,
    has_think_along_invitation,
)
from netplanner.core.checks.ask.composer import describe_goal
from netplanner.core.models import Goal

Example = tuple[str, frozenset[str]]
KINDS = [kind.value for kind in AskFindingKind]


def _load(name: str) -> ModuleType:
    """The example files sit next to this test; load them whatever pytest's import mode."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"_netplanner_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXAMPLE_SETS = {"en": _load("ask_examples_en"), "nl": _load("ask_examples_nl")}


def _kinds(text: str, language: str | None = None) -> set[str]:
    return {finding.kind.value for finding in check_ask(text, language)}


def _evaluate(examples: list[Example]) -> tuple[float, str, list[str]]:
    """Accuracy (exact set of kinds), a per-kind precision/recall table, and the misses."""
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in KINDS}
    right = 0
    misses = []
    for text, expected in examples:
        got = _kinds(text)
        if got == set(expected):
            right += 1
        else:
            misses.append(f"expected {sorted(expected)}, got {sorted(got)}: {text}")
        for kind in KINDS:
            if kind in got and kind in expected:
                counts[kind]["tp"] += 1
            elif kind in got:
                counts[kind]["fp"] += 1
            elif kind in expected:
                counts[kind]["fn"] += 1
    accuracy = right / len(examples)
    lines = [
        f"accuracy {accuracy:.3f} ({right}/{len(examples)})",
        f"{'kind':<16} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for kind, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        lines.append(
            f"{kind:<16} {precision:>9.2f} {recall:>7.2f} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}"
        )
    return accuracy, "\n".join(lines), misses


# --- the labelled examples -------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_examples_are_numerous_and_varied(language: str) -> None:
    examples: list[Example] = EXAMPLE_SETS[language].EXAMPLES
    good = [text for text, kinds in examples if not kinds]
    bad = [kinds for _, kinds in examples if kinds]
    assert len(examples) >= 40
    assert len(good) >= 12
    assert len(bad) >= 25
    for kind in KINDS:
        if kind != "no_invitation":  # a finding added after these examples were written
            assert sum(kind in kinds for kinds in bad) >= 5, kind
    assert sum(len(kinds) >= 2 for kinds in bad) >= 5
    assert all(set(kinds) <= set(KINDS) for _, kinds in examples)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_accuracy_on_labelled_examples(language: str) -> None:
    accuracy, table, misses = _evaluate(EXAMPLE_SETS[language].EXAMPLES)
    report = f"[{language}] labelled examples\n{table}\n" + "\n".join(misses)
    print("\n" + report)
    assert accuracy >= 0.90, report


@pytest.mark.parametrize("language", ["en", "nl"])
def test_accuracy_on_held_out_examples(language: str) -> None:
    """Examples written after the checker; reported, with only a loose regression floor."""
    accuracy, table, misses = _evaluate(EXAMPLE_SETS[language].HELD_OUT)
    report = f"[{language}] held-out examples\n{table}\n" + "\n".join(misses)
    print("\n" + report)
    assert accuracy >= 0.75, report


@pytest.mark.parametrize("language", ["en", "nl"])
def test_language_of_examples_is_detected(language: str) -> None:
    module = EXAMPLE_SETS[language]
    for text, _ in module.EXAMPLES + module.HELD_OUT:
        assert detect_language(text) == language, text


# --- findings: shape, language, excerpts ---------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_findings_explain_in_the_texts_language_and_quote_the_text(language: str) -> None:
    other = "nl" if language == "en" else "en"
    for text, _ in EXAMPLE_SETS[language].EXAMPLES:
        findings = check_ask(text)
        flat = " ".join(text.split())
        assert [f.kind for f in findings] == sorted(
            {f.kind for f in findings}, key=list(AskFindingKind).index
        )
        for finding in findings:
            assert isinstance(finding, AskFinding)
            assert finding.message.strip()
            assert finding.excerpt.removesuffix("…") in flat
            assert detect_language(_without_excerpt(finding)) == language
        # An explicit language wins over detection.
        for finding in check_ask(text, other):
            assert detect_language(_without_excerpt(finding)) == other


def _without_excerpt(finding: AskFinding) -> str:
    """The message minus the quoted user text, which is in the user's language."""
    return finding.message.replace(finding.excerpt, "") if finding.excerpt else finding.message


def test_finding_is_frozen() -> None:
    finding = check_ask("Hi Anne, do you know anything for me?")[0]
    with pytest.raises(AttributeError):
        finding.kind = AskFindingKind.BROADCAST  # type: ignore[misc]


def test_kind_values_are_the_stable_keys() -> None:
    assert KINDS == [
        "too_vague",
        "asks_for_job",
        "broadcast",
        "closed_question",
        "no_invitation",
    ]


# --- the rules on their own ------------------------------------------------------------

GOOD_EN = (
    "Hi Anna, I'm looking for people who work as a web editor specialised in online "
    "ordering, at webshops in the Utrecht area."
)
GOOD_NL = (
    "Hoi Anna, ik zoek mensen die werken als webredacteur met als specialisme online "
    "bestellen, bij webwinkels in de regio Utrecht."
)


@pytest.mark.parametrize(
    "text",
    [
        GOOD_EN + " Would you think along with me about how I could reach them?",
        GOOD_EN + " Would you be willing to think along with me?",
        GOOD_EN + " Could you think with me about who knows them?",
        GOOD_NL + " Wil je met me meedenken hoe ik die kan vinden?",
        GOOD_NL + " Denk je met me mee?",
        GOOD_NL + " Zou je mee willen denken?",
    ],
)
def test_the_methods_invitation_is_not_a_closed_question(text: str) -> None:
    assert check_ask(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (GOOD_EN + " Do you know someone?", {"closed_question"}),
        (GOOD_EN + " Can you help me?", {"closed_question"}),
        (GOOD_NL + " Ken jij iemand?", {"closed_question"}),
        (GOOD_NL + " Weet jij iemand?", {"closed_question"}),
        (GOOD_NL + " Kun je me helpen?", {"closed_question"}),
        (GOOD_EN + " Who would you suggest I talk to?", set()),
        (GOOD_NL + " Wie zou jij aanraden?", set()),
        (GOOD_EN + " Any tips?", set()),  # asks for advice
        # the reader's own network is not a broadcast; "you ... anyone" is one person
        (GOOD_EN + " Does anyone in your network come to mind? Any ideas?", set()),
        (GOOD_EN + " Do you know anyone like that?", {"closed_question"}),
        (GOOD_EN + " Dear all, please share!", {"broadcast"}),
        ("Beste netwerk, " + GOOD_NL[10:] + " Wie denkt er mee?", {"broadcast"}),
        (GOOD_NL + " Wie kan mij helpen? #opzoeknaarwerk", {"broadcast"}),
        (GOOD_NL + " Denk je mee? Iedereen die iemand kent: deel dit bericht!", {"broadcast"}),
        # a statement without any invitation: not a job request, but no invitation either
        (GOOD_EN + " I'm not asking for a job, just advice.", {"no_invitation"}),
        (GOOD_NL + " Ik vraag niet om een baan, alleen om advies.", {"no_invitation"}),
        (GOOD_EN + " Any vacancies at your place? Think along?", {"asks_for_job"}),
        (GOOD_NL + " Ik wil solliciteren. Denk je mee?", {"asks_for_job"}),
        (GOOD_NL + " Heb je werk voor me? Denk je mee?", {"asks_for_job"}),
        ("Hi Anna, I'm a C# developer specialised in games. Think along?", set()),
        ("Hi Anna, do you know anything for me?", {"too_vague", "closed_question"}),
        ("Hoi Anna, ik wil werk, weet jij wat?", {"too_vague", "asks_for_job", "closed_question"}),
    ],
)
def test_rules(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "excerpt_part"),
    [
        ("Hi Bo, I'm looking for people who work as a web editor. Think along?", "web editor"),
        ("Hoi Bo, ik zoek mensen die werken als webredacteur. Denk je mee?", "webredacteur"),
        ("Hi Bo, I'd like to meet people specialised in tax law. Think along?", "tax law"),
        ("Hi Bo, I'd like to meet nice people. Think along?", ""),
        ("Hi Bo, anything in communications is fine. Think along?", "anything in"),
    ],
)
def test_too_vague_says_what_is_missing(text: str, excerpt_part: str) -> None:
    (finding,) = check_ask(text)
    assert finding.kind is AskFindingKind.TOO_VAGUE
    assert excerpt_part in finding.excerpt
    if not excerpt_part:
        assert finding.excerpt == ""


@pytest.mark.parametrize("language", ["en", "nl"])
def test_describe_goal_output_passes(language: str) -> None:
    goal = Goal(
        target_role="UX researcher",
        specialism="healthcare apps",
        region="Utrecht",
        organisation_kind="hospitals",
        free_text="",
        language=language,
    )
    assert check_ask(describe_goal(goal)) == []


def test_has_think_along_invitation() -> None:
    assert has_think_along_invitation("Would you think along with me?")
    assert has_think_along_invitation("Wil je met me meedenken?")
    assert has_think_along_invitation("How would you go about it?")
    assert not has_think_along_invitation("Do you know someone?")
    assert not has_think_along_invitation("")


# --- robustness --------------------------------------------------------------------------


def _random_unicode(size: int, seed: int) -> str:
    rng = random.Random(seed)
    alphabet = "aeiou bcdfg?!.,:;\n#'’\u00a0\u200béëïçñßøæ\u4e2d\u0627\U0001f600\ud800\x00"
    return "".join(rng.choice(alphabet) for _ in range(size))


HUGE_INPUTS = {
    "random unicode": _random_unicode(100_000, 1),
    "one long word": "a" * 100_000,
    "question marks": "?" * 100_000,
    "hashes": "#" * 100_000,
    "as a": "as a " * 20_000,
    "werken als": "werken als " * 9_000,
    "specialised": "analysts who specialised in " * 3_500,
    "anyone": "anyone " * 14_000,
    "spaces": " " * 100_000,
    "newlines": "\n" * 100_000,
    "examples": " ".join(t for t, _ in EXAMPLE_SETS["en"].EXAMPLES) * 12,
    "no spaces": "werkalsjobhiringvacature#" * 4_000,
}


@pytest.mark.parametrize("name", sorted(HUGE_INPUTS))
def test_huge_and_odd_inputs_are_safe_and_fast(name: str) -> None:
    text = HUGE_INPUTS[name][:100_000]
    start = time.perf_counter()
    findings = check_ask(text)
    elapsed = time.perf_counter() - start
    assert all(isinstance(finding, AskFinding) for finding in findings)
    assert all(len(finding.excerpt) <= 120 for finding in findings)
    assert elapsed < 3.0, f"{name}: {elapsed:.2f}s"


def test_time_grows_linearly() -> None:
    small = " ".join(t for t, _ in EXAMPLE_SETS["nl"].EXAMPLES)
    big = small * 10

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            check_ask(text)
            best = min(best, time.perf_counter() - start)
        return best

    assert timed(big) < 30 * max(timed(small), 1e-4)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?", "#", "…", "\ud800", "\x00"])
def test_blank_or_tiny_inputs(text: str) -> None:
    for language in (None, "en", "nl", "de", "", "NL-be"):
        check_ask(text, language)
    assert check_ask("   ") == []
    assert check_ask("") == []


def test_non_string_input_does_not_crash() -> None:
    assert check_ask(None) == []  # type: ignore[arg-type]
    assert check_ask(42) == []  # type: ignore[arg-type]
