"""Dutch rewrite rules: closed, leading and statement forms turned into open questions.

See ``engine`` for how the rules are applied. A rewrite keeps the topic,
adds no assumption and reads as natural Dutch (Flemish "ge"/"zijt" forms are kept):
"Vind je je werk leuk?" → "Wat vind je van je werk?";
"Werk je veel over?" → "Hoe vaak werk je over?" (never "Hoe werk je over?");
"Krijg je veel vrijheid?" → "Hoeveel vrijheid krijg je?";
"Heb je een master nodig voor dit werk?" → "Hoe belangrijk is een master voor dit werk?";
"Hoe geweldig is het om hier te werken?" → "Hoe is het om hier te werken?".
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import nl_frames as frames
from netplanner.core.checks.rewrites import nl_shapes as shapes
from netplanner.core.checks.rewrites import nl_topics as topics
from netplanner.core.checks.rewrites.engine import Rule, rule, words_pattern
from netplanner.core.checks.rewrites.nl_leading import (
    LEADING_RULES,
    defuse,
    strip_markers,
)
from netplanner.core.checks.rewrites.words_nl import (
    NL_ADJECTIVES,
    NL_LOADED,
    NL_VALENCED,
    nl_article,
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

_P = r"(?P<p>je|jij|u|jullie|ge|gij)"
_PN = r"(?:je|jij|u|jullie|ge|gij)"
_ADV = r"(?:(?:eigenlijk|echt|erg|heel|wel|best|nog steeds|nog|ook|zo|nou|wat|enorm|"
_ADV += r"ontzettend|behoorlijk|vaak|soms|een beetje|nogal|niet|sterk|zeer|flink) )*"
_LOADED = words_pattern(
    "geweldig fantastisch prachtig heerlijk super vreselijk verschrikkelijk gaaf tof fijn "
    "leuk mooi top schitterend"
)
_IMPORTANT = {"nodig", "noodzakelijk", "vereist", "verplicht", "essentieel", "belangrijk"}
_VERB_JE = {
    "verdient": "verdien", "werkt": "werk", "hebt": "heb", "bent": "ben", "vindt": "vind",
    "zit": "zit", "doet": "doe", "gaat": "ga", "krijgt": "krijg", "moet": "moet",
    "kunt": "kun", "wilt": "wil", "reist": "reis", "mist": "mis",
}  # fmt: skip


# "Is het mogelijk om…" → "Hoe makkelijk is het om…"
_EASY = {"mogelijk": "makkelijk", "toegestaan": "makkelijk", "haalbaar": "makkelijk"}


def base(adjective: str) -> str:
    """The adjective without its inflection: "stressvolle" → "stressvol", "zware" → "zwaar"."""
    word = adjective.lower()
    if word.endswith(("aaie", "ooie", "oeie")):
        return word[:-1]
    if not word.endswith("e") or word.endswith(("ie", "ee")) or len(word) < 4:
        return word
    stem = word[:-1]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    if re.search(r"[^aeiou][aou][^aeiouwj]$", stem):
        stem = stem[:-1] + stem[-2] + stem[-1]
    return stem


def _how_adj(m: re.Match[str]) -> str:
    adjective = base(m["adj"])
    if adjective in _IMPORTANT:
        adjective = "belangrijk"
    elif adjective in ("mogelijk", "toegestaan", "gebruikelijk", "normaal"):
        adjective = "gebruikelijk"
    return f"Hoe {adjective} {m['v'].lower()} {m['x']}{m['rest'] or ''}"


_FINITE = {
    "had", "heb", "hebt", "heeft", "zou", "zouden", "wil", "wilt", "moet", "moeten", "kan",
    "kun", "kunt", "mag", "ben", "bent", "was", "is", "zal", "zult", "wou", "hoort",
}  # fmt: skip


def _something(m: re.Match[str]) -> str | None:
    """ "Is er iets wat je anders had willen doen" → "Wat had je eventueel anders willen doen"."""
    words = m["rest"].split()
    at = next((i for i, word in enumerate(words) if word.lower() in _FINITE), None)
    if at is None:
        return None
    rest = " ".join(words[:at] + words[at + 1 :])
    return f"Wat{m['e'] or ''} {words[at]} {m['s']} eventueel {rest}"


def _how_often(m: re.Match[str]) -> str | None:
    rest = re.sub(
        r"\s*\b(?:(?:heel|erg|zo|best|echt) )?(?:veel(?! meer| minder)|vaak|regelmatig|wel eens|"
        r"weleens|elke dag|"
        r"iedere dag|dagelijks|altijd|soms|ooit)\b",
        "",
        m["rest"],
    ).strip()
    rest = re.sub(r"^ook\b\s*", "", rest)
    return f"Hoe vaak {m['v']} {m['p']} {rest}".strip()


def _useful(m: re.Match[str]) -> str | None:
    """ "moet ik eerst SQL leren voordat ik solliciteer" → "Hoe nuttig is het om eerst SQL te
    leren voordat ik solliciteer"."""
    words = m["x"].split()
    at = next((i for i, w in enumerate(words) if w.endswith("en") and len(w) > 3), None)
    if at is None or words[at] in ("hebben", "zijn", "krijgen", "verdienen"):
        return None
    return " ".join(["Hoe nuttig is het om", *words[:at], "te", *words[at:]])


