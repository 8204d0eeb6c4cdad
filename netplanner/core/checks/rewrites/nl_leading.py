"""Dutch rewrites of leading questions (see ``nl``).

Loaded, presumptive and agreement-seeking questions get their own open forms ("Hoe
geweldig is het om…" → "Hoe is het om…"); anything else is *defused* — tags, "toch",
"vast", "niet" taken out, "je werkt" turned into "werk je" — and rewritten as the closed
question left.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites.engine import Rule, rule, words_pattern
from netplanner.core.checks.rewrites.nl_frames import main_clause
from netplanner.core.checks.rewrites.words_nl import (
    NL_ADJECTIVES,
    NL_LOADED,
    NL_VALENCED,
    nl_article,
    nl_is_adjective,
)


def _base(adjective: str) -> str:
    from netplanner.core.checks.rewrites.nl import base

    return base(adjective)


_P = r"(?P<p>je|jij|u|jullie|ge|gij)"
_PN = r"(?:je|jij|u|jullie|ge|gij)"
_MORE_LOADED = r"erg|ellendig|afschuwelijk|rampzalig|heftig|zwaar|leuk|gaaf|geweldig"
_LOADED = words_pattern(
    "geweldig fantastisch prachtig heerlijk super vreselijk verschrikkelijk gaaf tof fijn "
    "leuk mooi top schitterend spannend"
)
_VERB_JE = {
    "verdient": "verdien", "werkt": "werk", "hebt": "heb", "bent": "ben", "vindt": "vind",
    "zit": "zit", "doet": "doe", "gaat": "ga", "krijgt": "krijg", "moet": "moet",
    "kunt": "kun", "wilt": "wil", "reist": "reis", "mist": "mis",
}  # fmt: skip


LEADING_RULES: list[Rule] = [
    rule(
        r"waarom (?:is|zijn) (?P<x>.+?) (?:de|het) (?:meest \w+|\w+ste|beste)"
        r"(?: [\w-]+)?(?: (?:van|in|op|om|voor) .+)?",
        lambda m: f"Hoe zou je {m['x']} omschrijven",
    ),
    rule(
        r"(?:is|zijn) (?P<x>(?:het|de|je|jouw|jullie|dit|dat) [\w -]+?) (?:niet|toch) "
        r"(?:(?:wat|een beetje|te|erg|best) )?(?:laag|hoog|lang|kort|slecht|klein|traag|veel|"
        r"weinig|duur)(?P<rest> (?:voor|bij|in|gezien) .+)?",
        lambda m: f"Wat vind je van {m['x']}{m['rest'] or ''}",
    ),
    rule(
        r"(?:vind|vindt|denk|denkt) (?:je|jij|u) (?:ook )?niet dat (?P<x>[\w -]+?) "
        r"(?:slecht|goed|verkeerd|matig) (?P<pp>ge\w+) (?P<v>worden|wordt)",
        lambda m: f"Wat vind je van hoe {m['x']} {m['pp']} {m['v']}",
    ),
    rule(
        r"(?:ik (?:neem aan|gok|denk|vermoed) dat )?(?P<x>(?:het|de|je|jouw|jullie) [\w -]+?) "
        r"(?:is|zijn) (?P<y>(?:de|het) [\w -]+?) (?:toch |wel |vast )*waard",
        lambda m: f"Hoe weeg je {m['x']} af tegen {m['y']}",
    ),
    rule(
        r"(?:ik (?:neem aan|gok|denk|vermoed) dat |toch |vast )(?P<x>(?:het|de|je|jouw|jullie) "
        r"[\w -]+?) (?:(?:toch|vast|wel|best|heel|erg|zo|echt|vrij|nogal|behoorlijk|redelijk|"
        r"tamelijk) )*(?P<adj>[\w-]+) (?P<v>is|zijn)",
        lambda m: (
            None  # a neutral dimension: "Hoe jong is het team" (the copular frame)
            if m["adj"] in NL_ADJECTIVES and m["adj"] not in NL_LOADED | NL_VALENCED
            else f"Hoe {m['v']} {m['x']}"
        ),
    ),
    rule(
        r"(?P<v>is|was) het (?:niet|toch) (?:(?:erg|heel|een beetje|best|ontzettend) )?"
        r"(?P<adj>[\w-]+) (?P<rest>(?:om|als|wanneer) .+)",
        lambda m: (
            f"Wat vind je ervan {m['rest']}"
            if m["adj"] in NL_LOADED and m["rest"].startswith("om ")
            else f"Hoe {m['v'].lower()} het {m['rest']}"
            if m["adj"] in NL_LOADED or not nl_is_adjective(m["adj"])
            else f"Hoe {m['adj']} {m['v'].lower()} het {m['rest']}"
        ),
    ),
    rule(
        r"(?:ik (?:neem aan|gok|denk|vermoed) dat )?(?P<p>je|jij|u) (?:toch |vast )*spijt "
        r"(?:hebt|heeft) (?:van )?dat (?P<x>.+)",
        lambda m: f"Hoe kijk {m['p']} erop terug dat {m['x']}",
    ),
    rule(
        r"zou het (?:niet|toch) (?:(?:veel|een stuk) )?(?:beter|slimmer|verstandiger|handiger|"
        r"makkelijker|logischer|verstandig|slim|handig|goed|nuttig|logisch) zijn (?P<rest>om .+)",
        lambda m: f"Wat vind je van het idee {m['rest']}",
    ),
    rule(
        rf"hoe {_LOADED} (?P<v>is|was) (?P<rest>het .+)",
        lambda m: f"Hoe {m['v']} {m['rest']}",
    ),
    rule(
        rf"hoe (?:{_LOADED}|{_MORE_LOADED}) (?P<v>is|was|zijn|waren) (?P<rest>(?:de|die|dat|deze|"
        r"je|jullie|jouw) .+)",
        lambda m: f"Hoe {m['v']} {m['rest']}",
    ),
    rule(
        r"(?:ik (?:neem aan|gok|denk|vermoed) dat )?(?P<x>(?!ik\b|je\b|jij\b)[\w' -]+?) "
        r"(?:telt|tellen|weegt|wegen|is|zijn) (?:toch |vast |zeker )*(?:veel |zo |wel )?"
        r"(?:zwaarder|meer|belangrijker|waardevoller) (?:mee )?dan (?P<y>.+)",
        lambda m: f"Hoe weeg je {m['x']} af tegen {m['y']}",
    ),
    rule(
        r"(?:ik (?:neem aan|gok|denk|vermoed) dat )?(?P<x>(?!ik\b|je\b|jij\b|het\b)[\w' -]+?) "
        r"(?:is|zijn) (?:toch |vast |zeker )*(?:veel |zo |wel |stukken )?\w+er dan (?P<y>.+)",
        lambda m: f"Hoe vergelijk je {m['x']} met {m['y']}",
    ),
    rule(
        r"(?P<x>(?!ik\b|je\b|jij\b|het\b|dat\b|dit\b|de\b|een\b)[\w' -]+?) (?:is|zijn) "
        r"(?:toch |vast |zeker |best |erg |nogal |heel |echt )*(?P<adj>[\w-]+)",
        lambda m: (
            f"Wat vind je van {m['x']}"
            if m["adj"] in NL_LOADED | NL_VALENCED or m["adj"] not in NL_ADJECTIVES
            else f"Hoe {m['adj']} is {m['x']}"
        ),
    ),
    rule(
        r"(?P<x>(?:dat|het|de|die) [\w-]+) (?:gaat|gaan|zal|zullen) (?P<pp>(?:na|op|over) .+? )?"
        r"(?:toch |vast )*(?:vervelen|tegenvallen|saai worden)",
        lambda m: f"Hoe bevalt {m['x']}{' ' + m['pp'].strip() if m['pp'] else ''}",
    ),
    rule(
        r"(?:dat|dit|het) is (?:toch |vast )*geen (?P<n>[\w-]+) (?P<rest>(?:voor|bij|in) .+)",
        lambda m: (
            f"Wat vind je van {'dit' if nl_article(m['n']) == 'het' else 'deze'} {m['n']} "
            f"{m['rest']}"
        ),
    ),
    rule(
        r"waarom (?:is|zijn) (?P<x>.+?) (?:de|het) (?:aller)?(?:beste|leukste|mooiste|fijnste) "
        r"(?P<n>[\w-]+)(?: (?:van|in|op) .+)?",
        lambda m: f"Hoe zou je {m['x']} als {m['n']} omschrijven",
    ),
    rule(
        r"(?:waarom (?:is|zijn)|wat maakt) (?P<x>.+?) (?:zo ?veel|zoveel|veel|stukken) "
        r"(?:\w+ )?(?:beter|\w+er) dan (?P<y>.+)",
        lambda m: f"Hoe verhoudt {m['x']} zich tot {m['y']}",
    ),
    rule(
        rf"(?:vind|vindt|denk|denkt) {_P} (?:(?:ook|niet|eigenlijk|zelf|toch) )*dat "
        r"(?P<x>(?:[\w'-]+ ){0,3}?[\w'-]+) (?:veel |zo |echt )?(?:beter|slechter|\w+er) "
        r"(?:is|zijn)",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} van {m['x']}",
    ),
    rule(
        rf"(?:(?:ben|bent|zijn) {_PN} het|{_PN} (?:bent|zijt) het|(?:zou|zoudt) {_PN} "
        r"(?:niet |ook )*zeggen) (?:(?:niet|ook|toch|"
        r"met (?:me|mij)) )*(?:eens )?(?:met (?:me|mij) )?dat (?P<x>.+?) (?:beter|\w+er) "
        r"(?:is )?dan (?P<y>.+?)(?: is)?",
        lambda m: f"Hoe vergelijk je {m['x']} met {m['y']}",
    ),
    rule(
        rf"(?:vind|vindt|denk|denkt|zou|zoudt) {_PN} (?:(?:ook|niet|eigenlijk|zelf|toch) )*"
        r"(?:zeggen )?dat "
        r"(?P<x>(?:[\w'-]+ ){0,3}?[\w'-]+) (?:(?:meestal|vaak|echt|heel|zo|te|best|gewoon) )*"
        r"(?P<adj>[\w-]+) (?:is|zijn)",
        lambda m: f"Wat vind je van {m['x']}" if m["adj"] in NL_LOADED else None,
    ),
    rule(
        r"(?P<x>(?!ik\b|je\b|jij\b)[\w'-]+(?: [\w'-]+){0,3}?) (?P<v>gaat|gaan|zal|zullen) "
        r"(?:toch |vast |zeker )*(?P<rest>.+) (?P<inf>[\w-]+en)",
        lambda m: f"Hoe waarschijnlijk is het dat {m['x']} {m['rest']} {m['v']} {m['inf']}",
    ),
    rule(
        rf"(?:(?:ben|bent|zijn) {_PN} het|{_PN} (?:bent|zijt) het|(?:vind|vindt|denk|denkt) "
        rf"{_PN}|(?:zou|zoudt) {_PN} (?:niet |ook )*zeggen) "
        r"(?:(?:niet|ook|toch|met (?:me|mij)|zelf|eigenlijk) )*(?:eens )?"
        r"(?:met (?:me|mij) )?dat (?P<x>.+)",
        lambda m: f"Wat vind je van het idee dat {m['x']}",
    ),
    rule(
        r"(?:is|het is) (?:het )?(?:niet |toch )*(?:zo|waar|een feit|duidelijk|logisch|evident) "
        r"dat (?P<x>.+)",
        lambda m: f"Wat vind je van het idee dat {m['x']}",
    ),
    rule(
        r"(?:dit|dat|het) is (?:toch |vast |zeker |natuurlijk )*(?:de|het) (?:aller)?"
        r"(?:mooiste|leukste|beste|fijnste) (?P<n>[\w-]+)(?: .+)?",
        lambda m: (
            f"Wat vind je van dit {m['n']}"
            if m["n"] in ("vak", "werk", "beroep")
            else f"Wat vind je van deze {m['n']}"
        ),
    ),
    rule(
        r"(?:dit|dat|het) is (?:toch |vast |zeker |natuurlijk )*de meest (?P<adj>[\w-]+) "
        r"(?P<n>[\w-]+)(?: .+)?",
        lambda m: (
            f"Hoe {_base(m['adj'])} is {'dit' if nl_article(m['n']) == 'het' else 'deze'} {m['n']}"
        ),
    ),
    rule(
        r"het (?P<adj>\w+ste) (?:is|zijn) .+",
        lambda m: f"Wat is voor jou het {m['adj']}",
    ),
    rule(
        rf"(?:ik (?:gok|denk|neem aan|vermoed) dat )?(?P<x>(?:het|de|je|jouw|jullie) [\w -]+?) "
        rf"(?:toch |vast )?{_LOADED} (?:is|zijn)",
        lambda m: f"Hoe is {m['x']}",
    ),
    rule(
        rf"(?:mis|mist|missen) {_P} (?P<x>.+) (?:niet|nooit)",
        lambda m: f"Hoe kijk {m['p']} terug op {m['x']}",
    ),
]

_TAG = re.compile(
    r",?\s+(?:toch|niet|hè|he|nietwaar|toch niet|toch zeker|klopt dat|klopt toch|of niet|"
    r"zeker weten|right)\s*$",
    re.IGNORECASE,
)
_MARKERS = re.compile(
    r"^(?:ik (?:gok|denk|neem aan|vermoed|wed|verwacht|veronderstel|schat) dat)\s+|"
    r"\s+\b(?:toch|vast|zeker|natuurlijk|"
    r"ongetwijfeld|uiteraard)\b",
    re.IGNORECASE,
)


_SUBORDINATE = re.compile(
    r"^ik (?:gok|denk|neem aan|vermoed|wed|verwacht|veronderstel|schat) dat\s+", re.IGNORECASE
)


def strip_markers(text: str) -> str:
    """Without tags and markers: "Ik gok dat het verkeer vreselijk is, niet" → "het verkeer
    vreselijk is"."""
    plain = _MARKERS.sub("", _TAG.sub("", text)).strip()
    return plain[:1].lower() + plain[1:] if plain[1:2].islower() else plain


