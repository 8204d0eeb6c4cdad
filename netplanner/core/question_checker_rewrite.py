"""Suggested open rewrites for flagged questions (see ``question_checker``).

Each language has three ordered rule lists (for closed questions, leading questions
and statements); a rule is a regular expression that must match the whole ask
(case-insensitively, without end punctuation or opening fillers such as "So," / "Dus,")
plus a function that builds the rewrite from the match, or returns None when the match
does not lead to a decent question. The first rule that produces a rewrite wins.

Asks longer than ``MAX_REWRITE_LENGTH`` characters get no suggestion: a rewrite of a
paragraph would not help, and it keeps the regular expressions on short input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from netplanner.core.question_checker_words import FindingKind

Builder = Callable[[re.Match[str]], str | None]
Rule = tuple[re.Pattern[str], Builder]

MAX_REWRITE_LENGTH = 300

_FILLERS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|well|please|also|dus|en|maar|nou|oké|trouwens|ook)\b[\s,]*)+",
    re.IGNORECASE,
)


def rule(pattern: str, build: Builder) -> Rule:
    """A rule: ``pattern`` must match the whole ask, ignoring case."""
    return re.compile(pattern, re.IGNORECASE), build


def clean_source(text: str) -> str:
    """The ask without end punctuation, quotes and opening fillers."""
    text = text.strip().strip("\"'“”„«»").rstrip("?!.…,;: ").strip()
    return _FILLERS.sub("", text).strip()


def finish(text: str) -> str:
    """One space between words, a capital first letter and a question mark."""
    text = " ".join(text.split()).rstrip("?!.…,;: ")
    return text[:1].upper() + text[1:] + "?"


def apply_rules(rules: Sequence[Rule], text: str) -> str | None:
    """The rewrite by the first rule that matches and builds one, or None."""
    source = clean_source(text)
    if not source or len(source) > MAX_REWRITE_LENGTH:
        return None
    if len(source) > 1 and source[0].isupper() and source[1].islower():
        source = source[0].lower() + source[1:]  # "Werk je" → "werk je"; keeps "I'm", "AI"
    for pattern, build in rules:
        match = pattern.fullmatch(source)
        if match is None:
            continue
        result = build(match)
        if result:
            return finish(result)
    return None


def suggest(kind: FindingKind, text: str, lang: str) -> str | None:
    """An open rewrite of ``text`` (one ask) for a finding of ``kind``, or None.

    Leading questions try their own rules, then are defused (tags, "surely", negation
    taken out) and rewritten as the closed question left. Every rewrite must pass the
    checker itself in the same language (feedback never suggests what it would flag);
    when no rule gives one, a general form ("To what extent…", "In hoeverre…") is tried.
    """
    # imported here: the rule modules import ``rule`` from this module
    from netplanner.core import question_checker_rewrite_en as en
    from netplanner.core import question_checker_rewrite_nl as nl

    module = nl if lang == "nl" else en
    if kind is FindingKind.NOT_A_QUESTION:
        return _checked(apply_rules(module.STATEMENT_RULES, text), lang)
    if kind not in (FindingKind.CLOSED, FindingKind.LEADING):
        return None
    candidates = []
    if kind is FindingKind.LEADING:
        candidates.append(apply_rules(module.LEADING_RULES, text))
        candidates.append(apply_rules(module.LEADING_RULES, module.strip_markers(text)))
        text = module.defuse(clean_source(text))
    candidates.append(apply_rules(module.CLOSED_RULES, text))
    candidates.append(apply_rules(module.FALLBACK, text))
    for candidate in candidates:
        if _checked(candidate, lang):
            return candidate
    return None


def _checked(candidate: str | None, lang: str) -> str | None:
    from netplanner.core.question_checker import is_open_question

    return candidate if candidate and is_open_question(candidate, lang) else None


def words_pattern(words: str) -> str:
    """A regex alternation of the space-separated ``words`` (longest first)."""
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"
