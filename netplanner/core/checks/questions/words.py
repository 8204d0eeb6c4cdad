"""Word lists and messages of the open-question checker (see ``checker``).

Everything here is data: the finding kinds with their explanations in both languages,
and per language the small closed word classes the rules look at (question words,
auxiliaries, subject pronouns, tags such as ", right?" / ", toch?", ...). Words are
lower case; tokens are compared after ``str.lower()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FindingKind(StrEnum):
    """What can be wrong with a question, most important first (see ``FINDING_KINDS``)."""

    JOB_REQUEST = "job_request"
    LEADING = "leading"
    CLOSED = "closed"
    DOUBLE = "double"
    NOT_A_QUESTION = "not_a_question"


FINDING_KINDS: tuple[FindingKind, ...] = tuple(FindingKind)
"""All finding kinds, ordered by importance; findings are always reported in this order."""

MESSAGES: dict[str, dict[FindingKind, str]] = {
    "en": {
        FindingKind.JOB_REQUEST: (
            "This asks for a job. In an informational conversation you ask about the other "
            "person's work; if something comes up, they will think of you themselves."
        ),
        FindingKind.LEADING: (
            "This question steers towards the answer you expect. Ask neutrally so the other "
            "person can give their own view."
        ),
        FindingKind.CLOSED: (
            "This can be answered with yes or no. Open questions (what, how, which…) get "
            "people talking."
        ),
        FindingKind.DOUBLE: (
            "This asks two things at once. Ask one question at a time; otherwise one of them "
            "usually gets lost."
        ),
        FindingKind.NOT_A_QUESTION: (
            "This is not a question. Turn it into an open question (what, how, which…) so the "
            "other person can tell their story."
        ),
    },
    "nl": {
        FindingKind.JOB_REQUEST: (
            "Hier vraag je om een baan. In een informatiegesprek vraag je naar het werk van de "
            "ander; komt er iets vrij, dan denkt die vanzelf aan jou."
        ),
        FindingKind.LEADING: (
            "Deze vraag stuurt naar het antwoord dat je verwacht. Vraag neutraal, zodat de "
            "ander een eigen kijk kan geven."
        ),
        FindingKind.CLOSED: (
            "Hierop kan iemand ja of nee zeggen. Een open vraag (wat, hoe, welke…) laat de "
            "ander vertellen."
        ),
        FindingKind.DOUBLE: (
            "Hier stel je twee vragen tegelijk. Stel één vraag per keer; anders blijft er "
            "meestal een onbeantwoord."
        ),
        FindingKind.NOT_A_QUESTION: (
            "Dit is geen vraag. Maak er een open vraag van (wat, hoe, welke…), zodat de ander "
            "kan vertellen."
        ),
    },
}

JOB_ALTERNATIVE = {
    "en": "How do people in your field usually find their work?",
    "nl": "Hoe vinden mensen in jouw vak meestal hun werk?",
}
"""An informational question to ask instead of a job request."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*texts: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(text.split()) for text in texts)


FUNCTION_WORDS = {
    "en": _words(
        "the a an you your yours do does did what how which who why where when are were to "
        "and or with for about it that this would could can should have has i my think like "
        "any there don't isn't not from at be been will they their them our he she his her "
        "get work job people"
    ),
    "nl": _words(
        "de het een je jij jouw jullie u uw wat hoe welke welk wie waarom waar wanneer zijn "
        "ben bent heb hebt heeft hebben van en met voor dat dit die zou zouden kun kunt kan "
        "wil wilt ik mij mijn niet ook naar bij er om te nog vind dan als aan uit toch hè "
        "wel geen maar ze zij hij wij ons onze op werk mensen"
    ),
}
"""Common words of each language, for ``detect_language`` (words both share are left out)."""


@dataclass(frozen=True)
class Lexicon:
    """The word classes the structural rules need for one language."""

    question_words: frozenset[str]
    # question words followed by a noun ("which skills", "welke kennis"): the next word
    # says nothing about direct versus indirect word order
    determiner_question_words: frozenset[str]
    # question words with the verb in them ("what's", "how'd", "whats"): never indirect
    contracted_question_words: frozenset[str]
    # words that, right after a question word, mark an indirect question or a subordinate
    # clause ("how *you* got there", "wanneer *je* terugkijkt")
    indirect_markers: frozenset[str]
    # finite verbs that open a yes/no question ("Do you…", "Heeft u…", "Werk je…")
    finite_verbs: frozenset[str]
    # subject pronouns after an inverted verb ("Werk *je*…", "Gaat *het*…")
    subjects: frozenset[str]
    prepositions: frozenset[str]
    conjunctions: frozenset[str]
    fillers: frozenset[str]
    # first words that are never an inverted finite verb (Dutch guess for unknown verbs)
    not_verbs: frozenset[str]
    # words that start a subordinate clause (the Dutch "niet" rule stops there)
    subordinators: frozenset[str]
    parentheticals: frozenset[tuple[str, ...]]
    tags: frozenset[tuple[str, ...]]
    # words that make a statement-shaped question leading ("Surely…", "… toch …?")
    leading_markers: frozenset[str]


