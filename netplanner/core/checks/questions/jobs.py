"""Recognising a request for a job (see ``checker``).

The method says: never ask for a job; ask about the other person's work. These
patterns look for the ways people ask anyway: availability of vacancies ("Do you have a
vacancy", "Is er een vacature"), hiring ("Are you hiring", "Zoeken jullie nog iemand"),
asking to work or apply there ("Could I work for you", "Kan ik bij jullie
solliciteren"), passing on a CV, and announcing a job hunt ("I'm looking for a job",
"Ik wil werk, weet jij wat?").

Mentioning jobs or vacancies is not enough: "How are vacancies in your field usually
filled?" and "Hoe komen mensen in jouw vak aan hun baan?" are good informational
questions. Patterns that would also match such questions require a first-person word
("I", "me", "ik", "mij") close by.

All gaps are bounded (``(?: \\w+){0,3}``), so matching stays linear in the text length.
"""

from __future__ import annotations

import re

from netplanner.core.checks.job_requests import find_job_request

_PLACE = (
    r"(?:company|organisation|organization|team|firm|department|agency|office|business|"
    r"group|practice|school|hospital|lab|unit|place)"
)
_JOB_NOUN_EN = (
    r"(?:jobs?|vacanc(?:y|ies)|openings?|positions?|roles?|place|spot|room|internships?|work)"
)

_EN = [
    r"\b(?:are|is) (?:you|your|the|anyone|anybody|they)(?: [\w']+){0,3} hiring\b",
    r"\b(?:hire|employ|recruit|take on) me\b|\btake me on\b",
    r"\b(?:have|got|any|is there|are there|there is|there are) (?:(?:a|an|any|some|open|"
    r"available|new|job) ){0,3}(?:vacanc(?:y|ies)|openings?|open positions?|open roles?)\b",
    r"\b(?:vacanc(?:y|ies)|openings) (?:do|does) (?:you|your \w+|the \w+) have\b",
    rf"\b{_JOB_NOUN_EN}(?: \w+){{0,2}} for (?:me|someone like me|a person like me|people "
    r"like me)\b",
    r"\b(?:know|heard|aware) of (?:any |a |an )?(?:jobs?|vacanc(?:y|ies)|openings?|"
    r"positions?)\b",
    rf"\b(?:i|me)\b(?: [\w']+){{0,4}} (?:work|start|intern) (?:for|at|with|in) "
    rf"(?:you\b|your {_PLACE})",
    rf"\b(?:i|me)\b(?: [\w']+){{0,4}} join (?:you\b|your {_PLACE})",
    r"\b(?:can|could|may|should|might) i(?: \w+)? apply\b",
    r"\bapply (?:\w+ ){0,2}(?:with|to|at) (?:you\b|your)",
    r"\b(?:send|pass|forward|give|share|hand|show)(?: \w+){0,2} (?:my|mine) "
    r"(?:cv|resume|résumé|c\.v\.)",
    r"\bi(?:'m| am)(?: \w+){0,2} (?:looking|searching|hunting) for (?:(?:a|an|new|some|"
    r"paid|any) ){0,2}(?:job|work|position|role|vacancy)\b",
    r"\b(?:give|get|find|offer) me (?:a|an|some) (?:(?:new|paid) )?(?:job|position|role|work)\b",
    r"\bhelp me (?:to )?(?:find|get|land) (?:a |an )?(?:job|position|role|work)\b",
    r"\bput in a (?:good )?word for me\b",
    r"\b(?:positions?|roles?|jobs?|openings?|vacanc(?:y|ies)|places?|spots?) "
    r"(?:available|open|going|free)\b",
    r"\bi (?:really |urgently |badly )?(?:need|want) (?:(?:a|some|new|paid) ){0,2}(?:job|work)\b",
    r"\bhire (?:me|someone (?:like me|with my)|people like me|a person like me)\b",
    r"\b(?:i|me)\b(?: [\w']+){0,5} hired (?:by|at|in) (?:you\b|your)",
    r"\b(?:you|you're|you are|they're|they are|your \w+ (?:is|are)) (?:currently |still |now )?"
    r"(?:hiring|recruiting)\b",
    r"\bi (?:could|can|might|may|should) apply\b",
]

