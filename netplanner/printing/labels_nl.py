"""The printed documents' wording in Dutch (see ``labels.Labels``)."""

from __future__ import annotations

from netplanner.printing.labels import Labels

DUTCH = Labels(
    code="nl",
    document_title="Gespreksvoorbereiding",
    documents_title="Gespreksvoorbereidingen",
    subject="Vragen en aantekeningen voor een gesprek met {name}",
    subject_many="Vragen en aantekeningen voor {n} gesprekken",
    kinds={
        "informational": "Informatiegesprek",
        "think_along": "Vragen om mee te denken",
    },
    when="Wanneer",
    place="Plaats",
    phone="Telefoon",
    email="E-mail",
    introduced_by="Voorgesteld door",
    via="via {names}",
    how_we_know="Je kent ze",
    purpose="Doel",
    my_notes="Mijn notities",
    opening_line="Openingszin",
    opening_prompt=(
        "Schrijf op wat je als eerste zegt: wie je bent, wie je naar hen verwees "
        "en wat je over hun werk wilt weten."
    ),
    my_ask="Mijn vraag",
    ask_prompt=(
        "Schrijf concreet op wat je zoekt (een functie, een specialisme, een regio, "
        "een soort organisatie) en vraag dan: ‘Wil je met me meedenken?’"
    ),
    keep_in_mind="Onthoud",
    reminders={
        "informational": (
            "Hun werk en hun weg",
            "Open vragen, dan luisteren",
            "Geen baan vragen; namen aan het eind",
        ),
        "think_along": (
            "Zeg concreet wat je zoekt",
            "‘Wil je met me meedenken?’",
            "Schrijf elke naam op",
        ),
    },
    time_plan="Tijdsplan",
    phases={
        "informational": ("kennismaken", "vragen", "‘Met wie kan ik nog meer praten?’"),
        "think_along": ("bijpraten", "jouw vraag", "namen: wie benadert wie?"),
    },
    end="bedanken",
    questions="Vragen",
    asked="gesteld",
    must_ask="zeker stellen",
    notes="Aantekeningen",
    names_you_got="Namen die je kreeg",
    name_and_organisation="Naam, organisatie",
    how_to_reach="Hoe je ze bereikt",
    may_use_name="Mag ik je naam noemen?",
    after="Na het gesprek",
    thanked="Bedankje gestuurd",
    promised="Ik beloofde te sturen",
    follow_up_on="Opvolgen op",
    learned="Wat ik leerde",
    continued="vervolg",
    footer="NetPlanner · gespreksvoorbereiding · pagina {page}",
    of_pages=" van ",
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    minutes="min",
    name="Naam",
    role_line="Functie · specialisme · organisatie",
    blank_subject="Een lege gespreksvoorbereiding om met de hand in te vullen",
    booklet_title="Vragenboekje",
    booklet_subject="Vragen om uit te kiezen voor je gesprekken",
    booklet_hint="Vink de vragen aan die je wilt stellen.",
    booklet_footer="NetPlanner · vragenboekje · pagina {page}",
    categories={
        "work": "Het werk zelf",
        "path": "De weg naar het vak",
        "organisation": "Organisatie en sector",
        "trends": "Ontwikkelingen",
        "advice": "Advies",
        "resources": "Bronnen",
        "referrals": "Met wie nog meer praten",
        "other": "Overig",
    },
    language_names={"en": "Engels", "nl": "Nederlands"},
    question_count=("{n} vraag", "{n} vragen"),
    no_questions="Nog geen vragen.",
)
