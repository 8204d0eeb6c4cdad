"""The last look at a rewrite before it is offered (see ``engine``).

A rule builds its rewrite from pieces of the original question, and a piece can be cut in
the wrong place. ``reads_naturally`` turns down a candidate that shows the usual signs:
a marker of the original left in ("surely", "toch"), a verb that does not agree with its
subject ("What is the clients like?", "Hoe is de klanten?"), a degree word with nothing to
modify ("Hoe druk is het veel te in…"), "how" before a word that is no adjective ("How
hospitality was…"), a frequency word left inside "to what extent"/"in hoeverre", a
loaded word kept outside a quoted claim ("How boring…"), a word said twice, or an end
that breaks off ("… for the?"). The next rule's candidate is tried instead; a question
with no acceptable candidate gets no rewrite — better none than one that reads wrong.
"""

from __future__ import annotations

import re
from itertools import pairwise

from netplanner.core.checks.rewrites.words import (
    EN_ADJECTIVES,
    EN_DEGREE,
    EN_DIMENSIONS,
    EN_LOADED,
    EN_PREPOSITIONS,
    en_head,
    en_is_adjective,
    en_is_plural,
    wordset,
)
from netplanner.core.checks.rewrites.words_nl import (
    NL_DEGREE,
    NL_DIMENSIONS,
    NL_LOADED,
    NL_PREPOSITIONS,
    nl_article,
    nl_head,
    nl_is_adjective,
    nl_is_plural,
)

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_NOUN_END = ("ity", "tion", "sion", "ment", "ness", "ship", "ance", "ence", "heid", "ing")
_EN_HOW_OK = wordset(
    "much many often long far well do does did is are was were has have can could would "
    "will should might may come"
)
_EN_FREQUENCY = re.compile(
    r"\b(?:ever|often|sometimes|a lot|lots|much|many|regularly|always|usually|every day|any)\b"
)
_NL_FREQUENCY = re.compile(r"\b(?:vaak|veel|soms|weleens|wel eens|ooit|regelmatig|altijd)\b")
# a claim quoted for an opinion: what follows may hold the original's words
_CLAIM = re.compile(
    r"\b(?:idea that|true (?:is it )?that|the fact that|it is that|idee dat|klopt het dat|"
    r"het feit dat|het dat|ertegenaan dat|erop terug dat)\b"
)
# words a marker phrase ("I bet that", "ik neem aan dat") shares with ordinary questions
_FUNCTION_WORDS = wordset("i that it is the a ik dat aan het de een je")
_EN_MARKERS = wordset("surely probably obviously presumably")
_NL_MARKERS = wordset("toch hè nietwaar ongetwijfeld")
# a question does not end in these (a stranded "with" or a Dutch "op" can end one)
_EN_ENDS = wordset(
    "the a an your my their our its every each of than and or but not very really so too "
    "pretty quite rather"
)
_NL_ENDS = wordset("de het een van met tijdens sinds zonder dan en maar te erg heel")


def reads_naturally(candidate: str, lang: str, source: str = "", leading: bool = False) -> bool:
    """True when ``candidate`` shows none of the signs of a badly cut rewrite.

    For a leading original (``leading``), "How ADJ…" / "Hoe ADJ…" is accepted only with an
    adjective the lexicon knows as a neutral dimension ("hard", "busy", "druk"): an unknown
    one may be the answer the original pushed ("unbearable", "ondraaglijk"), so the neutral
    frame ("What is X like?", "Hoe is X?") is taken instead.
    """
    text = candidate.rstrip("?").strip()
    lowered = text.lower()
    words = _WORD.findall(lowered)
    repeated = any(a == b != "je" for a, b in pairwise(words))
    if len(words) < 3 or repeated:
        return False
    nl = lang == "nl"
    if words[-1] in (_NL_ENDS if nl else _EN_ENDS):
        return False
    if _left_markers(words, source, nl) or _loaded(lowered, words, nl):
        return False
    if _dangling_degree(words, nl) or _extent_with_frequency(lowered, nl):
        return False
    if _negated(lowered, words, nl) or (leading and _pushed_adjective(words, nl)):
        return False
    return _nl_agrees(lowered) if nl else _en_agrees(lowered)


_EN_NEGATIONS = wordset("not never can't won't don't doesn't didn't isn't aren't wasn't")
_NL_NEGATIONS = wordset("niet nooit geen niets")