_JOB_NOUN_NL = (
    r"(?:banen?|werk|functies?|plek(?:je|ken)?|vacatures?|stage(?:plek)?s?|ruimte|"
    r"posities?|rol(?:len)?|opdrachten?)"
)
_NL = [
    r"\b(?:is|zijn) er(?: [\w']+){0,3} vacatures?\b",
    r"\b(?:heb|hebt|heeft|hebben) (?:je|jij|u|jullie)(?: [\w']+){0,3} vacatures?\b",
    r"\bvacatures? (?:voor mij|voor me|bij jullie|bij u|open|beschikbaar|vrij)\b",
    rf"\b{_JOB_NOUN_NL}(?: [\w']+){{0,3}} voor (?:mij|me|iemand (?:zoals|als) ik)\b",
    r"\bzoeken (?:jullie|jij|je|u)(?: \w+){0,2} (?:iemand|mensen|personeel|collega'?s?|"
    r"medewerkers?|versterking|nieuwe)\b",
    r"\b(?:zijn|is) (?:jullie|u|je team|jouw team|de afdeling)(?: \w+){0,2} op zoek naar "
    r"(?:iemand|mensen|personeel|nieuwe|versterking|collega)",
    r"\b(?:kan|mag|zou|moet|kun|kunt) ik(?: [\w']+){0,3} solliciteren\b",
    r"\bsollicit\w* (?:bij jullie|bij u|bij jou)\b|\bopen sollicitatie\b",
    r"\b(?:mijn|m'n) cv(?: [\w']+){0,3} (?:doorsturen|sturen|doorgeven|geven|laten zien|"
    r"meenemen|doorspelen)\b",
    r"\b(?:stuur|sturen|doorsturen|geef|geven|doorgeven)(?: \w+){0,2} (?:mijn|m'n) cv\b",
    r"\b(?:mij|me)\b(?: [\w']+){0,3} aan (?:een |nieuw |ander |betaald )?(?:baan|werk|job|"
    r"functie|plek|opdracht)\b",
    r"\bik (?:ben (?:\w+ )?op zoek naar|zoek|wil|zou graag willen|zou graag)(?: (?:graag|"
    r"eigenlijk|nog|wel|heel|dringend)){0,3} (?:(?:een|nieuw|ander|betaald|nieuwe|andere) ){0,3}"
    r"(?:baan|werk|job|functie|opdrachten)\b",
    r"\bweet (?:je|jij|u)(?: \w+){0,2} (?:wat|iets) voor (?:mij|me)\b",
    r"\bik\b(?: [\w']+){0,4} (?:bij|voor) (?:jullie|u|jou|hier)(?: [\w']+){0,2} "
    r"(?:werken|beginnen|aan de slag|in dienst|solliciteren|stage lopen)\b",
    r"\bnem(?:en|t) (?:jullie|u|je)(?: \w+){0,3} (?:mensen|personeel|iemand|collega'?s|"
    r"medewerkers?|mij|me|starters?)(?: \w+){0,2} aan\b",
    r"\b(?:mij|me) (?:\w+ ){0,2}aannemen\b",
    r"\b(?:heb|hebt|heeft|hebben) (?:je|jij|u|jullie)(?: \w+){0,2} (?:een )?(?:baan|banen|"
    r"plek|plekje|ruimte|vacature)\s*[?.!]*\s*$",
    r"\b(?:is|zijn) er(?: [\w']+){0,4} (?:functies?|plek(?:ken)?|banen?|vacatures?|"
    r"stageplek(?:ken)?|ruimte) (?:vrij|open|beschikbaar)\b",
    r"\bgoed(?:e)? woord(?:je)? (?:voor (?:mij|me)|doen)\b",
    r"\bik heb(?: \w+){0,2} (?:een )?(?:baan|werk|job|inkomen|opdrachten) nodig\b",
    r"\b(?:mij|me|iemand (?:zoals|als) ik|iemand met mijn \w+)(?: \w+){0,2} "
    r"aan(?:nemen|genomen)\b",
    r"\bik\b(?: [\w']+){0,6} aangenomen\b",
    r"\b(?:jullie|u|je team|jouw team|jullie team|de afdeling)(?: \w+){0,2} (?:iemand|mensen|"
    r"personeel|collega'?s|medewerkers?|versterking)(?: \w+){0,2} (?:zoeken|zoekt|nodig "
    r"hebben|nodig heeft|aannemen)\b",
    r"\bik(?: [\w']+){0,2} (?:kan|kun|mag|zou|wil|moet) solliciteren\b",
]

_PATTERNS = {
    "en": [re.compile(pattern) for pattern in _EN],
    "nl": [re.compile(pattern) for pattern in _NL],
}


def asks_for_job(text: str, lang: str) -> bool:
    """True when ``text`` (normalised) asks the other person for a job or a vacancy.

    These patterns, plus the shared grammar of ``checks.job_requests`` (referrals, wh-first
    forms such as "Welke functies zijn er bij jullie open?")."""
    lowered = text.lower()
    if any(pattern.search(lowered) for pattern in _PATTERNS[lang]):
        return True
    return find_job_request(text) is not None


