"""vCards as address books really write them (fixtures of our own with the quirks of
Google, Outlook 2003, Android, Lotus Notes and CardDAV servers): every card and every
field, and a bad property costs that property only."""

from __future__ import annotations

from pathlib import Path

from netplanner.interchange.vcard_import import read_vcard

FIXTURES = Path(__file__).with_name("fixtures")


def _kinds(contact, values: list[str]) -> list[str]:
    return [contact.kind_of(value) for value in values]


def test_google_keeps_the_name_whole_and_every_address_number_and_site() -> None:
    result = read_vcard(FIXTURES / "google_30.vcf")
    assert (result.rejected, result.warnings) == ([], [])
    maarten, sara, nameless = result.contacts
    # FN is read as Google writes it: its commas are not separators.
    assert maarten.name == "Mr. Maarten Richter, Joost van Leeuwen Jr."
    assert (
        maarten.name_prefix,
        maarten.given_name,
        maarten.additional_names,
        maarten.family_name,
        maarten.name_suffix,
    ) == ("Mr.", "Maarten", "Richter, Joost", "van Leeuwen", "Jr.")
    assert maarten.nickname == "Maart"
    assert maarten.emails == [
        "maarten@example.org",
        "maarten.thuis@example.org",
        "m.vanleeuwen@gemeente.example",
        "maarten@vereniging.example",
    ]
    assert _kinds(maarten, maarten.emails) == ["", "home", "work", "Vereniging"]
    assert maarten.phones == [
        "+31 6 1111 2222",
        "+31 30 286 1000",
        "030 123 4567",
        "+31 30 286 0000",
        "+31 30 286 9999",
        "+31 30 286 1001",
    ]
    assert _kinds(maarten, maarten.phones) == [
        "mobile",
        "work",
        "home",
        "main",
        "fax",
        "Secretariaat",
    ]
    assert maarten.linkedin_url == "https://www.linkedin.com/in/maarten-van-leeuwen"
    assert maarten.websites == [
        "http://www.maartenvanleeuwen.example",
        "http://blog.maarten.example",
    ]
    assert (maarten.street, maarten.postal_code, maarten.city) == (
        "Stadsplateau 1",
        "3521 AZ",
        "Utrecht",
    )
    assert (maarten.address_region, maarten.country, maarten.region) == (
        "Utrecht",
        "Nederland",
        "Utrecht",
    )
    assert maarten.birthday == "1979-11-02"
    assert maarten.notes.splitlines() == [
        "Ontmoet bij de woondeal-sessie.",
        "Wil meedenken over de regio.",
        "Kleur: blauw",
        # The second address is not lost.
        "Address (home): Oudegracht 12 Tweede verdieping, 3511 AB, Utrecht, Nederland",
    ]
    assert maarten.tags == ["Netwerk"]  # Google's own "myContacts" is not a label
    assert (maarten.role, maarten.organisation) == ("Programmamanager wonen", "Gemeente Utrecht")
    assert (sara.name, sara.organisation, sara.role) == (
        "سارة المنصوري",
        "مؤسسة المستقبل",
        "مديرة المشاريع",
    )
    # A card with only an e-mail address is kept, named after it.
    assert (nameless.name, nameless.emails, nameless.row) == (
        "alleen.mail@example.com",
        ["alleen.mail@example.com"],
        3,
    )
    left_out = {use.heading for use in result.columns if not use.field}
    assert left_out == {"X-ABRELATEDNAMES", "X-GTALK", "X-PHONETIC-FIRST-NAME", "X-SKYPE"}


def test_outlook_2003_organisation_note_and_2_1_types() -> None:
    result = read_vcard(FIXTURES / "outlook_2003.vcf")
    assert result.rejected == []
    # Outlook's junk FBURL is a property NetPlanner does not use: no warning about it.
    assert result.warnings == []
    (willem,) = result.contacts
    assert willem.name == "Willem Bakker III"
    # ORG's unescaped comma is text, not a list: "Drukkerij, De", not "['Drukkerij', ' De']".
    assert willem.organisation == "Drukkerij, De"
    assert willem.notes.splitlines() == [
        "Eerste regel van de notitie",
        "Tweede regel",
        "",
        "Derde regel is leeg",
        "Department: Afdeling Offset",
        "Role: Leidinggevende",
        "Address (home): Dorpsstraat 5, 1135 AA, Edam, Nederland",
    ]
    assert "\r" not in willem.notes
    assert willem.emails == ["willem@drukkerij-de.example", "wim.bakker@thuis.example"]
    assert willem.phones[:3] == ["+31 20 555 0101", "020 555 0102", "06 5550 0103"]
    assert _kinds(willem, willem.phones) == ["work", "home", "mobile", "fax", "pager"]
    assert (willem.name_prefix, willem.given_name, willem.family_name, willem.name_suffix) == (
        "Dhr.",
        "Willem",
        "Bakker",
        "III",
    )
    assert (willem.street, willem.city, willem.address_region, willem.birthday) == (
        "Keizersgracht 100",
        "Amsterdam",
        "Noord-Holland",
        "1971-03-22",
    )
    assert willem.websites == ["http://www.drukkerij-de.example"]


