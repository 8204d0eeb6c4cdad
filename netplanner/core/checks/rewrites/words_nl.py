"""Dutch lexicons and word forms for the rewrites (see ``words``).

Agreement ("Hoe *zijn* de klanten?"), articles ("het beroep", "de baan"), "te" in the right
place ("door te groeien"), infinitives from stems ("werk" → "werken"), and the adjectives
the frames and the gate need to know: neutral dimensions, judging and loaded words.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def wordlist(words: str) -> list[str]:
    return words.split()


NL_DIMENSIONS = wordset(
    "moeilijk makkelijk gemakkelijk lastig zwaar groot klein lang kort druk rustig flexibel "
    "stressvol belangrijk nodig gebruikelijk normaal nuttig divers gevarieerd afwisselend streng "
    "formeel informeel hiërarchisch plat seizoensgebonden technisch internationaal lokaal fysiek "
    "snel traag duur goedkoop hoog laag jong oud nieuw riskant transparant betrokken bereikbaar "
    "beschikbaar waarschijnlijk ver dichtbij open zelfstandig afhankelijk"
)
NL_VALENCED = wordset(
    "goed slecht leuk fijn prettig saai vermoeiend frustrerend overweldigend veeleisend "
    "uitdagend interessant spannend dankbaar eenzaam vriendelijk gastvrij behulpzaam collegiaal "
    "hecht steunend vervelend intens heftig pittig competitief mooi"
)


NL_DEGREE = wordset(
    "erg heel echt best zo te wat behoorlijk enorm ontzettend nogal vrij redelijk tamelijk "
    "super hartstikke verschrikkelijk vreselijk extreem bijzonder uitermate beetje sterk zeer "
    "flink"
)
NL_PREPOSITIONS = wordset(
    "in op bij voor met van naar over tijdens na om door uit aan tegen zonder als dan tot "
    "binnen buiten onder boven tussen rond sinds vanuit qua"
)
NL_DETERMINERS = wordset(
    "de het een je jouw jullie uw mijn zijn haar hun ons onze dit dat deze die elk elke "
    "alle veel weinig geen sommige"
)
NL_AFTER_ADJECTIVE = NL_PREPOSITIONS | wordset("hier daar nu tegenwoordig toen wanneer nog")
NL_ADJECTIVES = wordset(
    """
    moeilijk makkelijk gemakkelijk lastig zwaar licht goed slecht groot klein lang kort
    hoog laag nieuw oud jong druk rustig flexibel stressvol belangrijk nodig noodzakelijk
    vereist verplicht essentieel mogelijk toegestaan gebruikelijk normaal nuttig handig
    anders divers gevarieerd afwisselend streng formeel informeel ontspannen hiërarchisch
    plat seizoensgebonden technisch creatief veeleisend competitief riskant eenzaam stil
    hectisch intensief snel traag duur goedkoop dankbaar uitdagend interessant spannend
    saai vermoeiend frustrerend overweldigend realistisch onrealistisch open gesloten
    vriendelijk betrokken strak zeker stabiel veilig populair internationaal lokaal
    fysiek sociaal politiek voorspelbaar steil duidelijk leuk fijn prettig zwaar
    gastvrij welkom behulpzaam collegiaal hecht bereikbaar beschikbaar haalbaar zinvol
    belabberd nutteloos zonde beroerd rampzalig lastig vervelend ver dichtbij vast
    intens heftig pittig zwaarder rustiger drukker groter kleiner langer korter transparant
    eerlijk toegankelijk zichtbaar zelfstandig afhankelijk internationaal
        """
)
_NL_ADJECTIVE_END = re.compile(
    r"(?:baar|lijk|ief|isch|ig|eel|zaam|loos|vol|rijk|waardig|gebonden|achtig|end)$"
)
NL_LOADED = wordset(
    """
    geweldig fantastisch prachtig heerlijk super vreselijk verschrikkelijk gaaf tof
    top schitterend saai eentonig frustrerend vermoeiend overweldigend slopend
    zinloos waardeloos dodelijk ellendig uitzichtloos belachelijk onmogelijk ideaal
    perfect uitstekend gefrustreerd verveeld gestrest moe overbetaald onderbetaald
    belabberd nutteloos zonde beroerd rampzalig waardeloos uitputtend uitgeput nep
        """
)
_NL_EN_SINGULAR = wordset(
    "keuken examen teken leven wapen molen deken laken kussen verleden vermogen gebeuren "
    "wezen begin regen middagen toetsen"
)
_NL_S_SINGULAR = wordset(
    "kans baas les prijs reis mens vis kas proces status campus cursus bus stress crisis "
    "basis analyse ijs huis muis kaas paus als was is ons eens dus pas vaas"
)
# het-words among the nouns job seekers ask about (compounds take their last part).
_NL_HET = wordlist(
    "werk vak beroep bedrijf team salaris loon contract kantoor onderwijs veld project "
    "netwerk gesprek programma diploma pensioen budget traject proces onderzoek verkeer "
    "bureau lab laboratorium ziekenhuis museum centrum overleg management beleid leven "
    "land jaar begin eind gevoel verschil vertrouwen niveau sollicitatiegesprek cv "
    "traineeship onderdeel deel aanbod idee advies examen doel klimaat systeem schema "
    "rooster thuiswerken reizen lesgeven werken pad loopbaanpad"
)


def nl_is_plural(head: str, determiner: str = "") -> bool:
    """A plural Dutch noun? ("klanten", "collega's", "managers"; not "keuken", "kans")."""
    word = head.lower().strip(",.")
    if determiner.lower() in ("het", "een", "dit", "elk", "elke"):
        return False
    if word in ("mensen", "kinderen", "lui"):
        return True
    if word.endswith("'s"):
        return True
    if word in _NL_EN_SINGULAR or word in _NL_S_SINGULAR or len(word) < 4:
        return False
    if word.endswith("en") and not word.endswith(("ien", "ijn")) and word[-3] not in "aeiou":
        return True
    return word.endswith("s") and word[-2] in "erlnkptoaiydm" and not word.endswith("ss")


def nl_head(noun_phrase: str) -> tuple[str, str]:
    """(determiner, head) of a Dutch noun phrase: the first word after the determiner and
    the inflected adjectives ("de eerste maanden op kantoor" → ("de", "maanden"))."""
    words = noun_phrase.lower().split()
    determiner = words[0] if words and words[0] in NL_DETERMINERS else ""
    rest = words[1:] if determiner else words
    for index, word in enumerate(rest):
        if word in NL_DEGREE or (word.endswith("e") and index + 1 < len(rest)):
            continue
        return determiner, word
    return determiner, rest[-1] if rest else ""


def nl_be(noun_phrase: str, past: bool = False) -> str:
    """ "is"/"zijn" (or "was"/"waren") agreeing with ``noun_phrase``."""
    determiner, head = nl_head(noun_phrase)
    plural = nl_is_plural(head, determiner)
    return ("waren" if plural else "was") if past else ("zijn" if plural else "is")


def nl_article(noun: str) -> str:
    """ "de" or "het" for a singular noun (compounds by their last part; "de" by default)."""
    word = noun.lower()
    if word.endswith(("je", "isme", "ment", "um")):
        return "het"
    return "het" if any(word.endswith(het) for het in _NL_HET) else "de"


def nl_is_adjective(word: str, before: str = "") -> bool:
    """Can ``word`` be a Dutch predicate adjective here (lexicon or ending, no article
    right before it)?"""
    word = word.lower()
    if word in NL_ADJECTIVES or word in NL_LOADED:
        return True
    if before.lower() in NL_DETERMINERS or len(word) < 4:
        return False
    comparative = word.endswith("er") and word[:-2] in NL_ADJECTIVES
    return bool(_NL_ADJECTIVE_END.search(word)) or comparative


_NL_SEPARABLE = wordlist(
    "thuis door over op af aan in uit mee terug toe voor weg bij na samen binnen rond los "
    "vast om neer langs tegen achter open kennis"
)
_NL_INSEPARABLE = wordset(
    "overleggen overwegen overtuigen overleven overschatten overzien overlijden "
    "doorgronden omschrijven omvatten voorkomen voorspellen aanvaarden ontvangen "
    "onderhandelen ondernemen onderzoeken ondersteunen onderscheiden"
)


def nl_te_infinitive(verb: str) -> str:
    """ "leren" → "te leren", "doorgroeien" → "door te groeien", "aanraden" → "aan te raden"."""
    word = verb.lower()
    if word not in _NL_INSEPARABLE and not word.endswith("eren"):
        for prefix in sorted(_NL_SEPARABLE, key=len, reverse=True):
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                return f"{prefix} te {word[len(prefix) :]}"
    return f"te {word}"


def nl_infinitive(stem: str) -> str:
    """The infinitive of a Dutch verb stem: "werk" → "werken", "reis" → "reizen", "maak" →
    "maken", "zit" → "zitten", "leef" → "leven"."""
    word = stem.lower()
    irregular = {"ga": "gaan", "sta": "staan", "doe": "doen", "zie": "zien", "ben": "zijn",
                 "heb": "hebben", "kan": "kunnen", "kun": "kunnen", "wil": "willen",
                 "zal": "zullen", "mag": "mogen"}  # fmt: skip
    if word in irregular:
        return irregular[word]
    voiced = {"f": "v", "s": "z"}
    long_vowel = re.search(r"([aeou])\1([^aeiou])$", word)
    if long_vowel:  # maak → maken, leef → leven
        return word[:-2] + voiced.get(word[-1], word[-1]) + "en"
    if re.search(r"(?:ei|ij|ui|ou|au|ie|oe|eu)[fs]$", word):  # reis → reizen
        return word[:-1] + voiced[word[-1]] + "en"
    if re.search(r"[^aeiou][aeiou][bdfgklmnprst]$", word) and len(word) <= 4:  # zit → zitten
        return word + word[-1] + "en"
    return word + "en"


def nl_is_infinitive(word: str, before: str = "") -> bool:
    """Looks like a Dutch infinitive (not a plural noun after an article)?"""
    word = word.lower()
    return (
        len(word) > 3
        and word.endswith("en")
        and before.lower() not in NL_DETERMINERS
        and word not in _NL_EN_SINGULAR
        and word not in _NL_NOT_VERBS
    )


_NL_NOT_VERBS = wordset(
    "toen even zelden boven beneden tegen open binnen buiten samen verder ergens nergens "
    "meestal misschien eigen ooit alleen dagen jaren weken maanden uren"
)
