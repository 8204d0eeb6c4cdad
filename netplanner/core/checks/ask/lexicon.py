"""Word classes for the ask checker's grammar (``concreteness``), English and Dutch.

Closed classes (articles, pronouns, prepositions, auxiliaries), the role and field
words and endings that make a *head*, and the generic words that never do. Lower case.
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _w(
    "mr mrs ms dr prof st e.g i.e etc vs bv bijv o.a dhr mevr mw drs ir ing jr sr nr ca"
)

ARTICLES = _w("a an the de het een 'n")

FUNCTION = ARTICLES | _w(
    """i i'm im i've ive i'd id i'll me my mine myself you you're youre your yours u ur
    he she it its we us our they them their this that these those there here who whom
    whose which what where when why how whether if then than so and or but nor also too
    very really quite rather just only even still already now currently mostly mainly
    especially particularly preferably ideally maybe perhaps some any all each every no
    not n't other another such more most much many few lot lots bit little something
    anything everything nothing someone anyone everyone somebody anybody is am are was
    were be been being do does did done have has had having will would shall should can
    could may might must to of in on at by for with from into onto about as like over
    under through between among within around near across via per up out off down
    ik mij me mijn m'n jij je jou jouw u uw hij zij ze haar hun hen wij we ons onze jullie
    die dat dit deze daar hier er wie wat waar wanneer waarom hoe welke welk of als dan
    en maar want dus ook nog al wel niet geen heel erg zeer zo echt eigenlijk vooral
    misschien graag liefst het liefst iets niets alles iemand niemand iedereen veel
    weinig meer meest ben bent is zijn was waren wordt worden word werd heb hebt heeft
    hebben had kan kun kunt kunnen zal zult zullen zou zouden wil wilt willen mag mogen
    moet moeten te van in op aan bij met voor naar uit over door om tegen tot na sinds
    zonder binnen buiten via rond richting ge gij zoudt uwe efkes eens even""".replace(
        "het liefst", ""
    )
)

# Words after which the next noun (past "a", "an", an adjective) is a role.
ROLE_INTRO = _w("as als become becoming worden word werd")

# Generic work words: a head only with a content word before them ("analyst roles").
GENERIC_WORK = _w(
    """role roles job jobs work position positions werk functie functies rol rollen baan
    banen vak beroep job's"""
)

# Never a head: generic, vague, about people in general, broad sectors, or small talk.
NOT_HEAD = _w(
    """opportunity opportunities challenge challenges step steps change changes career
    careers thing things field fields sector sectors industry industries area areas world
    kind type sort way ways people person persons folks someone contact contacts network
    networks linkedin time times moment moments week weeks day days year years month
    months lunch coffee chat chats conversation conversations question questions idea ideas
    thought thoughts advice help tips tip name names post comment comments message impact
    difference future life path move switch transition direction option options
    possibilities possibility something new next different creative meaningful
    tech technology finance marketing sales it ict hr healthcare business
    kans kansen uitdaging uitdagingen stap stappen loopbaan carrière carriere richting
    hoek gebied vakgebied branche wereld soort manier mensen persoon personen contacten
    netwerk tijd tijdje dag week jaar jaren maand koffie gesprek gesprekken vraag vragen
    idee ideeën ideeen advies hulp naam namen bericht reactie reacties impact toekomst
    leven pad overstap switch mogelijkheid mogelijkheden anders nieuws zorg marketing
    commerciële commercieel financiële financieel sector ding dingen soort plek richting
    thanks thank bedankt dank groet groeten regards wishes
    hi hey hello dear hoi hallo dag beste lieve goedemiddag goeiedag goedendag goedemorgen"""
)

# A specialism phrase starts here: "specialised in", "focused on", "gespecialiseerd in".
SPECIALISM_START = _w(
    """specialised specialized specialising specializing specialises specializes specialise
    specialize focused focussed focusing focussing gespecialiseerd gericht gefocust
    gefocused specialist"""
)

