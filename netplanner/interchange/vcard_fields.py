"""What the properties of a vCard become in a contact (see ``vcard_import`` for the list)."""

from __future__ import annotations

from netplanner.core.contact_fields import (
    birthday_value,
    kind_of,
    kind_of_label,
    label_text,
    name_from_parts,
    name_from_what_is_known,
    plain_email,
    plain_phone,
)
from netplanner.core.enums import ContactSource
from netplanner.core.imports.model import ImportedContact
from netplanner.core.imports.notes import department, import_notes, other_address, other_role
from netplanner.core.text import clean
from netplanner.interchange.vcard_export import X_INTRODUCED_BY, X_PROPERTIES
from netplanner.interchange.vcard_lines import ParsedCard, Property, split_unescaped, unescape
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: The properties read, and the contact field each fills (for the import preview).
USED_PROPERTIES: dict[str, str] = {
    "FN": "name", "N": "name_parts", "NICKNAME": "nickname", "ORG": "organisation",
    "TITLE": "role", "ROLE": "role", "EMAIL": "email", "TEL": "phone", "URL": "website",
    "X-SOCIALPROFILE": "linkedin_url", "ADR": "address", "BDAY": "birthday", "NOTE": "notes",
    "CATEGORIES": "tags", "UID": "source_uid", "RELATED": "introduced_by",
    "X-ABLABEL": "kind", X_INTRODUCED_BY: "introduced_by",
    **{name: field for field, name in X_PROPERTIES.items()},
}  # fmt: skip


#: Groups address books put every card in ("myContacts", Android's "My Contacts"): not
#: labels the user chose.
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred", "othercontacts"})


def _labels(card: ParsedCard) -> dict[str, str]:
    """Apple's labels by group: item1.X-ABLabel:_$!<HomePage>!$_ -> {"item1": "HomePage"}."""
    return {
        prop.group: label_text(prop.text())
        for prop in card.all("X-ABLABEL")
        if prop.group and prop.text().strip()
    }


def _ordered(props: list[Property]) -> list[Property]:
    """The preferred (TYPE=pref, PREF=1) first, the others in the card's order."""
    return sorted(props, key=lambda prop: not prop.preferred)


def _channels(
    card: ParsedCard, name: str, labels: dict[str, str], kinds: dict[str, str]
) -> list[str]:
    """Every value of EMAIL, TEL or URL, once, preferred first, noting each one's kind."""
    values: list[str] = []
    for prop in _ordered(card.all(name)):
        value = clean(prop.text())
        if name == "TEL":
            value = plain_phone(value)
        elif name == "EMAIL":
            value = plain_email(value)
        if value and value not in values:
            values.append(value)
            label = labels.get(prop.group, "")
            kind = kind_of_label(label) if label else kind_of(prop.types)
            if kind and kind != "HomePage":
                kinds.setdefault(value, kind)
    return values


def _name_parts(card: ParsedCard) -> tuple[str, str, str, str, str]:
    """(prefix, given, additional, family, suffix) of N; several values of one part
    (unescaped commas: 'Richter,James') are joined with spaces."""
    for prop in card.all("N"):
        if "guessed" in (value.casefold() for value in prop.params.get("X-NETPLANNER", [])):
            continue  # NetPlanner's own export split a name typed by hand: not parts to keep
        parts = [
            " ".join(p.strip() for p in split_unescaped(component, ",") if p.strip())
            for component in split_unescaped(prop.raw, ";")
        ]
        parts = [unescape(part) for part in parts] + [""] * 5
        family, given, additional, prefix, suffix = (clean(p) for p in parts[:5])
        if family or given or additional or prefix or suffix:
            return prefix, given, additional, family, suffix
    return "", "", "", "", ""


def _address_lines(prop: Property) -> tuple[str, str, str, str, str]:
    """(street, postal code, city, region, country) of an ADR; the PO box and extended
    address are lines of the street."""
    parts = [clean(part) for part in prop.components()] + [""] * 7
    po_box, extended, street, city, region, code, country = parts[:7]
    lines = [line for line in (street, extended, po_box) if line]
    return "\n".join(lines), code, city, region, country


