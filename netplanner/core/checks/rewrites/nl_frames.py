"""Dutch rewrite frames built from a parse of the question (see ``engine``).

The Dutch counterpart of ``en_frames``: "Hoe ADJ is NP…?",
"Hoe zit het met NP…?", "Hoeveel NP zijn er…?", "Hoe makkelijk is het om … te V?",
"Hoeveel vrijheid heb je om … te V?", "Welke rol speelde X bij…?", "Hoe ga je om met X?",
"Wat zou je iemand aanraden die X overweegt?". A claim after "ik neem aan dat / ik gok
dat" is put back in main-clause order ("dat je veel moet netwerken" → "moet je veel
netwerken") so the closed-question frames can take it; what no frame takes is asked as
"In hoeverre klopt het dat …?", which keeps the claim and leaves the answer open.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites.words import wordset
from netplanner.core.checks.rewrites.words_nl import (
    NL_AFTER_ADJECTIVE,
    NL_DEGREE,
    NL_DETERMINERS,
    NL_LOADED,
    NL_PREPOSITIONS,
    nl_article,
    nl_be,
    nl_head,
    nl_is_adjective,
    nl_is_infinitive,
    nl_is_plural,
    nl_te_infinitive,
)

_NOT_GRADABLE = {
    "nodig": "belangrijk", "noodzakelijk": "belangrijk", "vereist": "belangrijk",
    "verplicht": "belangrijk", "essentieel": "belangrijk", "mogelijk": "gebruikelijk",
    "toegestaan": "gebruikelijk", "normaal": "gebruikelijk",
}  # fmt: skip
_COMPARATIVE = wordset("beter slechter meer minder")
_MASS = wordset(
    "ruimte tijd werk vraag behoefte concurrentie aandacht begeleiding geld budget vrijheid "
    "doorgroei overwerk contact druk werkdruk verloop flexibiliteit afwisseling"
)
_JOB = re.compile(r"\b(?:baan|functie|job|rol|plek|aanstelling|contract)\b")


def split_predicate(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """NP, adjective, rest of "de sfeer op het werk ontspannen" / "een hbo-diploma echt
    nodig voor deze functie": the first adjective-like word (no article right before it)
    followed by nothing or by a preposition or "hier/nu"."""
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        after_degree = before in NL_DEGREE and before not in ("te", "wat")
        if not (nl_is_adjective(word, before) or after_degree) and word not in _COMPARATIVE:
            continue
        rest = words[index + 1 :]
        if rest and rest[0] not in NL_AFTER_ADJECTIVE:
            continue
        noun_phrase = words[:index]
        while noun_phrase and noun_phrase[-1] in NL_DEGREE | {"beetje", "wel", "niet", "veel"}:
            noun_phrase.pop()
            if noun_phrase[-1:] == ["een"]:
                noun_phrase.pop()
        if noun_phrase in (["het"], ["dit"], ["dat"]):
            return noun_phrase, word, rest
        if not noun_phrase or noun_phrase[-1] in NL_DETERMINERS | NL_PREPOSITIONS:
            continue
        return noun_phrase, word, rest
    return None


def predicate_question(
    noun_phrase: str, adjective: str, rest: list[str], past: bool, be: str = ""
) -> str:
    """The open question about "NP is ADJ (rest)"; ``be`` is the original's verb, which
    already agrees, else it is made to agree."""
    tail = " ".join(rest)
    if not be:
        be = nl_be(noun_phrase, past) if noun_phrase != "het" else ("was" if past else "is")
    if adjective in _COMPARATIVE or (adjective.endswith("er") and nl_is_adjective(adjective[:-2])):
        than = re.match(r"dan (?:in |bij |op )?(?P<y>.+)", tail)
        if than:  # "…beter dan in je vorige baan" → "Hoe verhoudt … zich tot die in je vorige baan"
            determiner, head = nl_head(noun_phrase)
            that = "dat" if determiner == "het" or nl_article(head) == "het" else "die"
            place = tail.removeprefix("dan ")
            return f"Hoe verhoudt {noun_phrase} zich tot {that} {place}"
        return f"Hoe zit het met {noun_phrase} {tail}".strip()
    if adjective in NL_LOADED:
        return f"Hoe {be} {noun_phrase} {tail}".strip()
    how = _NOT_GRADABLE.get(adjective, adjective)
    if adjective in ("mogelijk", "toegestaan") and tail.startswith("om "):  # "Is het mogelijk om…"
        how = "makkelijk"
    return f"Hoe {how} {be} {noun_phrase} {tail}".strip()


def copular(m: re.Match[str]) -> str | None:
    """ "Is de sfeer op het werk ontspannen" → "Hoe ontspannen is de sfeer op het werk"."""
    parts = split_predicate(m["body"].split())
    if parts is None:
        return None
    noun_phrase, adjective, rest = parts
    be = m["v"].lower()
    return predicate_question(" ".join(noun_phrase), adjective, rest, be in ("was", "waren"), be)


def copular_neutral(m: re.Match[str]) -> str | None:
    """The same parse without the adjective: "Is die reistijd niet ondraaglijk" → "Hoe is die
    reistijd" — taken when the adjective may be the answer a leading original pushed."""
    parts = split_predicate(m["body"].split())
    if parts is None or parts[2][:1] in (["dan"], ["om"]) or parts[0] == ["het"]:
        return None
    if re.search(r"^(?:ge|be|ver|ont|her)\w+[dt]$", parts[1]):  # "veranderd": a change
        return None
    noun_phrase, _, rest = parts
    if noun_phrase[0] not in NL_DETERMINERS:  # "Is netwerken niet een beetje nep" → an opinion
        return f"Wat vind je van {' '.join(noun_phrase)} {' '.join(rest)}".strip()
    return f"Hoe {m['v'].lower()} {' '.join(noun_phrase)} {' '.join(rest)}".strip()


