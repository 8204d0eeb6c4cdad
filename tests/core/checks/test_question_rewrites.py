"""Rewrites of closed and leading questions: open, same language, same topic, no new
assumption, and a sentence a native speaker would say (issue 17, second pass).

The examples are the failure types the judged samples showed (agreement, the topic lost,
the loaded word kept, no rewrite at all, a mangled verb) and the shapes the safe frames
cover; the gate tests show what a badly cut rewrite looks like and that it is never
offered."""

from __future__ import annotations

import pytest

from netplanner.core.checks.questions.checker import FindingKind, check_question, is_open_question
from netplanner.core.checks.rewrites.gate import reads_naturally
from netplanner.core.checks.rewrites.words import en_base, en_be, en_gerund
from netplanner.core.checks.rewrites.words_nl import nl_article, nl_be, nl_te_infinitive
from tests.core.checks.checker_figures import held_out_rounds


def _rewrite(text: str, lang: str) -> str | None:
    findings = [
        f for f in check_question(text, lang) if f.kind in (FindingKind.CLOSED, FindingKind.LEADING)
    ]
    assert findings, f"not flagged: {text}"
    return next((f.suggestion for f in findings if f.suggestion), None)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # agreement: the verb agrees with the noun phrase it now stands next to
        ("en", "I bet the clients are really demanding?", "What are the clients like?"),
        ("nl", "Ik gok dat de klanten erg veeleisend zijn?", "Hoe zijn de klanten?"),
        (
            "en",
            "Why are agencies so much worse than in-house jobs?",
            "How do agencies compare with in-house jobs?",
        ),
        ("nl", "Het is best een eenzaam beroep, hè?", "Hoe bevalt het beroep?"),
        # the topic kept
        (
            "en",
            "Don't you think managers are overpaid?",
            "What do you think of how managers are paid?",
        ),
        (
            "en",
            "Surely the hours are better than in retail?",
            "How do the hours compare with retail?",
        ),
        # the loaded word dropped
        (
            "en",
            "Don't you get frustrated with all the red tape?",
            "How do you feel about the red tape?",
        ),
        ("nl", "Raak je niet gefrustreerd door alle regeltjes?", "Hoe ga je om met de regeltjes?"),
        ("nl", "Dat moet toch een enorm saaie baan zijn?", "Hoe bevalt de baan?"),
        (
            "en",
            "Don't you think recruiters are mostly useless?",
            "What do you think of recruiters?",
        ),
        # no rewrite before
        (
            "en",
            "Did your internship lead to this job?",
            "What role did your internship play in getting this job?",
        ),
        (
            "nl",
            "Heeft je stage tot deze baan geleid?",
            "Welke rol speelde je stage bij het krijgen van deze baan?",
        ),
        (
            "en",
            "I assume most of your colleagues came through referrals?",
            "How many of your colleagues came through referrals?",
        ),
        (
            "nl",
            "Jullie hebben zeker een goede pensioenregeling?",
            "Hoe ziet jullie pensioenregeling eruit?",
        ),
        # mangled verbs before
        ("en", "Do you make a lot of phone calls?", "How many phone calls do you make?"),
        ("en", "You must get a lot of job offers, right?", "How many job offers do you get?"),
        (
            "nl",
            "Ik neem aan dat je veel moet netwerken om klanten te krijgen?",
            "Hoe vaak moet je netwerken om klanten te krijgen?",
        ),
        ("nl", "Het is toch veel te druk in het onderwijs?", "Hoe druk is het in het onderwijs?"),
        (
            "en",
            "Was the switch from hospitality to HR hard?",
            "How hard was the switch from hospitality to HR?",
        ),
        # safe frames per shape
        (
            "en",
            "Can you work part-time in this role?",
            "How easy is it to work part-time in this role?",
        ),
        (
            "nl",
            "Kun je hier doorgroeien naar een leidinggevende rol?",
            "Hoe makkelijk is het om hier door te groeien naar een leidinggevende rol?",
        ),
        (
            "nl",
            "Mag je zelf kiezen met welke klanten je werkt?",
            "Hoeveel vrijheid heb je om zelf te kiezen met welke klanten je werkt?",
        ),
        (
            "en",
            "Don't you miss the hands-on work now that you manage people?",
            "What do you miss, if anything, about the hands-on work now that you manage people?",
        ),
        (
            "en",
            "I bet you learned a ton in your first year?",
            "How much did you learn in your first year?",
        ),
        (
            "en",
            "Surely AI is going to make this job obsolete?",
            "How likely is it that AI will make this job obsolete?",
        ),
        (
            "nl",
            "AI gaat dit vak toch overbodig maken?",
            "Hoe waarschijnlijk is het dat AI dit vak overbodig gaat maken?",
        ),
        (
            "nl",
            "Zou je een traineeship aanraden?",
            "Wat zou je iemand aanraden die een traineeship overweegt?",
        ),
        (
            "nl",
            "Is er een duidelijk carrièrepad voor starters?",
            "Hoe duidelijk is het carrièrepad voor starters?",
        ),
        (
            "en",
            "Is there a clear career path for juniors?",
            "How clear is the career path for juniors?",
        ),
        (
            "nl",
            "Ik neem aan dat je lange dagen maakt tijdens de audits?",
            "In hoeverre klopt het dat je lange dagen maakt tijdens de audits?",
        ),
    ],
)
def test_rewrites_read_naturally_and_keep_the_topic(lang: str, text: str, expected: str) -> None:
    assert _rewrite(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "candidate"),
    [
        ("en", "What is the clients like?"),
        ("nl", "Hoe is de klanten?"),
        ("en", "How does agencies compare with in-house jobs?"),
        ("en", "How hospitality was the switch from to HR hard?"),
        ("nl", "Hoe druk is het veel te in het onderwijs?"),
        ("en", "How would you compare surely the hours with in retail?"),
        ("en", "To what extent do you ever disagree with your clients?"),
        ("nl", "In hoeverre bel je veel?"),
        ("en", "To what extent do you get frustrated with all the red tape?"),
        ("en", "How going is AI to make this job obsolete?"),
        ("en", "To what extent do you don't regret leaving law?"),
        ("nl", "Hoe beroep is het best een eenzaam?"),
        ("en", "How much do you work from home a lot?"),
        ("en", "What is the best part for the?"),
        ("nl", "Hoe eenzaam is de beroep?"),
    ],
)
def test_the_gate_turns_down_a_badly_cut_rewrite(lang: str, candidate: str) -> None:
    assert not reads_naturally(candidate, lang)


