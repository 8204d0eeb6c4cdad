"""Small lexicons and word forms the rewrites need (see ``engine``).

The rewrites build a question from pieces of the original, so a few pieces of grammar must
be right: the verb agrees with its subject ("What *are* the clients like?", "Hoe *zijn* de
klanten?"), an English verb becomes a gerund ("relocate" → "relocating"), a Dutch verb
gets its "te" in the right place ("doorgroeien" → "door te groeien"), a Dutch noun gets
its article ("het beroep", "de baan"). Everything here is a short list plus a rule for the
regular case; a word the lists do not know falls under the regular rule. This module holds
the English ones and the helpers both share; the Dutch ones are in ``words_nl``.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """The space-separated ``words`` as a set (the lexicons below read like prose)."""
    return frozenset(words.split())


def wordlist(words: str) -> list[str]:
    return words.split()


# --- English -----------------------------------------------------------------------------------

EN_DEGREE = wordset(
    "very really pretty quite so too rather fairly extremely terribly super way incredibly "
    "awfully bit"
)
EN_PLURAL = wordset("people men women children staff police folks criteria teeth feet")
_EN_S_SINGULAR = wordset(
    "news business process class analysis basis crisis status campus bus bonus virus focus "
    "series physics economics mathematics maths politics ethics logistics boss stress "
    "success access progress address gas atlas canvas lens this his its yes us thus "
    "less unless across always perhaps lots various famous serious nervous anxious "
    "previous obvious ambitious cautious generous curious religious conscious glass"
)
EN_PREPOSITIONS = wordset(
    "in at on for with to from of about by during after before than as into over under "
    "between around through without within across like near"
)
EN_DETERMINERS = wordset(
    "the a an your my his her their our this that these those its any some no every each "
    "all most many much more"
)
# Words that may come after a predicate adjective: "hard *for* beginners", "big *here*".
EN_AFTER_ADJECTIVE = EN_PREPOSITIONS | wordset(
    "here there now when if nowadays these days yet enough anymore at all physically "
    "mentally financially"
)
EN_ADJECTIVES = wordset(
    """
    hard easy difficult tough good bad big small large long short high low new old young
    busy flexible stressful important common normal possible allowed necessary required
    needed essential mandatory useful helpful different similar diverse varied strict
    formal informal relaxed hierarchical flat seasonal technical creative demanding
    competitive risky lonely quiet hectic intense fast slow expensive cheap rewarding
    satisfying challenging interesting exciting boring tiring exhausting frustrating
    overwhelming realistic unrealistic open closed friendly supportive involved tight
    loose strong weak stable secure safe well-paid underpaid overpaid popular crowded
    international local remote physical social political predictable steep clear
    far close near close-knit tight-knit welcoming available negotiable worthwhile doable
    feasible hard-working well-known
        """
)
_EN_ADJECTIVE_END = re.compile(r"(?:ful|ive|ous|ble|ic|ical|al|ing|ent|ant|less|ish|ary|ory|ed|y)$")
_EN_NOT_ADJECTIVE = wordset(
    "hospital clinic manual animal capital principal rental proposal journal approval "
    "arrival professional individual official material potential tutorial terminal "
    "thing evening morning meeting training building spring ring king something anything "
    "compared based "
    "everything nothing client parent agent student talent patient moment element event "
    "content management department government environment agreement assessment "
    "assistant consultant accountant applicant participant restaurant merchant "
    "library salary company country industry city party entry history study story "
    "family energy strategy technology policy economy agency army body copy duty "
    "community university opportunity activity ability quality reality facility "
    "responsibility diversity identity security majority priority way day key money "
    "need speed seed feed deed bed red shed weed"
)
# Neutral dimensions: after a leading question, "How busy is it?" asks without pushing; any
# other adjective in "How ADJ…" may be the answer the original pushed.
EN_DIMENSIONS = wordset(
    "hard difficult easy big small large long short busy stressful common important useful "
    "necessary flexible different similar varied diverse formal informal strict relaxed "
    "hierarchical flat seasonal technical international local remote physical social political "
    "predictable clear stable secure safe popular young old new high low fast slow steep far "
    "close near transparent negotiable involved available likely true feasible risky expensive "
    "cheap quiet crowded open structured independent"
)
# Adjectives that judge (good or bad): after a leading question, "How demanding are the
# clients?" keeps the answer the original pushed; the neutral frame is used instead.
EN_VALENCED = wordset(
    "demanding rewarding satisfying challenging interesting exciting boring tiring exhausting "
    "frustrating overwhelming hectic intense supportive friendly welcoming generous good bad "
    "well-paid lonely toxic tough great nice fun competitive close-knit tight-knit"
)
# Emotionally loaded or judging adjectives: a rewrite does not ask "how boring…".
EN_LOADED = wordset(
    """
    amazing great wonderful fantastic incredible awesome brilliant cool fun exciting
    terrible awful horrible crazy fabulous marvellous marvelous lovely nice super
    boring dull tedious frustrating exhausting overwhelming soul-destroying pointless
    toxic chaotic miserable depressing annoying irritating excellent perfect ideal
    dreadful insane ridiculous unbearable stupid useless worthless overrated underrated
    overpaid underpaid overworked underfunded understaffed frustrated bored exhausted
    overwhelmed stressed annoyed fed
        """
)
# the thing a loaded judgement is about: "managers are overpaid" → how managers are paid
EN_LOADED_TOPIC = {
    "overpaid": "paid", "underpaid": "paid", "overworked": "worked",
    "underfunded": "funded", "understaffed": "staffed", "overstaffed": "staffed",
    "overregulated": "regulated", "overmanaged": "managed",
}  # fmt: skip
_EN_ING_IRREGULAR = {"be": "being", "see": "seeing", "die": "dying", "lie": "lying"}
_EN_DOUBLE = wordset(
    "travel cancel label model signal level admit commit forget prefer refer occur "
    "transfer regret control begin submit permit upset"
)
_EN_ED_IRREGULAR = {
    "done": "doing", "been": "being", "had": "having", "made": "making", "taught": "teaching",
    "led": "leading", "built": "building", "found": "finding", "left": "leaving",
    "run": "running", "gone": "going", "got": "getting", "gotten": "getting",
    "met": "meeting", "seen": "seeing", "taken": "taking", "given": "giving",
    "written": "writing", "sold": "selling", "felt": "feeling", "thought": "thinking",
    "spent": "spending", "kept": "keeping", "held": "holding", "lost": "losing",
    "agreed": "agreeing", "guaranteed": "guaranteeing", "came": "coming", "went": "going",
}  # fmt: skip


_EN_PAST_IRREGULAR = {
    "came": "come", "went": "go", "got": "get", "had": "have", "made": "make", "took": "take",
    "gave": "give", "found": "find", "left": "leave", "felt": "feel", "thought": "think",
    "knew": "know", "saw": "see", "met": "meet", "spent": "spend", "kept": "keep",
    "taught": "teach", "learnt": "learn", "built": "build", "led": "lead", "ran": "run",
    "began": "begin", "wrote": "write", "sold": "sell", "told": "tell", "became": "become",
    "did": "do", "was": "be", "were": "be", "said": "say", "paid": "pay", "heard": "hear",
    "used": "use", "created": "create",
}  # fmt: skip
_EN_NO_E = re.compile(r"(?:it|et|en|er|el|on|om|al|ot|in|ish|ck|[aeiou]{2}[a-z])$")


def en_base(past: str) -> str | None:
    """The base form of a past-tense verb ("learned" → "learn", "moved" → "move", "studied"
    → "study", "planned" → "plan", "came" → "come"), or None when it is no past form."""
    word = past.lower()
    if word in _EN_PAST_IRREGULAR:
        return _EN_PAST_IRREGULAR[word]
    if not word.endswith("ed") or len(word) < 5:
        return None
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    vowel_groups = len(re.findall(r"[aeiouy]+", stem))
    if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        if stem[-1] not in "lsfz" or (stem[-1] == "l" and vowel_groups > 1):
            return stem[:-1]
        return stem
    needs_e = re.search(r"[^aeiou][aeiou][vcstkdgzbpr]$|[aeiou]ng$|dg$|rg$|[^aeiou]v$", stem)
    unstressed = vowel_groups > 1 and _EN_NO_E.search(stem)
    return stem + "e" if needs_e and not unstressed else stem


def en_is_plural(head: str) -> bool:
    """A plural English noun? ("clients", "people", "women"; not "business", "news")."""
    word = head.lower().strip(",.")
    if word in EN_PLURAL:
        return True
    if word in _EN_S_SINGULAR or len(word) < 3 or "'" in word:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def en_head(noun_phrase: str) -> str:
    """The head noun of an English noun phrase: the last word before a preposition, an
    adverb or a clause ("the people in your department" → "people"; "your colleagues when
    you started" → "colleagues"; "most of your colleagues" → "colleagues")."""
    words = noun_phrase.lower().split()
    if len(words) > 2 and words[1] == "of" and words[0] in EN_DETERMINERS | {"lots", "few"}:
        words = words[2:]
    if len(words) > 3 and words[:3] == ["a", "lot", "of"]:
        words = words[3:]
    stops = EN_AFTER_ADJECTIVE | {"who", "that", "which", "where", "paid", "done", "made"}
    for index, word in enumerate(words):
        participle = word.endswith("ed") and words[index - 1] not in EN_DETERMINERS
        if index and (word in stops or participle):
            return words[index - 1]
    return words[-1] if words else ""


def en_be(noun_phrase: str, past: bool = False) -> str:
    """ "is"/"are" (or "was"/"were") agreeing with ``noun_phrase``."""
    plural = en_is_plural(en_head(noun_phrase)) or noun_phrase.lower() in ("you", "they", "we")
    return ("were" if plural else "was") if past else ("are" if plural else "is")


def en_do(noun_phrase: str) -> str:
    plural = en_is_plural(en_head(noun_phrase)) or noun_phrase.lower() in ("you", "they", "we")
    return "do" if plural else "does"


def en_is_adjective(word: str, before: str = "") -> bool:
    """Can ``word`` be a predicate adjective here? A lexicon word, a comparative, or a word
    with an adjective ending that does not follow a determiner ("the *clinic*")."""
    word = word.lower()
    if word in EN_ADJECTIVES or word in EN_LOADED or word in ("better", "worse"):
        return True
    if (
        word.endswith("er")
        and any(  # comparatives: "slower", "busier", "bigger"
            base in EN_ADJECTIVES for base in (word[:-2], word[:-1], word[:-3] + "y", word[:-3])
        )
    ):
        return True
    if word in _EN_NOT_ADJECTIVE or len(word) < 4 or before.lower() in EN_DETERMINERS:
        return False
    if word.endswith(("ity", "tion", "sion", "ment", "ness", "ship", "ance", "ence", "ery")):
        return False
    return bool(_EN_ADJECTIVE_END.search(word))


def en_gerund(verb: str) -> str:
    """ "relocate" → "relocating", "get" → "getting", "travel" → "travelling"; a past
    participle works too ("managed" → "managing", "done" → "doing")."""
    word = verb.lower()
    if word in _EN_ING_IRREGULAR:
        return _EN_ING_IRREGULAR[word]
    if word in _EN_ED_IRREGULAR:
        return _EN_ED_IRREGULAR[word]
    if word.endswith("ing"):
        return word
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "ying"
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        return word[:-2] + "ing"
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if word in _EN_DOUBLE or re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", word):
        return word + word[-1] + "ing"
    return word + "ing"
