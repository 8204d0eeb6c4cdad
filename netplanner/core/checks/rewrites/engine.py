"""Suggested open rewrites for flagged questions (see ``questions.checker``).

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
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType

from netplanner.core.checks.questions.words import FindingKind
from netplanner.core.checks.rewrites.gate import reads_naturally

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


def candidates(rules: Sequence[Rule], text: str) -> Iterator[str]:
    """The rewrites of every rule that matches ``text`` and builds one, in rule order."""
    source = clean_source(text)
    if not source or len(source) > MAX_REWRITE_LENGTH:
        return
    if len(source) > 1 and source[0].isupper() and source[1].islower():
        source = source[0].lower() + source[1:]  # "Werk je" → "werk je"; keeps "I'm", "AI"
    for pattern, build in rules:
        match = pattern.fullmatch(source)
        if match is None:
            continue
        result = build(match)
        if result:
            yield finish(result)


def suggest(kind: FindingKind, text: str, lang: str) -> str | None:
    """An open rewrite of ``text`` (one ask) for a finding of ``kind``, or None.

    Leading questions try their own rules, then are defused (tags, "surely", negation
    taken out) and rewritten as the closed question left. The candidates come in rule
    order; the first one that reads naturally (``reads_naturally``: agreement, no marker
    left, no broken cut) and passes the checker itself in the same language is offered
    (feedback never suggests what it would flag). When no rule gives one, a general form
    ("To what extent…", "In hoeverre…") is tried, under the same two checks.
    """
    # imported here: the rule modules import ``rule`` from this module
    from netplanner.core.checks.rewrites import en as en
    from netplanner.core.checks.rewrites import nl as nl

    module = nl if lang == "nl" else en
    if kind is FindingKind.NOT_A_QUESTION:
        found = candidates(module.STATEMENT_RULES, text)
        return next((c for c in found if _acceptable(c, lang, text)), None)
    if kind not in (FindingKind.CLOSED, FindingKind.LEADING):
        return None
    leading = kind is FindingKind.LEADING
    return next(
        (c for c in _all_candidates(module, kind, text) if _acceptable(c, lang, text, leading)),
        None,
    )


def _all_candidates(module: ModuleType, kind: FindingKind, text: str) -> Iterator[str]:
    source = text
    plain = module.defuse(clean_source(text))
    if kind is FindingKind.LEADING:
        yield from candidates(module.LEADING_RULES, text)
        yield from candidates(module.LEADING_RULES, module.strip_markers(clean_source(text)))
        text = plain
    yield from candidates(module.CLOSED_RULES, text)
    if plain != clean_source(text):  # a statement with a question mark: "You travel a lot?"
        yield from candidates(module.CLOSED_RULES, plain)
    yield from candidates(module.LAST_RESORT, source)
    yield from candidates(module.FALLBACK, text)
    if plain != clean_source(text):
        yield from candidates(module.FALLBACK, plain)


def _acceptable(candidate: str, lang: str, source: str, leading: bool = False) -> bool:
    from netplanner.core.checks.questions.checker import is_open_question

    return reads_naturally(candidate, lang, source, leading) and is_open_question(candidate, lang)


def words_pattern(words: str) -> str:
    """A regex alternation of the space-separated ``words`` (longest first)."""
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"
