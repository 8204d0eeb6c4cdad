"""English rewrite frames built from a parse of the question (see ``engine``).

Each frame is a form that reads naturally whatever is put in it, as long as the pieces are
cut right: "How ADJ is NP…?", "How does NP compare…?", "What is NP like?", "How many NPs
are there…?", "How easy is it to V…?", "What role did X play in…?", "How do you feel
about X?". The parse finds the pieces — noun phrase, predicate adjective, the rest — by
word class (``words``) instead of by fixed phrases, and the verb
agrees with the noun phrase it now stands next to.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites.words import (
    EN_ADJECTIVES,
    EN_AFTER_ADJECTIVE,
    EN_DEGREE,
    EN_DETERMINERS,
    EN_LOADED,
    EN_LOADED_TOPIC,
    EN_PREPOSITIONS,
    en_be,
    en_do,
    en_gerund,
    en_is_adjective,
    en_is_plural,
    wordset,
)

_NOT_GRADABLE = {
    "possible": "common", "allowed": "common", "normal": "common", "common": "common",
    "usual": "common", "required": "important", "necessary": "important",
    "needed": "important", "essential": "important", "mandatory": "important",
    "important": "important", "crucial": "important", "vital": "important",
}  # fmt: skip
_JOB_NOUNS = re.compile(r"\b(?:job|role|position|career|work|post|contract|offer)\b")
_MASS = wordset(
    "room space time scope demand competition overtime support freedom work travel "
    "flexibility autonomy variety pressure turnover growth training feedback money "
    "budget contact interest need stress paperwork bureaucracy politics"
)


def _degree_free(words: list[str]) -> list[str]:
    """Without degree words at the end: "the job (very)", "the commute (a bit)"."""
    words = list(words)
    skip = ("mostly", "always", "still", "any", "much", "far", "way", "lot")
    while words and (words[-1] in EN_DEGREE or words[-1] in skip):
        words.pop()
        if words[-1:] == ["a"]:
            words.pop()
    return words


def _rest_starts_well(rest: list[str]) -> bool:
    return not rest or rest[0] in EN_AFTER_ADJECTIVE


def split_predicate(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """NP, adjective, rest of "the switch from hospitality to HR hard" / "the pay good in
    this sector": the first word that can be a predicate adjective and is followed by
    nothing or by a preposition or adverb."""
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        if word in ("more", "less") and index + 1 < len(words):
            if en_is_adjective(words[index + 1]):
                noun_phrase = _degree_free(words[:index])
                rest = words[index + 2 :]
                if noun_phrase and _rest_starts_well(rest):
                    return noun_phrase, f"{word} {words[index + 1]}", rest
            continue
        adjective = en_is_adjective(word, before) or (before in EN_DEGREE and before != "a")
        if not adjective or not _rest_starts_well(words[index + 1 :]):
            continue
        noun_phrase = _degree_free(words[:index])
        if not noun_phrase or noun_phrase[-1] in EN_DETERMINERS | EN_PREPOSITIONS:
            continue
        return noun_phrase, word, words[index + 1 :]
    return None


def _comparative(adjective: str) -> bool:
    return adjective not in EN_ADJECTIVES and en_is_adjective(adjective)


def predicate_question(
    noun_phrase: str, adjective: str, rest: list[str], past: bool, be: str = ""
) -> str:
    """The open question about "NP is ADJ (rest)"; ``be`` is the original's verb, which
    already agrees ("Are the hours…"), else it is made to agree."""
    be = be or en_be(noun_phrase, past)
    tail = " ".join(rest)
    if (
        adjective in ("better", "worse")
        or adjective.startswith(("more ", "less "))
        or (adjective.endswith("er") and _comparative(adjective))
    ):
        other = re.sub(r"^than (?:in |at |for )?", "with ", tail)
        did = "did" if past else en_do(noun_phrase)
        return f"How {did} {noun_phrase} compare {other}".strip()
    if adjective in EN_LOADED:
        return f"What {be} {noun_phrase} like {tail}".strip()
    how = _NOT_GRADABLE.get(adjective, adjective)
    return f"How {how} {be} {noun_phrase} {tail}".strip()


def copular(m: re.Match[str]) -> str | None:
    """ "Is the pay good in this sector" → "How good is the pay in this sector"."""
    parts = split_predicate(m["body"].split())
    if parts is None:
        return None
    noun_phrase, adjective, rest = parts
    be = m["a"].lower()
    return predicate_question(" ".join(noun_phrase), adjective, rest, be in ("was", "were"), be)


def copular_neutral(m: re.Match[str]) -> str | None:
    """The same parse in the frame without the adjective: "What is the commute like?" —
    taken when the adjective may be the answer a leading original pushed."""
    parts = split_predicate(m["body"].split())
    if parts is None:
        return None
    noun_phrase, adjective, rest = parts
    tail = " ".join(rest)
    if tail.startswith("than") or (adjective.endswith("ed") and adjective not in EN_ADJECTIVES):
        return None
    if noun_phrase[0] not in EN_DETERMINERS:  # "Isn't networking a bit fake" → an opinion
        return f"What do you think of {' '.join(noun_phrase)} {tail}".strip()
    return f"What {m['a'].lower()} {' '.join(noun_phrase)} like {tail}".strip()


_STATEMENT_BE = re.compile(
    r"^(?P<np>.+?)(?P<be>'s|'re| is| are| was| were| must be| has to be| have to be| will be|"
    r" can be| could be| can get| gets?| must have been| has been| have been| must get| "
    r"will get) (?P<body>.+)$"
)
_FUTURE = re.compile(
    r"^(?P<np>(?!i\b|you\b)[\w' -]+?) (?:is|are|'s|'re) going to (?P<rest>.+)$|"
    r"^(?P<np2>(?!i\b|you\b)[\w' -]+?) will (?P<rest2>.+)$"
)


_NOT_A_SUBJECT = wordset(
    "i you it this that is are was were do does did can could would will should have has "
    "don't doesn't isn't aren't wasn't weren't won't wouldn't"
)


def statement(m: re.Match[str]) -> str | None:
    """A leading statement with its marker gone: "the hours are better than in retail",
    "most of your colleagues came through referrals"."""
    text = m.group(0)
    most = re.match(r"^(?:most|many|a lot|lots) of (?P<np>(?:the|your|their|our) .+?) "
                    r"(?P<v>\w+ed|came|went|got|had|are|were|have|do|did|work|come|get) "
                    r"(?P<rest>.+)$", text)  # fmt: skip
    if most:
        return f"How many of {most['np']} {most['v']} {most['rest']}"
    future = _FUTURE.match(text)
    if future:
        subject = future["np"] or future["np2"]
        return f"How likely is it that {subject} will {future['rest'] or future['rest2']}"
    match = _STATEMENT_BE.match(text)
    if match is None or match["np"].split()[0] in _NOT_A_SUBJECT:
        return None
    words = match["body"].split()
    if words and words[0] in ("a", "an") and len(words) > 1 and words[1] not in EN_DEGREE | {"bit"}:
        # a predicate noun: "the first year must have been a real shock" → "How was the first year"
        past = match["be"].strip() in ("was", "were", "must have been", "has been", "have been")
        be = en_be(match["np"], past)
        return f"How {be} {match['np']} for you" if past else f"What {be} {match['np']} like"
    while words and words[0] in EN_DEGREE | {"a"}:
        words.pop(0)
    parts = split_predicate(["it", *words])
    if parts is None or parts[0] != ["it"]:
        return None
    _, adjective, rest = parts
    modal = match["be"].strip()
    if modal.endswith("get"):  # "must get old": how it wears, asked in the neutral frame
        return None
    if modal in ("can be", "could be", "can get", "get", "gets") and adjective not in EN_LOADED:
        verb = modal.split()[-1]
        aux = modal.split()[0] if " " in modal else en_do(match["np"])
        return f"How {adjective} {aux} {match['np']} {verb} {' '.join(rest)}".strip()
    past = match["be"].strip() in ("was", "were", "must have been")
    return predicate_question(match["np"], adjective, rest, past)


def statement_neutral(m: re.Match[str]) -> str | None:
    """A leading statement in the frame without its adjective: "the clients are really
    demanding" → "What are the clients like"; "the first year was tough" → "What was the
    first year like"."""
    match = _STATEMENT_BE.match(m.group(0))
    if match is None or match["np"].split()[0] in _NOT_A_SUBJECT:
        return None
    if re.match(r"(?:a|an) ", match["body"]):
        return None
    past = match["be"].strip() in ("was", "were", "must have been", "has been", "have been")
    words = match["body"].split()
    while words and words[0] in EN_DEGREE:
        words.pop(0)
    rest = words[1:] if words else []
    tail = (
        " " + " ".join(rest) if rest and rest[0] in ("after", "when", "in", "at", "during") else ""
    )
    return f"What {en_be(match['np'], past)} {match['np']} like{tail}"


