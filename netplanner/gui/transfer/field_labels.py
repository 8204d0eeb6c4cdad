"""What the user reads for the contact fields an import fills or a merge completes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(field: str) -> str:
    """The translated name of a contact field key ("linkedin_url" -> "LinkedIn URL"); a
    kind after a colon is shown too ("phone:mobile" -> "Phone (mobile)")."""
    base, _, kind = field.partition(":")
    labels = {
        "name": QCoreApplication.translate("TransferFields", "Name"),
        "first_name": QCoreApplication.translate("TransferFields", "First name"),
        "middle_name": QCoreApplication.translate("TransferFields", "Name particle (van, de…)"),
        "additional_name": QCoreApplication.translate("TransferFields", "Middle names"),
        "last_name": QCoreApplication.translate("TransferFields", "Last name"),
        "given_name": QCoreApplication.translate("TransferFields", "First name"),
        "additional_names": QCoreApplication.translate("TransferFields", "Middle names"),
        "family_name": QCoreApplication.translate("TransferFields", "Last name"),
        "name_prefix": QCoreApplication.translate("TransferFields", "Title before the name"),
        "name_suffix": QCoreApplication.translate("TransferFields", "Suffix after the name"),
        "name_parts": QCoreApplication.translate("TransferFields", "Parts of the name"),
        "nickname": QCoreApplication.translate("TransferFields", "Nickname"),
        "role": QCoreApplication.translate("TransferFields", "Role (job title)"),
        "organisation": QCoreApplication.translate("TransferFields", "Organisation"),
        "department": QCoreApplication.translate("TransferFields", "Department (in the notes)"),
        "email": QCoreApplication.translate("TransferFields", "E-mail"),
        "phone": QCoreApplication.translate("TransferFields", "Phone"),
        "website": QCoreApplication.translate("TransferFields", "Website"),
        "specialism": QCoreApplication.translate("TransferFields", "Specialism"),
        "sector": QCoreApplication.translate("TransferFields", "Sector"),
        "region": QCoreApplication.translate("TransferFields", "Region"),
        "street": QCoreApplication.translate("TransferFields", "Street"),
        "postal_code": QCoreApplication.translate("TransferFields", "Postal code"),
        "city": QCoreApplication.translate("TransferFields", "City"),
        "address_region": QCoreApplication.translate("TransferFields", "Province or state"),
        "country": QCoreApplication.translate("TransferFields", "Country"),
        "address": QCoreApplication.translate("TransferFields", "Address"),
        "birthday": QCoreApplication.translate("TransferFields", "Birthday"),
        "birth_year": QCoreApplication.translate("TransferFields", "Birthday (year)"),
        "birth_month": QCoreApplication.translate("TransferFields", "Birthday (month)"),
        "birth_day": QCoreApplication.translate("TransferFields", "Birthday (day)"),
        "notes": QCoreApplication.translate("TransferFields", "Notes"),
        "tags": QCoreApplication.translate("TransferFields", "Tags"),
        "linkedin_url": QCoreApplication.translate("TransferFields", "LinkedIn URL"),
        "how_we_know": QCoreApplication.translate("TransferFields", "How you know each other"),
        "introduced_by": QCoreApplication.translate("TransferFields", "Introduced by"),
        "kind": QCoreApplication.translate("TransferFields", "Kind of the next address or number"),
        "source_uid": QCoreApplication.translate(
            "TransferFields", "UID (to recognise the card again)"
        ),
        "email_kind": QCoreApplication.translate("TransferFields", "Kind of e-mail address"),
        "phone_kind": QCoreApplication.translate("TransferFields", "Kind of phone number"),
    }
    label = labels.get(base, base)
    if kind and not kind.isdigit():
        from netplanner.gui.contacts.value_list import kind_label

        shown = kind_label(kind) if kind not in ("mdy", "primary") else ""
        if kind == "primary":
            shown = QCoreApplication.translate("TransferFields", "preferred")
        if shown:
            return f"{label} ({shown})"
    return label


def ignore_label() -> str:
    """The choice for a file column NetPlanner leaves out."""
    return QCoreApplication.translate("TransferFields", "— ignore —")


def left_out_label() -> str:
    """What the preview says of a column (or vCard property) the import does not use."""
    return QCoreApplication.translate("TransferFields", "— left out —")
