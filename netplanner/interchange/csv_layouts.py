"""The spreadsheet exports of address books NetPlanner knows by their columns.

Google Contacts (the export since 2022 and the older "Google CSV"), Outlook (its own
export, and the "Outlook CSV" Google writes), Thunderbird (with commas, or semicolons
as some of its translations write) and LinkedIn. A file with one of these headers is
read without asking what its columns hold, and every e-mail address and phone number
column is used, each with its kind. Headings are compared after
:func:`~netplanner.interchange.column_mapping.heading_key` (letters only, so "E-mail 2 -
Value" and "E-mail 1 - Value" are one heading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from netplanner.interchange.column_mapping import (
    ADDRESS_PARTS,
    ColumnMapping,
    heading_key,
    is_multi,
)


@dataclass(frozen=True)
class Layout:
    """A recognised export: its name for the user, and what each column holds."""

    name: str
    mapping: ColumnMapping


_GOOGLE: dict[str, str | None] = {
    # The export since 2022.
    "firstname": "first_name", "middlename": "additional_name", "lastname": "last_name",
    "nameprefix": "name_prefix", "namesuffix": "name_suffix", "nickname": "nickname",
    "organizationname": "organisation", "organizationtitle": "role",
    "organizationdepartment": "department", "birthday": "birthday", "notes": "notes",
    "labels": "tags", "emaillabel": "kind", "emailvalue": "email", "phonelabel": "kind",
    "phonevalue": "phone", "addresslabel": "kind", "addressstreet": "street",
    "addresscity": "city", "addressregion": "address_region",
    "addresspostalcode": "postal_code", "addresscountry": "country",
    "addressextendedaddress": "street", "websitelabel": "kind", "websitevalue": "website",
    # The older "Google CSV".
    "name": "name", "givenname": "first_name", "additionalname": "additional_name",
    "familyname": "last_name", "groupmembership": "tags", "emailtype": "kind",
    "phonetype": "kind", "addresstype": "kind", "organizationname_": "organisation",
    "organizationtitle_": "role", "websitetype": "kind",
}  # fmt: skip
_OUTLOOK: dict[str, str | None] = {
    "title": "name_prefix", "firstname": "first_name", "middlename": "additional_name",
    "lastname": "last_name", "suffix": "name_suffix", "nickname": "nickname",
    "company": "organisation", "department": "department", "jobtitle": "role",
    "businessstreet": "street:work", "businesscity": "city:work",
    "businessstate": "address_region:work", "businesspostalcode": "postal_code:work",
    "businesscountryregion": "country:work", "businesscountry": "country:work",
    "homestreet": "street:home", "homecity": "city:home", "homestate": "address_region:home",
    "homepostalcode": "postal_code:home", "homecountryregion": "country:home",
    "homecountry": "country:home", "otherstreet": "street:other", "othercity": "city:other",
    "otherstate": "address_region:other", "otherpostalcode": "postal_code:other",
    "othercountryregion": "country:other", "othercountry": "country:other",
    "primaryphone": "phone:primary", "mobilephone": "phone:mobile",
    "businessphone": "phone:work", "homephone": "phone:home",
    "companymainphone": "phone:main", "assistantsphone": "phone:assistant",
    "businessfax": "phone:fax", "homefax": "phone:fax", "otherfax": "phone:fax",
    "otherphone": "phone:other", "pager": "phone:pager", "callback": "phone:callback",
    "carphone": "phone:car", "isdn": "phone:ISDN", "radiophone": "phone:radio",
    "ttytddphone": "phone:TTY/TDD", "telex": "phone:telex", "emailaddress": "email",
    "webpage": "website", "personalwebpage": "website:home", "birthday": "birthday:mdy",
    "notes": "notes", "categories": "tags", "referredby": "introduced_by",
}  # fmt: skip
_THUNDERBIRD: dict[str, str | None] = {
    "firstname": "first_name", "lastname": "last_name", "displayname": "name",
    "nickname": "nickname", "primaryemail": "email", "secondaryemail": "email",
    "workphone": "phone:work", "homephone": "phone:home", "faxnumber": "phone:fax",
    "pagernumber": "phone:pager", "mobilenumber": "phone:mobile", "homeaddress": "street:home",
    "homecity": "city:home", "homestate": "address_region:home",
    "homecounty": "address_region:home", "homezipcode": "postal_code:home",
    "homepostcode": "postal_code:home", "homecountry": "country:home",
    "workaddress": "street:work", "workcity": "city:work", "workstate": "address_region:work",
    "workcounty": "address_region:work", "workzipcode": "postal_code:work",
    "workzip": "postal_code:work", "workpostcode": "postal_code:work",
    "workcountry": "country:work", "jobtitle": "role", "department": "department",
    "organization": "organisation", "organisation": "organisation",
    "webpage": "website", "birthyear": "birth_year", "birthmonth": "birth_month",
    "birthday": "birth_day", "notes": "notes",
}  # fmt: skip
_LINKEDIN: dict[str, str | None] = {
    "firstname": "first_name", "lastname": "last_name", "url": "linkedin_url",
    "profileurl": "linkedin_url", "emailaddress": "email", "company": "organisation",
    "position": "role", "connectedon": None,
}  # fmt: skip

#: (name, headings that must all be there, what each heading holds).
_LAYOUTS: tuple[tuple[str, frozenset[str], dict[str, str | None]], ...] = (
    ("Google Contacts", frozenset({"firstname", "lastname", "labels", "emailvalue"}), _GOOGLE),
    ("Google Contacts", frozenset({"firstname", "lastname", "labels", "phonevalue"}), _GOOGLE),
    ("Google Contacts", frozenset({"givenname", "familyname", "groupmembership"}), _GOOGLE),
    ("Outlook", frozenset({"firstname", "lastname", "emailaddress", "businessphone"}), _OUTLOOK),
    ("Outlook", frozenset({"firstname", "lastname", "jobtitle", "homestreet"}), _OUTLOOK),
    ("Thunderbird", frozenset({"firstname", "displayname", "primaryemail"}), _THUNDERBIRD),
    ("LinkedIn", frozenset({"firstname", "lastname", "company", "position"}), _LINKEDIN),
    ("LinkedIn", frozenset({"firstname", "lastname", "url", "connectedon"}), _LINKEDIN),
)


def _key(heading: str) -> str:
    """Google's older "Organization 1 - Name" is told apart from Outlook's bare "Name"."""
    key = heading_key(heading)
    if key in ("organizationname", "organizationtitle") and any(ch.isdigit() for ch in heading):
        return key + "_"
    return key


def recognise_layout(header: Sequence[str]) -> Layout | None:
    """The known export whose header this is, with the mapping of its columns; None for
    any other spreadsheet."""
    keys = [_key(cell) for cell in header]
    present = set(keys)
    for name, required, fields in _LAYOUTS:
        if required <= present:
            found = list(_fields(keys, fields))
            if fields is _GOOGLE:  # "Address 2 - City" is the city of the second address
                found = [_numbered(field, cell) for field, cell in zip(found, header, strict=True)]
            return Layout(name, ColumnMapping(tuple(header), tuple(found)))
    return None


def _numbered(field: str | None, heading: str) -> str | None:
    if field is None or field not in ADDRESS_PARTS:
        return field
    number = re.search(r"\d+", heading)
    return f"{field}:{number.group()}" if number else field


def _fields(keys: list[str], known: dict[str, str | None]) -> tuple[str | None, ...]:
    """One field per column; a field several columns cannot share goes to the first."""
    fields: list[str | None] = []
    for key in keys:
        field = known.get(key)
        if field is not None and not is_multi(field) and field in fields:
            field = None
        fields.append(field)
    return tuple(fields)
