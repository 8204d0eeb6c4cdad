"""Recognising people an import already knows: keys, vetoes, the index of existing
contacts, and the look-alikes that are offered for merging (never merged on their own).

Keys, each of which can make two rows one person: the LinkedIn URL (lowercase, without
scheme, ``www.`` or a country prefix, query or trailing slash), an e-mail address
(ignoring case), and the source's UID (a vCard's UID; for rows of files without one,
a key made from the row itself, see :mod:`netplanner.core.imports.apply`).

A shared key is not enough when the rest disagrees (:func:`veto`): two different
LinkedIn URLs are two people, whatever else they share; a shared e-mail address (a
shared mailbox, an assistant, an old address passed on) with clearly different names
is two people; a shared UID with clearly different names and no e-mail address in
common too. The same name and organisation is never a key: many people are called
Jan de Vries, several of them at KLM.

Likely the same (offered, the default stays "add as new"): a pair with a key in common
but vetoed; names equal once punctuation and word order are ignored ("Jan-Willem de
Vries" ~ "de Vries, Jan Willem") where one organisation is empty or both are the same;
or names at least 90 % alike (difflib) at the same organisation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from netplanner.core.contact_fields import Detail
from netplanner.core.imports.model import ImportedContact
from netplanner.core.text import fold
from netplanner.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from netplanner.core.queries.run import Queries

#: The fields an import may fill on an existing contact (only where they are empty).
FILLABLE = (
    "role", "specialism", "organisation", "sector", "region", "email", "phone",
    "linkedin_url", "how_we_know", "notes", "tags", "website", "nickname", "birthday",
    "source_uid", "email_kind", "phone_kind",
    "name_prefix", "given_name", "additional_names", "family_name", "name_suffix",
    "street", "postal_code", "city", "address_region", "country",
)  # fmt: skip
SIMILAR_NAME_RATIO = 0.9
#: Names less alike than this (and not one contained in the other) are clearly different.
DIFFERENT_NAME_RATIO = 0.8
_WORDS = re.compile(r"\w+")
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.|[a-z]{2}\.)?")
#: Words that say little about who someone is: particles of family names.
_PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "du", "des"),
        *("da", "di", "do", "dos", "das", "von", "zu", "del", "della", "y", "bin", "ibn"),
        *("al", "el"),
    }
)


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
    emails: Iterable[str], linkedin_url: str, source_uid: str = ""
) -> list[tuple[str, str]]:
    """The keys that can make two rows the same person (see the module docstring)."""
    keys: list[tuple[str, str]] = []
    url = linkedin_key(linkedin_url) if linkedin_url else ""
    if url:
        keys.append(("url", url))
    if source_uid:
        keys.append(("uid", source_uid.strip()))
    for email in emails:
        if email.strip():
            keys.append(("email", email_key(email)))
    return keys


def contact_keys(contact: ImportedContact) -> list[tuple[str, str]]:
    return identity_keys(contact.emails, contact.linkedin_url, contact.source_uid)


@lru_cache(maxsize=8192)
def _significant_words(name: str) -> frozenset[str]:
    return frozenset(
        word for word in _WORDS.findall(fold(name)) if len(word) > 1 and word not in _PARTICLES
    )


def clearly_different_names(first: str, second: str) -> bool:
    """True for names that cannot be one person's: 'Karel van den Berg' and 'Karel
    Appel'. Not for spellings of one name: initials ('J. de Vries'), word order, an
    added title or second family name, a typo, or a name that is an e-mail address."""
    if name_key(first) == name_key(second) or "@" in first or "@" in second:
        return False
    words, others = _significant_words(first), _significant_words(second)
    if not words or not others or words <= others or others <= words:
        return False
    ratio = SequenceMatcher(None, " ".join(sorted(words)), " ".join(sorted(others))).ratio()
    return ratio < DIFFERENT_NAME_RATIO


@dataclass(frozen=True)
class Identity:
    """What decides whether two records are one person: name, URL, e-mails, UID."""

    name: str
    url: str  # linkedin_key
    emails: frozenset[str]  # email_key of each
    uid: str


def identity_of(contact: ImportedContact) -> Identity:
    return Identity(
        contact.name,
        linkedin_key(contact.linkedin_url) if contact.linkedin_url else "",
        frozenset(email_key(e) for e in contact.emails if e.strip()),
        contact.source_uid.strip(),
    )


def veto(one: Identity, other: Identity, by: str) -> Message | None:
    """Why two records sharing the key of kind ``by`` are still not surely one person
    (for the user), or None when they are."""
    if one.url and other.url and one.url != other.url:
        return Message(QT_TRANSLATE_NOOP("Messages", "another LinkedIn profile"))
    if by == "url" or not clearly_different_names(one.name, other.name):
        return None
    if by == "email":
        return Message(QT_TRANSLATE_NOOP("Messages", "the same e-mail address, another name"))
    if one.emails and other.emails and not one.emails & other.emails:
        return Message(QT_TRANSLATE_NOOP("Messages", "the same UID, another name and e-mail"))
    return None


@dataclass
class ExistingContact:
    id: int
    name: str
    introduced_by_id: int | None
    values: dict[str, str]  # the FILLABLE fields, as stored
    #: The contact's other e-mail addresses, phone numbers and websites.
    details: list[Detail] = field(default_factory=list)
    #: The identity keys, as the index made them.
    keys: list[tuple[str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        organisation = self.values.get("organisation", "")
        return f"{self.name} ({organisation})" if organisation else self.name

    @property
    def identity(self) -> Identity:
        return identity_from_keys(self.name, self.keys)


def identity_from_keys(name: str, keys: list[tuple[str, str]]) -> Identity:
    """The identity of a record whose keys are ``keys`` (see :func:`identity_keys`)."""
    url = uid = ""
    emails = []
    for kind, value in keys:
        if kind == "email":
            emails.append(value)
        elif kind == "url":
            url = value
        else:
            uid = value
    return Identity(name, url, frozenset(emails), uid)


class ContactIndex:
    """Every existing contact, read once with one query, indexed by its identity keys."""

    def __init__(self, queries: Queries) -> None:
        self.contacts: dict[int, ExistingContact] = {}
        self.by_key: dict[tuple[str, str], list[int]] = {}
        # For look_alike only, made when it is first asked: importing a file again
        # recognises every row by its keys, and building these for 30,000 contacts took
        # a tenth of that import.
        self._by_loose: dict[str, list[int]] | None = None
        self._by_organisation: dict[str, list[tuple[int, str, int]]] = {}
        for row in queries.rows("imports.existing_contacts"):
            existing = ExistingContact(
                row[0], row[1], row[2], dict(zip(FILLABLE, row[3:], strict=True))
            )
            self.contacts[existing.id] = existing
        for contact_id, kind, label, value in queries.rows("imports.existing_details"):
            owner = self.contacts.get(contact_id)
            if owner is not None:
                owner.details.append(Detail(kind, label, value))
        by_key = self.by_key
        for existing in self.contacts.values():
            values = existing.values
            emails = [values["email"]]
            emails += [d.value for d in existing.details if d.kind == "email"]
            keys = identity_keys(emails, values["linkedin_url"], values["source_uid"])
            existing.keys = keys
            for key in keys:
                by_key.setdefault(key, []).append(existing.id)

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

    def recognise(
        self, contact: ImportedContact, keys: list[tuple[str, str]], taken: AbstractSet[int]
    ) -> tuple[ExistingContact | None, tuple[ExistingContact, Message] | None]:
        """The existing contact that is surely this one (one not ``taken`` by an earlier
        row of the file, if there is such), and else one that shares a key but is vetoed,
        with why (to offer as a look-alike)."""
        identity: Identity | None = None
        vetoed: tuple[ExistingContact, Message] | None = None
        fallback: ExistingContact | None = None
        for kind, value in keys:
            for candidate_id in self.by_key.get((kind, value), ()):
                candidate = self.contacts[candidate_id]
                if identity is None:
                    identity = identity_from_keys(contact.name, keys)
                reason = veto(identity, candidate.identity, kind)
                if reason is not None:
                    vetoed = vetoed or (candidate, reason)
                elif candidate_id not in taken:
                    return candidate, None
                else:
                    fallback = fallback or candidate
        return fallback, vetoed

    def look_alike(self, contact: ImportedContact) -> tuple[ExistingContact, Message] | None:
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


def names_index(rows: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for contact_id, name in rows:
        index.setdefault(name_key(name), []).append(contact_id)
    return index
