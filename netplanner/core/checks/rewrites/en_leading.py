"""English rewrites of leading questions (see ``en``).

Loaded, presumptive and agreement-seeking questions get their own open forms ("How
amazing is it to…" → "What is it like to…"); anything else is *defused* — tags,
"surely", "must" and negation taken out — and rewritten as the closed question left.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import en_frames as frames
from netplanner.core.checks.rewrites.engine import Rule, rule, words_pattern
from netplanner.core.checks.rewrites.words import (
    EN_ADJECTIVES,
    EN_LOADED,
    EN_VALENCED,
    en_base,
    en_be,
    en_do,
    en_is_adjective,
    en_is_plural,
)

_LOADED = words_pattern(
    "amazing great wonderful fantastic incredible awesome brilliant cool fun exciting "
    "terrible awful horrible crazy fabulous marvellous lovely nice super"
)


def _is(aux: str) -> str:
    return aux.lower().replace("n't", "").replace(" not", "")


def _feeling_that(m: re.Match[str]) -> str:
    """ "Isn't it frustrating that decisions take so long" → "How do you feel about the fact
    that decisions take so long"; "Isn't it normal that…" → "How normal is it that…"."""
    adjective = m["adj"]
    if adjective in ("obvious", "clear", "true", "logical", "evident", "a fact", "certain"):
        return f"What do you think of the idea that {m['x']}"
    if adjective in EN_ADJECTIVES and adjective not in EN_LOADED | EN_VALENCED:
        return f"How {adjective} {_is(m['a'])} it that {m['x']}"
    return f"What {_is(m['a'])} it like when {m['x']}"


