"""English question shapes with a safe open frame each (see ``en``).

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

from netplanner.core.checks.rewrites import en_frames as frames
from netplanner.core.checks.rewrites.engine import Rule, rule
from netplanner.core.checks.rewrites.words import EN_LOADED, en_do, en_is_adjective

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


def _experience_with(m: re.Match[str]) -> str:
    """ "Have you ever worked with a recruiter" → "What experience do you have with recruiters"
    is too free; "…with a recruiter" keeps it."""
    if m["v"] == "worked" and m["rest"].startswith("with "):
        return f"What experience do you have with {m['rest'][5:]}"
    return frames.experience(m)


SHAPE_RULES: list[Rule] = [
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
        r"(?:have|did) you (?:ever )?(?:had|have) to (?:deal|cope) with (?P<x>.+)",
        lambda m: f"What experience do you have with {m['x']}",
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
        lambda m: f"How {en_do(m['np'])} {m['np']} affect you",
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
        rf"have you (?:ever |already )?(?P<v>{_EXPERIENCE_VERBS}) (?P<rest>.+?)"
        r"(?: at any (?:point|time)| before| so far| yet)?",
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
        lambda m: f"What {en_do(m['s'])} {m['s']} offer in terms of {m['x']}",
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
