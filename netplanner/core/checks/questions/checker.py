"""Open-question checker: does a question fit an informational conversation?

The method behind NetPlanner: never ask for a job; talk with people who do the work
you want; ask *open* questions and show real interest. ``check_question`` points out
what stands in the way, in English or Dutch, with an open rewrite where a simple rule
can make one::

    >>> [f.kind for f in check_question("Do you like your work?")]
    [<FindingKind.CLOSED: 'closed'>]
    >>> check_question("Vind je je werk leuk?")[0].suggestion
    'Wat vind je leuk aan je werk?'

Finding kinds, most important first (``FINDING_KINDS``):

``job_request``
    Asks for a job, a vacancy or to apply ("Are you hiring?", "Is er een vacature?"), or
    announces a job hunt ("I'm looking for a job…", "Ik wil werk, weet jij wat?"). Only
    mentioning jobs is fine ("How are vacancies in your field usually filled?").
``leading``
    Steers towards an answer: negated or agreement-seeking questions ("Don't you
    think…", "Vind je ook niet dat…", "Mis je … niet?") and tags (", right?", ", toch?").
``closed``
    Answerable with yes or no: starts with a finite verb ("Do you…", "Kun je…", "Werk
    je…", "Denk je dat…"), or is a statement with a question mark ("You studied law?").
``double``
    Two asks in one: two questions, or "and/or/but" / "en/of/maar" / a comma joining a
    second question ("What do you do and how did you get there?"). "And" inside a noun
    phrase ("research and design work") does not count; two joined question words
    ("How and why did you start?") do.
``not_a_question``
    No question mark and nothing that starts like a question ("I like your work.").

Decisions:

* A leading question is not also reported as closed: the steering is the problem,
  and the leading rewrite ("What do you think of the idea that…") is open anyway.
* A job request hides closed, leading and not-a-question: no rewording makes it a good
  question. "Double" is still reported, because the other half may be worth keeping.
* A double question whose second half is closed is reported as double *and* closed.
* Statements around a question are context ("I read your article. What made you…?").
* Indirect questions and subordinate clauses ("when you look back, …", "hoe je
  begonnen bent") are not asks; trailing parentheticals (", do you think?", ", denk
  je?") are ignored.

The checker is rule-based (word lists and regular expressions, no models, no network),
runs in linear time, and returns a result for any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netplanner.core.checks.questions.jobs import asks_for_job, job_rewrite
from netplanner.core.checks.questions.parse import (
    Unit,
    UnitKind,
    analyse,
    normalise,
    split_sentences,
)
from netplanner.core.checks.questions.style import ELLIPTICAL_DOUBLE
from netplanner.core.checks.questions.words import (
    FINDING_KINDS,
    FUNCTION_WORDS,
    MESSAGES,
    FindingKind,
)
from netplanner.core.checks.rewrites.engine import clean_source, finish, suggest

__all__ = [
    "FINDING_KINDS",
    "FindingKind",
    "QuestionFinding",
    "check_question",
    "detect_language",
    "explain",
    "is_open_question",
]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NL_LETTERS = ("ij", "oe", "aa", "uu", "sch", "ee", "cht")
_EN_LETTERS = ("th", "wh", "ing", "ea", "sh", "ay")


@dataclass(frozen=True)
class QuestionFinding:
    """One problem with a question: what, why (in the question's language), and a fix."""

    kind: FindingKind
    message: str
    suggestion: str | None = None


def detect_language(text: str) -> str:
    """Guess "en" or "nl" from function words (then letter pairs); "en" when undecided."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    english = sum(word in FUNCTION_WORDS["en"] for word in words)
    dutch = sum(word in FUNCTION_WORDS["nl"] for word in words)
    if english != dutch:
        return "en" if english > dutch else "nl"
    dutch = sum(lowered.count(pair) for pair in _NL_LETTERS)
    english = sum(lowered.count(pair) for pair in _EN_LETTERS)
    return "nl" if dutch > english else "en"


def _language(language: str | None, text: str) -> str:
    code = (language or "").strip().lower()[:2]
    return code if code in MESSAGES else detect_language(text)


def explain(kind: FindingKind | str, language: str | None = "en") -> str:
    """The explanation of a finding kind in ``language`` ("en" or "nl"; default English)."""
    code = (language or "").strip().lower()[:2]
    return MESSAGES[code if code in MESSAGES else "en"][FindingKind(kind)]


_MAX_REWRITE_TRIES = 5  # keeps a text with thousands of asks fast


def _first_rewrite(kind: FindingKind, units: list[Unit], lang: str) -> str | None:
    for unit in units[:_MAX_REWRITE_TRIES]:
        rewrite = suggest(kind, unit.text, lang)
        if rewrite:
            return rewrite
    return None


def _one_question(units: list[Unit], lang: str) -> str | None:
    """For a double question: the first real ask on its own (preferably an open one)."""
    usable = [
        unit
        for unit in units[: _MAX_REWRITE_TRIES * 2]
        if len(unit.text.split()) > 1 and not asks_for_job(unit.text, lang)
    ]
    if not usable:
        return None
    chosen = next((u for u in usable if u.kind is UnitKind.OPEN), usable[0])
    if chosen.kind is UnitKind.OPEN:
        return finish(clean_source(chosen.text))
    kind = FindingKind.LEADING if chosen.kind is UnitKind.LEADING else FindingKind.CLOSED
    return suggest(kind, chosen.text, lang)


def _first_half(text: str, lang: str) -> str | None:
    """ "What do you like most and least about it" → "What do you like most about it"."""
    match = ELLIPTICAL_DOUBLE.search(text)
    if match is None:
        return None
    first = match.group().split()[0]
    return finish(clean_source(text[: match.start()] + first + text[match.end() :]))


def _statement_rewrite(text: str, lang: str) -> str | None:
    for sentence, _ in split_sentences(text)[:_MAX_REWRITE_TRIES]:
        rewrite = suggest(FindingKind.NOT_A_QUESTION, sentence, lang)
        if rewrite:
            return rewrite
    return None


def check_question(text: str, language: str | None = None) -> list[QuestionFinding]:
    """What stands in the way of ``text`` being a good open question, most important first.

    ``language`` is "en" or "nl" (longer codes such as "nl-NL" work too); None or any
    other value means: detect it from the text. An empty list means a good open question.
    Never raises for any string (empty, huge, control characters, emoji).
    """
    return _check(text, language, rewrite=True)


def is_open_question(text: str, language: str | None = None) -> bool:
    """True when ``check_question`` finds nothing wrong with ``text``."""
    return not _check(text, language, rewrite=False)


def _check(text: str, language: str | None, *, rewrite: bool) -> list[QuestionFinding]:
    text = text if isinstance(text, str) else ""
    lang = _language(language, text)
    normal = normalise(text)
    units = analyse(normal, lang).units
    found: dict[FindingKind, str | None] = {}
    job = asks_for_job(normal, lang)
    if job:
        found[FindingKind.JOB_REQUEST] = job_rewrite(normal, lang) if rewrite else None
    else:
        for kind, unit_kind in (
            (FindingKind.LEADING, UnitKind.LEADING),
            (FindingKind.CLOSED, UnitKind.CLOSED),
        ):
            matching = [unit for unit in units if unit.kind is unit_kind]
            if matching:
                found[kind] = _first_rewrite(kind, matching, lang) if rewrite else None
        if not units:
            found[FindingKind.NOT_A_QUESTION] = (
                _statement_rewrite(normal, lang) if rewrite else None
            )
    if len(units) > 1:
        found[FindingKind.DOUBLE] = _one_question(units, lang) if rewrite else None
    elif len(units) == 1 and ELLIPTICAL_DOUBLE.search(normal):
        # "most and least", "het leukst en het minst leuk": two asks in one phrase
        found[FindingKind.DOUBLE] = _first_half(units[0].text, lang) if rewrite else None
    return [
        QuestionFinding(kind, explain(kind, lang), found[kind])
        for kind in FINDING_KINDS
        if kind in found
    ]
