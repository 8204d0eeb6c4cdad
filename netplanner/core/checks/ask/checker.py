"""The ask checker: does a message ask the way the method recommends?

A good ask goes to one person, says concretely what the user is looking for (a role or
line of work with a qualifier: a specialism, a kind of organisation, a region), asks for
people and advice rather than a job, and invites the reader to think along. The method's
own invitation, "Wil je met me meedenken?", is grammatically a yes/no question; it counts
as an invitation, as does every other way of asking someone to think along.
``check_ask`` reports what a message gets wrong, one finding per kind, each with an
explanation in the message's language, the words it is about, and where it can a
sentence to use instead.

* too_vague: nothing concrete is named (``concreteness``: a head such as "analyst",
  "beleidsmedewerker", "records management" with a qualifier such as "in manufacturing",
  "duurzaamheid", "bij een gemeente"), or "it does not matter what" ("whatever the
  field", "maakt niet uit wat").
* asks_for_job: a job request in any form, referrals included (``checks.job_requests``).
* broadcast: the message speaks to a crowd ("Dear fellow alumni", "Hoi allemaal", "Hey
  LinkedIn network", "does anyone know", "Who can help?", "shares appreciated").
* closed_question: a yes/no question ("Do you know someone?", "Kun je me helpen?") and
  no invitation to think along anywhere.
* no_invitation: no question and no invitation at all ("… Have a great weekend!"). Not
  reported next to a job request or a broadcast: their own fix already says what to ask.

Blank text has no findings. Any input is safe: patterns are linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netplanner.core.checks.ask import vocabulary as vocab
from netplanner.core.checks.ask.concreteness import assess
from netplanner.core.checks.ask.messages import INVITATION_EXAMPLE, message
from netplanner.core.checks.job_requests import find_job_request


class AskFindingKind(StrEnum):
    TOO_VAGUE = "too_vague"
    ASKS_FOR_JOB = "asks_for_job"
    BROADCAST = "broadcast"
    CLOSED_QUESTION = "closed_question"
    NO_INVITATION = "no_invitation"


@dataclass(frozen=True)
class AskFinding:
    kind: AskFindingKind
    message: str  # what is wrong and how to fix it, in the text's language
    excerpt: str  # the words of the text it is about (whole words); "" when none
    suggestion: str | None = None  # a sentence to put in place of the excerpt (or to add)


MAX_EXCERPT = 120

# Length-preserving clean-up, so match positions still point into the user's text.
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\uff1f": "?",
    }
)
_CLAUSE_END = re.compile(r"(?<!\b[Mm]r)(?<!\b[Mm]s)(?<!\b[Dd]r)(?<!\bMrs)[.!?;:\n]")


def check_ask(text: str, language: str | None = None) -> list[AskFinding]:
    """What this ask gets wrong, in the order of ``AskFindingKind``; [] when nothing.

    ``language`` ("en"/"nl", regional variants allowed) picks the language of the
    messages; None or anything else means: detect it from the text.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    text = text.translate(_NORMALISE)
    lang = _language(language) or detect_language(text)
    clauses = _clauses(text)
    invited = has_think_along_invitation(text)
    job = find_job_request(text)
    broadcast = _broadcast(text, clauses)
    closed = None if invited else _closed_question(clauses)
    found: dict[AskFindingKind, tuple[str, str]] = {}
    vague = _too_vague(text, lang)
    if vague is not None:
        found[AskFindingKind.TOO_VAGUE] = vague
    if job is not None:
        found[AskFindingKind.ASKS_FOR_JOB] = ("", job.excerpt)
    if broadcast is not None:
        found[AskFindingKind.BROADCAST] = ("", broadcast)
    if closed is not None:
        found[AskFindingKind.CLOSED_QUESTION] = ("", closed)
    elif not invited and job is None and broadcast is None:
        found[AskFindingKind.NO_INVITATION] = ("", "")
    findings = []
    for kind in AskFindingKind:
        if kind not in found:
            continue
        reason, raw = found[kind]
        excerpt = _whole_words(raw)
        suggestion = (
            INVITATION_EXAMPLE[lang]
            if kind in (AskFindingKind.CLOSED_QUESTION, AskFindingKind.NO_INVITATION)
            else None
        )
        findings.append(
            AskFinding(kind, message(kind.value, reason, lang, excerpt), excerpt, suggestion)
        )
    return findings


