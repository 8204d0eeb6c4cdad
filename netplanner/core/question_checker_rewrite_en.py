"""English rewrite rules: closed, leading and statement forms turned into open questions.

See ``question_checker_rewrite`` for how the rules are applied. Examples:
"Do you like your work?" → "What do you like about your work?";
"Is it hard to get in?" → "What makes it hard to get in?";
"Can you tell me about X?" → "What can you tell me about X?".
"""

from __future__ import annotations

import re

from netplanner.core.question_checker_rewrite import Rule, rule, words_pattern

ADJECTIVES = words_pattern(
    "hard difficult easy tough tricky challenging demanding stressful busy hectic fun "
    "enjoyable interesting rewarding satisfying fulfilling boring important useful "
    "necessary common competitive creative varied flexible lonely intense exhausting "
    "tiring frustrating complex complicated technical different possible realistic normal "
    "usual typical popular dynamic social international exciting risky safe stable secure "
    "well-paid valuable relevant essential crucial attractive nice good bad great "
    "inspiring confusing worth worthwhile open closed formal informal political physical"
)
_ADJ = rf"(?P<adj>(?:\w+ly )?(?:{ADJECTIVES}|\w+(?:ful|ive|ous|ble|ic)))"
_DEGREE = r"(?:(?:really|very|so|too|quite|always|still|a bit) )*"
_AUX = words_pattern("can could should would will might must is are was were have has had")
_SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "people"}
_IRREGULAR_PAST = {
    "got",
    "went",
    "came",
    "began",
    "became",
    "found",
    "chose",
    "made",
    "took",
    "knew",
    "saw",
    "left",
    "felt",
    "thought",
    "did",
    "had",
    "was",
    "were",
    "said",
    "ended",
}
_CHANGE = re.compile(r"\b(?:chang|develop|evolv|grow|shift|look)\w*", re.IGNORECASE)
_QW = r"(?P<q>how|what|where|who|when|why|which)"
_PREPOSITION = words_pattern(
    "in at for to with when if of on about during than as compared after before here "
    "there now nowadays today anymore"
)
_PAST = {
    "got": "get", "went": "go", "came": "come", "began": "begin", "became": "become",
    "found": "find", "chose": "choose", "made": "make", "took": "take", "knew": "know",
    "left": "leave", "felt": "feel", "thought": "think", "ended": "end", "decided": "decide",
    "moved": "move", "changed": "change", "learned": "learn",
    "learnt": "learn", "heard": "hear", "met": "meet", "started": "start",
    "worked": "work", "switched": "switch", "joined": "join", "picked": "pick",
}  # fmt: skip


def _subject(word: str) -> str:
    return "I" if word.lower() == "i" else word


def direct_question(question_word: str, rest: str) -> str | None:
    """'how' + 'you would start' → 'How would you start'; None when unsure."""
    words = rest.split()
    if len(words) < 2 or words[0].lower() not in _SUBJECTS:
        return None
    subject, verb = _subject(words[0]), words[1]
    tail = " ".join(words[2:])
    if re.fullmatch(_AUX, verb, re.IGNORECASE):
        return f"{question_word} {verb} {subject} {tail}"
    plain = verb.lower()
    if subject.lower() not in {"you", "we", "they", "i"}:
        return None
    if plain in _PAST:
        return f"{question_word} did {subject} {_PAST[plain]} {tail}"
    if plain.endswith(("ed", "s")) or plain in _IRREGULAR_PAST:
        return None
    return f"{question_word} do {subject} {verb} {tail}"


def _makes(aux: str) -> str:
    return "made" if aux.lower() in {"was", "did", "wasn't"} else "makes"


def _think(m: re.Match[str]) -> str:
    rest = m["rest"]
    if _CHANGE.search(rest):
        return f"How {m['a'].lower()} you think {rest}"
    return f"What is your view on whether {rest}"


def _tell_about(m: re.Match[str]) -> str:
    return f"What can you tell me about {m['x']}"


def _direct(m: re.Match[str]) -> str | None:
    return direct_question(m["q"], m["rest"])


def _which_known(m: re.Match[str]) -> str | None:
    if len(m["np"].split()) > 6:
        return None
    return f"Which {m['np']} do you know"


def _activity(m: re.Match[str]) -> str | None:
    rest = m["rest"] or ""
    if " or " in rest.lower():
        return None
    return f"How {m['a'].lower()} you {m['v']}{rest}"


def _positive(aux: str) -> str:
    """'isn't' → 'is', 'weren't' → 'were'."""
    return aux.lower().replace("n't", "")


def _how_adj(m: re.Match[str]) -> str:
    return f"How {m['adj']} {_positive(m['a'])} {m['x']}{m['rest'] or ''}"


_TELL = r"(?:(?:something|anything|a bit|a little|a little bit|some|more) )*"
_ACTIVITIES = words_pattern(
    "work use deal handle collaborate cooperate combine manage prepare keep stay learn plan "
    "organise organize measure get choose decide find approach balance communicate start "
    "spend train travel network negotiate report"
)