def _negated(lowered: str, words: list[str], nl: bool) -> bool:
    """A negation outside a quoted claim turns the question ("…om nooit echt te ontspannen")."""
    claim = _CLAIM.search(lowered)
    considered = _WORD.findall(lowered[: claim.start()]) if claim else words
    negations = _NL_NEGATIONS if nl else _EN_NEGATIONS
    relative = _NL_RELATIVE if nl else _EN_RELATIVE
    for index, word in enumerate(considered):
        # "…for people who don't want to manage": a negation inside a relative clause is content
        before = considered[max(0, index - 3) : index]
        clause = any(
            word in relative and i > 0 and before[i - 1] not in _NOT_BEFORE_RELATIVE
            for i, word in enumerate(before)
        )
        if word in negations and not clause:
            return True
    return False


_EN_RELATIVE = wordset("who that which whose")
# "is dat geen baan": "dat" after a verb is no relative pronoun
_NOT_BEFORE_RELATIVE = wordset("is was zijn waren hoeverre hoe het en of is are was were")
_NL_RELATIVE = wordset("die dat wie waar")


_EN_DIMENSION_OK = wordset("much many often long far well important common easy likely true")
_NL_DIMENSION_OK = wordset(
    "vaak lang ver goed veel belangrijk gebruikelijk makkelijk waarschijnlijk nuttig"
)


_NL_FINITE_AFTER_HOW = wordset(
    "is zijn was waren ben bent moet moeten kan kun kunt wordt worden vind vindt vond vonden"
)
_EN_FINITE_AFTER_HOW = wordset("is are was were can could would will do does did must")


def _pushed_adjective(words: list[str], nl: bool) -> bool:
    """ "How ADJ is…" with an adjective that may be the answer the original pushed, or
    "how much slower…": the difference taken as given."""
    if (len(words) > 1 and words[0] == "hoeveel") or words[:2] == ["how", "much"]:
        following = words[1] if words[0] == "hoeveel" else (words[2] if len(words) > 2 else "")
        if following.endswith("er") and following not in ("meer", "minder", "over", "weer"):
            return True
    if len(words) < 3 or words[0] not in ("how", "hoe"):
        return False
    if words[2] not in (_NL_FINITE_AFTER_HOW if nl else _EN_FINITE_AFTER_HOW):
        return False
    adjective = words[1]
    if nl:
        return adjective not in _NL_DIMENSION_OK and adjective not in NL_DIMENSIONS
    if adjective in ("do", "does", "did", "is", "are", "was", "were", "would", "has", "have"):
        return False
    return adjective not in _EN_DIMENSION_OK and adjective not in EN_DIMENSIONS


def _left_markers(words: list[str], source: str, nl: bool) -> bool:
    """A marker of the leading original ("surely", "toch", "vast"…) is still there."""
    from netplanner.core.checks.rewrites import en_leading as en
    from netplanner.core.checks.rewrites import nl_leading as nl_rules

    markers = set(_NL_MARKERS if nl else _EN_MARKERS)
    if source:
        module = nl_rules if nl else en
        kept = set(_WORD.findall(module.strip_markers(source).lower()))
        markers |= set(_WORD.findall(source.lower())) - kept - _FUNCTION_WORDS
    return any(word in markers for word in words)


def _loaded(lowered: str, words: list[str], nl: bool) -> bool:
    """A loaded word outside a quoted claim ("What do you think of the idea that…")."""
    claim = _CLAIM.search(lowered)
    considered = _WORD.findall(lowered[: claim.start()]) if claim else words
    return any(word in (NL_LOADED if nl else EN_LOADED) for word in considered)


_EN_BEFORE_PLACE = wordset("with than against to of from")
_NL_BEFORE_PLACE = wordset("met dan tegen tot")
_PLACE = wordset("in at on bij op to")


def _dangling_degree(words: list[str], nl: bool) -> bool:
    """A degree word followed by no adjective ("…veel te in het onderwijs"), or two
    prepositions cut together ("compare the hours with in retail")."""
    degree = NL_DEGREE if nl else EN_DEGREE
    prepositions = NL_PREPOSITIONS if nl else EN_PREPOSITIONS
    before_place = _NL_BEFORE_PLACE if nl else _EN_BEFORE_PLACE
    for word, following in pairwise(words):
        if word in degree and word not in ("wat", "best") and following in prepositions:
            return True
        if word in before_place and following in _PLACE:
            return True
    return False