# --- a question to ask instead, following what was asked ----------------------------------

_PLACE_EN = re.compile(
    r"\b(?:your|ur)\s+(?P<place>(?:\w+\s+)?(?:company|organi[sz]ation|team|firm|department|"
    r"agency|office|business|group|practice|school|hospital|lab|unit|studio|bank|clinic|"
    r"district|newsroom))\b",
    re.IGNORECASE,
)
_ROLE_EN = re.compile(
    r"\b(?:for|as)\s+(?:an?\s+|the\s+)?(?:(?:open|new|current|vacant|junior|senior)\s+)?"
    r"(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+?)(?P<noun>\s+(?:role|position|job|vacancy|opening))?"
    r"\s*(?:[?.!,]|$|\s+(?:at|in|on|with)\b)",
    re.IGNORECASE,
)
_PLACE_NL = re.compile(
    r"\b(?P<place>(?:jullie|je|jouw|uw)\s+(?:team|afdeling|bedrijf|organisatie|kantoor|"
    r"ziekenhuis|school|bureau|praktijk|winkel|gemeente)|bij\s+(?:jullie|u))\b",
    re.IGNORECASE,
)
_ROLE_NL = re.compile(
    r"\b(?:voor|als)\s+(?:een\s+|de\s+)?(?:functie\s+(?:van|als)\s+)?(?P<role>[\w-]+?"
    r"(?:er|eur|ist|ant|ent|aar|oog|kundige|medewerker|analist|adviseur|docent|leider|coach|"
    r"manager|pedist|therapeut))\b",
    re.IGNORECASE,
)
_JOB_ALTERNATIVE = {
    "en": "How do people in your field usually find their work?",
    "nl": "Hoe vinden mensen in jouw vak meestal hun werk?",
}


def job_rewrite(text: str, lang: str) -> str:
    """See ``_job_rewrite``; the general question when the specific one would be flagged."""
    from netplanner.core.checks.questions.checker import is_open_question

    rewrite = _job_rewrite(text, lang)
    return rewrite if is_open_question(rewrite, lang) else _JOB_ALTERNATIVE[lang]


def _job_rewrite(text: str, lang: str) -> str:
    """An informational question in place of a job request, about what was asked:
    the reader's team ("How does your team usually find new people?"), the role ("What
    would you advise someone who wants to work as a data analyst?"), else the field."""
    request = find_job_request(text)
    family = request.family if request else "vacancy"
    if lang == "nl":
        place = _PLACE_NL.search(text)
        role = _ROLE_NL.search(text)
        where = place.group("place").lower() if place else ""
        if family in ("vacancy", "hiring"):
            if where.startswith("bij "):
                return "Hoe komen nieuwe mensen bij jullie meestal binnen?"
            if where:
                return f"Hoe vindt {where} meestal nieuwe mensen?"
            if role:
                return f"Hoe komt een {role.group('role').lower()} meestal aan werk?"
        elif family in ("referral", "apply"):
            if role:
                return (
                    "Wat zou je iemand aanraden die als "
                    f"{role.group('role').lower()} aan de slag wil?"
                )
            if where:
                return "Wat zou je iemand aanraden die bij een organisatie als de jouwe wil werken?"
            return "Wat zou je iemand aanraden die in dit vak aan de slag wil?"
        return _JOB_ALTERNATIVE["nl"]
    place = _PLACE_EN.search(text)
    role = _ROLE_EN.search(text)
    role_words = role.group("role") if role else ""
    if role_words.lower() in ("me", "it", "this", "that", "someone", "you", "us", "one", "them"):
        role_words = ""
    if role_words and role and role.group("noun"):
        aim = f"{_article(role_words)} {role.group('noun').strip().lower()}"
        return f"What would you advise someone who is aiming for {aim}?"
    if family in ("vacancy", "hiring"):
        if place:
            return f"How does your {place.group('place').lower()} usually find new people?"
        if role_words:
            return f"How do people usually find work as {_article(role_words)}?"
    elif family in ("referral", "apply"):
        if role_words:
            return f"What would you advise someone who wants to work as {_article(role_words)}?"
        if place:
            return (
                "What would you advise someone who wants to work at a "
                f"{place.group('place').lower()} like yours?"
            )
        return "What would you advise someone who wants to get into your field?"
    return _JOB_ALTERNATIVE["en"]


def _article(role: str) -> str:
    """ "a UX", "an HR", "an analyst": acronyms by the sound of their first letter."""
    vowel = role[0] in "AEFHILMNORSX" if role[:2].isupper() else role[:1].lower() in "aeiou"
    return ("an " if vowel else "a ") + role