LEADING_RULES: list[Rule] = [
    rule(
        r"how (?:much|far|a lot) (?:more|less) (?:[\w-]+ )?(?P<v>is|was|are|were) (?P<x>it|that|"
        r"(?:the|your|this) [\w -]+?) than (?P<y>.+)",
        lambda m: (
            f"How {'did' if m['v'] in ('was', 'were') else en_do(m['x'])} {m['x']} compare "
            f"with {m['y']}"
        ),
    ),
    rule(
        r"(?P<a>isn't|is|wasn't|was) it (?:not )?(?:(?:really|very|so|a bit|quite|pretty) )*"
        r"(?P<adj>[\w-]+) that (?P<x>.+)",
        _feeling_that,
    ),
    rule(
        r"why (?:is|are) (?P<x>.+?) (?:the|a) (?:most \w+|\w+est|best|greatest|top)"
        r"(?: [\w-]+)?"
        r"(?: (?:in|of|on|to|for) .+)?",
        lambda m: f"How would you describe {m['x']}",
    ),
    rule(
        r"(?:isn't|aren't|wasn't) (?P<x>(?:the|your|this|that) [\w -]+?) (?:(?:a bit|too|so|rather|"
        r"quite|pretty) )?(?:low|high|long|short|bad|poor|small|slow|much|little|expensive|cheap)"
        r"(?P<rest> (?:for|in|at|given|compared) .+)?",
        lambda m: f"What do you think of {m['x']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:don't|do) you (?:also )?think(?: that)? (?P<x>[\w -]+?) (?P<v>is|are) "
        r"(?:badly|poorly|well|wrongly|so badly) (?P<pp>\w+ed)(?P<rest> .+)?",
        lambda m: f"What do you think of how {m['x']} {m['v']} {m['pp']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:i (?:assume|guess|bet|suppose|imagine)(?: that)? |surely )?(?P<x>(?:the|your|this) "
        r"[\w -]+?) (?:is|are|must be) (?:really |very |so |pretty )?(?:worth) (?P<y>.+?)"
        r"(?:,? (?:wouldn't|don't|isn't) (?:you|it))?",
        lambda m: f"How do you weigh {m['x']} against {m['y']}",
    ),
    rule(
        r"(?:i (?:assume|guess|bet|suppose|imagine)(?: that)? |surely )(?P<x>(?:the|your|this) "
        r"[\w -]+?) (?:is|are|must be) (?:(?:really|very|so|pretty|quite|rather|fairly) )*"
        r"(?P<adj>[\w-]+)",
        lambda m: (
            None  # a neutral dimension: "How young is the team" (the statement frame)
            if m["adj"] in EN_ADJECTIVES and m["adj"] not in EN_LOADED | EN_VALENCED
            else f"What {en_be(m['x'])} {m['x']} like"
        ),
    ),
    rule(
        r"(?P<a>isn't|wasn't) it (?:(?:really|very|so|a bit|quite|pretty) )*(?P<adj>[\w-]+) "
        r"(?P<rest>(?:to|when|if) .+)",
        lambda m: (
            f"What {_is(m['a'])} it like {m['rest']}"
            if m["adj"] in EN_LOADED or not en_is_adjective(m["adj"])
            else f"How {m['adj']} {_is(m['a'])} it {m['rest']}"
        ),
    ),
    rule(
        r"(?:wouldn't|isn't|won't|doesn't) it (?:be|make) (?:(?:much|a lot|far) )?(?:better|"
        r"smarter|wiser|easier|more sensible|more useful|sense|more sense) (?:for (?:me|us) )?"
        r"(?P<rest>to .+)",
        lambda m: f"What do you think of {frames.gerund_phrase(m['rest'][3:])}",
    ),
    rule(
        r"(?:(?:wouldn't|don't|do) you (?:say|think|agree)(?: that)? |you'd agree(?: that)? )?"
        r"(?P<x>[\w -]+?) (?:counts? for|matters?|is worth|weighs?) (?:a lot |much |far )?more "
        r"than (?P<y>.+?)(?:,? (?:wouldn't|don't) you)?",
        lambda m: f"How do you weigh {m['x']} against {m['y']}",
    ),
    rule(
        r"(?:(?:wouldn't|don't|do) you (?:say|think|agree)(?: that)? |you'd agree(?: that)? )?"
        r"(?P<x>[\w -]+?) (?:beats?|is better than|are better than) (?P<y>.+?)"
        r"(?:,? (?:wouldn't|don't) you)?",
        lambda m: f"How would you compare {m['x']} with {m['y']}",
    ),
    rule(
        rf"how {_LOADED} (?P<a>is|was) (?:it|that) (?P<rest>.+)",
        lambda m: f"What {m['a'].lower()} it like {m['rest']}",
    ),
    rule(
        rf"how {_LOADED} (?P<a>is|was) (?P<x>.+)",
        lambda m: f"What {m['a'].lower()} {m['x']} like",
    ),
    rule(
        r"why (?:is|are) (?P<x>.+?) (?:the|a) (?:very )?(?:best|greatest|top|finest) "
        r"(?P<n>[\w-]+(?: to \w+)?)(?: (?:in|of|on) .+)?",
        lambda m: f"How would you describe {m['x']} as a {m['n']}",
    ),
    rule(
        r"(?:why (?:is|are)|what makes) (?P<x>.+?) (?:so|far|way|much) (?:much )?"
        r"(?:better|worse|more|less)(?: [\w-]+)? than (?P<y>.+)",
        lambda m: f"How {en_do(m['x'])} {m['x']} compare with {m['y']}",
    ),
    rule(
        r"(?:don't|do not|wouldn't|doesn't|do) you (?:(?:also|not|really) )*(?:think|feel|"
        r"believe)(?: that)? (?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+ (?:is|are) .+)",
        frames.opinion,
    ),
    rule(
        r"(?:don't|do not|wouldn't|won't|doesn't|would|do|you'd|you would) (?:you )?(?:(?:also|not|"
        r"really) )*(?:think|agree|feel|believe|say)(?: (?:that|with me that))? (?P<x>.+?)"
        r"(?:,? (?:wouldn't|don't|won't) you)?",
        lambda m: f"What do you think of the idea that {m['x']}",
    ),
    rule(
        r"(?:isn't|is|wasn't) it (?:not )?(?:true|the case|a fact)(?: that)? (?P<x>.+)",
        lambda m: f"What do you think of the idea that {m['x']}",
    ),
    rule(
        r"(?:isn't|is) (?:this|that|it) (?:the|a) (?:best|greatest|most \w+|dream) (?P<n>[\w-]+).*",
        lambda m: f"What do you think of this {m['n']}",
    ),
    rule(
        r"(?:this|that|it) (?:is|must be|'s) (?:the|a) (?:most|least) (?P<adj>[\w-]+) "
        r"(?P<n>[\w-]+)(?: .+)?",
        lambda m: f"How {m['adj']} is this {m['n']}",
    ),
    rule(
        r"(?:the )?(?P<adj>\w+est|worst|best|most \w+|least \w+) (?P<n>part|thing|aspect) "
        r"(?:is|must be|has to be|will be|'s) .+",
        lambda m: f"What is the {m['adj']} {m['n']} for you",
    ),
    rule(
        rf"(?P<x>(?:the|your|this) [\w -]+?) (?:is|are|must be) (?:(?:really|so|pretty) )?"
        rf"{_LOADED}",
        lambda m: f"What {en_be(m['x'])} {m['x']} like",
    ),
    rule(
        r"(?:don't|didn't) you (?:ever )?miss (?P<x>.+)",
        frames.missing,
    ),
    rule(r".+", frames.statement),
    rule(r".+", frames.statement_neutral),
]

_TAG = re.compile(
    r",?\s+(?:right|correct|true|no|yes|eh|yeah|am i right|isn't it|is it not|aren't they|"
    r"don't you|doesn't it|wouldn't you|won't you|didn't you|isn't that so|surely|"
    r"(?:do|did|are|have|can|would|will|were) you|(?:is|was|does|has) it|(?:are|do) they)\s*$",
    re.IGNORECASE,
)
_MARKERS = re.compile(
    r"^(?:i(?:'d| would)? (?:bet|guess|assume|suppose|imagine|reckon|expect|figure)(?: that)?|"
    r"i take it(?: that)?|i'm guessing(?: that)?|no doubt|presumably|"
    r"surely|obviously|clearly)\s+|"
    r"\s+(?:surely|probably|obviously|clearly|presumably)\b",
    re.IGNORECASE,
)
_STATEMENT = re.compile(
    r"^(?P<s>you|it|this|that|they|people)(?:'re| are| is|'s| must| must be| do| have) ",
    re.IGNORECASE,
)