def contact_from_card(card: ParsedCard) -> tuple[ImportedContact | None, list[Message]]:
    """The contact a card holds (None when nothing names it), and what could not be read."""
    # Only what costs the contact something: a property NetPlanner does not use (Outlook
    # writes FBURL as junk) is left out anyway.
    problems = [
        problem.message
        for problem in card.problems
        if not problem.name or problem.name in USED_PROPERTIES
    ]
    labels = _labels(card)
    kinds: dict[str, str] = {}
    emails = _channels(card, "EMAIL", labels, kinds)
    phones = _channels(card, "TEL", labels, kinds)
    urls = _channels(card, "URL", labels, kinds)
    socials = [clean(prop.text()) for prop in card.all("X-SOCIALPROFILE")]
    linkedin = next((url for url in [*urls, *socials] if "linkedin.com/" in url.casefold()), "")
    websites = [url for url in urls if url != linkedin]
    notes: list[str] = [clean(prop.text()) for prop in card.all("NOTE")]
    organisation = ""
    for prop in card.all("ORG")[:1]:
        units = [clean(unit) for unit in prop.components() if clean(unit)]
        organisation = units[0] if units else ""
        notes += [department(unit) for unit in units[1:]]
    role = card.first_text("TITLE") or card.first_text("ROLE")
    if card.first_text("TITLE") and card.first_text("ROLE"):
        notes.append(other_role(card.first_text("ROLE")))
    prefix, given, additional, family, suffix = _name_parts(card)
    name = clean(card.first_text("FN"))
    name = name or name_from_parts(given, additional, family, suffix)
    name = name or name_from_what_is_known(emails, organisation, phones)
    if not name:
        return None, problems
    street, postal_code, city, address_region, country = "", "", "", "", ""
    for index, prop in enumerate(_ordered(card.all("ADR"))):
        lines = _address_lines(prop)
        if not any(lines):
            continue
        if not any((street, postal_code, city, address_region, country)):
            street, postal_code, city, address_region, country = lines
            continue
        label = labels.get(prop.group) or kind_of(prop.types)
        text = ", ".join(" ".join(line.split()) for line in lines if line)
        notes.append(other_address(text, label, index + 1))
    tags = [
        tag
        for prop in card.all("CATEGORIES")
        for tag in prop.list_values()
        if "".join(tag.casefold().split()) not in _SYSTEM_GROUPS
    ]
    ours = {field: card.first_text(name.upper()) for field, name in X_PROPERTIES.items()}
    contact = ImportedContact(
        name=name,
        role=clean(role),
        organisation=organisation,
        sector=ours["sector"],
        # The city is where someone is, unless NetPlanner's own region says otherwise.
        region=ours["region"] if card.all(X_PROPERTIES["region"]) else city,
        specialism=ours["specialism"],
        how_we_know=ours["how_we_know"],
        emails=emails,
        phones=phones,
        websites=websites,
        kinds=kinds or None,
        linkedin_url=linkedin,
        notes=import_notes(notes),
        tags=[clean(tag) for tag in tags if clean(tag)],
        source=ContactSource.VCARD.value,
        related_names=[
            clean(p.text())
            for p in card.all("RELATED") + card.all(X_INTRODUCED_BY)
            if clean(p.text())
        ],
        nickname=", ".join(v for prop in card.all("NICKNAME") for v in prop.list_values()),
        name_prefix=prefix,
        given_name=given,
        additional_names=additional,
        family_name=family,
        name_suffix=suffix,
        street=street,
        postal_code=postal_code,
        city=city,
        address_region=address_region,
        country=country,
        source_uid=card.first_text("UID"),
    )
    birthday = card.first_text("BDAY")
    if birthday:
        try:
            contact.birthday = birthday_value(birthday)
        except ValueError:
            line = card.all("BDAY")[0].line
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "line %1: the birthday “%2” cannot be read; it was left out"
                    ),
                    line,
                    birthday[:40],
                )
            )
    return contact, problems
