"""English question shapes about the work itself (see ``en_shapes``).

Tried first. Frames for what job seekers ask about most: applying ("How did you apply?"),
support and mentors, how teams are organised, the share of the day, worth and value,
qualities of what one has ("How flexible are your hours?"), feeling valued, freedom to
choose, remote work, support for new hires, openness ("How open would you be to…"),
tiredness and nerves ("How do you feel after a shift?"), what a change would bring ("How
much stability would a bigger company offer?").
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import en_frames as frames
from netplanner.core.checks.rewrites.engine import Rule, rule
from netplanner.core.checks.rewrites.words import (
    EN_ADJECTIVES,
    EN_LOADED,
    en_base,
    en_is_adjective,
    en_is_plural,
    wordset,
)

_SUPPORT = r"buddy|mentor|coach|induction|onboarding|training|introduction programme"
_CHOOSE = r"choose|pick|decide|set|plan|organise|organize|shape"


def _feel_adjective(m: re.Match[str]) -> str | None:
    """ "Do you feel appreciated at work" → "How appreciated do you feel at work"."""
    if m["adj"] in EN_LOADED or not (en_is_adjective(m["adj"]) or m["adj"].endswith("ed")):
        return None
    return f"How {m['adj']} {m['a'].lower()} you feel{m['rest'] or ''}"


def _having_quality(m: re.Match[str]) -> str | None:
    """ "Do you have flexible hours" → "How flexible are your hours"."""
    adjective, noun = m["adj"], m["n"]
    if adjective not in EN_ADJECTIVES or adjective in EN_LOADED:
        return None
    owner = "your" if m["s"] == "you" else f"{m['s']}'s" if " " not in m["s"] else None
    if owner is None:
        return None
    be = "are" if en_is_plural(noun) else "is"
    return f"How {adjective} {be} {owner} {noun}{m['rest'] or ''}"


_TIRED = (
    r"exhausted|tired|drained|worn out|wrecked|shattered|knackered|stressed|nervous|anxious|"
    r"excited|scared|tense"
)


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


_ORGANISED = r"organised|organized|structured|set up|arranged|divided|split|managed|run"


def _s(word: str) -> str:
    return "I" if word.lower() == "i" else word


TOPIC_RULES: list[Rule] = [
    rule(
        r"(?P<a>does|do|did) (?P<s>(?:the|your|this|that) [\w -]+?|it|you) (?P<v>involve|require|"
        r"include|need) (?:any|much|a lot of|lots of) (?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: (
            f"How {'many' if en_is_plural(m['n']) else 'much'} {m['n']} "
            f"{m['a'].lower()} {m['s']} {m['v']}{m['rest'] or ''}"
        ),
    ),
    rule(
        r"would (?P<x>(?:a|an|the|my|this|that) [\w' -]+?) (?:really )?help (?P<o>me|you|someone)"
        r"(?P<rest> .+)?",
        lambda m: f"How much would {m['x']} help {m['o']}{m['rest'] or ''}",
    ),
    rule(
        r"(?P<a>did|have) you (?P<v>apply|applied|find|found|get|got|hear|heard|start|started|"
        r"come in|came in|join|joined) (?P<x>(?:(?:this|the|your) [\w-]+ )?)"
        r"(?:through|via|by|with|on|from) .+",
        lambda m: (
            f"How did you {en_base(m['v']) or m['v']} {m['x']}".strip()
            if m["a"].lower() == "did" or m["v"].endswith("ed") or m["v"] in ("found", "got")
            else None
        ),
    ),
    rule(
        r"(?P<a>have|did) you (?:ever )?(?:had|have) (?:a|an|any) (?:mentor|coach|buddy|sponsor|"
        r"supervisor)(?:s)?(?P<rest> (?:here|at|in|when|during)\b.*)?",
        lambda m: (
            f"What support {'did you have' if m['a'].lower() == 'did' else 'have you had'}"
            f"{m['rest'] or ''}"
        ),
    ),
    rule(
        r"(?P<a>are|were|is|was) (?P<np>(?:the|your|this|their) [\w -]+?) "
        rf"(?P<pp>{_ORGANISED})(?: (?:by|per|around|into|in|according to) .+)?",
        lambda m: f"How {m['a'].lower()} {m['np']} {m['pp']}",
    ),
    rule(
        r"(?P<a>do|does|did) you (?:usually |still |really )?spend most of (?P<np>(?:your|the) "
        r"[\w-]+) (?P<rest>.+)",
        lambda m: f"How much of {m['np']} {m['a'].lower()} you spend {m['rest']}",
    ),
    rule(
        r"(?:would|will|is|was) (?P<x>(?:a|an|the|my|this|that) [\w' -]+?) (?:be )?(?:really )?"
        r"worth it",
        lambda m: (
            f"How valuable {'would' if m.group(0).startswith(('would', 'will')) else 'is'} "
            f"{m['x']}{' be' if m.group(0).startswith(('would', 'will')) else ''}"
        ),
    ),
    rule(
        r"(?:do|does) you have (?:much of |any )?(?:a|an) (?P<n>[\w-]+(?: [\w-]+)?)",
        lambda m: f"What is your {m['n']} like",
    ),
    rule(
        r"(?P<a>do|does|did) (?P<s>(?!you\b)[\w' -]+?) (?P<v>[a-z]+)(?P<rest> [\w' -]+?)? "
        r"(?:often|regularly|a lot)",
        lambda m: f"How often {m['a'].lower()} {m['s']} {m['v']}{m['rest'] or ''}",
    ),
    rule(
        r"(?P<a>did|do) you (?:have to|need to) (?P<v>fight|work|push|struggle|negotiate|wait|"
        r"study|train) (?P<adv>hard|long) (?P<rest>.+)",
        lambda m: f"How {m['adv']} {m['a'].lower()} you have to {m['v']} {m['rest']}",
    ),
    rule(
        rf"(?P<a>are|were) you (?:(?:really|very|so|totally|completely) )*(?:{_TIRED}) "
        r"(?P<when>(?:after|at the end of|by the end of|when|during|before|in|at) .+)",
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
        r"(?P<v>give|bring|offer) (?:(?P<o>me|you|people|someone|employees|staff) )?"
        r"(?:a lot |much |far |way )?more (?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: (
            f"How much {m['n']} would {m['x']} {m['v']}"
            f"{' ' + m['o'] if m['o'] else ''}{m['rest'] or ''}"
        ),
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
        r"(?P<a>do|did) you feel (?:(?:really|very) )?(?P<adj>[\w-]+)(?P<rest> .+)?",
        _feel_adjective,
    ),
    rule(
        rf"(?:do|does) (?P<np>new (?:hires|starters|employees|people|colleagues)|juniors|"
        rf"interns|trainees) (?:get|have|receive) (?:a|an|any) (?:{_SUPPORT})",
        lambda m: f"What support do {m['np']} get",
    ),
    rule(
        r"(?:do|did) you (?:happen to )?know (?:anyone|anybody|someone|somebody|people)"
        r"(?P<e> else)? (?:who|that) (?P<rest>.+)",
        lambda m: f"Who{m['e'] or ''} do you know who {m['rest']}",
    ),
    rule(
        r"(?:do|did) you (?:happen to )?know (?:anyone|anybody|someone|somebody)(?P<e> else)? "
        r"(?P<rest>(?:at|in|from|with|working|on) .+)",
        lambda m: f"Who{m['e'] or ''} do you know {m['rest']}",
    ),
    rule(
        r"(?:do|did) you have (?:(?:any|some|good|useful|practical|other) )*"
        r"(?P<n>tips|advice|suggestions|recommendations|ideas|pointers)(?P<rest> .+)?",
        lambda m: f"What {m['n']} do you have{m['rest'] or ''}",
    ),
    rule(
        r"any (?:(?:good|useful|practical|other) )*"
        r"(?P<n>tips|advice|suggestions|recommendations|ideas|pointers)(?P<rest> .+)?",
        lambda m: f"What {m['n']} do you have{m['rest'] or ''}",
    ),
    rule(
        r"(?:is|are) there (?:anything|something)(?P<e> else)?(?: (?:that|which))? "
        r"(?P<p>i|we) (?P<m>should|could|need to|must|ought to) (?P<rest>.+)",
        lambda m: f"What{m['e'] or ''} {m['m']} {_s(m['p'])} {m['rest']}",
    ),
    rule(
        r"(?:is|are) there (?:any|some|other|good) (?P<np>\w+(?: \w+)?)(?: (?:that|which|who))? "
        r"(?P<p>you|i|we) (?P<m>would|could|should|can|might) (?P<rest>.+)",
        lambda m: f"Which {m['np']} {m['m']} {_s(m['p'])} {m['rest']}",
    ),
]