def existential(m: re.Match[str]) -> str | None:
    """ "Are there many women in your field" → "How many women are there in your field"."""
    words = m["body"].split()
    quantity = ""
    while words and words[0] in ("a", "lot", "lots", "of", "many", "much", "any", "some",
                                 "enough", "good", "plenty", "loads"):  # fmt: skip
        quantity += words.pop(0) + " "
    if not words:
        return None
    cut = next(
        (i for i, w in enumerate(words) if i and w in EN_PREPOSITIONS | {"who", "that", "which"}),
        len(words),
    )
    noun, rest = " ".join(words[:cut]), " ".join(words[cut:])
    if quantity.strip() in ("a", "an"):
        return None
    plural = en_is_plural(noun.split()[-1])
    if plural and (quantity.strip() in ("many", "a lot of", "lots of", "plenty of", "loads of")):
        return f"How many {noun} are there {rest}".strip()
    if plural:
        return f"What {noun} are there {rest}".strip()
    if noun.split()[-1] in _MASS:
        return f"How much {noun} is there {rest}".strip()
    return None


_REQUEST_VERBS = wordset(
    "tell help recommend suggest share explain describe give send introduce refer show name "
    "think imagine say put connect forward pass ask"
)


def possibility(m: re.Match[str]) -> str | None:
    """ "Can you work part-time in this role" → "How easy is it to work part-time in this role"."""
    verb = m["v"].lower()
    if verb in _REQUEST_VERBS or verb.endswith("ly") or verb in ("be", "i"):
        return None
    who = m["s"].lower()
    rest = re.sub(r"\s*\b(?:easily|quickly|readily|just)\b", "", m["rest"]).strip()
    if not rest:
        return None
    if who in ("i", "we"):
        return f"How easy would it be for {'me' if who == 'i' else 'us'} to {verb} {rest}"
    return f"How easy is it to {verb} {rest}"