def strip_markers(text: str) -> str:
    """Without tags and markers: "I bet the commute is terrible, isn't it" → "the commute
    is terrible"."""
    plain = _MARKERS.sub("", _TAG.sub("", text)).strip()
    return plain[:1].lower() + plain[1:] if plain[1:2].islower() else plain


def defuse(text: str) -> str:
    """A leading question as the plain yes/no question under it (or the text unchanged):
    "You must work long hours, right" → "Do you work long hours"."""
    plain = strip_markers(text)
    plain = re.sub(
        r"^(isn't|aren't|don't|doesn't|didn't|wasn't|weren't|won't) ",
        _positive,
        plain,
        flags=re.IGNORECASE,
    )
    plain = re.sub(r"^(is|are|do|does|did) (\w+) not ", r"\1 \2 ", plain, flags=re.IGNORECASE)
    plain = re.sub(
        r"^(you|they|people) (do|did|would|will|could|can|ca)(?:n't| not) ",
        r"\2 \1 ",
        plain,
        flags=re.IGNORECASE,
    )
    plain = re.sub(r"^(you|they|people) won't ", r"will \1 ", plain, flags=re.IGNORECASE)
    plain = re.sub(r"^ca (you|they|people) ", r"can \1 ", plain, flags=re.IGNORECASE)
    plain = re.sub(r"^it must be ", "it is ", plain, flags=re.IGNORECASE)
    plain = re.sub(r"^(you|they) must have had to ", r"did \1 have to ", plain, flags=re.IGNORECASE)
    plain = re.sub(r"^(you|they) must be ", r"\1 are ", plain, flags=re.IGNORECASE)
    plain = re.sub(r"^(you|they|people) must ", r"\1 ", plain, flags=re.IGNORECASE)
    match = _STATEMENT.match(plain)
    if match or re.match(r"^(?:you|they|people) \w+", plain, re.IGNORECASE):
        plain = _invert(plain)
        return re.sub(r"^(is|are|do|does|did) (\w+) not ", r"\1 \2 ", plain, flags=re.IGNORECASE)
    plural = _PLURAL_SUBJECT.match(plain)
    if plural and en_is_plural(plural["np"].split()[-1]):  # "the best people leave…"
        return f"do {plural['np']} {plural['v']} {plural['rest']}"
    third = _THIRD_PERSON.match(plain)
    if third and third["v"].lower() not in _NOT_VERBS:  # "the team works remotely"
        return f"does {third['np']} {en_base_present(third['v'])} {third['rest']}"
    return plain


_PLURAL_SUBJECT = re.compile(
    r"^(?P<np>(?:the|your|my|our|their|most|many|most of the) (?:[\w'-]+ ){0,2}?[\w'-]+) "
    r"(?P<v>(?!are\b|were\b|have\b|had\b|will\b|would\b|can\b|could\b|must\b|should\b|do\b)"
    r"[a-z]+) (?P<rest>.+)$",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(
    r"^(?P<np>(?:the|your|this|that|my|our|their) (?:[\w'-]+ ){0,2}?[\w'-]+) "
    r"(?P<v>(?!is\b|was\b|has\b)[a-z]+s) (?P<rest>.+)$",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset({"always", "sometimes", "perhaps", "less", "plus", "thus", "us"})


def en_base_present(verb: str) -> str:
    """ "works" → "work", "tries" → "try", "watches" → "watch", "does" → "do"."""
    word = verb.lower()
    if word in ("does", "goes"):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z)es$", word):
        return word[:-2]
    return word[:-1]


def _positive(m: re.Match[str]) -> str:
    return m.group(1).lower().replace("n't", "").replace("wo", "will").rstrip() + " "


def _invert(statement: str) -> str:
    words = statement.split()
    subject, verb = words[0].lower(), words[1].lower() if len(words) > 1 else ""
    if subject.endswith("'re"):
        return " ".join(["are", subject[:-3], *words[1:]])
    if subject.endswith("'s"):
        return " ".join(["is", subject[:-2], *words[1:]])
    if verb == "have" and len(words) > 2 and not words[2].endswith(("ed", "en", "t")):
        return " ".join(["do", subject, *words[1:]])
    if verb in ("are", "is", "have", "do", "can", "could", "would", "will", "should"):
        return " ".join([verb, subject, *words[2:]])
    if subject in ("you", "they", "people"):
        base = en_base(verb) if verb not in ("was", "were") else None
        if base:  # "you learned a ton" → "did you learn a ton"
            return " ".join(["did", subject, base, *words[2:]])
        return " ".join(["do", subject, *words[1:]])
    return statement
