"""The ask checker: does a message ask the way the method recommends?

A good ask goes to one person, says concretely what the user is looking for (a role with a
specialism, and where useful a region or kind of organisation), asks for people and advice
rather than a job, and invites the reader to think along instead of asking a yes/no
question. ``check_ask`` reports what a message gets wrong, one finding per kind, each with
an explanation and a fix in the message's language.

The rules are heuristics over word patterns (vocabulary in ``ask_vocabulary``), in English
and Dutch:

* too_vague: a vague phrase ("do you know anything for me", "any job", "whatever",
  "weet jij wat voor mij", "iets in de communicatie", "maakt niet uit wat"), or the text
  does not name both a role and a specialism. A *role* is named by "as a/an X",
  "work(ing) as X", "job/role as X", "in the role of", "(werken) als X", "in de functie
  van"; or implied by the noun just before a specialism phrase ("data analysts *who
  specialise in*", "een product owner *met als specialisme*"), unless that word is a
  person word like "people"/"mensen". A *specialism* is named by "specialised in",
  "specialist in", "focus(ing) on", "expertise/experience in", "working on", "knows a lot
  about", "my specialism", "gespecialiseerd", "met als specialisme", "(met de) focus op",
  "gericht op", "richt zich op", "nadruk op", "ervaring in/met", "veel weten van".
  A sector alone ("in fintech", "in de zorg") is not a specialism.
  Region and kind of organisation are welcome but not required.
* asks_for_job: "looking for a job/work/position", "a job for me", "any vacancies", "are
  you hiring", "apply for", "#opentowork", "ik zoek een baan/werk", "heb je werk voor me",
  "vacature", "solliciteren", "zoeken jullie nog mensen", ... A phrase shortly after a
  negation in the same sentence ("I'm not asking you for a job") does not count.
* broadcast: greetings to a crowd at the start of a line ("Dear all", "Hallo allemaal",
  "Beste netwerk"), "does anyone know" (but not "do *you* know anyone"), a clause opening
  with "Who can/knows ...?" or "Wie kan/weet ...?" (but not "Who would *you* suggest?"),
  "everyone who", "iedereen die", "kent iemand", "please share", "deel dit bericht",
  hashtags.
* closed_question: some question (a clause ending in "?") does not start with a question
  word (who/what/how, wie/wat/hoe, ...), so it can be answered yes or no, and the text
  nowhere invites the reader to think along: "think along", "think with me",
  "meedenken", "denk je met me mee", asking for their advice, ideas or thoughts, or an
  open question to them ("How would you go about it?"). "Would you think along with me?"
  is an invitation, not a closed question.

Blank text has no findings. Any input is safe: every pattern is linear in the text's
length and nothing here raises on odd characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netplanner.core import ask_vocabulary as vocab


class AskFindingKind(StrEnum):
    TOO_VAGUE = "too_vague"
    ASKS_FOR_JOB = "asks_for_job"
    BROADCAST = "broadcast"
    CLOSED_QUESTION = "closed_question"


@dataclass(frozen=True)
class AskFinding:
    kind: AskFindingKind
    message: str  # what is wrong and how to fix it, in the text's language
    excerpt: str  # the part of the text that triggered it; "" when nothing in particular


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
_CLAUSE_END = re.compile(r"[.!?;:\n]")


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
    excerpts: dict[AskFindingKind, str | None] = {
        AskFindingKind.TOO_VAGUE: _too_vague(text),
        AskFindingKind.ASKS_FOR_JOB: _asks_for_job(text),
        AskFindingKind.BROADCAST: _broadcast(text, clauses),
        AskFindingKind.CLOSED_QUESTION: _closed_question(text, clauses),
    }
    findings = []
    for kind, excerpt in excerpts.items():
        if excerpt is None:
            continue
        reason, short = _split_reason(excerpt)
        findings.append(AskFinding(kind, _message(kind, lang, reason, short), short))
    return findings


def has_think_along_invitation(text: str) -> bool:
    """True when the text invites the reader to think along or asks for their advice."""
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


# --- the rules; each returns an excerpt ("" = none in particular) or None = no finding.
# A reason is passed to the message as "reason|excerpt".


def _too_vague(text: str) -> str | None:
    vague = vocab.VAGUE.search(text)
    if vague:
        return "phrase|" + vague.group()
    role = vocab.ROLE.search(text)
    has_specialism = False
    for marker in vocab.SPECIALISM.finditer(text):
        has_specialism = True
        if role is not None or _implied_role(text, marker.start()):
            return None
    if role is not None:
        return "no_specialism|" + _phrase_around(text, role.start(), role.end())
    if has_specialism:
        return "no_role|"
    return "nothing|"


def _implied_role(text: str, marker_start: int) -> bool:
    """Is the word just before a specialism phrase a role ("analysts who specialise in")?"""
    window = text[max(0, marker_start - 80) : marker_start]
    tokens = vocab.IMPLIED_ROLE_TOKEN.findall(window)
    for token in reversed(tokens[-6:]):
        word = token.lower()
        if word in vocab.IMPLIED_ROLE_SKIP:
            continue
        return word not in vocab.IMPLIED_ROLE_STOP and len(word) >= 3
    return False


def _asks_for_job(text: str) -> str | None:
    for match in vocab.JOB.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        sentence_start = max(before.rfind(ch) for ch in ".!?\n")
        if not vocab.NEGATION.search(before[sentence_start + 1 :]):
            return "|" + match.group()
    return None


def _broadcast(text: str, clauses: list[str]) -> str | None:
    match = vocab.BROADCAST.search(text)
    if match:
        return "|" + match.group().strip()
    for clause in clauses:
        body = _strip_greeting(clause)
        crowd = vocab.CROWD_QUESTION.match(body)
        if crowd:
            return "|" + body.strip()
        if vocab.ANYONE.search(clause) and not vocab.SECOND_PERSON.search(clause):
            return "|" + body.strip()
    return None


def _closed_question(text: str, clauses: list[str]) -> str | None:
    closed = None
    for clause in clauses:
        if not clause.endswith("?"):
            continue
        body = _strip_greeting(clause)
        if not _starts_with_question_word(body):
            closed = closed or body.strip()
    if closed is None or has_think_along_invitation(text):
        return None
    return "|" + closed


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
    return bool(words) and words[0] in vocab.QUESTION_WORDS


def _is_open_question_to_reader(clause: str) -> bool:
    if not clause.endswith("?"):
        return False
    body = _strip_greeting(clause)
    return _starts_with_question_word(body) and bool(vocab.SECOND_PERSON.search(body))


def _phrase_around(text: str, start: int, end: int) -> str:
    """The matched phrase extended to the end of its word(s), for an excerpt."""
    stop = end
    while stop < len(text) and stop - end < 40 and text[stop] not in ",.;:!?\n":
        stop += 1
    return text[start:stop].strip()


def _split_reason(raw: str) -> tuple[str, str]:
    reason, _, excerpt = raw.partition("|")
    excerpt = " ".join(excerpt.split())
    if len(excerpt) > MAX_EXCERPT:
        excerpt = excerpt[: MAX_EXCERPT - 1].rstrip() + "…"
    return reason, excerpt


# --- messages --------------------------------------------------------------------------

_MESSAGES: dict[tuple[str, str], str] = {
    ("too_vague:phrase", "en"): (
        '"{excerpt}" leaves the other person guessing, and a question they cannot place '
        "makes them back off. Say concretely what you are looking for: a role with a "
        "specialism, and if you can a region or kind of organisation."
    ),
    ("too_vague:no_specialism", "en"): (
        'You name a role ("{excerpt}") but not its specialism. Add what those people '
        'specialise in, e.g. "... specialised in online ordering", so the other person can '
        "think of someone specific."
    ),
    ("too_vague:no_role", "en"): (
        "You name a specialism but not the role. Say which work those people do, e.g. "
        '"people who work as a web editor specialised in ...".'
    ),
    ("too_vague:nothing", "en"): (
        "It is not clear what you are looking for. Name a role and its specialism, e.g. "
        '"people who work as a web editor specialised in online ordering", and if you can '
        "a region or kind of organisation."
    ),
    ("asks_for_job", "en"): (
        '"{excerpt}" asks for a job. Most people cannot give you one, so they back off or '
        "send you to HR. Ask for people and advice instead: who does this work and might "
        "talk with you?"
    ),
    ("broadcast", "en"): (
        '"{excerpt}" speaks to a crowd; calls like this rarely get answers. Send the ask '
        "to one person by name and ask them directly."
    ),
    ("closed_question", "en"): (
        '"{excerpt}" can be answered with a simple yes or no, and a "no" ends the '
        'conversation. Invite them to think along instead: "Would you think along with '
        'me about how I could reach them?"'
    ),
    ("too_vague:phrase", "nl"): (
        '"{excerpt}" laat de ander raden, en een vraag waar iemand niets mee kan, schrikt '
        "af. Zeg concreet wat je zoekt: een functie met een specialisme, en als het kan een "
        "regio of soort organisatie."
    ),
    ("too_vague:no_specialism", "nl"): (
        'Je noemt een functie ("{excerpt}") maar niet het specialisme. Vertel waarin die '
        'mensen gespecialiseerd zijn, bijvoorbeeld "... gespecialiseerd in online '
        'bestellen", zodat de ander aan iemand specifiek kan denken.'
    ),
    ("too_vague:no_role", "nl"): (
        "Je noemt een specialisme maar niet de functie. Zeg welk werk die mensen doen, "
        'bijvoorbeeld "mensen die werken als webredacteur, gespecialiseerd in ...".'
    ),
    ("too_vague:nothing", "nl"): (
        "Het is niet duidelijk wat je zoekt. Noem een functie en het specialisme, "
        'bijvoorbeeld "mensen die werken als webredacteur, gespecialiseerd in online '
        'bestellen", en als het kan een regio of soort organisatie.'
    ),
    ("asks_for_job", "nl"): (
        '"{excerpt}" vraagt om een baan. De meeste mensen hebben die niet voor je, dus '
        "ze haken af of verwijzen je naar HR. Vraag liever om mensen en advies: wie doet "
        "dit werk en wil er met je over praten?"
    ),
    ("broadcast", "nl"): (
        '"{excerpt}" richt zich tot een groep; zulke oproepen krijgen zelden antwoord. '
        "Stuur je vraag aan één persoon, bij naam, en vraag het die persoon rechtstreeks."
    ),
    ("closed_question", "nl"): (
        '"{excerpt}" kan de ander met ja of nee beantwoorden, en na een "nee" houdt het '
        'gesprek op. Vraag liever of de ander wil meedenken: "Wil je met me meedenken hoe '
        'ik die mensen kan bereiken?"'
    ),
}


def _message(kind: AskFindingKind, language: str, reason: str, excerpt: str) -> str:
    key = f"{kind.value}:{reason}" if reason else kind.value
    return _MESSAGES[(key, language)].format(excerpt=excerpt)