@pytest.mark.parametrize(
    ("lang", "candidate"),
    [
        ("en", "What are the clients like?"),
        ("nl", "Hoe zijn de klanten?"),
        ("nl", "Hoe belangrijk is netwerken in de zorg?"),
        ("en", "How negotiable are salaries here?"),
        ("en", "How welcoming were your colleagues when you started?"),
        ("en", "How do you like the people you work with?"),
        ("nl", "Hoe vaak verveel je je met dezelfde audits elk jaar?"),
        ("en", "What do you think of the idea that managers are overpaid?"),
        ("nl", "In hoeverre klopt het dat je veel moet netwerken om klanten te krijgen?"),
    ],
)
def test_the_gate_lets_a_natural_rewrite_through(lang: str, candidate: str) -> None:
    assert reads_naturally(candidate, lang)


def test_no_rewrite_of_any_round_fails_the_gate_or_the_checker() -> None:
    rows = [
        row
        for sets in held_out_rounds().values()
        for key in ("question", "rewrites")
        for row in sets.get(key, [])
    ]
    assert len(rows) > 500
    for row in rows:
        for finding in check_question(row.text, row.lang):
            if finding.kind in (FindingKind.CLOSED, FindingKind.LEADING) and finding.suggestion:
                assert reads_naturally(finding.suggestion, row.lang, row.text), row.text
                assert is_open_question(finding.suggestion, row.lang), row.text


def test_word_forms() -> None:
    assert [en_gerund(v) for v in ("relocate", "get", "travel", "managed", "studied", "use")] == [
        "relocating",
        "getting",
        "travelling",
        "managing",
        "studying",
        "using",
    ]
    assert [en_base(v) for v in ("learned", "moved", "studied", "planned", "came", "visited")] == [
        "learn",
        "move",
        "study",
        "plan",
        "come",
        "visit",
    ]
    assert en_base("work") is None
    assert [en_be(np) for np in ("the clients", "the people in your department", "the news")] == [
        "are",
        "are",
        "is",
    ]
    assert [nl_be(np) for np in ("de klanten", "het onderwijs", "je collega's", "de keuken")] == [
        "zijn",
        "is",
        "zijn",
        "is",
    ]
    assert [nl_te_infinitive(v) for v in ("leren", "doorgroeien", "aanraden", "overwegen")] == [
        "te leren",
        "door te groeien",
        "aan te raden",
        "te overwegen",
    ]
    assert [nl_article(n) for n in ("beroep", "baan", "opleidingsprogramma", "netwerk")] == [
        "het",
        "de",
        "het",
        "het",
    ]
