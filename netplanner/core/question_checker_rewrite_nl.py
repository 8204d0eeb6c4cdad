"""Dutch rewrite rules: closed, leading and statement forms turned into open questions.

See ``question_checker_rewrite`` for how the rules are applied. Examples:
"Vind je je werk leuk?" → "Wat vind je leuk aan je werk?";
"Kun je iets vertellen over X?" → "Wat kun je vertellen over X?";
"Is het lastig om binnen te komen?" → "Wat maakt het lastig om binnen te komen?".
"""

from __future__ import annotations

import re

from netplanner.core.question_checker_rewrite import Rule, rule, words_pattern

ADJECTIVES = words_pattern(
    "leuk leuker mooi fijn interessant boeiend lastig lastiger moeilijk moeilijker zwaar "
    "zwaarder makkelijk gemakkelijk belangrijk belangrijker uitdagend spannend saai "
    "vervelend prettig waardevol nuttig zinvol druk stressvol inspirerend eenzaam intensief "
    "vermoeiend frustrerend ingewikkeld complex technisch anders mogelijk realistisch "
    "normaal gebruikelijk populair hectisch dynamisch sociaal internationaal risicovol "
    "veilig stabiel goed slecht gezellig afwisselend creatief competitief nodig "
    "noodzakelijk relevant essentieel cruciaal aantrekkelijk uitputtend formeel informeel "
    "politiek fysiek"
)
_ADJ = rf"(?P<adj>{ADJECTIVES})"
_ADV = r"(?:eigenlijk|echt|erg|heel|wel|best|nog steeds|nog|ook|zo|nou|wat)"
_P = r"(?P<p>je|jij|u|jullie)"
_PREPOSITION = words_pattern(
    "voor in bij op met als om dan tijdens aan van na sinds zonder binnen vergeleken hier "
    "daar nu tegenwoordig"
)
_QW = r"(?P<q>hoe|wat|waar|wie|wanneer|waarom|welke|welk)"

# the verb form that goes with each pronoun, after inversion ("kun je", "kunt u")
_FORMS = {
    "kun": {"je": "kun", "jij": "kun", "u": "kunt", "jullie": "kunnen"},
    "zou": {"je": "zou", "jij": "zou", "u": "zou", "jullie": "zouden"},
    "vind": {"je": "vind", "jij": "vind", "u": "vindt", "jullie": "vinden"},
    "heb": {"je": "heb", "jij": "heb", "u": "heeft", "jullie": "hebben"},
    "ken": {"je": "ken", "jij": "ken", "u": "kent", "jullie": "kennen"},
    "denk": {"je": "denk", "jij": "denk", "u": "denkt", "jullie": "denken"},
    "kijk": {"je": "kijk", "jij": "kijk", "u": "kijkt", "jullie": "kijken"},
    "wilde": {"je": "wilde", "jij": "wilde", "u": "wilde", "jullie": "wilden"},
    "mis": {"je": "mis", "jij": "mis", "u": "mist", "jullie": "missen"},
}
_POSSESSIVE = {"je": "je", "jij": "jouw", "u": "uw", "jullie": "jullie"}
_VIEW = {"je": "jouw", "jij": "jouw", "u": "uw", "jullie": "jullie"}
# "je kunt" → "kun je": the -t drops when je/jij follows the verb
_INVERTED = {
    "kunt": "kun", "wilt": "wil", "zult": "zul", "bent": "ben", "hebt": "heb",
    "vindt": "vind", "werkt": "werk", "doet": "doe", "gaat": "ga", "komt": "kom",
    "ziet": "zie", "kent": "ken", "begint": "begin", "krijgt": "krijg", "houdt": "houd",
}  # fmt: skip
_FINITE = set(_INVERTED) | {
    "kan", "kun", "moet", "moeten", "zou", "zouden", "wil", "mag", "mogen", "is", "ben",
    "was", "heb", "heeft", "hebben", "had", "werk", "vind", "weet", "kunnen", "willen",
    "waren", "begon", "kwam", "ging", "deed", "vond", "werd", "wordt",
}  # fmt: skip
_SUBJECTS = {"je", "jij", "u", "ik", "we", "wij", "ze", "zij", "hij", "het", "men", "jullie"}
_CHANGE = re.compile(r"\b(?:verander|ontwikkel|uitzien|eruitzien|groei|verschuiv|gaat)\w*")


def _form(verb: str, pronoun: str) -> str:
    return _FORMS[verb][pronoun.lower()]


def _invert(verb: str, subject: str) -> str:
    if subject.lower() in {"je", "jij"}:
        return _INVERTED.get(verb.lower(), verb)
    return verb


