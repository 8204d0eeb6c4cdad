"""The checkers' grammar on the shapes issue 17 names, and the promises of their feedback:
it never suggests what it would flag, quotes whole words, and speaks the text's language."""

from __future__ import annotations

import re

import pytest

from netplanner.core.checks.ask.checker import (
    check_ask,
    detect_language,
    has_think_along_invitation,
)
from netplanner.core.checks.ask.messages import INVITATION_EXAMPLE, example_sentences
from netplanner.core.checks.questions.checker import check_question

CONCRETE_EN = "I'm a data analyst focused on healthcare claims at hospitals in Leeds."
CONCRETE_NL = "Ik ben beleidsmedewerker duurzaamheid bij een gemeente in de regio Utrecht."


def _kinds(text: str) -> set[str]:
    return {finding.kind.value for finding in check_ask(text)}


@pytest.mark.parametrize(
    "invitation",
    [
        "Wil je met me meedenken?",
        "Zou je met me mee kunnen denken?",
        "Heb je even tijd om met me mee te denken?",
        "Zoudt ge eens met mij willen nadenken over wie ik kan aanspreken?",
        "Would you be open to thinking this through with me?",
        "Would you help me think about who to approach?",
        "Could I pick your brain about who to talk to?",
        "Would you mind brainstorming with me?",
    ],
)
def test_every_way_of_inviting_to_think_along_is_accepted(invitation: str) -> None:
    text = (CONCRETE_NL if detect_language(invitation) == "nl" else CONCRETE_EN) + " " + invitation
    assert check_ask(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Daan, ik ben beleidsmedewerker duurzaamheid en wil weten hoe dat bij een provincie "
        "werkt. Wil je meedenken?",
        "Hoi Sanne, ik zoek UX-researchers die veel met ouderen testen. Wil je met me meedenken?",
        "Hi Priya, I'm a chemistry teacher exploring instructional design. Would you think "
        "along with me?",
        "Hi Sam, I'm curious how grant writers for arts organisations work. Would you think "
        "along with me?",
        "Dag Griet, ik ben kleuterjuf en wil werken als educatief medewerker in een museum. "
        "Denk je even mee?",
    ],
)
def test_a_role_with_any_qualifier_is_concrete(text: str) -> None:
    assert check_ask(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hi Ann, " + CONCRETE_EN[4:] + " Have a great weekend!", "no_invitation"),
        ("Dag Wim, " + CONCRETE_NL[3:] + " Ik hoor het wel.", "no_invitation"),
        ("Dear fellow alumni, " + CONCRETE_EN + " Would you think along?", "broadcast"),
        ("Hoi allemaal! " + CONCRETE_NL + " Wie wil meedenken?", "broadcast"),
        ("Hey LinkedIn network, " + CONCRETE_EN + " Shares appreciated!", "broadcast"),
        (CONCRETE_EN + " Could you refer me for the open UX role?", "asks_for_job"),
        (CONCRETE_NL + " Zou je mij willen voordragen bij jullie afdeling?", "asks_for_job"),
        (CONCRETE_NL + " Kun je mijn cv doorsturen naar HR?", "asks_for_job"),
        (CONCRETE_NL + " Welke functies zijn er bij jullie open? Denk je mee?", "asks_for_job"),
        ("Hi Tom, I'm looking for a new challenge. Would you think along?", "too_vague"),
        ("Hoi Tim, ik wil iets met ICT. Denk je even mee?", "too_vague"),
        (CONCRETE_EN + " Do you know anyone?", "closed_question"),
    ],
)
def test_findings(text: str, kind: str) -> None:
    assert kind in _kinds(text), check_ask(text)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_ask_feedback_never_suggests_what_it_would_flag(language: str) -> None:
    assert has_think_along_invitation(INVITATION_EXAMPLE[language])
    concrete = CONCRETE_NL if language == "nl" else CONCRETE_EN
    assert check_ask(concrete + " " + INVITATION_EXAMPLE[language]) == []
    examples = example_sentences(language)
    assert len(examples) >= 4
    for example in examples:
        # every quoted example is an accepted invitation, or concrete enough to pass
        if has_think_along_invitation(example):
            assert not {"closed_question", "no_invitation"} & _kinds(example), example
        else:
            assert check_ask(example + " " + INVITATION_EXAMPLE[language], language) == [], example


@pytest.mark.parametrize(
    "text",
    [
        "Dag Lien, ik ben logopedist gespecialiseerd in taalachterstand. Weet gij of er bij "
        "jullie op school nog een plaats vrij is?",
        "Hey LinkedIn network, I'm a data engineer looking to chat with people at scale-ups in "
        "Ghent. Shares appreciated!",
        "Hoi Rob, ik ben op zoek naar mensen die werken als webredacteur. Wil je met me "
        "meedenken hoe ik die kan vinden?",
    ],
)
def test_excerpts_are_whole_words_and_messages_speak_the_texts_language(text: str) -> None:
    language = detect_language(text)
    for finding in check_ask(text):
        if finding.excerpt:
            assert re.search(rf"(?<!\w){re.escape(finding.excerpt)}(?!\w)", text), finding
        message = finding.message.replace(finding.excerpt, "")
        assert detect_language(message) == language, finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about your first year in the role.",
        "Can you tell me about a project you're especially proud of?",
        "I'd love to hear how you prepare for a big client pitch.",
        "Vertel eens iets over het leukste project waar je aan gewerkt hebt.",
        "Kan je eens uitleggen wat een medical science liaison precies doet?",
        "What's the difference between working in-house and at an agency?",
        "whats the hardest part of your job",
        "how'd you get your first client",
        "Welke richtlijnen (WCAG) gebruik je het meest?",
        "Welke tools (bv. Excel, Power BI) gebruik je dagelijks?",
        "What does success look like in your first year (e.g. targets, reviews)?",
    ],
)
def test_prompts_contractions_parentheses_and_abbreviations_are_open(text: str) -> None:
    assert check_question(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How amazing is it to work here?", "leading"),
        ("Hoe geweldig is het om hier te werken?", "leading"),
        ("Why is this the best company to work for?", "leading"),
        ("Waarom is jullie sector zo veel innovatiever dan de rest?", "leading"),
        ("What do you like most and least about your job?", "double"),
        ("Wat vind je het leukst en het minst leuk aan je werk?", "double"),
        ("Waarom koos je voor deze sector en waarom voor dit bedrijf?", "double"),
        ("What do I need to do to get hired onto your team?", "job_request"),
        ("Welke functies zijn er bij jullie op dit moment open?", "job_request"),
        ("Could you refer me for the open UX role?", "job_request"),
    ],
)
def test_loaded_presumptive_double_and_job_questions(text: str, kind: str) -> None:
    assert kind in {finding.kind.value for finding in check_question(text)}


@pytest.mark.parametrize(
    "text",
    [
        "How do people in your field usually find their jobs?",
        "Waar let je op als je iemand aanneemt?",
    ],
)
def test_talking_about_jobs_is_not_asking_for_one(text: str) -> None:
    assert check_question(text) == []
