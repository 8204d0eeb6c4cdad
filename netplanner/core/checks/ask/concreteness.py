"""Is an ask concrete? A role or line of work, with a qualifier (see ``checker``).

The method: "say concretely what you look for: a role with a specialism, a region, a kind
of organisation". Naming a role alone ("a web editor") is not enough, nor is a sector
("something in tech"). So an ask is concrete when it holds a *head* — a role noun
("analyst", "beleidsmedewerker", "kleuterjuf") or a line-of-work noun ("records
management", "fondsenwerving", "SRE work", "analyst roles") — together with a *qualifier*
in any of the shapes people use:

* a prepositional phrase: "analyst **in** manufacturing", "adviseur **voor** kmo's",
  "inspectors **at** local councils", "GIS-specialist **bij** een waterschap";
* a specialism phrase: "**specialised in**", "**focused on**", "**met als specialisme**",
  "**met een voorliefde voor**";
* a relative clause with such a phrase: "UX-researchers **die** veel **met** ouderen testen";
* a bracket: "backend dev **(mostly payments infra)**";
* in Dutch, a noun or adjective after the role: "beleidsmedewerker **duurzaamheid**",
  "jurist **arbeidsrecht**", "inkoper **duurzame bouwmaterialen**".

Heads are recognised by a lexicon of role and field words plus their endings (-er, -ist,
-eur, -kundige, -medewerker, -ment, -ing, -beleid…), and by position: the word after
"as a" / "als", or before a specialism phrase. Generic words ("opportunities", "a new
challenge", "iets", "werk", "roles" on their own) are never heads. Capitalised words in
mid-sentence are names, not heads. Everything is one pass over the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netplanner.core.checks.ask import lexicon as lex

_TOKEN = re.compile(r"[^\W_][\w'’&+./-]*[\w+]|[^\W_]|[.,!?;:()\[\]\n]")
_ABBREVIATIONS = lex.ABBREVIATIONS


@dataclass(frozen=True)
class Token:
    text: str  # as written
    low: str  # lower case, apostrophes plain
    start: int
    end: int

    @property
    def is_punct(self) -> bool:
        return not self.low[0].isalnum()


@dataclass(frozen=True)
class Concreteness:
    """The outcome: a qualified head (concrete), else the best bare head found, if any."""

    concrete: bool
    head: str  # the words of the (bare) role, "" when there is none


def tokens(text: str) -> list[Token]:
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if len(word) > 1 and word[-1] == "." and word[:-1].lower() not in _ABBREVIATIONS:
            out.append(Token(word[:-1], word[:-1].lower(), match.start(), match.end() - 1))
            out.append(Token(".", ".", match.end() - 1, match.end()))
            continue
        out.append(Token(word, word.lower().replace("’", "'"), match.start(), match.end()))
    return out


_OWN_SPECIALISM = re.compile(
    r"\b(?:my|mijn|m'n)\s+(?:specialism|specialisme|specialty|speciality|specialisatie|"
    r"expertise|niche)\s+(?:is|ligt|:)\s+\w",
    re.IGNORECASE,
)


def assess(text: str, language: str) -> Concreteness:
    """Whether ``text`` names a role or line of work with a qualifier (see module text)."""
    if _OWN_SPECIALISM.search(text):
        return Concreteness(True, "")
    words = tokens(text)
    bare = ""
    heads: set[str] = set()
    for index in range(len(words)):
        if not _is_head(words, index, language):
            continue
        if _qualified(words, index, language):
            return Concreteness(True, "")
        phrase = _head_phrase(words, index)
        bare = bare or phrase
        heads.add(words[index].low)
    # Two kinds of work named: who I am and where I look ("a chemistry teacher exploring
    # instructional design", "boekhouder die fiscalist wil worden").
    if len(heads) >= 2:
        return Concreteness(True, "")
    return Concreteness(False, bare)


# --- heads ---------------------------------------------------------------------------


def _is_head(words: list[Token], index: int, language: str) -> bool:
    token = words[index]
    word = token.low
    if token.is_punct or len(word) < 2 or word in lex.FUNCTION or word in lex.NOT_HEAD:
        return False
    if _is_name(words, index):
        return False
    previous = words[index - 1].low if index else ""
    if word in lex.GENERIC_WORK:
        return _premodified(words, index)
    if previous in lex.ROLE_INTRO or _after_article_after_intro(words, index):
        return True
    if word in lex.ROLES or word in lex.FIELDS:
        return True
    last = re.split(r"[-/]", word)[-1] or word
    if last in lex.ROLES or last in lex.FIELDS:
        return True
    if _has_role_ending(last) or _has_field_ending(words, index, last):
        return True
    following = words[index + 1].low if index + 1 < len(words) else ""
    if following in lex.SPECIALISM_START and word not in lex.PERSON_WORDS:
        return True
    # the end of a specialism: "specialise in online *ordering*, at webshops"
    return (following == "," or following in lex.LINKS) and _after_specialism(words, index)


def _after_specialism(words: list[Token], index: int) -> bool:
    for back in range(index - 1, max(index - 5, -1), -1):
        if words[back].is_punct:
            return False
        if words[back].low in lex.SPECIALISM_START or words[back].low.startswith("specialis"):
            return True
    return False


def _after_article_after_intro(words: list[Token], index: int) -> bool:
    """The noun of "as a *nurse*", "als educatief *medewerker*", "becoming a tax *advisor*"."""
    back = index - 1
    steps = 0
    while back >= 0 and steps < 3 and words[back].low not in lex.ROLE_INTRO:
        low = words[back].low
        if words[back].is_punct or (low in lex.FUNCTION and low not in lex.ARTICLES):
            return False
        back -= 1
        steps += 1
    if back < 0 or words[back].low not in lex.ROLE_INTRO:
        return False
    nxt = words[index + 1].low if index + 1 < len(words) else ""
    # the last word of the role: "as a tax advisor for", not "as a tax"
    return (
        nxt in lex.LINKS
        or nxt in lex.SPECIALISM_START
        or nxt in lex.STOPS
        or (words[index + 1].is_punct if index + 1 < len(words) else True)
    )


def _premodified(words: list[Token], index: int) -> bool:
    """ "*analyst* roles", "*SRE* work", "*analisten*werk": a content word right before."""
    if index == 0:
        return False
    before = words[index - 1]
    return (
        not before.is_punct
        and before.low not in lex.FUNCTION
        and before.low not in lex.GENERIC_WORK
        and before.low not in lex.NOT_HEAD
        and before.low not in lex.VAGUE_MODIFIERS
    )


_PRONOMINAL_ADVERB = re.compile(
    r"^(?:daar|hier|waar|er)(?:over|voor|mee|bij|aan|in|op|door|na|uit|naar|van|toe|onder|"
    r"tegen|achter|om)$"
)


def _has_role_ending(word: str) -> bool:
    if word in lex.ROLE_ENDING_STOP or len(word) < 4 or _PRONOMINAL_ADVERB.match(word):
        return False
    if word.endswith(lex.ROLE_ENDINGS) or (word.endswith("ici") and len(word) > 5):
        return True
    for plural in ("s", "e", "en", "n"):  # adviseurs, laborante, analisten, logopedisten
        stem = word[: -len(plural)]
        if (
            word.endswith(plural)
            and len(stem) > 4
            and stem not in lex.ROLE_ENDING_STOP
            and (stem.endswith(lex.ROLE_ENDINGS) or stem in lex.ROLES)
        ):
            return True
    return False


def _has_field_ending(words: list[Token], index: int, word: str) -> bool:
    if word in lex.FIELD_ENDING_STOP or len(word) < 5:
        return False
    if word.endswith(("ing", "ings")) and word.isascii():
        # English gerunds are verbs unless a noun or adjective stands before them:
        # "coffee *buying*", "risk *modelling*", but "I'm *looking*", "mike, *thinking*".
        return _premodified(words, index) and words[index - 1].low not in lex.VERBISH
    return word.endswith(lex.FIELD_ENDINGS)


def _is_name(words: list[Token], index: int) -> bool:
    """A capitalised word in mid-sentence (not an acronym such as UX or NVWA) is a name."""
    token = words[index]
    if not (token.text[0].isupper() and token.text[1:2].islower()):
        return False  # "UX-onderzoeker", "GIS-specialist", "NVWA" are not names
    return not (index == 0 or words[index - 1].low in (".", "!", "?", "\n", ":"))


def _head_phrase(words: list[Token], index: int) -> str:
    start = index
    while (
        start > 0
        and not words[start - 1].is_punct
        and words[start - 1].low not in lex.FUNCTION
        and words[start - 1].low not in lex.ROLE_INTRO
        and index - start < 3
    ):
        start -= 1
    return " ".join(token.text for token in words[start : index + 1])


# --- qualifiers ----------------------------------------------------------------------


def _qualified(words: list[Token], index: int, language: str) -> bool:
    """A qualifier right after the head (see the module text), within a few words."""
    position = index + 1
    skipped = 0
    while position < len(words) and skipped <= 3:
        token = words[position]
        low = token.low
        if low == "(":
            return _has_content(words, position + 1, 6, stop=")")
        if low == ",":
            nxt = words[position + 1].low if position + 1 < len(words) else ""
            if nxt in lex.SPECIALISM_START or (nxt in lex.LINKS and nxt not in lex.WEAK_LINKS):
                position += 1
                continue
            return False
        if token.is_punct or low in lex.STOPS:
            return False
        if low in lex.SPECIALISM_START:
            return _has_content(words, position + 1, 6)
        if low in lex.LINKS:
            return _has_content(words, position + 1, 5)
        if low in lex.RELATIVES:
            return _relative_qualifies(words, position + 1)
        if (
            (
                language == "nl"
                and position == index + 1
                and low not in lex.FUNCTION
                and low not in lex.VERBISH
                and not low.endswith(("en", "t"))
            )  # werken, werkt: a verb, not "duurzaamheid"
            or (language == "nl" and position == index + 1 and low in lex.NL_POSTNOMINAL_ADJECTIVES)
        ):
            return True
        if low not in lex.SKIPPABLE:
            return False
        skipped += 1
        position += 1
    return False


def _relative_qualifies(words: list[Token], position: int) -> bool:
    """ "who specialise in X", "die veel met ouderen testen", "die als X bij Y werken"."""
    end = min(len(words), position + 8)
    for at in range(position, end):
        low = words[at].low
        if words[at].is_punct and low not in ("(", ")"):
            return False
        if low in lex.SPECIALISM_START or (low in lex.LINKS and low not in lex.WEAK_LINKS):
            return _has_content(words, at + 1, 5)
        if _is_head(words, at, "") and low not in lex.GENERIC_WORK:
            return _qualified(words, at, "")
    return False


def _has_content(words: list[Token], position: int, span: int, stop: str = "") -> bool:
    for token in words[position : position + span]:
        low = token.low
        if stop and low == stop:
            return False
        if token.is_punct:
            return False
        if len(token.text) > 1 and token.text.isupper():
            return True  # IT, HR, NLP: an acronym is specific
        if (
            low.isdigit()
            or low in lex.FUNCTION
            or low in lex.EMPTY_OBJECTS
            or low in lex.VAGUE_MODIFIERS
        ):
            continue
        return True
    return False