def direct_question(question_word: str, rest: str) -> str | None:
    """'hoe' + 'je begonnen bent' → 'Hoe ben je begonnen'; None when unsure."""
    words = rest.split()
    if len(words) < 2 or words[0].lower() not in _SUBJECTS:
        return None
    tail = range(len(words) - 1, max(len(words) - 4, 0), -1)
    index = next((i for i in tail if words[i].lower() in _FINITE), None)
    if index is None:
        return None
    subject, verb = words[0], _invert(words[index], words[0])
    middle = words[1:index] + words[index + 1 :]
    return " ".join([question_word, verb, subject, *middle])


def _direct(m: re.Match[str]) -> str | None:
    return direct_question(m["q"], m["rest"])


def _tell_about(m: re.Match[str]) -> str:
    pronoun = m.groupdict().get("p") or "je"
    return f"Wat {_form('kun', pronoun)} {pronoun} vertellen over {m['x']}"


def _degree(adjective: str) -> str:
    """The adjective after "Hoe …": "Hoe nodig is" is not Dutch, "Hoe belangrijk is" is."""
    return "belangrijk" if adjective.lower() in {"nodig", "noodzakelijk"} else adjective


def _which(noun: str) -> str:
    return "Welk" if noun.lower() in {"advies", "idee"} else "Welke"


def _think(m: re.Match[str]) -> str:
    pronoun, rest = m["p"], m["rest"]
    if _CHANGE.search(rest.lower()):
        return f"Hoe {_form('denk', pronoun)} {pronoun} dat {rest}"
    return f"Wat is {_VIEW[pronoun.lower()]} kijk op de vraag of {rest}"


def _activity(m: re.Match[str]) -> str | None:
    rest = f" {m['rest'].lower()} "
    if " of " in rest or " graag " in rest:
        return None  # "Werk je graag …?" is about liking it, not about how
    return f"Hoe {m['v']} {m['p']} {m['rest']}"


def _idea(m: re.Match[str]) -> str:
    pronoun = m.groupdict().get("p") or "jij"
    return f"Wat {_form('vind', pronoun)} {pronoun} van het idee dat {m['x']}"


_ACTIVITIES = words_pattern(
    "werk werken gebruik gebruiken houd hou houden blijf blijven leer leren plan plannen "
    "combineer combineren pak pakken bereid bereiden regel regelen kies kiezen bepaal "
    "bepalen meet meten organiseer organiseren zoek zoeken vind vinden krijg krijgen begin "
    "beginnen verdeel verdelen communiceer communiceren besteed besteden reis reizen"
)
_MODAL = r"(?:kun|kunt|kan|zou|wil|wilt|kunnen|zouden|willen)"
_SOMETHING = r"(?: (?:iets|wat|meer|eens|nog|misschien|even|alsjeblieft|kort))*"

