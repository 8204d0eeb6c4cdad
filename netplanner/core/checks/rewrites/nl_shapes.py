"""Dutch question shapes with a safe open frame each (see ``nl``).

The Dutch counterpart of ``en_shapes``, tried before the older,
phrase-bound rules: an outcome ("Heeft je stage tot deze baan geleid" → "Welke rol speelde
je stage bij…"), a feeling or dislike ("Raak je niet gefrustreerd door…", "Heb je geen hekel
aan…" → "Hoe ga je om met…"), looking back ("…blij dat…", "…getwijfeld aan…", "…opnieuw
doen" → "Hoe kijk je … terug…"), an idea ("Heb je er weleens aan gedacht om…" → "Hoe sta je
tegenover het idee om…"), worth and enough ("Wat levert … op?", "Hoeveel helpt … om…?"),
what an employer offers ("Hoe zit het bij … met…?"), manner and frequency for any subject
("Hoe nauw werk je…", "Hoe vaak bellen klanten…"), and a predicate with "moeten"
("Hoe bereikbaar moet je … zijn?"). ``LATE_RULES`` come after the older rules: possibility
("Hoe makkelijk is het om … te …?"), freedom and having.
"""

from __future__ import annotations

import re

from netplanner.core.checks.rewrites import nl_frames as frames
from netplanner.core.checks.rewrites.engine import Rule, rule
from netplanner.core.checks.rewrites.words_nl import (
    NL_LOADED,
    nl_article,
    nl_infinitive,
    nl_is_adjective,
    nl_te_infinitive,
)

_P = r"(?P<p>je|jij|u|jullie|ge|gij)"
_FEELINGS = (
    r"(?:moe|gefrustreerd|gestrest|geïrriteerd|chagrijnig|zenuwachtig|nerveus|onzeker|"
    r"verveeld|moedeloos|gek|doodmoe|geërgerd|boos)"
)
_PARTICIPLE = re.compile(
    r"ge\w{2,}[dt]$|(?:gedaan|gehad|gezien|gegeven|gekregen|genomen|gevonden|gelezen|"
    r"geschreven|gesproken|gekozen|gebleven|gegaan|gekomen|gezeten|gestaan|gelopen)$"
)

_MANNER = r"nauw|intensief|direct|zelfstandig"
_FREQUENCY = r"weleens|wel eens|vaak|soms|regelmatig|ooit|geregeld|constant"
_IDIOMS = re.compile(r"^(?:een |geen )?(?:hekel|spijt|zin|last|moeite|behoefte|plezier|idee)\b")


def _you(m: re.Match[str], verb_je: str, verb_u: str) -> str:
    return f"{verb_u} u" if m["p"] == "u" else f"{verb_je} {m['p']}"


def _must_be(m: re.Match[str]) -> str | None:
    """ "Moet je buiten kantoortijd bereikbaar zijn" → "Hoe bereikbaar moet je buiten
    kantoortijd zijn"."""
    if not nl_is_adjective(m["adj"]) or m["adj"] in NL_LOADED:
        return None
    return f"Hoe {m['adj']} moet {m['p']} {m['x']} zijn".replace("  ", " ")


def _having(m: re.Match[str]) -> str | None:
    if _PARTICIPLE.search(m["np"]) or _IDIOMS.match(m["np"]):
        return None
    return frames.having(m)


_DEVELOP = r"groeit|groeien|krimpt|krimpen|verandert|veranderen|ontwikkelt|ontwikkelen"
_SURPRISE = r"verrast|teleurgesteld|onder de indruk|geschrokken|verbaasd|blij verrast"


def _develops(m: re.Match[str]) -> str:
    """ "Groeit jullie team op dit moment" → "Hoe ontwikkelt jullie team zich op dit moment"."""
    plural = m["v"].endswith("en")
    verb = "ontwikkelen" if plural else "ontwikkelt"
    return f"Hoe {verb} {m['s']} zich{m['rest'] or ''}"


def _would_say(m: re.Match[str]) -> str | None:
    """ "Zou je zeggen dat de cultuur vrij formeel is" → "Hoe formeel is de cultuur volgens
    jou"."""
    if not nl_is_adjective(m["adj"]) or m["adj"] in NL_LOADED:
        return None
    return f"Hoe {m['adj']} {m['v']} {m['np']} volgens {'u' if m['p'] == 'u' else 'jou'}"