def has_think_along_invitation(text: str) -> bool:
    """True when the text invites the reader to think along or asks for their advice,
    even as a yes/no question ("Wil je met me meedenken?", "Could I pick your brain?")."""
    text = (text or "").translate(_NORMALISE)
    if vocab.INVITATION.search(text):
        return True
    return any(_is_open_question_to_reader(clause) for clause in _clauses(text))


def detect_language(text: str) -> str:
    """'nl' when the text has more typical Dutch than English words, else 'en'."""
    dutch = english = 0
    for match in vocab.WORD.finditer(text):
        word = match.group().lower()
        dutch += word in vocab.DUTCH_WORDS
        english += word in vocab.ENGLISH_WORDS
    return "nl" if dutch > english else "en"


# --- the rules; each returns (reason, excerpt) or an excerpt, None = no finding --------


def _too_vague(text: str, lang: str) -> tuple[str, str] | None:
    body = _strip_greeting(text)
    indifferent = vocab.INDIFFERENT.search(body)
    if indifferent:
        return "phrase", indifferent.group()
    result = assess(body, lang)
    if result.concrete:
        return None
    vague = vocab.VAGUE.search(body)
    if vague:
        return "phrase", vague.group()
    if result.head:
        return "no_specialism", result.head
    return "nothing", ""


def _broadcast(text: str, clauses: list[str]) -> str | None:
    match = vocab.BROADCAST.search(text)
    if match:
        return match.group().strip(" ,:;!")
    for clause in clauses:
        body = _strip_greeting(clause)
        if vocab.CROWD_QUESTION.match(body):
            return body.strip()
        if vocab.ANYONE.search(clause) and not vocab.SECOND_PERSON.search(clause):
            return body.strip()
    return None


def _closed_question(clauses: list[str]) -> str | None:
    for clause in clauses:
        if not clause.rstrip().endswith("?"):
            continue
        body = _strip_greeting(clause)
        if not _starts_with_question_word(body):
            return body.strip()
    return None


# --- helpers ---------------------------------------------------------------------------


def _language(language: str | None) -> str | None:
    code = (language or "").strip().lower()[:2]
    return code if code in ("en", "nl") else None


def _clauses(text: str) -> list[str]:
    """The text cut after each . ! ? ; : or line break, ends kept; blank pieces dropped."""
    pieces = []
    start = 0
    for match in _CLAUSE_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip(" \t\r\n.!?;:")]


def _strip_greeting(clause: str) -> str:
    """The clause without a leading "Hi Anna," and up to two leading "and"/"so"/"maar"."""
    body = clause
    for pattern in (vocab.GREETING_PREFIX, vocab.CONJUNCTION_PREFIX, vocab.CONJUNCTION_PREFIX):
        match = pattern.match(body)
        if match:
            body = body[match.end() :]
    return body


def _first_words(body: str, count: int) -> list[str]:
    words = []
    for match in vocab.WORD.finditer(body):
        words.append(match.group().lower())
        if len(words) == count:
            break
    return words


def _starts_with_question_word(body: str) -> bool:
    words = _first_words(body, 2)
    if words and words[0] in vocab.PREPOSITIONS:
        words = words[1:]
    return bool(words) and words[0].split("'")[0] in vocab.QUESTION_WORDS


def _is_open_question_to_reader(clause: str) -> bool:
    if not clause.rstrip().endswith("?"):
        return False
    body = _strip_greeting(clause)
    return _starts_with_question_word(body) and bool(vocab.SECOND_PERSON.search(body))


def _whole_words(excerpt: str) -> str:
    """Single spaces; cut at a word boundary (with "…") when longer than MAX_EXCERPT."""
    excerpt = " ".join(excerpt.split())
    if len(excerpt) <= MAX_EXCERPT:
        return excerpt
    cut = excerpt[: MAX_EXCERPT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
