"""The words of the example network, in English and in Dutch.

The people, organisations, places and dates are the same in both (see
``netplanner.core.demo.example``); what a user reads (roles, notes, purposes, follow-ups,
the goal) is in the language of the window that loads it, and the chosen
questions come from the built-in banks of that language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoPerson:
    """The words about one example contact (their name and organisation never change)."""

    role: str
    specialism: str
    how_we_know: str
    tags: str


@dataclass(frozen=True)
class DemoTexts:
    language: str
    #: In the order of ``demo._PEOPLE``.
    people: tuple[DemoPerson, ...]
    goal_role: str
    goal_specialism: str
    goal_organisation_kind: str
    informational_bank: str
    think_along_bank: str
    anna_purpose: str
    anna_outcome: str
    anna_answer: str
    carla_purpose: str
    carla_outcome: str
    sukru_place: str
    sukru_purpose: str
    sukru_notes: str
    gijs_purpose: str
    gijs_notes: str
    femke_follow_up: str
    headline_follow_up: str
    eva_follow_up: str
    report_follow_up: str


ENGLISH = DemoTexts(
    language="en",
    people=(
        DemoPerson(
            "Product owner",
            "patient portals",
            "We studied psychology together in Groningen",
            "friend, healthcare",
        ),
        DemoPerson("Neighbour", "", "Lives next door; works in IT", "neighbour"),
        DemoPerson("UX researcher", "healthcare apps", "", "ux, healthcare"),
        DemoPerson("Design lead", "service design", "", "design, government"),
        DemoPerson("UX researcher", "accessibility", "", "ux, accessibility"),
        DemoPerson("Recruiter", "IT and design", "Met at a meetup in 2023", "recruitment"),
        DemoPerson(
            "Former colleague",
            "market research",
            "Worked together at Panelwise for three years",
            "ex-colleague, research",
        ),
        DemoPerson("Head of digital care", "e-health", "", "healthcare, hospital"),
        DemoPerson("UX researcher", "mental health apps", "", "ux, healthcare"),
        DemoPerson("Interaction designer", "medical devices", "", "design, medtech"),
        DemoPerson("Running club friend", "", "Runs with me on Sunday mornings", "friend"),
        DemoPerson("Researcher", "digital health adoption", "", "research, education"),
    ),
    goal_role="UX researcher",
    goal_specialism="healthcare apps",
    goal_organisation_kind="mid-sized healthcare organisations and their software makers",
    informational_bank="en-informational",
    think_along_bank="en-think-along",
    anna_purpose="Ask Anna to think along about who does UX research in healthcare.",
    anna_outcome="Anna gave me two names: Carla Smit and Łukasz Wójcik.",
    anna_answer="Talk to Carla at MedApp Studio.",
    carla_purpose="Learn what UX research for healthcare apps involves day to day.",
    carla_outcome="Very open conversation. Send thanks; she mentioned Şükrü Yılmaz.",
    sukru_place="Video call",
    sukru_purpose="Hear how accessibility research fits into healthcare projects.",
    sukru_notes="Carla says he started in usability testing for a bank.",
    gijs_purpose="Understand how a hospital decides which apps its patients use.",
    gijs_notes="Femke asked him by e-mail on my behalf; waiting for a reply.",
    femke_follow_up="Send Femke my updated CV to pass on to Gijs",
    headline_follow_up="Update my LinkedIn headline to 'UX researcher – healthcare apps'",
    eva_follow_up=("Ask Eva which healthcare software makers have UX researchers I could talk to"),
    report_follow_up="Read Toegankelijk.nu's latest accessibility report before the call",
)

DUTCH = DemoTexts(
    language="nl",
    people=(
        DemoPerson(
            "Product owner",
            "patiëntportalen",
            "Samen psychologie gestudeerd in Groningen",
            "vriendin, zorg",
        ),
        DemoPerson("Buurman", "", "Woont naast me; werkt in de IT", "buurman"),
        DemoPerson("UX-researcher", "zorgapps", "", "ux, zorg"),
        DemoPerson("Design lead", "service design", "", "design, overheid"),
        DemoPerson("UX-researcher", "toegankelijkheid", "", "ux, toegankelijkheid"),
        DemoPerson("Recruiter", "IT en design", "Leren kennen op een meetup in 2023", "werving"),
        DemoPerson(
            "Oud-collega",
            "marktonderzoek",
            "Drie jaar samengewerkt bij Panelwise",
            "oud-collega, onderzoek",
        ),
        DemoPerson("Hoofd digitale zorg", "e-health", "", "zorg, ziekenhuis"),
        DemoPerson("UX-researcher", "apps voor mentale gezondheid", "", "ux, zorg"),
        DemoPerson("Interactieontwerper", "medische apparatuur", "", "design, medtech"),
        DemoPerson(
            "Vriendin van de hardloopclub", "", "Loopt op zondagochtend met me hard", "vriendin"
        ),
        DemoPerson("Onderzoeker", "adoptie van digitale zorg", "", "onderzoek, onderwijs"),
    ),
    goal_role="UX-researcher",
    goal_specialism="zorgapps",
    goal_organisation_kind="middelgrote zorgorganisaties en hun softwaremakers",
    informational_bank="nl-informatiegesprek",
    think_along_bank="nl-meedenken",
    anna_purpose="Anna vragen mee te denken over wie er UX-onderzoek doet in de zorg.",
    anna_outcome="Anna gaf me twee namen: Carla Smit en Łukasz Wójcik.",
    anna_answer="Praat eens met Carla bij MedApp Studio.",
    carla_purpose="Horen wat UX-onderzoek voor zorgapps van dag tot dag inhoudt.",
    carla_outcome="Heel open gesprek. Bedankje sturen; ze noemde Şükrü Yılmaz.",
    sukru_place="Videogesprek",
    sukru_purpose="Horen hoe toegankelijkheidsonderzoek past in zorgprojecten.",
    sukru_notes="Volgens Carla begon hij met gebruikerstests voor een bank.",
    gijs_purpose="Begrijpen hoe een ziekenhuis kiest welke apps zijn patiënten gebruiken.",
    gijs_notes="Femke heeft hem namens mij gemaild; ik wacht op antwoord.",
    femke_follow_up="Femke mijn bijgewerkte cv sturen om aan Gijs door te geven",
    headline_follow_up="Mijn LinkedIn-kopregel aanpassen naar 'UX-researcher – zorgapps'",
    eva_follow_up=(
        "Eva vragen welke makers van zorgsoftware UX-researchers hebben met wie ik kan praten"
    ),
    report_follow_up="Het nieuwste rapport van Toegankelijk.nu lezen voor het gesprek",
)

BY_LANGUAGE = {texts.language: texts for texts in (ENGLISH, DUTCH)}


def demo_texts(language: str) -> DemoTexts:
    """The example's words in ``language`` ("nl" or "en"; anything else: English)."""
    return BY_LANGUAGE.get(language.split("_")[0].lower(), ENGLISH)
