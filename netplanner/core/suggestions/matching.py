"""Reading roles, specialisms, sectors, organisations and places as sets of concepts.

A text is folded (case and accents), cut into words, and each word or phrase is looked
up in ``lexicon``: "UX-onderzoeker", "UX researcher" and "user researcher" all read as
{ux, research, @researcher}. Dutch compounds are split into known parts
("zorgapps" = zorg + apps, "duurzaamheidsadviseur" = duurzaamheid + s + adviseur), and
a compound ending in a known role ("marktonderzoeker") is that role. A word the
lexicon does not know stays itself ("~actuaris"), so it still matches the same word.

Everything is cached per text: a network repeats its roles, organisations and places.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache

from netplanner.core.suggestions.lexicon import (
    COMPOUND_PARTS,
    CONCEPTS,
    GENERIC_HEADS,
    IMPLIES,
    PLACES,
    STOP_WORDS,
    WHOLE,
)
from netplanner.core.text import fold

#: A word: letters and digits with at least one letter ("Consultant 2" does a consultant's
#: work; "3D" stays a word).
_WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")
EMPTY: frozenset[str] = frozenset()
#: Sounds that may join the parts of a Dutch compound: "beleid-s-medewerker".
_LINKS = ("s", "e", "en")
#: Endings of plurals and inflections tried when a word is not known as it stands.
_ENDINGS = ("s", "en", "es", "e", "n")
#: Words a region text may hold that name no place.
_PLACE_NOISE = frozenset(("omgeving", "eo", "area", "greater", "rond", "around", "near", "nabij"))


def _build() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    words: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    for concept, forms in CONCEPTS.items():
        for form in forms:
            target = phrases if " " in form else words
            target.setdefault(form, set()).add(concept)
    for form, concepts in WHOLE.items():
        (phrases if " " in form else words)[form] = set(concepts)
    return (
        {form: frozenset(found) for form, found in words.items()},
        {form: frozenset(found) for form, found in phrases.items()},
    )


WORDS, PHRASES = _build()


def _by_first_word() -> dict[str, list[tuple[list[str], frozenset[str]]]]:
    """The phrases by their first word, the longest first."""
    starts: dict[str, list[tuple[list[str], frozenset[str]]]] = {}
    for form, found in PHRASES.items():
        parts = form.split()
        starts.setdefault(parts[0], []).append((parts, found))
    for phrases in starts.values():
        phrases.sort(key=lambda phrase: -len(phrase[0]))
    return starts


#: Only where a word starts a phrase is a phrase looked for.
_PHRASE_STARTS = _by_first_word()
#: Known words that may end a compound and make it theirs ("huisarts", "ouderenzorg").
_HEADS = {form: found for form, found in WORDS.items() if len(form) >= 5}
_HEADS.update({"zorg": WORDS["zorg"], "arts": WORDS["arts"]})


def words(text: str) -> list[str]:
    """The folded words of ``text``: "UX-Onderzoeker (Zoë) 2" -> ["ux", "onderzoeker", "zoe"]."""
    return _WORD.findall(fold(text))


def _known_words() -> dict[str, frozenset[str]]:
    """Every known word as it may stand in a text, with what it means: stop words (they
    mean nothing), the lexicon's words, and those with a plural or inflected ending."""
    known = dict.fromkeys(STOP_WORDS | COMPOUND_PARTS, EMPTY)
    for form, found in WORDS.items():
        known.setdefault(form, found)
    for ending in _ENDINGS:
        for form, found in WORDS.items():
            if len(form) > 2:
                known.setdefault(form + ending, found)
    return known


_KNOWN = _known_words()


def _known(part: str) -> frozenset[str] | None:
    """What ``part`` means when it is a whole known word (stop words mean nothing)."""
    return _KNOWN.get(part)


@lru_cache(maxsize=20_000)
def _split(word: str) -> frozenset[str] | None:
    """A compound read as known parts only ("zorg|apps"), longest first part first;
    None when it cannot be read that way ("zorgvuldig" is not zorg + vuldig)."""
    for cut in range(len(word) - 2, 1, -1):
        first = _known(word[:cut])
        if first is None:
            continue
        rest = word[cut:]
        for link in ("", *_LINKS):
            if link and not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < 2:
                continue
            second = _known(tail)
            if second is None and len(tail) >= 5:
                second = _split(tail)
            if second is not None and (first or second):
                return first | second
    return None


@lru_cache(maxsize=50_000)
def word_concepts(word: str) -> frozenset[str]:
    """What one folded word means; an unknown word means itself ("~word")."""
    known = _known(word)
    if known is not None:
        return known
    split = _split(word)
    if split is not None:
        return split
    for start in range(2, len(word) - 3):  # a compound ending in a known role or field
        head = _HEADS.get(word[start:])
        if head is not None:
            return head | {"~" + word}
    return frozenset({"~" + word})


@lru_cache(maxsize=100_000)
def concepts(text: str) -> frozenset[str]:
    """The concepts of a text: phrases first (longest), then word by word."""
    if not text:
        return EMPTY
    tokens = words(text)
    if _PHRASE_STARTS.keys().isdisjoint(tokens):  # most texts: word by word
        return EMPTY.union(*map(word_concepts, tokens))
    found: set[str] = set()
    index, count = 0, len(tokens)
    while index < count:
        token = tokens[index]
        for parts, phrase in _PHRASE_STARTS.get(token, ()):
            if tokens[index : index + len(parts)] == parts:
                found |= phrase
                index += len(parts)
                break
        else:
            found |= word_concepts(token)
            index += 1
    return frozenset(found)


