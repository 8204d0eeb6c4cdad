"""The words the suggestions understand, in Dutch and English, as concepts.

Each concept has the forms that mean it, written folded (lower case, no accents; see
``core.text.fold``). A form of several words ("user experience") is a phrase; a form of
one word may also be found inside a Dutch compound ("zorg" in "zorgapps", "onderzoeker"
in "gebruikersonderzoeker"; see ``matching``). Concepts whose id starts with "@" are
kinds of role (the head of a job title: researcher, editor); the others are fields,
sectors and kinds of organisation. A form may stand for several concepts at once:
"beleidsmedewerker" is policy work done as an officer.

Kept as plain data so the vocabulary can grow without touching the matching.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# fmt: off
#: concept -> forms. Role heads first, then fields, sectors and kinds of organisation.
CONCEPTS: dict[str, tuple[str, ...]] = {
    # -- kinds of role (heads) ---------------------------------------------------------------
    "@researcher": ("researcher", "researchers", "onderzoeker", "onderzoekers", "research lead"),
    "@designer": ("designer", "designers", "ontwerper", "ontwerpers", "vormgever"),
    "@developer": ("developer", "developers", "ontwikkelaar", "programmeur", "programmer"),
    "@engineer": ("engineer", "engineers", "ingenieur"),
    "@manager": (
        "manager", "managers", "lead", "leader", "leider", "teamleider", "teamlead", "head",
        "hoofd", "leidinggevende", "chef",
    ),
    "@director": ("director", "directeur", "cto", "ceo", "cio"),
    "@adviser": ("adviser", "advisor", "adviseur", "raadgever"),
    "@consultant": ("consultant", "consultants"),
    "@officer": ("officer", "medewerker", "medewerkster"),
    "@editor": ("editor", "redacteur", "redactrice", "eindredacteur"),
    "@writer": ("writer", "schrijver", "copywriter", "tekstschrijver"),
    "@analyst": ("analyst", "analist"),
    "@scientist": ("scientist", "wetenschapper"),
    "@teacher": ("teacher", "docent", "leraar", "lerares", "lecturer", "onderwijzer"),
    "@nurse": ("nurse", "verpleegkundige", "verpleger"),
    "@doctor": ("doctor", "physician", "arts", "huisarts"),
    "@coach": ("coach",),
    "@recruiter": ("recruiter", "werver"),
    "@architect": ("architect",),
    "@lawyer": ("lawyer", "advocaat", "jurist", "counsel"),
    "@accountant": ("accountant",),
    "@controller": ("controller",),
    "@owner": ("owner", "eigenaar"),
    "@marketer": ("marketer", "marketeer"),
    "@journalist": ("journalist", "verslaggever", "reporter"),
    "@specialist": ("specialist", "expert", "deskundige"),
    "@tester": ("tester",),
    "@trainer": ("trainer",),
    "@therapist": ("therapist", "therapeut"),
    "@psychologist": ("psychologist", "psycholoog"),
    "@assistant": ("assistant", "assistent", "secretary", "secretaresse"),
    "@planner": ("planner",),
    "@coordinator": ("coordinator",),
    "@buyer": ("buyer", "inkoper"),
    "@founder": ("founder", "oprichter"),
    "@partner": ("partner",),
    # -- fields ------------------------------------------------------------------------------
    "ux": (
        "ux", "user experience", "gebruikerservaring", "usability", "bruikbaarheid",
        "user research", "gebruikersonderzoek", "user centered", "user centred",
    ),
    "research": (
        "research", "onderzoek", "researcher", "researchers", "onderzoeker", "onderzoekers",
        "user research", "gebruikersonderzoek", "research lead",
    ),
    "design": (
        "design", "ontwerp", "vormgeving", "designer", "designers", "ontwerper", "ontwerpers",
        "vormgever",
    ),
    "interaction": ("interaction", "interactie"),
    "service": ("service",),
    "product": ("product", "producten", "products"),
    "data": ("data",),
    "software": ("software",),
    "web": ("web", "website", "websites", "online", "internet"),
    "ecommerce": (
        "ecommerce", "e commerce", "webshop", "webwinkel", "online bestellen",
        "online ordering", "online shopping",
    ),
    "app": ("app", "apps", "mobile", "mobiel"),
    "policy": ("policy", "beleid", "beleids"),
    "sustainability": (
        "sustainability", "sustainable", "duurzaamheid", "duurzaam", "duurzame", "circular",
        "circulair", "circulaire", "climate", "klimaat", "energy transition", "energietransitie",
    ),
    "energy": ("energy", "energie", "energy transition", "energietransitie"),
    "accessibility": ("accessibility", "toegankelijkheid", "toegankelijk", "a11y"),
    "privacy": ("privacy",),
    "procurement": ("procurement", "inkoop", "purchasing"),
    "ai": (
        "ai", "machine learning", "artificial intelligence", "kunstmatige intelligentie", "ml",
    ),
    "marketing": ("marketing",),
    "communications": ("communications", "communication", "communicatie", "pr"),
    "hr": ("hr", "human resources", "personeelszaken", "hrm", "p&o"),
    "recruitment": ("recruitment", "werving", "recruiter", "werver"),
    "sales": ("sales", "verkoop"),
    "project": ("project", "projects", "projecten", "programma", "programme", "program"),
    "customer": ("customer", "klant", "klanten", "client", "clients"),
    "patient": ("patient", "patients", "patienten"),
    "editorial": ("redactie", "editorial", "content"),
    "digital": ("digital", "digitaal", "digitale"),
    # -- sectors -----------------------------------------------------------------------------
    "healthcare": (
        "healthcare", "health care", "health", "zorg", "gezondheidszorg", "gezondheid",
        "medical", "medisch", "medische", "ehealth", "e health", "medtech", "care",
    ),
    "education": (
        "education", "onderwijs", "edtech", "learning", "educatie", "opleiding", "opleidingen",
    ),
    "government": (
        "government", "overheid", "rijksoverheid", "public sector", "publieke sector",
        "semi public", "semipublic",
    ),
    "finance": (
        "finance", "financial", "financien", "financieel", "financiele", "banking",
        "bankwezen", "fintech", "insurance", "verzekeringen",
    ),
    "technology": ("technology", "tech", "technologie", "it", "ict"),
    "logistics": ("logistics", "logistiek", "supply chain"),
    "transport": ("transport", "mobility", "mobiliteit", "vervoer"),
    "construction": ("construction", "bouw", "infra", "infrastructure", "infrastructuur"),
    "retail": ("retail", "detailhandel", "winkel", "winkels"),
    "culture": ("culture", "cultuur", "kunst", "museum", "musea"),
    "media": ("media", "publishing", "uitgeverij", "uitgever", "journalistiek", "journalism"),
    "legal": ("legal", "juridisch", "juridische", "law"),
    "nonprofit": (
        "nonprofit", "non profit", "ngo", "goede doelen", "goed doel", "charity", "charities",
        "foundation", "stichting",
    ),
    # -- kinds of organisation ---------------------------------------------------------------
    "hospital": ("hospital", "hospitals", "ziekenhuis", "ziekenhuizen", "umc", "mc"),
    "municipality": ("municipality", "municipalities", "gemeente", "gemeenten", "council"),
    "ministry": ("ministry", "ministerie"),
    "university": (
        "university", "universities", "universiteit", "hogeschool", "hogescholen",
        "applied sciences",
    ),
    "school": ("school", "scholen", "schools"),
    "startup": ("startup", "start up", "startups", "scaleup", "scale up", "scale ups"),
    "consultancy": ("consultancy", "adviesbureau", "advisory"),
    "agency": ("agency", "bureau"),
    "insurer": ("insurer", "verzekeraar", "verzekeraars"),
    "bank": ("bank", "banken", "banks"),
    "grid": ("grid operator", "grid operators", "netbeheerder", "netbeheerders"),
}
# fmt: on

#: Whole words and phrases that mean a set of concepts together; they win over reading
#: the parts (a "beleidsadviseur" and a "beleidsmedewerker" do the same work).
WHOLE: dict[str, frozenset[str]] = {
    form: frozenset(concepts)
    for form, concepts in {
        "beleidsmedewerker": ("policy", "@officer"),
        "beleidsadviseur": ("policy", "@officer"),
        "policy officer": ("policy", "@officer"),
        "policy adviser": ("policy", "@officer"),
        "policy advisor": ("policy", "@officer"),
        "beleidsmaker": ("policy", "@officer"),
        "webredacteur": ("web", "@editor"),
        "web editor": ("web", "@editor"),
        "online editor": ("web", "@editor"),
        "webeditor": ("web", "@editor"),
        "user researcher": ("ux", "research", "@researcher"),
        "gebruikersonderzoeker": ("ux", "research", "@researcher"),
        "projectleider": ("project", "@manager"),
        "projectmanager": ("project", "@manager"),
        "product owner": ("product", "@owner"),
        "productowner": ("product", "@owner"),
        "customer service": ("customer", "service"),
        "klantenservice": ("customer", "service"),
        "customer care": ("customer", "service"),
        "zorgverzekeraar": ("healthcare", "insurer"),
        "software engineer": ("software", "@developer"),
        "software developer": ("software", "@developer"),
    }.items()
}

#: Kinds of role that say a level or a position, not a profession: sharing only one of
#: them ("sales manager" and "product manager") is no likeness of the work.
GENERIC_HEADS = frozenset(
    {
        "@manager", "@director", "@officer", "@adviser", "@consultant", "@specialist",
        "@owner", "@assistant", "@coordinator", "@founder", "@partner",
    }
)  # fmt: skip

#: Concepts that are sectors (what the sector signal compares).
SECTORS = frozenset(
    {
        "healthcare", "education", "government", "finance", "technology", "logistics",
        "transport", "construction", "retail", "culture", "media", "legal", "nonprofit",
        "energy", "sustainability",
    }
)  # fmt: skip

#: A kind of organisation says which sector it is in.
IMPLIES: dict[str, frozenset[str]] = {
    "hospital": frozenset({"healthcare"}),
    "patient": frozenset({"healthcare"}),
    "municipality": frozenset({"government"}),
    "ministry": frozenset({"government"}),
    "university": frozenset({"education", "research"}),
    "school": frozenset({"education"}),
    "insurer": frozenset({"finance"}),
    "bank": frozenset({"finance"}),
    "grid": frozenset({"energy"}),
}

#: Words that say nothing about the work: left out wherever they stand.
STOP_WORDS = _words(
    """a an and the of or in at for with to on by from as their its our your
    en of de het een in bij voor met naar op van als hun aan om te die dat
    senior junior medior sr jr mid sized midsized large small big middelgroot middelgrote
    klein kleine groot grote
    organisation organisations organization organizations organisatie organisaties
    company companies bedrijf bedrijven firm firms maker makers instelling instellingen
    people mensen work werk role rol functie job baan sector branche field vakgebied
    area gebied region regio"""
)

#: Known words that only ever appear inside compounds (the "s" of "beleids" etc. are
#: handled by the splitter); they carry no concept of their own.
COMPOUND_PARTS = _words(
    """punt portaal portalen portal portals programma programmas sector huis huizen centrum centra
    dienst diensten team teams zaken instelling instellingen organisatie organisaties
    bedrijf bedrijven maker makers"""
)

#: Places. A region concept is "r:" + a key here; its forms; and where it lies.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # key: (forms, lies in)
    "nl": (("nederland", "netherlands", "the netherlands", "holland"), ()),
    "randstad": (("randstad",), ("nl",)),
    "p-groningen": (("provincie groningen", "groningen province"), ("nl",)),
    "p-friesland": (("friesland", "fryslan"), ("nl",)),
    "p-drenthe": (("drenthe",), ("nl",)),
    "p-overijssel": (("overijssel",), ("nl",)),
    "p-flevoland": (("flevoland",), ("nl",)),
    "p-gelderland": (("gelderland",), ("nl",)),
    "p-utrecht": (("provincie utrecht", "utrecht province"), ("nl",)),
    "p-noord-holland": (("noord holland", "north holland"), ("nl",)),
    "p-zuid-holland": (("zuid holland", "south holland"), ("nl",)),
    "p-zeeland": (("zeeland",), ("nl",)),
    "p-noord-brabant": (("noord brabant", "brabant", "north brabant"), ("nl",)),
    "p-limburg": (("limburg",), ("nl",)),
    "amsterdam": (("amsterdam",), ("p-noord-holland", "randstad")),
    "haarlem": (("haarlem",), ("p-noord-holland", "randstad")),
    "zaandam": (("zaandam", "zaanstad"), ("p-noord-holland", "randstad")),
    "hilversum": (("hilversum",), ("p-noord-holland",)),
    "alkmaar": (("alkmaar",), ("p-noord-holland",)),
    "amstelveen": (("amstelveen",), ("p-noord-holland", "randstad")),
    "rotterdam": (("rotterdam",), ("p-zuid-holland", "randstad")),
    "den-haag": (
        ("den haag", "the hague", "s gravenhage", "hague"),
        ("p-zuid-holland", "randstad"),
    ),
    "leiden": (("leiden",), ("p-zuid-holland", "randstad")),
    "delft": (("delft",), ("p-zuid-holland", "randstad")),
    "dordrecht": (("dordrecht",), ("p-zuid-holland", "randstad")),
    "zoetermeer": (("zoetermeer",), ("p-zuid-holland", "randstad")),
    "gouda": (("gouda",), ("p-zuid-holland", "randstad")),
    "utrecht": (("utrecht",), ("p-utrecht", "randstad")),
    "amersfoort": (("amersfoort",), ("p-utrecht",)),
    "nieuwegein": (("nieuwegein",), ("p-utrecht", "randstad")),
    "zeist": (("zeist",), ("p-utrecht",)),
    "houten": (("houten",), ("p-utrecht",)),
    "veenendaal": (("veenendaal",), ("p-utrecht",)),
    "almere": (("almere",), ("p-flevoland", "randstad")),
    "lelystad": (("lelystad",), ("p-flevoland",)),
    "groningen": (("groningen",), ("p-groningen",)),
    "leeuwarden": (("leeuwarden",), ("p-friesland",)),
    "assen": (("assen",), ("p-drenthe",)),
    "zwolle": (("zwolle",), ("p-overijssel",)),
    "enschede": (("enschede",), ("p-overijssel",)),
    "deventer": (("deventer",), ("p-overijssel",)),
    "arnhem": (("arnhem",), ("p-gelderland",)),
    "nijmegen": (("nijmegen",), ("p-gelderland",)),
    "apeldoorn": (("apeldoorn",), ("p-gelderland",)),
    "ede": (("ede",), ("p-gelderland",)),
    "wageningen": (("wageningen",), ("p-gelderland",)),
    "middelburg": (("middelburg",), ("p-zeeland",)),
    "eindhoven": (("eindhoven",), ("p-noord-brabant",)),
    "tilburg": (("tilburg",), ("p-noord-brabant",)),
    "breda": (("breda",), ("p-noord-brabant",)),
    "den-bosch": (("den bosch", "s hertogenbosch"), ("p-noord-brabant",)),
    "helmond": (("helmond",), ("p-noord-brabant",)),
    "maastricht": (("maastricht",), ("p-limburg",)),
    "venlo": (("venlo",), ("p-limburg",)),
    "heerlen": (("heerlen",), ("p-limburg",)),
    "be": (("belgie", "belgium", "vlaanderen", "flanders"), ()),
    "antwerpen": (("antwerpen", "antwerp"), ("be",)),
    "gent": (("gent", "ghent"), ("be",)),
    "brussel": (("brussel", "brussels", "bruxelles"), ("be",)),
    "leuven": (("leuven",), ("be",)),
}
