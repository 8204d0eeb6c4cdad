"""The ask composer: the message a user sends to (or says to) one person.

It follows the method: greet the person by first name, say concretely what you are looking
for (people who work as <role> specialised in <specialism>, at <kind of organisation>, in
<region>), make clear you want to learn from those people, and invite the reader to think
along. Empty parts are left out and the sentence still reads naturally, in English and in
Dutch. The result is plain text for the user to edit.

With a role and a specialism the composed ask passes ``check_ask`` without findings;
without them the checker rightly reports it as too vague.
"""

from __future__ import annotations

import re
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    """dr dr. mr mr. mrs mrs. ms ms. miss prof prof. sir madam dhr dhr. mevr mevr. mw mw.
    ir ir. drs drs. ing ing. mevrouw meneer heer"""
)
_EN_ALREADY_PLACED = ("at ", "in ", "for ", "with ", "within ")
_EN_REGION_PREPOSITIONS = ("in ", "around ", "near ", "close to ", "within ", "across ")
_NL_ALREADY_PLACED = ("bij ", "in ", "voor ", "binnen ")
_NL_REGION_PREPOSITIONS = ("in ", "rond ", "rondom ", "bij ", "nabij ", "om ", "binnen ")
# Letters whose spoken name starts with a vowel sound: "an HR advisor", "an SEO expert".
_VOWEL_SOUND_LETTERS = frozenset("aefhilmnorsx")
_CONSONANT_SOUND_STARTS = ("uni", "use", "usu", "uti", "uro", "eu", "one", "once")
_SILENT_H_STARTS = ("hour", "honest", "honour", "honor", "heir")


def compose_ask(
    target_role: str,
    specialism: str = "",
    region: str = "",
    organisation_kind: str = "",
    language: str = "en",
    contact_name: str = "",
) -> str:
    """The ask as plain, editable text: greeting, what you look for, the think-along request.

    ``language`` is "en" or "nl" (regional variants allowed; anything else means English).
    """
    role = _field(target_role)
    spec = _field(specialism)
    place = _field(region)
    kind = _field(organisation_kind)
    # With nothing filled in, "what their work is like" would only repeat the first line.
    anything = bool(role or spec or place or kind)
    if _is_dutch(language):
        sentences = [
            f"Ik ben op zoek naar {_wanted_nl(role, spec, kind, place)}.",
            "Ik ben benieuwd hoe hun werk er in de praktijk uitziet." if anything else "",
            "Wil je met me meedenken over hoe ik een paar van hen kan bereiken?",
        ]
        return f"{_greeting(contact_name, 'nl')}\n\n{_join(sentences)}"
    sentences = [
        f"I'm looking for {_wanted_en(role, spec, kind, place)}.",
        "I'd love to hear from them what their work is really like." if anything else "",
        "Would you like to think along with me about how I might reach a few of them?",
    ]
    return f"{_greeting(contact_name, 'en')}\n\n{_join(sentences)}"


def compose_ask_for_goal(goal: Any, contact_name: str = "") -> str:
    """``compose_ask`` for any object with a goal's attributes (a ``Goal``, a form, ...).

    A goal with neither role nor specialism but with its own description (``free_text``)
    uses that description, followed by the think-along request if it lacks one.
    """
    role = _field(getattr(goal, "target_role", ""))
    spec = _field(getattr(goal, "specialism", ""))
    language = _text(getattr(goal, "language", "en")) or "en"
    free_text = _text(getattr(goal, "free_text", "")).strip()
    if not role and not spec and free_text:
        lang = "nl" if _is_dutch(language) else "en"
        body = free_text
        # Imported here: the checker's vocabulary takes a tenth of a second to compile,
        # and a prep sheet for a goal with a role never needs it.
        from netplanner.core.checks.ask.checker import has_think_along_invitation

        if not has_think_along_invitation(free_text):
            body += (
                " Wil je met me meedenken over met wie ik zou kunnen praten?"
                if lang == "nl"
                else " Would you like to think along with me about who I could talk to?"
            )
        return f"{_greeting(contact_name, lang)}\n\n{body}"
    return compose_ask(
        role,
        spec,
        region=_text(getattr(goal, "region", "")),
        organisation_kind=_text(getattr(goal, "organisation_kind", "")),
        language=language,
        contact_name=contact_name,
    )


def describe_goal(goal: Any) -> str:
    """The concrete ask in the goal's language, without a greeting (for the prep sheet and
    scripts): the same words the Goals tab's composer writes."""
    return compose_ask_for_goal(goal).split("\n\n", 1)[-1]