@lru_cache(maxsize=20_000)
def widened(found: frozenset[str]) -> frozenset[str]:
    """``found`` with the sectors its kinds of organisation are in (hospital: healthcare)."""
    extra = [IMPLIES[c] for c in found if c in IMPLIES]
    return found.union(*extra) if extra else found


def heads(found: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in found if c.startswith("@"))


# -- roles ------------------------------------------------------------------------------------
class RoleMatch(IntEnum):
    """How a contact's role compares with the goal's role, weakest first."""

    NONE = 0
    RELATED = 1  # some of the field is shared: "UX designer" for "UX researcher"
    SIMILAR = 2  # the same profession in another field: "market researcher" (a manager of
    # sales is no product manager: see lexicon.GENERIC_HEADS)
    SAME_FIELD = 3  # the whole field, another kind of role: "UX research lead"
    EXACT = 4  # everything the goal's role says


def forms_of(wanted: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern found in the folded text of everything whose concepts share one with
    ``wanted`` (and in some more): a quick first test before reading a text in full.

    Every way a text comes to mean a concept leaves one of its forms in the text: as a
    word, inside a compound, before a plural ending, or as a phrase whose words may be
    joined by a hyphen or nothing ("e-commerce", "ecommerce").
    """
    forms = {concept[1:] for concept in wanted if concept.startswith("~")}
    forms.update(form for concept in wanted for form in CONCEPTS.get(concept, ()))
    forms.update(form for form, concepts in WHOLE.items() if concepts & wanted)
    if not forms:
        return None
    alternatives = sorted((r"[\W_]*".join(map(re.escape, f.split())) for f in forms), key=len)
    return re.compile("|".join(reversed(alternatives)))


def role_forms(goal: frozenset[str]) -> re.Pattern[str] | None:
    """``forms_of`` for what makes a role match ``goal`` at all (``role_match`` above
    NONE): its fields and professions; a level such as "manager" only when the goal's
    role is no more than that."""
    telling = frozenset(c for c in goal if c not in GENERIC_HEADS)
    return forms_of(telling or goal)


def role_match(
    goal: frozenset[str], contact: frozenset[str], goal_heads: frozenset[str] | None = None
) -> RoleMatch:
    """How ``contact``'s role compares with ``goal``'s (``goal_heads``: its kinds of role,
    when worked out already)."""
    if not goal or not contact:
        return RoleMatch.NONE
    if goal <= contact:
        return RoleMatch.EXACT
    if goal_heads is None:
        goal_heads = heads(goal)
    fields = goal - goal_heads
    if fields and fields <= contact:
        return RoleMatch.SAME_FIELD
    if (goal_heads - GENERIC_HEADS) & contact:
        return RoleMatch.SIMILAR
    if fields & contact:
        return RoleMatch.RELATED
    return RoleMatch.NONE


# -- places -----------------------------------------------------------------------------------
def _build_places() -> tuple[dict[str, str], int, dict[str, frozenset[str]]]:
    forms: dict[str, str] = {}
    for key, (names, _) in PLACES.items():
        for name in names:
            forms[name] = "r:" + key
    longest = max(len(name.split()) for name in forms)
    around: dict[str, frozenset[str]] = {}

    def lies_in(key: str) -> frozenset[str]:
        if key not in around:
            parents = PLACES[key][1]
            around[key] = frozenset(["r:" + p for p in parents]).union(*map(lies_in, parents))
        return around[key]

    return forms, longest, {"r:" + key: lies_in(key) for key in PLACES}


_PLACE_FORMS, _LONGEST_PLACE, LIES_IN = _build_places()


class PlaceMatch(IntEnum):
    NONE = 0
    NEAR = 1  # another place in the same province
    INSIDE = 2  # the place itself, or inside it (Amsterdam for "Randstad")


@lru_cache(maxsize=20_000)
def places(text: str) -> frozenset[str]:
    """The places a region text names ("r:utrecht"); unknown words stand for themselves."""
    found: set[str] = set()
    tokens = [t for t in words(text) if t not in _PLACE_NOISE and t not in STOP_WORDS]
    index, count = 0, len(tokens)
    while index < count:
        for size in range(min(_LONGEST_PLACE, count - index), 0, -1):
            place = _PLACE_FORMS.get(" ".join(tokens[index : index + size]))
            if place is not None:
                found.add(place)
                index += size
                break
        else:
            if len(tokens[index]) >= 3:
                found.add("~" + tokens[index])
            index += 1
    return frozenset(found)


def place_match(goal: frozenset[str], contact: frozenset[str]) -> PlaceMatch:
    if not goal or not contact:
        return PlaceMatch.NONE
    if goal & contact:
        return PlaceMatch.INSIDE
    for place in contact:
        if LIES_IN.get(place, EMPTY) & goal:
            return PlaceMatch.INSIDE
    goal_provinces = {p for g in goal for p in LIES_IN.get(g, EMPTY) if p.startswith("r:p-")}
    goal_provinces |= {g for g in goal if g.startswith("r:p-")}
    for place in contact:
        if place in goal_provinces or LIES_IN.get(place, EMPTY) & goal_provinces:
            return PlaceMatch.NEAR
    return PlaceMatch.NONE


def clear_caches() -> None:
    """Forget every text read so far (the benchmark measures a first ranking)."""
    for cached in (_split, word_concepts, concepts, widened, places):
        cached.cache_clear()