CLOSED_RULES: list[Rule] = [
    rule(
        rf"{_MODAL} {_P}(?: (?:me|mij|ons))?{_SOMETHING} (?:kunnen )?vertellen over (?P<x>.+)",
        _tell_about,
    ),
    rule(
        rf"{_MODAL} {_P}(?: (?:me|mij|ons))?{_SOMETHING} over (?P<x>.+?) (?:kunnen )?vertellen",
        _tell_about,
    ),
    rule(
        rf"{_MODAL} {_P}(?: (?:me|mij|ons))?(?: (?:daar|er))?{_SOMETHING} over (?:kunnen )?"
        r"vertellen|(?:kun|kunt|kan|zou|wil|wilt) (?P<p2>je|jij|u|jullie)(?: (?:me|mij|ons))? "
        r"(?:daar|er)over(?: (?:iets|wat|meer|nog))* (?:kunnen )?vertellen",
        lambda m: f"Wat {_form('kun', m['p'] or m['q'])} {m['p'] or m['q']} daarover vertellen",
    ),
    rule(
        rf"{_MODAL} {_P}(?: (?:me|mij|ons))?{_SOMETHING} (?:kunnen )?(?:vertellen|uitleggen) "
        rf"{_QW} (?P<rest>.+)",
        _direct,
    ),
    rule(
        rf"(?:weet|weten) {_P}(?: (?:misschien|toevallig|ook|eigenlijk))* {_QW} (?P<rest>.+)",
        _direct,
    ),
    rule(
        rf"{_MODAL} {_P}(?: (?:me|mij|ons))?{_SOMETHING} (?P<x>.+?) (?:(?:kunnen|willen) )?"
        r"(?P<v>uitleggen|beschrijven|omschrijven|toelichten)",
        lambda m: f"Hoe {_form('zou', m['p'])} {m['p']} {m['x']} {m['v']}",
    ),
    rule(
        rf"(?:vind|vindt|vinden) {_P} het (?:{_ADV} )*{_ADJ} (?P<rest>om .+)",
        lambda m: f"Wat maakt het {m['adj']} {m['rest']}",
    ),
    rule(
        rf"(?:vind|vindt|vinden) {_P} het (?:{_ADV} )*{_ADJ}",
        lambda m: f"Wat {_form('vind', m['p'])} {m['p']} er {m['adj']} aan",
    ),
    rule(
        rf"(?:vind|vindt|vinden) {_P} (?P<x>.+?)(?: {_ADV})* {_ADJ}",
        lambda m: f"Wat {_form('vind', m['p'])} {m['p']} {m['adj']} aan {m['x']}",
    ),
    rule(
        rf"(?P<v>is|was) het (?:{_ADV} )*{_ADJ}(?P<rest> om .+)?",
        lambda m: (
            f"Wat {'maakte' if m['v'].lower() == 'was' else 'maakt'} het {m['adj']}"
            f"{m['rest'] or ''}"
        ),
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?!het\b|er\b|je\b|jij\b|u\b|jullie\b)"
        rf"(?P<x>(?:[\w'-]+ ){{0,3}}?[\w'-]+)(?: {_ADV})* {_ADJ}(?P<rest> {_PREPOSITION}\b.*)?",
        lambda m: f"Hoe {_degree(m['adj'])} {m['v'].lower()} {m['x']}{m['rest'] or ''}",
    ),
    rule(
        rf"(?:heb|hebt|heeft|hebben) {_P}(?: (?:nog|misschien|ook|eventueel|een paar|enkele|"
        r"wat|goede|concrete))* (?:een )?(?P<n>tips?|advies|adviezen|ideeën|idee|suggesties?|"
        r"aanraders?|aanbevelingen?)(?P<rest> .+)?",
        lambda m: f"{_which(m['n'])} {m['n']} {_form('heb', m['p'])} {m['p']}{m['rest'] or ''}",
    ),
    rule(
        rf"(?:heb|hebt|heeft|hebben) {_P}(?: (?:veel|vaak|regelmatig|ook|wel|direct))* "
        r"(?P<n>contact|overleg) met (?P<x>.+)",
        lambda m: f"Hoe ziet {_POSSESSIVE[m['p'].lower()]} {m['n']} met {m['x']} eruit",
    ),
    rule(
        rf"(?:ken|kent|kennen) {_P} (?:nog )?(?:iemand|mensen|personen)(?: anders)? "
        r"(?P<rest>(?:die|met wie|bij wie|aan wie|waar) .+)",
        lambda m: f"Wie {_form('ken', m['p'])} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?:ken|kent|kennen) {_P} (?:nog )?iemand (?P<rest>(?:bij|in|uit|van|op|binnen) .+)",
        lambda m: f"Wie {_form('ken', m['p'])} {m['p']} {m['rest']}",
    ),
    rule(
        rf"(?:ken|kent|kennen) {_P} (?:nog )?(?P<np>(?!iemand\b|mensen\b)[\w'-]+"
        r"(?: [\w'-]+){0,4})",
        lambda m: f"Welke {m['np']} {_form('ken', m['p'])} {m['p']}",
    ),
    rule(rf"(?:denk|denkt|denken) {_P} (?:eigenlijk )?dat (?P<rest>.+)", _think),
    rule(
        rf"(?:ben|bent|zijn) {_P} (?:(?:eigenlijk|echt|nog|wel) )*(?:tevreden|blij|gelukkig) "
        r"(?:met|over|in) (?P<x>.+)",
        lambda m: f"Wat {_form('vind', m['p'])} {m['p']} van {m['x']}",
    ),
    rule(
        r"(?P<v>gaat|ging) het (?:goed|lekker|prima|wel)(?P<rest> .+)?",
        lambda m: f"Hoe {m['v'].lower()} het{m['rest'] or ''}",
    ),
    rule(
        r"(?:is|zijn) er (?P<nog>nog )?(?:iets|wat)(?P<else> anders)? (?:wat|dat) "
        r"(?P<s>ik|we|wij) (?P<m>moet|moeten|zou|zouden|kan|kunnen|mag|mogen) (?P<rest>.+)",
        lambda m: f"Wat{m['else'] or ''} {m['m']} {m['s']} {m['nog'] or ''}{m['rest']}",
    ),
    rule(
        r"(?:is|zijn) er (?:nog )?(?P<np>(?:(?:goede|andere|interessante) )?[\w'-]+) "
        r"(?:die|dat) (?P<s>je|jij|u|jullie|ik|we) "
        r"(?P<m>kunt|kun|kan|zou|moet|moeten|zouden|kunnen|wilt|wil|mag) (?P<rest>.+)",
        lambda m: f"Welke {m['np']} {_invert(m['m'], m['s'])} {m['s']} {m['rest']}",
    ),
    rule(
        r"nog (?P<n>tips?|advies|ideeën|suggesties|aanraders)(?P<rest> .+)?",
        lambda m: f"{_which(m['n'])} {m['n']} heb je{m['rest'] or ''}",
    ),
    rule(
        rf"(?:heb|hebt|heeft|hebben) {_P} altijd al (?P<x>.+?) willen (?P<v>worden|doen|zijn|"
        r"werken)",
        lambda m: f"Wat maakte dat {m['p']} {m['x']} {_form('wilde', m['p'])} {m['v']}",
    ),
    rule(
        rf"(?:mis|mist|missen) {_P} (?P<x>.+?)(?: (?:soms|weleens|nog|wel|echt|eigenlijk))*",
        lambda m: f"Wat {_form('mis', m['p'])} {m['p']} aan {m['x']}",
    ),
    rule(
        rf"(?P<v>{_ACTIVITIES}) {_P}(?: (?:veel|vaak|ook|wel|eigenlijk|meestal|soms|"
        r"nog|altijd|vooral))* (?P<rest>.+)",
        _activity,
    ),
]