# A prepositional qualifier starts here.
LINKS = _w(
    """in at for on within around near across with inside bij voor op binnen rond rondom
    met aan van of richting nabij"""
)
WEAK_LINKS = _w("of van")
RELATIVES = _w("who that which whose die dat wiens waar")

# These end the search for a qualifier.
STOPS = _w(
    """and or but because so then while since en maar want dus omdat terwijl toen i i'm
    im ik we wij"""
)

# May stand between a head and its qualifier.
SKIPPABLE = _w(
    """work works working worked werken werkt werk werkzaam zijn is are ben bent be been
    mostly mainly especially particularly vooral voornamelijk actief bezig thinking
    exploring looking curious interested keen trying hoping to te currently momenteel
    now nu already al liefst preferably ideally bijvoorbeeld based gevestigd
    gespecialiseerd zich"""
)

# Things that do not make a qualifier concrete: "for me", "with people", "for 5 years".
EMPTY_OBJECTS = _w(
    """me mij myself people mensen someone iemand something iets anything everything
    years year jaar jaren months maanden while tijdje ages life leven career carrière
    loopbaan job baan work werk change verandering now nu moment"""
)
VAGUE_MODIFIERS = _w(
    """new nieuwe nieuw any some different other andere ander next volgende good goede
    nice leuke leuk interesting interessante great mooie something iets"""
)

PERSON_WORDS = _w("people person persons someone mensen persoon personen iemand folks")

VERBISH = _w(
    """am is are was were be been being do does did have has had i'm im i've i'd ben bent
    zijn was heb hebt heeft hebben wil wilt zoek zoekt werk werkt denk denkt and en or of
    also ook still nog and, just really"""
)

NL_POSTNOMINAL_ADJECTIVES: frozenset[str] = frozenset()

ROLES = _w(
    """dev devs chef chefs nurse nurses coach coaches lead leads head liaison liaisons
    paralegal paralegals clerk clerks analyst analysts expert experts vet vets pilot
    midwife surgeon surgeons dentist hygienist paramedic mechanic cook barista
    volunteer volunteers engineer engineers pioneer representative executive trainee
    trainees employee employees intern interns graduate phd postdoc physio
    juf kleuterjuf meester tolk tolken kok arts artsen huisarts tandarts verpleegkundige
    verpleegkundigen kassier hovenier bankier cashier courier financier steward
    stewards stewardess architect architecten architects ingenieur ingenieurs chemicus
    leerkracht leerkrachten zorgkracht fotograaf fotografe cartograaf geograaf
    bioloog psycholoog pedagoog socioloog notaris actuaris secretaris archivaris
    bibliothecaris stagiair stagiaire ondernemer zzp'er zzp'ers freelancer freelancers
    founder founders ceo cfo cto cio coo ciso dpo owner owners scrum"""
)

FIELDS = _w(
    """design research policy law care affairs planning writing analytics science
    engineering consulting coaching training teaching nursing accounting auditing
    publishing fundraising recruitment procurement logistics operations compliance
    journalism translation mediation inspection photography architecture agriculture
    horticulture sustainability accessibility security safety privacy education
    inkoop beleid onderzoek ontwerp advies woordvoering communicatie fondsenwerving
    logistiek houtbouw ux-design ux-writing infra infrastructure regulatory
    postproductie post-production"""
)

ROLE_ENDINGS = (
    "er", "or", "ist", "ian", "ant", "ent", "aar", "eur", "oloog", "icus", "kundige",
    "medewerker", "adviseur", "coach", "manager", "docent", "leider", "juf", "therapeut",
    "ster", "aris", "yst", "tect", "graaf", "kracht", "assistent", "assistente",
)  # fmt: skip