CLOSED_RULES: list[Rule] = [
    *topics.TOPIC_RULES,
    *shapes.SHAPE_RULES,
    rule(
        r"(?P<v>heeft|hebben|heb|hebt) (?P<s>(?:de |het |je |jouw |corona|ai|covid)[\w' -]*?) "
        r"(?P<rest>.+) (?P<pp>veranderd|beïnvloed|geholpen|voorbereid|gevormd|gesteund|begeleid|"
        r"gecoacht|opgeleid|aangemoedigd)(?P<t> (?:om|bij) .+)?",
        lambda m: (
            f"Hoe goed {m['v']} {m['s']} {m['rest'][:-5]} {m['pp']}{m['t'] or ''}"
            if m["rest"].endswith(" goed")
            else f"Hoe {m['v']} {m['s']} {m['rest']} {m['pp']}{m['t'] or ''}"
        ),
    ),
    rule(r"(?:moet|zou) ik (?P<x>.+)", _useful),
    rule(
        r"(?P<v>werken|zijn|zitten|komen|komt|hoort|horen|gaat|gaan|is) er (?:(?:heel|erg|best) )?"
        r"veel (?P<np>[\w-]+)"
        r"(?P<rest> .+)?",
        lambda m: f"Hoeveel {m['np']} {m['v']} er{m['rest'] or ''}",
    ),
    rule(
        rf"(?:ben|bent|zijn|zijt) {_P} {_ADV}(?:trots|blij) (?:op|met|over) (?P<x>.+)",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} zelf van {m['x']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:er )?(?:ooit |soms |geen |nooit )?spijt (?:van )?dat "
        r"(?P<x>.+)",
        lambda m: f"Hoe kijk {m['p']} erop terug dat {m['x']}",
    ),
    rule(
        rf"(?:wilde|wou|wilden) {_P} (?:altijd al|altijd|eigenlijk altijd al) "
        r"(?P<x>(?:in|bij) .+?) (?:werken|zitten|terechtkomen)",
        lambda m: f"Hoe ben {m['p']} {m['x']} terechtgekomen",
    ),
    rule(
        rf"(?:wilde|wou|wilden) {_P} (?:altijd al|altijd) (?P<x>.+?) (?:worden|doen)",
        lambda m: f"Wat trok {'u' if m['p'] == 'u' else 'je'} aan in het werk als {m['x']}",
    ),
    rule(
        r"(?:zijn|is|waren|was) (?P<x>(?:de|het|je|jouw|jullie|uw|die|deze) [\w' -]+?) "
        r"(?:vooral|voornamelijk|meestal|overwegend) .+",
        lambda m: f"Hoe zou je {m['x']} omschrijven",
    ),
    rule(
        rf"(?:ken|kent|kennen) {_P} (?:nog )?(?:iemand|mensen|personen)(?: anders)? "
        r"(?P<rest>(?:die|met wie|bij wie|aan wie|waar) .+)",
        lambda m: f"Wie {'kent' if m['p'] == 'u' else 'ken'} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft|hebben) {_P}(?: (?:nog|misschien|ook|eventueel|een paar|enkele|"
        r"wat|goede|concrete))* (?P<n>tips?|adviezen|ideeën|suggesties|aanraders)(?P<rest> .+)?",
        lambda m: f"Welke {m['n']} {'heeft' if m['p'] == 'u' else 'heb'} {m['p']}{m['rest'] or ''}",
    ),
    rule(
        rf"(?:heb|hebt|heeft|hebben) {_P}(?: (?:nog|misschien|ook|eventueel))* advies"
        r"(?P<rest> .+)?",
        lambda m: f"Welk advies {'heeft' if m['p'] == 'u' else 'heb'} {m['p']}{m['rest'] or ''}",
    ),
    rule(
        r"nog (?P<n>tips|adviezen|ideeën|suggesties|aanraders)(?P<rest> .+)?",
        lambda m: f"Welke {m['n']} heb je{m['rest'] or ''}",
    ),
    rule(
        rf"(?:vind|vindt|vinden) {_P} het {_ADV}[\w-]+ (?P<rest>om .+)",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} ervan {m['rest']}",
    ),
    rule(
        rf"(?P<v>vind|vindt|vinden) {_P} (?P<x>.+?) {_ADV}(?P<adj>[\w-]+)",
        lambda m: (
            f"Hoe {m['adj']} {m['v']} {m['p']} {m['x']}"
            if m["adj"] in NL_ADJECTIVES and m["adj"] not in NL_LOADED | NL_VALENCED
            else None
        ),
    ),
    rule(
        rf"(?:vind|vindt|vinden) {_P} (?P<x>.+?) {_ADV}(?:het |de )?[\w-]+",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} van {m['x']}",
    ),
    rule(
        rf"(?:geniet|genieten) {_P} (?:\w+ )?van (?P<x>.+)",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} van {m['x']}",
    ),
    rule(r"(?:bevalt|beviel) (?P<x>.+)", lambda m: f"Hoe bevalt {m['x']}"),
    rule(
        r"(?P<v>viel|valt) (?P<x>.+?) (?P<p>je|jou|u|jullie) (?P<adj>zwaar|mee|tegen|"
        r"makkelijk)(?P<rest> .+)?",
        lambda m: (
            f"Hoe is {m['x']} {m['p']} bevallen{m['rest'] or ''}"
            if m["v"] == "viel"
            else f"Hoe bevalt {m['x']} {m['p']}{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?:verdien|verdient|verdienen) {_P} (?:(?:veel|een stuk|wat|flink) )?(?:meer|minder) "
        r"dan (?P<y>.+)",
        lambda m: (
            "Hoe verhoudt je salaris zich tot "
            + (f"dat {m['y']}" if m["y"].split()[0] in ("in", "bij", "als") else m["y"])
        ),
    ),
    rule(
        rf"(?P<h>heb|hebt|heeft|hebben|had|hadden) {_P} (?P<x>(?:een|de|het|veel|goede|"
        r"specifieke|\w+e) .+?) nodig(?P<rest> (?:voor|om|in|bij) .+)?",
        lambda m: (
            f"Hoe belangrijk {'was' if m['h'].startswith('had') else 'is'} {m['x']}"
            f"{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?:moet|moeten) {_P} goed (?:zijn )?(?:in|met) (?P<x>[\w'-]+)(?: zijn)?"
        r"(?P<rest> .+)?",
        lambda m: f"Hoe belangrijk is {m['x']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:is|zijn) er (?:nog )?(?:iets|wat)(?P<e> anders)? (?:wat|dat) "
        r"(?P<s>je|ik|we|u) (?P<rest>.+)",
        _something,
    ),
    rule(
        r"(?:is|zijn) er (?:nog )?(?P<np>(?:(?:goede|andere|interessante) )?[\w'-]+) "
        r"(?:die|dat) (?P<s>je|jij|u|jullie|ik|we) "
        r"(?P<m>kunt|kun|kan|zou|moet|moeten|zouden|kunnen|wilt|wil|mag) (?P<rest>.+)",
        lambda m: (
            f"Welke {m['np']} "
            f"{'kun' if m['m'] == 'kunt' and m['s'] in ('je', 'jij') else m['m']} {m['s']} "
            f"{m['rest']}"
        ),
    ),
    rule(r"(?:is|zijn|was|waren) er (?P<body>.+)", frames.existential),
    rule(
        r"(?:is|zijn) er (?:veel|genoeg|voldoende|nog|ook) (?P<np>.+)",
        lambda m: f"Welke {m['np']} zijn er",
    ),
    rule(
        rf"(?:ben|bent|zijn|zijt) {_P} {_ADV}(?P<adj>tevreden|blij|gelukkig) "
        r"(?P<rest>(?:met|over|in) .+)",
        lambda m: (
            f"Hoe {m['adj']} {'zijt' if m['p'] in ('ge', 'gij') else 'ben'} {m['p']} {m['rest']}"
        ),
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} altijd (?:al )?(?P<x>.+?) (?:gewerkt|gezeten)",
        lambda m: f"Hoe lang werk {m['p']} al {m['x']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:er )?(?:ooit )?spijt (?:gehad )?(?:van )?(?P<x>.+)",
        lambda m: f"Hoe kijk {m['p']} terug op {m['x']}",
    ),
    rule(
        r"(?P<v>is|was) (?:het|dit|dat) {_ADV}een {_ADV}(?P<adj>[\w-]+) (?P<n>baan|functie|vak|"
        r"beroep|sector|job|werkplek|rol|werk)(?P<rest> .+)?".replace("{_ADV}", _ADV),
        lambda m: (
            f"Hoe bevalt {nl_article(m['n'])} {m['n']}{m['rest'] or ''}"
            if base(m["adj"]) in NL_LOADED
            else f"Hoe {base(m['adj'])} {m['v']} {nl_article(m['n'])} {m['n']}{m['rest'] or ''}"
        ),
    ),
    rule(  # the neutral frame, for a leading original: "Hoe bevalt het beroep"
        r"(?P<v>is|was) (?:het|dit|dat) {_ADV}een {_ADV}[\w-]+ (?P<n>baan|functie|vak|"
        r"beroep|sector|job|werkplek|rol|werk)(?P<rest> .+)?".replace("{_ADV}", _ADV),
        lambda m: f"Hoe bevalt {nl_article(m['n'])} {m['n']}{m['rest'] or ''}",
    ),
    rule(r"(?P<v>is|was) (?P<body>het (?!een\b)\S.+)", frames.copular),
    rule(
        rf"(?P<v>is|was) het {_ADV}(?P<adj>[\w-]+)(?P<rest> om .+)?",
        lambda m: f"Hoe {_EASY.get(m['adj'], m['adj'])} {m['v']} het{m['rest'] or ''}",
    ),
    rule(
        rf"(?P<v>is|was) het {_ADV}[\w-]+ (?P<rest>om .+)",
        lambda m: f"Hoe {m['v']} het {m['rest']}",
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?P<body>(?!er\b|jij\b|u\b|het een\b)\S.+)",
        frames.copular,
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?P<body>(?!er\b|jij\b|u\b|het een\b)\S.+)",
        frames.copular_neutral,
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?!er\b|je\b|jij\b|u\b|jullie\b)"
        r"(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+) " + _ADV + r"(?P<adj>[\w-]*?(?:baar|lijk|ief|isch|ig|"
        r"el|nodig|vereist|verplicht|belangrijk|mogelijk|druk|zwaar|goed|lastig|moeilijk|jong|"
        r"oud|groot|klein|lang|kort|nieuw|divers|snel|traag|streng|anders))"
        r"(?P<rest> (?:voor|in|bij|op|als|om|tijdens|hier|daar|nu)\b.*)?",
        _how_adj,
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?P<x>(?:de|het|je|jouw|jullie|uw|dit|deze|die|mijn) "
        r"(?:[\w'-]+ ){0,2}[\w'-]+) " + _ADV + r"(?P<adj>[\w-]+)"
        r"(?P<rest> (?:voor|in|bij|op|tijdens|met|als|wanneer)\b.*)?",
        _how_adj,
    ),
    rule(
        rf"(?P<v>krijg|krijgt|krijgen|heb|hebt|heeft|hebben|zie|ziet|besteed|besteedt) {_P} "
        r"(?P<adv>(?:(?:ook|hier|daar|nu|er|in het begin) )*)veel "
        r"(?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: (
            None
            if m["n"] in ("over", "samen", "reizen", "thuis", "werken", "mee")
            else f"Hoeveel {m['n']} {m['v']} {m['p']} {m['adv']}{(m['rest'] or '').strip()}"
        ),
    ),
    rule(
        rf"(?P<v>[\w-]+) {_P} (?P<rest>.*\b(?:veel|vaak|regelmatig|weleens|elke dag|iedere dag|"
        r"dagelijks|soms)\b.*)",
        _how_often,
    ),
    rule(
        rf"(?P<v>[\w-]+) {_P} (?:(?:heel|erg|best|echt|zo) )?goed (?P<rest>.+)",
        lambda m: f"Hoe goed {m['v']} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?P<v>verdien|verdient|verdienen) {_P} (?P<rest>(?!(?:heel|erg|best|zo|goed)\b)"
        r"(?!.*\b(?:meer|minder)$).+)",
        lambda m: f"Wat {m['v']} {m['p']} ongeveer {m['rest']}",
    ),
    *shapes.LATE_RULES,
]

