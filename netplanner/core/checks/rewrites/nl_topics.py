"""Dutch question shapes about the work itself (see ``nl_shapes``).

Tried first. Frames for what job seekers ask about most: support and mentors ("Welke
begeleiding had je hier?"), how things are organised ("Hoe zijn de teams ingedeeld?"),
applying ("Hoe heb je gesolliciteerd?"), the share of the day ("Hoeveel van je dag…"),
contact, pay ("Hoeveel verdien je als…"), busy times, qualities of what one has ("Hoe
flexibel zijn je werktijden?"), feeling valued, preferences ("Wat vind je ervan om … te
werken?"), possibility and freedom in the past ("Hoeveel vrijheid had je om zelf…").
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import nl_frames as frames
from netplanner.core.checks.rewrites.engine import Rule, rule
from netplanner.core.checks.rewrites.words import wordset
from netplanner.core.checks.rewrites.words_nl import (
    NL_ADJECTIVES,
    NL_LOADED,
    nl_infinitive,
    nl_is_adjective,
    nl_is_infinitive,
    nl_is_plural,
    nl_te_infinitive,
)

_P = r"(?P<p>je|jij|u|jullie|ge|gij)"


def _you(m: re.Match[str], verb_je: str, verb_u: str) -> str:
    return f"{verb_u} u" if m["p"] == "u" else f"{verb_je} {m['p']}"


_SUPPORT = r"buddy|mentor|coach|inwerkprogramma|introductie|begeleider|maatje"


def _feel(m: re.Match[str]) -> str | None:
    """ "Voel je je gewaardeerd op je werk" → "Hoe gewaardeerd voel je je op je werk"."""
    adjective = m["adj"]
    if adjective in NL_LOADED or not (nl_is_adjective(adjective) or adjective.startswith("ge")):
        return None
    return f"Hoe {adjective} {m['v']} {m['p']} {m['r']}{m['rest'] or ''}"


def _having_quality(m: re.Match[str]) -> str | None:
    """ "Heb je flexibele werktijden" → "Hoe flexibel zijn je werktijden"."""
    from netplanner.core.checks.rewrites.nl import base

    adjective = base(m["adj"])
    if adjective not in NL_ADJECTIVES or adjective in NL_LOADED:
        return None
    owner = {"je": "je", "jij": "je", "u": "uw", "jullie": "jullie"}[m["p"]]
    be = "zijn" if nl_is_plural(m["n"]) else "is"
    return f"Hoe {adjective} {be} {owner} {m['n']}{m['rest'] or ''}"


_PAST_AUX = wordset("had was werd kon wou wilde moest mocht zou ben heb wil ga")


def _rather(m: re.Match[str]) -> str | None:
    """ "Werk je liever in een klein team" → "Wat vind je ervan om in een klein team te werken"."""
    if m["v"] in frames.FINITE or m["v"] in _PAST_AUX or nl_is_infinitive(m["x"].split()[-1]):
        return None
    verb = nl_te_infinitive(nl_infinitive(m["v"]))
    return f"Wat {'vindt u' if m['p'] == 'u' else 'vind je'} ervan om {m['x']} {verb}"


_ORGANISED = r"ingedeeld|georganiseerd|opgezet|geregeld|verdeeld|gestructureerd|opgebouwd"
_SUPPORT_PEOPLE = r"mentor|coach|buddy|begeleider|maatje|coach of mentor|mentor of coach"


TOPIC_RULES: list[Rule] = [
    rule(
        rf"(?P<v>[\w-]+) {_P} (?:(?:meestal|vaak|gemiddeld) )?het grootste deel van (?:de|je|jouw) "
        r"(?P<n>[\w-]+) (?P<rest>.+)",
        lambda m: (
            f"Hoeveel van {'uw' if m['p'] == 'u' else 'je'} {m['n']} {m['v']} {m['p']} {m['rest']}"
        ),
    ),
    rule(
        rf"(?P<h>heb|hebt|heeft) {_P} (?:(?:toen|destijds|ook) )*(?:via|met|door|op) [\w' -]+? "
        r"(?P<pp>ge\w+[dt]|ge\w+en|\w+ge\w+[dt])",
        lambda m: f"Hoe {m['h']} {m['p']} {m['pp']}",
    ),
    rule(
        rf"(?P<v>zijn|is|waren|was) (?P<np>(?:de|het|je|jullie|die) [\w-]+) (?:(?:per|naar|op|in|"
        rf"volgens) [\w' -]+ )?(?P<pp>{_ORGANISED})",
        lambda m: f"Hoe {m['v']} {m['np']} {m['pp']}",
    ),
    rule(
        rf"(?P<h>had|heb|hebt|heeft) {_P} (?P<adv>(?:hier|daar|toen|in het begin) )?"
        rf"(?:een |ooit een )?(?:{_SUPPORT_PEOPLE})(?: gehad)?(?P<rest> (?:hier|bij|toen|in)\b.*)?",
        lambda m: (
            (
                f"Welke begeleiding {m['h']} {m['p']} {(m['adv'] or '').strip()}"
                f"{'gehad' if m.group(0).rstrip().endswith('gehad') else ''}{m['rest'] or ''}"
            )
            .replace("  ", " ")
            .strip()
        ),
    ),
    rule(
        rf"(?P<h>heb|hebt|heeft|hebben) {_P} (?:nog |ook )*contact met (?P<x>.+)",
        lambda m: f"Hoeveel contact {m['h']} {m['p']} nog met {m['x']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:vast |toch )*(?P<adv>hard|lang) moeten (?P<v>[\w-]+)"
        r"(?P<rest> .+)?",
        lambda m: (
            f"Hoe {m['adv']} {'heeft' if m['p'] == 'u' else 'heb'} {m['p']} moeten "
            f"{m['v']}{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:toch |vast )*(?:geen |wel |ook )?zin (?P<x>om .+)",
        lambda m: f"Hoe {_you(m, 'sta', 'staat')} tegenover het idee {m['x']}",
    ),
    rule(
        r"zou (?P<x>(?:een|de|het|zo'n) [\w' -]+?) (?:(?:je|jou|me|mij) )?(?:echt )?helpen"
        r"(?P<rest> .+)?",
        lambda m: (
            f"Hoeveel zou {m['x']} {'me ' if ' me ' in m.group(0) + ' ' else ''}helpen"
            f"{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} het (?:(?:vast|toch|erg|heel|best|nogal) )*druk "
        r"(?P<rest>(?:met|in|tijdens|rond) .+)",
        lambda m: f"Hoe druk {'bent u' if m['p'] == 'u' else 'ben ' + m['p']} {m['rest']}",
    ),
    rule(
        rf"(?:verdien|verdient) {_P} (?:veel |een stuk |wel |flink )?(?:meer|minder) "
        r"(?P<x>(?:als|bij|in) .+)",
        lambda m: f"Hoeveel {'verdient u' if m['p'] == 'u' else 'verdien ' + m['p']} {m['x']}",
    ),
    rule(
        r"(?:heb|hebt|heeft|hebben) (?P<p>je|jij|u|jullie) (?:(?:echt|ook) )?(?P<adj>[\w-]+e) "
        r"(?P<n>[\w-]+)(?P<rest> (?:hier|bij|in|op|voor)\b.*)?",
        _having_quality,
    ),
    rule(
        r"wist (?P<p>je|jij|u) (?:(?:altijd al|altijd|al vroeg|meteen|direct|al) )?dat (?P<x>.+)",
        lambda m: f"Wanneer wist {m['p']} dat {m['x']}",
    ),
    rule(
        r"(?P<v>investeert|investeren|besteedt|besteden) (?P<np>(?:het|de|je|jouw|jullie) [\w-]+|"
        r"jullie) (?:veel |flink )?(?:geld )?(?P<prep>in|aan) (?P<x>.+)",
        lambda m: f"Hoeveel {m['v']} {m['np']} {m['prep']} {m['x']}",
    ),
    rule(
        rf"(?P<v>reis|reist|reizen|vergader|vergadert|presenteer|presenteert|bel|belt) {_P} "
        r"(?:(?:ook|veel|vaak|weleens) )*(?P<rest>(?:voor|naar|met|in|bij)\b.+)",
        lambda m: f"Hoe vaak {m['v']} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?P<v>werk|werkt|werken) {_P} (?:(?:vooral|meestal|vaak|veel) )*"
        r"(?P<rest>(?:op kantoor|thuis|op afstand|op locatie|hybride|bij de klant)\b.*)",
        lambda m: f"Hoeveel {m['v']} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?P<v>[\w-]+) {_P} (?:(?:eigenlijk|ook|zelf) )*liever (?P<x>.+)",
        _rather,
    ),
    rule(
        rf"(?:verdien|verdient|verdienen) {_P} (?P<x>(?:in|bij|als|op) [\w' -]+?) (?:niet |veel |"
        r"een stuk |wel )*(?:meer|minder)",
        lambda m: f"Hoeveel {'verdient u' if m['p'] == 'u' else 'verdien ' + m['p']} {m['x']}",
    ),
    rule(
        r"(?P<v>wordt|werd) er (?P<x>(?:[\w'-]+ ){0,3}?)(?:heel |erg |best )?veel "
        r"(?P<pp>\w*ge\w+[dt])",
        lambda m: f"Hoeveel {m['v']} er {m['x']}{m['pp']}",
    ),
    rule(
        r"(?:kan|kun) ik (?P<rest>.+)",
        lambda m: (
            f"Hoe makkelijk zou het zijn om {clause}"
            if (clause := frames.infinitive_clause(m["rest"].split()))
            else None
        ),
    ),
    rule(
        rf"(?:kon|konden) {_P} (?P<zelf>zelf )?(?P<rest>.+)",
        lambda m: (
            (
                f"Hoeveel vrijheid had {m['p']} om zelf {clause}"
                if m["zelf"]
                else f"Hoe makkelijk was het om {clause}"
            )
            if (clause := frames.infinitive_clause(m["rest"].split()))
            else None
        ),
    ),
    rule(
        r"zou ik (?P<x>(?:als|bij|in) [\w' -]+? )?(?:veel |wel |nog )?meer (?P<n>[\w-]+) "
        r"(?:hebben|krijgen|verdienen)",
        lambda m: f"Hoeveel {m['n']} zou ik {m['x'] or ''}hebben",
    ),
    rule(
        rf"(?:krijgen|krijgt|kregen) (?P<np>nieuwe (?:medewerkers|collega's|mensen|starters)|"
        rf"starters|stagiairs|trainees|junioren) (?:een|ook een) (?:{_SUPPORT})",
        lambda m: f"Welke begeleiding {m.group(0).split()[0]} {m['np']}",
    ),
    rule(
        rf"(?P<v>voel|voelt|voelde) {_P} (?P<r>je|u|zich) (?:(?:erg|echt|wel|heel) )*"
        r"(?P<adj>[\w-]+)(?P<rest> .+)?",
        _feel,
    ),
]