def lead_to(m: re.Match[str]) -> str:
    """ "Did your internship lead to this job" → "What role did your internship play in
    getting this job"."""
    target = m["y"]
    getting = "getting " if _JOB_NOUNS.search(target) else ""
    return f"What role {m['a'].lower()} {m['x']} play in {getting}{target}"


def feeling(m: re.Match[str]) -> str:
    """ "Don't you get frustrated with all the red tape" → "How do you feel about the red
    tape"; "…get bored doing the same audits" → "How do you feel about doing…"."""
    topic = re.sub(r"^all (?:the |of the )?", "the ", m["x"])
    topic = re.sub(r"^(?:so|very|really) ", "", topic)
    did = "did" if m["a"] and m["a"].lower().startswith("did") else "do"
    return f"How {did} you feel about {topic}"


def missing(m: re.Match[str]) -> str:
    """ "Don't you miss the hands-on work now…" → "What, if anything, do you miss about the
    hands-on work now…"."""
    return f"What do you miss, if anything, about {m['x']}"


_JUDGING = wordset("overrated underrated better worse good bad great")


def opinion(m: re.Match[str]) -> str | None:
    """ "Don't you think managers are overpaid" → "What do you think of how managers are paid";
    "… remote work is overrated" → "What do you think of remote work"; otherwise the claim
    itself is put up for an opinion ("What do you think of the idea that…")."""
    claim = m["x"]
    found = re.fullmatch(
        r"(?P<np>.+?) (?P<v>is|are|was|were) (?:(?:so|too|really|very|way|much|far|mostly|"
        r"usually|often|always|just|pretty|quite|a bit|a little|kind of|rather) )*"
        r"(?P<adj>[\w-]+)(?P<rest> .+)?",
        claim,
    )
    if found:
        adjective = found["adj"]
        noun_phrase, rest = found["np"], found["rest"]
        if adjective in EN_LOADED_TOPIC and not rest:
            return (
                f"What do you think of how {noun_phrase} {found['v']} {EN_LOADED_TOPIC[adjective]}"
            )
        judging = adjective in _JUDGING or adjective in EN_LOADED
        compared = bool(rest) and rest.split()[0] in ("than", "for", "at")
        if judging and found["v"] in ("is", "are") and not compared:
            return f"What do you think of {noun_phrase}"
    return f"What do you think of the idea that {claim}"


def experience(m: re.Match[str]) -> str:
    """ "Have you ever managed a team" → "What experience do you have with managing a team"."""
    return f"What experience do you have with {en_gerund(m['v'])} {m['rest']}"


def en_base_s(verb: str) -> str:
    """ "reads" → "read", "tries" → "try", "watches" → "watch"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z)es$", verb) or verb in ("does", "goes"):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def gerund_phrase(verb_phrase: str) -> str:
    words = verb_phrase.split()
    return " ".join([en_gerund(words[0]), *words[1:]]) if words else verb_phrase