def existential(m: re.Match[str]) -> str | None:
    """ "Zijn er veel zij-instromers in jouw beroep" → "Hoeveel zij-instromers zijn er in
    jouw beroep"; "Is er ruimte om…" → "Hoeveel ruimte is er om…"."""
    words = m["body"].split()
    while words and words[0] in ("veel", "genoeg", "voldoende", "nog", "ook", "wel", "echt"):
        words.pop(0)
    if len(words) > 2 and words[0] == "een" and nl_is_adjective(words[1]):
        # "Is er een duidelijk carrièrepad voor starters" → "Hoe duidelijk is het carrièrepad…"
        cut = next((i for i, w in enumerate(words) if i > 2 and w in NL_PREPOSITIONS), len(words))
        noun = " ".join(words[2:cut])
        rest = " ".join(words[cut:])
        adjective = words[1][:-1] if words[1].endswith("e") else words[1]
        if noun and nl_is_adjective(adjective) and adjective not in NL_LOADED:
            return f"Hoe {adjective} is {nl_article(noun.split()[-1])} {noun} {rest}".strip()
    if not words or words[0] in ("een", "iets", "wat", "iemand"):
        return None
    cut = next(
        (i for i, w in enumerate(words) if i and w in NL_PREPOSITIONS | {"die", "dat", "waar"}),
        len(words),
    )
    noun, rest = " ".join(words[:cut]), " ".join(words[cut:])
    head = noun.split()[-1]
    if nl_is_plural(head):
        return f"Hoeveel {noun} zijn er {rest}".strip()
    if head in _MASS:
        return f"Hoeveel {noun} is er {rest}".strip()
    return None


_CLAUSE_WORDS = wordset(
    "welke wat wie waar hoe of dat die wanneer waarom toen als voordat nadat omdat terwijl zodat"
)
_REQUEST_VERBS = wordset(
    "vertellen uitleggen aanraden helpen sturen doorsturen introduceren voorstellen noemen "
    "delen geven tippen doorverwijzen koppelen bellen mailen"
)


def infinitive_clause(words: list[str]) -> str | None:
    """ "hier doorgroeien naar een leidinggevende rol" → "hier door te groeien naar een
    leidinggevende rol": the last infinitive gets its "te" (before a clause such as "met
    welke klanten je werkt", which has its own verb)."""
    end = next(
        (i for i, w in enumerate(words) if i and w in _CLAUSE_WORDS and i + 1 < len(words)),
        len(words),
    )
    if end < len(words) and words[end - 1] in NL_PREPOSITIONS:
        end -= 1
    at = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if nl_is_infinitive(words[i], words[i - 1] if i else "")
        ),
        None,
    )
    if at is None or words[at] in _REQUEST_VERBS:
        return None
    return " ".join([*words[:at], nl_te_infinitive(words[at]), *words[at + 1 :]])


def possibility(m: re.Match[str]) -> str | None:
    """ "Kun je hier doorgroeien naar…" → "Hoe makkelijk is het om hier door te groeien naar…"."""
    clause = infinitive_clause(m["rest"].split())
    return f"Hoe makkelijk is het om {clause}" if clause else None


