"""English question shapes with a safe open frame each (see ``question_checker_rewrite_en``).

Tried before the older, phrase-bound rules. One shape, one frame that reads naturally
whatever fills it: an outcome ("Did X lead to Y" → "What role did X play in…"), a feeling
("Don't you get frustrated with…" → "How do you feel about…"), a missed thing ("What do
you miss, if anything, about…"), experience ("Have you ever managed…" → "What experience
do you have with managing…"), looking back ("…regrets…", "…do it all again" → "How do you
look back on…"), worth and enough ("What is the value of…", "How much would X help…"),
what an employer offers ("What does X offer in terms of…"), manner and frequency for any
subject ("How closely do you…", "How often do clients…"), and a graded noun ("Is there a
clear career path" → "How clear is the career path", "Was it a big adjustment…" → "How big
an adjustment was it…").
"""

from __future__ import annotations

import re

from netplanner.core import question_checker_rewrite_en_frames as frames
from netplanner.core.question_checker_rewrite import Rule, rule
from netplanner.core.question_checker_rewrite_words import (
    EN_ADJECTIVES,
    EN_LOADED,
    en_is_adjective,
    wordset,
)

_FEELINGS = (
    r"(?:frustrated|bored|tired|stressed|annoyed|fed up|overwhelmed|exhausted|irritated|"
    r"worn out|burnt out|burned out|nervous|anxious|lonely)"
)
_EXPERIENCE_VERBS = (
    r"worked|managed|led|done|used|tried|taught|volunteered|lived|coached|mentored|hired|"
    r"supervised|freelanced|travelled|traveled|presented|written|built|run|organised|"
    r"organized|trained|negotiated|pitched|interviewed|recruited"
)
_MANNER = r"closely|directly|independently|remotely|intensively|hands-on|mostly alone"
_FREQUENCY = r"ever|often|sometimes|occasionally|frequently|usually|constantly"
_SUBJECT = r"(?P<s>(?!it\b|there\b)[\w'-]+(?: [\w'-]+){0,3}?)"


def _graded_noun(m: re.Match[str]) -> str | None:
    """ "Is there a clear career path for juniors" → "How clear is the career path for
    juniors"."""
    if not en_is_adjective(m["adj"]) or m["adj"] in ("lot", "few", "couple"):
        return None
    return f"How {m['adj']} is the {m['n']}{m['rest'] or ''}"


def _how_big_a(m: re.Match[str]) -> str | None:
    """ "Was it a big adjustment moving from…" → "How big an adjustment was it moving from…"."""
    if not en_is_adjective(m["adj"]):
        return None
    article = "an" if m["n"][0] in "aeiou" else "a"
    return f"How {m['adj']} {article} {m['n']} {m['a'].lower()} it{m['rest'] or ''}"


_DEVELOP = r"growing|shrinking|changing|expanding|declining|recovering|evolving|struggling"
_SURPRISE = (
    r"surprised|disappointed|impressed|shocked|worried|concerned|scared|afraid|excited|"
    r"relieved|nervous|anxious"
)


def _would_say(m: re.Match[str]) -> str | None:
    """ "Would you say the culture is quite formal" → "How formal would you say the culture is"."""
    if not en_is_adjective(m["adj"]) or m["adj"] in EN_LOADED:
        return None
    return f"How {m['adj']} would you say {m['np']} {m['v']}{m['rest'] or ''}"


_SUPPORT = r"buddy|mentor|coach|induction|onboarding|training|introduction programme"
_CHOOSE = r"choose|pick|decide|set|plan|organise|organize|shape"


def _feel_adjective(m: re.Match[str]) -> str | None:
    """ "Do you feel appreciated at work" → "How appreciated do you feel at work"."""
    if m["adj"] in EN_LOADED or not (en_is_adjective(m["adj"]) or m["adj"].endswith("ed")):
        return None
    return f"How {m['adj']} {m['a'].lower()} you feel{m['rest'] or ''}"