CLOSED_RULES: list[Rule] = [
    rule(
        rf"(?:can|could|would|will) you(?: please)? (?:tell|explain to) (?:me|us) {_TELL}"
        r"(?:about|of) (?P<x>.+)",
        _tell_about,
    ),
    rule(
        r"(?:can|could|would|will) you(?: please)? tell (?:me|us) (?:a (?:little )?bit )?more"
        r"(?: about (?:that|this|it))?",
        lambda m: "What more can you tell me about that",
    ),
    rule(rf"(?:can|could|would|will) you(?: please)? tell (?:me|us) {_QW} (?P<rest>.+)", _direct),
    rule(rf"(?:do|did) you (?:happen to )?know {_QW} (?P<rest>.+)", _direct),
    rule(
        r"(?:can|could|would|will) you(?: please)? (?P<v>explain|describe) (?P<x>.+)",
        lambda m: f"How would you {m['v'].lower()} {m['x']}",
    ),
    rule(
        r"(?P<a>do|did) you (?:(?:really|still|actually|also|ever) )*(?P<v>like|enjoy|love|miss) "
        r"(?P<x>.+)",
        lambda m: f"What {m['a'].lower()} you {m['v'].lower()} about {m['x']}",
    ),
    rule(
        rf"(?P<a>do|did) you find it {_DEGREE}{_ADJ} (?P<rest>(?:to|for|when|that) .+)",
        lambda m: f"What {_makes(m['a'])} it {m['adj']} {m['rest']}",
    ),
    rule(
        rf"(?P<a>do|did) you find (?P<x>.+?) {_DEGREE}{_ADJ}",
        lambda m: f"What {m['a'].lower()} you find {m['adj']} about {m['x']}",
    ),
    rule(
        rf"(?P<a>is|was) it {_DEGREE}{_ADJ}(?P<rest> .+)?",
        lambda m: f"What {_makes(m['a'])} it {m['adj']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:is|are) there (?:anything|something)(?P<else> else)?(?: (?:that|which))? "
        r"(?P<p>i|we) (?P<m>should|could|need to|must|ought to|can|might want to) (?P<rest>.+)",
        lambda m: f"What{m['else'] or ''} {m['m']} {_subject(m['p'])} {m['rest']}",
    ),
    rule(
        r"(?:is|are) there (?:(?:any|some|other|good) )*(?P<np>(?:\w+ ){0,2}?\w+)"
        r"(?: (?:that|who|which))? (?P<p>you|i|we) "
        r"(?P<m>would|could|should|can|might|need to|must) (?P<rest>.+)",
        lambda m: f"Which {m['np']} {m['m']} {_subject(m['p'])} {m['rest']}",
    ),
    rule(
        r"(?P<a>is|are) there (?:(?:any|some|a|an|other) )+(?P<np>(?!lot\b)\w+(?: \w+)?)"
        r"(?P<pp> (?:to|in|for|about|with|at|on|of|between|among) .+)?",
        lambda m: f"What {m['np']} {m['a'].lower()} there{m['pp'] or ''}",
    ),
    rule(
        r"(?:do|did) you have (?:(?:any|some|good|useful|practical|other) )*"
        r"(?P<n>tips|advice|suggestions|recommendations|ideas|pointers|lessons)(?P<rest> .+)?",
        lambda m: f"What {m['n']} do you have{m['rest'] or ''}",
    ),
    rule(
        r"(?:do|did) you have (?:(?:a lot of|much|regular|direct|frequent|any|some) )?"
        r"(?P<n>contact|dealings) with (?P<x>.+)",
        lambda m: f"What does your {m['n']} with {m['x']} look like",
    ),
    rule(
        r"(?:do|did) you know (?:anyone|anybody|someone|somebody|people)(?: else)?"
        r"(?: (?:who|that|whom))? (?P<p>i|we) (?P<rest>.+)",
        lambda m: f"Who do you think {_subject(m['p'])} {m['rest']}",
    ),
    rule(
        r"(?:do|did) you know (?:anyone|anybody|someone|somebody|people)(?P<else> else)? "
        r"(?:who|that) (?P<rest>.+)",
        lambda m: f"Who{m['else'] or ''} do you know who {m['rest']}",
    ),
    rule(
        r"(?:do|did) you know (?:anyone|anybody|someone|somebody|people)(?P<else> else)? "
        r"(?P<rest>(?:at|in|from|with|working|on) .+)",
        lambda m: f"Who{m['else'] or ''} do you know {m['rest']}",
    ),
    rule(r"(?:do|did) you know (?:of )?(?:any|some) (?P<np>.+)", _which_known),
    rule(r"(?P<a>do|did) you (?:really |also )?think (?:that )?(?P<rest>.+)", _think),
    rule(
        r"(?:are|were) you (?:(?:really|very) )?(?:happy|satisfied|content|pleased) "
        r"(?:with|about|in) (?P<x>.+)",
        lambda m: f"How do you feel about {m['x']}",
    ),
    rule(
        r"(?:have|did|had) you (?:always|ever) (?:wanted|want) to (?P<x>.+)",
        lambda m: f"What made you want to {m['x']}",
    ),
    rule(
        r"would you (?:still )?(?:recommend|advise) (?P<x>.+?) to (?P<who>.+)",
        lambda m: f"What would you tell {m['who']} about {m['x']}",
    ),
    rule(
        rf"(?P<a>is|are|was|were) (?!it\b|there\b|you\b)(?P<x>(?:[\w'-]+ ){{0,3}}?[\w'-]+) "
        rf"{_DEGREE}{_ADJ}(?P<rest> {_PREPOSITION}\b.*)?",
        _how_adj,
    ),
    rule(
        r"(?P<a>do|did) you (?:(?:often|usually|also|ever|really|mostly|mainly|still|"
        rf"sometimes|much|always) )*(?P<v>{_ACTIVITIES})(?P<rest> .+)?",
        _activity,
    ),
    rule(
        r"any (?:(?:good|useful|practical|other) )*"
        r"(?P<n>tips|advice|suggestions|recommendations|ideas|pointers)(?P<rest> .+)?",
        lambda m: f"What {m['n']} do you have{m['rest'] or ''}",
    ),
    rule(
        r"anything(?P<else> else)?(?: (?:that|which))? (?P<p>i|we) "
        r"(?P<m>should|could|need to|must|ought to) (?P<rest>.+)",
        lambda m: f"What{m['else'] or ''} {m['m']} {_subject(m['p'])} {m['rest']}",
    ),
    rule(
        r"any(?:one|body)(?P<else> else)?(?: (?:that|who|whom))? (?P<p>i|we) "
        r"(?P<m>should|could|might|need to|must) (?P<rest>.+)",
        lambda m: f"Who{m['else'] or ''} {m['m']} {_subject(m['p'])} {m['rest']}",
    ),
    rule(
        rf"i(?: was|'m| am) wondering (?:if|whether) you (?:could|can|would|might) tell me "
        rf"{_TELL}about (?P<x>.+)",
        _tell_about,
    ),
]