ROLE_ENDING_STOP = _w(
    """other others another together whether either neither never ever however whatever
    whoever wherever forever over under after rather further later better number numbers
    water paper papers power order orders matter letter letters center centre summer
    winter corner chapter career careers partner partners customer customers user users
    consumer consumers provider providers computer computers folder border answer answers
    wonder consider remember enter register gather prefer offer offers deliver discover
    cover sooner older younger bigger smaller newer higher lower wider larger longer
    shorter faster easier harder closer clearer greater fewer earlier weather leather
    dinner manner banner layer filter cancer soccer super upper inner outer hunger anger
    danger finger monster poster sister brother mother father daughter clever proper
    newsletter character her per ter der transfer differ suffer refer sector sectors
    factor factors floor door error mirror color colour honor honour labor labour minor
    major motor interior exterior behavior behaviour favour favor for nor kantoor humor
    voor door want wants can't important relevant significant pleasant plant plants
    restaurant restaurants constant instant giant elegant interessant vacant tolerant
    brilliant variant dominant kant krant different current recent event events content
    moment moments present frequent urgent patient patients client clients parent
    parents talent talents percent segment element comment comments statement government
    department departments environment apartment payment payments bent kent cent
    verdient dient went spent sent meant rent procent list lists exist assist insist
    resist consist persist lijst juist wist kist gist mist twist wrist asian median
    indian italian christian belgian canadian jaar jaren daar naar maar waar klaar paar
    raar haar gevaar elkaar mekaar najaar voorjaar schooljaar deur kleur geur keur
    humeur interieur over onder ander verder meer weer zeer hier eerder beter leuker
    groter kleiner minder vroeger lekker nummer kamer zomer water papier manier plezier
    vier zeker liever ieder achter kader cijfer moeder vader zuster ouder ouders
    werkgever werkgevers minister master masters semester cluster register ster
    sinister anyway whenever member members sooner tender winner dinner deeper"""
)

FIELD_ENDINGS = (
    "ment", "tion", "tions", "sion", "ics", "ogy", "ism", "ance", "ence", "ship", "ity",
    "ure", "work", "care", "law", "design", "policy", "affairs", "writing", "research",
    "planning", "analytics", "science", "ing", "ings", "heid", "beleid", "onderzoek",
    "zorg", "werk", "bouw", "kunde", "tie", "sie", "isme", "logie", "iek", "management",
    "ontwikkeling", "advies", "communicatie", "inkoop", "analyse", "grafie", "schap",
    "recht", "techniek", "modellen", "ontwerp", "beheer", "administratie", "handel",
    "fotografie", "ontwikkeling", "rapportages", "rapportage",
)  # fmt: skip

FIELD_ENDING_STOP = _w(
    """question questions position positions option options mention attention situation
    information nation station direction decision decisions connection connections
    conversation conversations solution solutions relation relations generation
    organisation organisations organization organizations institution institutions
    ambition ambitions passion transition motivation experience experiences difference
    chance chances conference audience evidence sequence licence assistance balance
    finance distance guidance preference reference references sentence presence
    existence opportunity opportunities city cities community university universities
    quality ability activity identity reality possibility variety majority priority
    society capacity authority curiosity future nature culture picture structure
    adventure pressure procedure measure failure feature lecture relationship
    friendship internship internships membership network networks framework homework
    teamwork moment comment statement department environment apartment element
    agreement achievement announcement appointment argument commitment document
    excitement improvement involvement judgment movement requirement settlement
    employment something anything everything nothing thing morning evening meeting
    feeling thinking looking working living being going doing saying hoping trying
    wondering reading getting having making taking coming seeing starting
    ervaring ervaringen richting mening verandering veranderingen uitdaging uitdagingen
    afdeling afdelingen vergadering regering ontmoeting verwachting beweging stichting
    aanleiding inleiding ding dingen koning woning verbinding uitnodiging aanvulling
    afwisseling leerling omgeving vereniging oriëntatie orientatie situatie informatie
    positie posities functie functies mogelijkheid mogelijkheden gelegenheid
    nieuwsgierigheid netwerk netwerken zorg energie interesse passie relatie relaties
    generatie organisatie organisaties stage vraag week interactie reactie reacties
    opleiding opleidingen"""
)