def _experience_with(m: re.Match[str]) -> str:
    """ "Have you ever worked with a recruiter" → "What experience do you have with recruiters"
    is too free; "…with a recruiter" keeps it."""
    if m["v"] == "worked" and m["rest"].startswith("with "):
        return f"What experience do you have with {m['rest'][5:]}"
    return frames.experience(m)


def _having_quality(m: re.Match[str]) -> str | None:
    """ "Do you have flexible hours" → "How flexible are your hours"."""
    adjective, noun = m["adj"], m["n"]
    if adjective not in EN_ADJECTIVES or adjective in EN_LOADED:
        return None
    owner = "your" if m["s"] == "you" else f"{m['s']}'s" if " " not in m["s"] else None
    if owner is None:
        return None
    be = "are" if frames.en_is_plural(noun) else "is"
    return f"How {adjective} {be} {owner} {noun}{m['rest'] or ''}"


_TIRED = r"exhausted|tired|drained|worn out|wrecked|shattered|knackered|stressed"


_NOT_OPEN_TO = wordset(
    "say recommend advise choose go return mind like be do make pick still ever consider want "
    "know call describe rather prefer agree"
)


def _open_to(m: re.Match[str]) -> str | None:
    """ "Would you hire someone without experience" → "How open would you be to hiring someone
    without experience"."""
    if m["v"] in _NOT_OPEN_TO:
        return None
    return f"How open would you be to {frames.gerund_phrase(m['v'] + ' ' + m['rest'])}"


