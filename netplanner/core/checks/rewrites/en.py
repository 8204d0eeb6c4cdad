"""English rewrite rules: closed, leading and statement forms turned into open questions.

See ``engine`` for how the rules are applied. A rewrite keeps the topic,
adds no assumption and reads like something a person would say:
"Do you like your job?" → "How do you like your job?";
"Is it hard to get in?" → "How hard is it to get in?";
"Do you use Excel a lot?" → "How much do you use Excel?";
"How amazing is it to work here?" → "What is it like to work here?".
Leading questions are first *defused* (tags, "surely", negation and "must" taken out),
then rewritten like the closed question that is left.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import en_frames as frames
from netplanner.core.checks.rewrites import en_shapes as shapes
from netplanner.core.checks.rewrites import en_topics as topics
from netplanner.core.checks.rewrites.en_leading import (
    LEADING_RULES,
    defuse,
    strip_markers,
)
from netplanner.core.checks.rewrites.engine import Rule, rule, words_pattern
from netplanner.core.checks.rewrites.words import (
    EN_ADJECTIVES,
    EN_LOADED,
    EN_VALENCED,
    en_is_plural,
)

__all__ = [
    "CLOSED_RULES",
    "FALLBACK",
    "LAST_RESORT",
    "LEADING_RULES",
    "STATEMENT_RULES",
    "defuse",
    "strip_markers",
]

_IMPORTANCE = {"required", "necessary", "needed", "essential", "a must", "mandatory"}
_QUANTITY = r"(?:a lot|a great deal|much|lots|a bunch|a ton|tons|loads|heaps)"
_SUBJ = r"(?P<s>you|people|they|we|i|your \w+|the \w+)"
_LOADED = words_pattern(
    "amazing great wonderful fantastic incredible awesome brilliant cool fun exciting "
    "terrible awful horrible crazy fabulous marvellous lovely nice super"
)
_PAST = {
    "worked": "worked", "been": "been", "lived": "lived", "done": "done",
}  # fmt: skip


_JUDGED = EN_LOADED | EN_VALENCED
# "Is it possible to…" → "How easy is it to…"
_EASY = {"possible": "easy", "allowed": "easy", "doable": "easy", "feasible": "easy"}


def _s(word: str) -> str:
    return "I" if word.lower() == "i" else word


def _is(aux: str) -> str:
    return aux.lower().replace("n't", "").replace(" not", "")


def _how_adj(m: re.Match[str]) -> str | None:
    adjective = m["adj"].lower()
    if adjective in _IMPORTANCE:
        return f"How important {_is(m['a'])} {m['x']}{m['rest'] or ''}"
    if adjective in ("possible", "allowed", "an option", "common", "normal"):
        return f"How common {_is(m['a'])} {m['x']}{m['rest'] or ''}"
    return f"How {m['adj']} {_is(m['a'])} {m['x']}{m['rest'] or ''}"


_DEGREE_WORDS = re.compile(r"\b(?:very|really|pretty|quite|a bit|so|rather|terribly)\s+")


def _extent(m: re.Match[str]) -> str:
    rest = _DEGREE_WORDS.sub("", m["rest"])
    return f"To what extent {m['a'].lower()} {_s(m['s'])} {rest}"


def _quantity(m: re.Match[str]) -> str | None:
    noun = re.search(
        r"\b(?:a lot of|lots of|much|many|most) (?!(?:for|to|in|at|on|with|about|of|more|less|"
        r"better|worse|than)\b)(?P<n>[\w-]+(?: (?!(?:for|to|in|at|on|with|about|of|from|during|"
        r"per|than|a|the)\b)[\w-]+)?)",
        m["rest"],
    )
    if noun:
        rest = (m["rest"][: noun.start()] + m["rest"][noun.end() :]).strip()
        plural = en_is_plural(noun["n"].split()[-1])
        if " " in noun["n"] and not plural:
            return None
        how = "many" if plural else "much"
        verb_rest = rest.split(None, 1)
        if verb_rest:
            tail = f" {verb_rest[1]}" if len(verb_rest) > 1 else ""
            return f"How {how} {noun['n']} {m['a'].lower()} {_s(m['s'])} {verb_rest[0]}{tail}"
    rest = re.sub(rf"\s*\b{_QUANTITY}\b", "", m["rest"]).strip()
    often = r"\b(?:often|regularly|all the time|constantly)\b"
    how = "often" if re.search(often, m["rest"]) else "much"
    rest = re.sub(rf"\s*{often}", "", rest).strip()
    return f"How {how} {m['a'].lower()} {_s(m['s'])} {rest}" if rest else None


_FREQUENCY = re.compile(
    r"\s*\b(?:every (?:day|week|month)|each (?:day|week)|daily|weekly|always|all the time)\b"
)


def _no_frequency(rest: str | None) -> str:
    return _FREQUENCY.sub("", rest or "")


def _compare(m: re.Match[str]) -> str:
    other = m["y"]
    if other.split()[0].lower() in ("in", "at", "as", "for"):
        other = f"pay {other}" if m["v"].startswith("earn") else f"that {other}"
    subject = "your pay" if m["v"].startswith("earn") else f"{m['v']}ing here"
    return f"How does {subject} compare with {other}"


_CHANGE_VERBS = (
    r"change|changed|affect|affected|influence|influenced|shape|shaped|help|helped|prepare|"
    r"prepared|impact|impacted|support|supported|encourage|encouraged|train|trained|guide|"
    r"guided|coach|coached"
)

CLOSED_RULES: list[Rule] = [
    *topics.TOPIC_RULES,
    *shapes.SHAPE_RULES,
    rule(
        rf"(?P<a>did|does|do|has|have|will) (?P<s>(?:the |your |this |that |ai|it)[\w' -]*?) "
        rf"(?P<v>{_CHANGE_VERBS})(?: (?:much|a lot|a great deal|significantly))? (?P<rest>.+)",
        lambda m: (
            f"How well {m['a'].lower()} {m['s']} {m['v']} {m['rest'][:-5]}"
            if m["rest"].endswith(" well")
            else f"How {m['a'].lower()} {m['s']} {m['v']} {m['rest']}"
        ),
    ),
    rule(
        r"should i (?P<x>.+)",
        lambda m: f"How useful would it be for me to {m['x']}",
    ),
    rule(
        r"(?:are|were) there (?:many|a lot of|lots of) (?P<np>[\w-]+s)(?P<rest> .+)?",
        lambda m: f"How many {m['np']} are there{m['rest'] or ''}",
    ),
    rule(
        r"(?:are|were) you (?:(?:really|very|so|quite|pretty) )*(?:proud|glad|pleased|excited|"
        r"nervous|worried) (?:of|about|with|that) (?P<x>.+)",
        lambda m: f"How do you feel about {m['x']}",
    ),
    rule(
        r"(?:did|have) you always (?:want|wanted) to (?:work|be) (?P<x>(?:in|at) .+)",
        lambda m: f"How did you end up {m['x']}",
    ),
    rule(
        r"(?:did|have) you always (?:want|wanted) to (?P<x>.+)",
        lambda m: f"What drew you to {m['x']}",
    ),
    rule(
        r"(?:are|is|were|was) (?P<x>(?:the|your|most|his|her|their) [\w' -]+?) "
        r"(?:mostly|mainly|usually|generally|largely) .+",
        lambda m: f"How would you describe {m['x']}",
    ),
    rule(
        r"did you have (?:a|an|any) (?:mentor|coach|buddy|supervisor|support|guidance|help)"
        r"(?P<rest> .+)?",
        lambda m: f"What support did you have{m['rest'] or ''}",
    ),
    rule(
        r"do you have (?:a|an) (?:(?:really|very|pretty|quite) )?(?:great|good|big|large|strong|"
        r"wide|solid|amazing|fantastic|huge|excellent|impressive|incredible|brilliant|fabulous) "
        r"(?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: f"What is your {m['n']} like{m['rest'] or ''}",
    ),
    rule(
        r"(?:do|does|did) you (?P<v>earn|make) (?:(?:a lot|much|far|way|a bit|any) )?"
        r"(?:more|less) (?:money )?than (?P<y>.+)",
        _compare,
    ),
    rule(
        rf"(?:is|was) there (?:{_QUANTITY}|a lot) of (?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: (
            f"How much {m['n']} is involved"
            if (m["rest"] or "").strip() == "involved"
            else f"How much {m['n']} is there{m['rest'] or ''}"
        ),
    ),
    rule(r"(?:is|are|was|were) there (?P<body>.+)", frames.existential),
    rule(
        r"(?:are|were) there (?:many|lots of|a lot of|any|some|enough|good) (?P<np>[\w-]+s)",
        lambda m: f"What {m['np']} are there",
    ),
    rule(
        r"(?P<a>do|does|did) (?P<s>you|people) (?:(?:really|still|actually|also|ever) )*"
        r"(?:like|enjoy|love) (?P<x>.+?)(?: the)?(?: most| best)?",
        lambda m: f"How {m['a'].lower()} {m['s']} like {m['x']}",
    ),
    rule(
        r"(?:do|did) you (?:(?:really|still|actually|also) )*prefer (?P<x>.+?)"
        r"(?: (?:to|over|rather than) (?P<y>.+))?",
        lambda m: (
            f"How do you weigh {m['x']} against {m['y']}"
            if m["y"]
            else f"How do you feel about {m['x']}"
        ),
    ),
    rule(
        r"(?:do|did) you (?:(?:really|still|actually|also) )*(?:think|believe|expect)(?: that)? "
        r"(?P<x>.+ (?:will|won't|is going to|are going to|'ll) .+)",
        lambda m: f"How likely do you think it is that {m['x']}",
    ),
    rule(
        r"(?:would|will|does|did|wouldn't|won't|doesn't|didn't) "
        r"(?P<x>(?:a|an|the|my|your|this|that) [\w' -]+?) "
        r"(?:make|help) (?P<o>me|you|people|someone|candidates) (?P<v>[\w -]+?)"
        r"(?: more| better)?",
        lambda m: f"How much would {m['x']} help {m['o']} {m['v']}",
    ),
    rule(
        r"(?P<a>do|did) you find it (?:(?:really|very|so|too|quite|a bit) )*(?P<adj>[\w-]+) "
        r"(?P<rest>to .+)",
        lambda m: f"How {m['adj']} {'was' if m['a'].lower() == 'did' else 'is'} it {m['rest']}",
    ),
    rule(
        r"(?P<a>do|did) you find it (?:(?:really|very|so|too|quite|a bit) )*[\w-]+ (?P<rest>to .+)",
        lambda m: f"What {'was' if m['a'].lower() == 'did' else 'is'} it like {m['rest']}",
    ),
    rule(
        r"(?P<a>do|did) you find (?P<x>(?!it\b).+?) (?:(?:really|very|so|too|quite|a bit) )*"
        r"(?P<adj>hard|easy|difficult|tough|boring|interesting|useful|stressful|tiring|fun|"
        r"rewarding|unrealistic|realistic|[\w-]+(?:ful|ive|ous|ble|ic|al|ing|ed))",
        lambda m: (
            f"How {m['adj']} {m['a'].lower()} you find {m['x']}"
            if m["adj"] in EN_ADJECTIVES and m["adj"] not in _JUDGED
            else f"How {m['a'].lower()} you find {m['x']}"
        ),
    ),
    rule(
        r"(?P<a>do|did) you find (?P<x>(?!it\b).+?) (?:(?:really|very|so|too|quite|a bit) )*"
        r"[\w-]+",
        lambda m: f"How {m['a'].lower()} you find {m['x']}",
    ),
    rule(
        r"(?P<a>do|does|did) (?:you|one|people) (?:really |actually )?(?:need|have) "
        r"(?:to have )?(?P<x>(?:an?|the|any|some|specific|certain) .+?) (?P<rest>(?:for|to|in) .+)",
        lambda m: (
            f"How important {'was' if m['a'].lower() == 'did' else 'is'} {m['x']} {m['rest']}"
        ),
    ),
    rule(
        r"(?:do|does) (?:you|one) (?:have|need) to be (?:good|strong|great) (?:at|in|with) "
        r"(?P<x>.+?)(?P<rest> (?:for|to|in) .+)?",
        lambda m: f"How important is {m['x']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:have|did|do) you (?:ever |never )?regret(?:ted)? (?P<x>.+)",
        lambda m: f"How do you look back on {m['x']}",
    ),
    rule(
        r"have you always (?P<v>worked|been|lived) (?P<x>.+)",
        lambda m: f"How long have you {m['v']} {m['x']}",
    ),
    rule(
        r"do (?P<s>you|they|people) (?:have to )?work (?:\w+ )?(?:long |crazy |late |odd )?hours.*",
        lambda m: f"What are {'your' if m['s'] == 'you' else 'their'} working hours like",
    ),
    rule(
        r"did you study (?P<x>.+)",
        lambda m: f"What did your studies in {m['x']} give you",
    ),
    rule(
        r"would you (?:still )?(?:recommend|advise) (?P<x>.+?)(?: to (?P<who>.+))?",
        lambda m: f"What would you tell {m['who'] or 'someone'} who is considering {m['x']}",
    ),
    rule(
        r"(?:are|were) (?P<s>you) (?:(?:still|really|now|very) )*"
        r"(?P<adj>happy|satisfied|content|pleased|glad) "
        r"(?P<rest>(?:with|about|that|in) .+|(?:you|with) .+)",
        lambda m: (
            f"How {m['adj']} are you {'that ' if m['rest'].startswith('you ') else ''}{m['rest']}"
        ),
    ),
    rule(
        r"(?P<a>is|was) it (?:(?:really|very|so|quite|a bit) )*(?:an?) "
        r"(?:(?:really|very|so|quite|pretty|rather|fairly) )*(?P<adj>[\w-]+) "
        r"(?P<n>job|role|field|sector|profession|career|industry|line of work|place to work)"
        r"(?P<rest> .+)?",
        lambda m: f"How {m['adj']} {m['a'].lower()} the {m['n']}{m['rest'] or ''}",
    ),
    rule(  # the neutral frame, for a leading original: "What is the job like"
        r"(?P<a>is|was) it (?:(?:really|very|so|quite|a bit) )*(?:an?) "
        r"(?:(?:really|very|so|quite|pretty|rather|fairly) )*[\w-]+ "
        r"(?P<n>job|role|field|sector|profession|career|industry|line of work|place to work)"
        r"(?P<rest> .+)?",
        lambda m: f"What {m['a'].lower()} the {m['n']} like{m['rest'] or ''}",
    ),
    rule(
        r"(?P<a>is|was) it (?:(?:really|very|so|quite|a bit) )*(?P<adj>[\w-]+)(?P<rest> .+)?",
        lambda m: (
            f"How {_EASY.get(m['adj'].lower(), m['adj'])} {m['a'].lower()} it{m['rest'] or ''}"
        ),
    ),
    rule(
        r"(?P<a>is|was) it (?:(?:really|very|so|quite|a bit) )*[\w-]+ (?P<rest>to .+)",
        lambda m: f"What {m['a'].lower()} it like {m['rest']}",
    ),
    rule(
        r"(?P<a>is|are|was|were) (?P<body>(?!you\b|there\b|it\b|this\b|that\b)\S.+)",
        frames.copular,
    ),
    rule(
        r"(?P<a>is|are|was|were) (?P<body>(?!you\b|there\b|it\b|this\b|that\b)\S.+)",
        frames.copular_neutral,
    ),
    rule(
        r"(?P<a>is|are|was|were) (?!you\b|there\b)(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+) "
        r"(?:(?:really|very|so|too|quite|always|still|a bit|pretty|rather|mostly) )*"
        r"(?P<adj>required|necessary|needed|"
        r"essential|mandatory|possible|allowed|common|normal|good|hard|easy|flexible|"
        r"stressful|busy|important|difficult|well-paid|competitive|young|old|big|small|large|"
        r"long|short|new|tough|hard|different|similar|diverse|varied|strict|formal|"
        r"[\w-]+(?:ful|ive|ous|ble|ic|al|ing|ent|ant))"
        r"(?P<rest> (?:in|at|for|to|here|there|with|when|if|than|as|now|on)\b.*)?",
        _how_adj,
    ),
    rule(
        r"(?P<a>is|are|was|were) (?P<x>(?:the|your|my|this|that|his|her|their|our) "
        r"(?:[\w'-]+ ){0,2}[\w'-]+) (?:(?:very|really|so|quite|pretty|rather|usually) )*"
        r"(?P<adj>[\w-]+)(?P<rest> (?:in|at|for|to|with|during|on|when|if|by|about)\b.*)?",
        _how_adj,
    ),
    rule(
        rf"(?P<a>do|does|did) {_SUBJ} (?P<v>get|have|see|need) (?:a lot of|lots of|much|many) "
        r"(?P<n>[\w-]+(?: [\w-]+s)?)(?P<rest> (?:from|for|in|at|on|with|about|to|during|per)\b.+)?",
        lambda m: (
            f"How {'many' if en_is_plural(m['n'].split()[-1]) else 'much'} {m['n']} "
            f"{m['a'].lower()} {_s(m['s'])} {m['v']}{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?P<a>do|does|did|can|could) {_SUBJ} "
        rf"(?P<rest>.*\b(?:{_QUANTITY}|often|regularly|most|all the time|constantly)\b.*)",
        _quantity,
    ),
    rule(
        r"(?P<a>can|could) (?P<s>you|one|people) (?P<v>[\w-]+) (?P<adv>\w+ly) (?P<rest>.+)",
        lambda m: f"How {m['adv']} {m['a'].lower()} {m['s']} {m['v']} {m['rest']}",
    ),
    rule(
        r"(?:can|could) (?P<s>you|one|people|i|we) (?:(?:still|also|really|actually) )*"
        r"(?P<v>[\w-]+) (?P<rest>.+)",
        frames.possibility,
    ),
    rule(
        r"(?:do|does|did) (?P<s>you|people|they) (?:(?:ever|sometimes) )?(?:get to |have to )?"
        r"(?P<v>travel|work|meet|go|get bored|get tired|get stressed|visit|present|speak|talk|"
        r"deal|attend)(?P<rest> .+)?",
        lambda m: (
            f"How often do {m['s']} "
            f"{'get to ' if 'get to' in m.group(0) else ''}{m['v']}{_no_frequency(m['rest'])}"
        ),
    ),
]

CLOSED_RULES.append(rule(r".+", frames.statement))  # "You travel a lot?", "I'd imagine…"
CLOSED_RULES.append(rule(r".+", frames.statement_neutral))

FALLBACK: list[Rule] = [
    rule(
        r"(?P<a>do|does|did|can|could|will|would|should|is|are|was|were|have|has|may|might|"
        r"must) (?P<s>\S+) (?P<rest>.+)",
        _extent,
    ),
]


LAST_RESORT: list[Rule] = []

_TELL = r"(?:(?:something|anything|a bit|a little|a little bit|some|more) )*"

STATEMENT_RULES: list[Rule] = [
    rule(
        r"i (?:like|love|admire|enjoy) (?P<x>.+)",
        lambda m: f"What can you tell me about {m['x']}",
    ),
    rule(
        r"(?P<x>(?:your|the) [\w -]+?) (?:is|are|seems?|looks?) (?:very |so |really )?[\w-]+",
        lambda m: f"How would you describe {m['x']}",
    ),
    rule(
        rf"(?:please )?(?:let) (?:me|us) (?:know )?{_TELL}(?:more )?about (?P<x>.+)",
        lambda m: f"What can you tell me about {m['x']}",
    ),
]