LEADING_RULES: list[Rule] = [
    rule(
        rf"(?:vind|vindt|vinden|denk|denkt|denken) {_P} (?:(?:ook|niet|eigenlijk|zelf) )*dat "
        r"(?P<x>.+)",
        _idea,
    ),
    rule(r"is het (?:niet|toch) (?:zo|waar|een feit) dat (?P<x>.+)", _idea),
    rule(
        rf"(?:ben|bent|zijn) {_P} het (?:(?:niet|ook|met (?:me|mij)) )*eens "
        r"(?:met (?:me|mij) )?dat (?P<x>.+)",
        _idea,
    ),
    rule(
        r"(?P<v>is|was) het (?:niet|toch) (?:(?:erg|heel|een beetje|best|ontzettend) )?[\w-]+ "
        r"(?P<rest>om .+)",
        lambda m: f"Hoe {m['v'].lower()} het {m['rest']}",
    ),
    rule(
        rf"(?:mis|mist|missen) {_P} (?P<x>.+) (?:niet|nooit)",
        lambda m: f"Hoe {_form('kijk', m['p'])} {m['p']} terug op {m['x']}",
    ),
    rule(
        r"zou het (?:niet|toch) (?:(?:veel|een stuk) )?(?:beter|slimmer|verstandiger|handiger|"
        r"makkelijker|logischer) zijn (?P<rest>om .+)",
        lambda m: f"Wat vind jij van het idee {m['rest']}",
    ),
    rule(
        r"(?P<v>is|zijn|was|waren) (?P<x>(?:[\w'-]+ ){0,3}?[\w'-]+) (?:niet|toch) "
        rf"(?:(?:veel|wat|erg|heel) )?(?:te )?{_ADJ}(?P<rest> {_PREPOSITION}\b.*)?",
        lambda m: f"Hoe {_degree(m['adj'])} {m['v'].lower()} {m['x']}{m['rest'] or ''}",
    ),
]

_CURIOUS = r"ik ben (?:(?:erg|heel|wel|echt|best|zo) )?(?:benieuwd|nieuwsgierig)"

STATEMENT_RULES: list[Rule] = [
    rule(
        r"(?:vertel|vertelt)(?: (?:eens|me|mij|ons|iets|wat|meer|even|gerust|graag))* "
        r"over (?P<x>.+)",
        _tell_about,
    ),
    rule(
        r"beschrijf(?: (?:eens|even|me|mij|ons))* (?P<x>.+)",
        lambda m: f"Hoe zou je {m['x']} beschrijven",
    ),
    rule(rf"{_CURIOUS} naar (?P<x>.+)", _tell_about),
    rule(r"ik hoor graag (?:(?:iets|wat|meer) )*over (?P<x>.+)", _tell_about),
    rule(
        r"ik (?:wil|zou) graag (?:(?:iets|wat|meer) )*(?:weten|horen) over (?P<x>.+)", _tell_about
    ),
    rule(
        r"ik (?:wil|zou) graag (?:(?:iets|wat|meer) )*over (?P<x>.+?) (?:willen )?(?:weten|horen)",
        _tell_about,
    ),
    rule(rf"{_CURIOUS} {_QW} (?P<rest>.+)", _direct),
    rule(rf"ik vraag me af {_QW} (?P<rest>.+)", _direct),
]