SHAPE_RULES: list[Rule] = [
    rule(
        rf"(?P<a>are|were) you (?:(?:really|very|so|totally|completely) )*(?:{_TIRED}) "
        r"(?P<when>(?:after|at the end of|by the end of|when|during) .+)",
        lambda m: f"How {'did' if m['a'] == 'were' else 'do'} you feel {m['when']}",
    ),
    rule(
        r"(?:nobody|no one|no-one) (?P<v>[a-z]+s) (?P<x>.+?)(?: any ?more)?",
        lambda m: f"How many people still {frames.en_base_s(m['v'])} {m['x']}",
    ),
    rule(r"would you (?P<v>[a-z]+) (?P<rest>.+)", _open_to),
    rule(
        r"(?:is|are) (?P<np>(?:the|your|this) [\w -]+?) any (?P<adj>good|use|better|fun)",
        lambda m: (
            f"How {'useful' if m['adj'] == 'use' else m['adj']} {m.group(0).split()[0]} {m['np']}"
        ),
    ),
    rule(
        r"(?:is|was) there (?:a|an) (?P<n>(?!lot\b)[\w-]+(?: [\w-]+)?)"
        r"(?P<rest> (?:for|in|at|here)\b.*)?",
        lambda m: (
            None
            if en_is_adjective(m["n"].split()[0]) and " " in m["n"]
            else f"What is the {m['n']} like{m['rest'] or ''}"
        ),
    ),
    rule(
        r"(?:do|does) (?P<s>you) have (?:(?:really|very|pretty) )?(?P<adj>[\w-]+) (?P<n>[\w-]+)"
        r"(?P<rest> (?:here|at|in|for|on)\b.*)?",
        _having_quality,
    ),
    rule(
        r"did you (?:always |already |immediately |)?know(?: early on| from the start| right away)?"
        r"(?: that)? (?P<x>you wanted to .+)",
        lambda m: f"When did you know {m['x']}",
    ),
    rule(
        r"(?P<a>does|do|did) (?P<np>(?:the|your|this|their) [\w -]+?|they|you) (?P<v>invest|spend)"
        r"(?: (?:a lot|much))?(?: money)? (?P<prep>in|on) (?P<x>.+)",
        lambda m: f"How much {m['a'].lower()} {m['np']} {m['v']} {m['prep']} {m['x']}",
    ),
    rule(
        r"(?:would|wouldn't|will|won't|does|doesn't|did|didn't) (?P<x>(?!you\b|i\b)[\w' -]+?) "
        r"(?:give|bring|offer) (?P<o>me|you|people|someone) (?:a lot |much |far |way )?more "
        r"(?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: f"How much {m['n']} would {m['x']} give {m['o']}{m['rest'] or ''}",
    ),
    rule(
        r"(?P<a>were|was) (?P<s>you|i|they|we) able to (?P<v>[\w-]+) (?P<rest>.+)",
        lambda m: f"How easy was it to {m['v']} {m['rest']}",
    ),
    rule(
        r"(?:are|is|were|was) (?P<np>(?!you\b|it\b|there\b)[\w' -]+?) (?P<pp>based|focused|"
        r"dependent|linked|tied|centred|centered|built) (?P<prep>on|to|around|at|upon) "
        r"(?P<rest>.+)",
        lambda m: (
            f"How much {m.group(0).split()[0].lower()} {m['np']} {m['pp']} {m['prep']} {m['rest']}"
        ),
    ),
    rule(
        rf"(?:do|did) you (?:get to|have the freedom to|(?:really )?(?:get|have) to) "
        rf"(?P<v>{_CHOOSE}) (?P<rest>.+)",
        lambda m: f"How much freedom do you have to {m['v']} {m['rest']}",
    ),
    rule(
        r"(?:is|was) (?P<x>\w+ing .+?|(?:the|your|this) [\w -]+?) (?:a|an) (?:(?:really|very) )?"
        r"(?:good|smart|wise|right|great) (?:decision|choice|move|idea|step)",
        lambda m: (
            f"How do you look back on {m['x']}"
            if m.group(0).startswith("was")
            else f"What do you think of {m['x']}"
        ),
    ),
    rule(
        r"(?:is|are) (?:a lot of|much of|most of|lots of) (?P<np>(?:your|the|their) [\w -]+?) "
        r"(?P<pp>\w+(?:ed|en|ne)) (?P<rest>.+)",
        lambda m: f"How much of {m['np']} is {m['pp']} {m['rest']}",
    ),
    rule(
        r"(?:are|do) most of (?P<np>(?:your|the|their) [\w -]+?) "
        r"(?P<rest>(?:come )?from .+|have .+)",
        lambda m: (
            f"How many of {m['np']} {m['rest']}"
            if m["rest"].startswith("have")
            else f"How many of {m['np']} are {m['rest'].removeprefix('come ')}"
        ),
    ),
    rule(
        r"(?P<a>do|does) (?P<np>(?:the|your|this) [\w -]+?|people|they|you) work "
        r"(?P<rest>remotely|from home|on site|in the office|hybrid|abroad)(?P<more> .+)?",
        lambda m: f"How much {m['a'].lower()} {m['np']} work {m['rest']}{m['more'] or ''}",
    ),
    rule(
        r"(?P<a>do|did) you feel (?:(?:really|very) )?(?P<adj>[\w-]+)(?P<rest> .+)?",
        _feel_adjective,
    ),
    rule(
        r"(?:have|did) you (?:ever )?(?:had|have) to (?:deal|cope) with (?P<x>.+)",
        lambda m: f"What experience do you have with {m['x']}",
    ),
    rule(
        rf"(?:do|does) (?P<np>new (?:hires|starters|employees|people|colleagues)|juniors|"
        rf"interns|trainees) (?:get|have|receive) (?:a|an|any) (?:{_SUPPORT})",
        lambda m: f"What support do {m['np']} get",
    ),
    rule(
        r"would it (?:really )?help (?P<x>(?:me )?(?:if|to) .+)",
        lambda m: f"How much would it help {m['x']}",
    ),
    rule(
        r"(?:is|was) it (?:not )?(?:a|an) (?:(?:real|bit of a|total) )?(?:waste|shame|pity|mistake|"
        r"risk|gamble) to (?P<v>\w+) (?P<rest>.+)",
        lambda m: f"What do you think of {frames.gerund_phrase(m['v'] + ' ' + m['rest'])}",
    ),
    rule(
        r"would you (?:ever )?(?:go back|return|want to go back) to (?P<x>.+)",
        lambda m: f"How do you feel about going back to {m['x']}",
    ),
    rule(
        r"(?:is|isn't|are|aren't) (?P<np>(?:the|your|all the|this) [\w -]+?) (?:killing|getting to|"
        r"wearing you down|wearing you out|draining|exhausting|stressing) you(?: out)?",
        lambda m: f"How {frames.en_do(m['np'])} {m['np']} affect you",
    ),
    rule(
        r"(?:are|is|were|was) (?P<np>(?!you\b|it\b|there\b)[\w' -]+?) (?P<pp>paid|advertised|"
        r"offered|funded|used|shared|rotated|reviewed|recorded|measured|promoted)(?P<rest> .+)?",
        lambda m: f"How often {m.group(0).split()[0].lower()} {m['np']} {m['pp']}{m['rest'] or ''}",
    ),
    rule(
        rf"(?P<v>is|are) (?P<np>(?!you\b|it\b|there\b)[\w' -]+?) (?:really |still )?"
        rf"(?:{_DEVELOP})(?P<rest> .+)?",
        lambda m: f"How {m['v'].lower()} {m['np']} developing{m['rest'] or ''}",
    ),
    rule(
        r"(?P<a>do|did) you (?:(?:ever|also|actually) )*(?:get|receive|have) (?:any|some) "
        r"(?P<n>(?!tips|advice|ideas)[\w-]+(?: [\w-]+)?)(?P<rest> (?:when|in|at|from|for|during|"
        r"before|after)\b.+)?",
        lambda m: f"What {m['n']} {m['a'].lower()} you get{m['rest'] or ''}",
    ),
    rule(
        rf"(?P<a>are|were) you (?:(?:really|very|so|a bit|ever|not) )*(?:{_SURPRISE}) "
        r"(?:by|about|at|with|of|that) (?P<x>.+)",
        lambda m: f"How {'did' if m['a'].lower() == 'were' else 'do'} you feel about {m['x']}",
    ),
    rule(
        r"(?P<a>does|did|do) it (?:usually |really )?take (?:long|a long time|a while|ages|"
        r"much time) (?P<rest>(?:to|before|until) .+)",
        lambda m: f"How long {m['a'].lower()} it take {m['rest']}",
    ),
    rule(
        r"(?:is|was) (?P<x>(?!it\b|this\b|that\b|there\b|he\b|she\b)[\w-]+) the (?P<n>(?:main|"
        r"official|usual|working|primary|common|standard|default) .+)",
        lambda m: f"What is the {m['n']}",
    ),
    rule(
        r"would you (?:say|call|describe)(?: that)? (?P<np>(?:the|your|this|their) [\w -]+?) "
        r"(?P<v>is|are|was|were) (?:(?:quite|very|really|pretty|rather|fairly) )*(?P<adj>[\w-]+)"
        r"(?P<rest> .+)?",
        _would_say,
    ),
    rule(
        r"(?:wouldn't|would) (?:i|we|someone) be better off (?P<x>\w+ing .+)",
        lambda m: f"What do you think of {m['x']}",
    ),
    rule(
        r"(?:do|did) you (?:(?:never|ever|sometimes) )*get bored",
        lambda m: "How varied is your work",
    ),
    rule(
        r"(?P<a>did|does|has|have|will) (?P<x>(?:the|your|my|this|that|his|her|their|a|an) "
        r"[\w' -]+?) (?:lead|led|leads) (?:you |me )?(?:directly )?to (?P<y>.+)",
        frames.lead_to,
    ),
    rule(
        rf"(?P<a>do|did|does) you (?:(?:ever|sometimes|often|also) )*(?:get|feel|become|grow) "
        rf"(?:(?:so|really|very|a bit) )?{_FEELINGS} (?:(?:with|by|about|of|at|from) )?(?P<x>.+)",
        frames.feeling,
    ),
    rule(
        r"(?P<a>do|did) you (?:(?:really|ever|also|secretly) )*(?:hate|mind|dislike|resent) "
        r"(?P<x>.+)",
        frames.feeling,
    ),
    rule(r"(?:do|did) you (?:(?:ever|still|sometimes) )*miss (?P<x>.+)", frames.missing),
    rule(
        rf"have you (?:ever |already )?(?P<v>{_EXPERIENCE_VERBS}) (?P<rest>.+)",
        _experience_with,
    ),
    rule(
        r"(?:do|did) you have (?:any )?regrets? (?:about|over) (?P<x>.+)",
        lambda m: f"How do you look back on {m['x']}",
    ),
    rule(
        r"(?:have|did) you (?:ever )?(?:thought about|considered|think about) (?P<x>\w+ing .+)",
        lambda m: f"How do you feel about {m['x']}",
    ),
    rule(
        r"would you (?:still )?(?:do|choose|make|pick) (?:it|this|that|the same(?: \w+)?)"
        r"(?: all)?(?: over)? again",
        lambda m: "How do you look back on that choice now",
    ),
    rule(
        r"did you study (?:something|anything) (?:related|relevant|similar)(?: to (?P<x>.+))?",
        lambda m: f"How does what you studied relate to {m['x'] or 'your work'}",
    ),
    rule(
        r"(?:is|was) it (?:really |still )?worth (?:it )?(?P<x>\w+ing .+)",
        lambda m: f"What is the value of {m['x']}",
    ),
    rule(
        r"(?:is|are) (?P<x>(?:a|an|the) [\w' -]+?) (?:really |still )?worth it",
        lambda m: f"What is the value of {m['x']}",
    ),
    rule(
        r"(?:would|is|will) (?P<x>(?:a|an|the|my) [\w' -]+?) (?:be )?(?:really )?"
        r"(?:enough|sufficient) (?:to|for) (?P<v>.+)",
        lambda m: f"How much would {m['x']} help to {m['v']}",
    ),
    rule(
        r"(?:does|do) (?P<s>(?:the|your|this|their) [\w -]+?) (?:offer|provide|give you|have) "
        r"(?P<x>(?:a|an|any) (?!lot\b|bit\b).+)",
        lambda m: f"What {frames.en_do(m['s'])} {m['s']} offer in terms of {m['x']}",
    ),
    rule(
        rf"(?P<a>do|does|did) (?P<s>you|they|people|we) (?P<v>[\w-]+) (?P<adv>{_MANNER}) "
        r"(?P<rest>.+)",
        lambda m: f"How {m['adv']} {m['a'].lower()} {m['s']} {m['v']} {m['rest']}",
    ),
    rule(
        rf"(?P<a>do|does|did) {_SUBJECT} (?:{_FREQUENCY}) (?P<rest>.+)",
        lambda m: f"How often {m['a'].lower()} {m['s']} {m['rest']}",
    ),
    rule(
        r"(?:is|was) there (?:a|an) (?:(?:really|very) )?(?P<adj>[\w-]+) (?P<n>[\w-]+(?: [\w-]+)?)"
        r"(?P<rest> (?:for|in|at|to|here|within) .+)?",
        _graded_noun,
    ),
    rule(
        r"(?P<a>is|was) it (?:a|an) (?:(?:really|very|pretty|quite|rather|fairly) )?"
        r"(?P<adj>[\w-]+) (?P<n>(?!job\b|role\b|field\b|sector\b|career\b|profession\b|"
        r"industry\b)[\w-]+)(?P<rest> (?:\w+ing|to|in|at|for|when|if|with|from)\b.*)?",
        _how_big_a,
    ),
]
