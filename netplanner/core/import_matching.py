"""Recognising people an import already knows: keys, the index of existing contacts,
and the look-alikes that are offered for merging (never merged on their own).

Recognised (the same person, for sure): the same LinkedIn URL (lowercase, without
scheme, ``www.`` or a country prefix, query or trailing slash), the same e-mail
address (ignoring case), or the same name and organisation (folded: case and accents
ignored; an organisation that is empty on both sides counts as the same).

Likely the same (offered, the default stays "add as new"): names equal once
punctuation and word order are ignored ("Jan-Willem de Vries" ~ "de Vries, Jan Willem")
where one organisation is empty or both are the same; or names at least 90 % alike
(difflib) at the same organisation.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from netplanner.core.import_model import ImportedContact
from netplanner.core.text import fold
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: The fields an import may fill on an existing contact (only where they are empty).
FILLABLE = (
    "role", "specialism", "organisation", "sector", "region", "email", "phone",
    "linkedin_url", "how_we_know", "notes", "tags",
)  # fmt: skip
SIMILAR_NAME_RATIO = 0.9
_WORDS = re.compile(r"\w+")
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.|[a-z]{2}\.)?")


def linkedin_key(url: str) -> str:
    """'HTTPS://www.LinkedIn.com/in/Jan/?trk=x' -> 'linkedin.com/in/jan'; '' for no URL."""
    key = _URL_PREFIX.sub("", url.strip().casefold(), count=1)
    if "?" in key or "#" in key:
        key = key.split("?", 1)[0].split("#", 1)[0]
    return key.rstrip("/")


def email_key(email: str) -> str:
    return email.strip().casefold()


def name_key(name: str) -> str:
    """Case and accents ignored, one space between words."""
    return " ".join(fold(name).split())


#: ``name_key`` of organisations, remembered: a network has many people at few of them.
_organisation_key = lru_cache(maxsize=4096)(name_key)


def loose_name_keys(name: str) -> tuple[str, str]:
    """Keys equal for spellings that differ in punctuation, spaces or word order."""
    words = _WORDS.findall(fold(name))
    return "".join(words), " ".join(sorted(words))


def identity_keys(
    name: str, organisation: str, emails: Iterable[str], linkedin_url: str
) -> list[tuple[str, ...]]:
    """The keys that make two rows the same person (see the module docstring)."""
    keys: list[tuple[str, ...]] = []
    url = linkedin_key(linkedin_url) if linkedin_url else ""
    if url:
        keys.append(("url", url))
    for email in emails:
        if email.strip():
            keys.append(("email", email_key(email)))
    keys.append(("name", name_key(name), _organisation_key(organisation)))
    return keys


def contact_keys(contact: ImportedContact) -> list[tuple[str, ...]]:
    return identity_keys(contact.name, contact.organisation, contact.emails, contact.linkedin_url)


@dataclass
class ExistingContact:
    id: int
    name: str
    introduced_by_id: int | None
    values: dict[str, str]  # the FILLABLE fields, as stored

    @property
    def label(self) -> str:
        organisation = self.values.get("organisation", "")
        return f"{self.name} ({organisation})" if organisation else self.name


class ContactIndex:
    """Every existing contact, read once with one query, indexed by its identity keys."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        columns = ", ".join(("id", "name", "introduced_by_id", *FILLABLE))
        self.contacts: dict[int, ExistingContact] = {}
        self.by_key: dict[tuple[str, ...], int] = {}
        # For look_alike only, made when it is first asked: importing a file again
        # recognises every row by its keys, and building these for 30,000 contacts took
        # a tenth of that import.
        self._by_loose: dict[str, list[int]] | None = None
        self._by_organisation: dict[str, list[tuple[int, str, int]]] = {}
        for row in connection.execute(f"SELECT {columns} FROM contact ORDER BY id"):
            existing = ExistingContact(
                row[0], row[1], row[2], dict(zip(FILLABLE, row[3:], strict=True))
            )
            self.contacts[existing.id] = existing
            values = existing.values
            for key in identity_keys(
                existing.name, values["organisation"], [values["email"]], values["linkedin_url"]
            ):
                self.by_key.setdefault(key, existing.id)

    def _similar_names(self) -> tuple[dict[str, list[int]], dict[str, list[tuple[int, str, int]]]]:
        """Contacts by loose name key, and per organisation by (length, name key, id)."""
        if self._by_loose is None:
            self._by_loose = {}
            for existing in self.contacts.values():
                for loose in set(loose_name_keys(existing.name)):
                    self._by_loose.setdefault(loose, []).append(existing.id)
                organisation = name_key(existing.values["organisation"])
                if organisation:
                    name = name_key(existing.name)
                    self._by_organisation.setdefault(organisation, []).append(
                        (len(name), name, existing.id)
                    )
            for group in self._by_organisation.values():
                group.sort()
        return self._by_loose, self._by_organisation

    def recognise(self, keys: list[tuple[str, ...]]) -> ExistingContact | None:
        """The existing contact with one of these identity keys (in order), if any."""
        for key in keys:
            found = self.by_key.get(key)
            if found is not None:
                return self.contacts[found]
        return None

    def look_alike(self, contact: ImportedContact) -> tuple[ExistingContact, str] | None:
        """An existing contact who is probably the same person, and why (for the user)."""
        if not self.contacts:
            return None  # an import into an empty file: nobody to look like
        by_loose, by_organisation = self._similar_names()
        organisation = name_key(contact.organisation)
        for loose in dict.fromkeys(loose_name_keys(contact.name)):
            for candidate_id in by_loose.get(loose, []):
                candidate = self.contacts[candidate_id]
                other = name_key(candidate.values["organisation"])
                if not organisation or not other or organisation == other:
                    if name_key(candidate.name) == name_key(contact.name):
                        return candidate, Message(QT_TRANSLATE_NOOP("Messages", "the same name"))
                    return candidate, Message(
                        QT_TRANSLATE_NOOP("Messages", "the same name, spelled differently")
                    )
        name = name_key(contact.name)
        group = by_organisation.get(organisation, []) if organisation else []
        shortest = int(len(name) * 0.8)
        start = bisect.bisect_left(group, (shortest, "", 0))
        if start >= len(group):
            return None
        matcher = SequenceMatcher(None, "", name)  # b is indexed once, a changes
        for length, other_name, candidate_id in group[start:]:
            if length * 0.8 > len(name):
                break
            matcher.set_seq1(other_name)
            if (
                matcher.real_quick_ratio() >= SIMILAR_NAME_RATIO
                and matcher.quick_ratio() >= SIMILAR_NAME_RATIO
                and matcher.ratio() >= SIMILAR_NAME_RATIO
            ):
                return self.contacts[candidate_id], Message(
                    QT_TRANSLATE_NOOP("Messages", "a similar name at the same organisation")
                )
        return None


def filled_fields(current: dict[str, str], offered: dict[str, str]) -> dict[str, str]:
    """The fields of ``offered`` that would fill an empty field of ``current``.

    Never a field the user has filled in: an import completes, it does not overwrite.
    """
    return {
        field: offered[field]
        for field in FILLABLE
        if offered.get(field) and not (current.get(field) or "").strip()
    }


def names_index(rows: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for contact_id, name in rows:
        index.setdefault(name_key(name), []).append(contact_id)
    return index