def compose_opening_line(goal: Any, contact_name: str = "", introducer: str = "") -> str:
    """What to say first in an informational conversation, in the goal's language: a
    greeting, who sent you, what work you are exploring, and that you want to hear what
    their work involves and how they got there. No request for introductions: that comes
    at the end of the conversation. "" when the goal names neither a role nor a
    specialism (the sheet then asks the user to write their own)."""
    role = _field(getattr(goal, "target_role", ""))
    spec = _field(getattr(goal, "specialism", ""))
    if not role and not spec:
        return ""
    introducer = _field(introducer)
    if _is_dutch(_text(getattr(goal, "language", "en"))):
        work = f"werk als {role}" if role else f"werk in {spec}"
        if role and spec:
            work += f" in {spec}"
        return _join(
            [
                _greeting(contact_name, "nl"),
                f"{introducer} raadde me aan om met je te praten." if introducer else "",
                # After "Hoi Piet," the sentence goes on in lower case.
                f"{'Ik' if introducer else 'ik'} oriënteer me op {work} en hoor graag wat "
                "jouw werk inhoudt en hoe je daar kwam.",
            ]
        )
    work = f"work as {_with_article(role)}" if role else f"work in {spec}"
    if role and spec:
        work += f" in {spec}"
    return _join(
        [
            _greeting(contact_name, "en"),
            f"{introducer} suggested I talk to you." if introducer else "",
            f"I'm exploring {work} and would love to hear what your work involves and how "
            "you got there.",
        ]
    )


# --- English -------------------------------------------------------------------------


def _wanted_en(role: str, spec: str, kind: str, place: str) -> str:
    tail = []
    if kind:
        tail.append(kind if kind.lower().startswith(_EN_ALREADY_PLACED) else f"at {kind}")
    if place:
        lowered = place.lower()
        tail.append(
            place if lowered.startswith(_EN_REGION_PREPOSITIONS) else f"in or around {place}"
        )
    if role:
        core = f"people who work as {_with_article(role)}"
        if spec:
            core += f" specialising in {spec}"
    elif spec:
        core = f"people who specialise in {spec}"
    elif tail:
        core = "people who work"
    else:
        return "people who can tell me more about the work I'd like to do"
    if not tail:
        return core
    return core + (", " if spec else " ") + " ".join(tail)


def _with_article(role: str) -> str:
    """'a web editor', 'an HR advisor', 'data analysts' (plural: no article)."""
    first, _, _ = role.partition(" ")
    if first.lower() in ("a", "an", "the") or _looks_plural(role):
        return role
    return f"{_indefinite_article(first)} {role}"


def _looks_plural(role: str) -> bool:
    last = role.rsplit(" ", 1)[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))


def _indefinite_article(word: str) -> str:
    letters = re.match(r"[^\W\d_]+", word)
    if letters is None:
        return "a"
    head = letters.group()
    if len(head) == 1 or (head.isupper() and len(head) <= 5):  # spoken letter by letter
        return "an" if head[0].lower() in _VOWEL_SOUND_LETTERS else "a"
    lowered = head.lower()
    if lowered.startswith(_SILENT_H_STARTS):
        return "an"
    if lowered[0] in "aeiou" and not lowered.startswith(_CONSONANT_SOUND_STARTS):
        return "an"
    return "a"


# --- Dutch ---------------------------------------------------------------------------


def _wanted_nl(role: str, spec: str, kind: str, place: str) -> str:
    tail = []
    if kind:
        tail.append(kind if kind.lower().startswith(_NL_ALREADY_PLACED) else f"bij {kind}")
    if place:
        tail.append(_region_nl(place))
    if role:
        core = f"mensen die werken als {role}"
        if spec:
            core += f", gespecialiseerd in {spec}"
    elif spec:
        core = f"mensen die gespecialiseerd zijn in {spec}"
    elif tail:
        core = "mensen die werken"
    else:
        return "mensen die me meer kunnen vertellen over het werk dat ik zou willen doen"
    if not tail:
        return core
    return core + (", " if spec else " ") + " ".join(tail)


def _region_nl(place: str) -> str:
    lowered = place.lower()
    if lowered.startswith(_NL_REGION_PREPOSITIONS):
        return place
    if lowered.startswith("regio "):
        return f"in de {place}"
    if lowered.startswith(("de ", "het ")):
        return f"in {place}"
    return f"in de regio {place}"


# --- shared --------------------------------------------------------------------------


def _greeting(contact_name: str, language: str) -> str:
    name = " ".join(_text(contact_name).split()).strip(" ,;:")
    if "," in name:  # "Jansen, Piet"
        name = name.split(",", 1)[1].strip()
    words = name.split()
    if not words:
        return "Hoi," if language == "nl" else "Hi,"
    if words[0].lower() in _TITLES:
        return f"Beste {name}," if language == "nl" else f"Dear {name},"
    return f"Hoi {words[0]}," if language == "nl" else f"Hi {words[0]},"


def _join(sentences: list[str]) -> str:
    return " ".join(sentence for sentence in sentences if sentence)


def _field(value: Any) -> str:
    """One line, single spaces, no trailing punctuation: fits inside a sentence."""
    return " ".join(_text(value).split()).strip(" .,;:!?")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _is_dutch(language: str) -> bool:
    return _text(language).strip().lower()[:2] == "nl"