EN = Lexicon(
    question_words=_words(
        "what what's whats how how's hows why which who who's whom whose where where's "
        "when when's whereabouts how'd what'd where'd who'd why'd what're how're who're "
        "where're whys wheres whos"
    ),
    determiner_question_words=_words("which whose"),
    contracted_question_words=_words(
        "whats hows wheres whos whys whatre howre what's how's where's who's why's what'd "
        "how'd where'd who'd why'd what're how're who're where're"
    ),
    indirect_markers=_words(
        "i you he she it we they the a an your my his her their our this these those "
        "people someone somebody"
    ),
    finite_verbs=_words(
        "do does did is are was were am can could would will shall should may might must "
        "have has had don't doesn't didn't isn't aren't wasn't weren't can't cannot "
        "couldn't wouldn't won't shouldn't haven't hasn't hadn't mustn't ain't mightn't "
        "needn't"
    ),
    subjects=_words(
        "i you he she it we they there that this these those people someone somebody "
        "anyone anybody your my his her their our the a an"
    ),
    prepositions=_words(
        "in to at from with for on by about of under since until into after before during"
    ),
    conjunctions=_words("and or but"),
    fillers=_words("so and but ok okay well then also please now hi hello hey oh"),
    not_verbs=frozenset(),
    subordinators=_words("that if whether who which what how when where why to"),
    parentheticals=_phrases(
        "do you think",
        "you think",
        "would you say",
        "in your view",
        "in your opinion",
        "in your experience",
        "if i may ask",
        "if you don't mind me asking",
        "i wonder",
        "do you reckon",
        "what do you think",
        "please",
    ),
    tags=_phrases(
        "right",
        "correct",
        "true",
        "no",
        "yes",
        "eh",
        "yeah",
        "agreed",
        "am i right",
        "isn't that so",
        "is it not",
        "would you agree",
        "don't you agree",
        "wouldn't you agree",
        "don't you think",
        "wouldn't you say",
        "surely",
    ),
    leading_markers=_words("surely must obviously clearly presumably"),
)

NL = Lexicon(
    question_words=_words(
        "wat hoe waarom welke welk wie wiens waar wanneer waardoor waarmee waarover "
        "waaraan waarin waarvan waarop waarbij waarnaar waarvoor waaruit waartoe hoezo "
        "hoeveel hoelang hoever hoeverre"
    ),
    determiner_question_words=_words("welke welk"),
    contracted_question_words=frozenset(),
    indirect_markers=_words(
        "je jij u jullie ik we wij ze zij hij het er de een mijn jouw haar hun ons onze dit "
        "dat deze die men"
    ),
    finite_verbs=_words(
        "is zijn ben bent was waren heb hebt heeft hebben had hadden kan kun kunt kunnen "
        "kon konden wil wilt willen wilde wou zou zouden zal zult zullen mag mogen "
        "moet moeten moest weet weten wist vind vindt vinden vond doe doet doen deed ga "
        "gaat gaan ging werk werkt werken denk denkt denken dacht ken kent kennen kende "
        "zie ziet zien zag speel speelt spelen hou houd houdt heet geldt krijg krijgt "
        "krijgen kreeg blijf blijft blijven gebruik gebruikt gebruiken merk merkt merken "
        "maak maakt maken kom komt komen kwam sta staat staan ligt past helpt help "
        "bestaat klopt lukt lijkt hoort valt zit mis mist missen geef geeft geven leer "
        "leert leren lees leest volg volgt volgen raad raadt spreek spreekt reis reist "
        "verdien verdient voel voelt herken herkent ervaar ervaart geniet zoek zoekt "
        "zoeken neem neemt nemen bevalt voelde"
    ),
    subjects=_words("je jij u jullie ze zij hij we wij ik men het er"),
    prepositions=_words(
        "in op met aan bij van voor naar uit over tot door om tegen volgens als tussen "
        "onder boven na sinds zonder binnen buiten via te"
    ),
    conjunctions=_words("en of maar"),
    fillers=_words("dus en maar oké ok okee nou dan trouwens zeg hoi hallo ja goed"),
    not_verbs=_words(
        "als wanneer dat of en maar omdat toen nu zo dan want dus ook nog met voor in op "
        "bij naar van door om aan uit over tegen volgens sinds zodra terwijl hoewel tenzij "
        "zoals mocht stel hoe wat welke welk wie waar ik je jij u jullie het de een die "
        "deze dit hier daar er misschien wellicht natuurlijk bedankt dank fijn mooi leuk "
        "goed prettig tof gaaf handig jammer knap ja nee hoi hallo beste jouw mijn uw hun "
        "ons onze zijn haar hij zij ze we wij men iemand niemand iets niets alles veel "
        "weinig graag vast zeker toch echt wel niet geen al"
    ),
    subordinators=_words(
        "dat om of die wat als waar wie hoe welke wanneer omdat zodat voordat nadat terwijl"
    ),
    parentheticals=_phrases(
        "denk je",
        "denk jij",
        "denkt u",
        "zou je zeggen",
        "zou jij zeggen",
        "zou u zeggen",
        "volgens jou",
        "volgens u",
        "als ik vragen mag",
        "als ik het mag vragen",
        "vraag ik me af",
        "ben ik benieuwd",
        "in jouw ogen",
        "in uw ogen",
        "naar jouw idee",
        "schat je",
        "verwacht je",
        "denk je zelf",
        "wat denk je",
        "wat denkt u",
    ),
    tags=_phrases(
        "toch",
        "niet",
        "hè",
        "he",
        "nietwaar",
        "toch niet",
        "toch zeker",
        "klopt dat",
        "klopt toch",
        "klopt het",
        "zeker",
        "zeker weten",
        "of wel",
        "ja",
        "right",
        "vind je ook niet",
        "vind je niet",
        "denk je ook niet",
        "denk je niet",
        "ben je het met me eens",
    ),
    leading_markers=_words("toch zeker vast natuurlijk ongetwijfeld uiteraard"),
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "nl": NL}