def defuse(text: str) -> str:
    """A leading question as the plain yes/no question under it:
    "Je werkt vast heel veel over, toch" → "werk je heel veel over"."""
    subordinate = _SUBORDINATE.match(_TAG.sub("", text).strip())
    plain = strip_markers(text)
    plain = re.sub(r"\s+(?:niet|nooit)\b", "", plain, count=1)
    if subordinate:  # "ik neem aan dat je veel moet netwerken" → "moet je veel netwerken"
        main = main_clause(plain)
        if not main:
            return plain
        words = main.split()
        if len(words) > 1 and words[1] in ("je", "jij"):
            words[0] = _verb_before_je(words[0])
        return " ".join(words)
    plain = re.sub(r"^(het|dit|dat) moet (.+) zijn(?P<rest> om .+)?$", r"is \1 \2\g<rest>", plain)
    plain = re.sub(r"^het verdient ", "verdien je ", plain)  # "het verdient goed" (impersonal)
    plain = re.sub(r"^(het|dit|dat) (is|was) ", r"\2 \1 ", plain)
    plain = re.sub(
        r"^((?:de|het|je|jouw|jullie|uw|die|deze|mijn|dat|dit) (?:[\w'-]+ ){0,3}?[\w'-]+) "
        r"(is|zijn|was|waren) ",
        r"\2 \1 ",
        plain,
    )
    noun_subject = re.match(
        r"^((?:de|het|je|jouw|jullie|uw|die|deze|dit|dat|mijn) [\w'-]+(?: [\w'-]+)?) "
        r"(\w+(?:t|en)) (.+)$",
        plain,
    )
    if noun_subject and noun_subject.group(1).split()[0] not in ("je", "jullie"):
        # "het team werkt op afstand" → "werkt het team op afstand"
        subject, verb, rest = noun_subject.groups()
        if verb not in ("niet", "echt", "heel", "best", "toen", "even", "meestal"):
            return f"{verb} {subject} {rest}"
    match = re.match(r"^(je|jij|u|ge|gij|jullie) (\w+) (.+)$", plain)
    if match:
        pronoun, verb, rest = match.groups()
        verb = _verb_before_je(verb) if pronoun in ("je", "jij") else verb
        return f"{verb} {pronoun} {rest}"
    return plain


_STEM_ENDS_IN_T = frozenset(
    {"moet", "weet", "laat", "praat", "zit", "zet", "eet", "let", "wacht", "richt", "test"}
    | {"start", "haat", "bijt"}
)


def _verb_before_je(verb: str) -> str:
    """ "je werkt" → "werk je", "je vindt" → "vind je": the -t goes after inversion."""
    if verb in _VERB_JE:
        return _VERB_JE[verb]
    if verb.endswith("dt"):
        return verb[:-1]
    if verb.endswith("t") and len(verb) > 3 and verb not in _STEM_ENDS_IN_T:
        return verb[:-1]
    return verb
