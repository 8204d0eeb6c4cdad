"""The ask checker's explanations, in the language of the message being checked.

Every example sentence in these texts is one the checker itself accepts (a test checks
this): the feedback never suggests what it would flag.
"""

from __future__ import annotations

INVITATION_EXAMPLE = {
    "en": "Would you think along with me about who I could talk to?",
    "nl": "Wil je met me meedenken over wie ik daarover kan spreken?",
}
"""The invitation offered in place of a yes/no question, or to add when there is none."""

_MESSAGES: dict[tuple[str, str], str] = {
    ("too_vague:phrase", "en"): (
        '"{excerpt}" leaves the other person guessing, and a question they cannot place '
        "makes them back off. Say concretely what you are looking for: a role or line of "
        "work with what makes it specific (a specialism, a kind of organisation or a "
        'region), e.g. "web editors specialised in online ordering".'
    ),
    ("too_vague:no_specialism", "en"): (
        'You name the work ("{excerpt}") but not what makes it specific. Add a specialism, a '
        'kind of organisation or a region, e.g. "... specialised in online ordering" or '
        '"... at a water utility", so the other person can think of someone specific.'
    ),
    ("too_vague:nothing", "en"): (
        "It is not clear what you are looking for. Name a role or line of work and what "
        'makes it specific, e.g. "people who work as web editors specialised in online '
        'ordering" or "policy advisors at a municipality in the Utrecht region".'
    ),
    ("asks_for_job", "en"): (
        '"{excerpt}" asks for a job. Most people cannot give you one, so they back off or '
        "send you to HR. Ask for people and advice instead: who does this work and might "
        "talk with you?"
    ),
    ("broadcast", "en"): (
        '"{excerpt}" speaks to a crowd; calls like this rarely get answers. Send the ask '
        "to one person by name and ask them directly to think along with you."
    ),
    ("closed_question", "en"): (
        '"{excerpt}" can be answered with a simple yes or no, and a "no" ends the '
        'conversation. Invite them to think along instead: "' + INVITATION_EXAMPLE["en"] + '"'
    ),
    ("no_invitation", "en"): (
        "You say what you are looking for but do not ask them anything. End with an "
        'invitation to think along, e.g. "' + INVITATION_EXAMPLE["en"] + '"'
    ),
    ("too_vague:phrase", "nl"): (
        '"{excerpt}" laat de ander raden, en een vraag waar iemand niets mee kan, schrikt '
        "af. Zeg concreet wat je zoekt: een functie of soort werk en wat het specifiek "
        "maakt (een specialisme, een soort organisatie of een regio), bijvoorbeeld "
        '"webredacteuren met als specialisme online bestellen".'
    ),
    ("too_vague:no_specialism", "nl"): (
        'Je noemt het werk ("{excerpt}") maar niet wat het specifiek maakt. Voeg een '
        'specialisme, soort organisatie of regio toe, bijvoorbeeld "... gespecialiseerd in '
        'online bestellen" of "... bij een waterschap", zodat de ander aan iemand '
        "specifiek kan denken."
    ),
    ("too_vague:nothing", "nl"): (
        "Het is niet duidelijk wat je zoekt. Noem een functie of soort werk en wat die "
        'specifiek maakt, bijvoorbeeld "mensen die werken als webredacteur met als '
        'specialisme online bestellen" of "beleidsmedewerkers bij een gemeente in de regio '
        'Utrecht".'
    ),
    ("asks_for_job", "nl"): (
        '"{excerpt}" vraagt om een baan. De meeste mensen hebben die niet voor je, dus '
        "ze haken af of verwijzen je naar HR. Vraag liever om mensen en advies: wie doet "
        "dit werk en wil er met je over praten?"
    ),
    ("broadcast", "nl"): (
        '"{excerpt}" richt zich tot een groep; zulke oproepen krijgen zelden antwoord. '
        "Stuur je vraag aan één persoon, bij naam, en vraag die rechtstreeks om mee te "
        "denken."
    ),
    ("closed_question", "nl"): (
        '"{excerpt}" kan de ander met ja of nee beantwoorden, en na een "nee" houdt het '
        'gesprek op. Vraag liever of de ander wil meedenken: "' + INVITATION_EXAMPLE["nl"] + '"'
    ),
    ("no_invitation", "nl"): (
        "Je zegt wat je zoekt, maar je vraagt de ander niets. Sluit af met de vraag om mee "
        'te denken, bijvoorbeeld: "' + INVITATION_EXAMPLE["nl"] + '"'
    ),
}


def message(kind: str, reason: str, language: str, excerpt: str) -> str:
    """The explanation of a finding ``kind`` (with its ``reason``) in ``language``."""
    language = language if language in ("en", "nl") else "en"
    key = f"{kind}:{reason}" if reason else kind
    return _MESSAGES[(key, language)].format(excerpt=excerpt)


def example_sentences(language: str) -> list[str]:
    """Every quoted example in the messages of ``language`` (for the self-check test)."""
    quoted: list[str] = []
    for (key, lang), text in _MESSAGES.items():
        if lang != language:
            continue
        parts = text.split('"')[1::2]
        quoted.extend(
            part
            for part in parts
            if part != "{excerpt}" and "..." not in part and len(part.split()) > 2
        )
        del key
    return quoted
