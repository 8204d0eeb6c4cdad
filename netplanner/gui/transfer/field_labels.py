"""What the user reads for the contact fields an import fills or a merge completes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TransferFields", text)


def field_label(field: str) -> str:
    """The translated name of a contact field key ("linkedin_url" -> "LinkedIn URL"); a
    kind after a colon is shown too ("phone:mobile" -> "Phone (mobile)")."""
    base, _, kind = field.partition(":")
    labels = {
        "name": _t("Name"),
        "first_name": _t("First name"),
        "middle_name": _t("Name particle (van, de…)"),
        "additional_name": _t("Middle names"),
        "last_name": _t("Last name"),
        "given_name": _t("First name"),
        "additional_names": _t("Middle names"),
        "family_name": _t("Last name"),
        "name_prefix": _t("Title before the name"),
        "name_suffix": _t("Suffix after the name"),
        "name_parts": _t("Parts of the name"),
        "nickname": _t("Nickname"),
        "role": _t("Role (job title)"),
        "organisation": _t("Organisation"),
        "department": _t("Department (in the notes)"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "website": _t("Website"),
        "specialism": _t("Specialism"),
        "sector": _t("Sector"),
        "region": _t("Region"),
        "street": _t("Street"),
        "postal_code": _t("Postal code"),
        "city": _t("City"),
        "address_region": _t("Province or state"),
        "country": _t("Country"),
        "address": _t("Address"),
        "birthday": _t("Birthday"),
        "birth_year": _t("Birthday (year)"),
        "birth_month": _t("Birthday (month)"),
        "birth_day": _t("Birthday (day)"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "linkedin_url": _t("LinkedIn URL"),
        "how_we_know": _t("How you know each other"),
        "introduced_by": _t("Introduced by"),
        "kind": _t("Kind of the next address or number"),
        "source_uid": _t("UID (to recognise the card again)"),
        "email_kind": _t("Kind of e-mail address"),
        "phone_kind": _t("Kind of phone number"),
    }
    label = labels.get(base, base)
    if kind and not kind.isdigit():
        from netplanner.gui.contacts.value_list import kind_label

        shown = kind_label(kind) if kind not in ("mdy", "primary") else ""
        if kind == "primary":
            shown = _t("preferred")
        if shown:
            return f"{label} ({shown})"
    return label


def ignore_label() -> str:
    """The choice for a file column NetPlanner leaves out."""
    return QCoreApplication.translate("TransferFields", "— ignore —")


def left_out_label() -> str:
    """What the preview says of a column (or vCard property) the import does not use."""
    return QCoreApplication.translate("TransferFields", "— left out —")