def test_android_a_bad_org_costs_only_that_and_cards_named_after_what_they_have() -> None:
    result = read_vcard(FIXTURES / "android_broken.vcf")
    priya, info, stichting = result.contacts
    assert priya.name == "प्रिया शर्मा"  # quoted-printable UTF-8, Devanagari
    assert (priya.emails, priya.phones, priya.role) == (
        ["priya.sharma@example.in"],
        ["+919812345678"],
        "Data engineer",
    )
    assert priya.organisation == "Tata Consultancy \ufffd"
    assert [(w.row, w.reason) for w in result.warnings] == [
        (1, "line 7: ORG holds bytes that are not UTF-8 text; they are shown as �")
    ]
    assert (info.name, info.tags) == ("info@onbekend.example", [])  # "My Contacts" left out
    assert (stichting.name, stichting.organisation, stichting.phones) == (
        "Stichting Zonder Naam",
        "Stichting Zonder Naam",
        ["010 555 7777"],
    )
    assert [(r.row, r.reason) for r in result.rejected] == [
        (4, "has no name, e-mail address, organisation or phone number (it starts on line 20)")
    ]


def test_lotus_notes_properties_vobject_refuses_are_left_out_in_our_words() -> None:
    result = read_vcard(FIXTURES / "lotus_notes.vcf")
    assert (result.rejected, result.warnings) == ([], [])
    (henk,) = result.contacts
    assert henk.name == "Ing. de Graaf Henk II Hendrik"
    assert henk.nickname == "Henkie, HdG"
    assert (henk.organisation, henk.role) == ("IBM Nederland", "Senior architect")
    assert henk.emails == ["henk.degraaf@ibm.example", "hdg@oude-werkgever.example"]
    assert henk.phones == ["+31 6 9999 0001", "+31 20 513 0002"]
    assert (henk.street, henk.postal_code, henk.city) == (
        "Lindelaan 8\nAchterhuis",
        "1181 AB",
        "Amstelveen",
    )
    assert henk.source_uid == "0e7602cc-443e-4b82-b4b1-90f62f99a199"
    assert henk.birthday == "1968-05-21"
    left_out = {use.heading for use in result.columns if not use.field}
    assert {"PROFILE", "NAME", "SOURCE", "CLASS", "GEO", "TZ", "LABEL", "MAILER"} <= left_out


def test_vobject_refuses_the_lotus_notes_card_whole() -> None:
    """Why NetPlanner reads cards itself: vobject rejects the whole card over PROFILE,
    in its own words. If this fails, vobject learned to read it."""
    import vobject

    text = (FIXTURES / "lotus_notes.vcf").read_text("utf-8")
    try:
        vobject.readOne(text)
    except Exception as error:  # whatever vobject raises
        assert "PROFILE" in str(error) or "BEGIN" in str(error)
    else:  # pragma: no cover - vobject changed
        raise AssertionError("vobject read the Lotus Notes card")


def test_carddav_4_0_uris_year_less_birthdays_and_names_in_every_script() -> None:
    result = read_vcard(FIXTURES / "carddav_40.vcf")
    assert result.rejected == []
    noa, noa_he, somchai, xiaohong, jose = result.contacts
    # tel: and mailto: URIs read as the number and the address.
    assert noa.phones == ["+972-3-555-0100 ext. 12", "+972-54-555-0101"]
    assert _kinds(noa, noa.phones) == ["work", "mobile"]
    assert noa.emails == ["noa.levi@example.co.il"]
    assert noa.birthday == "--04-15"
    assert noa.source_uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert (noa_he.name, noa_he.family_name) == ("נועה לוי", "לוי")
    assert (somchai.name, somchai.organisation) == ("สมชาย ใจดี", "บริษัท ตัวอย่าง จำกัด")
    assert somchai.birthday == ""
    assert (xiaohong.name, xiaohong.nickname) == ("王小红 🌸", "小红")
    assert jose.name == "Jose\u0301 Angelo Nun\u0303ez"  # combining accents kept as written
    assert jose.name_suffix == "ing. jr M.Sc."
    assert (jose.street, jose.city, jose.address_region) == (
        "2875 Laurier\nSuite D2-630",
        "Québec",
        "QC",
    )
    assert [(w.row, w.reason) for w in result.warnings] == [
        (3, "line 27: the birthday “circa 1980” cannot be read; it was left out"),
        (4, "line 34 is not a vCard property; it was left out"),
    ]