def _extent_with_frequency(lowered: str, nl: bool) -> bool:
    """ "To what extent do you ever…", "In hoeverre bel je veel", "How much do you work from
    home a lot": the wrong frame, or the amount asked twice."""
    amount = re.match(r"(?:how (?:much|many|often)|hoe ?veel|hoe vaak)\b", lowered)
    if amount:
        later = lowered[amount.end() :]
        pattern = r"\b(?:veel|vaak)\b" if nl else r"\b(?:a lot|lots|often|much|many)\b"
        return bool(re.search(pattern, later)) and not re.search(r"\bhow much of\b", lowered)
    if nl:
        if lowered.startswith("in hoeverre klopt het dat"):
            return False
        return lowered.startswith("in hoeverre") and bool(_NL_FREQUENCY.search(lowered))
    return lowered.startswith("to what extent") and bool(_EN_FREQUENCY.search(lowered))


_EN_HOW_BE = re.compile(r"^how (?P<adj>[\w-]+) (?P<v>is|are|was|were) (?P<np>(?!it\b|there\b).+)")
_EN_WHAT_LIKE = re.compile(r"^what (?P<v>is|are|was|were) (?P<np>.+?) like\b")
_EN_COMPARE = re.compile(r"^how (?P<v>do|does|did) (?P<np>.+?) compare\b")
_EN_THERE = re.compile(r"^(?:how|what) (?P<q>much|many|\w+) (?P<np>[\w-]+) (?P<v>is|are) there\b")


_EN_NOT_AFTER_HOW = wordset("worth going like able about supposed used due sure possible pretty")
_EN_DOUBLE_AUX = re.compile(r"\b(?:do|does|did|would|will) (?:you|they|we|i|people) \w+n't\b")


def _en_agrees(lowered: str) -> bool:
    if _EN_DOUBLE_AUX.search(lowered):
        return False
    how = _EN_HOW_BE.match(lowered)
    if how:
        adjective = how["adj"]
        if adjective in _EN_NOT_AFTER_HOW or _is_comparative(adjective):
            return False
        if (
            adjective not in _EN_HOW_OK
            and not en_is_adjective(adjective)
            and (adjective.endswith(_NOUN_END) or adjective in EN_PREPOSITIONS | EN_DEGREE)
        ):
            return False
    for pattern in (_EN_HOW_BE, _EN_WHAT_LIKE, _EN_COMPARE):
        match = pattern.match(lowered)
        if match and not _en_number_fits(match["v"], match["np"]):
            return False
    there = _EN_THERE.match(lowered)
    if there and there["q"] in ("much", "many"):
        plural = en_is_plural(there["np"])
        if (there["q"] == "many") != plural or (there["v"] == "are") != plural:
            return False
    return True


def _is_comparative(word: str) -> bool:
    """ "slower", "busier", "bigger": "How slower is…" is no English."""
    for base in (word[:-2], word[:-3], word[:-3] + "y", word[:-1]):
        if word.endswith("er") and base in EN_ADJECTIVES:
            return True
    return word in ("better", "worse", "more", "less")


def _en_number_fits(verb: str, noun_phrase: str) -> bool:
    if noun_phrase.split()[0] in ("you", "they", "we", "i", "it"):
        return True
    head = en_head(noun_phrase)
    plural = en_is_plural(head)
    if verb in ("is", "was", "does"):
        return not plural
    return plural or head.endswith("s") or head in ("staff", "team", "family")


_NL_HOW_BE = re.compile(r"^hoe (?:(?P<adj>[\w-]+) )?(?P<v>is|zijn|was|waren) (?P<np>.+)")


def _nl_agrees(lowered: str) -> bool:
    how = _NL_HOW_BE.match(lowered)
    if how:
        adjective = how["adj"]
        if adjective and not (
            nl_is_adjective(adjective) or adjective in ("vaak", "lang", "ver", "veel", "oud")
        ):
            return False
        determiner, head = nl_head(how["np"])
        # a bare "-en" word is as often a verb as a noun: "Hoe belangrijk is netwerken"
        plural = nl_is_plural(head, determiner) and (determiner or not head.endswith("en"))
        if plural and how["v"] in ("is", "was"):
            return False
        if how["v"] in ("zijn", "waren") and determiner in ("het", "een", "dit"):
            return False
    for match in re.finditer(r"\bde ([\w-]+)", lowered):
        noun = match.group(1)
        if nl_article(noun) == "het" and noun in _NL_HET_EXACT:
            return False
    return True


_NL_HET_EXACT = wordset(
    "werk vak beroep bedrijf team salaris loon contract kantoor onderwijs netwerk "
    "project programma diploma budget traject proces"
)