# "Ik neem aan dat X": the claim itself, before the general form of the defused question
LAST_RESORT: list[Rule] = [
    rule(
        r"ik (?:gok|denk|neem aan|vermoed) dat (?P<x>.+?)(?:,? (?:toch|niet|hè|of niet))?",
        frames.claim,
    ),
]

FALLBACK: list[Rule] = [
    *LAST_RESORT,
    rule(
        r"(?P<v>(?!ik\b|je\b|jij\b|u\b|we\b|wij\b|ze\b|zij\b|hij\b|het\b|er\b|dat\b|dit\b|de\b|"
        r"een\b|mijn\b|jouw\b|jullie\b|waarom\b|hoe\b|wat\b|wie\b|welke?\b|waar\b|wanneer\b)"
        r"[\w-]+) (?P<rest>.+)",
        lambda m: (
            None
            if m["rest"].split()[0] in frames.FINITE  # "AI gaat…": a subject, no verb, first
            else f"In hoeverre {m['v']} "
            + re.sub(r"\b(?:heel|erg|best|echt|zo|ontzettend|enorm)\s+", "", m["rest"])
        ),
    ),
]

_THAN = r"(?P<x>.+?) (?:\w+ )?(?:zo ?veel|veel|zoveel|stukken) (?:beter|\w+er) (?:is |zijn )?dan"

_CURIOUS = r"ik ben (?:(?:erg|heel|wel|echt|best|zo) )?(?:benieuwd|nieuwsgierig)"

STATEMENT_RULES: list[Rule] = [
    rule(
        r"ik (?:vind|bewonder) (?P<x>.+?)(?: (?:erg|heel|echt|zo))* [\w-]+",
        lambda m: f"Wat kun je vertellen over {m['x']}",
    ),
    rule(
        r"(?P<x>(?:je|jouw|jullie|de|het) [\w -]+?) (?:is|zijn|lijkt|lijken) (?:heel |erg |zo )?"
        r"[\w-]+",
        lambda m: f"Hoe zou je {m['x']} omschrijven",
    ),
    rule(
        r"laat (?:me|mij|ons) (?:(?:iets|wat|meer) )*weten over (?P<x>.+)",
        lambda m: f"Wat kun je vertellen over {m['x']}",
    ),
]
