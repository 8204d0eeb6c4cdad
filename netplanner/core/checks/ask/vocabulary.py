"""Phrase patterns of the ask checker: invitations, crowds, vague phrases, greetings.

Kept apart from the rules in ``checker``. Every pattern starts with a literal word and
every gap is bounded, so a search stays linear in the length of the text. Both languages'
patterns always apply: people mix them ("Hoi Anna, … #opentowork").
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

# --- vague phrases ---------------------------------------------------------------------
# "It does not matter what": vague even next to a role ("a consultant, whatever the field").
INDIFFERENT = _any(
    r"\bwhatever\b",
    r"\bwhichever\b",
    r"\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:really\s+)?(?:matter|mind)\s+"
    r"(?:what|which|where)\b",
    r"\bno\s+matter\s+what\b",
    r"\bany\s+(?:kind|type|sort)\s+(?:of\s+(?:job|work|role|position)s?|really|will\s+do|"
    r"is\s+fine)\b",
    r"\bany\s+job\b",
    r"\bopen\s+to\s+(?:anything|everything|all\s+kinds?)\b",
    r"\bmaakt\s+(?:(?:me|mij|het)\s+)?(?:niet|niks|weinig)\s+"
    r"(?:(?:zo\s*veel|veel|echt|zo|heel\s+veel)\s+)?uit\b",
    r"\bom\s+het\s+even\b",
    r"\bwat\s+dan\s+ook\b",
    r"\bwelk\w{0,2}\s+[^\W\d_]{1,40}\s+dan\s+ook\b",
    r"\bopen\s+voor\s+alles\b",
    r"\balles\s+is\s+goed\b",
)
# Vague when nothing concrete is named: quoted to show the user what is vague.
VAGUE = _any(
    r"\b(?:know|have|got)\s+(?:of\s+)?anything(?:\s+for\s+me)?\b",
    r"\banything\s+(?:for\s+me|in|with|really|at\s+all|goes)\b",
    r"\bsomething\s+(?:(?:more|a\s+bit|bit)\s+)?(?:new|in|with|creative|creatief|different|"
    r"meaningful|nice|fun|interesting|else)\w*\b",
    r"\bsomething\b",
    r"\b(?:a|the)\s+(?:new|next)\s+(?:challenge|step|chapter|adventure)\b",
    r"\b(?:new|any|all|exciting)\s+opportunit(?:y|ies)\b",
    r"\bopportunities\s+in\b",
    r"\b(?:a\s+)?career\s+change\b",
    r"\bnot\s+sure\s+what\b",
    r"\bsomehow\b",
    r"\bwork\s+with\s+people\b",
    r"\bweet\s+(?:jij|je|u)\s+(?:wat|iets)(?:\s+voor\s+(?:mij|me))?\b",
    r"\b(?:wat|iets)\s+voor\s+(?:mij|me)\b",
    r"\biets\s+(?:heel\s+)?(?:in\s+de|in\s+het|met|anders|nieuws|creatief\w*|leuks|moois|"
    r"interessants)\w*(?:\s+[^\W\d_]+)?\b",
    r"\biets\b",
    r"\b(?:een\s+)?(?:nieuwe|volgende)\s+(?:uitdaging|stap)\b",
    r"\b(?:nieuwe|alle)\s+(?:kansen|mogelijkheden)\b",
    r"\bof\s+zo\b",
    r"\bop\s+de\s+een\s+of\s+andere\s+manier\b",
    r"\bvan\s+alles\b",
    r"\bvast\s+in\s+mijn\s+loopbaan\b",
)

# --- addressing a crowd ----------------------------------------------------------------

_CROWD_EN = (
    r"all|everyone|everybody|network|connections|friends|folks|people|linkedin(?:\s+\w+)?|"
    r"community|y'all|you\s+all|guys|colleagues|followers|fellow\s+\w+|alumni|"
    r"(?:my|dear)\s+(?:network|connections|friends|colleagues)|friends\s+and\s+\w+"
)
_CROWD_NL = (
    r"allemaal|iedereen|allen|netwerk|connecties|mensen|vrienden|linkedin(?:-?\w{1,20})?|"
    r"lezers|volgers|collega'?s|netwerkers|lieve\s+mensen|mijn\s+\w+|vrienden\s+en\s+\w+"
)

BROADCAST = _any(
    # greetings to a crowd at the start of a line
    r"^[^\w#\n]{0,10}(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|"
    rf"evening)|to|calling)\s+(?:all\s+)?(?:{_CROWD_EN})\b",
    r"^[^\w#\n]{0,10}(?:beste|lieve|hallo|hoi|hai|hey|hé|goedemorgen|goedemiddag|"
    rf"goedenavond|dag|aan)\s+(?:al\s+)?(?:{_CROWD_NL})\b",
    rf"^[^\w#\n]{{0,10}}(?:{_CROWD_EN}|{_CROWD_NL})\s*[,:!]",
    r"^[^\w#\n]{0,10}calling\s+all\b",
    # English
    r"\b(?:everyone|everybody)\s+(?:who|that|in|here|out\s+there)\b",
    r"\b(?:all|any|those|some|one)\s+of\s+you\b",
    r"\byou\s+all\b",
    r"\by'all\b",
    r"\bplease\s+(?:share|repost|reshare|like|tag|comment)\b",
    r"\b(?:share|repost|reshare|retweet)\s+(?:this|my\s+post)\b",
    r"\b(?:shares|likes)\s+(?:and\s+\w+\s+)?(?:appreciated|welcome)\b",
    r"\bfeel\s+free\s+to\s+(?:share|tag|repost)\b",
    r"\btag\s+(?:someone|anyone|people|a\s+friend|them)\b",
    r"\b(?:in|below\s+in)\s+the\s+comments\b",
    r"\b(?:drop\s+a\s+)?comment\s+(?:below|or\s+dm)\b",
    r"\bdm\s+me\b",
    r"\b(?:is\s+there\s+)?any(?:one|body)\s+(?:out\s+there|here|in\s+my\s+network)\b",
    # Dutch
    r"\biedereen\s+die\b",
    r"\ballen\s+die\b",
    r"\b(?:iemand|wie|een|eentje)\s+van\s+jullie\b",
    r"\bjullie\s+allemaal\b",
    r"\b(?:kent|weet|heeft|is\s+er|zijn\s+er|zit\s+er|werkt\s+er)\s+(?:er\s+)?"
    r"(?:iemand|mensen)\b",
    r"\bdeel\s+(?:dit|het\s+bericht|mijn\s+bericht|gerust)\b",
    r"\b(?:graag|gerust)\s+(?:delen|liken|reposten)\b",
    r"\b(?:delen|likes|shares)(?:\s+en\s+\w+)?\s+(?:wordt|worden|mag|is|zijn)\b",
    r"\bdit\s+bericht\s+(?:delen|liken)\b",
    r"\bin\s+de\s+(?:reacties|comments)\b",
    r"\breageer\s+hieronder\b",
    r"\btag\s+(?:ze|hem|haar|iemand)\s+hieronder\b",
    r"\bstuur\s+(?:me|mij)\s+een\s+(?:dm|pb|berichtje)\b",
    r"\bin\s+mijn\s+netwerk\b",
    # hashtags (not C#, not URL fragments)
    r"(?<![\w&/#])#[^\W\d_]\w{0,40}",
    flags=re.MULTILINE,  # for the greetings: ^ is the start of any line
)

# A clause opening with "Who can ...?" / "Wie kan ...?" asks the crowd, unless it goes on
# with "you" ("Who would you suggest?").
CROWD_QUESTION = re.compile(
    r"^\W{0,10}(?:(?:so|and|but|then|en|dus|maar)\W{1,5})?"
    r"(?:who(?:'d|'s)?\s+(?:can|could|would|will|knows?|has|wants?|is|might|may|fancies|"
    r"fancy|feels?|be|else)\b(?!\s+(?:you|i|we|they|u)\b)"
    r"|wie\s+(?:o\s+wie\s+)?(?:kan|kent|weet|heeft|wil|wilt|helpt|denkt|zou|gaat|is)\b"
    r"(?!\s+(?:jij|je|u|ik|jullie|we|wij|ge|gij)\b)"
    r"|iemand\s+die\b|any(?:one|body)\b)",
    _FLAGS,
)

# "anyone"/"anybody" is a crowd unless the clause talks to "you" ("do you know anyone").
ANYONE = re.compile(r"\b(?:anyone|anybody)\b", _FLAGS)

# --- questions and invitations -------------------------------------------------------

GREETING_PREFIX = re.compile(
    r"^\s{0,20}(?:hi|hello|hey|hiya|yo|dear|good\s+(?:morning|afternoon|evening)|hoi|hallo|"
    r"hai|hé|beste|lieve|dag|geachte|goedemorgen|goedemiddag|goedenavond|goeiedag|"
    r"goedendag)\b[^,\n!-]{0,40}[,!-]",
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
SECOND_PERSON = re.compile(
    r"\b(?:you|your|u|ur|jij|je|jou|jouw|jullie|ge|gij|uw)\b|\bdenk\w*\s+(?:mee|na)", _FLAGS
)

_THINK_EN = r"(?:think|thinking|figure|figuring|work|working|sort|map|mapping|reflect)"
INVITATION = _any(
    # English: think along / with me / it through; brainstorm; pick your brain
    r"\bthink(?:ing)?\s+(?:along|with\s+me|(?:it|this|that|things)\s+(?:over|through)|"
    r"about\s+(?:this|it|that)\s+with\s+me)\b",
    r"\bthink(?:ing)?\s+(?:\w+\s+){0,4}?with\s+me\b",
    r"\bbrainstorm",
    r"\bpick\s+your\s+brains?\b",
    rf"\bhelp\s+me\s+(?:to\s+)?{_THINK_EN}\b",
    r"\b(?:your|ur|some|any)\s+(?:thoughts|advice|ideas|suggestions|input|tips|views?|"
    r"perspective|insights?|take|pointers)\b",
    r"\bshare\s+(?:\w+\s+)?(?:thoughts|ideas|advice|suggestions|tips)\b",
    r"\b(?:would|could|can|will)\s+you\s+(?:suggest|recommend|advise)\b",
    r"\badvise\s+me\b",
    r"\bany\s+(?:ideas|suggestions|tips|advice|thoughts|pointers)\b",
    # Dutch: meedenken in all its forms, nadenken met me, sparren, advies
    r"\bmee\s*(?:te\s+|willen\s+|wil\s+|kunnen\s+)?denk",
    r"\bdenk\w{0,3}\s+(?:(?:je|jij|u|jullie|ge|gij|er|met|me|mij|ons|eens|efkes|even|"
    r"misschien|eventjes)\s+){0,4}mee\b",
    r"\b(?:met\s+(?:me|mij)\s+)(?:\w+\s+){0,2}(?:na\s*(?:te\s+)?denken|nadenken|sparren|"
    r"brainstormen|puzzelen)\b",
    r"\b(?:nadenken|sparren|brainstormen)\s+met\s+(?:me|mij)\b",
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
    weet ken meedenken wilt dit er hen ze hun nog maar te om op zoals kunnen graag
    ge gij zoudt uwe efkes dag allemaal iedereen wie denkt jullie"""
)
ENGLISH_WORDS = _words(
    """i you your the a an and of with who that would looking for people to my are can do
    know work about how not hi hello dear think along someone anyone they them could like
    please am i'm i'd have has what where which this will im u ur hey everyone"""
)
