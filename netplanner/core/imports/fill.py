"""What an import adds to a contact the user already has: only what is missing.

An update fills fields that are empty on the existing contact; what the user wrote is
never overwritten (an existing e-mail address stays, even when the file has another
one: that one is added as another address). Fields that belong together are filled
together or not at all: an address is taken whole when the contact has none (a street
from the file beside a city the user typed would be nobody's address), and so are the
parts of a name. The kind of an e-mail address or phone number is filled only with the
address or number it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable

from netplanner.core.contact_fields import Detail
from netplanner.core.imports.matching import FILLABLE

ADDRESS_FIELDS = ("street", "postal_code", "city", "address_region", "country")
NAME_PART_FIELDS = ("name_prefix", "given_name", "additional_names", "family_name", "name_suffix")
_KIND_OF = {"email_kind": "email", "phone_kind": "phone"}
_SINGLE = tuple(
    name
    for name in FILLABLE
    if name not in ADDRESS_FIELDS and name not in NAME_PART_FIELDS and name not in _KIND_OF
)


def _empty(value: str | None) -> bool:
    return not (value or "").strip()


_SINGLE_SET = frozenset(_SINGLE)


def filled_fields(current: dict[str, str], offered: dict[str, str]) -> dict[str, str]:
    """The fields of ``offered`` that would fill empty fields of ``current`` (see the
    module notes): never a field the user has filled in.

    Runs for every row of a file imported again (30,000 of them): the offered values,
    mostly empty, are looked at first.
    """
    fills = {
        name: value
        for name, value in offered.items()
        if value and name in _SINGLE_SET and _empty(current.get(name))
    }
    for group in (ADDRESS_FIELDS, NAME_PART_FIELDS):
        given = [name for name in group if offered.get(name)]
        if given and all(_empty(current.get(name)) for name in group):
            fills.update((name, offered[name]) for name in given)
    for kind, of in _KIND_OF.items():
        if not offered.get(kind) or not _empty(current.get(kind)):
            continue
        if of in fills or same_value(of, current.get(of) or "", offered.get(of) or ""):
            fills[kind] = offered[kind]
    return fills


def same_value(kind: str, one: str, other: str) -> bool:
    """Two addresses, numbers or websites that are the same one (case, and for phone
    numbers spaces, dashes, dots and brackets ignored)."""
    return bool(one) and comparable(kind, one) == comparable(kind, other)


def comparable(kind: str, value: str) -> str:
    value = value.strip().casefold()
    if kind == "phone":
        value = "".join(ch for ch in value if ch not in " -.()/\u00a0")
    elif kind == "website":
        value = value.removeprefix("https://").removeprefix("http://").rstrip("/")
    return value


def new_details(
    values: dict[str, str],
    details: Iterable[Detail],
    offered: dict[str, str],
    offered_details: Iterable[Detail],
) -> list[Detail]:
    """The offered e-mail addresses, phone numbers and websites the contact lacks, as
    details to add. ``values`` are the contact's fields after the fills; the offered
    first address, number and website count too (the contact may have another one)."""
    offered_details = list(offered_details)
    if not offered_details and all(
        not offered.get(kind) or offered[kind] == values.get(kind)
        for kind in ("email", "phone", "website")
    ):
        return []  # the usual case when a file is imported again: nothing new
    have = {
        (kind, comparable(kind, values.get(kind) or ""))
        for kind in ("email", "phone", "website")
        if values.get(kind)
    }
    have |= {(d.kind, comparable(d.kind, d.value)) for d in details}
    offered_first = [
        Detail(kind, offered.get(f"{kind}_kind", ""), offered.get(kind) or "")
        for kind in ("email", "phone", "website")
    ]
    added: list[Detail] = []
    for detail in (*offered_first, *offered_details):
        key = (detail.kind, comparable(detail.kind, detail.value))
        if detail.value and key not in have:
            have.add(key)
            added.append(detail)
    return added
