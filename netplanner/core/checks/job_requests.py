"""Asking for a job, in every form: shared by the ask checker and the question checker.

The method says: never ask for a job; ask about the other person's work. People ask
anyway, in several grammatical shapes, and each shape is one family of patterns here:

* ``vacancy``: whether there is room at the reader's place ("Are there open positions on
  your team?", "Welke functies zijn er bij jullie open?", "plaats vrij", "any openings").
* ``hiring``: whether the reader's organisation hires ("Are you hiring?", "Is your company
  recruiting?", "Zoeken jullie nog mensen?", "Wanneer gaan jullie weer mensen aannemen?").
* ``referral``: a favour that puts *me* forward ("refer me", "put me forward", "put in a
  good word", "vouch for me", "pass my CV on", "introduce me to your hiring manager",
  "voordragen", "aanbevelen", "cv doorsturen", "een goed woordje doen").
* ``apply``: applying or being hired there ("How can I apply to your company?", "get
  hired onto your team", "Kun je mij aannemen?", "Naar wie moet ik mijn sollicitatie
  sturen?", "bij jullie komen werken").
* ``hunt``: announcing a job hunt ("I'm looking for a job as…", "ik zoek werk in de
  scheepsbouw", "ik ben op zoek naar werk als webredacteur").

Mentioning jobs is fine: "How are vacancies in your field usually filled?", "What do you
look for when you hire a junior?" and "Waar let je op als je iemand aanneemt?" ask about
the other person's work. So every family needs the asker ("I", "me", "my CV", "ik") or the
reader's own place ("your team", "jullie", "bij u") in the right grammatical role. A
request right after a negation in its sentence ("I'm not asking about openings") does not
count.

All gaps are bounded, so matching stays linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_W = r"[\w'-]+"  # one word


def _gap(most: int) -> str:
    return rf"(?:\s+{_W}){{0,{most}}}"


_YOUR_PLACE_EN = (
    r"(?:your|ur)\s+(?:\w+\s+){0,2}?(?:company|organi[sz]ation|team|firm|department|agency|"
    r"office|business|group|practice|school|hospital|lab|unit|place|studio|side|shop|"
    r"district|branch|employer|bank|council|clinic|store|restaurant|charity|ngo|startup|"
    r"start-up|institute|university|college|newsroom)"
)
_JOB_NOUN_EN = (
    r"(?:jobs?|vacanc(?:y|ies)|openings?|positions?|roles?|places?|spots?|internships?|"
    r"traineeships?|opportunit(?:y|ies)|work)"
)
_JOB_NOUN_NL = (
    r"(?:banen|baan|baantje|werk|job|jobs|functies?|plek(?:je|ken)?|plaats(?:en|je)?|"
    r"vacatures?|stage(?:plek)?s?|ruimte|posities?|opdrachten?|stageplek(?:ken)?)"
)
_READER_NL = r"(?:jullie|u|jij|je|jouw|uw)"
_PLACE_NL = (
    r"(?:bij\s+(?:jullie|u|jou)|op\s+(?:jouw|je|uw|jullie)\s+\w+|in\s+(?:jouw|je|uw|jullie)"
    r"\s+\w+|bij\s+(?:jouw|je|uw|jullie)\s+\w+|bij\s+jullie\s+(?:op\s+)?\w+)"
)

_FAMILIES: dict[str, list[str]] = {
    "vacancy": [
        # English: availability of jobs at the reader's place, or for me
        rf"\b(?:any|some|open|available)\s+(?:(?:job|new|open|current)\s+)?"
        rf"(?:vacanc(?:y|ies)|openings?|positions?|jobs?|roles?)\b(?:\s+(?:\w+\s+){{0,4}}?"
        rf"(?:at|in|on|with|for)\s+(?:{_YOUR_PLACE_EN}|you\b|your\b|me\b))?",
        r"\b(?:is|are)\s+there\s+(?:(?:any|some|an?|open|job)\s+)*(?:vacanc(?:y|ies)|"
        r"openings?|open\s+(?:positions?|roles?|jobs?))\b",
        rf"\b(?:is|are)\s+there\s+(?:(?:any|some|an?|job)\s+)*(?:positions?|jobs?|roles?|"
        rf"places?|spots?)\s+(?:(?:available|open|free|vacant)\b|(?:\w+\s+){{0,2}}?"
        rf"(?:at|in|on|with)\s+(?:{_YOUR_PLACE_EN}|you\b)|for\s+me\b)",
        r"\b(?:have|got|has)\s+(?:(?:any|some|an?|open)\s+)*(?:vacanc(?:y|ies)|openings?|"
        r"open\s+positions?|jobs?|roles?)\b",
        rf"\b(?:vacanc(?:y|ies)|openings?|positions?|jobs?|roles?)\s+(?:do|does)\s+"
        rf"(?:you|{_YOUR_PLACE_EN})\s+have\b",
        r"\b(?:what|which)\s+(?:\w+\s+)?(?:jobs|vacancies|openings|positions|roles)\s+"
        r"(?:do\s+you|does\s+your|have\s+you|are\s+(?:open|available|there))\b",
        rf"\b{_JOB_NOUN_EN}(?:\s+\w+){{0,2}}\s+for\s+(?:me|myself|someone\s+like\s+me|people\s+"
        rf"like\s+me)\b",
        r"\b(?:know|heard|aware)\s+(?:of\s+|about\s+|if\s+|whether\s+)?(?:any\s+|a\s+|an\s+)?"
        r"(?:jobs?|vacanc(?:y|ies)|openings?|positions?)\b",
        r"\b(?:has|have)\s+any\s+jobs\b",
        r"\b(?:saw|noticed|spotted|seen)\s+(?:the|an?|your)\s+(?:\w+\s+){0,2}?"
        r"(?:opening|vacancy|job\s+ad(?:vert)?|position|role)\b",
        r"\b(?:positions?|roles?|jobs?|openings?|vacanc(?:y|ies)|places?|spots?)\s+"
        r"(?:available|open|going|free)\b",
        # Dutch
        rf"\b(?:is|zijn)\s+er{_gap(4)}\s+vacatures?\b",
        rf"\b(?:is|zijn)\s+er{_gap(4)}\s+(?:functies?|plek(?:ken)?|plaats(?:en)?|"
        rf"banen|baan|stageplek(?:ken)?|ruimte|jobs?){_gap(3)}\s+(?:vrij|open|beschikbaar)\b",
        rf"\b(?:heb|hebt|heeft|hebben)\s+{_READER_NL}{_gap(3)}\s+vacatures?\b",
        r"\bvacatures?\s+(?:voor\s+(?:mij|me)|bij\s+jullie|bij\s+u|op\s+(?:je|jouw)\s+\w+|"
        r"open|beschikbaar|vrij)\b",
        rf"\b{_JOB_NOUN_NL}(?:\s+[\w']+){{0,3}}\s+voor\s+(?:mij|me|iemand\s+(?:zoals|als)\s+ik)\b",
        rf"\b(?:welke|wat\s+voor)\s+(?:\w+\s+)?(?:functies|vacatures|banen|plekken|jobs)\s+"
        rf"(?:zijn|hebben|heeft|staan){_gap(5)}\s+(?:open|openstaan|vrij|beschikbaar)\b",
        r"\b(?:welke|wat\s+voor)\s+(?:\w+\s+)?(?:functies|vacatures|banen|plekken|jobs)\s+"
        r"(?:zijn\s+er\s+)?(?:bij\s+jullie|hebben\s+jullie|heeft\s+u)\b",
        r"\b(?:openstaande|vrije|open)\s+(?:functies|vacatures|plekken|posities)\b",
        rf"\b(?:komt|komen|gaat|gaan)\s+er{_gap(3)}\s+(?:een\s+)?(?:vacature|plek|plaats|"
        rf"functie)s?\s+(?:vrij|open)\b",
        r"\b(?:plaats|plek|functie)\s+(?:vrij|open)\b",
        r"\bzag\s+(?:\w+\s+){0,3}?(?:een|de|jullie)\s+vacature\b",
        r"\b(?:weet|ken|heeft|heb)\s+(?:iemand|jij|je|u)\s+(?:nog\s+)?(?:een\s+)?(?:\w+\s+)?"
        r"(?:vacature|baan|job)\b",
    ],
    "hiring": [
        rf"\b(?:are|is)\s+(?:you|ur|{_YOUR_PLACE_EN}|you\s+guys|they)(?:\s+(?:currently|still|"
        rf"now|by\s+any\s+chance|at\s+the\s+moment))?\s+(?:hiring|recruiting|taking\s+on)\b",
        rf"\b(?:you|you're|you\s+are|{_YOUR_PLACE_EN}\s+(?:is|are))\s+(?:currently\s+|still\s+"
        r"|now\s+)?(?:hiring|recruiting)\b",
        r"\b(?:if|whether)\s+(?:your|ur)\s+\w+(?:\s+\w+)?\s+(?:is|are)\s+(?:hiring|recruiting)\b",
        r"\b(?:your|ur)\s+(?:next\s+)?(?:round\s+of\s+)?(?:recruitment|hiring\s+round|"
        r"intake)\b",
        # Dutch
        r"\bzoek(?:en|t)\s+(?:jullie|u|je\s+team|jouw\s+team|jullie\s+\w+|(?:je|jouw)\s+\w+)"
        r"(?:\s+(?:nog|ook|toevallig|momenteel|misschien|op\s+dit\s+moment|nu)){0,3}\s+"
        r"(?:\w+\s+)?(?:iemand|mensen|personeel|collega'?s|medewerkers?|versterking|nieuwe|"
        r"verpleegkundigen|\w+ers|\w+isten)\b",
        r"\b(?:jullie|u|(?:jullie|je|jouw)\s+\w+)\s+(?:nog\s+|ook\s+)?(?:\w+\s+)?"
        r"(?:verpleegkundigen|mensen|personeel|iemand|\w+ers)\s+zoekt\b",
        r"\b(?:zijn|is)\s+(?:jullie|u|je\s+team|jouw\s+team|de\s+afdeling)(?:\s+\w+){0,3}\s+"
        r"(?:op\s+zoek\s+naar\s+(?:iemand|mensen|personeel|nieuwe|versterking|collega)|"
        r"mensen\s+aan\s+het\s+aannemen|aan\s+het\s+werven)",
        r"\b(?:nem(?:en|t)|gaan)\s+(?:jullie|u)(?:\s+\w+){0,3}\s+(?:mensen|personeel|iemand|"
        r"collega'?s|medewerkers?|starters?|nieuwe\s+mensen)(?:\s+\w+){0,2}\s+aan(?:nemen)?\b",
        rf"\b(?:starten|beginnen|gaan)\s+jullie{_gap(3)}\s+(?:met\s+)?(?:werven|wervingen|"
        rf"aannemen)\b",
        r"\bklopt\s+het\s+dat\s+jullie\s+(?:\w+\s+)?(?:mensen|iemand|personeel)\s+zoeken\b",
    ],
    "referral": [
        r"\brefer\s+me\b",
        r"\b(?:recommend|nominate)\s+me\s+(?:to|for|as|at)\b",
        r"\bput\s+me\s+forward\b",
        r"\bput\s+my\s+name\s+(?:forward|in)\b",
        r"\bvouch\s+for\s+me\b",
        r"\b(?:put|say)\s+in\s+a\s+(?:good\s+)?word\s+for\s+me\b",
        r"\ba\s+good\s+word\s+for\s+me\b",
        r"\b(?:send|pass|forward|give|share|hand|show|get)(?:\s+\w+){0,2}\s+(?:my|mine)\s+"
        r"(?:cv|resume|résumé|c\.v\.|application|portfolio)\b",
        r"\b(?:my|mine)\s+(?:cv|resume|résumé|application)\s+(?:along|on|to|through)\b",
        r"\bintroduce\s+me\s+to\s+(?:your|the)\s+(?:hiring\s+manager|recruiter|hr|manager|"
        r"boss|talent\s+\w+|head\s+of\s+\w+)\b",
        r"\bget\s+me\s+(?:an?\s+)?(?:interview|job|foot\s+in)\b",
        # Dutch
        r"\b(?:mij|me)\s+(?:\w+\s+){0,3}?(?:voordragen|voor\s+te\s+dragen|aanbevelen|aan\s+te\s+"
        r"bevelen|aanraden|introduceren)\b",
        r"\b(?:draag|draagt)\s+(?:je|jij|u)\s+(?:mij|me)\s+voor\b",
        r"\bgoed(?:e)?\s+woord(?:je)?\s+(?:voor\s+(?:mij|me)|doen)\b",
        r"\b(?:voor\s+(?:mij|me)\s+)(?:instaan|in\s+te\s+staan|garant\s+staan)\b",
        r"\b(?:mijn|m'n)\s+(?:cv|sollicitatie(?:brief)?|portfolio)(?:\s+[\w']+){0,4}\s+"
        r"(?:doorsturen|sturen|mailen|doorgeven|geven|laten\s+zien|meenemen|doorspelen|"
        r"bezorgen|afgeven)\b",
        r"\b(?:stuur|sturen|doorsturen|geef|geven|doorgeven|mail|mailen)(?:\s+\w+){0,2}\s+"
        r"(?:mijn|m'n)\s+(?:cv|sollicitatie)\b",
        r"\b(?:voorstellen|introduceren)\s+aan\s+(?:jullie|je|jouw|uw)\s+(?:recruiter|"
        r"leidinggevende|baas|manager|hr|directeur|teamleider)\b",
        r"\b(?:mij|me)\s+(?:\w+\s+){0,2}?aan\s+(?:een\s+)?(?:sollicitatiegesprek|gesprek\s+bij|"
        r"baan|job|functie|plek|werk|opdracht)\b",
    ],
    "apply": [
        r"\b(?:can|could|may|should|might|do|would)\s+i\s+(?:\w+\s+)?apply\b",
        r"\bhow\s+(?:can|could|do|should|would)\s+i\s+apply\b",
        r"\bapply\s+(?:\w+\s+){0,2}(?:with|to|at|through|via)\s+(?:you\b|your\b|ur\b)",
        r"\bi\s+(?:could|can|might|may|should)\s+apply\b",
        r"\b(?:my|an?)\s+application\s+(?:to|for)\b",
        r"\bsend\s+my\s+application\b",
        r"\bi\b(?:\s+[\w']+){0,6}\s+(?:get|be|been)\s+hired\s+(?:onto|on|in|at|by|into)\s+"
        r"(?:your|you)\b",
        r"\b(?:i|me)\b(?:\s+[\w']+){0,5}\s+hired\s+(?:by|at|in|onto)\s+(?:you\b|your)",
        r"\b(?:hire|employ|recruit|take\s+on)\s+me\b|\btake\s+me\s+on\b",
        r"\bhire\s+(?:someone\s+(?:like\s+me|with\s+my)|people\s+like\s+me|a\s+person\s+like\s+me)",
        rf"\b(?:i|me)\b(?:\s+[\w']+){{0,4}}\s+(?:work|start|intern)\s+(?:for|at|with|in)\s+"
        rf"(?:you\b|{_YOUR_PLACE_EN})",
        rf"\b(?:i|me)\b(?:\s+[\w']+){{0,4}}\s+join\s+(?:you\b|{_YOUR_PLACE_EN})",
        rf"\bwork\s+(?:at|for|in)\s+{_YOUR_PLACE_EN}\s+as\b",
        # Dutch
        r"\b(?:kan|mag|zou|moet|kun|kunt)\s+ik(?:\s+[\w']+){0,3}\s+solliciteren\b",
        r"\bik(?:\s+[\w']+){0,2}\s+(?:kan|kun|mag|zou|wil|moet|ga)\s+solliciteren\b",
        r"\bsollicit\w*\s+(?:bij\s+jullie|bij\s+u|bij\s+jou)\b|\bopen\s+sollicitatie\b",
        r"\b(?:mij|me)\s+(?:\w+\s+){0,2}aannemen\b",
        r"\b(?:mij|me|iemand\s+(?:zoals|als)\s+ik|iemand\s+met\s+mijn\s+\w+)(?:\s+\w+){0,2}\s+"
        r"aan(?:nemen|genomen)\b",
        r"\bik\b(?:\s+[\w']+){0,6}\s+aangenomen\b",
        r"\bik\b(?:\s+[\w']+){0,4}\s+(?:bij|voor)\s+(?:jullie|u|jou|hier)(?:\s+[\w']+){0,3}\s+"
        r"(?:werken|beginnen|aan\s+de\s+slag|in\s+dienst|solliciteren|stage\s+lopen)\b",
        r"\bbij\s+(?:jullie|u)\s+(?:\w+\s+){0,2}(?:komen\s+)?(?:werken|aan\s+de\s+slag)\b",
        r"\bnaar\s+wie\s+(?:moet|kan|mag)\s+ik\s+(?:mijn|m'n)\s+(?:cv|sollicitatie)",
        r"\bwho\s+(?:should|can|do)\s+i\s+send\s+my\s+(?:cv|resume|application)\b",
    ],
    "hunt": [
        r"\b(?:looking|searching|hunting|asking)\s+(?:you\s+)?for\s+(?:(?:a|an|any|some|"
        r"new|the|my|next|another|paid|full-time|part-time|permanent)\s+){0,3}"
        r"(?:job|jobs|work|employment|position|positions|vacancy|vacancies|internship)\b",
        r"\b(?:i'm|i\s+am|im|i've\s+been)\s+(?:\w+\s+)?applying\s+(?:for|to)\b",
        r"\bi\s+(?:really\s+|urgently\s+|badly\s+)?(?:need|want)\s+(?:(?:a|some|new|paid)\s+)"
        r"{0,2}(?:job|work)\b",
        r"\b(?:give|get|find|offer)\s+me\s+(?:a|an|some)\s+(?:(?:new|paid)\s+)?(?:job|position|"
        r"role|work)\b",
        r"\bhelp\s+me\s+(?:to\s+)?(?:find|get|land)\s+(?:a\s+|an\s+)?(?:job|position|"
        r"role|work|one)\b",
        r"\bafter\s+(?:a|an|some|any)\s+(?:new\s+)?(?:job|position|role)\b",
        r"\bopen\s*to\s*work\b",
        r"\bi(?:'d|\s+would)\s+(?:love|like)\s+to\s+work\s+(?:at|for|with|in)\s+(?:your|you)\b",
        # Dutch
        r"\bik\s+(?:ben\s+(?:\w+\s+)?op\s+zoek\s+naar|zoek|wil|zou\s+graag\s+willen|zou\s+graag)"
        r"(?:\s+(?:graag|eigenlijk|nog|wel|heel|dringend|al\s+een\s+tijdje)){0,3}\s+"
        r"(?:(?:een|nieuw|ander|betaald|nieuwe|andere)\s+){0,3}"
        r"(?:baan|werk|job|functie|opdrachten)\b",
        r"\b(?:op\s+zoek\s+naar|zoek)\s+(?:een\s+)?(?:nieuwe\s+)?(?:baan|job)\b",
        r"\bik\s+heb(?:\s+\w+){0,2}\s+(?:een\s+)?(?:baan|werk|job|inkomen|opdrachten)\s+nodig\b",
        r"\b(?:heb|hebt|heeft|hebben)\s+(?:je|jij|u|jullie)(?:\s+\w+){0,2}\s+(?:een\s+)?"
        r"(?:baan|banen|plek|plekje|ruimte|vacature|werk)\s+voor\s+(?:mij|me)\b",
        r"\b(?:kan|kun|kunt)\s+(?:je|jij|u|ge|gij)\s+(?:mij|me)\s+(?:aan\s+)?(?:een\s+)?"
        r"(?:baan|job|werk)\s+helpen\b",
        r"\b(?:available|beschikbaar)\s+(?:as|als|for\s+(?:work|hire|a\s+new)|voor\s+"
        r"(?:werk|een\s+(?:baan|functie|nieuwe)))\b",
    ],
}

_NEGATION = re.compile(r"\b(?:not|never|no|niet|geen|nooit)\b|n't\b")
_COMPILED = {family: [re.compile(p) for p in patterns] for family, patterns in _FAMILIES.items()}
# A match that stops on "your"/"jullie"/"the" is quoted up to the noun after it.
_DANGLING_WORDS = frozenset(
    ["your", "ur", "the", "my", "de", "het", "een", "jullie", "je", "jouw", "uw"]
)
_NEXT_WORD = re.compile(r"\s+[\w'-]+")
_CONDITIONAL = re.compile(r"\b(?:when|if|als|wanneer|zodra)\s+(?:you|je|jij|u|jullie)\b")


@dataclass(frozen=True)
class JobRequest:
    """One request for a job: its family (see the module text) and the words that ask."""

    family: str
    start: int
    end: int
    excerpt: str


def find_job_request(text: str) -> JobRequest | None:
    """The first request for a job in ``text`` (any case), or None.

    ``start``/``end`` index into ``text``; the excerpt is the matched words as written.
    """
    lowered = text.lower()
    best: JobRequest | None = None
    for family, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(lowered):
                if _negated(lowered, match.start()) or _conditional(lowered, match.start()):
                    continue
                found = JobRequest(family, match.start(), match.end(), "")
                if best is None or found.start < best.start:
                    best = found
                break
    if best is None:
        return None
    end = best.end
    last = lowered[best.start : end].split()[-1:]
    tail = _NEXT_WORD.match(lowered, end) if last and last[0] in _DANGLING_WORDS else None
    if tail:
        end = tail.end()
    excerpt = " ".join(text[best.start : end].split())
    return JobRequest(best.family, best.start, best.end, excerpt.strip(" ,.;:?!"))


def _negated(lowered: str, start: int) -> bool:
    before = lowered[max(0, start - 40) : start]
    cut = max(before.rfind(ch) for ch in ".!?\n;")
    return bool(_NEGATION.search(before[cut + 1 :]))


def _conditional(lowered: str, start: int) -> bool:
    """ "When you hire a junior, …" talks about their work, not about hiring me."""
    before = lowered[max(0, start - 25) : start]
    return bool(_CONDITIONAL.search(before)) and not re.search(r"\b(?:i|me|ik|mij)\b", before)
