"""The words and phrases the ask checker looks for, in English and Dutch.

Kept apart from the rules in ``ask_checker`` so the vocabulary can grow without touching
the logic. Every pattern starts with a literal word (never with an open-ended ``\\w+``) and
any gap between words is bounded, so a search stays linear in the length of the text.

Both languages' patterns are always applied: people mix them ("Hoi Anna, ... #opentowork"),
and the phrases of one language practically never occur in the other.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE


def _any(*patterns: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), _FLAGS | flags)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word as the checker sees it: letters first, then letters, digits, hyphens, apostrophes.
WORD = re.compile(r"[^\W\d_][\w'-]*")

# --- naming a role (profession) ------------------------------------------------------

# Words that can follow "as a" / "als" without being a role.
_NOT_A_ROLE_EN = (
    "result|first|start|starter|matter|way|whole|rule|bonus|favou?r|thank|side|reminder|"
    "follow|courtesy|starting|last|final|quick|small|short|kind|sort|gift|token|friend"
)
_NOT_A_ROLE_NL = (
    "je|jij|u|het|ik|we|wij|ze|zij|er|dat|die|dit|deze|eerste|laatste|tweede|specialisme|"
    "volgt|gevolg|men|iemand|mensen|jullie|hij|zo|ook|maar|nog|dan|wat|wie|hoe|iets|alles|"
    "geen|zodanig|voorbeeld|dank|bedankje|extra|jouw|mijn|zijn|hun|ons|onze|zodra|mogelijk"
)

ROLE = _any(
    rf"\bwork(?:s|ing|ed)?\s+as\s+(?:an?\s+)?(?!(?:{_NOT_A_ROLE_EN})\b)[^\W_]",
    r"\bwerk(?:t|en|te|ten)?\s+als\s+[^\W_]",
    rf"\bas\s+an?\s+(?!(?:{_NOT_A_ROLE_EN})\b)[^\W\d_]",
    r"\b(?:jobs?|positions?|roles?|careers?|experience|available|employed|hired|"
    r"apply(?:ing)?)\s+as\s+[^\W\d_]",
    r"\b(?:in\s+the\s+)?role\s+of\b",
    rf"\bals\s+(?!(?:{_NOT_A_ROLE_NL})\b)[^\W\d_]",
    r"\bin\s+de\s+(?:functie|rol)\s+van\b",
)

# --- naming a specialism ---------------------------------------------------------------

SPECIALISM = _any(
    # English
    r"\bspeciali[sz](?:ed|ing|es|e)\s+(?:in|on)\b",
    r"\bspecialist\s+in\b",
    r"\b(?:specialism|speciality|specialty|speciali[sz]ation)\b",
    r"\bfocus(?:es|ed|ing|sed|sing)?\s+on\b",
    r"\b(?:expertise|expert|experience|experienced|background)\s+in\b",
    r"\bemphasis\s+on\b",
    r"\bconcentrat(?:e|es|ed|ing)\s+on\b",
    r"\b(?:who\s+work|working)\s+on\b",
    r"\bknows?\s+(?:a\s+lot|a\s+great\s+deal|much|everything)\s+about\b",
    # Dutch
    r"\bgespecialiseerd\b",
    r"\bspecialiseren\b",
    r"\bspecialiseert\b",
    r"\bspecialis(?:me|men|atie)\b",
    r"\bspecialist\s+(?:in|op)\b",
    r"\bfocus\s+op\b",
    r"\bgefocust\s+op\b",
    r"\bgericht\s+op\b",
    r"\bricht(?:en|te|ten)?\s+(?:zich\s+)?op\b",
    r"\bnadruk\s+op\b",
    r"\b(?:expertise|deskundig)\s+(?:in|op)\b",
    r"\b(?:ervaring|achtergrond)\s+(?:in|met)\b",
    r"\b(?:veel|alles)\s+(?:weten|weet|kennis\s+hebben|verstand\s+hebben)\s+(?:van|over)\b",
)

# Walking back from a specialism marker to find the role it belongs to
# ("data analysts who specialise in", "een product owner met als specialisme"):
# these words are stepped over ...
IMPLIED_ROLE_SKIP = _words(
    """, who that which are is was were a an with and mainly mostly primarily particularly
    especially strongly fully heavily also really very die dat zich zijn is met de een en
    als vooral voornamelijk echt sterk erg heel zeer ook"""
)
# ... and these end the walk without a role: a person is not a profession.
IMPLIED_ROLE_STOP = _words(
    """. ! ? ; : people person persons someone somebody anyone anybody contacts contact
    others everyone folks i i'm im me my we you your they them it i'd something work
    working am be mensen iemand personen contacten anderen iedereen ik mij mijn wij jij
    je jou jouw u ze zij hen hun het iets werk werken ben bent"""
)
IMPLIED_ROLE_TOKEN = re.compile(r"[^\W\d_][\w'-]*|[,.!?;:]")

# --- vague phrases ---------------------------------------------------------------------

VAGUE = _any(
    # English
    r"\b(?:know|have|got)\s+(?:of\s+)?anything(?:\s+for\s+me)?\b",
    r"\banything\s+(?:for\s+me|in|with|really|at\s+all|goes)\b",
    r"\bsomething\s+(?:in|with|creative|different|nice|fun|interesting)\b",
    r"\bany\s+(?:job|jobs|work|role|position|field|sector|industry)\b",
    r"\bany\s+(?:kind|type|sort)\s+(?:of\s+(?:job|work|role|position)s?|really|will\s+do|"
    r"is\s+fine)\b",
    r"\bwhatever\b",
    r"\bwhichever\b",
    r"\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:really\s+)?(?:matter|mind)\s+"
    r"(?:what|which|where)\b",
    r"\bno\s+matter\s+what\b",
    r"\bopen\s+to\s+(?:anything|everything|all\s+kinds?)\b",
    r"\ball\s+kinds\s+of\s+(?:jobs|work|roles|things)\b",
    # Dutch
    r"\bweet\s+(?:jij|je|u)\s+(?:wat|iets)(?:\s+voor\s+(?:mij|me))?\b",
    r"\b(?:wat|iets)\s+voor\s+(?:mij|me)\b",
    r"\biets\s+(?:in\s+de|in\s+het|creatiefs|leuks|moois|interessants)\b",
    r"\bmaakt\s+(?:(?:me|mij|het)\s+)?(?:niet|niks|weinig)\s+"
    r"(?:(?:zo\s*veel|veel|echt|zo|heel\s+veel)\s+)?uit\b",
    r"\bom\s+het\s+even\b",
    r"\bwat\s+dan\s+ook\b",
    r"\bvan\s+alles\b",
    r"\balles\s+is\s+goed\b",
    r"\bwelk\w{0,2}\s+[^\W\d_]{1,40}\s+dan\s+ook\b",
    r"\bopen\s+voor\s+alles\b",
)

# --- asking for a job ------------------------------------------------------------------

_JOB_NOUN_EN = (
    r"(?:job|jobs|work|employment|position|positions|role|roles|vacancy|vacancies|opening|"
    r"openings|internship|traineeship)"
)
_JOB_FILLER_EN = (
    r"(?:(?:a|an|any|some|new|the|my|next|another|paid|full-time|part-time|permanent)\s+)"
)

JOB = _any(
    # English
    rf"\b(?:looking|searching|hunting|hoping|applying|asking|ask)\s+(?:you\s+)?for\s+"
    rf"{_JOB_FILLER_EN}{{0,3}}{_JOB_NOUN_EN}\b",
    rf"\b(?:find|get|land|want|need|seek|seeking)\s+{_JOB_FILLER_EN}{{0,3}}"
    rf"(?:job|jobs|work|employment|position|role|vacancy|opening)\b(?!\s+(?:done|out)\b)",
    r"\b(?:job|jobs|work|position|role|vacancy|opening|place|spot)\s+for\s+(?:me|myself)\b",
    r"\bany\s+(?:jobs?|vacanc(?:y|ies)|openings?|positions?|job\s+openings?|"
    r"opportunit(?:y|ies)|roles?)\b",
    r"\bvacanc(?:y|ies)\b",
    r"\bopen\s+(?:positions?|roles?|jobs?)\b",
    r"\bafter\s+(?:a|an|some|any)\s+(?:new\s+)?(?:job|position|role)\b",
    r"\bhiring\b(?!\s+managers?\b)",
    r"\brecruiting\b",
    r"\b(?:hire|employ|recruit)\s+me\b",
    r"\btake\s+me\s+on\b",
    r"\bappl(?:y|ying|ied)\s+(?:for|to|at|with)\b",
    r"\bjob\s+(?:applications?|hunt|hunting|search|offer|as|at)\b",
    r"\bopen\s*to\s*work\b",
    r"\bwork\s+(?:for|at)\s+(?:you|your)\b",
    r"\bwork\s+there\b",
    r"\bjoin\s+(?:your|the)\s+(?:team|company|organi[sz]ation)\b",
    r"\bavailable\s+(?:as|for\s+(?:work|hire|a\s+new))\b",
    r"\bnew\s+(?:job|challenge|employer)\b",
    r"\broom\s+for\s+(?:me|a|an|someone\s+like\s+me)\b",
    # Dutch
    r"\b(?:baan|banen|baantje|vacatures?|sollicit\w{0,12})\b",
    r"\b(?:zoek|zoeken|zoekt|naar|wil|wilt|vinden|krijgen|nodig|heb|hebt|hebben)\s+"
    r"(?:(?:ik|je|jij|u|jullie|nog|ook|een|ander|nieuw|betaald|leuk|wel|graag)\s+){0,3}"
    r"werk\b",
    r"\bwerk\s+(?:voor|aan)\s+(?:me|mij)\b",
    r"\b(?:zoeken|zoekt|nemen|hebben)\s+(?:jullie|jij|je|u|ze)\s+"
    r"(?:(?:nog|ook|toevallig|momenteel|misschien)\s+){0,3}"
    r"(?:mensen|iemand|personeel|versterking|collega'?s)\b",
    r"\baan(?:nemen|genomen)\b",
    r"\bin\s+dienst\b",
    r"\bbij\s+(?:jullie|jou|u)\s+(?:komen\s+)?(?:werken|aan\s+de\s+slag)\b",
    r"\b(?:een|nieuwe|andere|volgende)\s+"
    r"(?:functie|betrekking|aanstelling|werkplek|uitdaging)\b",
    r"\bfunctie\s+(?:als|bij|voor\s+(?:mij|me))\b",
    r"\b(?:nieuwe|andere)\s+werkgever\b",
    r"\b(?:plek|plaats|ruimte)\s+voor\s+(?:mij|me|iemand\s+zoals\s+ik)\b",
    r"\bbeschikbaar\s+(?:als|voor\s+(?:werk|een\s+(?:baan|functie|nieuwe)))\b",
    r"\bopen\s+voor\s+(?:nieuwe\s+)?(?:werk|banen|functies|kansen|een\s+baan)\b",
    r"\baan\s+de\s+slag\s+als\b",
)

# A job phrase right after one of these is a denial ("I'm not asking you for a job").
NEGATION = _any(r"\b(?:not|never|no|niet|geen|nooit)\b", r"n't\b")

# --- addressing a crowd ----------------------------------------------------------------

_CROWD_EN = (
    r"all|everyone|everybody|network|connections|friends|folks|people|linkedin|community|"
    r"y'all|you\s+all|guys|colleagues|followers|my\s+(?:network|connections|friends)"
)
_CROWD_NL = (
    r"allemaal|iedereen|allen|netwerk|connecties|mensen|vrienden|linkedin(?:-?\w{1,20})?|"
    r"lezers|volgers|collega'?s|netwerkers|lieve\s+mensen"
)

BROADCAST = _any(
    # greetings to a crowd at the start of a line
    r"^[^\w#\n]{0,10}(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|"
    rf"evening)|to)\s+(?:{_CROWD_EN})\b",
    r"^[^\w#\n]{0,10}(?:beste|lieve|hallo|hoi|hai|hey|hé|goedemorgen|goedemiddag|"
    rf"goedenavond|dag)\s+(?:{_CROWD_NL})\b",
    # English
    r"\b(?:everyone|everybody)\s+(?:who|that|in|here|out\s+there)\b",
    r"\b(?:all|any|those|some|one)\s+of\s+you\b",
    r"\byou\s+all\b",
    r"\by'all\b",
    r"\bplease\s+(?:share|repost|reshare|like)\b",
    r"\b(?:share|repost|reshare|retweet)\s+(?:this|my\s+post)\b",
    r"\bfeel\s+free\s+to\s+(?:share|tag|repost)\b",
    r"\btag\s+(?:someone|anyone|people|a\s+friend)\b",
    r"\b(?:in|below\s+in)\s+the\s+comments\b",
    r"\bcomment\s+below\b",
    # Dutch
    r"\biedereen\s+die\b",
    r"\ballen\s+die\b",
    r"\b(?:iemand|wie|een|eentje)\s+van\s+jullie\b",
    r"\bjullie\s+allemaal\b",
    r"\b(?:kent|weet|heeft|is\s+er|zijn\s+er|zit\s+er)\s+(?:er\s+)?(?:iemand|mensen)\b",
    r"\bdeel\s+(?:dit|het\s+bericht|mijn\s+bericht|gerust)\b",
    r"\b(?:graag|gerust)\s+(?:delen|liken|reposten)\b",
    r"\bdelen\s+(?:wordt|mag|is)\b",
    r"\bdit\s+bericht\s+(?:delen|liken)\b",
    r"\bin\s+de\s+reacties\b",
    r"\breageer\s+hieronder\b",
    # hashtags (not C#, not URL fragments)
    r"(?<![\w&/#])#[^\W\d_]\w{0,40}",
    flags=re.MULTILINE,  # for the greetings: ^ is the start of any line
)

# "anyone"/"anybody" is a crowd unless the clause talks to "you" ("do you know anyone").
ANYONE = re.compile(r"\b(?:anyone|anybody)\b", _FLAGS)
SECOND_PERSON = re.compile(r"\b(?:you|your|u|jij|je|jou|jouw|jullie)\b", _FLAGS)

# A clause opening with "Who can ...?" / "Wie kan ...?" asks the crowd, unless it goes on
# with "you" ("Who would you suggest?").
CROWD_QUESTION = re.compile(
    r"^\W{0,10}(?:(?:so|and|but|then|en|dus|maar)\W{1,5})?"
    r"(?:who\s+(?:can|could|would|will|knows?|has|wants?|is|might|may)\b"
    r"(?!\s+(?:you|i|we|they)\b)"
    r"|wie\s+(?:o\s+wie\s+)?(?:kan|kent|weet|heeft|wil|wilt|helpt|denkt|zou|gaat|is)\b"
    r"(?!\s+(?:jij|je|u|ik|jullie|we|wij)\b)"
    r"|iemand\s+die\b)",
    _FLAGS,
)

# --- questions and invitations -------------------------------------------------------

# Stripped from the front of a clause before looking at its first word.
GREETING_PREFIX = re.compile(
    r"^\s{0,20}(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)|hoi|hallo|"
    r"hai|hé|beste|lieve|dag|geachte|goedemorgen|goedemiddag|goedenavond)\b[^,\n]{0,40},",
    _FLAGS,
)
CONJUNCTION_PREFIX = re.compile(
    r"^\W{0,10}(?:and|so|but|also|or|plus|then|well|btw|ps|en|dus|maar|ook|of|nou|oh)\b,?",
    _FLAGS,
)
QUESTION_WORDS = _words(
    """who whom whose what which where when why how wie wat waar wanneer welke welk waarom
    hoe waarmee waarover waarheen waarbij waarvoor hoeveel"""
)
PREPOSITIONS = _words("with to for in at from about on by met bij aan naar op voor van over")

INVITATION = _any(
    # English
    r"\bthink(?:ing)?\s+(?:along|with\s+me|it\s+(?:over|through)\s+with\s+me)\b",
    r"\bbrainstorm",
    r"\byour\s+(?:thoughts|advice|ideas|suggestions|input|tips|views?|perspective|"
    r"insights?|take)\b",
    r"\bany\s+(?:ideas|suggestions|tips|advice|thoughts|pointers)\b",
    r"\b(?:would|could|can)\s+you\s+(?:suggest|recommend|advise)\b",
    r"\badvise\s+me\b",
    r"\bpick\s+your\s+brains?\b",
    # Dutch
    r"\bmee\s*(?:te\s+|willen\s+|wil\s+)?denk",
    r"\bdenk\w{0,3}\s+(?:(?:je|jij|u|jullie|er|met|me|mij|ons|eens|even|misschien)\s+)"
    r"{0,4}mee\b",
    r"\b(?:je|jouw|uw|jullie)\s+(?:advies|ideeën|ideeen|tips|gedachten|suggesties|input|"
    r"kijk)\b",
    r"\b(?:ideeën|ideeen|suggesties|tips)\s+(?:zijn\s+)?(?:welkom|van\s+harte)\b",
    r"\bbenieuwd\s+naar\s+(?:je|jouw|uw)\b",
    r"\badvis(?:eren|eer|eert)\b",
)

# --- telling the languages apart -------------------------------------------------------

DUTCH_WORDS = _words(
    """ik jij jou jouw het een de en van met die dat wil zoek ben naar mensen voor niet hoe
    wie mij kun kan heb ook graag als werken bij zou mee hoi hallo beste zijn iemand wat
    weet ken meedenken wilt dit er hen ze hun nog maar te om op zoals kunnen graag"""
)
ENGLISH_WORDS = _words(
    """i you your the a an and of with who that would looking for people to my are can do
    know work about how not hi hello dear think along someone anyone they them could like
    please am i'm i'd have has what where which this will"""
)