SHAPE_RULES: list[Rule] = [
    rule(
        r"(?:was|is) (?P<x>[\w' -]+?) een (?:(?:erg|heel|echt) )?(?:goede|slimme|verstandige|"
        r"juiste) (?:beslissing|keuze|zet|stap)",
        lambda m: (
            f"Hoe kijk je terug op {m['x']}"
            if m.group(0).startswith("was")
            else f"Wat vind je van {m['x']}"
        ),
    ),
    rule(
        r"(?P<v>wordt|worden|werd|werden) (?P<x>(?!er\b|het\b)[\w' -]+?) "
        r"(?P<pp>(?:\w+)?ge\w+[dt]|betaald|vergoed)",
        lambda m: f"Hoe vaak {m['v']} {m['x']} {m['pp']}",
    ),
    rule(
        rf"(?P<v>[\w-]+) {_P} (?:(?:erg|heel|best) )?veel van (?P<x>(?:je|jouw|jullie|het|de) "
        r"[\w-]+) (?P<rest>.+)",
        lambda m: f"Hoeveel van {m['x']} {m['v']} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:(?:ooit|weleens|wel eens|al) )*te maken gehad met (?P<x>.+)",
        lambda m: f"Welke ervaring {'heeft' if m['p'] == 'u' else 'heb'} {m['p']} met {m['x']}",
    ),
    rule(
        r"zou (?:het|dat) (?:echt |veel )?helpen (?P<x>(?:als|om|wanneer) .+)",
        lambda m: f"Hoeveel zou het helpen {m['x']}",
    ),
    rule(
        r"(?P<v>hebben|zijn|komen|werken|doen) de meeste (?P<n>[\w'-]+) (?P<rest>.+)",
        lambda m: f"Hoeveel {m['n']} {m['v']} {m['rest']}",
    ),
    rule(
        r"(?P<v>werkt|werken) (?P<np>(?:het|de|je|jullie|jouw) [\w-]+|jullie|mensen) "
        r"(?P<rest>(?:op afstand|thuis|hybride|op kantoor|op locatie)\b.*)",
        lambda m: f"Hoeveel {m['v']} {m['np']} {m['rest']}",
    ),
    rule(
        rf"(?:zou|wil|wilt) {_P} (?:(?:ooit|nooit|nog|meer|weer) )*terug (?:willen |gaan |"
        r"willen gaan )?naar (?P<x>.+)",
        lambda m: (
            f"Hoe {'staat u' if m['p'] == 'u' else 'sta je'} tegenover een terugkeer naar {m['x']}"
        ),
    ),
    rule(
        rf"(?P<v>{_DEVELOP}) (?P<s>(?:de|het|je|jouw|jullie|uw|deze|die) [\w'-]+(?: [\w'-]+)?)"
        r"(?: niet)?(?P<rest> (?:op|in|nu|de|sinds|tegenwoordig)\b.*)?",
        _develops,
    ),
    rule(
        rf"(?:kreeg|kregen|krijg|krijgt) {_P} (?:(?:ook|toen|nog) )*(?:een |ook een )?"
        r"(?P<n>(?!veel\b)[\w-]+)(?P<rest> (?:toen|bij|in|van|tijdens|na)\b.+)?",
        lambda m: (
            f"Welke {m['n']} {'kreeg' if m.group(0).startswith('kreeg') else 'krijg'} "
            f"{m['p']}{m['rest'] or ''}"
        ),
    ),
    rule(
        rf"(?P<v>was|waren|ben|bent|is) {_P} (?:(?:erg|echt|heel|wel|niet) )*(?:{_SURPRISE}) "
        r"(?:door|over|van) (?P<x>.+)",
        lambda m: f"Wat {'vond' if m['v'] in ('was', 'waren') else 'vind'} {m['p']} van {m['x']}",
    ),
    rule(
        r"(?P<v>duurde|duurt|kostte|kost) het (?:erg |heel |nogal )?(?:lang|veel tijd) "
        r"(?P<rest>(?:voordat|voor|om|eer|tot) .+)",
        lambda m: f"Hoe lang {m['v']} het {m['rest']}",
    ),
    rule(
        r"(?:is|was) (?P<x>[A-Z][\w-]*) (?P<n>(?:de|het) .+)",
        lambda m: f"Wat is {m['n']}",
    ),
    rule(
        rf"(?:zou|zoudt) {_P} (?:niet |ook )?zeggen dat (?P<np>(?:de|het|je|jullie|jouw) [\w -]+?) "
        r"(?:(?:vrij|erg|heel|best|nogal|redelijk) )*(?P<adj>[\w-]+) (?P<v>is|zijn)",
        _would_say,
    ),
    rule(
        r"(?:zou|moet) ik (?:niet )?(?:beter|liever) (?P<x>.+?) (?:kunnen |moeten )?"
        r"(?P<inf>[\w-]+en)",
        lambda m: f"Wat vind je van het idee om {m['x']} {nl_te_infinitive(m['inf'])}",
    ),
    rule(
        r"(?:verveel|verveelt) (?P<p>je|jij|u|ge|gij) (?:je|u|zich|jezelf)(?: (?:nooit|weleens|"
        r"wel eens|ooit|soms))?",
        lambda m: f"Hoe afwisselend is {'uw' if m['p'] in ('u', 'ge', 'gij') else 'je'} werk",
    ),
    rule(
        rf"(?:maak|maakt) {_P} (?:je|u|zich) (?:(?:geen|niet|nooit|weleens) )*zorgen "
        r"(?P<c>over|dat) (?P<x>.+)",
        lambda m: (
            f"Hoe kijk {m['p']} ertegenaan dat {m['x']}"
            if m["c"] == "dat"
            else f"Hoe kijk {m['p']} aan tegen {m['x']}"
        ),
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:(?:echt|ook|al) )*veel (?P<pp>\w*ge\w{{2,}}[dt]|ge\w{{2,}}en)"
        r"(?P<rest> .+)?",
        lambda m: (
            f"Hoeveel {'heeft' if m['p'] == 'u' else 'heb'} {m['p']} {m['pp']}{m['rest'] or ''}"
        ),
    ),
    rule(
        r"(?P<v>[\w-]+) (?P<s>(?:de|het|je|jouw|jullie|deze|die|uw) [\w-]+) (?:ook )?veel "
        r"(?P<n>[\w-]+)(?P<rest> .+)?",
        lambda m: f"Hoeveel {m['n']} {m['v']} {m['s']}{m['rest'] or ''}",
    ),
    rule(
        r"(?P<v>[\w-]+) (?P<s>(?!het\b|er\b)[\w'-]+(?: [\w'-]+)?) (?P<adv>(?:(?:hier|daar|"
        r"meestal|vaak|gemiddeld) )*)lang(?P<rest> .+)?",
        lambda m: f"Hoe lang {m['v']} {m['s']} {m['adv']}{(m['rest'] or '').strip()}".strip(),
    ),
    rule(
        r"(?:heeft|hebben|had) (?P<x>(?:je|jouw|de|het|een|die|deze|uw|jullie) [\w' -]+?) "
        r"(?:je |jou |u )?(?:direct )?tot (?P<y>.+?) geleid",
        frames.lead_to,
    ),
    rule(
        rf"(?:word|wordt|raak|raakt|ben|bent|werd|raakte) (?P<p>je|jij|u) (?:(?:niet|nooit|"
        rf"weleens|wel eens|soms|ooit|vaak) )*(?:(?:erg|heel|zo) )?{_FEELINGS} "
        r"(?:van|door|om|over|met|bij) (?P<x>.+)",
        frames.feeling,
    ),
    rule(
        r"(?:verveel|verveelt) (?P<p>je|jij|u) (?:je|zich) (?:(?:niet|nooit|weleens|wel eens|"
        r"soms|ooit|vaak) )*(?:met|bij|door) (?P<x>.+)",
        frames.feeling,
    ),
    rule(
        r"(?:ben|bent|was) (?P<p>je|jij|u) (?:(?:nu|nog steeds|echt|wel|achteraf) )*"
        r"(?:blij|tevreden|gelukkig) (?:mee )?dat (?P<x>.+)",
        lambda m: f"Hoe kijk {m['p']} erop terug dat {m['x']}",
    ),
    rule(
        r"(?:vond|vonden) (?P<p>je|jij|u|jullie) het (?P<pp>(?:in|aan|bij|op) (?:het|de) \w+ )?"
        r"(?:(?:erg|heel|echt|best|wel|zo) )*(?P<adj>[\w-]+) (?P<rest>om .+)",
        lambda m: (
            f"Hoe was het {m['pp'] or ''}{m['rest']}"
            if m["adj"] in NL_LOADED
            else f"Hoe {m['adj']} was het {m['pp'] or ''}{m['rest']}"
        ),
    ),
    rule(
        r"(?:vond|vonden) (?P<p>je|jij|u|jullie) (?P<x>(?!het\b).+?) (?:(?:erg|heel|echt|best|"
        r"wel|zo|niet) )*[\w-]+",
        lambda m: f"Wat vond {m['p']} van {m['x']}",
    ),
    rule(
        rf"(?:moet|moeten) {_P} (?P<x>(?:een|de|het|\w+e) .+?) hebben"
        r"(?P<rest> (?:voor|om|in|bij) .+)?",
        lambda m: f"Hoe belangrijk is {m['x']}{m['rest'] or ''}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:(?:ooit|weleens|wel eens|nooit|achteraf) )*getwijfeld "
        r"(?:aan|over) (?P<x>.+)",
        lambda m: f"Hoe kijk {m['p']} nu terug op {m['x']}",
    ),
    rule(
        rf"(?:houd|hou|houdt|houden) {_P} (?:(?:echt|erg|wel|ook|nog steeds) )*van (?P<x>.+)",
        lambda m: f"Wat {'vindt' if m['p'] == 'u' else 'vind'} {m['p']} van {m['x']}",
    ),
    rule(
        rf"(?:denk|denkt|verwacht|verwachten) {_P} (?:(?:echt|ook) )*dat (?P<x>.+ "
        r"(?:gaat|gaan|zal|zullen) .+)",
        lambda m: (
            f"Hoe waarschijnlijk is het volgens {'u' if m['p'] == 'u' else 'jou'} dat {m['x']}"
        ),
    ),
    rule(
        r"(?:zou|zoudt|zouden) (?P<p>je|jij|u|jullie) (?P<x>.+?) (?:aanraden|aanbevelen|"
        r"adviseren)",
        frames.recommend,
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:(?:niet|geen|toch|echt) )*(?:een )?hekel aan (?P<x>.+)",
        frames.feeling,
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:er )?(?:(?:weleens|wel eens|ooit|nooit|al) )*"
        r"(?:aan gedacht|over gedacht|overwogen|erover nagedacht|over nagedacht) (?P<x>om .+)",
        lambda m: f"Hoe {_you(m, 'sta', 'staat')} tegenover het idee {m['x']}",
    ),
    rule(
        rf"(?:zou|zoudt) {_P} (?:het|dit|dat|dezelfde keuze) (?:allemaal |alles )?(?:opnieuw|"
        r"nog een keer|weer|nog eens) (?:doen|maken|kiezen)",
        lambda m: f"Hoe {_you(m, 'kijk', 'kijkt')} nu terug op die keuze",
    ),
    rule(
        rf"(?:zou|zoudt) {_P} (?:opnieuw|weer|nog een keer|nog eens) voor (?:hetzelfde|dezelfde|"
        r"dit|deze) (?P<x>[\w-]+) kiezen",
        lambda m: (
            f"Hoe {_you(m, 'kijk', 'kijkt')} nu terug op je keuze voor dit {m['x']}"
            if nl_article(m["x"]) == "het"
            else f"Hoe {_you(m, 'kijk', 'kijkt')} nu terug op je keuze voor deze {m['x']}"
        ),
    ),
    rule(
        rf"(?:had|heb|hebt|heeft) {_P} (?:veel|iets|wat|echt iets) aan (?P<x>.+?)"
        r"(?P<rest> (?:in|bij|voor|tijdens) .+)?",
        lambda m: (
            f"Hoe nuttig {'was' if m.group(0).startswith('had') else 'is'} {m['x']}"
            f"{m['rest'] or ''}"
        ),
    ),
    rule(
        r"stelt (?P<x>(?:het|de|je|jullie|dat|die) [\w-]+) (?:echt |wel )?(?:iets|veel|weinig|wat) "
        r"voor",
        lambda m: f"Hoe goed is {m['x']}",
    ),
    rule(
        r"(?:is|zijn) er (?:een|ook een) (?P<n>[\w-]+)(?P<rest> (?:voor|bij|in|op)\b.*)?",
        lambda m: f"Hoe zit het met een {m['n']}{m['rest'] or ''}",
    ),
    rule(
        r"niemand (?P<v>\w+t) (?:toch |vast )*(?:nog |meer )*(?P<x>.+)",
        lambda m: f"Hoeveel mensen {nl_infinitive(m['v'][:-1])} nog {m['x']}",
    ),
    rule(
        rf"(?:ben|bent|was) {_P} (?:(?:erg|heel|echt|wel|altijd|vaak) )*(?:uitgeput|moe|kapot|"
        r"gesloopt|gestrest|doodop|leeg) (?P<when>(?:na|aan het eind van|tijdens|bij) .+)",
        lambda m: f"Hoe voel {m['p']} je {m['when']}",
    ),
    rule(
        rf"(?:heb|hebt|heeft) {_P} (?:iets|wat) (?:gestudeerd|geleerd) (?:wat|dat|waar) .+",
        lambda m: f"Hoe sluit {'uw' if m['p'] == 'u' else 'je'} opleiding aan op dit werk",
    ),
    rule(
        r"(?:is|zijn) (?P<x>(?:een|de|het|je|zo'n) [\w' -]+?) (?:echt |wel |nog )?(?:de moeite "
        r"waard|het waard)",
        lambda m: f"Wat levert {m['x']} op",
    ),
    rule(
        r"(?:is|zijn|zou) (?P<x>(?:een|de|het|je|zo'n) [\w' -]+?) (?:echt |wel )?(?:genoeg|"
        r"voldoende)(?: zijn)? (?P<rest>om .+)",
        lambda m: f"Hoeveel helpt {m['x']} {m['rest']}",
    ),
    rule(
        r"(?:biedt|geeft|heeft) (?P<s>(?:je|jouw|jullie|de|het|uw) [\w-]+) (?:je |jou |jullie |u )?"
        r"(?P<x>(?:een|goede|veel) .+)",
        lambda m: f"Hoe zit het bij {m['s']} met {m['x']}",
    ),
    rule(
        rf"(?P<v>[\w-]+) {_P} (?P<adv>{_MANNER}) (?P<rest>.+)",
        lambda m: f"Hoe {m['adv']} {m['v']} {m['p']} {m['rest']}",
    ),
    rule(
        r"(?P<v>[\w-]+) (?P<s>(?!er\b|het\b)[\w'-]+(?: [\w'-]+){0,3}?) "
        rf"(?:{_FREQUENCY}) (?P<rest>.+)",
        lambda m: (
            f"Hoe vaak {m['v']} {re.sub(r'(?: (?:ook|nog|wel|toch|vast))+$', '', m['s'])} "
            f"{m['rest']}"
        ),
    ),
    rule(
        rf"(?:moet|moeten) {_P} (?P<x>(?:[\w'-]+ ){{0,4}}?)(?P<adj>[\w-]+) zijn",
        _must_be,
    ),
    rule(
        r"(?P<v>is|was) (?P<x>(?:de|je|jouw|jullie|uw|die|deze|dat|dit|het) .+) een (?:(?:erg|heel|"
        r"best|flinke|grote|echte|enorme|behoorlijke) )*[\w-]+",
        lambda m: f"Hoe {m['v']} {m['x']}",
    ),
]

LATE_RULES: list[Rule] = [
    rule(
        r"(?:kun|kan|kunt|kunnen) (?P<p>je|jij|u|men|mensen|iemand|jullie) (?:(?:makkelijk|"
        r"eenvoudig|snel|gewoon|zomaar) )*(?P<rest>.+)",
        frames.possibility,
    ),
    rule(r"(?:mag|mogen) (?P<p>je|jij|u|jullie) (?P<rest>.+)", frames.freedom),
    rule(
        r"(?:heb|hebt|heeft|hebben) (?P<p>je|jij|u|jullie) (?:(?:nog|ook|eigenlijk|wel) )*"
        r"(?P<np>.+)",
        _having,
    ),
]
