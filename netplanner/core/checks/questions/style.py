"""Question shapes the structural rules of ``parse`` cannot see alone.

* Open prompts: "Tell me about…", "Can you walk me through…", "I'd love to hear how…",
  "Vertel eens…", "Kun je me meenemen in…", "Ik ben benieuwd hoe…". Career guides count
  them as open questions: they ask the other person to tell, and "no" is no answer.
* Loaded questions: "How amazing is it…", "Hoe geweldig was het…" put the answer in.
* Presumptive questions: "Why is this the best company?", "What makes your team so much
  better than…", "Waarom is jullie sector zo veel innovatiever dan…".
* Elliptical doubles: "most and least", "het beste en het slechtste", "het leukst en het
  minst leuk" ask two things in one phrase.
"""

from __future__ import annotations

import re


def _split(text: str) -> list[str]:
    return text.split()


_LEAD_IN = r"^(?:(?:so|and|ok|okay|well|please|oh|dus|en|oké|nou|trouwens)[ ,]+)*"

PROMPT = {
    "en": re.compile(
        _LEAD_IN + r"(?:"
        r"(?:please\s+)?(?:tell|walk|talk)\s+(?:me|us)\b"
        r"|(?:please\s+)?(?:describe|explain)\b"
        r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|walk|talk|take)\s+"
        r"(?:me|us)\b"
        r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:describe|explain|talk\s+about|"
        r"share\s+(?:\w+\s+)?(?:about|how|what|why))\b"
        r"|i(?:'d|\s+would)\s+(?:really\s+)?(?:love|like|be\s+(?:very\s+)?(?:interested|curious|"
        r"keen))\s+to\s+(?:hear|know|learn|understand)\b"
        r"|i(?:'m|\s+am|m)\s+(?:(?:really|very|so|quite)\s+)?(?:curious|interested|keen)\s+"
        r"(?:about|in|to|what|how|why|where|which|who)\b"
        r"|i\s+(?:wonder|was\s+wondering|am\s+wondering)\s+(?:what|how|why|where|which|who)\b"
        r"|i'm\s+wondering\s+(?:what|how|why|where|which|who)\b"
        r")",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        _LEAD_IN + r"(?:"
        r"(?:vertel|vertelt|beschrijf|schets)\b"
        r"|leg\s+(?:\w+\s+){0,3}uit\b"
        r"|neem\s+(?:me|mij|ons)\s+(?:eens\s+)?mee\b"
        r"|(?:kun|kunt|kan|zou|zoudt|wil|wilt)\s+(?:je|jij|u|ge|gij)\s+(?:[\w']+\s+){0,5}?"
        r"(?:vertellen|uitleggen|beschrijven|meenemen|toelichten|schetsen|vertellen)\b"
        r"|ik\s+ben\s+(?:(?:erg|heel|wel|echt|best|zo|benieuwd|nieuwsgierig)\s+)*"
        r"(?:benieuwd|nieuwsgierig)\b"
        r"|ik\s+(?:hoor|wil|zou)\s+(?:\w+\s+){0,2}graag\b(?:\s+\w+){0,4}\s+(?:horen|weten|"
        r"hoor|leren)\b"
        r"|ik\s+hoor\s+graag\b"
        r"|ik\s+vraag\s+me\s+af\s+(?:hoe|wat|waarom|welke|wie|waar)\b"
        r")",
        re.IGNORECASE,
    ),
}

LOADED = frozenset(
    {
        *_split("amazing great wonderful fantastic incredible awesome brilliant cool fun"),
        *_split("exciting terrible awful horrible crazy fabulous marvellous marvelous lovely"),
        *_split("nice super geweldig fantastisch prachtig heerlijk vreselijk"),
        *_split("verschrikkelijk gaaf tof fijn leuk mooi top schitterend fantastische"),
        *_split("geweldige spannend"),
    }
)
_SUPERLATIVE = re.compile(
    r"\b(?:the|de|het)\s+(?:(?:very|aller)\s+)?(?:best|worst|greatest|finest|top|beste|"
    r"slechtste|mooiste|leukste|grootste|fijnste|allerbeste|most|meest|least|minst)\b"
)
_INTENSIFIED_COMPARATIVE = re.compile(
    r"\b(?:so|zo|far|way|veel|much)\s+(?:much\s+|veel\s+)?(?:better|worse|more|beter|"
    r"slechter|meer|\w{3,}er)\b.{0,60}\b(?:than|dan)\b"
)
_WHY = frozenset({"why", "waarom", "how come", "hoezo"})

ELLIPTICAL_DOUBLE = re.compile(
    r"\b(?:most|best|meest|beste|leukst|leukste|mooiste|mooist)\s+(?:and|en)\s+"
    r"(?:the\s+|het\s+|de\s+)?(?:least|worst|minst|slechtste|lastigste|vervelendste)\b"
    r"(?:\s+(?:leuk|leuke|mooi|mooie|fijn|fijne|goed|boeiend|interessant))?",
    re.IGNORECASE,
)


def is_prompt(text: str, lang: str) -> bool:
    """True for an open prompt such as "Tell me about…" or "Vertel eens…"."""
    return bool(PROMPT["nl" if lang == "nl" else "en"].match(text.strip()))


def is_loaded(words: list[str]) -> bool:
    """ "How amazing is it…", "Hoe geweldig was het…": the adjective gives the answer."""
    return len(words) > 2 and words[0] in ("how", "hoe") and words[1] in LOADED


def is_presumptive(words: list[str]) -> bool:
    """A question-word question that takes a superlative or a big difference as given."""
    text = " ".join(words)
    if _INTENSIFIED_COMPARATIVE.search(text):
        return True
    return words[0] in _WHY and bool(_SUPERLATIVE.search(text))