def freedom(m: re.Match[str]) -> str | None:
    """ "Mag je zelf je projecten kiezen" → "Hoeveel vrijheid heb je om zelf je projecten te
    kiezen"."""
    clause = infinitive_clause(m["rest"].split())
    who = "jullie hebben" if m["p"] == "jullie" else f"{'heeft u' if m['p'] == 'u' else 'heb je'}"
    return f"Hoeveel vrijheid {who} om {clause}" if clause else None


def lead_to(m: re.Match[str]) -> str:
    """ "Heeft je stage tot deze baan geleid" → "Welke rol speelde je stage bij het krijgen van
    deze baan"."""
    target = m["y"]
    if _JOB.search(target):
        target = f"het krijgen van {target}"
    return f"Welke rol speelde {m['x']} bij {target}"


def feeling(m: re.Match[str]) -> str:
    """ "Raak je niet gefrustreerd door alle regeltjes" → "Hoe ga je om met de regeltjes"."""
    topic = re.sub(r"^(?:alle|al die|al het|al de)\b", "de", m["x"])
    topic = re.sub(r"^de (?=het\b)", "", topic)
    return f"Hoe {'gaat u' if m['p'] == 'u' else 'ga je'} om met {topic}"


def recommend(m: re.Match[str]) -> str:
    """ "Zou je een traineeship aanraden" → "Wat zou je iemand aanraden die een traineeship
    overweegt"."""
    return f"Wat {'zou u' if m['p'] == 'u' else 'zou je'} iemand aanraden die {m['x']} overweegt"


def having(m: re.Match[str]) -> str | None:
    """ "Heb je een vaste werkplek op kantoor" → "Hoe zit het met een vaste werkplek op
    kantoor"; with a judging adjective ("een goede pensioenregeling") the adjective goes:
    "Hoe ziet jullie pensioenregeling eruit"."""
    words = m["np"].split()
    if len(words) >= 3 and words[0] == "een" and words[1] in _JUDGING:
        cut = next((i for i, w in enumerate(words) if i > 2 and w in NL_PREPOSITIONS), len(words))
        owner = {"je": "je", "jij": "je", "u": "uw", "jullie": "jullie"}.get(m["p"], "je")
        rest = " ".join(words[cut:])
        return f"Hoe ziet {owner} {' '.join(words[2:cut])} eruit {rest}".strip()
    if words[0] not in ("een", "de", "het", "veel", "vaak") and not m["np"].startswith("geen "):
        return None
    return f"Hoe zit het met {m['np']}"


_JUDGING = wordset(
    "goede slechte grote kleine mooie fijne leuke geweldige prima uitstekende sterke "
    "flinke ruime royale goed groot mooi fijn leuk geweldig uitstekend sterk ruim breed "
    "fantastisch fantastische enorm enorme"
)

FINITE = wordset(
    "is zijn was waren heeft hebt heb hebben had moet moeten kan kun kunt kunnen wil wilt "
    "willen mag mogen zal zult zullen wordt worden werd gaat gaan blijft blijven komt komen "
    "krijgt krijgen doet doen"
)


def main_clause(clause: str) -> str | None:
    """ "je veel moet netwerken om klanten te krijgen" → "moet je veel netwerken om klanten te
    krijgen"; "het woon-werkverkeer vreselijk is" → "is het woon-werkverkeer vreselijk"."""
    words = clause.split()
    if len(words) < 2:
        return None
    subject_end = 1
    if words[0] in NL_DETERMINERS - {"je", "jullie", "u"}:
        subject_end = next(
            (i for i in range(1, len(words)) if not words[i].endswith("e")), len(words) - 1
        ) + 1  # fmt: skip
    end = next((i for i, w in enumerate(words) if i >= subject_end and w in ("om", "dat")), None)
    end = len(words) if end is None else end
    finite = next((i for i in range(end - 1, subject_end - 1, -1) if words[i] in FINITE), None)
    if finite is None:  # "je lange dagen maakt tijdens de audits": the last "-t" form
        ending = "en" if words[0] in ("jullie", "ze", "we", "wij") else "t"
        finite = next(
            (
                i
                for i in range(end - 1, subject_end - 1, -1)
                if words[i].endswith(ending) and words[i - 1] not in NL_PREPOSITIONS
            ),
            None,
        )
        if finite is None:
            return None
    verb = words[finite]
    rest = words[subject_end:finite] + words[finite + 1 :]
    return " ".join([verb, *words[:subject_end], *rest])


def claim(m: re.Match[str]) -> str:
    """ "Ik neem aan dat X" with no better frame: "In hoeverre klopt het dat X"."""
    return f"In hoeverre klopt het dat {m['x']}"