_AGREE = r"(?:think|agree|feel|believe)"

LEADING_RULES: list[Rule] = [
    rule(
        rf"(?:don't|do not|wouldn't|won't|doesn't|would|do) you (?:(?:also|not|really) )*"
        rf"{_AGREE}(?: (?:that|with me that))? (?P<x>.+)",
        lambda m: f"What do you think of the idea that {m['x']}",
    ),
    rule(
        r"(?:isn't|is|wasn't) it (?:not )?(?:true|the case|a fact)(?: that)? (?P<x>.+)",
        lambda m: f"What do you think of the idea that {m['x']}",
    ),
    rule(
        r"(?P<a>isn't|wasn't) it (?:(?:really|very|so|a bit|quite) )*[\w-]+ (?P<rest>to .+)",
        lambda m: f"What {_positive(m['a'])} it like {m['rest']}",
    ),
    rule(
        r"(?:don't|didn't) you (?:ever )?miss (?P<x>.+)",
        lambda m: f"How do you look back on {m['x']}",
    ),
    rule(
        rf"(?:do|did) you not find (?P<x>.+?) {_DEGREE}{_ADJ}",
        lambda m: f"How do you experience {m['x']}",
    ),
    rule(
        r"(?:wouldn't|isn't|won't) it be (?:(?:much|a lot|far) )?(?:better|smarter|wiser|"
        r"easier|more sensible|more useful) (?P<rest>to .+)",
        lambda m: f"What do you think of the option {m['rest']}",
    ),
    rule(
        rf"(?P<a>isn't|aren't|wasn't|weren't) (?P<x>(?:[\w'-]+ ){{0,3}}?[\w'-]+) "
        rf"{_DEGREE}{_ADJ}(?P<rest> {_PREPOSITION}\b.*)?",
        _how_adj,
    ),
]

STATEMENT_RULES: list[Rule] = [
    rule(rf"(?:please )?(?:tell|let) (?:me|us) (?:know )?{_TELL}about (?P<x>.+)", _tell_about),
    rule(
        r"(?:please )?(?P<v>describe|explain) (?P<x>.+)",
        lambda m: f"How would you {m['v'].lower()} {m['x']}",
    ),
    rule(
        r"i(?:'m| am) (?:(?:really|very|so|quite) )?(?:curious|interested) (?:about|in) "
        r"(?P<x>.+)",
        _tell_about,
    ),
    rule(
        rf"i(?:'d| would) (?:really )?(?:like|love) to (?:know|hear|learn) {_TELL}about (?P<x>.+)",
        _tell_about,
    ),
    rule(
        rf"i (?:wonder|am wondering|'m wondering|was wondering)(?: about)? {_QW} (?P<rest>.+)",
        _direct,
    ),
    rule(rf"i(?:'m| am) (?:(?:really|very|so|quite) )?curious {_QW} (?P<rest>.+)", _direct),
]
